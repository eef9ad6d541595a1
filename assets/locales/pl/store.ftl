# Postępy uczących się: plik postępów, `slate learner`, `slate export`, `slate import` i
# `slate report`. Komunikaty store-* widzą uczący się (wpisane imię, plik, którego nie da się
# zapisać); resztę widzą nauczyciele. Zawsze na „ty”. Polecenia w `backtickach` zostają bez
# zmian. Dat (2025-03-14), identyfikatorów (good/greet) i numerów wersji nie tłumaczymy.

## Problemy z plikiem postępów: po jednym zdaniu.

store-folder = Slate nie może utworzyć swojego folderu danych { $path }: { $reason }. Ustaw SLATE_HOME na folder, w którym możesz zapisywać, na przykład SLATE_HOME=./slate-data
store-read-only = Slate nie może zapisać postępów w { $path }, bo folder albo plik jest tylko do odczytu. Zapytaj nauczyciela albo ustaw SLATE_HOME na folder, w którym możesz zapisywać.
store-disk-full = Dysk jest pełny, więc Slate nie mógł zapisać postępów w { $path }. Nic nie zginęło; zwolnij trochę miejsca i spróbuj ponownie.
store-busy = Inne okno Slate pracuje z plikiem postępów { $path } i nie skończyło na czas. Poczekaj chwilę i spróbuj ponownie.
store-corrupt = Plik postępów { $path } jest uszkodzony, więc Slate nie może go odczytać. Slate go nie zmienił: poproś nauczyciela, żeby przywrócił kopię albo przeniósł go w inne miejsce (zobacz docs/progress-format.md). Programy możesz dalej uruchamiać poleceniem `slate run`.
store-not-ours = Plik { $path } nie jest plikiem postępów Slate, więc Slate go nie zmienił. Przenieś go w inne miejsce albo ustaw SLATE_HOME na inny folder.
store-newer = Plik postępów { $path } został utworzony przez nowszą wersję Slate (wersja magazynu { $found }; ten Slate zna wersje do { $known }). Zaktualizuj Slate, żeby go używać; plik pozostał bez zmian.
store-unreadable = Slate nie mógł otworzyć pliku postępów { $path }: { $reason }.
store-needs-update = Plik postępów { $path } został utworzony przez starszą wersję Slate i trzeba go zaktualizować przed odczytem, ale Slate nie może w nim zapisywać. Uruchom raz Slate tam, gdzie może zapisywać w tym folderze (albo zapytaj nauczyciela), i spróbuj ponownie.
store-database = Slate nie mógł odczytać ani zapisać postępów w { $path }: { $reason }.
# $reason to komunikat samej bazy danych, po angielsku.
store-sql = Slate nie mógł odczytać ani zapisać postępów: { $reason }.
store-write = Slate nie mógł zapisać { $path }: { $reason }.
store-learner-exists = Jest już osoba o imieniu { $who }. Wybierz inne imię, na przykład z nazwiskiem albo inicjałem.
# $command to całe polecenie, na przykład: slate learner add "Ada" --group "7B"
store-no-such-learner = Na tym komputerze nie ma osoby o imieniu { $who }. Dodaj ją poleceniem `{ $command }` albo sprawdź, kto tu jest, poleceniem `slate learner list`.
store-which-group = { $count ->
        [few] { $count } osoby mają imię { $name }
        [many] { $count } osób ma imię { $name }
       *[other] { $count } osoby mają imię { $name }
    }, w grupach { $groups }. Dodaj grupę, na przykład { $example }.
store-unknown-learner-id = Na tym komputerze Slate nie ma osoby o identyfikatorze { $id }.

## Dlaczego nie dało się użyć pliku: { $reason } w komunikatach powyżej.

store-reason-cannot-open = nie da się otworzyć pliku ani jego folderu (czy folder jest tylko do odczytu albo na odłączonym dysku?)
store-reason-is-folder = to folder, a nie plik
store-reason-disk-full = dysk jest pełny
store-reason-folder-read-only = folder jest tylko do odczytu
store-reason-no-folder = jego folder nie istnieje

## Imiona i grupy. Uczący się widzą te komunikaty, gdy się dodają.

