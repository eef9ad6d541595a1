# Explicaciones amables de los errores de Python, en español.
# Tres partes: -what (qué pasó), -why (la causa probable), -try (una cosa que probar).
# El código se queda en Python (print, int(), ==).

## Cómo se presenta una explicación.

explain-label-line = Línea { $line }:
explain-label-why = Por qué: { $text }
explain-label-try = Prueba esto: { $text }
explain-label-original = Mensaje de Python: { $text }

## Los tipos de Python con palabras sencillas.

explain-type-int = un número entero (int)
explain-type-float = un número decimal (float)
explain-type-str = texto (str)
explain-type-list = una lista (list)
explain-type-dict = un diccionario (dict)
explain-type-tuple = una tupla (tuple)
explain-type-set = un conjunto (set)
explain-type-bool = True o False (bool)
explain-type-NoneType = None (ningún valor)
explain-type-function = una función
explain-type-builtin_function_or_method = una función de Python
explain-type-method = un método
explain-type-module = un módulo
explain-type-range = un range
explain-type-other = un valor de tipo { $name }

## Nombres.

explain-name-typo-what = Python no conoce el nombre { $name }.
explain-name-typo-why = Parece un error al escribir: ¿querías decir { $suggestion }?
explain-name-typo-try = Cambia { $name } por { $suggestion }. Las mayúsculas también cuentan.

explain-name-quotes-what = Python no conoce el nombre { $name }.
explain-name-quotes-why = ¿Querías decir el texto "{ $name }"? Sin comillas, Python busca una variable llamada { $name }, y no existe.
explain-name-quotes-try = Si querías la palabra, ponla entre comillas: "{ $name }". Si querías una variable, dale un valor con = en una línea anterior a esta.

explain-name-unknown-what = Python no conoce el nombre { $name }.
explain-name-unknown-why = Un nombre tiene que recibir un valor (con =, def o import) antes de usarse, y escribirse igual cada vez.
explain-name-unknown-try = Revisa cómo está escrito { $name } y que alguna línea anterior a esta le dé un valor.

explain-unbound-local-what = Una función usa la variable { $name } antes de que tenga un valor dentro de la función.
explain-unbound-local-why = La función le da a { $name } un valor nuevo con =, así que Python trata { $name } como una variable propia de la función, distinta de la de fuera.
explain-unbound-local-try = Pasa { $name } a la función como parámetro y devuelve el valor nuevo con return. O escribe global { $name } como primera línea dentro de la función.

## Sintaxis: Python no pudo leer el programa, así que no se ejecutó nada.

explain-missing-colon-what = Faltan los dos puntos (:) al final de una línea.
explain-missing-colon-why = Las líneas que empiezan por if, elif, else, for, while, def o class tienen que terminar con dos puntos.
explain-missing-colon-try = Añade : al final de la línea { $line }.

