# El progreso: el archivo de progreso, `slate learner`, `slate export`, `slate import` y
# `slate report`. Los mensajes store-* los ve quien aprende (un nombre que ha escrito, un
# archivo que no se puede guardar); el resto lo ve el profesorado. Siempre de «tú».
# Los comandos entre `comillas invertidas` no se traducen, ni las fechas (2025-03-14), los
# identificadores (good/greet) ni los números de versión.
# «estudiante» sirve para cualquier género; evita «alumno/a» y adjetivos con género.

## Problemas con el archivo de progreso: una frase cada uno.

store-folder = Slate no puede crear su carpeta de datos { $path }: { $reason }. Pon en SLATE_HOME una carpeta en la que puedas escribir, por ejemplo SLATE_HOME=./slate-data
store-read-only = Slate no puede guardar el progreso en { $path } porque la carpeta o el archivo son de solo lectura. Pregunta a tu profesor o profesora, o pon en SLATE_HOME una carpeta en la que puedas escribir.
store-disk-full = El disco está lleno, así que Slate no ha podido guardar el progreso en { $path }. No se ha perdido nada; libera algo de espacio y vuelve a intentarlo.
store-busy = Otra ventana de Slate está usando el archivo de progreso { $path } y no ha terminado a tiempo. Espera un momento y vuelve a intentarlo.
store-corrupt = El archivo de progreso { $path } está dañado, así que Slate no puede leerlo. Slate no lo ha tocado: pide a tu profesor o profesora que ponga una copia o lo aparte (consulta docs/progress-format.md). Puedes seguir ejecutando programas con `slate run`.
store-not-ours = El archivo { $path } no es un archivo de progreso de Slate, así que Slate no lo ha tocado. Apártalo o pon otra carpeta en SLATE_HOME.
store-newer = El archivo de progreso { $path } lo creó una versión más nueva de Slate (versión de almacén { $found }; este Slate conoce hasta la { $known }). Actualiza Slate para usarlo; el archivo no se ha tocado.
store-unreadable = Slate no ha podido abrir el archivo de progreso { $path }: { $reason }.
store-needs-update = El archivo de progreso { $path } lo creó una versión anterior de Slate y hay que actualizarlo antes de leerlo, pero Slate no puede escribir en él. Abre Slate una vez donde pueda escribir en esa carpeta (o pregunta a tu profesor o profesora) y vuelve a intentarlo.
store-database = Slate no ha podido leer ni guardar el progreso en { $path }: { $reason }.
# $reason es el mensaje de la propia base de datos, en inglés.
store-sql = Slate no ha podido leer ni guardar el progreso: { $reason }.
store-write = Slate no ha podido escribir { $path }: { $reason }.
store-learner-exists = Ya hay alguien con el nombre { $who }. Elige otro nombre, por ejemplo con un apellido o una inicial.
# $command es un comando entero, como: slate learner add "Ada" --group "7B"
store-no-such-learner = En este ordenador no hay nadie con el nombre { $who }. Puedes añadir a esa persona con `{ $command }`, o mirar quién hay con `slate learner list`.
store-which-group = Hay { $count } personas con el nombre { $name }, en los grupos { $groups }. Añade el grupo, por ejemplo { $example }.
store-unknown-learner-id = Slate no tiene a nadie con el identificador { $id } en este ordenador.

## Por qué no se pudo usar un archivo: el { $reason } de los mensajes de arriba.

store-reason-cannot-open = no se puede abrir el archivo ni su carpeta (¿la carpeta es de solo lectura, o está en una unidad que se ha quitado?)
store-reason-is-folder = es una carpeta, no un archivo
store-reason-disk-full = el disco está lleno
store-reason-folder-read-only = la carpeta es de solo lectura
store-reason-no-folder = su carpeta no existe

## Nombres y grupos. Quien aprende los ve al añadirse.

