# The tutor: the full-screen interface and plain mode. Spanish (español).
# Short, plain and friendly; never blame the learner. Informal "tú".
# Avoid words that show the learner's gender (bienvenido/a, seguro/a).
# Status words (status-*) sit in an 8-column space on the lesson screen: keep them short.

## Welcome and learners

welcome-title = Te damos la bienvenida a Slate
who-are-you = ¿Quién eres? Elige tu nombre o añádete.
add-learner = Añádete
add-yourself-intro = Escribe tu nombre. No necesitas contraseña.
your-name = Tu nombre
your-group = Clase o grupo (puedes dejarlo en blanco)
type-your-name = Escribe tu nombre y pulsa Enter.
type-your-group = Escribe tu clase o grupo, o pulsa Enter para dejarlo en blanco.
learner-last = { $name } (la última vez)
learner-in-group = { $name } ({ $group })
learner-in-group-last = { $name } ({ $group }, la última vez)
hello-learner = ¡Hola, { $name }!
goodbye = Tu trabajo está guardado. ¡Hasta pronto!
progress-not-saved = No se puede guardar tu progreso en este ordenador: { $reason } Puedes seguir aprendiendo y ejecutando tu código.
pack-skipped = Aviso: las lecciones de { $origin } tienen problemas y no se muestran. El profesorado puede revisarlas con `slate pack check`.

## Titles

title-who = ¿Quién eres?
title-course = Tu curso
lesson-title = { $pack }, lección { $number }: { $title }
exercise-title = { $pack }, lección { $lesson } · { $title }
settings = Ajustes
task-title = Enunciado
results-title = Resultados
your-program = Tu programa
hints-title = Pistas
help-title = Ayuda
confirm-title = ¿Lo confirmas?
passed-title = Superado
message-title = Mensaje

## The course

choose-lesson = Elige una lección
change-learner = Cambiar de persona
continue-at = Sigue donde lo dejaste: { $place }
continue = Sigue donde lo dejaste
place-page = { $pack }, lección { $lesson }, { $title }: página { $page } de { $pages }
place-exercise = { $pack }, lección { $lesson }, { $title }: ejercicio «{ $exercise }»
done-count = { $done } de { $total } { $done ->
        [one] hecho
       *[other] hechos
    }
lesson-line = { $pack }, lección { $number }: { $title }. Ejercicios hechos: { $done } de { $total }.
lesson-heading = { $title }
read-lesson = Lee la lección ({ $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    })
read-lesson-read = Lee la lección otra vez ({ $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    }, leída)
exercise-line = Ejercicio: { $title } ({ $status })
status-new = nuevo
status-tried = empezado
status-done = hecho
status-read = leída
status-not-read = sin leer
page-of = página { $page } de { $pages }
page-heading = Página { $page } de { $pages }: { $title }
next-page = Página siguiente
previous-page = Página anterior
to-exercises = Ir a los ejercicios
code-start = Código:
code-end = Fin del código.
code-line = Línea { $number }: { $code }

## Exercises

exercise-heading = Ejercicio: { $title } (estado: { $status })
code-file-is = Tu código está guardado en el archivo { $path }
task-more = ↓ hay más abajo · F3 enunciado completo
press-f5 = Escribe tu programa arriba y luego pulsa F5 para comprobarlo.
checking = Comprobando tu código…
well-done = ¡Muy bien!
next-is = Siguiente: { $place }
course-finished = Has terminado todo lo que hay aquí. ¡Un trabajo genial!
go-next = Ir al siguiente
stay-here = Seguir aquí
menu-type-code = Escribe tu código aquí
menu-open-editor = Abre tu código en tu editor
menu-check = Comprueba tu código
menu-run = Ejecuta tu programa
menu-show-code = Lee tu código
menu-hint = Pide una pista (vistas: { $shown } de { $total })
menu-solution = Mira la respuesta
menu-reset = Empieza otra vez desde el principio
menu-read-task = Lee el enunciado otra vez
type-code-now = Escribe tu programa. Cuando termines, escribe END en una línea, sin nada más.
code-saved = Tu código está guardado.
your-code-is = Tu código:
editor-closed-checking = Tu editor se ha cerrado. Comprobando tu código…
running-start = Ejecutando tu programa. Cuando te pida algo, escríbelo y pulsa Enter.
hint-heading = Pista { $number } de { $total }
no-hints = Este ejercicio no tiene pistas. Vuelve a leer el enunciado, frase por frase.
no-more-hints = Esa era la última pista. ¡Tú puedes!
solution-heading = Una respuesta posible
solution-after-solving = Podrás ver una respuesta cuando tu programa pase la comprobación. Sigue intentándolo: prueba antes con una pista.
solution-after-attempts = Podrás ver una respuesta después de { $left ->
        [one] 1 intento más
       *[other] { $left } intentos más
    }. Prueba antes con una pista.
