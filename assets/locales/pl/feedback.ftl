# Wyniki sprawdzania, tak jak czytają je uczący się. Zawsze słowo oprócz symbolu.

## Słowa stanu, w kolumnie obok ✓ i ✗.

status-passed = zaliczony
status-failed = niezaliczony
status-error = błąd
status-time-limit = za wolno
status-memory-limit = za dużo pamięci
status-output-limit = za dużo wypisane

## Podsumowanie.

feedback-all-passed = { $total ->
        [one] Test zaliczony. Brawo!
       *[other] Wszystkie testy zaliczone ({ $total }). Brawo!
    }
feedback-score = Wynik: { $score } na { $max } pkt.
feedback-hidden-failures = Niezaliczone testy są ukryte. Sprawdź swój program z innymi danymi albo poproś o podpowiedź.

## Jeden test.

feedback-test-title = Test { $number }, { $name }
feedback-test-title-hidden = Test { $number } (test ukryty)
feedback-test-sentence = Test { $number }, { $name }: { $outcome }
feedback-test-sentence-hidden = Test { $number } (test ukryty): { $outcome }

outcome-passed = zaliczony.
outcome-failed = niezaliczony.
outcome-time-limit = przerwany: twój program nadal działał po { $seconds } { $seconds ->
        [one] sekundzie
       *[other] sekundach
    }. Czy jakaś pętla nigdy się nie kończy?
outcome-memory-limit = przerwany: twój program użył za dużo pamięci. Czy jakaś lista albo tekst rośnie bez końca?
outcome-output-limit = przerwany: twój program wypisał o wiele za dużo. Czy print jest w pętli, która nigdy się nie kończy?
outcome-exit-code = niezaliczony: twój program zakończył się wcześniej przez sys.exit({ $code }).
outcome-error = niezaliczony: twój program zatrzymał się z błędem.
outcome-python-error-line = niezaliczony: twój program zatrzymał się w wierszu { $line }. { $what }
outcome-python-error = niezaliczony: twój program się zatrzymał. { $what }
outcome-missing-function = niezaliczony: w twoim programie nie ma funkcji o nazwie { $name }.
outcome-code-problems = niezaliczony: { $problems }.
outcome-call-gave = niezaliczony: { $call } powinno dać { $expected }, a twoja funkcja dała { $actual }.
outcome-printed-nothing = niezaliczony: twój program niczego nie wypisał. Wynik powinien brzmieć { $expected }.
outcome-printed = niezaliczony: wynik powinien brzmieć { $expected }, ale twój program wypisał { $actual }.

## Sprawdzanie kodu.

problem-missing = twój program powinien użyć: { $what }
problem-forbidden-line = twój program nie powinien używać: { $what } (używa w wierszu { $line })
problem-forbidden = twój program nie powinien używać: { $what }
problem-unknown = ten test prosi o coś, czego Slate nie umie sprawdzić ({ $item })

construct-prefix-call = { $name }()
construct-prefix-method = metoda .{ $name }()
construct-prefix-function = funkcja o nazwie { $name }
construct-prefix-import = moduł { $name }
construct-prefix-name = nazwa { $name }
construct-for = pętla for
construct-while = pętla while
construct-if = instrukcja if
construct-def = funkcja (def)
construct-return = return
construct-lambda = lambda
construct-class = klasa (class)
construct-import = import
construct-try = try
construct-with = with
construct-break = break
construct-continue = continue
construct-global = global
construct-f-string = f-string
construct-list-comprehension = wyrażenie listowe
construct-comprehension = wyrażenie składane
construct-list = lista
construct-dict = słownik
construct-augmented-assignment = += (albo -=, *=, ...)
construct-assignment = zmienna (=)
construct-boolean-operator = and / or
construct-comparison = porównanie
construct-slice = wycinek, na przykład tekst[1:3]

## Szczegóły niezaliczonego testu.

feedback-input-given = Podane dane:
feedback-test-called = Test wywołał: { $call }
feedback-expected-value = Oczekiwana wartość: { $value }
feedback-function-gave = Twoja funkcja dała: { $value }
feedback-expected-output = Oczekiwany wynik:
feedback-actual-output = Twój program wypisał:
feedback-nothing = (nic)
feedback-differences = Różnice (- oczekiwane, ale brakuje, + wypisane, ale nieoczekiwane):
feedback-python-said = Co powiedział Python:

# issue 13: feedback