store-name-empty = Hace falta un nombre: escribe al menos una letra.
store-name-too-long = Ese nombre es demasiado largo: Slate guarda hasta { $max } caracteres.
store-group-too-long = Ese grupo es demasiado largo: Slate guarda hasta { $max } caracteres.
store-name-control = Ese nombre tiene un carácter que Slate no puede mostrar (como un tabulador o un carácter de control). Usa letras, cifras, espacios y signos de puntuación.
store-group-control = Ese grupo tiene un carácter que Slate no puede mostrar (como un tabulador o un carácter de control). Usa letras, cifras, espacios y signos de puntuación.
# Una persona en los mensajes («Ya hay alguien con el nombre { $who }»).
store-who = «{ $name }»
store-who-in-group = «{ $name }» del grupo { $group }
# Los dos últimos de una lista: «A y B», «A, B y C».
store-and = { $first } y { $last }

## Duraciones en los informes: 45 s, 12 min, 2 h 05 min. $minutes tras las horas lleva siempre dos cifras.

store-duration-seconds = { $seconds } s
store-duration-minutes = { $minutes } min
store-duration-hours = { $hours } h { $minutes } min

## slate learner

learner-added = Se ha añadido a { $who }. Usa `{ $options }` con `slate check` para guardar su progreso.
learner-renamed = { $who } ahora se llama «{ $name }». Su progreso se conserva.
learner-forget-needs-yes = Olvidar a { $who } borra todo su progreso, así que Slate pregunta antes. Ejecútalo en un terminal para confirmarlo, o añade --yes.
learner-forget-warning = Esto borra todo lo que Slate guarda sobre { $who }: { $attempts ->
        [one] { $attempts } intento
        [many] { $attempts } intentos
       *[other] { $attempts } intentos
    }, pistas, páginas leídas y ajustes. No se puede deshacer.
# Después, Slate espera el nombre en la misma línea.
learner-forget-confirm = Escribe el nombre otra vez para confirmarlo:
learner-forget-mismatch = Los nombres no coinciden, así que no se ha borrado nada.
learner-forgotten = Slate ha olvidado a { $who }. Si su progreso se exportó o está en otros ordenadores, olvida allí también a esa persona y borra los archivos de exportación antiguos.
learner-list-none = Todavía no hay estudiantes en este ordenador. Añade a alguien con `slate learner add NOMBRE`.
learner-list-none-in-group = No hay estudiantes del grupo { $group } en este ordenador.
# Encabezados de las columnas de `slate learner list`.
learner-list-name = Nombre
learner-list-group = Grupo
learner-list-added = Alta
learner-list-last-seen = Última vez
learner-list-count = { $count ->
        [one] { $count } estudiante.
        [many] { $count } estudiantes.
       *[other] { $count } estudiantes.
    }

## slate export y slate import

# La frase «about» que se escribe en cada archivo de exportación, para quien lo abra.
export-about = Progreso de estudiantes de Slate, un tutor de programación. Impórtalo con `slate import FILE`. El formato se describe en docs/progress-format.md.
export-none = Todavía no hay estudiantes en este ordenador para exportar.
export-none-in-group = No hay estudiantes del grupo { $group } para exportar. `slate learner list` muestra los grupos.
export-done = Exportación a { $file }: { $learners ->
        [one] { $learners } estudiante
        [many] { $learners } estudiantes
       *[other] { $learners } estudiantes
    } y { $attempts ->
        [one] { $attempts } intento
        [many] { $attempts } intentos
       *[other] { $attempts } intentos
    }.
import-done = Se han importado los datos de { $files ->
        [one] { $files } archivo
        [many] { $files } archivos
       *[other] { $files } archivos
    }: { $learners ->
        [one] { $learners } estudiante
        [many] { $learners } estudiantes
       *[other] { $learners } estudiantes
    } (altas nuevas: { $learners_new }, ya estaban aquí: { $learners_here }) y { $attempts ->
        [one] { $attempts } intento
        [many] { $attempts } intentos
       *[other] { $attempts } intentos
    } (nuevos: { $attempts_new }, ya estaban aquí: { $attempts_here }).
