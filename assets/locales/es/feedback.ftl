# Resultados de la corrección, tal como los lee quien aprende. Siempre una palabra además del símbolo.

## Palabras de estado, en una columna junto a ✓ y ✗.

status-passed = superada
status-failed = no superada
status-error = error
status-time-limit = demasiado lenta
status-memory-limit = demasiada memoria
status-output-limit = demasiada salida

## El resumen.

feedback-all-passed = { $total ->
        [one] Has superado la prueba. ¡Muy bien!
       *[other] Has superado las { $total } pruebas. ¡Muy bien!
    }
feedback-score = Puntuación: { $score } de { $max } { $max ->
        [one] punto
       *[other] puntos
    }.
feedback-hidden-failures = Las pruebas no superadas están ocultas. Prueba tu programa con otros datos, o pide una pista.

## Una prueba.

feedback-test-title = Prueba { $number }, { $name }
feedback-test-title-hidden = Prueba { $number } (una prueba oculta)
feedback-test-sentence = Prueba { $number }, { $name }: { $outcome }
feedback-test-sentence-hidden = Prueba { $number } (una prueba oculta): { $outcome }

outcome-passed = superada.
outcome-failed = no superada.
outcome-time-limit = detenida: tu programa seguía funcionando después de { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    }. ¿Hay algún bucle que nunca termina?
outcome-memory-limit = detenida: tu programa usó demasiada memoria. ¿Hay alguna lista o algún texto que crece sin parar?
outcome-output-limit = detenida: tu programa imprimió muchísimo. ¿Hay algún print dentro de un bucle que nunca termina?
outcome-exit-code = no superada: tu programa terminó antes de tiempo con sys.exit({ $code }).
outcome-error = no superada: tu programa se detuvo con un error.
outcome-python-error-line = no superada: tu programa se detuvo en la línea { $line }. { $what }
outcome-python-error = no superada: tu programa se detuvo. { $what }
outcome-missing-function = no superada: tu programa no tiene ninguna función llamada { $name }.
outcome-code-problems = no superada: { $problems }.
outcome-call-gave = no superada: { $call } debería dar { $expected }, y tu función dio { $actual }.
outcome-printed-nothing = no superada: tu programa no imprimió nada. La salida debería ser { $expected }.
outcome-printed = no superada: la salida debería ser { $expected }, pero tu programa imprimió { $actual }.

## Comprobaciones del código.

problem-missing = tu programa debería usar { $what }
problem-forbidden-line = tu programa no debería usar { $what } (lo hace en la línea { $line })
problem-forbidden = tu programa no debería usar { $what }
problem-unknown = esta prueba pide algo que Slate no sabe comprobar ({ $item })

construct-prefix-call = { $name }()
construct-prefix-method = el método .{ $name }()
construct-prefix-function = una función llamada { $name }
construct-prefix-import = el módulo { $name }
construct-prefix-name = el nombre { $name }
construct-for = un bucle for
construct-while = un bucle while
construct-if = una instrucción if
construct-def = una función (def)
construct-return = return
construct-lambda = una lambda
construct-class = una clase (class)
construct-import = import
construct-try = try
construct-with = with
construct-break = break
construct-continue = continue
construct-global = global
construct-f-string = un f-string
construct-list-comprehension = una lista por comprensión
construct-comprehension = una comprensión
construct-list = una lista
construct-dict = un diccionario
construct-augmented-assignment = += (o -=, *=, ...)
construct-assignment = una variable (=)
construct-boolean-operator = and / or
construct-comparison = una comparación
construct-slice = una porción como texto[1:3]

## Detalles de una prueba no superada.

feedback-input-given = Datos de entrada:
feedback-test-called = La prueba llamó a: { $call }
feedback-expected-value = Valor esperado: { $value }
feedback-function-gave = Tu función dio: { $value }
feedback-expected-output = Salida esperada:
feedback-actual-output = Tu programa imprimió:
feedback-nothing = (nada)
feedback-differences = Diferencias (- esperado pero falta, + impreso pero no esperado):
feedback-python-said = Lo que dijo Python:

# issue 13: feedback