explain-unclosed-quote-what = Un texto tiene comillas de apertura pero no de cierre.
explain-unclosed-quote-why = Un texto tiene que empezar y terminar con el mismo tipo de comillas (" o ') en la misma línea.
explain-unclosed-quote-try = Añade las comillas que faltan al final del texto.

explain-unclosed-triple-quote-what = Un texto empieza con tres comillas pero nunca termina.
explain-unclosed-triple-quote-why = Un texto que empieza con """ o ''' sigue hasta que vuelven a aparecer las mismas tres comillas.
explain-unclosed-triple-quote-try = Añade las tres comillas de cierre donde debe terminar el texto.

explain-unclosed-bracket-what = Se abre un paréntesis { $bracket } pero nunca se cierra.
explain-unclosed-bracket-why = Cada paréntesis de apertura necesita uno de cierre que le corresponda.
explain-unclosed-bracket-try = Añade { $closing } donde debe terminar. Cuenta los paréntesis de la línea { $line }.

explain-unmatched-bracket-what = Hay un cierre { $bracket } sin ninguna apertura antes.
explain-unmatched-bracket-why = Los paréntesis van en parejas. Puede que sobre este, o que falte su apertura.
explain-unmatched-bracket-try = Cuenta las aperturas y los cierres de la línea, y quita el que sobra.

explain-mismatched-bracket-what = El cierre { $bracket } cierra un tipo distinto de paréntesis: { $opening }.
explain-mismatched-bracket-why = Cada paréntesis se cierra con el mismo tipo: ( con ), [ con ], y {"{"} con {"}"}.
explain-mismatched-bracket-try = Revisa qué paréntesis debe cerrarse aquí, y cámbialo.

explain-equals-in-condition-what = Esta línea usa = donde seguramente querías ==.
explain-equals-in-condition-why = Un solo = guarda un valor en una variable. Para comparar dos valores, Python usa == (dos signos de igual).
explain-equals-in-condition-try = Cambia = por == en la línea { $line }.

explain-python2-print-what = print necesita paréntesis alrededor de lo que muestra.
explain-python2-print-why = Así se escribía print en Python 2, una versión antigua. En Python 3, print es una función, así que necesita paréntesis.
explain-python2-print-try = Pon entre paréntesis lo que quieres mostrar, así: print("Hola").

explain-else-without-if-what = Python encontró un else o un elif que no pertenece a ningún if.
explain-else-without-if-why = else y elif tienen que ir justo después de las líneas de un if, y empezar exactamente a la misma altura que el if.
explain-else-without-if-try = Comprueba que el else o el elif empieza a la misma altura que su if, y que el if de arriba termina con dos puntos.

explain-indent-expected-what = La línea { $line } debería tener sangría (estar más a la derecha).
explain-indent-expected-why = Después de una línea que termina con dos puntos, las líneas que le pertenecen tienen que empezar con algunos espacios.
explain-indent-expected-try = Pon 4 espacios al principio de la línea { $line }.

explain-indent-unexpected-what = La línea { $line } empieza con espacios que no debería tener.
explain-indent-unexpected-why = Solo llevan sangría las líneas que pertenecen a un if, a un bucle o a una función.
explain-indent-unexpected-try = Quita los espacios del principio de la línea { $line }, o comprueba si a la línea de arriba le faltan los dos puntos.

explain-indent-mismatch-what = La línea { $line } tiene una sangría distinta de la de las líneas que la rodean.
explain-indent-mismatch-why = Las líneas que van juntas tienen que empezar exactamente en el mismo sitio.
explain-indent-mismatch-try = Alinea el principio de la línea { $line } con las líneas a las que pertenece. Usa 4 espacios por cada nivel.

explain-tabs-and-spaces-what = La línea { $line } mezcla tabuladores y espacios al principio.
explain-tabs-and-spaces-why = Los tabuladores y los espacios pueden verse igual, pero Python los cuenta de forma distinta.
explain-tabs-and-spaces-try = Borra el espacio del principio de la línea y usa 4 espacios (no la tecla Tab) por cada nivel.

explain-indent-other-what = Los espacios del principio de la línea { $line } no encajan con las líneas que la rodean.
explain-indent-other-why = Python mira los espacios del principio de cada línea para saber qué líneas van juntas.
explain-indent-other-try = Alinea la línea { $line } con las líneas a las que pertenece. Usa 4 espacios por cada nivel.

explain-syntax-other-what = Python no pudo entender la línea { $line }.
explain-syntax-other-why = Algo cerca del punto indicado arriba no está escrito como Python espera. A menudo falta un paréntesis, unas comillas, una coma o dos puntos, a veces en la línea anterior.
explain-syntax-other-try = Mira con atención el punto indicado arriba y el final de la línea de arriba.

## Tipos: un valor de la clase equivocada.

explain-join-text-and-other-what = Python no puede unir con + un texto y este tipo de valor: { $other_type_words }.
explain-join-text-and-other-why = + puede unir texto con texto, pero un número no es texto, aunque al imprimirlo lo parezca.
explain-join-text-and-other-try = Convierte el número en texto con str(), por ejemplo "Edad: " + str(edad). O usa un f-string: f"Edad: {"{"}edad{"}"}".

explain-add-number-and-text-what = Python no puede sumar con + un texto y este tipo de valor: { $left_type_words }.
explain-add-number-and-text-why = Un texto que parece un número, como "12" o la respuesta de input(), sigue siendo texto.
explain-add-number-and-text-try = Primero convierte el texto en número, con int() para enteros o float() para decimales: int(respuesta).

explain-operator-types-what = Python no puede usar { $operator } con estos dos tipos de valor: { $left_type_words } y { $right_type_words }.
explain-operator-types-why = Cada operador solo funciona con algunos tipos de valor. Puede que un valor no sea lo que esperas, por ejemplo texto de input() en lugar de un número.
explain-operator-types-try = Imprime los valores justo antes de la línea { $line } para ver qué contienen, y luego conviértelos al tipo correcto con int(), float() o str().

explain-multiply-text-what = Python no puede multiplicar un texto por este tipo de valor: { $other_type_words }.
explain-multiply-text-why = Un texto solo se puede repetir un número entero de veces, como "ja" * 3. El texto de input() sigue siendo texto, aunque parezca un número.
explain-multiply-text-try = Primero convierte el texto en número, con int() o float().

explain-too-many-arguments-what = La función { $function } recibió { $given } { $given ->
        [one] valor
       *[other] valores
    }, pero acepta { $expected }.
explain-too-many-arguments-why = Una función acepta tantos valores como nombres hay entre los paréntesis de su línea def.
explain-too-many-arguments-try = Revisa los paréntesis donde usas { $function }: { $expected ->
        [0] déjalos vacíos.
        [one] dale un solo valor.
       *[other] dale { $expected } valores, separados por comas.
    }

explain-missing-arguments-what = A la función { $function } le { $count ->
        [one] falta 1 valor
       *[other] faltan { $count } valores
    }: { $names }.
explain-missing-arguments-why = Cada nombre entre los paréntesis de la línea def necesita un valor cuando se usa la función.
explain-missing-arguments-try = { $count ->
        [one] Pon el valor que falta entre los paréntesis donde usas { $function }.
       *[other] Pon los valores que faltan entre los paréntesis donde usas { $function }, separados por comas.
    }

explain-wrong-number-of-arguments-what = { $function }() recibió { $given } { $given ->
        [one] valor
       *[other] valores
    }, pero necesita { $expected }.
explain-wrong-number-of-arguments-why = Cada función necesita un número concreto de valores entre sus paréntesis.
explain-wrong-number-of-arguments-try = Revisa qué va entre los paréntesis de { $function }() y cuántos valores necesita.

explain-call-a-value-what = Python intentó usar un valor como si fuera una función: hay paréntesis justo después de este valor: { $value_type_words }.
explain-call-a-value-why = Los paréntesis después de algo significan «ejecuta esta función». Puede que falte una coma o un operador como *.
explain-call-a-value-try = Para multiplicar, escribe *, como 5 * 3. Para poner varios valores, sepáralos con comas.

explain-builtin-replaced-what = { $callee } ya no es una función: guarda este valor: { $value_type_words }.
explain-builtin-replaced-why = Una línea anterior le da a { $callee } un valor con =, y eso sustituye el { $callee } propio de Python.
explain-builtin-replaced-try = Busca la línea que dice { $callee } = y elige otro nombre para esa variable.

explain-not-a-function-what = { $callee } no es una función: guarda este valor: { $value_type_words }.
explain-not-a-function-why = Los paréntesis después de un nombre significan «ejecuta esta función», pero { $callee } guarda un valor, no una función.
explain-not-a-function-try = Quita los paréntesis después de { $callee }, o comprueba que el nombre es la función que querías.

explain-not-a-function-unnamed-what = Python intentó usar este valor como si fuera una función: { $value_type_words }.
explain-not-a-function-unnamed-why = Los paréntesis después de algo significan «ejecuta esta función», pero esto es un valor, no una función.
explain-not-a-function-unnamed-try = Revisa los paréntesis de la línea { $line }. Puede que falte una coma o un operador como *.

explain-no-length-what = len() no puede medir este tipo de valor: { $value_type_words }.
explain-no-length-why = len() cuenta los elementos de un texto, una lista o un diccionario. Un número no tiene longitud.
explain-no-length-try = Para contar las cifras de un número, conviértelo antes en texto: len(str(numero)).

explain-not-subscriptable-what = No se pueden usar corchetes con este tipo de valor: { $value_type_words }.
explain-not-subscriptable-why = Los corchetes sacan un elemento de un texto, una lista o un diccionario. Este valor no tiene elementos.
explain-not-subscriptable-try = Revisa la variable que va antes de los corchetes: ¿contiene lo que esperas? Para ejecutar una función, usa paréntesis.

explain-not-iterable-what = Un bucle no puede recorrer este tipo de valor: { $value_type_words }.
explain-not-iterable-why = Un bucle for recorre los elementos de un texto, una lista o un range(). Un solo número no tiene elementos.
explain-not-iterable-try = Para repetir algo varias veces, usa range(): for i in range(numero):

explain-needs-whole-number-what = Python necesitaba aquí un número entero, pero recibió esto: { $value_type_words }.
explain-needs-whole-number-why = Cosas como range() o repetir un texto necesitan un número entero. El texto de input() sigue siendo texto, y 2.5 no es entero.
explain-needs-whole-number-try = Primero convierte el valor en número entero con int().

explain-compare-types-what = Python no puede comparar con { $operator } estos dos valores: { $left_type_words } y { $right_type_words }.
explain-compare-types-why = Python solo sabe cuál es mayor cuando los dos valores son del mismo tipo, por ejemplo dos números. El texto de input() sigue siendo texto.
explain-compare-types-try = Convierte el texto en número con int() o float() antes de comparar.

## Valores.

explain-int-from-text-what = int() no pudo convertir el texto { $value } en un número entero.
explain-int-from-text-why = int() solo entiende números enteros escritos con cifras, como "12". Las palabras, los espacios, los puntos y las comas lo detienen.
explain-int-from-text-try = Revisa qué le dio tu programa a int(). Para un número con decimales, usa float().

explain-float-from-text-what = float() no pudo convertir el texto { $value } en un número.
explain-float-from-text-why = float() entiende números escritos con cifras y un punto para los decimales, como "3.5". Las palabras, y la coma decimal, lo detienen.
explain-float-from-text-try = Revisa qué le dio tu programa a float(). Escribe los decimales con punto: 3.5, no 3,5.

explain-unpack-count-what = El número de nombres a la izquierda de = no coincide con el número de valores a la derecha.
explain-unpack-count-why = Cuando = da valores a varios nombres a la vez, tiene que haber exactamente un valor para cada nombre.
explain-unpack-count-try = Cuenta los nombres y los valores de la línea { $line }, y haz que coincidan.

explain-index-empty-list-what = Tu programa pidió el primer elemento de una lista, pero la lista está vacía.
explain-index-empty-list-why = Una lista vacía, [], no tiene ningún elemento, ni siquiera en la posición 0.
explain-index-empty-list-try = Comprueba que algo se añade a la lista antes de esta línea, o compruébalo antes con: if len(elementos) > 0:

explain-index-list-what = Tu programa pidió un elemento en una posición que la lista no tiene.
explain-index-list-why = Las posiciones de una lista empiezan en 0, así que una lista de 3 elementos tiene las posiciones 0, 1 y 2. La posición 3 se pasa por una.
explain-index-list-try = Revisa el número entre corchetes. El último elemento está en len(elementos) - 1, o simplemente [-1].

explain-index-string-what = Tu programa pidió una letra en una posición que el texto no tiene.
explain-index-string-why = Las posiciones de un texto empiezan en 0, así que "sol" tiene las posiciones 0, 1 y 2. La posición 3 se pasa por una.
explain-index-string-try = Revisa el número entre corchetes. La última letra está en len(texto) - 1, o simplemente [-1].

explain-pop-empty-what = Tu programa intentó sacar un elemento de una lista vacía.
explain-pop-empty-why = .pop() saca el último elemento de una lista, pero a esta lista ya no le quedan elementos.
explain-pop-empty-try = Comprueba antes que la lista no está vacía, con: if len(elementos) > 0:

explain-index-other-what = Tu programa pidió un elemento en una posición que no existe.
explain-index-other-why = Las posiciones empiezan en 0, así que la última posición es uno menos que el número de elementos.
explain-index-other-try = Revisa el número entre corchetes de la línea { $line }.

explain-key-missing-what = El diccionario no tiene la clave { $key }.
explain-key-missing-why = Un diccionario solo tiene las claves que se le pusieron. Las claves tienen que coincidir exactamente, con las mismas mayúsculas y espacios.
explain-key-missing-try = Revisa cómo está escrito { $key }. Para obtener None en vez de un error cuando falta una clave, usa .get({ $key }).

explain-divide-by-zero-what = Tu programa intentó dividir entre cero.
explain-divide-by-zero-why = No se puede dividir entre cero, así que Python se detiene. El número después de /, // o % en la línea { $line } era 0.
explain-divide-by-zero-try = Revisa de dónde saca su valor ese número. Si puede ser 0, usa un if para comprobarlo antes de dividir.

## Atributos: lo que va después de un punto.

explain-list-method-on-text-what = El texto no tiene .{ $attribute }(): solo las listas lo tienen.
explain-list-method-on-text-why = La variable que va antes del punto guarda texto (str), no una lista.
explain-list-method-on-text-try = Para añadir algo al final de un texto, usa +, como palabra = palabra + "!". Si querías una lista, créala con corchetes: palabras = ["hola"].

explain-attribute-typo-what = Este valor es { $value_type_words }, y no tiene nada llamado .{ $attribute }.
explain-attribute-typo-why = Parece un error al escribir: ¿querías decir .{ $suggestion }?
explain-attribute-typo-try = Cambia .{ $attribute } por .{ $suggestion }.

explain-module-attribute-typo-what = El módulo { $module } no tiene nada llamado { $attribute }.
explain-module-attribute-typo-why = Parece un error al escribir: ¿querías decir { $module }.{ $suggestion }?
explain-module-attribute-typo-try = Cambia { $attribute } por { $suggestion }.

explain-attribute-of-none-what = Tu programa usó .{ $attribute } sobre None, que significa «ningún valor».
explain-attribute-of-none-why = Una variable guarda None, muchas veces porque recibió su valor de algo que no devuelve nada, como print() o list.sort().
explain-attribute-of-none-try = Revisa de dónde saca su valor la variable que va antes del punto. Por ejemplo, escribe elementos.sort() en su propia línea, no elementos = elementos.sort().

explain-module-attribute-what = El módulo { $module } no tiene nada llamado { $attribute }.
explain-module-attribute-why = Cada módulo tiene su propio conjunto de nombres, y este no es uno de ellos.
explain-module-attribute-try = Revisa cómo está escrito { $attribute } y que pertenece a { $module }.

explain-attribute-missing-what = Este valor es { $value_type_words }, y no tiene nada llamado .{ $attribute }.
explain-attribute-missing-why = Cada tipo de valor tiene sus propios métodos, y .{ $attribute } no es uno de ellos para este tipo.
explain-attribute-missing-try = Revisa cómo está escrito y qué guarda la variable de antes del punto en ese momento.

## Ejecución.

explain-recursion-what = Una función se llamaba a sí misma una y otra vez y nunca paraba.
explain-recursion-why = Una función que se llama a sí misma necesita un punto en el que parar, como if n == 0: return. Python la detuvo después de unas 1000 llamadas.
explain-recursion-try = Revisa el if que debería detenerla, y que cada llamada se acerque más a parar.

explain-input-test-ran-out-what = Tu programa pidió más datos de los que da esta prueba.
explain-input-test-ran-out-why = Cada input() lee una línea. Esta prueba da menos líneas de las que pide tu programa.
explain-input-test-ran-out-try = Vuelve a leer el enunciado para ver cuántas respuestas da, y cuenta las llamadas a input(). ¿Hay algún input() dentro de un bucle?

explain-input-ended-what = Tu programa pidió datos, pero ya no había nada más que leer.
explain-input-ended-why = input() lee una línea. Los datos se acabaron antes de que el programa terminara de preguntar, por ejemplo porque se acabó un archivo de respuestas.
explain-input-ended-try = Vuelve a ejecutar el programa, escribe una respuesta y pulsa Intro.

explain-no-module-what = El Python de Slate no tiene ningún módulo llamado { $module }.
explain-no-module-why = Puede que el nombre esté mal escrito, o que el módulo no forme parte del Python de Slate, que no puede instalar módulos adicionales.
explain-no-module-try = Revisa cómo está escrito { $module }. Módulos como math, random y time sí están.

explain-internal-what = Python se detuvo de forma inesperada. Es un problema de Slate, no de tu programa.
explain-internal-why = Algo salió mal dentro del Python de Slate.
explain-internal-try = Vuelve a ejecutar el programa. Si sigue pasando, avisa a tu profesor o profesora.

explain-unknown-what = Tu programa se detuvo con un error: { $type }.
explain-unknown-why = Slate todavía no tiene una explicación sencilla para este error. Debajo está el mensaje del propio Python.
explain-unknown-try = Lee el mensaje de Python, mira la línea { $line } y pide una pista si te atascas.

## Límites: Slate detuvo el programa.

explain-limit-time-what = Tu programa se detuvo: seguía funcionando después de { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    }.
explain-limit-time-why = ¿Hay algún bucle que nunca termina? Un bucle while sigue hasta que su condición se vuelve False.
explain-limit-time-try = Comprueba que algo cambia dentro del bucle, para que el bucle pueda terminar.

explain-limit-memory-what = Tu programa se detuvo: usó más de { $megabytes } MB de memoria.
explain-limit-memory-why = ¿Hay alguna lista o algún texto que crece sin parar, por ejemplo dentro de un bucle que nunca termina?
explain-limit-memory-try = Revisa los bucles que añaden cosas a una lista o a un texto, y que cada uno pueda terminar.

explain-limit-output-what = Tu programa se detuvo: imprimió más de { $kilobytes } KB.
explain-limit-output-why = ¿Hay algún print dentro de un bucle que nunca termina?
explain-limit-output-try = Comprueba que el bucle que rodea al print puede terminar.

# issue 13: feedback

explain-label-spot = Línea { $line }, columna { $column }, cerca de "{ $near }":
explain-label-column = Línea { $line }, columna { $column }:
explain-label-spot-end = Línea { $line }, al final de la línea:
explain-line-unknown = (Python no dijo cuál)

# issue 13: slow programs
explain-limit-time-printing-what = Slate ha parado tu programa después de { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    }, cuando todavía estaba imprimiendo.
explain-limit-time-printing-why = Hasta entonces había impreso { $lines } { $lines ->
        [one] línea
       *[other] líneas
    }. Puede que no esté atascado: quizá solo es lento, o imprime más de lo necesario. Imprimir muchas líneas lleva tiempo.
explain-limit-time-printing-try = Mira cuántas veces se repite tu bucle y qué imprime. Imprime solo lo que pide el ejercicio.
explain-limit-output-printing-what = Slate ha parado tu programa: imprimió más de { $kilobytes } KB.
explain-limit-output-printing-why = Imprimió { $lines } { $lines ->
        [one] línea
       *[other] líneas
    } antes de pararse. Puede que solo imprima demasiado, o que haya un print dentro de un bucle que nunca termina.
explain-limit-output-printing-try = Mira cuántas veces se repite el bucle que rodea al print, y que pueda terminar.

# issue 16: explanations that are right
explain-keyword-as-name-what = "{ $word }" es una de las palabras propias de Python, así que no puede ser el nombre de una variable.
explain-keyword-as-name-why = Python reserva algunas palabras para sí, como class, def, for e if: siempre significan lo mismo, así que no pueden guardar tus valores.
explain-keyword-as-name-try = Elige otro nombre en la línea { $line }, por ejemplo { $word }_name o my_{ $word }, y úsalo en todas partes.
explain-else-if-what = Python no entiende "else if" en la línea { $line }.
explain-else-if-why = En Python, "else if" se escribe como una sola palabra: elif.
explain-else-if-try = Escribe elif en lugar de else if, por ejemplo: elif x > 2:
explain-return-outside-what = return solo se puede usar dentro de una función.
explain-return-outside-why = return devuelve el resultado de una función, así que debe estar dentro de un def. La línea { $line } no está dentro de uno: mira su sangría.
explain-return-outside-try = Mueve la línea hacia dentro, bajo su def, o usa print para mostrar el valor.
explain-sign-order-what = Python escribe este signo como { $right }, no como { $wrong }.
explain-sign-order-why = En Python va primero el < o el >, y después el =.
explain-sign-order-try = Cambia { $wrong } por { $right } en la línea { $line }.
explain-words-without-quotes-what = Python lee las palabras de la línea { $line } como nombres, no como texto.
explain-words-without-quotes-why = Las palabras que quieres mostrar deben ir entre comillas; si no, Python busca variables con esos nombres.
explain-words-without-quotes-try = Pon comillas alrededor de las palabras, así: print("Hello world")
explain-none-value-what = Uno de los valores de la línea { $line } es None: ningún valor.
explain-none-value-why = Una función sin línea return devuelve None. Quizá una función tuya calcula la respuesta pero no la devuelve.
explain-none-value-try = Añade return y la respuesta al final de esa función, por ejemplo: return total
explain-str-unchangeable-what = El texto no se puede cambiar letra a letra.
explain-str-unchangeable-why = En Python una cadena se queda siempre como se creó, así que word[0] = "b" no está permitido.
explain-str-unchangeable-try = Crea una cadena nueva, por ejemplo: word = "b" + word[1:]
explain-not-in-list-what = La lista no contiene { $value }.
explain-not-in-list-why = remove() e index() solo funcionan con un elemento que está en la lista. Las mayúsculas y los espacios también deben coincidir.
explain-not-in-list-try = Imprime la lista para ver qué contiene, o compruébalo antes con: if { $value } in my_list:
explain-no-files-what = Tu programa intentó abrir el archivo "{ $file }".
explain-no-files-why = Aquí los programas se ejecutan en una caja segura sin archivos, así que no pueden leer ni escribir archivos en este ordenador.
explain-no-files-try = Pon los datos dentro de tu programa, por ejemplo en una lista o en una cadena.
explain-missing-in-sandbox-what = { $module }.{ $name } es parte de Python, pero no del Python que hay dentro de Slate.
explain-missing-in-sandbox-why = Lo has escrito bien. El Python de Slate funciona dentro de una caja segura, así que deja fuera las partes que trabajan con el propio ordenador, como ejecutar otros programas, borrar la pantalla o cambiar el reloj.
explain-missing-in-sandbox-try = Quita esta línea: Slate ya muestra lo que imprime tu programa. Pregunta a tu profesor si el ejercicio lo necesita.

# issue 16: an IndexError with the real length of the list or text and the position asked for
explain-index-list-known-what = { $length ->
    [0] Tu programa pidió el elemento en la posición { $index }, pero la lista está vacía.
    [one] Tu programa pidió el elemento en la posición { $index }, pero la lista solo tiene 1 elemento.
   *[other] Tu programa pidió el elemento en la posición { $index }, pero la lista solo tiene { $length } elementos.
}
explain-index-list-known-why = { $counted_from ->
    [end] { $length ->
        [0] Una lista vacía no tiene elementos, así que no hay nada que contar desde el final.
       *[other] Las posiciones negativas cuentan desde el final: -1 es el último elemento y -{ $length } es el primero. La posición { $index } está demasiado atrás.
    }
   *[start] { $length ->
        [0] Una lista vacía no tiene ninguna posición, así que incluso la posición 0 se pasa.
        [one] Las posiciones de una lista empiezan en 0, así que una lista de 1 elemento solo tiene la posición 0.
       *[other] Las posiciones de una lista empiezan en 0, así que una lista de { $length } elementos tiene las posiciones de 0 a { $last }.
    }
}
explain-index-list-known-try = Revisa el número entre corchetes, o que la lista tenga los elementos que esperas. El último elemento está en len(elementos) - 1, o simplemente [-1].
explain-index-string-known-what = { $length ->
    [0] Tu programa pidió la letra en la posición { $index }, pero el texto está vacío.
    [one] Tu programa pidió la letra en la posición { $index }, pero el texto solo tiene 1 letra.
   *[other] Tu programa pidió la letra en la posición { $index }, pero el texto solo tiene { $length } letras.
}
explain-index-string-known-why = { $counted_from ->
    [end] { $length ->
        [0] Un texto vacío no tiene letras, así que no hay nada que contar desde el final.
       *[other] Las posiciones negativas cuentan desde el final: -1 es la última letra y -{ $length } es la primera. La posición { $index } está demasiado atrás.
    }
   *[start] { $length ->
        [0] Un texto vacío no tiene ninguna posición, así que incluso la posición 0 se pasa.
        [one] Las posiciones de un texto empiezan en 0, así que un texto de 1 letra solo tiene la posición 0.
       *[other] Las posiciones de un texto empiezan en 0, así que un texto de { $length } letras tiene las posiciones de 0 a { $last }.
    }
}
explain-index-string-known-try = Revisa el número entre corchetes. La última letra está en len(texto) - 1, o simplemente [-1].

# issue 16: a program that starts a thread (Slate's Python has none)
explain-no-threads-what = Tu programa intentó empezar un hilo: una segunda parte del programa que funciona al mismo tiempo.
explain-no-threads-why = Los programas en Slate avanzan paso a paso, así que no pueden empezar hilos.
explain-no-threads-try = Llama tú mismo a la función, por ejemplo greet() en lugar de empezar un hilo que ejecute greet.