store-name-empty = Każdy potrzebuje imienia: wpisz co najmniej jedną literę.
store-name-too-long = To imię jest za długie: Slate przechowuje najwyżej { $max } znaków.
store-group-too-long = Ta nazwa grupy jest za długa: Slate przechowuje najwyżej { $max } znaków.
store-name-control = To imię zawiera znak, którego Slate nie umie pokazać (na przykład tabulator albo znak sterujący). Użyj liter, cyfr, spacji i znaków interpunkcyjnych.
store-group-control = Ta nazwa grupy zawiera znak, którego Slate nie umie pokazać (na przykład tabulator albo znak sterujący). Użyj liter, cyfr, spacji i znaków interpunkcyjnych.
# Osoba w komunikatach („Jest już osoba o imieniu { $who }”).
store-who = „{ $name }”
store-who-in-group = „{ $name }” z grupy { $group }
# Dwa ostatnie elementy listy: „A i B”, „A, B i C”.
store-and = { $first } i { $last }

## Czas w raportach: 45 s, 12 min, 2 godz. 05 min. $minutes po godzinach ma zawsze dwie cyfry.

store-duration-seconds = { $seconds } s
store-duration-minutes = { $minutes } min
store-duration-hours = { $hours } godz. { $minutes } min

## slate learner

learner-added = Dodano osobę { $who }. Używaj `{ $options }` ze `slate check`, żeby zapisywać postępy tej osoby.
learner-renamed = Osoba { $who } ma teraz imię „{ $name }”. Postępy zostały zachowane.
learner-forget-needs-yes = Zapomnienie osoby { $who } usuwa wszystkie postępy tej osoby, więc Slate najpierw pyta. Uruchom to w terminalu, żeby potwierdzić, albo dodaj --yes.
learner-forget-warning = To usuwa wszystko, co Slate przechowuje o osobie { $who }: { $attempts ->
        [one] { $attempts } próba
        [few] { $attempts } próby
       *[many] { $attempts } prób
        [other] { $attempts } próby
    }, podpowiedzi, przeczytane strony i ustawienia. Tego nie da się cofnąć.
# Po tym Slate czeka na imię, w tym samym wierszu.
learner-forget-confirm = Wpisz imię jeszcze raz, żeby potwierdzić:
learner-forget-mismatch = Imiona się nie zgadzają, więc nic nie zostało usunięte.
learner-forgotten = Slate zapomniał o osobie { $who }. Jeśli postępy tej osoby zostały wyeksportowane albo są na innych komputerach, zapomnij ją także tam i usuń stare pliki eksportu.
learner-list-none = Na tym komputerze nie ma jeszcze nikogo. Dodaj kogoś poleceniem `slate learner add IMIĘ`.
learner-list-none-in-group = Na tym komputerze nie ma nikogo z grupy { $group }.
# Nagłówki kolumn `slate learner list`.
learner-list-name = Imię
learner-list-group = Grupa
learner-list-added = Dodano
learner-list-last-seen = Ostatnio
learner-list-count = { $count ->
        [one] { $count } osoba.
        [few] { $count } osoby.
       *[many] { $count } osób.
        [other] { $count } osoby.
    }

## slate export i slate import

# Zdanie „about” zapisywane w każdym pliku eksportu, dla osoby, która go otworzy.
export-about = Postępy uczących się ze Slate, programu do nauki programowania. Zaimportuj je poleceniem `slate import FILE`. Format jest opisany w docs/progress-format.md.
export-none = Na tym komputerze nie ma jeszcze nikogo do wyeksportowania.
export-none-in-group = W grupie { $group } nie ma nikogo do wyeksportowania. Grupy pokazuje `slate learner list`.
export-done = Wyeksportowano do { $file }: { $learners ->
        [one] { $learners } osoba
        [few] { $learners } osoby
       *[many] { $learners } osób
        [other] { $learners } osoby
    } i { $attempts ->
        [one] { $attempts } próba
        [few] { $attempts } próby
       *[many] { $attempts } prób
        [other] { $attempts } próby
    }.
import-done = Zaimportowano { $files ->
        [one] { $files } plik
        [few] { $files } pliki
       *[many] { $files } plików
        [other] { $files } pliku
    }. Osoby: { $learners } (nowe: { $learners_new }, już tu były: { $learners_here }). Próby: { $attempts } (nowe: { $attempts_new }, już tu były: { $attempts_here }).
