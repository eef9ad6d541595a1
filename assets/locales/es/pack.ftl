# Paquetes de lecciones: lo que ve el profesorado con `slate pack check`, `slate pack new` y
# `slate pack list`. Los nombres de campo entre `comillas invertidas` son parte del formato:
# no los traduzcas.

pack-problem-help = ayuda: { $text }

## Tipos de valor en un archivo TOML.

toml-type-text = texto
toml-type-integer = un número entero
toml-type-float = un número decimal
toml-type-boolean = true/false
toml-type-date = una fecha
toml-type-list = una lista
toml-type-table = una tabla
toml-expect-text = texto entre comillas
toml-expect-one-of = uno de { $values }
toml-expect-integer = un número entero
toml-expect-number = un número
toml-expect-text-list = una lista de textos, como ["a", "b"]
toml-expect-table = una tabla
toml-expect-table-list = una lista de tablas ([[...]])

## Las partes de un paquete.

pack-part-pack = pack.toml
pack-part-lesson = una lección
pack-part-page = una [[page]]
pack-part-exercise = un [[exercise]]
pack-part-test = un [[exercise.test]]
pack-part-limits = [limits]
pack-part-solutions = [solutions]

## Para qué sirven los campos obligatorios.

pack-field-doc-format = la versión del formato del paquete: siempre 1.
pack-field-doc-id = un identificador: minúsculas, cifras y '-'. No lo cambies nunca una vez usado.
pack-field-doc-title = unas pocas palabras que se ven.
pack-field-doc-lessons = los nombres de los archivos de lección en orden, sin .toml.
pack-field-doc-text = el texto (Markdown).
pack-field-doc-name = unas pocas palabras que ve quien aprende, p. ej. "suma números negativos".
pack-field-doc-task = qué hay que hacer (Markdown), con un ejemplo de entrada y salida.

## Campos y valores.

pack-unknown-field = campo desconocido `{ $field }` en { $what }
pack-did-you-mean-field = ¿querías decir `{ $suggestion }`?
pack-fields-allowed = los campos que puede tener { $what } son: { $fields }
pack-missing-field = a { $what } le falta `{ $field }`
pack-add-field = añade `{ $field }`: { $doc }
pack-bad-value = `{ $field }` no puede ser "{ $value }"
pack-did-you-mean-value = ¿querías decir "{ $suggestion }"?
pack-use-one-of = usa uno de { $values }
pack-list-item-not-text = cada elemento de `{ $field }` tiene que ser texto entre comillas, no { $found }
pack-wrong-type = `{ $field }` debería ser { $expected }, no { $found }
pack-bad-id = el identificador { $what ->
        [pack] de paquete
        [lesson] de lección
        [exercise] de ejercicio
       *[test] de prueba
    } "{ $id }" no es válido
pack-bad-id-help = usa minúsculas, cifras y '-', por ejemplo "{ $example }"
pack-out-of-range = `{ $field }` no puede ser { $value }
pack-out-of-range-help = usa un número de { $min } a { $max }
pack-out-of-range-whole-help = usa un número entero de { $min } a { $max }
pack-out-of-range-time-help = usa un número de segundos de { $min } a { $max }
pack-out-of-range-memory-help = usa un número entero de megabytes de { $min } a { $max }
pack-out-of-range-output-help = usa un número entero de kilobytes de { $min } a { $max }
pack-out-of-range-format-help = escribe `format = { $max }`
pack-bad-locale = `locale` no puede ser "{ $value }"
pack-bad-locale-help = usa una etiqueta de idioma, como "cy", "en-GB" o "pt-BR"

## Archivos.