import-note = Nota: { $note }
import-note-renamed = «{ $old }» pasó a llamarse «{ $name }» en otro ordenador; Slate usa ahora el nombre más nuevo.
import-note-older-name = { $file } llama a «{ $current }» por un nombre anterior, «{ $name }»; Slate conserva el nombre más nuevo.

## Archivos que no se pueden importar. Todos terminan diciendo que no se ha importado nada.

import-read = Slate no ha podido leer { $file }: { $reason }. No se ha importado nada.
import-reason-no-file = ese archivo no existe
import-not-progress = { $file } no es un archivo de progreso de Slate (esos se crean con `slate export`). No se ha importado nada.
import-newer = { $file } lo creó una versión más nueva de Slate (formato de progreso { $found }; este Slate lee hasta el { $known }). Actualiza Slate en este ordenador y vuelve a importarlo. No se ha importado nada.
import-truncated = { $file }:{ $line }:{ $column }: el archivo termina antes de tiempo; seguramente se cortó al copiarlo. Vuelve a exportarlo en el ordenador de donde viene. No se ha importado nada.
# $message es la descripción del propio lector de JSON, en inglés.
import-json = { $file }:{ $line }:{ $column }: { $message }. Puede que el archivo se haya editado o dañado; vuelve a exportarlo en el ordenador de donde viene. No se ha importado nada.
import-edited = { $file } se cambió después de que Slate lo escribiera (su suma de comprobación no coincide), así que Slate no se fía de él. Vuelve a exportarlo en el ordenador de donde viene. No se ha importado nada.
# $problem es uno de los problemas import-* de abajo, sin punto final.
import-invalid = { $file }: { $problem }. Vuelve a exportarlo en el ordenador de donde viene; si eso no lo arregla, pregunta a quien hizo el archivo. No se ha importado nada.
import-bad-version = su `version` no es una versión de formato que Slate conozca
import-learner-problem = estudiante { $number } («{ $name }»): { $problem }
import-empty-id = el identificador está vacío
# El archivo es más grande de lo que lee Slate ($megabytes es 1024).
import-too-big = { $file } ocupa más de { $megabytes } MB, lo máximo que Slate importa de un archivo, así que Slate no lo ha leído. Comprueba que sea un archivo de `slate export`; en un centro muy grande, exporta un grupo cada vez con `slate export --group`. No se ha importado nada.
# Varios problemas: $problems es una lista, un problema por línea. $count siempre es 2 o más.
import-problems = { $file } tiene { $count } problemas, así que Slate no lo ha importado:
    { $problems }
    Vuelve a exportarlo en el ordenador de donde viene; si eso no lo arregla, pregunta a quien hizo el archivo. No se ha importado nada.
import-problem-on-line = línea { $line }: { $problem }
import-problems-more = …y { $count } más.
# $item es uno de los import-item-* de abajo.
import-learner-item-problem = estudiante { $number } («{ $name }»), { $item }: { $problem }
import-item-attempt = intento «{ $id }»
import-item-setting = ajuste «{ $key }»
# $kind es `hint`, `solution` o `page`, como en el archivo; $item es paquete/ejercicio o paquete/lección.
import-item-event = el evento `{ $kind }` de «{ $item }»
# $field es el nombre de un campo del archivo, como `name` o `exercise`.
import-control = su `{ $field }` «{ $value }» tiene un carácter de control (como Escape), que Slate no acepta
import-direction = su `{ $field }` «{ $value }» tiene un carácter que cambia la dirección del texto, que Slate no acepta
# $value es un número de milisegundos desde 1970.
import-time = la hora de su `{ $field }`, { $value }, no está entre los años 2000 y 2100
import-incomplete = le falta el identificador, el paquete o el ejercicio
import-score = tiene { $score } de { $max } puntos
# $known enumera los estados que Slate conoce: passed, failed, ...
import-test-status = su prueba «{ $test }» tiene el estado «{ $status }», que Slate no conoce (conoce { $known })
import-test-points = su prueba «{ $test }» da { $points } de { $max } puntos
import-event-order = su hora `first` es posterior a su hora `last`
# $owner es un estudiante, como { $who } más arriba.
import-attempt-owner = pertenece a { $owner } (en este ordenador o antes en los archivos), así que no puede ser también de este estudiante
import-attempt-different = Slate ya tiene otro intento distinto con este identificador (en este ordenador o antes en los archivos)
# $problem es una de las frases import-conflict-* de abajo, con su punto final.
import-conflict = { $file }: { $problem } No se ha importado nada.
import-conflict-two-here = { $who } es una sola persona en este archivo, pero en este ordenador son { $count ->
        [one] { $count } persona distinta
        [many] { $count } personas distintas
       *[other] { $count } personas distintas
    } ({ $learners }). Olvida o cambia el nombre de una de esas personas en este ordenador y vuelve a importar.
