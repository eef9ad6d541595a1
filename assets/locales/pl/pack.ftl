# Pakiety lekcji: to, co nauczyciele widzą w `slate pack check`, `slate pack new` i
# `slate pack list`. Nazwy pól w `backtickach` są częścią formatu: nie tłumacz ich.

pack-problem-help = pomoc: { $text }

## Rodzaje wartości w pliku TOML.

toml-type-text = tekst
toml-type-integer = liczba całkowita
toml-type-float = liczba dziesiętna
toml-type-boolean = true/false
toml-type-date = data
toml-type-list = lista
toml-type-table = tabela
toml-expect-text = tekstem w cudzysłowie
toml-expect-one-of = jednym z: { $values }
toml-expect-integer = liczbą całkowitą
toml-expect-number = liczbą
toml-expect-text-list = listą tekstów, na przykład ["a", "b"]
toml-expect-table = tabelą
toml-expect-table-list = listą tabel ([[...]])

## Części pakietu.

pack-part-pack = pack.toml
pack-part-lesson = lekcja
pack-part-page = [[page]]
pack-part-exercise = [[exercise]]
pack-part-test = [[exercise.test]]
pack-part-limits = [limits]
pack-part-solutions = [solutions]

## Do czego służą wymagane pola.

pack-field-doc-format = wersja formatu pakietu: zawsze 1.
pack-field-doc-id = identyfikator: małe litery, cyfry i '-'. Nigdy go nie zmieniaj, gdy już był używany.
pack-field-doc-title = kilka słów, które widzą ludzie.
pack-field-doc-lessons = nazwy plików lekcji po kolei, bez .toml.
pack-field-doc-text = tekst (Markdown).
pack-field-doc-name = kilka słów, które widzą uczący się, np. "dodaje liczby ujemne".
pack-field-doc-task = co trzeba zrobić (Markdown), z przykładem danych i wyniku.

## Pola i wartości.

pack-unknown-field = nieznane pole `{ $field }` w: { $what }
pack-did-you-mean-field = czy chodziło ci o `{ $suggestion }`?
pack-fields-allowed = dozwolone pola w { $what } to: { $fields }
pack-missing-field = brak `{ $field }` w: { $what }
pack-add-field = dodaj `{ $field }`: { $doc }
pack-bad-value = `{ $field }` nie może mieć wartości "{ $value }"
pack-did-you-mean-value = czy chodziło ci o "{ $suggestion }"?
pack-use-one-of = użyj jednego z: { $values }
pack-list-item-not-text = każdy element `{ $field }` musi być tekstem w cudzysłowie, a nie: { $found }
pack-wrong-type = `{ $field }` powinno być { $expected }, a nie: { $found }
pack-bad-id = identyfikator { $what ->
        [pack] pakietu
        [lesson] lekcji
        [exercise] zadania
       *[test] testu
    } "{ $id }" jest nieprawidłowy
pack-bad-id-help = używaj małych liter, cyfr i '-', na przykład "{ $example }"
pack-out-of-range = `{ $field }` nie może wynosić { $value }
pack-out-of-range-help = podaj liczbę od { $min } do { $max }
pack-out-of-range-whole-help = podaj liczbę całkowitą od { $min } do { $max }
pack-out-of-range-time-help = podaj liczbę sekund od { $min } do { $max }
pack-out-of-range-memory-help = podaj całkowitą liczbę megabajtów od { $min } do { $max }
pack-out-of-range-output-help = podaj całkowitą liczbę kilobajtów od { $min } do { $max }
pack-out-of-range-format-help = napisz `format = { $max }`
pack-bad-locale = `locale` nie może mieć wartości "{ $value }"
pack-bad-locale-help = podaj znacznik języka, np. "cy", "en-GB" albo "pt-BR"

## Pliki.

