# Wiersz poleceń. (Tekst --help z clap zostaje po angielsku; zobacz docs/translating.md.)

## Problemy z poleceniem.

cli-file-not-found = Slate nie może znaleźć pliku { $file }. Sprawdź jego nazwę i folder, w którym jesteś.
cli-file-is-folder = { $file } to folder, a nie plik. Podaj nazwę pliku .py, który jest w środku.
cli-file-unreadable = Slate nie może odczytać { $file }: { $error }.
cli-file-not-utf8 = { $file } nie jest zwykłym tekstem, który Slate umie przeczytać. Zapisz go jako tekst UTF-8 (w Notatniku: Zapisz jako, Kodowanie: UTF-8) i spróbuj ponownie.
cli-file-too-big = { $file } jest za duży: Slate czyta tu pliki do { $limit } KB. Sprawdź, czy to właściwy plik.
cli-broken-pack-skipped = Uwaga: pakiet w { $origin } ma problemy i został pominięty. Uruchom na nim `slate pack check`, żeby je zobaczyć.
cli-no-home = Slate nie może znaleźć na tym komputerze folderu na swoje pliki. Ustaw SLATE_HOME na folder, do którego możesz zapisywać, na przykład SLATE_HOME=./slate-data
cli-unknown-language = Slate nie ma języka „{ $requested }”, więc użyje: { $using }. Dostępne języki: { $available }.

## slate run

run-bad-time-limit = Limit czasu musi być liczbą sekund od 0 do 3600, na przykład --time-limit 2.5
run-bad-memory-limit = Limit pamięci musi wynosić od 1 do 2048 MB, na przykład --memory-limit 64
run-bad-output-limit = Limit wypisywanych danych musi wynosić od 1 do 1048576 KB.
run-piped-input-unreadable = Slate nie może odczytać danych przekazanych potokiem: { $error }.
run-input-file-unreadable = Slate nie może odczytać pliku z danymi { $file }. Sprawdź jego nazwę i folder, w którym jesteś.

## slate check

check-heading = Sprawdzanie { $file } w zadaniu { $exercise }: { $title }
check-not-an-exercise-id = „{ $id }” nie jest identyfikatorem zadania. Identyfikatory zadań wyglądają tak: pakiet/zadanie, na przykład python-first-steps/hello. Uruchom `slate pack list`, żeby je zobaczyć.
check-no-such-pack = Nie ma pakietu o nazwie „{ $pack }”. Uruchom `slate pack list`, żeby zobaczyć pakiety.
check-no-such-pack-suggest = Nie ma pakietu o nazwie „{ $pack }”. Czy chodziło ci o { $suggestion }? Uruchom `slate pack list`, żeby zobaczyć pakiety.
check-no-such-exercise = Pakiet „{ $pack }” nie ma zadania o nazwie „{ $exercise }”. Uruchom `slate pack list`, żeby zobaczyć jego zadania.
check-no-such-exercise-suggest = Pakiet „{ $pack }” nie ma zadania o nazwie „{ $exercise }”. Czy chodziło ci o { $suggestion }? Uruchom `slate pack list`, żeby zobaczyć jego zadania.

## Piaskownica

sandbox-damaged = Wbudowany Python w Slate jest uszkodzony ({ $detail }). Zainstaluj Slate ponownie.
sandbox-engine = Slate nie może uruchomić swojej piaskownicy Pythona: { $detail }
sandbox-thread = Slate nie może uruchomić wątku dla programu: { $detail }
sandbox-preparing = Przygotowywanie Pythona, tylko za pierwszym razem: { $step } ({ $elapsed })
sandbox-step-unpacking = Rozpakowywanie Pythona (krok 1 z 2)
sandbox-step-compiling = Dostosowywanie Pythona do tego komputera (krok 2 z 2)
sandbox-ready = Python jest gotowy.
sandbox-cache-forged = Przygotowana kopia Pythona została zmieniona przez coś innego niż Slate, więc Slate jej nie użył. Przygotowuje Pythona jeszcze raz.

check-not-saved = Twój wynik jest powyżej, ale Slate nie może go zapisać. { $reason }
sandbox-internal = Python nieoczekiwanie się zatrzymał: { $detail }

# issue 13: slow programs
python-getting-ready = Przygotowuję Pythona, tylko za pierwszym razem: około { $percent }% ({ $seconds } s)

# issue 14: packs
cli-note = Uwaga: { $note }
cli-only-packs-none = wybrano tylko pakiety nauczycieli, ale Slate nie znalazł żadnego, więc pokazuje swoje kursy.
check-folder-pack-broken = Pakiet w folderze „{ $folder }” ma { $count ->
        [one] problem
       *[other] problemy
    }. Uruchom `{ $command }`, żeby zobaczyć, co poprawić.
check-pack-id-differs = Folder „{ $folder }” zawiera pakiet o identyfikatorze „{ $id }”: użyj { $suggestion }.
check-own-pack-hint = Jeśli to twój własny pakiet, dodaj `--packs FOLDER` (folder pakietu albo folder z pakietami) albo podaj ćwiczenie przez folder pakietu: `slate check FOLDER/EXERCISE FILE`.

# issue 14: learners
check-saved = Zapisano dla: { $who }.
check-learner-one-file = --learner zapisuje próbę jednego ucznia, więc sprawdza jeden plik naraz. Podaj jeden plik albo pomiń --learner, aby sprawdzić wiele.
check-json-one-file = --json opisuje jeden plik. Aby sprawdzić wiele plików do arkusza kalkulacyjnego, użyj --format csv.
check-no-py-files = W folderze { $folder } nie ma plików .py. Sprawdź, czy to folder z plikami uczniów.
check-batch-marking = Sprawdzam
check-batch-col-file = Plik
check-batch-col-score = Wynik
check-batch-col-max-score = Wynik maksymalny
check-batch-col-result = Rezultat
check-batch-col-problem = Pierwszy problem
check-batch-passed = zaliczone
check-batch-failed = niezaliczone
check-batch-unreadable = nie można odczytać
check-batch-summary = Zaliczone: { $passed } z { $count }. Średni wynik: { $average } na { $max }.

# issue 17: class view
class-plain-heading-all = Wszyscy uczniowie: { $learners }, stan na { $time }.
class-plain-heading-group = Klasa { $group }: { $learners }, stan na { $time }.
class-plain-stuck-longest = Najdłużej bez postępu: { $who }, od { $time }, przy „{ $exercise }”.
class-plain-stuck = { $who }: bez postępu przy „{ $exercise }” od { $time }, { $attempts } { $attempts ->
        [one] sprawdzenie
        [few] sprawdzenia
       *[many] sprawdzeń
        [other] sprawdzenia
    } bez zaliczenia.
class-plain-trying = { $who }: pracuje nad „{ $exercise }” od { $time }, jeszcze bez zaliczenia.
class-plain-passed = { $who }: zaliczone „{ $exercise }”.
class-plain-counts = Zaliczone { $passed }, zaczęte { $tried }, utknięte { $stuck }. Ostatnie sprawdzenie { $time } temu.
class-plain-nothing-yet = { $who }: jeszcze żadnego sprawdzenia.