pack-not-toml = esto no es TOML válido: { $error }
pack-not-toml-help = revisa las comillas, los corchetes y los signos `=` cerca de aquí
pack-too-deep = esto está anidado a demasiada profundidad para que Slate lo lea ({ $error })
pack-too-deep-help = un paquete solo necesita unos pocos niveles de corchetes y nombres con puntos (a.b.c): quita los que sobran
pack-cannot-read = no se puede leer este archivo: { $error }
pack-cannot-read-help-missing = revisa el nombre del archivo y que esté en la carpeta del paquete
pack-cannot-read-help-not-text = guarda el archivo como texto UTF-8
pack-read-not-found = el archivo no existe
pack-read-outside = la ruta sale de la carpeta del paquete (las rutas tienen que ser relativas, sin `..`)
pack-read-too-large = el archivo ocupa más de 1 MB
pack-read-not-text = el archivo no es texto UTF-8
pack-read-folder = es una carpeta, no un archivo
pack-read-folder-help = pon un archivo con ese nombre en lugar de la carpeta, o corrige el nombre
pack-read-special = no es un archivo normal (es un dispositivo, una tubería o un enlace a nada)
pack-read-special-help = usa aquí un archivo de texto normal
pack-read-too-large-help = divídelo en archivos más pequeños: cada archivo de un paquete puede ocupar como mucho 1 MB
pack-read-outside-help = deja el archivo dentro de la carpeta del paquete: cópialo allí en vez de enlazarlo
pack-read-io-help = comprueba que el archivo existe y que tienes permiso para leerlo
pack-bundled-origin = integrado ({ $dir })

## pack.toml

pack-newer-format = este paquete usa el formato { $found }, hecho para una versión más nueva de Slate (esta lee el formato { $known })
pack-newer-format-help = actualiza Slate para usar este paquete
pack-no-lessons = el paquete no tiene lecciones
pack-no-lessons-help = enumera los archivos de lección, p. ej. lessons = ["01-hello"]
pack-too-many-lessons = un paquete puede tener como máximo { $max } lecciones
pack-lesson-listed-twice = la lección "{ $file }" aparece dos veces
pack-remove-one = quita una de ellas
pack-cannot-read-lesson = no se puede leer el archivo de lección { $file }: { $error }
pack-cannot-read-lesson-help-missing = crea un archivo llamado { $file } en la carpeta del paquete, o corrige aquí el nombre
pack-cannot-read-lesson-help-outside = los archivos de lección tienen que estar dentro de la carpeta del paquete

## Lecciones y ejercicios.

pack-duplicate-lesson = el identificador de lección "{ $id }" ya se usa en { $first }
pack-duplicate-lesson-help = da a cada lección su propio identificador
pack-too-many-exercises = una lección puede tener como máximo { $max } ejercicios
pack-code-twice = el ejercicio tiene a la vez `{ $field }` y `{ $file_field }`
pack-code-twice-help = deja solo uno
pack-cannot-read-code = no se puede leer { $file }: { $error }
pack-cannot-read-code-help-outside = usa una ruta dentro de la carpeta del paquete, como "02-numbers/add.py"
pack-cannot-read-code-help-missing = crea el archivo { $file } junto al archivo de la lección, o corrige el nombre
pack-no-code = el ejercicio no tiene `{ $field }`
pack-no-code-help = añade `{ $field } = """..."""` o `{ $file_field } = "file.py"`
pack-duplicate-exercise = el identificador de ejercicio "{ $id }" ya se usa en { $first }
pack-duplicate-exercise-help = los identificadores de ejercicio tienen que ser distintos en todo el paquete
pack-too-many-tests = un ejercicio puede tener como máximo { $max } pruebas
pack-duplicate-test = dos pruebas del ejercicio "{ $exercise }" tienen el identificador "{ $id }"
pack-duplicate-test-help = da a las pruebas nombres distintos, o pon `id` en una de ellas

## Pruebas.