pack-not-toml = to nie jest poprawny TOML: { $error }
pack-not-toml-help = sprawdź cudzysłowy, nawiasy i znaki `=` w pobliżu tego miejsca
pack-too-deep = zbyt głębokie zagnieżdżenie: Slate nie może tego odczytać ({ $error })
pack-too-deep-help = pakiet potrzebuje tylko kilku poziomów nawiasów i nazw z kropkami (a.b.c): usuń nadmiarowe
pack-cannot-read = nie można odczytać tego pliku: { $error }
pack-cannot-read-help-missing = sprawdź nazwę pliku i czy plik jest w folderze pakietu
pack-cannot-read-help-not-text = zapisz plik jako tekst UTF-8
pack-read-not-found = plik nie istnieje
pack-read-outside = ścieżka prowadzi poza folder pakietu (ścieżki muszą być względne, bez `..`)
pack-read-too-large = plik jest większy niż 1 MB
pack-read-not-text = plik nie jest tekstem UTF-8
pack-read-folder = to jest folder, a nie plik
pack-read-folder-help = zastąp folder plikiem o tej nazwie albo popraw nazwę
pack-read-special = to nie jest zwykły plik (to urządzenie, potok albo dowiązanie donikąd)
pack-read-special-help = użyj tutaj zwykłego pliku tekstowego
pack-read-too-large-help = podziel go na mniejsze pliki: każdy plik pakietu może mieć najwyżej 1 MB
pack-read-outside-help = trzymaj plik w folderze pakietu: skopiuj go tam zamiast tworzyć dowiązanie
pack-read-io-help = sprawdź, czy plik istnieje i czy masz prawo go odczytać
pack-bundled-origin = wbudowany ({ $dir })

## pack.toml

pack-newer-format = ten pakiet używa formatu { $found }, przeznaczonego dla nowszej wersji Slate (ta wersja czyta format { $known })
pack-newer-format-help = zaktualizuj Slate, żeby używać tego pakietu
pack-no-lessons = pakiet nie ma lekcji
pack-no-lessons-help = wymień pliki lekcji, np. lessons = ["01-hello"]
pack-too-many-lessons = pakiet może mieć najwyżej { $max } lekcji
pack-lesson-listed-twice = lekcja "{ $file }" jest wymieniona dwa razy
pack-remove-one = usuń jedną z nich
pack-cannot-read-lesson = nie można odczytać pliku lekcji { $file }: { $error }
pack-cannot-read-lesson-help-missing = utwórz plik { $file } w folderze pakietu albo popraw tutaj nazwę
pack-cannot-read-lesson-help-outside = pliki lekcji muszą być w folderze pakietu

## Lekcje i zadania.

pack-duplicate-lesson = identyfikator lekcji "{ $id }" jest już użyty w { $first }
pack-duplicate-lesson-help = nadaj każdej lekcji własny identyfikator
pack-too-many-exercises = lekcja może mieć najwyżej { $max } zadań
pack-code-twice = zadanie ma jednocześnie `{ $field }` i `{ $file_field }`
pack-code-twice-help = zostaw jedno z nich
pack-cannot-read-code = nie można odczytać { $file }: { $error }
pack-cannot-read-code-help-outside = użyj ścieżki wewnątrz folderu pakietu, na przykład "02-numbers/add.py"
pack-cannot-read-code-help-missing = utwórz plik { $file } obok pliku lekcji albo popraw nazwę
pack-no-code = zadanie nie ma `{ $field }`
pack-no-code-help = dodaj `{ $field } = """..."""` albo `{ $file_field } = "file.py"`
pack-duplicate-exercise = identyfikator zadania "{ $id }" jest już użyty w { $first }
pack-duplicate-exercise-help = identyfikatory zadań muszą być różne w całym pakiecie
pack-too-many-tests = zadanie może mieć najwyżej { $max } testów
pack-duplicate-test = dwa testy zadania "{ $exercise }" mają identyfikator "{ $id }"
pack-duplicate-test-help = nadaj testom różne nazwy albo ustaw `id` w jednym z nich

## Testy.

