# Marking results, as learners read them in `slate check`, plain mode and the full-screen
# interface. Every result has a word as well as a symbol: never rely on colour.

## Status words, shown in a column beside ✓ and ✗.

status-passed = passed
status-failed = failed
status-error = error
status-time-limit = too slow
status-memory-limit = too much memory
status-output-limit = too much output

## The summary.

feedback-all-passed = { $total ->
        [one] The test passed. Well done!
       *[other] All { $total } tests passed. Well done!
    }
feedback-score = Score: { $score } out of { $max } { $max ->
        [one] point
       *[other] points
    }.
feedback-hidden-failures = The tests that failed are hidden. Check your program with other inputs, or ask for a hint.

## One test. $outcome is one of the outcome- messages below.

feedback-test-title = Test { $number }, { $name }
feedback-test-title-hidden = Test { $number } (a hidden test)
feedback-test-sentence = Test { $number }, { $name }, { $outcome }
feedback-test-sentence-hidden = Test { $number } (a hidden test) { $outcome }

outcome-passed = passed.
outcome-failed = failed.
outcome-time-limit = was stopped: your program was still running after { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    }. Is there a loop that never ends?
outcome-memory-limit = was stopped: your program used too much memory. Is a list or some text growing without end?
outcome-output-limit = was stopped: your program printed far too much. Is a print inside a loop that never ends?
outcome-exit-code = failed: your program ended early with sys.exit({ $code }).
outcome-error = failed: your program stopped with an error.
# $what is the first sentence of the error's explanation (explain.ftl).
outcome-python-error-line = failed: your program stopped on line { $line }. { $what }
outcome-python-error = failed: your program stopped. { $what }
outcome-missing-function = failed: your program has no function called { $name }.
# $problems is one or more problem- messages, joined with "; ".
outcome-code-problems = failed: { $problems }.
outcome-call-gave = failed: { $call } should give { $expected }, your function gave { $actual }.
outcome-printed-nothing = failed: your program printed nothing. The output should be { $expected }.
outcome-printed = failed: the output should be { $expected }, but your program printed { $actual }.

## Code checks. $what is one of the construct- messages.

problem-missing = your program should use { $what }
problem-forbidden-line = your program should not use { $what } (it does on line { $line })
problem-forbidden = your program should not use { $what }
problem-unknown = this test asks for something Slate cannot check ({ $item })

construct-prefix-call = { $name }()
construct-prefix-method = the method .{ $name }()
construct-prefix-function = a function called { $name }
construct-prefix-import = the module { $name }
construct-prefix-name = the name { $name }
construct-for = a for loop
construct-while = a while loop
construct-if = an if statement
construct-def = a function (def)
construct-return = return
construct-lambda = a lambda
construct-class = a class
construct-import = import
construct-try = try
construct-with = with
construct-break = break
construct-continue = continue
construct-global = global
construct-f-string = an f-string
construct-list-comprehension = a list comprehension
construct-comprehension = a comprehension
construct-list = a list
construct-dict = a dictionary
construct-augmented-assignment = += (or -=, *=, ...)
construct-assignment = a variable (=)
construct-boolean-operator = and / or
construct-comparison = a comparison
construct-slice = a slice like text[1:3]

## Details of a failed test.

feedback-input-given = Input given:
feedback-test-called = The test called: { $call }
feedback-expected-value = Expected value: { $value }
feedback-function-gave = Your function gave: { $value }
feedback-expected-output = Expected output:
feedback-actual-output = Your program printed:
feedback-nothing = (nothing)
feedback-differences = Differences (- expected but missing, + printed but not expected):
feedback-python-said = What Python said:

# issue 13: feedback

