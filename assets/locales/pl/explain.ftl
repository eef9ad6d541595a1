# Przyjazne wyjaśnienia błędów Pythona, po polsku.
# Trzy części: -what (co się stało), -why (prawdopodobna przyczyna), -try (jedna rzecz do sprawdzenia).
# Kod zostaje w Pythonie (print, int(), ==).

## Układ wyjaśnienia.

explain-label-line = Wiersz { $line }:
explain-label-why = Dlaczego: { $text }
explain-label-try = Spróbuj: { $text }
explain-label-original = Komunikat Pythona: { $text }

## Typy Pythona prostymi słowami.

explain-type-int = liczba całkowita (int)
explain-type-float = liczba dziesiętna (float)
explain-type-str = tekst (str)
explain-type-list = lista (list)
explain-type-dict = słownik (dict)
explain-type-tuple = krotka (tuple)
explain-type-set = zbiór (set)
explain-type-bool = True lub False (bool)
explain-type-NoneType = None (brak wartości)
explain-type-function = funkcja
explain-type-builtin_function_or_method = funkcja wbudowana
explain-type-method = metoda
explain-type-module = moduł
explain-type-range = range
explain-type-other = wartość typu { $name }

## Nazwy.

explain-name-typo-what = Python nie zna nazwy { $name }.
explain-name-typo-why = To wygląda na literówkę: czy chodziło ci o { $suggestion }?
explain-name-typo-try = Zmień { $name } na { $suggestion }. Wielkość liter też ma znaczenie.

explain-name-quotes-what = Python nie zna nazwy { $name }.
explain-name-quotes-why = Czy chodziło ci o tekst "{ $name }"? Bez cudzysłowu Python szuka zmiennej o nazwie { $name }, a takiej nie ma.
explain-name-quotes-try = Jeśli chodziło ci o słowo, weź je w cudzysłów: "{ $name }". Jeśli o zmienną, nadaj jej wartość za pomocą = w wierszu powyżej.

explain-name-unknown-what = Python nie zna nazwy { $name }.
explain-name-unknown-why = Nazwa musi dostać wartość (przez =, def albo import), zanim zostanie użyta, i za każdym razem musi być zapisana tak samo.
explain-name-unknown-try = Sprawdź pisownię { $name } i czy któryś wiersz powyżej nadaje jej wartość.

explain-unbound-local-what = Funkcja używa zmiennej { $name }, zanim ta dostanie wartość wewnątrz funkcji.
explain-unbound-local-why = Funkcja nadaje { $name } nową wartość przez =, więc Python traktuje { $name } jako własną zmienną funkcji, oddzielną od tej na zewnątrz.
explain-unbound-local-try = Przekaż { $name } do funkcji jako parametr i zwróć nową wartość przez return. Albo napisz global { $name } w pierwszym wierszu wewnątrz funkcji.

## Składnia: Python nie mógł odczytać programu, więc nic się nie uruchomiło.

explain-missing-colon-what = Na końcu wiersza brakuje dwukropka (:).
explain-missing-colon-why = Wiersze zaczynające się od if, elif, else, for, while, def lub class muszą kończyć się dwukropkiem.
explain-missing-colon-try = Dopisz : na końcu wiersza { $line }.