solution-never = Este curso no muestra respuestas. Pregunta a tu profesor o profesora, o prueba con una pista.
reset-question = ¿Empezar este ejercicio otra vez desde el principio? Tu código actual se guardará en una carpeta de historial.
reset-confirm = ¿Empezar otra vez desde el principio? Tu código actual se guardará en una carpeta de historial. Escribe sí o no.
reset-done = El ejercicio está otra vez como al principio. Tu código anterior está en la carpeta de historial.
reset-cancelled = No ha cambiado nada.
# Words accepted as "yes" in plain mode, lower case, separated by commas.
yes-words = sí,si,s,yes,y
editor-position = Línea { $line }, columna { $column }
watching = Editando en { $editor }: al guardar, se comprueba otra vez
watch-failed = Slate no puede ver cuándo guardas en esta unidad. Pulsa F5 para comprobar después de guardar.

## Running

run-header = Ejecutando tu programa. Pulsa Ctrl+C para pararlo.
run-finished = Tu programa ha terminado.
run-you-stopped = Has parado el programa.
run-ended-code = Tu programa terminó con sys.exit({ $code }).
run-time-limit = Slate ha parado tu programa: tardaba demasiado. ¿Hay algún bucle que no termina nunca?
run-memory-limit = Slate ha parado tu programa: usaba demasiada memoria. ¿Hay alguna lista o algún texto que crece sin fin?
run-output-limit = Slate ha parado tu programa: mostraba muchísimo texto. ¿Hay un print dentro de un bucle que no termina nunca?
run-stopped-time = Slate ha parado tu programa después de { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }.
press-enter-to-return = Pulsa Enter para volver a Slate.
press-ctrl-c-again = Pulsa Ctrl+C otra vez para salir de Slate. Tu trabajo está guardado.

## Settings

setting-theme = Colores
setting-language = Idioma
setting-editor = Tu editor
theme-default = Normal
theme-high-contrast = Alto contraste
theme-monochrome = Sin color
language-changed = Se ha cambiado el idioma.
editor-default = { $editor } (el de siempre)
editor-now = Tu editor es: { $editor }
editor-type-new = Escribe el comando de otro editor (por ejemplo notepad, code --wait o nano), o pulsa Enter para dejarlo como está.
editor-changed = Se ha cambiado tu editor.
editor-explain = En un ejercicio, F2 abre tu código en este editor. Slate comprueba tu código cada vez que lo guardas.
setting-mouse = Ratón
mouse-on = Activado
mouse-off = Desactivado
mouse-explain = Con el ratón activado, haz clic en tu código para ir allí, arrastra para seleccionar y desplázate con la rueda. Con el ratón desactivado, puedes seleccionar texto en la pantalla para copiarlo.
editor-not-set = No hay ningún editor elegido. Elige uno en Ajustes.
editor-failed = Slate no ha podido abrir tu editor ({ $editor }): { $error }. Puedes elegir otro en Ajustes.
no-color-note = Los colores están apagados porque NO_COLOR está activado en este ordenador.

## Keys (shown at the bottom of every screen): keep them short.

