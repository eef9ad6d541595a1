# Mensajes de Slate en español. Las mismas claves que en-GB. Ver docs/translating.md.
# Tratamos de «tú» a quien aprende.

language-name = Español

test-count-passed = { $passed } de { $total } { $total ->
        [one] prueba superada
       *[other] pruebas superadas
    }.
