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
outcome-printed-nothing = niezaliczony: oczekiwano { $expected }, a twój program niczego nie wypisał.
outcome-printed = niezaliczony: oczekiwano { $expected }, a twój program wypisał { $actual }.

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

# issue 13: slow programs
status-not-run = nie uruchomiono
outcome-not-run = nie został uruchomiony: wcześniejszy test przekroczył limit czasu.
outcome-time-limit-printing = przerwany po { $seconds } s, gdy twój program wciąż coś wypisywał (do tej pory wierszy: { $lines }). Może po prostu działa wolno albo wypisuje za dużo.
outcome-output-limit-printing = przerwany: twój program wypisał za dużo (wierszy: { $lines }). Może po prostu wypisuje za dużo, albo print jest w pętli, która nigdy się nie kończy.
feedback-not-run = Jeden test przekroczył limit czasu, więc Slate nie uruchomił testów po nim (liczba: { $count }).