key-help = Ayuda
key-quit = Salir
key-back = Atrás
key-close = Cerrar
key-choose = Elegir
key-select = Aceptar
key-open = Abrir
key-continue = Seguir
key-cancel = Cancelar
key-next-box = Otra casilla
key-add-yourself = Añádete
key-change-learner = Cambiar persona
key-next-page = Página siguiente
key-previous-page = Página anterior
key-to-exercises = Ejercicios
key-scroll = Subir/bajar
key-check = Comprobar
key-run = Ejecutar
key-hint = Pista
key-solution = Respuesta
key-my-editor = Mi editor
key-all-results = Resultados
key-reset = Desde cero
key-yes = Sí
key-no = No
key-next-exercise = Siguiente
key-stay = Seguir aquí
key-change = Cambiar
key-save = Guardar

help-intro = Estas teclas funcionan en esta pantalla:
help-everywhere =
    Esc vuelve atrás. Tu código se guarda mientras escribes.
    Aquí nada se muestra solo con colores: ✓ significa hecho o superado, • significa empezado, ○ significa nuevo.
    ¿Prefieres leer línea a línea? Abre Slate con: slate --plain

## Plain mode

plain-type-number = Escribe un número y pulsa Enter.
plain-not-a-choice = Escribe un número del 0 al { $max }, por favor.
plain-nobody-called = Todavía no hay nadie con el nombre { $name } en este ordenador.
plain-add-named = Añadir a { $name } como nueva persona
plain-several-called = Hay más de una persona con el nombre { $name }. Escribe el número que está junto a tu nombre.
quit = Salir
back = Atrás

## Problemas en el tutor

tutor-save-failed = Slate no ha podido guardar tu trabajo en { $path }: { $error }. Tu código sigue en la pantalla.
settings-not-saved = Slate no ha podido guardar tu configuración ({ $error }). Tus cambios funcionan hasta que cierres Slate, pero la próxima vez volverá la configuración anterior.
tutor-terminal-failed = La pantalla ha dejado de funcionar ({ $error }). Tu trabajo está guardado. Prueba a abrir Slate con: slate --plain
tutor-empty-name = Escribe un nombre, por favor.
tutor-no-such-exercise = Ese ejercicio ya no está en el curso.

# issue 13: boxes that are cut say so
more-below = ↓ hay más abajo
more-above = ↑ hay más arriba

# issue 13: keys and help
key-move-cursor = Mover el cursor
key-select-text = Seleccionar texto
key-word = Saltar una palabra
key-line-ends = Principio o final de la línea
key-program-ends = Principio o final de tu programa
key-page = Subir o bajar una página
key-list-ends = Primero o último de la lista
key-move-lines = Subir o bajar la línea
key-new-line = Línea nueva
key-indent = Añadir 4 espacios
key-dedent = Quitar 4 espacios
key-delete = Borrar una letra
key-select-all = Seleccionar todo
key-copy = Copiar
key-cut = Cortar
key-paste = Pegar
key-undo = Deshacer
key-redo = Rehacer
key-whole-task = Tarea completa
key-leave-slate = Pulsa dos veces para salir de Slate
help-editor-heading = En tu programa:
hint-press-f7 = Pulsa F7 otra vez para ver la siguiente pista.
# $editor is a command such as "vim".
editor-hard-to-leave = El único editor que ha encontrado Slate es "{ $editor }". Puede costar salir de él: pulsa Esc, escribe :wq y pulsa Enter. ¿Lo abres de todos modos? Elige No para seguir con el editor de aquí.
editor-hard-to-leave-plain = El único editor que ha encontrado Slate es "{ $editor }". Puede costar salir de él: pulsa Esc, escribe :wq y pulsa Enter. ¿Lo abres de todos modos? Escribe sí o no.
editor-kept-built-in-plain = Vale. Elige "{ menu-type-code }" para escribir tu código.

