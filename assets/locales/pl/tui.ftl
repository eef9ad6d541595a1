# The tutor: the full-screen interface and plain mode. Polish (polski).
# Short, plain and friendly; never blame the learner. Informal "ty".
# Avoid past-tense "you" forms (skończyłeś/skończyłaś): they show the learner's gender.
# Status words (status-*) sit in an 8-column space on the lesson screen: keep them short.

## Welcome and learners

welcome-title = Witaj w Slate
who-are-you = Kim jesteś? Wybierz swoje imię albo dodaj się.
add-learner = Dodaj się
add-yourself-intro = Wpisz swoje imię. Nie potrzebujesz hasła.
your-name = Twoje imię
your-group = Klasa lub grupa (możesz zostawić puste)
type-your-name = Wpisz swoje imię i naciśnij Enter.
type-your-group = Wpisz swoją klasę lub grupę albo po prostu naciśnij Enter, żeby zostawić puste.
learner-last = { $name } (ostatnio)
learner-in-group = { $name } ({ $group })
learner-in-group-last = { $name } ({ $group }, ostatnio)
hello-learner = Cześć, { $name }!
goodbye = Twoja praca jest zapisana. Do zobaczenia!
progress-not-saved = Na tym komputerze nie da się zapisać twoich postępów: { $reason } Nadal możesz się uczyć i uruchamiać swój kod.
pack-skipped = Uwaga: lekcje z { $origin } mają błędy i nie są pokazane. Nauczyciel może je sprawdzić poleceniem `slate pack check`.

## Titles

title-who = Kim jesteś?
title-course = Twój kurs
lesson-title = { $pack }, lekcja { $number }: { $title }
exercise-title = { $pack }, lekcja { $lesson } · { $title }
settings = Ustawienia
task-title = Treść zadania
results-title = Wyniki
your-program = Twój program
hints-title = Podpowiedzi
help-title = Pomoc
confirm-title = Na pewno?
passed-title = Zaliczone
message-title = Wiadomość

## The course

choose-lesson = Wybierz lekcję
change-learner = Zmień osobę
continue-at = Kontynuuj od ostatniego miejsca: { $place }
continue = Kontynuuj od ostatniego miejsca
place-page = { $pack }, lekcja { $lesson }, { $title }: strona { $page } z { $pages }
place-exercise = { $pack }, lekcja { $lesson }, { $title }: zadanie „{ $exercise }”
done-count = { $done } z { $total } { $done ->
        [one] zrobione
        [few] zrobione
       *[many] zrobionych
        [other] zrobionych
    }
lesson-line = { $pack }, lekcja { $number }: { $title }. Zrobiono { $done } z { $total } { $total ->
        [one] zadania
        [few] zadań
       *[many] zadań
        [other] zadania
    }.
lesson-heading = { $title }
read-lesson = Przeczytaj lekcję ({ $pages ->
        [one] 1 strona
        [few] { $pages } strony
       *[many] { $pages } stron
        [other] { $pages } strony
    })
read-lesson-read = Przeczytaj lekcję jeszcze raz ({ $pages ->
        [one] 1 strona
        [few] { $pages } strony
       *[many] { $pages } stron
        [other] { $pages } strony
    }, przeczytana)
exercise-line = Zadanie: { $title } ({ $status })
status-new = nowe
status-tried = zaczęte
status-done = zrobione
status-read = przeczytane
status-not-read = nieprzeczytane
page-of = strona { $page } z { $pages }
page-heading = Strona { $page } z { $pages }: { $title }
next-page = Następna strona
previous-page = Poprzednia strona
to-exercises = Przejdź do zadań
code-start = Kod:
code-end = Koniec kodu.
code-line = Wiersz { $number }: { $code }

## Exercises