feedback-quoted = "{ $text }"
outcome-slip = niezaliczony. { $slip }
outcome-printed-line = niezaliczony: wiersz { $line } wyniku powinien brzmieć { $expected }, ale twój program wypisał { $actual }.
outcome-printed-line-missing = niezaliczony: wiersz { $line } wyniku powinien brzmieć { $expected }, ale twój program nic tam nie wypisał.
outcome-printed-line-extra = niezaliczony: twój program wypisał wiersz { $line }, { $actual }, którego nie powinno być.
outcome-printed-nothing-plain = niezaliczony: twój program niczego nie wypisał.
outcome-printed-nothing-lines = niezaliczony: twój program niczego nie wypisał. Wynik powinien zaczynać się od { $expected }.
outcome-printed-contains = niezaliczony: wynik powinien zawierać { $expected }, ale go nie zawiera.
outcome-printed-contains-lines = niezaliczony: wynik powinien zawierać wiersze, których w nim nie ma.
feedback-expected-contains = Wynik powinien zawierać:
feedback-mode-exact = Ten test sprawdza wynik dokładnie: każdą spację i każde przejście do nowego wiersza.
feedback-mode-ignore-case = W tym teście wielkość liter nie ma znaczenia.
feedback-mode-numbers = W tym teście liczby mogą różnić się od oczekiwanych najwyżej o { $tolerance }.

slip-on-line = Spójrz na wiersz { $line } wyniku. { $slip }
slip-capital-first = Pierwsza litera powinna być wielka: "{ $letter }".
slip-small-first = Pierwsza litera powinna być mała: "{ $letter }".
slip-capital-word = Zamiast "{ $actual }" powinno być "{ $expected }", z wielką literą "{ $letter }".
slip-small-word = Zamiast "{ $actual }" powinno być "{ $expected }", z małą literą "{ $letter }".
slip-capitals = Różnią się tylko wielkie litery. Powinno być "{ $expected }".
# $after is slip-after-comma (and the like, in the locative: "po przecinku") or slip-after-text.
slip-space-missing = Po { $after } powinna być spacja.
slip-space-missing-start = Wiersz powinien zaczynać się od spacji.
slip-space-extra = Po { $after } nie powinno być spacji.
slip-space-extra-start = Na początku wiersza nie powinno być spacji.
slip-space-double = Po { $after } powinna być tylko jedna spacja.
slip-after-comma = przecinku
slip-after-full-stop = kropce
slip-after-colon = dwukropku
slip-after-text = "{ $text }"
slip-end-missing = Na końcu powinno być "{ $mark }".
slip-end-extra = Na końcu nie powinno być "{ $mark }".
slip-line-missing = Brakuje wiersza { $line } wyniku. Powinien brzmieć "{ $text }".
slip-blank-line-missing = Wiersz { $line } wyniku powinien być pusty.
slip-line-extra = Wiersza { $line } wyniku, "{ $text }", nie powinno być.
slip-blank-line-extra = Wiersz { $line } wyniku nie powinien być pusty.
slip-order = Wszystkie wiersze są, ale w złej kolejności. Wiersz { $line } wyniku powinien brzmieć "{ $text }".
slip-brackets = Twój program wypisał też nawiasy i cudzysłowy. Wypisz tylko "{ $expected }".
slip-brackets-lines = Twój program wypisał listę razem z nawiasami i cudzysłowami. Wypisz każdy element w osobnym wierszu.
slip-quotes = Twój program wypisał cudzysłowy wokół tekstu. Wypisz tylko "{ $expected }".
slip-end-space-extra = Na końcu wiersza { $line } wyniku nie powinno być spacji.
slip-end-space-missing = Na końcu wiersza { $line } wyniku powinna być spacja.
slip-invisible = Wynik wygląda dobrze, ale ten test sprawdza też przejścia do nowego wiersza na samym końcu.

problem-missing-call = twój program nigdzie nie wywołuje { $name }()
problem-missing-method = twój program nigdzie nie używa metody .{ $name }()
problem-missing-function = w twoim programie nie ma funkcji o nazwie { $name }
problem-missing-import = twój program nigdzie nie importuje modułu { $name }
problem-missing-name = twój program nigdzie nie używa nazwy { $name }

# issue 13: slow programs
status-not-run = nie uruchomiono
outcome-not-run = nie został uruchomiony: wcześniejszy test przekroczył limit czasu.
outcome-time-limit-printing = przerwany po { $seconds } s, gdy twój program wciąż coś wypisywał (do tej pory wierszy: { $lines }). Może po prostu działa wolno albo wypisuje za dużo.
outcome-output-limit-printing = przerwany: twój program wypisał za dużo (wierszy: { $lines }). Może po prostu wypisuje za dużo, albo print jest w pętli, która nigdy się nie kończy.
feedback-not-run = Jeden test przekroczył limit czasu, więc Slate nie uruchomił testów po nim (liczba: { $count }).

# issue 14: pack checking

outcome-printed-described = niezaliczony: wynik powinien być taki: { $description }.
outcome-printed-unlike = niezaliczony: wynik nie jest tym, czego szuka test "{ $name }".
feedback-expected-described = Wynik powinien być taki:
feedback-mode-numbers-relative = W tym teście liczby mogą różnić się od oczekiwanych najwyżej o { $tolerance } albo o { $percent }% dużej liczby.