import-conflict-group = { $who } es { $here } en este ordenador, en otro grupo. Slate no mueve estudiantes de un grupo a otro.
import-conflict-rename = { $who } pasó a llamarse «{ $name }» en otro ordenador, pero aquí hay otra persona que se llama «{ $other }». Cambia el nombre de una de las dos con `slate learner rename` y vuelve a importar.

## slate report: palabras comunes a la tabla, el archivo CSV y la página HTML

report-none-in-group = No hay estudiantes del grupo { $group } en este ordenador. `slate learner list` muestra los grupos.
report-written = El informe se ha guardado en { $file }.
report-no-learners = Todavía no hay estudiantes sobre quienes informar.
report-nobody-stuck = Nadie se ha atascado: todos los ejercicios que alguien ha intentado están superados.
report-nothing-tried = Todavía nadie ha comprobado ningún ejercicio.
report-summary = { $learners ->
        [one] { $learners } estudiante
        [many] { $learners } estudiantes
       *[other] { $learners } estudiantes
    }, { $exercises ->
        [one] { $exercises } ejercicio
        [many] { $exercises } ejercicios
       *[other] { $exercises } ejercicios
    } en { $packs ->
        [one] { $packs } paquete
        [many] { $packs } paquetes
       *[other] { $packs } paquetes
    }
report-learners = { $count ->
        [one] { $count } estudiante
        [many] { $count } estudiantes
       *[other] { $count } estudiantes
    }
report-passed-of = { $passed } de { $total }
# Cómo va un ejercicio (junto a ✓, ◐ y ○).
report-older-pack-version = versión anterior del paquete
# En lugar del título de una lección.
report-lesson-gone = Ya no está en el paquete
report-lesson-not-installed = Paquete no instalado en este ordenador

## Encabezados de columna. La tabla del terminal los alinea, así que ahí conviene que sean cortos.

report-col-learner = Estudiante
report-col-group = Grupo
report-col-passed = Superados
report-col-tried = Empezados
report-col-not-started = Sin empezar
report-col-attempts = Intentos
report-col-hints = Pistas
report-col-hints-used = Pistas usadas
report-col-solutions = Soluciones
report-col-solutions-viewed = Soluciones vistas
report-col-time = Tiempo
report-col-last-seen = Última vez
report-col-pack = Paquete
report-col-lesson = Lección
report-col-exercise = Ejercicio
report-col-exercise-title = Título del ejercicio
report-col-status = Estado
report-col-best-score = Mejor puntuación
report-col-max-score = Puntuación máxima
report-col-solution-viewed = Solución vista
report-col-minutes-spent = Minutos dedicados
report-col-last-attempt = Último intento (UTC)
report-col-version-used = Versión del paquete usada
report-col-version-now = Versión del paquete actual
report-col-note = Nota
report-col-stuck = Se atascaron (lo intentaron, sin superarlo)

## La tabla del terminal