# issue 13: plain mode and learners
start-here = Empieza aquí
start-at = Empieza aquí: { $place }
quit-question = ¿Salir de Slate? Tu trabajo está guardado.
same-learner-question = Ya hay alguien llamado { $name } ({ $group }). ¿Eres tú?
same-learner-question-no-group = Ya hay alguien llamado { $name }. ¿Eres tú?
same-learner-keys = Pulsa Y si eres tú, o N si eres otra persona.
key-yes-its-me = Sí, soy yo
key-no-someone-else = No, soy otra persona
plain-yes-or-no = Escribe sí o no y pulsa Enter.
output-start = El programa debe mostrar:
output-end = Fin de la salida.
setting-language-now = Idioma: { $language }
plain-how-to-stop = Para parar tu programa en cualquier momento, pulsa Ctrl+C. Slate sigue abierto.
plain-code-empty = Todavía no hay código.
plain-keep-and-add = Mantener este código y añadir líneas al final
plain-replace-code = Cambiarlo y escribir todo el programa
menu-change-line = Cambiar una línea
plain-which-line = ¿Qué línea quieres cambiar? Escribe su número, del 1 al { $max }.
plain-not-a-line = No hay ninguna línea con ese número: tu código tiene las líneas del 1 al { $max }. No ha cambiado nada.
plain-type-new-line = Escribe la nueva línea { $number } y pulsa Enter. Pulsa solo Enter para dejarla como está.
solution-after-solving-no-hints = Podrás ver una respuesta cuando tu programa funcione. Sigue así: lee la tarea otra vez, frase a frase.
solution-after-attempts-no-hints = Podrás ver una respuesta después de { $left ->
        [one] 1 intento más
       *[other] { $left } intentos más
    }. Lee la tarea otra vez, frase a frase.
solution-never-no-hints = Este curso no muestra respuestas. Pide ayuda a tu profesor.
plain-editor-closed = Tu editor se ha cerrado.

# issue 13: slow programs
run-time-limit-printing = Slate ha parado tu programa: tardaba demasiado y seguía imprimiendo ({ $lines } { $lines ->
        [one] línea
       *[other] líneas
    } hasta entonces). Puede que solo sea lento o que imprima demasiado.
run-output-limit-printing = Slate ha parado tu programa: imprimió demasiado ({ $lines } { $lines ->
        [one] línea
       *[other] líneas
    }). Puede que solo imprima demasiado, o que haya un print dentro de un bucle que nunca termina.
checking-elapsed = Comprobando tu código… { $seconds } s
check-stopped = Has parado la comprobación. No se ha corregido nada.
key-stop-check = Parar la comprobación

# The list of names: typing finds one
who-typed = Buscando un nombre que empiece por «{ $text }». Pulsa Enter si es el tuyo.
key-type-name = Escribe tu nombre para encontrarlo

# issue 17: class view
class-title-all = Todos los estudiantes
class-title-group = Clase { $group }
class-updated = actualizado hace { $time }
class-stuck-longest = Atascado desde hace más tiempo: { $who }, { $time } en { $exercise }
class-col-learner = Estudiante
class-col-exercise = Ejercicio
class-col-passed = Superados
class-col-tried = Empezados
class-col-stuck = Atascos
class-col-last-check = Última vez
class-col-stuck-for = Atascado
class-ago = hace { $time }
class-not-yet = todavía no
class-stuck-legend = ! atascado: { $attempts } comprobaciones o más sin superarlo
class-help-stuck = Un estudiante se ha atascado en un ejercicio tras { $attempts } comprobaciones sin superarlo: su fila lleva ! y quien lleva más tiempo atascado aparece primero. «Atascado» cuenta desde su primera comprobación del ejercicio en el que está ahora.
class-detail-nothing = { $who } todavía no ha comprobado nada.
class-detail-attempt = Última comprobación, hace { $time }: { $score } de { $max }, { $passed ->
        [yes] superada
       *[no] no superada
    }.
class-detail-failing = La primera prueba que no pasó:
class-detail-all-passed = Todas las pruebas pasaron.
key-class-code = Su código
key-refresh = Actualizar
key-class-choose = Elegir estudiante