pack-nothing-to-compare = test "{ $name }" nie ma czego porównać
pack-nothing-to-compare-help = dodaj `expect` (wynik), albo `call` i `returns` (funkcja), albo `require`/`forbid` (sprawdzanie kodu)
pack-mixed-test = test "{ $name }" łączy różne rodzaje testów
pack-mixed-test-help = użyj tylko jednego z: `expect`; `call` i `returns`; `require`/`forbid`. Podziel go na dwa testy
pack-bad-regex = `expect` nie jest poprawnym wyrażeniem regularnym: { $error }
pack-tolerance-unused-help = usuń je albo ustaw match = "numbers"
pack-empty-call = test "{ $name }" ma puste `call` lub `returns`
pack-call-without-returns = test "{ $name }" ma `call`, ale nie ma `returns`
pack-call-without-returns-help = dodaj `returns = "..."`: wartość, którą wywołanie powinno zwrócić, zapisaną w Pythonie
pack-returns-without-call = test "{ $name }" ma `returns`, ale nie ma `call`
pack-returns-without-call-help = dodaj `call = "..."`, na przykład call = "add(2, 3)"
pack-unknown-construct = sprawdzanie kodu nie może szukać "{ $item }"
pack-unknown-construct-help = zobacz listę w docs/lesson-packs.md (np. "for", "while", "call:len")
pack-empty-code-check = sprawdzanie kodu "{ $name }" nie ma czego sprawdzać
pack-empty-code-check-help = wpisz coś w `require` lub `forbid`

## Tłumaczenia pakietu (translations/<język>/<lekcja>.toml).

pack-translation-bad-language = "{ $language }" nie jest znacznikiem języka, który Slate rozumie
pack-translation-bad-language-help = nazwij folder kodem języka, np. translations/cy albo translations/pt-BR
pack-translation-no-lesson = w tym pakiecie nie ma pliku lekcji { $file } do przetłumaczenia
pack-translation-no-lesson-help = nazwij tłumaczenie tak jak plik lekcji wymieniony w pack.toml
pack-translation-unknown-id = { $what ->
        [lesson] lekcji
        [exercise] zadania
       *[test] testu
    } "{ $id }" nie ma w { $file }
pack-translation-unknown-id-help = tłumaczenia używają identyfikatorów z pliku lekcji; sprawdź pisownię albo usuń tę część
pack-translation-invalid-help = tłumaczenie zawiera tylko słowa swojej lekcji: title, ideas, [[page]] (title, text) oraz [exercise.ID] (title, task, hints i [exercise.ID.test.ID] z name)
pack-translation-id-mismatch = to tłumaczenie dotyczy lekcji "{ $found }", a { $file } to lekcja "{ $expected }"
pack-translation-too-many = { $what } ma { $found } { $found ->
        [one] element
        [few] elementy
       *[many] elementów
    }, a oryginał tylko { $expected }
pack-translation-too-many-help = przetłumacz każdy element oryginału raz, w tej samej kolejności

## slate pack check

pack-check-not-a-pack = { $dir } nie jest pakietem lekcji: nie ma w nim pack.toml. Podaj folder, w którym jest pack.toml, albo utwórz nowy pakiet przez `slate pack new { $quoted }`.
pack-check-stopped = Znalezione problemy: { $count }. Pakiet nie był sprawdzany dalej: najpierw je popraw.
pack-check-sound = Pakiet "{ $title }" jest w porządku: lekcje: { $lessons }, zadania: { $exercises }, testy: { $tests }. Każde rozwiązanie przechodzi testy, a każdy kod startowy ma coś do zrobienia.
pack-check-problems = Znalezione problemy: { $count } (sprawdzone zadania: { $exercises }).
pack-check-progress = Uruchamianie testów: { $bar } { $done } z { $total } ({ $elapsed })
pack-check-sandbox-failed = piaskownica nie mogła uruchomić tego testu: { $error }
pack-check-solution-fails = zadanie "{ $exercise }": wzorcowe rozwiązanie nie przechodzi testu "{ $test }"
pack-check-solution-fails-help = popraw rozwiązanie albo test, żeby się zgadzały
pack-check-starter-passes = zadanie "{ $exercise }": kod startowy już przechodzi wszystkie testy, więc nie ma nic do zrobienia
pack-check-starter-passes-help = zostaw kod startowy niedokończony albo dodaj test, którego nie przechodzi
pack-check-translations = Sprawdzone tłumaczenia: { $languages }.

## slate pack new

pack-new-not-empty = { $dir } już istnieje i nie jest pusty. Wybierz nową nazwę folderu, żeby niczego nie nadpisać.
pack-new-cannot-write = Slate nie może zapisać { $file }: { $error }.
pack-new-cannot-make-folder = Slate nie może utworzyć folderu { $dir }: { $error }.
pack-new-made = Utworzono nowy pakiet w { $dir }: pack.toml i jedna lekcja, 01-hello.toml.
pack-new-next = Dalej: zmień pliki, a potem uruchom `slate pack check { $dir }`.