import-note = Uwaga: { $note }
import-note-renamed = Na innym komputerze imię „{ $old }” zmieniono na „{ $name }”; Slate używa teraz nowszego imienia.
import-note-older-name = W { $file } osoba „{ $current }” ma starsze imię „{ $name }”; Slate zostawia nowsze imię.

## Pliki, których nie da się zaimportować. Każdy komunikat kończy się informacją, że nic nie zaimportowano.

import-read = Slate nie mógł odczytać { $file }: { $reason }. Nic nie zostało zaimportowane.
import-reason-no-file = nie ma takiego pliku
import-not-progress = { $file } nie jest plikiem postępów Slate (takie pliki tworzy `slate export`). Nic nie zostało zaimportowane.
import-newer = { $file } został utworzony przez nowszą wersję Slate (format postępów { $found }; ten Slate czyta formaty do { $known }). Zaktualizuj Slate na tym komputerze i zaimportuj plik ponownie. Nic nie zostało zaimportowane.
import-truncated = { $file }:{ $line }:{ $column }: plik kończy się za wcześnie, więc pewnie został ucięty podczas kopiowania. Wyeksportuj go ponownie na komputerze, z którego pochodzi. Nic nie zostało zaimportowane.
# $message to opis samego czytnika JSON, po angielsku.
import-json = { $file }:{ $line }:{ $column }: { $message }. Plik mógł zostać zmieniony albo uszkodzony; wyeksportuj go ponownie na komputerze, z którego pochodzi. Nic nie zostało zaimportowane.
import-edited = { $file } został zmieniony po zapisaniu przez Slate (suma kontrolna się nie zgadza), więc Slate mu nie ufa. Wyeksportuj go ponownie na komputerze, z którego pochodzi. Nic nie zostało zaimportowane.
# $problem to jeden z problemów import-* poniżej, bez kropki.
import-invalid = { $file }: { $problem }. Wyeksportuj go ponownie na komputerze, z którego pochodzi; jeśli to nie pomoże, zapytaj osobę, która przygotowała plik. Nic nie zostało zaimportowane.
import-bad-version = jego `version` nie jest wersją formatu znaną Slate
import-learner-problem = osoba nr { $number } („{ $name }”): { $problem }
import-empty-id = identyfikator jest pusty
# Plik jest większy, niż Slate czyta ($megabytes to 1024).
import-too-big = { $file } ma więcej niż { $megabytes } MB, czyli więcej, niż Slate importuje z jednego pliku, więc Slate go nie odczytał. Sprawdź, czy to plik z `slate export`; w bardzo dużej szkole eksportuj po jednej grupie poleceniem `slate export --group`. Nic nie zostało zaimportowane.
# Kilka problemów: $problems to lista, jeden problem w wierszu. $count to zawsze 2 lub więcej.
import-problems = W { $file } { $count ->
        [few] są { $count } problemy
       *[many] jest { $count } problemów
        [other] jest { $count } problemu
    }, więc Slate go nie zaimportował:
    { $problems }
    Wyeksportuj go ponownie na komputerze, z którego pochodzi; jeśli to nie pomoże, zapytaj osobę, która przygotowała plik. Nic nie zostało zaimportowane.
import-problem-on-line = wiersz { $line }: { $problem }
import-problems-more = …i jeszcze { $count }.
# $item to jeden z import-item-* poniżej.
import-learner-item-problem = osoba nr { $number } („{ $name }”), { $item }: { $problem }
import-item-attempt = próba „{ $id }”
import-item-setting = ustawienie „{ $key }”
# $kind to `hint`, `solution` albo `page`, jak w pliku; $item to pakiet/zadanie albo pakiet/lekcja.
import-item-event = zdarzenie `{ $kind }` dla „{ $item }”
# $field to nazwa pola w pliku, np. `name` albo `exercise`.
import-control = pole `{ $field }` „{ $value }” zawiera znak sterujący (np. Escape), którego Slate nie przyjmuje
import-direction = pole `{ $field }` „{ $value }” zawiera znak zmieniający kierunek tekstu, którego Slate nie przyjmuje
# $value to liczba milisekund od 1970 roku.
import-time = czas w polu `{ $field }`, { $value }, nie mieści się w latach 2000–2100
import-incomplete = brakuje identyfikatora, pakietu albo zadania
import-score = ma { $score } pkt na { $max }
# $known to lista statusów znanych Slate: passed, failed, ...
import-test-status = test „{ $test }” ma status „{ $status }”, którego Slate nie zna (zna: { $known })
import-test-points = test „{ $test }” daje { $points } pkt na { $max }
import-event-order = czas `first` jest późniejszy niż czas `last`
# $owner to osoba, jak { $who } wyżej.
import-attempt-owner = należy do { $owner } (na tym komputerze albo wcześniej w plikach), więc nie może należeć także do tej osoby
import-attempt-different = Slate ma już inną próbę o tym identyfikatorze (na tym komputerze albo wcześniej w plikach)
# $problem to jedno ze zdań import-conflict-* poniżej, z kropką.
import-conflict = { $file }: { $problem } Nic nie zostało zaimportowane.
import-conflict-two-here = W tym pliku { $who } to jedna osoba, ale na tym komputerze to { $count ->
        [one] { $count } różna osoba
        [few] { $count } różne osoby
       *[many] { $count } różnych osób
        [other] { $count } różnej osoby
    } ({ $learners }). Zapomnij albo zmień imię jednej z nich na tym komputerze i zaimportuj ponownie.