report-table-title-all = Informe de clase de todo el alumnado: { $summary }.
report-table-title-group = Informe de clase del grupo { $group }: { $summary }.
report-table-made = Creado el { $time }.
report-table-stuck-heading = Dónde se atasca el alumnado (lo intentó y aún no lo ha superado):
report-table-stuck-detail = ({ $passed ->
        [one] { $passed } lo superó
        [many] { $passed } lo superaron
       *[other] { $passed } lo superaron
    }, { $attempts ->
        [one] { $attempts } intento
        [many] { $attempts } intentos
       *[other] { $attempts } intentos
    }, { $hints ->
        [one] { $hints } pista
        [many] { $hints } pistas
       *[other] { $hints } pistas
    })
report-table-older = { $count ->
        [one] { $count } resultado se hizo con una versión anterior de un paquete; los informes CSV y HTML muestran cuál.
        [many] { $count } resultados se hicieron con una versión anterior de un paquete; los informes CSV y HTML muestran cuáles.
       *[other] { $count } resultados se hicieron con una versión anterior de un paquete; los informes CSV y HTML muestran cuáles.
    }

## El archivo CSV (sus columnas van en el mismo orden en todos los idiomas)

report-csv-yes = sí
report-csv-no = no
report-csv-note-gone = ya no está en el paquete

## La página HTML

report-html-title-all = Informe de clase de Slate: todo el alumnado
report-html-title-group = Informe de clase de Slate: grupo { $group }
report-html-made = { $summary }. Creado por Slate el { $time }.
report-html-key = Leyenda:
report-html-key-tried = empezado, aún sin superar
report-html-key-older = el último intento se hizo con una versión anterior del paquete
report-html-progress-heading = Progreso de cada estudiante
report-html-progress-chart-title = Ejercicios superados, empezados y sin empezar de cada estudiante
# Un estudiante en la descripción del gráfico, para lectores de pantalla.
report-html-progress-sentence = { $name }: superados { $passed }, empezados { $tried }, sin empezar { $not_started }
# La descripción emergente de una barra.
report-html-bar-passed = { $name }: superados { $count }
report-html-bar-tried = { $name }: empezados { $count }
report-html-bar-not-started = { $name }: sin empezar { $count }
report-html-progress-caption = Ejercicios superados en cada lección, con los intentos y las pistas usadas
report-html-heatmap-heading = Cada ejercicio, cada estudiante
report-html-heatmap-caption = Estado de cada ejercicio para cada estudiante (✓ superado, ◐ empezado, ○ sin empezar, * versión anterior del paquete)
# La descripción emergente de un cuadro, en partes separadas por comas: «Ada, Saluda a alguien: empezado, mejor 1 de 2, 3 intentos, 1 pista».
report-html-cell = { $name }, { $exercise }: { $status }
report-html-cell-best = mejor { $score } de { $max }, { $attempts ->
        [one] { $attempts } intento
        [many] { $attempts } intentos
       *[other] { $attempts } intentos
    }
report-html-cell-hints = { $hints ->
        [one] { $hints } pista
        [many] { $hints } pistas
       *[other] { $hints } pistas
    }
report-html-cell-version = con la versión { $version } del paquete
report-html-stuck-heading = Dónde se atasca el alumnado
report-html-stuck-chart-title = Estudiantes que han intentado cada ejercicio y aún no lo han superado
report-html-stuck-sentence = { $exercise }: { $count ->
        [one] { $count } estudiante se ha atascado
        [many] { $count } estudiantes se han atascado
       *[other] { $count } estudiantes se han atascado
    }
report-html-stuck-caption = Los ejercicios en los que más estudiantes se atascan

# issue 14: reports