exercise-heading = Zadanie: { $title } (stan: { $status })
code-file-is = Twój kod jest zapisany w pliku { $path }
task-more = ↓ więcej poniżej · F3 cała treść zadania
press-f5 = Napisz swój program powyżej, a potem naciśnij F5, żeby go sprawdzić.
checking = Sprawdzam twój kod…
well-done = Dobra robota!
next-is = Dalej: { $place }
course-finished = Wszystko tutaj jest zrobione. Świetna robota!
go-next = Przejdź do następnego
stay-here = Zostań tutaj
menu-type-code = Wpisz kod tutaj
menu-open-editor = Otwórz kod w swoim edytorze
menu-check = Sprawdź swój kod
menu-run = Uruchom swój program
menu-show-code = Przeczytaj swój kod
menu-hint = Weź podpowiedź (pokazano { $shown } z { $total })
menu-solution = Zobacz rozwiązanie
menu-reset = Zacznij od nowa
menu-read-task = Przeczytaj treść zadania jeszcze raz
type-code-now = Wpisz swój program. Gdy skończysz, wpisz END w osobnym wierszu.
code-saved = Twój kod jest zapisany.
your-code-is = Twój kod:
editor-closed-checking = Edytor został zamknięty. Sprawdzam twój kod…
running-start = Uruchamiam twój program. Gdy o coś zapyta, wpisz odpowiedź i naciśnij Enter.
hint-heading = Podpowiedź { $number } z { $total }
no-hints = To zadanie nie ma podpowiedzi. Przeczytaj treść zadania jeszcze raz, zdanie po zdaniu.
no-more-hints = To była ostatnia podpowiedź. Dasz radę!
solution-heading = Przykładowe rozwiązanie
solution-after-solving = Rozwiązanie zobaczysz, gdy twój program przejdzie sprawdzenie. Nie poddawaj się: najpierw spróbuj podpowiedzi.
solution-after-attempts = Rozwiązanie zobaczysz po { $left ->
        [one] jeszcze jednej próbie
        [few] jeszcze { $left } próbach
       *[many] jeszcze { $left } próbach
        [other] jeszcze { $left } próbach
    }. Najpierw spróbuj podpowiedzi.
solution-never = Ten kurs nie pokazuje rozwiązań. Zapytaj nauczyciela albo spróbuj podpowiedzi.
reset-question = Zacząć to zadanie od nowa? Twój obecny kod zostanie zachowany w folderze historii.
reset-confirm = Zacząć od nowa? Twój obecny kod zostanie zachowany w folderze historii. Wpisz tak albo nie.
reset-done = Zadanie jest znowu takie jak na początku. Twój stary kod jest w folderze historii.
reset-cancelled = Nic się nie zmieniło.
# Words accepted as "yes" in plain mode, lower case, separated by commas.
yes-words = tak,t,yes,y
editor-position = Wiersz { $line }, kolumna { $column }
watching = Edytujesz w { $editor }: każde zapisanie znowu sprawdza kod
watch-failed = Slate nie widzi, kiedy zapisujesz na tym dysku. Po zapisaniu naciśnij F5, żeby sprawdzić kod.

## Running

run-header = Uruchamiam twój program. Naciśnij Ctrl+C, żeby go zatrzymać.
run-finished = Twój program się zakończył.
run-you-stopped = Zatrzymano program.
run-ended-code = Twój program zakończył się przez sys.exit({ $code }).
run-time-limit = Twój program został zatrzymany: działał za długo. Czy jest w nim pętla, która nigdy się nie kończy?
run-memory-limit = Twój program został zatrzymany: zajął za dużo pamięci. Czy jakaś lista albo tekst rośnie bez końca?
run-output-limit = Twój program został zatrzymany: wypisał o wiele za dużo. Czy jakiś print jest w pętli, która nigdy się nie kończy?
run-stopped-time = Twój program został zatrzymany po { $seconds } { $seconds ->
        [one] sekundzie
        [few] sekundach
       *[many] sekundach
        [other] sekundy
    }.
press-enter-to-return = Naciśnij Enter, żeby wrócić do Slate.
press-ctrl-c-again = Naciśnij Ctrl+C jeszcze raz, żeby wyjść ze Slate. Twoja praca jest zapisana.

## Settings

setting-theme = Kolory
setting-language = Język
setting-editor = Twój edytor
theme-default = Zwykłe
theme-high-contrast = Wysoki kontrast
theme-monochrome = Bez koloru
language-changed = Język został zmieniony.
editor-default = { $editor } (zwykły)
editor-now = Twój edytor to: { $editor }
editor-type-new = Wpisz polecenie innego edytora (na przykład notepad, code --wait albo nano) albo naciśnij Enter, żeby zostawić obecny.
editor-changed = Twój edytor został zmieniony.
editor-explain = F2 w zadaniu otwiera twój kod w tym edytorze. Slate sprawdza kod za każdym razem, gdy go zapiszesz.
setting-mouse = Mysz
mouse-on = Włączona
mouse-off = Wyłączona
mouse-explain = Gdy mysz jest włączona, kliknij w kodzie, aby tam przejść, przeciągnij, aby zaznaczyć, i przewijaj kółkiem. Gdy jest wyłączona, możesz zaznaczyć tekst na ekranie, aby go skopiować.
editor-not-set = Nie wybrano edytora. Wybierz go w Ustawieniach.
editor-failed = Slate nie może otworzyć twojego edytora ({ $editor }): { $error }. Możesz wybrać inny w Ustawieniach.
no-color-note = Kolory są wyłączone, bo na tym komputerze ustawiono NO_COLOR.