feedback-quoted = "{ $text }"
outcome-slip = no superada. { $slip }
outcome-printed-line = no superada: la línea { $line } de la salida debería ser { $expected }, pero tu programa imprimió { $actual }.
outcome-printed-line-missing = no superada: la línea { $line } de la salida debería ser { $expected }, pero tu programa no imprimió nada ahí.
outcome-printed-line-extra = no superada: tu programa imprimió una línea { $line }, { $actual }, que no debería estar.
outcome-printed-nothing-plain = no superada: tu programa no imprimió nada.
outcome-printed-nothing-lines = no superada: tu programa no imprimió nada. La salida debería empezar con { $expected }.
outcome-printed-contains = no superada: la salida debería incluir { $expected }, pero no lo incluye.
outcome-printed-contains-lines = no superada: la salida debería incluir algunas líneas que no tiene.
feedback-expected-contains = La salida debería incluir:
feedback-mode-exact = Esta prueba comprueba la salida exactamente: cada espacio y cada salto de línea.
feedback-mode-ignore-case = En esta prueba no importan las mayúsculas.
feedback-mode-numbers = En esta prueba, los números pueden diferir hasta { $tolerance } de los esperados.

slip-on-line = Mira la línea { $line } de la salida. { $slip }
slip-capital-first = La primera letra debería ser una "{ $letter }" mayúscula.
slip-small-first = La primera letra debería ser una "{ $letter }" minúscula, no mayúscula.
slip-capital-word = "{ $actual }" debería ser "{ $expected }", con "{ $letter }" mayúscula.
slip-small-word = "{ $actual }" debería ser "{ $expected }", con "{ $letter }" minúscula.
slip-capitals = Solo cambian las mayúsculas. Debería ser "{ $expected }".
slip-space-missing = Debería haber un espacio después de { $after }.
slip-space-missing-start = La línea debería empezar con un espacio.
slip-space-extra = No debería haber un espacio después de { $after }.
slip-space-extra-start = No debería haber un espacio al principio de la línea.
slip-space-double = Debería haber un solo espacio después de { $after }.
slip-after-comma = la coma
slip-after-full-stop = el punto
slip-after-colon = los dos puntos
slip-after-text = "{ $text }"
slip-end-missing = Debería haber "{ $mark }" al final.
slip-end-extra = No debería haber "{ $mark }" al final.
slip-line-missing = Falta la línea { $line } de la salida. Debería ser "{ $text }".
slip-blank-line-missing = La línea { $line } de la salida debería estar en blanco.
slip-line-extra = La línea { $line } de la salida, "{ $text }", no debería estar.
slip-blank-line-extra = La línea { $line } de la salida no debería estar en blanco.
slip-order = Están todas las líneas, pero no en el orden correcto. La línea { $line } de la salida debería ser "{ $text }".
slip-brackets = Tu programa imprimió también los corchetes y las comillas. Imprime solo "{ $expected }".
slip-brackets-lines = Tu programa imprimió una lista, con sus corchetes y comillas. Imprime cada elemento en su propia línea.
slip-quotes = Tu programa imprimió comillas alrededor del texto. Imprime solo "{ $expected }".
slip-end-space-extra = No debería haber un espacio al final de la línea { $line } de la salida.
slip-end-space-missing = Debería haber un espacio al final de la línea { $line } de la salida.
slip-invisible = La salida parece correcta, pero esta prueba también comprueba los saltos de línea del final.

problem-missing-call = tu programa nunca llama a { $name }()
problem-missing-method = tu programa nunca usa el método .{ $name }()
problem-missing-function = tu programa no tiene ninguna función llamada { $name }
problem-missing-import = tu programa nunca importa el módulo { $name }
problem-missing-name = tu programa nunca usa el nombre { $name }

# issue 13: slow programs
status-not-run = sin ejecutar
outcome-not-run = no se ejecutó: una prueba anterior se quedó sin tiempo.
outcome-time-limit-printing = detenida después de { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    }, cuando tu programa seguía imprimiendo ({ $lines } { $lines ->
        [one] línea
       *[other] líneas
    } hasta entonces). Puede que solo sea lento o que imprima demasiado.
outcome-output-limit-printing = detenida: tu programa imprimió demasiado ({ $lines } { $lines ->
        [one] línea
       *[other] líneas
    }). Puede que solo imprima demasiado, o que haya un print dentro de un bucle que nunca termina.
feedback-not-run = Una prueba se quedó sin tiempo, así que Slate no ejecutó { $count ->
        [one] la prueba siguiente
       *[other] las { $count } pruebas siguientes
    }.

# issue 14: pack checking

outcome-printed-described = no superada: la salida debería ser { $description }.
outcome-printed-unlike = no superada: la salida no es lo que busca la prueba "{ $name }".
feedback-expected-described = La salida debería ser:
feedback-mode-numbers-relative = En esta prueba, los números pueden diferir hasta { $tolerance } de los esperados, o hasta un { $percent }% de un número grande.