# Notas: "7 de 12", y un porcentaje del máximo posible.
report-score-of = { $score } de { $max }
report-percent = { $percent } %
# Lo leen los lectores de pantalla en lugar de "–", para un tiempo o una nota que Slate no conoce.
report-unknown = no se sabe
report-pack-not-installed = El paquete { $pack } no está instalado en este ordenador: los totales solo cuentan los ejercicios que alguien ha intentado.
# Un estudiante con su grupo, para distinguir a dos con el mismo nombre: "Sam Jones (7B)".
report-learner-in-group = { $name } ({ $group })
report-col-score = Puntuación
report-col-percent = %
report-col-stuck-who = Quién se ha atascado
report-col-lesson-score = Puntuación de la lección
report-col-lesson-max-score = Máximo de la lección
report-col-lesson-percent = % de la lección
report-col-total-score = Puntuación total
report-col-total-max-score = Máximo total
report-col-total-percent = % total
report-table-stuck-who = Atascados: { $names }
report-table-lessons-heading = Notas en cada lección (puntuación sobre el máximo posible, y un porcentaje):
report-table-lesson-cell = { $score } ({ $percent })
report-table-lesson-key = { $number }: { $lesson } ({ $pack })
report-csv-note-not-installed-totals = paquete no instalado en este ordenador: los totales solo cuentan los ejercicios que alguien ha intentado
report-html-stuck-sentence-names = { $sentence } ({ $names })
report-html-chart-part = { $title } (parte { $part } de { $parts })

# issue 14: learners
learner-moved = Se ha movido a { $who }: ahora { $now }. Su progreso se conserva.
learner-import-added = Añadido: { $who }
learner-import-existing = Ya estaba: { $who }
learner-import-summary = Añadidos: { $added }. Ya estaban: { $existing }.
class-list-unreadable = Slate no ha podido leer la lista de clase { $file }: { $reason }. Comprueba su nombre y la carpeta en la que estás.
class-list-too-big = { $file } ocupa más de { $limit } MB, demasiado para una lista de clase. Comprueba que es el archivo correcto.
class-list-csv = { $file }:{ $line }: Slate no ha podido leer esta línea como CSV ({ $reason }). Guarda la lista de clase desde tu hoja de cálculo como CSV e inténtalo de nuevo.
class-list-no-name-column = { $file } no tiene una columna de nombres. Su primera fila tiene: { $found }. Pon el encabezado "Name" (o "Forename" y "Surname") encima de los nombres, y "Group" encima de los grupos.
class-list-no-name = { $file }:{ $line }: esta línea no tiene nombre. Escribe el nombre o borra la línea, y vuelve a importar.
class-list-bad-name = { $file }:{ $line }: { $reason } Corrígelo en el archivo y vuelve a importar.
class-list-empty = { $file } no tiene estudiantes. Pon un estudiante por línea: el nombre y después el grupo.
import-note-kept-spelling = se ha mantenido "{ $kept }"; el archivo tenía "{ $had }".
store-merge-into-self = { $who } es el mismo estudiante dos veces. Indica el registro que se une y después, con --into, el que se conserva.
import-note-merged = { $file } todavía tiene a "{ $old }", que aquí se unió a "{ $kept }"; su progreso se ha añadido a "{ $kept }".
learner-merged = Se ha unido "{ $old }" a "{ $kept }": { $attempts } { $attempts ->
        [one] intento movido
       *[other] intentos movidos
    }, sin perder nada.
learner-show-none = { $who } todavía no tiene intentos que mostrar.
learner-show-heading = { $who }: { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }, del más antiguo al más reciente (horas en UTC).
learner-show-attempt = Intento { $number } de { $count }, { $at }, { $exercise }: { $score } de { $max }, { $passed ->
        [yes] superado
       *[no] no superado
    }.
learner-show-hidden = (oculto para los estudiantes)
import-note-merged-here = { $file } indica que "{ $old }" se unió a "{ $kept }" en otro ordenador, así que Slate también los ha unido aquí; se conserva todo su progreso.

# issue 17: class view
class-refresh-failed = no se pudo actualizar: { $reason }
class-nobody-stuck = Nadie se ha atascado.
class-no-learners = Todavía no hay estudiantes en este ordenador. Añádelos con `slate learner add` o `slate learner import`.