pack-nothing-to-compare = la prueba "{ $name }" no tiene nada que comparar
pack-nothing-to-compare-help = dale `expect` (salida), o `call` y `returns` (una función), o `require`/`forbid` (comprobación del código)
pack-mixed-test = la prueba "{ $name }" mezcla distintos tipos de prueba
pack-mixed-test-help = usa solo uno de: `expect`; `call` y `returns`; `require`/`forbid`. Divídela en dos pruebas
pack-bad-regex = `expect` no es una expresión regular válida: { $error }
pack-tolerance-unused-help = quítalo, o pon match = "numbers"
pack-empty-call = la prueba "{ $name }" tiene `call` o `returns` vacío
pack-call-without-returns = la prueba "{ $name }" tiene `call` pero no `returns`
pack-call-without-returns-help = añade `returns = "..."`: el valor que debería devolver la llamada, en Python
pack-returns-without-call = la prueba "{ $name }" tiene `returns` pero no `call`
pack-returns-without-call-help = añade `call = "..."`, por ejemplo call = "add(2, 3)"
pack-unknown-construct = una comprobación del código no puede buscar "{ $item }"
pack-unknown-construct-help = consulta la lista en docs/lesson-packs.md (p. ej. "for", "while", "call:len")
pack-empty-code-check = la comprobación del código "{ $name }" no tiene nada que comprobar
pack-empty-code-check-help = pon algo en `require` o `forbid`

## Traducciones de un paquete (translations/<idioma>/<lección>.toml).

pack-translation-bad-language = "{ $language }" no es una etiqueta de idioma que Slate entienda
pack-translation-bad-language-help = pon a la carpeta el nombre del idioma, p. ej. translations/cy o translations/pt-BR
pack-translation-no-lesson = en este paquete no hay ningún archivo de lección { $file } que traducir
pack-translation-no-lesson-help = pon a la traducción el nombre de un archivo de lección de pack.toml
pack-translation-unknown-id = { $what ->
        [lesson] la lección
        [exercise] el ejercicio
       *[test] la prueba
    } "{ $id }" no está en { $file }
pack-translation-unknown-id-help = las traducciones usan los identificadores del archivo de lección; revisa cómo está escrito, o quita esta parte
pack-translation-invalid-help = una traducción solo tiene las palabras de su lección: title, ideas, [[page]] (title, text) y [exercise.ID] (title, task, hints, y [exercise.ID.test.ID] con name)
pack-translation-id-mismatch = esta traducción es de la lección "{ $found }", pero { $file } es la lección "{ $expected }"
pack-translation-too-many = { $what } tiene { $found } { $found ->
        [one] elemento
       *[other] elementos
    }, pero el original solo tiene { $expected }
pack-translation-too-many-help = traduce cada elemento del original una vez, en el mismo orden

## slate pack check

pack-check-not-a-pack = { $dir } no es un paquete de lecciones: no tiene pack.toml. Indica la carpeta que contiene pack.toml, o crea un paquete nuevo con `slate pack new { $quoted }`.
pack-check-stopped = { $count ->
        [one] Se encontró 1 problema.
       *[other] Se encontraron { $count } problemas.
    } No se siguió comprobando el paquete: corrige esto primero.
pack-check-sound = El paquete "{ $title }" está bien: { $lessons ->
        [one] 1 lección
       *[other] { $lessons } lecciones
    }, { $exercises } ejercicios, { $tests } pruebas. Todas las soluciones pasan y a todo código inicial le queda algo por hacer.
pack-check-problems = { $count ->
        [one] Se encontró 1 problema
       *[other] Se encontraron { $count } problemas
    } (se { $exercises ->
        [one] revisó 1 ejercicio
       *[other] revisaron { $exercises } ejercicios
    }).
pack-check-progress = Ejecutando las pruebas: { $bar } { $done } de { $total } ({ $elapsed })
pack-check-sandbox-failed = el entorno aislado no pudo ejecutar esta prueba: { $error }
pack-check-solution-fails = ejercicio "{ $exercise }": la solución de referencia no supera la prueba "{ $test }"
pack-check-solution-fails-help = corrige la solución o la prueba para que coincidan
pack-check-starter-passes = ejercicio "{ $exercise }": el código inicial ya supera todas las pruebas, así que no queda nada por hacer
pack-check-starter-passes-help = deja el código inicial incompleto, o añade una prueba que no supere
pack-check-translations = Traducciones comprobadas: { $languages }.

## slate pack new