explain-unclosed-quote-what = Jakiś tekst ma cudzysłów otwierający, ale nie ma zamykającego.
explain-unclosed-quote-why = Tekst musi zaczynać się i kończyć tym samym rodzajem cudzysłowu (" lub ') w tym samym wierszu.
explain-unclosed-quote-try = Dopisz brakujący cudzysłów na końcu tekstu.

explain-unclosed-triple-quote-what = Jakiś tekst zaczyna się od trzech cudzysłowów, ale nigdy się nie kończy.
explain-unclosed-triple-quote-why = Tekst zaczynający się od """ lub ''' trwa, dopóki te same trzy cudzysłowy nie pojawią się znowu.
explain-unclosed-triple-quote-try = Dopisz trzy zamykające cudzysłowy tam, gdzie tekst ma się kończyć.

explain-unclosed-bracket-what = Nawias { $bracket } jest otwarty, ale nigdy nie zostaje zamknięty.
explain-unclosed-bracket-why = Każdy nawias otwierający potrzebuje pasującego nawiasu zamykającego.
explain-unclosed-bracket-try = Dopisz { $closing } tam, gdzie nawias ma się kończyć. Policz nawiasy w wierszu { $line }.

explain-unmatched-bracket-what = Jest tu nawias zamykający { $bracket }, przed którym nie ma nawiasu otwierającego.
explain-unmatched-bracket-why = Nawiasy występują parami. Ten może być o jeden za dużo albo brakuje jego nawiasu otwierającego.
explain-unmatched-bracket-try = Policz nawiasy otwierające i zamykające w wierszu i usuń ten nadmiarowy.

explain-mismatched-bracket-what = Nawias { $bracket } zamyka inny rodzaj nawiasu: { $opening }.
explain-mismatched-bracket-why = Nawias trzeba zamknąć nawiasem tego samego rodzaju: ( przez ), [ przez ], a {"{"} przez {"}"}.
explain-mismatched-bracket-try = Sprawdź, który nawias powinien się tu zamykać, i popraw go.

explain-equals-in-condition-what = W tym wierszu jest =, a prawdopodobnie miało być ==.
explain-equals-in-condition-why = Jedno = zapisuje wartość w zmiennej. Do porównania dwóch wartości Python używa == (dwa znaki równości).
explain-equals-in-condition-try = Zmień = na == w wierszu { $line }.

explain-python2-print-what = print potrzebuje okrągłych nawiasów wokół tego, co ma pokazać.
explain-python2-print-why = Tak pisało się print w Pythonie 2, starej wersji. W Pythonie 3 print jest funkcją, więc potrzebuje nawiasów.
explain-python2-print-try = Weź w nawiasy to, co chcesz wypisać, na przykład: print("Cześć").

explain-else-without-if-what = Python znalazł else lub elif, które nie należy do żadnego if.
explain-else-without-if-why = else i elif muszą stać zaraz po wierszach if i zaczynać się dokładnie w tym samym miejscu co if.
explain-else-without-if-try = Sprawdź, czy else lub elif zaczyna się w tym samym miejscu co jego if i czy if powyżej kończy się dwukropkiem.

explain-indent-expected-what = Wiersz { $line } powinien być wcięty (przesunięty w prawo).
explain-indent-expected-why = Po wierszu zakończonym dwukropkiem wiersze, które do niego należą, muszą zaczynać się od kilku spacji.
explain-indent-expected-try = Wstaw 4 spacje na początku wiersza { $line }.

explain-indent-unexpected-what = Wiersz { $line } zaczyna się od spacji, których nie powinien mieć.
explain-indent-unexpected-why = Wcina się tylko wiersze należące do if, pętli albo funkcji.
explain-indent-unexpected-try = Usuń spacje z początku wiersza { $line } albo sprawdź, czy wiersz powyżej nie potrzebuje dwukropka.

explain-indent-mismatch-what = Wiersz { $line } ma inne wcięcie niż wiersze wokół niego.
explain-indent-mismatch-why = Wiersze, które należą do siebie, muszą zaczynać się dokładnie w tym samym miejscu.
explain-indent-mismatch-try = Wyrównaj początek wiersza { $line } do wierszy, do których należy. Używaj 4 spacji na każdy poziom.

explain-tabs-and-spaces-what = Wiersz { $line } miesza na początku tabulatory i spacje.
explain-tabs-and-spaces-why = Tabulatory i spacje mogą wyglądać tak samo, ale Python liczy je inaczej.
explain-tabs-and-spaces-try = Usuń odstęp z początku wiersza i wstaw 4 spacje (nie klawisz Tab) na każdy poziom.

explain-indent-other-what = Odstęp na początku wiersza { $line } nie pasuje do wierszy wokół niego.
explain-indent-other-why = Python patrzy na odstępy na początku wierszy, żeby wiedzieć, które wiersze należą do siebie.
explain-indent-other-try = Wyrównaj wiersz { $line } do wierszy, do których należy. Używaj 4 spacji na każdy poziom.

explain-syntax-other-what = Python nie zrozumiał wiersza { $line }.
explain-syntax-other-why = Coś w pobliżu miejsca wskazanego wyżej nie jest zapisane tak, jak Python oczekuje. Często brakuje nawiasu, cudzysłowu, przecinka lub dwukropka, czasem w wierszu wyżej.
explain-syntax-other-try = Przyjrzyj się miejscu wskazanemu wyżej i końcowi wiersza powyżej.

## Typy: wartość niewłaściwego rodzaju.

explain-join-text-and-other-what = Python nie potrafi połączyć za pomocą + tekstu z takim rodzajem wartości: { $other_type_words }.
explain-join-text-and-other-why = + łączy tekst z tekstem, a liczba nie jest tekstem, nawet jeśli po wypisaniu tak wygląda.
explain-join-text-and-other-try = Zamień liczbę na tekst przez str(), na przykład "Wiek: " + str(wiek). Albo użyj f-stringa: f"Wiek: {"{"}wiek{"}"}".

explain-add-number-and-text-what = Python nie potrafi dodać za pomocą + tekstu do takiego rodzaju wartości: { $left_type_words }.
explain-add-number-and-text-why = Tekst, który wygląda jak liczba, na przykład "12" albo odpowiedź z input(), nadal jest tekstem.
explain-add-number-and-text-try = Najpierw zamień tekst na liczbę: int() dla liczb całkowitych, float() dla dziesiętnych, na przykład int(odpowiedz).

explain-operator-types-what = Python nie potrafi użyć { $operator } z tymi dwoma rodzajami wartości: { $left_type_words } i { $right_type_words }.
explain-operator-types-why = Każdy operator działa tylko z niektórymi rodzajami wartości. Może któraś wartość jest inna, niż się spodziewasz, na przykład tekst z input() zamiast liczby.
explain-operator-types-try = Wypisz wartości tuż przed wierszem { $line }, żeby zobaczyć, co zawierają, a potem zamień je na właściwy rodzaj przez int(), float() lub str().

explain-multiply-text-what = Python nie potrafi pomnożyć tekstu przez taki rodzaj wartości: { $other_type_words }.
explain-multiply-text-why = Tekst można powtórzyć tylko całkowitą liczbę razy, na przykład "ha" * 3. Tekst z input() nadal jest tekstem, nawet gdy wygląda jak liczba.
explain-multiply-text-try = Najpierw zamień tekst na liczbę przez int() lub float().

explain-too-many-arguments-what = Funkcja { $function } dostała { $given } { $given ->
        [one] wartość
        [few] wartości
       *[other] wartości
    }, a przyjmuje { $expected }.
explain-too-many-arguments-why = Funkcja przyjmuje tyle wartości, ile nazw jest w nawiasach w jej wierszu def.
explain-too-many-arguments-try = Sprawdź nawiasy w miejscu, gdzie używasz { $function }: { $expected ->
        [0] zostaw je puste.
        [one] podaj tylko jedną wartość.
       *[other] podaj { $expected } wartości, oddzielone przecinkami.
    }

explain-missing-arguments-what = Funkcja { $function } potrzebuje jeszcze { $count ->
        [one] jednej wartości
       *[other] { $count } wartości
    }: { $names }.
explain-missing-arguments-why = Każda nazwa w nawiasach wiersza def potrzebuje wartości, gdy funkcja jest używana.
explain-missing-arguments-try = { $count ->
        [one] Dopisz brakującą wartość w nawiasach tam, gdzie używasz { $function }.
       *[other] Dopisz brakujące wartości w nawiasach tam, gdzie używasz { $function }, oddzielając je przecinkami.
    }

explain-wrong-number-of-arguments-what = { $function }() dostała { $given } { $given ->
        [one] wartość
       *[other] wartości
    }, a potrzebuje { $expected }.
explain-wrong-number-of-arguments-why = Każda funkcja potrzebuje określonej liczby wartości w nawiasach.
explain-wrong-number-of-arguments-try = Sprawdź, co wpisujesz w nawiasy { $function }() i ile wartości jest potrzebnych.

explain-call-a-value-what = Python próbował użyć wartości jak funkcji: zaraz po tej wartości są nawiasy: { $value_type_words }.
explain-call-a-value-why = Nawiasy po czymś oznaczają „uruchom tę funkcję”. Może brakuje przecinka albo operatora, na przykład *.
explain-call-a-value-try = Żeby mnożyć, pisz *, na przykład 5 * 3. Żeby wymienić kilka wartości, oddziel je przecinkami.

explain-builtin-replaced-what = { $callee } nie jest już funkcją: przechowuje taką wartość: { $value_type_words }.
explain-builtin-replaced-why = Któryś wiersz powyżej nadaje { $callee } wartość przez =, a to zastępuje wbudowane { $callee } Pythona.
explain-builtin-replaced-try = Znajdź wiersz z { $callee } = i wybierz dla tej zmiennej inną nazwę.

explain-not-a-function-what = { $callee } nie jest funkcją: przechowuje taką wartość: { $value_type_words }.
explain-not-a-function-why = Nawiasy po nazwie oznaczają „uruchom tę funkcję”, ale { $callee } przechowuje wartość, a nie funkcję.
explain-not-a-function-try = Usuń nawiasy po { $callee } albo sprawdź, czy to na pewno nazwa funkcji, o którą ci chodziło.

explain-not-a-function-unnamed-what = Python próbował użyć jako funkcji takiej wartości: { $value_type_words }.
explain-not-a-function-unnamed-why = Nawiasy po czymś oznaczają „uruchom tę funkcję”, ale to jest wartość, a nie funkcja.
explain-not-a-function-unnamed-try = Sprawdź nawiasy w wierszu { $line }. Może brakuje przecinka albo operatora, na przykład *.

explain-no-length-what = len() nie potrafi zmierzyć takiej wartości: { $value_type_words }.
explain-no-length-why = len() liczy elementy tekstu, listy albo słownika. Liczba nie ma długości.
explain-no-length-try = Żeby policzyć cyfry liczby, najpierw zamień ją na tekst: len(str(liczba)).

explain-not-subscriptable-what = Nawiasów kwadratowych nie można użyć z taką wartością: { $value_type_words }.
explain-not-subscriptable-why = Nawiasy kwadratowe wybierają jeden element z tekstu, listy albo słownika. Ta wartość nie ma elementów.
explain-not-subscriptable-try = Sprawdź zmienną przed nawiasami kwadratowymi: czy zawiera to, czego się spodziewasz? Żeby uruchomić funkcję, użyj nawiasów okrągłych.

explain-not-iterable-what = Pętla nie może przejść przez taką wartość: { $value_type_words }.
explain-not-iterable-why = Pętla for przechodzi przez elementy tekstu, listy albo range(). Pojedyncza liczba nie ma elementów.
explain-not-iterable-try = Żeby powtórzyć coś kilka razy, użyj range(): for i in range(liczba):

explain-needs-whole-number-what = Python potrzebował tu liczby całkowitej, a dostał taką wartość: { $value_type_words }.
explain-needs-whole-number-why = range() czy powtarzanie tekstu potrzebują liczby całkowitej. Tekst z input() nadal jest tekstem, a 2.5 nie jest liczbą całkowitą.
explain-needs-whole-number-try = Najpierw zamień wartość na liczbę całkowitą przez int().

explain-compare-types-what = Python nie potrafi porównać przez { $operator } tych dwóch wartości: { $left_type_words } i { $right_type_words }.
explain-compare-types-why = Python umie powiedzieć, która wartość jest większa, tylko gdy obie są tego samego rodzaju, na przykład dwie liczby. Tekst z input() nadal jest tekstem.
explain-compare-types-try = Przed porównaniem zamień tekst na liczbę przez int() lub float().

## Wartości.

explain-int-from-text-what = int() nie potrafi zamienić tekstu { $value } na liczbę całkowitą.
explain-int-from-text-why = int() rozumie tylko liczby całkowite zapisane cyframi, na przykład "12". Słowa, spacje, kropki i przecinki go zatrzymują.
explain-int-from-text-try = Sprawdź, co twój program przekazał do int(). Dla liczby z częścią dziesiętną użyj float().

explain-float-from-text-what = float() nie potrafi zamienić tekstu { $value } na liczbę.
explain-float-from-text-why = float() rozumie liczby zapisane cyframi, z kropką jako separatorem dziesiętnym, na przykład "3.5". Słowa i przecinek zamiast kropki go zatrzymują.
explain-float-from-text-try = Sprawdź, co twój program przekazał do float(). Pisz ułamki z kropką: 3.5, a nie 3,5.

explain-unpack-count-what = Liczba nazw po lewej stronie = nie zgadza się z liczbą wartości po prawej.
explain-unpack-count-why = Gdy = nadaje wartości kilku nazwom naraz, na każdą nazwę musi przypadać dokładnie jedna wartość.
explain-unpack-count-try = Policz nazwy i wartości w wierszu { $line } i wyrównaj ich liczbę.

explain-index-empty-list-what = Twój program poprosił o pierwszy element listy, ale lista jest pusta.
explain-index-empty-list-why = Pusta lista, [], nie ma żadnych elementów, nawet na pozycji 0.
explain-index-empty-list-try = Sprawdź, czy przed tym wierszem coś trafia do listy, albo najpierw sprawdź: if len(elementy) > 0:

explain-index-list-what = Twój program poprosił o element z pozycji, której lista nie ma.
explain-index-list-why = Pozycje w liście liczy się od 0, więc lista 3 elementów ma pozycje 0, 1 i 2. Pozycja 3 jest o jedną za daleko.
explain-index-list-try = Sprawdź liczbę w nawiasach kwadratowych. Ostatni element jest na pozycji len(elementy) - 1, albo po prostu [-1].

explain-index-string-what = Twój program poprosił o literę z pozycji, której tekst nie ma.
explain-index-string-why = Pozycje w tekście liczy się od 0, więc "kot" ma pozycje 0, 1 i 2. Pozycja 3 jest o jedną za daleko.
explain-index-string-try = Sprawdź liczbę w nawiasach kwadratowych. Ostatnia litera jest na pozycji len(tekst) - 1, albo po prostu [-1].

explain-pop-empty-what = Twój program próbował wyjąć element z pustej listy.
explain-pop-empty-why = .pop() wyjmuje ostatni element listy, ale w tej liście nie został już żaden element.
explain-pop-empty-try = Najpierw sprawdź, czy lista nie jest pusta: if len(elementy) > 0:

explain-index-other-what = Twój program poprosił o element z pozycji, która nie istnieje.
explain-index-other-why = Pozycje liczy się od 0, więc ostatnia pozycja jest o jeden mniejsza niż liczba elementów.
explain-index-other-try = Sprawdź liczbę w nawiasach kwadratowych w wierszu { $line }.

explain-key-missing-what = W słowniku nie ma klucza { $key }.
explain-key-missing-why = Słownik ma tylko te klucze, które zostały do niego wstawione. Klucze muszą się zgadzać dokładnie, z tymi samymi wielkimi literami i spacjami.
explain-key-missing-try = Sprawdź pisownię { $key }. Żeby dostać None zamiast błędu, gdy klucza brakuje, użyj .get({ $key }).

explain-divide-by-zero-what = Twój program próbował dzielić przez zero.
explain-divide-by-zero-why = Przez zero nie da się dzielić, więc Python się zatrzymuje. Liczba po /, // lub % w wierszu { $line } była równa 0.
explain-divide-by-zero-try = Sprawdź, skąd ta liczba bierze wartość. Jeśli może być 0, przed dzieleniem sprawdź to przez if.

## Atrybuty: to, co stoi po kropce.

explain-list-method-on-text-what = Tekst nie ma .{ $attribute }(): mają je tylko listy.
explain-list-method-on-text-why = Zmienna przed kropką zawiera tekst (str), a nie listę.
explain-list-method-on-text-try = Żeby dopisać coś na końcu tekstu, użyj +, na przykład slowo = slowo + "!". Jeśli chodziło ci o listę, utwórz ją nawiasami kwadratowymi: slowa = ["cześć"].

explain-attribute-typo-what = Ta wartość to { $value_type_words } i nie ma niczego o nazwie .{ $attribute }.
explain-attribute-typo-why = To wygląda na literówkę: czy chodziło ci o .{ $suggestion }?
explain-attribute-typo-try = Zmień .{ $attribute } na .{ $suggestion }.

explain-module-attribute-typo-what = Moduł { $module } nie ma niczego o nazwie { $attribute }.
explain-module-attribute-typo-why = To wygląda na literówkę: czy chodziło ci o { $module }.{ $suggestion }?
explain-module-attribute-typo-try = Zmień { $attribute } na { $suggestion }.

explain-attribute-of-none-what = Twój program użył .{ $attribute } na None, czyli na „braku wartości”.
explain-attribute-of-none-why = Jakaś zmienna zawiera None, często dlatego, że dostała wartość od czegoś, co niczego nie zwraca, na przykład print() albo list.sort().
explain-attribute-of-none-try = Sprawdź, skąd zmienna przed kropką bierze wartość. Na przykład pisz elementy.sort() w osobnym wierszu, a nie elementy = elementy.sort().

explain-module-attribute-what = Moduł { $module } nie ma niczego o nazwie { $attribute }.
explain-module-attribute-why = Każdy moduł ma własny zestaw nazw i tej nazwy wśród nich nie ma.
explain-module-attribute-try = Sprawdź pisownię { $attribute } i czy na pewno należy do { $module }.

explain-attribute-missing-what = Ta wartość to { $value_type_words } i nie ma niczego o nazwie .{ $attribute }.
explain-attribute-missing-why = Każdy rodzaj wartości ma własne metody, a .{ $attribute } nie jest jedną z nich dla tego rodzaju.
explain-attribute-missing-try = Sprawdź pisownię i to, co zawiera zmienna przed kropką w tym miejscu.

## Działanie programu.

explain-recursion-what = Funkcja wywoływała samą siebie bez końca.
explain-recursion-why = Funkcja, która wywołuje samą siebie, potrzebuje miejsca, w którym się zatrzyma, na przykład if n == 0: return. Python zatrzymał ją po około 1000 wywołaniach.
explain-recursion-try = Sprawdź if, który ma ją zatrzymać, i czy każde wywołanie jest bliżej zatrzymania.

explain-input-test-ran-out-what = Twój program poprosił o więcej danych, niż daje ten test.
explain-input-test-ran-out-why = Każde input() czyta jeden wiersz. Ten test podaje mniej wierszy, niż twój program próbuje przeczytać.
explain-input-test-ran-out-try = Przeczytaj jeszcze raz zadanie, żeby zobaczyć, ile odpowiedzi podaje, i policz wywołania input(). Czy jakieś input() jest w pętli?

explain-input-ended-what = Twój program poprosił o dane, ale nie było już nic do przeczytania.
explain-input-ended-why = input() czyta jeden wiersz. Dane skończyły się, zanim program przestał pytać, na przykład dlatego, że skończył się plik z odpowiedziami.
explain-input-ended-try = Uruchom program jeszcze raz, wpisz odpowiedź i naciśnij Enter.

explain-no-module-what = Python w Slate nie ma modułu o nazwie { $module }.
explain-no-module-why = Nazwa może zawierać literówkę albo moduł nie należy do Pythona w Slate, który nie może instalować dodatkowych modułów.
explain-no-module-try = Sprawdź pisownię { $module }. Moduły takie jak math, random i time są dostępne.

explain-internal-what = Python nieoczekiwanie się zatrzymał. To problem w Slate, a nie w twoim programie.
explain-internal-why = Coś poszło nie tak wewnątrz Pythona w Slate.
explain-internal-try = Uruchom program jeszcze raz. Jeśli to się powtarza, powiedz o tym nauczycielowi.

explain-unknown-what = Twój program zatrzymał się z błędem: { $type }.
explain-unknown-why = Slate nie ma jeszcze prostego wyjaśnienia tego błędu. Poniżej jest komunikat samego Pythona.
explain-unknown-try = Przeczytaj komunikat Pythona, spójrz na wiersz { $line } i poproś o podpowiedź, jeśli utkniesz.

## Limity: Slate zatrzymał program.

explain-limit-time-what = Twój program został zatrzymany: nadal działał po { $seconds } { $seconds ->
        [one] sekundzie
       *[other] sekundach
    }.
explain-limit-time-why = Czy jest tu pętla, która nigdy się nie kończy? Pętla while działa, dopóki jej warunek nie stanie się False.
explain-limit-time-try = Sprawdź, czy coś wewnątrz pętli się zmienia, tak żeby pętla mogła się zakończyć.

explain-limit-memory-what = Twój program został zatrzymany: użył więcej niż { $megabytes } MB pamięci.
explain-limit-memory-why = Czy jakaś lista albo tekst rośnie bez końca, na przykład w pętli, która się nie kończy?
explain-limit-memory-try = Sprawdź pętle, które dopisują coś do listy lub tekstu, i czy każda z nich może się zakończyć.

explain-limit-output-what = Twój program został zatrzymany: wypisał więcej niż { $kilobytes } KB.
explain-limit-output-why = Czy print jest w pętli, która nigdy się nie kończy?
explain-limit-output-try = Sprawdź, czy pętla wokół print może się zakończyć.

# issue 13: feedback

explain-label-spot = Wiersz { $line }, kolumna { $column }, przy "{ $near }":
explain-label-column = Wiersz { $line }, kolumna { $column }:
explain-label-spot-end = Wiersz { $line }, na końcu wiersza:
explain-line-unknown = (Python nie podał, który)

# issue 13: slow programs
explain-limit-time-printing-what = Twój program został zatrzymany po { $seconds } s, gdy wciąż coś wypisywał.
explain-limit-time-printing-why = Do tego czasu wypisał wierszy: { $lines }. Może wcale się nie zawiesił: może po prostu działa wolno albo wypisuje więcej, niż trzeba. Wypisywanie wielu wierszy zajmuje czas.
explain-limit-time-printing-try = Sprawdź, ile razy wykonuje się twoja pętla i co wypisuje. Wypisuj tylko to, o co prosi zadanie.
explain-limit-output-printing-what = Twój program został zatrzymany: wypisał więcej niż { $kilobytes } KB.
explain-limit-output-printing-why = Zanim go zatrzymano, wypisał wierszy: { $lines }. Może po prostu wypisuje za dużo, albo print jest w pętli, która nigdy się nie kończy.
explain-limit-output-printing-try = Sprawdź, ile razy wykonuje się pętla wokół print i czy może się zakończyć.

# issue 16: explanations that are right
explain-keyword-as-name-what = "{ $word }" to jedno z własnych słów Pythona, więc nie może być nazwą zmiennej.
explain-keyword-as-name-why = Python zachowuje kilka słów dla siebie, na przykład class, def, for i if: zawsze znaczą to samo, więc nie mogą przechowywać twoich wartości.
explain-keyword-as-name-try = Wybierz inną nazwę w wierszu { $line }, na przykład { $word }_name albo my_{ $word }, i używaj jej wszędzie.
explain-else-if-what = Python nie rozumie "else if" w wierszu { $line }.
explain-else-if-why = W Pythonie "else if" pisze się jako jedno słowo: elif.
explain-else-if-try = Napisz elif zamiast else if, na przykład: elif x > 2:
explain-return-outside-what = return można użyć tylko wewnątrz funkcji.
explain-return-outside-why = return oddaje wynik funkcji, więc musi być wewnątrz def. Wiersz { $line } nie jest wewnątrz żadnej: sprawdź jego wcięcie.
explain-return-outside-try = Przesuń wiersz pod jego def albo użyj print, żeby pokazać wartość.
explain-sign-order-what = Python zapisuje ten znak jako { $right }, a nie { $wrong }.
explain-sign-order-why = W Pythonie najpierw jest < albo >, a potem =.
explain-sign-order-try = Zmień { $wrong } na { $right } w wierszu { $line }.
explain-words-without-quotes-what = Python czyta słowa w wierszu { $line } jako nazwy, a nie jako tekst.
explain-words-without-quotes-why = Słowa do pokazania na ekranie muszą być w cudzysłowie, inaczej Python szuka zmiennych o takich nazwach.
explain-words-without-quotes-try = Weź słowa w cudzysłów, tak: print("Hello world")
explain-none-value-what = Jedna z wartości w wierszu { $line } to None: brak wartości.
explain-none-value-why = Funkcja bez wiersza return oddaje None. Może twoja funkcja oblicza odpowiedź, ale jej nie oddaje.
explain-none-value-try = Dodaj return z odpowiedzią na końcu tej funkcji, na przykład: return total
explain-str-unchangeable-what = Tekstu nie da się zmieniać po jednej literze.
explain-str-unchangeable-why = W Pythonie napis zawsze zostaje taki, jaki powstał, więc word[0] = "b" jest niedozwolone.
explain-str-unchangeable-try = Utwórz nowy napis, na przykład: word = "b" + word[1:]
explain-not-in-list-what = Lista nie zawiera { $value }.
explain-not-in-list-why = remove() i index() działają tylko z elementem, który jest na liście. Wielkie litery i spacje też muszą się zgadzać.
explain-not-in-list-try = Wypisz listę, żeby zobaczyć, co zawiera, albo najpierw sprawdź: if { $value } in my_list:
explain-no-files-what = Twój program próbował otworzyć plik "{ $file }".
explain-no-files-why = Programy działają tu w bezpiecznym pudełku bez plików, więc nie mogą czytać ani zapisywać plików na tym komputerze.
explain-no-files-try = Umieść dane w programie, na przykład na liście albo w napisie.
explain-missing-in-sandbox-what = { $module }.{ $name } jest częścią Pythona, ale nie Pythona wewnątrz Slate.
explain-missing-in-sandbox-why = Pisownia jest dobra. Python w Slate działa w bezpiecznym pudełku, więc pomija części, które działają na samym komputerze, na przykład uruchamianie innych programów, czyszczenie ekranu albo ustawianie zegara.
explain-missing-in-sandbox-try = Usuń tę linię: Slate sam pokazuje, co wypisuje twój program. Zapytaj nauczyciela, jeśli ćwiczenie tego wymaga.

# issue 16: an IndexError with the real length of the list or text and the position asked for
explain-index-list-known-what = { $length ->
    [0] Twój program poprosił o element z pozycji { $index }, ale lista jest pusta.
    [one] Twój program poprosił o element z pozycji { $index }, ale lista ma tylko 1 element.
    [few] Twój program poprosił o element z pozycji { $index }, ale lista ma tylko { $length } elementy.
   *[other] Twój program poprosił o element z pozycji { $index }, ale lista ma tylko { $length } elementów.
}
explain-index-list-known-why = { $counted_from ->
    [end] { $length ->
        [0] Pusta lista nie ma elementów, więc nie ma od czego liczyć wstecz.
       *[other] Ujemne pozycje liczy się od końca: -1 to ostatni element, a -{ $length } to pierwszy. Pozycja { $index } jest za daleko wstecz.
    }
   *[start] { $length ->
        [0] Pusta lista nie ma żadnych pozycji, więc nawet pozycja 0 jest za daleko.
        [one] Pozycje w liście liczy się od 0, więc lista z 1 elementem ma tylko pozycję 0.
       *[other] Pozycje w liście liczy się od 0, więc ta lista ma pozycje od 0 do { $last }.
    }
}
explain-index-list-known-try = Sprawdź liczbę w nawiasach kwadratowych albo czy lista ma elementy, których się spodziewasz. Ostatni element jest na pozycji len(elementy) - 1, albo po prostu [-1].
explain-index-string-known-what = { $length ->
    [0] Twój program poprosił o literę z pozycji { $index }, ale tekst jest pusty.
    [one] Twój program poprosił o literę z pozycji { $index }, ale tekst ma tylko 1 literę.
    [few] Twój program poprosił o literę z pozycji { $index }, ale tekst ma tylko { $length } litery.
   *[other] Twój program poprosił o literę z pozycji { $index }, ale tekst ma tylko { $length } liter.
}
explain-index-string-known-why = { $counted_from ->
    [end] { $length ->
        [0] Pusty tekst nie ma liter, więc nie ma od czego liczyć wstecz.
       *[other] Ujemne pozycje liczy się od końca: -1 to ostatnia litera, a -{ $length } to pierwsza. Pozycja { $index } jest za daleko wstecz.
    }
   *[start] { $length ->
        [0] Pusty tekst nie ma żadnych pozycji, więc nawet pozycja 0 jest za daleko.
        [one] Pozycje w tekście liczy się od 0, więc tekst z 1 literą ma tylko pozycję 0.
       *[other] Pozycje w tekście liczy się od 0, więc ten tekst ma pozycje od 0 do { $last }.
    }
}
explain-index-string-known-try = Sprawdź liczbę w nawiasach kwadratowych. Ostatnia litera jest na pozycji len(tekst) - 1, albo po prostu [-1].

# issue 16: a program that starts a thread (Slate's Python has none)
explain-no-threads-what = Twój program próbował uruchomić wątek: drugą część programu działającą w tym samym czasie.
explain-no-threads-why = Programy w Slate wykonują się krok po kroku, więc nie mogą uruchamiać wątków.
explain-no-threads-try = Zamiast tego wywołaj funkcję sam, na przykład greet() zamiast uruchamiać wątek, który wykonuje greet.