import-conflict-group = { $who } to na tym komputerze { $here }, z innej grupy. Slate nie przenosi osób między grupami.
import-conflict-rename = Na innym komputerze osoba { $who } dostała nowe imię „{ $name }”, ale inna osoba tutaj nazywa się „{ $other }”. Zmień imię jednej z nich poleceniem `slate learner rename` i zaimportuj ponownie.

## slate report: słowa wspólne dla tabeli, pliku CSV i strony HTML

report-none-in-group = Na tym komputerze nie ma nikogo z grupy { $group }. Grupy pokazuje `slate learner list`.
report-written = Raport zapisano w { $file }.
report-no-learners = Nie ma jeszcze nikogo, o kim można zrobić raport.
report-nobody-stuck = Nikt nie utknął: każde zadanie, którego ktoś próbował, zostało zaliczone.
report-nothing-tried = Nikt jeszcze nie sprawdził żadnego zadania.
report-summary = { $learners ->
        [one] { $learners } osoba
        [few] { $learners } osoby
       *[many] { $learners } osób
        [other] { $learners } osoby
    }, { $exercises ->
        [one] { $exercises } zadanie
        [few] { $exercises } zadania
       *[many] { $exercises } zadań
        [other] { $exercises } zadania
    } w { $packs ->
        [one] { $packs } pakiecie
        [few] { $packs } pakietach
       *[many] { $packs } pakietach
        [other] { $packs } pakietu
    }
report-learners = { $count ->
        [one] { $count } osoba
        [few] { $count } osoby
       *[many] { $count } osób
        [other] { $count } osoby
    }
report-passed-of = { $passed } z { $total }
# Stan jednego zadania (obok ✓, ◐ i ○).
report-older-pack-version = starsza wersja pakietu
# Zamiast tytułu lekcji.
report-lesson-gone = Już nie ma w pakiecie
report-lesson-not-installed = Pakiet niezainstalowany na tym komputerze

## Nagłówki kolumn. Tabela w terminalu je wyrównuje, więc tam najlepsze są krótkie słowa.

report-col-learner = Osoba ucząca się
report-col-group = Grupa
report-col-passed = Zaliczone
report-col-tried = Zaczęte
report-col-not-started = Niezaczęte
report-col-attempts = Próby
report-col-hints = Podpowiedzi
report-col-hints-used = Użyte podpowiedzi
report-col-solutions = Rozwiązania
report-col-solutions-viewed = Obejrzane rozwiązania
report-col-time = Czas
report-col-last-seen = Ostatnio
report-col-pack = Pakiet
report-col-lesson = Lekcja
report-col-exercise = Zadanie
report-col-exercise-title = Tytuł zadania
report-col-status = Stan
report-col-best-score = Najlepszy wynik
report-col-max-score = Maks. wynik
report-col-solution-viewed = Obejrzane rozwiązanie
report-col-minutes-spent = Minuty pracy
report-col-last-attempt = Ostatnia próba (UTC)
report-col-version-used = Użyta wersja pakietu
report-col-version-now = Obecna wersja pakietu
report-col-note = Uwagi
report-col-stuck = Osoby, które utknęły (próbowały, nie zaliczyły)

## Tabela w terminalu