## slate pack list

pack-list-none = Slate nie widzi żadnych pakietów.
pack-list-pack = { $id } (wersja { $version }): { $title }
pack-list-from = źródło: { $origin }
pack-list-counts = { $lessons } { $lessons ->
        [one] lekcja
        [few] lekcje
       *[many] lekcji
    }, { $exercises } { $exercises ->
        [one] zadanie
        [few] zadania
       *[many] zadań
    }
pack-list-translations = tłumaczenia: { $languages }
pack-list-not-loaded = Niewczytany: { $origin } (problemy: { $count })
pack-list-more-problems = ... uruchom na nim `slate pack check`, żeby zobaczyć wszystkie.
pack-list-where = Pakiety nauczycieli są czytane z { $dir } oraz z folderów podanych przez --packs.

# issue 14: packs
pack-skipped-older = { $id } w wersji { $version } z { $origin } nie jest używany: nowsza wersja ({ $used }) jest w { $used_origin }.
pack-skipped-same-version = { $id } w wersji { $version } z { $origin } nie jest używany: kopia w { $used_origin } ma tę samą wersję i ma pierwszeństwo (najpierw folder podany przez --packs, potem pakiety tego komputera, potem pakiety Slate).
pack-check-copy-newer = Uwaga: inna kopia „{ $id }” ma nowszą wersję ({ $other }), w { $origin }. Gdy Slate znajdzie obie, używa tamtej, a nie tej ({ $version }): podnieś `version` w pliku pack.toml tego pakietu powyżej { $other }, żeby używać tej.
pack-check-copy-same = Uwaga: inna kopia „{ $id }” z tą samą wersją ({ $version }) jest w { $origin }. Gdy Slate znajdzie obie, pierwszeństwo ma folder podany przez --packs: podnoś `version` przy każdej zmianie pakietu, żeby każdy komputer używał najnowszej.
pack-check-copy-older = Uwaga: starsza kopia „{ $id }” (wersja { $other }) jest w { $origin }. Gdy Slate znajdzie obie, używa tej ({ $version }); `slate pack install` zastępuje starszą kopię na tym komputerze.
pack-list-built-in-hidden = Kursy Slate są ukryte, bo wybrano tylko pakiety nauczycieli (--only-packs albo `slate pack settings only-packs on`).
pack-install-not-sound = Nie zainstalowano: popraw powyższe problemy, a potem uruchom ponownie `slate pack install { $dir }`.
pack-install-already-there = „{ $id }” jest już zainstalowany z tego folderu: nie ma nic do zrobienia.
pack-install-newer-there = Nie zainstalowano: ten komputer ma nowszą wersję „{ $id }” ({ $installed }, w { $folder }) niż ta ({ $version }). Żeby zastąpić ją tą starszą, uruchom `{ $command }`.
pack-install-cannot-copy = Slate nie może skopiować pakietu do { $dir }: { $error }. Nic nie zostało zmienione.
pack-install-copy-incomplete = kopia nie zawierała całego pakietu
pack-install-done = Zainstalowano „{ $title }” ({ $id }, wersja { $version }) w { $folder }.
pack-install-replaced-older = Zastępuje starszą wersję { $installed }.
pack-install-replaced-same = Zastępuje kopię, która tam była i miała tę samą wersję ({ $installed }).
pack-install-replaced-newer = Zastępuje nowszą wersję { $installed }, zgodnie z --force.
pack-install-next = Uczniowie na tym komputerze zobaczą go przy następnym uruchomieniu Slate. Ich postępy zostają zachowane.
pack-remove-built-in = „{ $id }” to jeden z kursów Slate, więc nie można go usunąć. Żeby uczniowie widzieli tylko twoje pakiety, uruchom `slate pack settings only-packs on`.
pack-remove-not-installed-here = „{ $id }” nie jest zainstalowany na tym komputerze: Slate czyta go z { $origin }, folderu podanego przez --packs. Nic nie zostało usunięte.
pack-remove-unknown = Na tym komputerze nie ma zainstalowanego pakietu „{ $id }” (w { $dir }). Nic nie zostało usunięte. `slate pack list` pokazuje pakiety i ich identyfikatory.
pack-remove-cannot = Slate nie może usunąć { $folder }: { $error }.
pack-remove-done = Usunięto „{ $title }” ({ $id }, wersja { $version }) z { $folder }.
pack-remove-done-broken = Usunięto folder pakietu { $folder }, który miał problemy.
pack-remove-progress-kept = Postępy uczniów w nim zostają zachowane: po ponownej instalacji uczniowie zaczną tam, gdzie skończyli.
pack-settings-cannot-save = Slate nie może zapisać { $file }: { $error }. Ustawienia się nie zmieniły.
pack-settings-heading = Ustawienia pakietów na tym komputerze (zapisane w { $file }):
pack-settings-on = włączone
pack-settings-off = wyłączone
pack-settings-only-packs = włączone: uczniowie widzą tylko pakiety nauczycieli, bez kursów Slate
pack-settings-packs-first = włączone: pakiety nauczycieli są przed kursami Slate