## Keys (shown at the bottom of every screen): keep them short.

key-help = Pomoc
key-quit = Wyjdź
key-back = Wstecz
key-close = Zamknij
key-choose = Wybierz
key-select = Zatwierdź
key-open = Otwórz
key-continue = Dalej
key-cancel = Anuluj
key-next-box = Następne pole
key-add-yourself = Dodaj się
key-change-learner = Zmień osobę
key-next-page = Następna strona
key-previous-page = Poprzednia strona
key-to-exercises = Zadania
key-scroll = Przewiń
key-check = Sprawdź
key-run = Uruchom
key-hint = Podpowiedź
key-solution = Rozwiązanie
key-my-editor = Mój edytor
key-all-results = Wszystkie wyniki
key-reset = Od nowa
key-yes = Tak
key-no = Nie
key-next-exercise = Dalej
key-stay = Zostań
key-change = Zmień
key-save = Zapisz

help-intro = Na tym ekranie działają te klawisze:
help-everywhere =
    Esc cofa. Twój kod zapisuje się na bieżąco, gdy piszesz.
    Nic tutaj nie jest pokazane tylko kolorem: ✓ oznacza zrobione lub zaliczone, • oznacza zaczęte, ○ oznacza nowe.
    Wolisz czytać wiersz po wierszu? Uruchom Slate poleceniem: slate --plain

## Plain mode

plain-type-number = Wpisz numer i naciśnij Enter.
plain-not-a-choice = Wpisz numer od 0 do { $max }.
plain-nobody-called = Na tym komputerze nie ma jeszcze nikogo o imieniu { $name }.
plain-add-named = Dodaj { $name } jako nową osobę
plain-several-called = Więcej niż jedna osoba ma imię { $name }. Wpisz numer przy swoim imieniu.
quit = Wyjdź
back = Wstecz

## Problemy w programie

tutor-save-failed = Slate nie może zapisać twojej pracy w { $path }: { $error }. Twój kod jest nadal na ekranie.
settings-not-saved = Slate nie może zapisać twoich ustawień ({ $error }). Zmiany działają do zamknięcia Slate, ale następnym razem wrócą stare ustawienia.
tutor-terminal-failed = Ekran przestał działać ({ $error }). Twoja praca jest zapisana. Spróbuj uruchomić Slate tak: slate --plain
tutor-empty-name = Wpisz imię.
tutor-no-such-exercise = Tego zadania nie ma już w kursie.

# issue 13: boxes that are cut say so
more-below = ↓ więcej poniżej
more-above = ↑ więcej powyżej

# issue 13: keys and help
key-move-cursor = Przesuń kursor
key-select-text = Zaznacz tekst
key-word = Skocz o słowo
key-line-ends = Początek lub koniec wiersza
key-program-ends = Początek lub koniec programu
key-page = Strona w górę lub w dół
key-list-ends = Pierwszy lub ostatni na liście
key-move-lines = Przesuń wiersz w górę lub w dół
key-new-line = Nowy wiersz
key-indent = Dodaj 4 spacje
key-dedent = Usuń 4 spacje
key-delete = Usuń literę
key-select-all = Zaznacz wszystko
key-copy = Kopiuj
key-cut = Wytnij
key-paste = Wklej
key-undo = Cofnij
key-redo = Ponów
key-whole-task = Całe zadanie
key-leave-slate = Naciśnij dwa razy, żeby wyjść ze Slate
help-editor-heading = W twoim programie:
hint-press-f7 = Naciśnij znowu F7, żeby zobaczyć następną podpowiedź.
# $editor is a command such as "vim".
editor-hard-to-leave = Jedyny edytor, jaki znalazł Slate, to "{ $editor }". Trudno z niego wyjść: naciśnij Esc, wpisz :wq i naciśnij Enter. Otworzyć go mimo to? Wybierz Nie, żeby dalej pisać tutaj.
editor-hard-to-leave-plain = Jedyny edytor, jaki znalazł Slate, to "{ $editor }". Trudno z niego wyjść: naciśnij Esc, wpisz :wq i naciśnij Enter. Otworzyć go mimo to? Wpisz tak albo nie.
editor-kept-built-in-plain = Dobrze. Wybierz "{ menu-type-code }", żeby napisać kod.