pack-new-not-empty = { $dir } ya existe y no está vacía. Elige otro nombre de carpeta, para no sobrescribir nada.
pack-new-cannot-write = Slate no pudo escribir { $file }: { $error }.
pack-new-cannot-make-folder = Slate no pudo crear la carpeta { $dir }: { $error }.
pack-new-made = Se ha creado un paquete nuevo en { $dir }: pack.toml y una lección, 01-hello.toml.
pack-new-next = Ahora: edita los archivos y luego ejecuta `slate pack check { $dir }`.

## slate pack list

pack-list-none = Slate no ve ningún paquete.
pack-list-pack = { $id } (versión { $version }): { $title }
pack-list-from = origen: { $origin }
pack-list-counts = { $lessons } { $lessons ->
        [one] lección
       *[other] lecciones
    }, { $exercises } { $exercises ->
        [one] ejercicio
       *[other] ejercicios
    }
pack-list-translations = traducciones: { $languages }
pack-list-not-loaded = No cargado: { $origin } ({ $count ->
        [one] 1 problema
       *[other] { $count } problemas
    })
pack-list-more-problems = ... ejecuta `slate pack check` sobre él para verlos todos.
pack-list-where = Los paquetes del profesorado se leen de { $dir } y de las carpetas indicadas con --packs.

# issue 14: packs
pack-skipped-older = { $id } versión { $version } en { $origin } no se usa: hay una versión más nueva ({ $used }) en { $used_origin }.
pack-skipped-same-version = { $id } versión { $version } en { $origin } no se usa: la copia de { $used_origin } tiene la misma versión y va primero (una carpeta indicada con --packs, luego los paquetes de este ordenador y luego los de Slate).
pack-check-copy-newer = Nota: otra copia de «{ $id }» tiene una versión más nueva ({ $other }), en { $origin }. Donde Slate encuentra las dos, usa esa y no esta ({ $version }): sube `version` en el pack.toml de este paquete por encima de { $other } para usar esta.
pack-check-copy-same = Nota: hay otra copia de «{ $id }» con la misma versión ({ $version }) en { $origin }. Donde Slate encuentra las dos, va primero una carpeta indicada con --packs: sube `version` cada vez que cambies un paquete, para que todos los ordenadores usen la más nueva.
pack-check-copy-older = Nota: hay una copia más antigua de «{ $id }» (versión { $other }) en { $origin }. Donde Slate encuentra las dos, usa esta ({ $version }); `slate pack install` sustituye la copia antigua en este ordenador.
pack-list-built-in-hidden = Los cursos propios de Slate están ocultos, porque se pidieron solo los paquetes del profesorado (--only-packs, o `slate pack settings only-packs on`).
pack-install-not-sound = No se ha instalado: corrige los problemas de arriba y vuelve a ejecutar `slate pack install { $dir }`.
pack-install-already-there = «{ $id }» ya está instalado desde esa carpeta: no hay nada que hacer.
pack-install-newer-there = No se ha instalado: este ordenador tiene una versión de «{ $id }» más nueva ({ $installed }, en { $folder }) que esta ({ $version }). Para sustituirla por esta más antigua, ejecuta `{ $command }`.
pack-install-cannot-copy = Slate no ha podido copiar el paquete en { $dir }: { $error }. No se ha cambiado nada.
pack-install-copy-incomplete = la copia no contenía el paquete entero
pack-install-done = Instalado «{ $title }» ({ $id }, versión { $version }) en { $folder }.
pack-install-replaced-older = Sustituye a la versión anterior { $installed }.
pack-install-replaced-same = Sustituye a la copia que había, que tenía la misma versión ({ $installed }).
pack-install-replaced-newer = Sustituye a la versión más nueva { $installed }, como pedía --force.
pack-install-next = El alumnado de este ordenador lo verá la próxima vez que abra Slate. Su progreso se conserva.
pack-remove-built-in = «{ $id }» es uno de los cursos propios de Slate, así que no se puede quitar. Para mostrar al alumnado solo tus paquetes, ejecuta `slate pack settings only-packs on`.
pack-remove-not-installed-here = «{ $id }» no está instalado en este ordenador: Slate lo lee de { $origin }, una carpeta indicada con --packs. No se ha quitado nada.
pack-remove-unknown = No hay ningún paquete «{ $id }» instalado en este ordenador (en { $dir }). No se ha quitado nada. `slate pack list` muestra los paquetes y sus id.
pack-remove-cannot = Slate no ha podido quitar { $folder }: { $error }.
pack-remove-done = Quitado «{ $title }» ({ $id }, versión { $version }) de { $folder }.
pack-remove-done-broken = Quitada la carpeta de paquete { $folder }, que tenía problemas.
pack-remove-progress-kept = El progreso del alumnado en él se conserva: si lo vuelves a instalar, seguirán donde lo dejaron.
pack-settings-cannot-save = Slate no ha podido guardar { $file }: { $error }. Los ajustes no han cambiado.
pack-settings-heading = Ajustes de paquetes de este ordenador (guardados en { $file }):
pack-settings-on = sí
pack-settings-off = no
pack-settings-only-packs = sí: el alumnado ve solo los paquetes del profesorado, no los cursos propios de Slate
pack-settings-packs-first = sí: los paquetes del profesorado van antes que los cursos propios de Slate