# issue 14: pack checking

toml-expect-boolean = true albo false
pack-part-translation = tłumaczenie
pack-part-translation-exercise = [exercise.ID] w tłumaczeniu
pack-part-translation-test = [exercise.ID.test.ID] w tłumaczeniu
pack-translation-not-a-table = "{ $id }" powinno zawierać przetłumaczone słowa, jako tabela [exercise.{ $id }]
pack-exercise-no-tests = zadanie `{ $exercise }` nie ma testów; dodaj `[[exercise.test]]`
pack-exercise-no-tests-help = każdy test sprawdza jedną rzecz: co program wypisuje (`expect`), co zwraca funkcja (`call` i `returns`) albo jak napisano kod (`require` lub `forbid`)
pack-problem-warning = ostrzeżenie
pack-tabs = zadanie `{ $exercise }`: `{ $field }` ma wcięcia z tabulatorów
pack-tabs-help = uczniowie widzą cztery spacje zamiast każdego tabulatora; rób wcięcia spacjami, aby widzieć to samo co oni
pack-lesson-with-toml = lekcja "{ $file }" jest podana z ".toml"
pack-lesson-with-toml-help = usuń .toml: napisz "{ $stem }"
pack-tolerance-field-unused = `{ $field }` ma znaczenie tylko przy match = "numbers" albo w teście funkcji
pack-description-unused = `expect_description` ma znaczenie tylko przy match = "regex"
pack-description-unused-help = usuń to: inne testy pokazują uczniom sam oczekiwany wynik
pack-numeric-unused = `numeric` ma znaczenie tylko w teście funkcji (`call` i `returns`)
pack-numeric-unused-help = usuń to; aby porównywać liczby w wyniku, użyj match = "numbers"
pack-match-on-call = test funkcji "{ $name }" ma `match`, którego używają tylko testy wyniku
pack-match-on-call-help = usuń to: wartość porównuje się po typie i wartości. Aby 3 pasowało do 3.0, dodaj numeric = true
pack-not-python = test "{ $test }": `{ $field }` nie jest wyrażeniem Pythona: { $error }
pack-not-python-call-help = zapisz wywołanie jak w Pythonie, na przykład call = "add(2, 3)"
pack-not-python-returns-help = zapisz wartość jak w Pythonie, na przykład returns = "5", returns = "'hello'" lub returns = "[1, 2]"
pack-python-unexpected = "{ $token }" nie może tam stać (znak { $at })
pack-python-ends = kończy się przed końcem wyrażenia
pack-python-unclosed = "{ $bracket }" na znaku { $at } nigdy nie jest zamknięty
pack-python-string = tekst w cudzysłowie zaczynający się na znaku { $at } nigdy nie jest zamknięty
pack-python-new-line = nowa linia
pack-python-value = wartość
pack-not-toml-escape-help = w "podwójnym cudzysłowie" ukośnik wsteczny zaczyna sekwencję taką jak \n, a ta nią nie jest; dla wzorca takiego jak \d użyj pojedynczego cudzysłowu: expect = 'You rolled \d' (albo napisz \\d)