# issue 13: plain mode and learners
start-here = Zacznij tutaj
start-at = Zacznij tutaj: { $place }
quit-question = Zamknąć Slate? Twoja praca jest zapisana.
same-learner-question = Jest już { $name } ({ $group }). Czy to ty?
same-learner-question-no-group = Jest już { $name }. Czy to ty?
same-learner-keys = Naciśnij Y, jeśli to ty, albo N, jeśli jesteś kimś innym.
key-yes-its-me = Tak, to ja
key-no-someone-else = Nie, jestem kimś innym
plain-yes-or-no = Wpisz tak albo nie i naciśnij Enter.
output-start = Program powinien wypisać:
output-end = Koniec wyniku.
setting-language-now = Język: { $language }
plain-how-to-stop = Aby w każdej chwili zatrzymać program, naciśnij Ctrl+C. Slate działa dalej.
plain-code-empty = Nie ma jeszcze kodu.
plain-keep-and-add = Zostaw ten kod i dopisz wiersze na końcu
plain-replace-code = Zastąp go i wpisz cały program od nowa
menu-change-line = Zmień jeden wiersz
plain-which-line = Który wiersz chcesz zmienić? Wpisz jego numer, od 1 do { $max }.
plain-not-a-line = Nie ma wiersza o tym numerze: twój kod ma wiersze od 1 do { $max }. Nic się nie zmieniło.
plain-type-new-line = Wpisz nowy wiersz { $number } i naciśnij Enter. Naciśnij sam Enter, aby go nie zmieniać.
solution-after-solving-no-hints = Odpowiedź zobaczysz, gdy twój program zadziała. Nie poddawaj się: przeczytaj zadanie jeszcze raz, zdanie po zdaniu.
solution-after-attempts-no-hints = Odpowiedź zobaczysz po { $left ->
        [one] jeszcze 1 próbie
       *[other] jeszcze { $left } próbach
    }. Przeczytaj zadanie jeszcze raz, zdanie po zdaniu.
solution-never-no-hints = Ten kurs nie pokazuje odpowiedzi. Poproś nauczyciela o pomoc.
plain-editor-closed = Twój edytor został zamknięty.

# issue 13: slow programs
run-time-limit-printing = Twój program został zatrzymany: działał za długo i wciąż coś wypisywał (do tej pory wierszy: { $lines }). Może po prostu działa wolno albo wypisuje za dużo.
run-output-limit-printing = Twój program został zatrzymany: wypisał za dużo (wierszy: { $lines }). Może po prostu wypisuje za dużo, albo print jest w pętli, która nigdy się nie kończy.
checking-elapsed = Sprawdzam twój kod… { $seconds } s
check-stopped = Zatrzymano sprawdzanie. Nic nie zostało ocenione.
key-stop-check = Zatrzymaj sprawdzanie

# The list of names: typing finds one
who-typed = Szukam imienia, które zaczyna się od „{ $text }”. Naciśnij Enter, jeśli to ty.
key-type-name = Wpisz swoje imię, żeby je znaleźć

# issue 17: class view
class-title-all = Wszyscy uczniowie
class-title-group = Klasa { $group }
class-updated = odświeżono { $time } temu
class-stuck-longest = Najdłużej bez postępu: { $who }, { $time } przy „{ $exercise }”
class-col-learner = Uczeń
class-col-exercise = Ćwiczenie
class-col-passed = Zaliczone
class-col-tried = Zaczęte
class-col-stuck = Utknięte
class-col-last-check = Ostatnio
class-col-stuck-for = Bez postępu
class-ago = { $time } temu
class-not-yet = jeszcze nie
class-stuck-legend = ! utknięte: { $attempts } lub więcej sprawdzeń bez zaliczenia
class-help-stuck = Uczeń utknął na ćwiczeniu po { $attempts } sprawdzeniach bez zaliczenia: jego wiersz ma znak !, a ten, kto utknął najdłużej, jest na początku. „Bez postępu” liczy się od pierwszego sprawdzenia bieżącego ćwiczenia.
class-detail-nothing = { $who }: jeszcze żadnego sprawdzenia.
class-detail-attempt = Ostatnie sprawdzenie, { $time } temu: { $score } na { $max }, { $passed ->
        [yes] zaliczone
       *[no] niezaliczone
    }.
class-detail-failing = Pierwszy test, który nie przeszedł:
class-detail-all-passed = Wszystkie testy przeszły.
key-class-code = Kod ucznia
key-refresh = Odśwież
key-class-choose = Wybierz ucznia