# A value from a program or a test, in quotes, so its punctuation stays apart from the sentence's.
feedback-quoted = "{ $text }"
# $slip is one of the slip- messages below.
outcome-slip = failed. { $slip }
outcome-printed-line = failed: line { $line } of the output should be { $expected }, but your program printed { $actual }.
outcome-printed-line-missing = failed: line { $line } of the output should be { $expected }, but your program printed nothing there.
outcome-printed-line-extra = failed: your program printed a line { $line }, { $actual }, that should not be there.
outcome-printed-nothing-plain = failed: your program printed nothing.
outcome-printed-nothing-lines = failed: your program printed nothing. The output should start with { $expected }.
outcome-printed-contains = failed: the output should include { $expected }, but it does not.
outcome-printed-contains-lines = failed: the output should include some lines that it does not have.
feedback-expected-contains = The output should include:
feedback-mode-exact = This test checks the output exactly: every space and every new line.
feedback-mode-ignore-case = Capital letters do not matter in this test.
feedback-mode-numbers = In this test, numbers may be up to { $tolerance } away from the expected ones.

## Common slips in output, as plain sentences.

slip-on-line = Look at line { $line } of the output. { $slip }
slip-capital-first = The first letter should be a capital "{ $letter }".
slip-small-first = The first letter should be a small "{ $letter }", not a capital.
slip-capital-word = "{ $actual }" should be "{ $expected }", with a capital "{ $letter }".
slip-small-word = "{ $actual }" should be "{ $expected }", with a small "{ $letter }".
slip-capitals = Only the capital letters are different. It should be "{ $expected }".
slip-space-missing = There should be a space after { $after }.
slip-space-missing-start = The line should start with a space.
slip-space-extra = There should be no space after { $after }.
slip-space-extra-start = There should be no space at the start of the line.
slip-space-double = There should be only one space after { $after }.
slip-after-comma = the comma
slip-after-full-stop = the full stop
slip-after-colon = the colon
slip-after-text = "{ $text }"
slip-end-missing = There should be "{ $mark }" at the end.
slip-end-extra = There should be no "{ $mark }" at the end.
slip-line-missing = Line { $line } of the output is missing. It should be "{ $text }".
slip-blank-line-missing = Line { $line } of the output should be a blank line.
slip-line-extra = Line { $line } of the output, "{ $text }", should not be there.
slip-blank-line-extra = Line { $line } of the output should not be blank.
slip-order = All the lines are there, but not in the right order. Line { $line } of the output should be "{ $text }".
slip-brackets = Your program printed the brackets and quote marks too. Print only "{ $expected }".
slip-brackets-lines = Your program printed a list, with its brackets and quote marks. Print each item on a line of its own.
slip-quotes = Your program printed quote marks around the text. Print only "{ $expected }".
slip-end-space-extra = There should be no space at the end of line { $line } of the output.
slip-end-space-missing = There should be a space at the end of line { $line } of the output.
slip-invisible = The output looks right, but this test checks the new lines at the very end too.

## Code checks: why one failed.

problem-missing-call = your program never calls { $name }()
problem-missing-method = your program never uses the method .{ $name }()
problem-missing-function = your program has no function called { $name }
problem-missing-import = your program never imports the module { $name }
problem-missing-name = your program never uses the name { $name }

# issue 13: slow programs
status-not-run = not run
outcome-not-run = was not run: an earlier test ran out of time.
outcome-time-limit-printing = was stopped after { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    }, while your program was still printing ({ $lines } { $lines ->
        [one] line
       *[other] lines
    } so far). It may just be slow, or print too much.
outcome-output-limit-printing = was stopped: your program printed far too much ({ $lines } { $lines ->
        [one] line
       *[other] lines
    }). It may just print too much, or a print may be inside a loop that never ends.
feedback-not-run = A test ran out of time, so Slate did not run the { $count } { $count ->
        [one] test
       *[other] tests
    } after it.

# issue 14: pack checking

outcome-printed-described = failed: the output should be { $description }.
outcome-printed-unlike = failed: the output is not what the test "{ $name }" looks for.
feedback-expected-described = The output should be:
feedback-mode-numbers-relative = In this test, numbers may be up to { $tolerance } away from the expected ones, or up to { $percent }% of a large number.
