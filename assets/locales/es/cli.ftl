# La línea de órdenes. (La ayuda --help de clap sigue en inglés; ver docs/translating.md.)

## Problemas con lo que se pidió.

cli-file-not-found = Slate no encuentra el archivo { $file }. Revisa su nombre y la carpeta en la que estás.
cli-file-is-folder = { $file } es una carpeta, no un archivo. Escribe el nombre de un archivo .py que esté dentro.
cli-file-unreadable = Slate no pudo leer { $file }: { $error }.
cli-file-not-utf8 = { $file } no es texto plano que Slate pueda leer. Guárdalo como texto UTF-8 (en el Bloc de notas: Guardar como, Codificación: UTF-8) y vuelve a intentarlo.
cli-file-too-big = { $file } es demasiado grande: aquí Slate lee archivos de hasta { $limit } KB. Comprueba que es el archivo correcto.
cli-broken-pack-skipped = Nota: el paquete de { $origin } tiene problemas y se ha omitido. Ejecuta `slate pack check` sobre él para verlos.
cli-no-home = Slate no encuentra una carpeta para sus archivos en este ordenador. Pon en SLATE_HOME una carpeta en la que puedas escribir, por ejemplo SLATE_HOME=./slate-data
cli-unknown-language = Slate no tiene el idioma «{ $requested }», así que usará: { $using }. Idiomas disponibles: { $available }.

## slate run

run-bad-time-limit = El límite de tiempo tiene que ser un número de segundos entre 0 y 3600, por ejemplo --time-limit 2.5
run-bad-memory-limit = El límite de memoria tiene que estar entre 1 y 2048 MB, por ejemplo --memory-limit 64
run-bad-output-limit = El límite de salida tiene que estar entre 1 y 1048576 KB.
run-piped-input-unreadable = Slate no pudo leer los datos recibidos por la tubería: { $error }.
run-input-file-unreadable = Slate no pudo leer el archivo de datos { $file }. Revisa su nombre y la carpeta en la que estás.

## slate check

check-heading = Comprobando { $file } con { $exercise }: { $title }
check-not-an-exercise-id = «{ $id }» no es un identificador de ejercicio. Tienen la forma paquete/ejercicio, por ejemplo python-first-steps/hello. Ejecuta `slate pack list` para verlos.
check-no-such-pack = No hay ningún paquete llamado «{ $pack }». Ejecuta `slate pack list` para ver los paquetes.
check-no-such-pack-suggest = No hay ningún paquete llamado «{ $pack }». ¿Querías decir { $suggestion }? Ejecuta `slate pack list` para ver los paquetes.
check-no-such-exercise = El paquete «{ $pack }» no tiene ningún ejercicio llamado «{ $exercise }». Ejecuta `slate pack list` para ver sus ejercicios.
check-no-such-exercise-suggest = El paquete «{ $pack }» no tiene ningún ejercicio llamado «{ $exercise }». ¿Querías decir { $suggestion }? Ejecuta `slate pack list` para ver sus ejercicios.

## El entorno aislado

sandbox-damaged = El Python integrado de Slate está dañado ({ $detail }). Vuelve a instalar Slate, por favor.
sandbox-engine = Slate no pudo iniciar su entorno aislado de Python: { $detail }
sandbox-thread = Slate no pudo iniciar un hilo para ejecutar el programa: { $detail }
sandbox-preparing = Preparando Python, solo esta vez: { $step } ({ $elapsed })
sandbox-step-unpacking = Descomprimiendo Python (paso 1 de 2)
sandbox-step-compiling = Adaptando Python a este ordenador (paso 2 de 2)
sandbox-ready = Python está listo.
sandbox-cache-forged = Algo distinto de Slate cambió la copia preparada de Python, así que Slate no la usó. Está preparando Python de nuevo.

check-not-saved = Tu resultado está arriba, pero Slate no ha podido guardarlo. { $reason }
sandbox-internal = Python se ha detenido de forma inesperada: { $detail }

# issue 13: slow programs
python-getting-ready = Preparando Python, solo la primera vez: cerca del { $percent } % ({ $seconds } s)

# issue 14: packs
cli-note = Nota: { $note }
cli-only-packs-none = se pidieron solo los paquetes del profesorado, pero Slate no ha encontrado ninguno, así que muestra sus propios cursos.
check-folder-pack-broken = El paquete de la carpeta «{ $folder }» tiene { $count ->
        [one] un problema
       *[other] problemas
    }. Ejecuta `{ $command }` para ver qué corregir.
check-pack-id-differs = La carpeta «{ $folder }» contiene un paquete cuyo id es «{ $id }»: usa { $suggestion }.
check-own-pack-hint = Si es tu propio paquete, añade `--packs FOLDER` (la carpeta del paquete, o una carpeta de paquetes), o nombra el ejercicio por la carpeta del paquete: `slate check FOLDER/EXERCISE FILE`.

# issue 14: learners
check-saved = Guardado para { $who }.
check-learner-one-file = --learner guarda el intento de un solo alumno, así que corrige un archivo cada vez. Indica un solo archivo, o quita --learner para corregir muchos.
check-json-one-file = --json describe un solo archivo. Para corregir muchos archivos para una hoja de cálculo, usa --format csv.
check-no-py-files = La carpeta { $folder } no tiene archivos .py. Comprueba que es la carpeta de los archivos de los alumnos.
check-batch-marking = Corrigiendo
check-batch-col-file = Archivo
check-batch-col-score = Puntuación
check-batch-col-max-score = Puntuación máxima
check-batch-col-result = Resultado
check-batch-col-problem = Primer problema
check-batch-passed = superado
check-batch-failed = no superado
check-batch-unreadable = no se pudo leer
check-batch-summary = Superados: { $passed } de { $count }. Puntuación media: { $average } de { $max }.

# issue 17: class view
class-plain-heading-all = Todos los estudiantes: { $learners }, leído el { $time }.
class-plain-heading-group = Clase { $group }: { $learners }, leído el { $time }.
class-plain-stuck-longest = Atascado desde hace más tiempo: { $who }, { $time }, en { $exercise }.
class-plain-stuck = { $who }: atascado en { $exercise } desde hace { $time }, { $attempts } comprobaciones sin superarlo.
class-plain-trying = { $who }: trabajando en { $exercise } desde hace { $time }, aún sin superarlo.
class-plain-passed = { $who }: ha superado { $exercise }.
class-plain-counts = Superados { $passed }, empezados { $tried }, atascos { $stuck }. Última comprobación hace { $time }.
class-plain-nothing-yet = { $who }: todavía no ha comprobado nada.