report-table-title-all = Raport klasy, wszyscy uczący się: { $summary }.
report-table-title-group = Raport klasy, grupa { $group }: { $summary }.
report-table-made = Utworzono { $time }.
report-table-stuck-heading = Gdzie osoby uczące się utknęły (próbowały, jeszcze nie zaliczyły):
report-table-stuck-detail = (zaliczenia: { $passed }, { $attempts ->
        [one] { $attempts } próba
        [few] { $attempts } próby
       *[many] { $attempts } prób
        [other] { $attempts } próby
    }, { $hints ->
        [one] { $hints } podpowiedź
        [few] { $hints } podpowiedzi
       *[many] { $hints } podpowiedzi
        [other] { $hints } podpowiedzi
    })
report-table-older = { $count ->
        [one] { $count } wynik pochodzi ze starszej wersji pakietu; raporty CSV i HTML pokazują który.
        [few] { $count } wyniki pochodzą ze starszej wersji pakietu; raporty CSV i HTML pokazują które.
       *[many] { $count } wyników pochodzi ze starszej wersji pakietu; raporty CSV i HTML pokazują które.
        [other] { $count } wyniku pochodzi ze starszej wersji pakietu; raporty CSV i HTML pokazują które.
    }

## Plik CSV (kolumny są w tej samej kolejności w każdym języku)

report-csv-yes = tak
report-csv-no = nie
report-csv-note-gone = już nie ma w pakiecie

## Strona HTML

report-html-title-all = Raport klasy Slate: wszyscy uczący się
report-html-title-group = Raport klasy Slate: grupa { $group }
report-html-made = { $summary }. Utworzono w Slate { $time }.
report-html-key = Legenda:
report-html-key-tried = zaczęte, jeszcze niezaliczone
report-html-key-older = ostatnia próba była w starszej wersji pakietu
report-html-progress-heading = Postępy każdej osoby
report-html-progress-chart-title = Zadania zaliczone, zaczęte i niezaczęte, dla każdej osoby
# Jedna osoba w opisie wykresu, dla czytników ekranu.
report-html-progress-sentence = { $name }: zaliczone { $passed }, zaczęte { $tried }, niezaczęte { $not_started }
# Podpowiedź paska wykresu.
report-html-bar-passed = { $name }: zaliczone { $count }
report-html-bar-tried = { $name }: zaczęte { $count }
report-html-bar-not-started = { $name }: niezaczęte { $count }
report-html-progress-caption = Zadania zaliczone w każdej lekcji, z liczbą prób i użytych podpowiedzi
report-html-heatmap-heading = Każde zadanie, każda osoba
report-html-heatmap-caption = Stan każdego zadania u każdej osoby (✓ zaliczone, ◐ zaczęte, ○ niezaczęte, * starsza wersja pakietu)
# Podpowiedź kwadratu, z części oddzielonych przecinkami: „Ada, Przywitaj kogoś: zaczęte, najlepiej 1 z 2, 3 próby, 1 podpowiedź”.
report-html-cell = { $name }, { $exercise }: { $status }
report-html-cell-best = najlepiej { $score } z { $max }, { $attempts ->
        [one] { $attempts } próba
        [few] { $attempts } próby
       *[many] { $attempts } prób
        [other] { $attempts } próby
    }
report-html-cell-hints = { $hints ->
        [one] { $hints } podpowiedź
        [few] { $hints } podpowiedzi
       *[many] { $hints } podpowiedzi
        [other] { $hints } podpowiedzi
    }
report-html-cell-version = w wersji pakietu { $version }
report-html-stuck-heading = Gdzie osoby uczące się utknęły
report-html-stuck-chart-title = Osoby, które próbowały zrobić zadanie i jeszcze go nie zaliczyły
report-html-stuck-sentence = { $exercise }: { $count ->
        [one] utknęła { $count } osoba
        [few] utknęły { $count } osoby
       *[many] utknęło { $count } osób
        [other] utknęło { $count } osoby
    }
report-html-stuck-caption = Zadania, na których utknęło najwięcej osób

# issue 14: reports