# issue 14: pack checking

toml-expect-boolean = true o false
pack-part-translation = una traducción
pack-part-translation-exercise = un [exercise.ID] de una traducción
pack-part-translation-test = un [exercise.ID.test.ID] de una traducción
pack-translation-not-a-table = "{ $id }" debería contener palabras traducidas, como una tabla [exercise.{ $id }]
pack-exercise-no-tests = el ejercicio `{ $exercise }` no tiene pruebas; añade `[[exercise.test]]`
pack-exercise-no-tests-help = cada prueba comprueba una cosa: lo que imprime el programa (`expect`), lo que devuelve una función (`call` y `returns`) o cómo está escrito el código (`require` o `forbid`)
pack-problem-warning = aviso
pack-tabs = ejercicio `{ $exercise }`: `{ $field }` está sangrado con tabuladores
pack-tabs-help = los alumnos ven cuatro espacios por cada tabulador; sangra con espacios para ver lo mismo que ellos
pack-lesson-with-toml = la lección "{ $file }" aparece con ".toml"
pack-lesson-with-toml-help = quita el .toml: escribe "{ $stem }"
pack-tolerance-field-unused = `{ $field }` solo importa con match = "numbers" o en una prueba de función
pack-description-unused = `expect_description` solo importa con match = "regex"
pack-description-unused-help = quítalo: las demás pruebas muestran a los alumnos la propia salida esperada
pack-numeric-unused = `numeric` solo importa en una prueba de función (`call` y `returns`)
pack-numeric-unused-help = quítalo; para comparar números en la salida, usa match = "numbers"
pack-match-on-call = la prueba de función "{ $name }" tiene `match`, que solo usan las pruebas de salida
pack-match-on-call-help = quítalo: un valor se compara por su tipo y su valor. Para que 3 coincida con 3.0, añade numeric = true
pack-not-python = la prueba "{ $test }": `{ $field }` no es una expresión de Python: { $error }
pack-not-python-call-help = escribe la llamada como en Python, por ejemplo call = "add(2, 3)"
pack-not-python-returns-help = escribe el valor como en Python, por ejemplo returns = "5", returns = "'hello'" o returns = "[1, 2]"
pack-python-unexpected = "{ $token }" no puede ir ahí (carácter { $at })
pack-python-ends = termina antes de estar completa
pack-python-unclosed = el "{ $bracket }" del carácter { $at } nunca se cierra
pack-python-string = el texto entre comillas que empieza en el carácter { $at } nunca se cierra
pack-python-new-line = un salto de línea
pack-python-value = un valor
pack-not-toml-escape-help = entre "comillas dobles" una barra invertida empieza un escape como \n, y este no lo es; para un patrón como \d usa comillas simples: expect = 'You rolled \d' (o escribe \\d)