# Punkty: "7 z 12" i procent najwyższego możliwego wyniku.
report-score-of = { $score } z { $max }
report-percent = { $percent }%
# Czytniki ekranu mówią to zamiast "–", gdy Slate nie zna czasu lub wyniku.
report-unknown = nieznane
report-pack-not-installed = Pakiet { $pack } nie jest zainstalowany na tym komputerze: sumy liczą tylko zadania, które ktoś próbował rozwiązać.
# Uczeń z grupą, aby odróżnić dwie osoby o tym samym imieniu: "Sam Jones (7B)".
report-learner-in-group = { $name } ({ $group })
report-col-score = Wynik
report-col-percent = %
report-col-stuck-who = Kto utknął
report-col-lesson-score = Wynik lekcji
report-col-lesson-max-score = Maksimum lekcji
report-col-lesson-percent = % lekcji
report-col-total-score = Wynik łączny
report-col-total-max-score = Maksimum łączne
report-col-total-percent = % łącznie
report-table-stuck-who = Utknęli: { $names }
report-table-lessons-heading = Wyniki w każdej lekcji (punkty z najwyższego możliwego wyniku i procent):
report-table-lesson-cell = { $score } ({ $percent })
report-table-lesson-key = { $number }: { $lesson } ({ $pack })
report-csv-note-not-installed-totals = pakiet niezainstalowany na tym komputerze: sumy liczą tylko zadania, które ktoś próbował rozwiązać
report-html-stuck-sentence-names = { $sentence } ({ $names })
report-html-chart-part = { $title } (część { $part } z { $parts })

# issue 14: learners
learner-moved = Przeniesiono { $who }: teraz { $now }. Postępy zostają zachowane.
learner-import-added = Dodano: { $who }
learner-import-existing = Już jest: { $who }
learner-import-summary = Dodano: { $added }. Już było: { $existing }.
class-list-unreadable = Slate nie może odczytać listy klasy { $file }: { $reason }. Sprawdź nazwę pliku i folder, w którym jesteś.
class-list-too-big = { $file } ma ponad { $limit } MB, za dużo jak na listę klasy. Sprawdź, czy to właściwy plik.
class-list-csv = { $file }:{ $line }: Slate nie może odczytać tego wiersza jako CSV ({ $reason }). Zapisz listę klasy z arkusza kalkulacyjnego jako CSV i spróbuj ponownie.
class-list-no-name-column = W pliku { $file } nie ma kolumny z imionami. Jego pierwszy wiersz zawiera: { $found }. Wpisz nagłówek "Name" (albo "Forename" i "Surname") nad imionami i "Group" nad grupami.
class-list-no-name = { $file }:{ $line }: w tym wierszu nie ma imienia. Uzupełnij je albo usuń wiersz, a potem zaimportuj ponownie.
class-list-bad-name = { $file }:{ $line }: { $reason } Popraw to w pliku, a potem zaimportuj ponownie.
class-list-empty = W pliku { $file } nie ma uczniów. Wpisz jednego ucznia w wierszu: imię i nazwisko, potem grupę.
import-note-kept-spelling = zachowano "{ $kept }"; w pliku było "{ $had }".
store-merge-into-self = { $who } to dwa razy ten sam uczeń. Podaj wpis do połączenia, a po --into ten, który ma zostać.
import-note-merged = W pliku { $file } nadal jest "{ $old }", połączony tutaj z "{ $kept }"; jego postępy dodano do "{ $kept }".
learner-merged = Połączono "{ $old }" z "{ $kept }": przeniesiono { $attempts } { $attempts ->
        [one] próbę
        [few] próby
        [many] prób
       *[other] próby
    }, nic nie zginęło.
learner-show-none = { $who } nie ma jeszcze żadnych prób do pokazania.
learner-show-heading = { $who }: { $count ->
        [one] { $count } próba
        [few] { $count } próby
       *[many] { $count } prób
        [other] { $count } próby
    }, od najstarszej (czas UTC).
learner-show-attempt = Próba { $number } z { $count }, { $at }, { $exercise }: { $score } na { $max }, { $passed ->
        [yes] zaliczona
       *[no] niezaliczona
    }.
learner-show-hidden = (ukryty przed uczniami)
import-note-merged-here = Według pliku { $file } "{ $old }" połączono z "{ $kept }" na innym komputerze, więc Slate połączył ich także tutaj; wszystkie postępy zostają zachowane.

# issue 17: class view
class-refresh-failed = nie udało się odświeżyć: { $reason }
class-nobody-stuck = Nikt nie utknął.
class-no-learners = Na tym komputerze nie ma jeszcze uczniów. Dodaj ich poleceniem `slate learner add` lub `slate learner import`.
