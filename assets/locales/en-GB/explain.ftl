# Friendly explanations of Python errors, in British English (the reference language).
#
# Each explanation has three parts: -what (what happened, one plain sentence), -why (the
# likely cause) and -try (one thing to try). Which explanation fits which error is decided
# by assets/explanations/rules.toml; the names after "explain-" are its `text` values.
# Write for a nervous beginner: short sentences, plain words, never blame ("your program",
# not "you"). Code stays in Python (print, int(), ==) in every language.

## How an explanation is laid out.

explain-label-line = Line { $line }:
explain-label-why = Why: { $text }
explain-label-try = Try this: { $text }
explain-label-original = Python's message: { $text }

## Python's types in plain words, for $..._type_words arguments.

explain-type-int = a whole number (int)
explain-type-float = a decimal number (float)
explain-type-str = text (str)
explain-type-list = a list
explain-type-dict = a dictionary (dict)
explain-type-tuple = a tuple
explain-type-set = a set
explain-type-bool = True or False (bool)
explain-type-NoneType = None (no value)
explain-type-function = a function
explain-type-builtin_function_or_method = a built-in function
explain-type-method = a method
explain-type-module = a module
explain-type-range = a range
explain-type-other = a value of type { $name }

## Names.

explain-name-typo-what = Python does not know the name { $name }.
explain-name-typo-why = It looks like a typing slip: did you mean { $suggestion }?
explain-name-typo-try = Change { $name } to { $suggestion }. Capital letters matter too.

explain-name-quotes-what = Python does not know the name { $name }.
explain-name-quotes-why = Did you mean the text "{ $name }"? Without quotes, Python looks for a variable called { $name }, and there is none.
explain-name-quotes-try = If you meant the word, put it in quotes: "{ $name }". If you meant a variable, give it a value with = on a line above this one.

explain-name-unknown-what = Python does not know the name { $name }.
explain-name-unknown-why = A name must get a value (with =, def or import) before it is used, and be spelt the same way every time.
explain-name-unknown-try = Check the spelling of { $name }, and that a line above this one gives it a value.

explain-unbound-local-what = A function uses the variable { $name } before it has a value inside the function.
explain-unbound-local-why = The function gives { $name } a new value with =, so Python treats { $name } as the function's own variable, separate from the one outside it.
explain-unbound-local-try = Give { $name } to the function as a parameter and return the new value. Or write global { $name } as the first line inside the function.

## Syntax: Python could not read the program, so nothing ran.

explain-missing-colon-what = A colon (:) is missing at the end of a line.
explain-missing-colon-why = Lines that start with if, elif, else, for, while, def or class must end with a colon.
explain-missing-colon-try = Add : at the end of line { $line }.

explain-unclosed-quote-what = Some text has an opening quote but no closing quote.
explain-unclosed-quote-why = Text must start and end with the same kind of quote (" or ') on the same line.
explain-unclosed-quote-try = Add the missing quote at the end of the text.

explain-unclosed-triple-quote-what = Some text starts with three quotes but never ends.
explain-unclosed-triple-quote-why = Text that starts with """ or ''' goes on until the same three quotes appear again.
explain-unclosed-triple-quote-try = Add the three closing quotes where the text should end.

explain-unclosed-bracket-what = A bracket { $bracket } is opened but never closed.
explain-unclosed-bracket-why = Every opening bracket needs a closing bracket to match it.
explain-unclosed-bracket-try = Add { $closing } where the bracket should end. Count the brackets on line { $line }.

explain-unmatched-bracket-what = There is a closing bracket { $bracket } with no opening bracket before it.
explain-unmatched-bracket-why = Brackets come in pairs. This one may be one too many, or its opening bracket may be missing.
explain-unmatched-bracket-try = Count the opening and closing brackets on the line, and remove the extra one.

explain-mismatched-bracket-what = The bracket { $bracket } closes a different kind of bracket: { $opening }.
explain-mismatched-bracket-why = A bracket must be closed by the same kind: ( with ), [ with ], and {"{"} with {"}"}.
explain-mismatched-bracket-try = Check which bracket should close here, and change it.

explain-equals-in-condition-what = This line uses = where == was probably meant.
explain-equals-in-condition-why = One = stores a value in a variable. To compare two values, Python uses == (two equals signs).
explain-equals-in-condition-try = Change = to == on line { $line }.

explain-python2-print-what = print needs round brackets around what it shows.
explain-python2-print-why = This is how print was written in Python 2, an old version. In Python 3, print is a function, so it needs brackets.
explain-python2-print-try = Put brackets around what you want to print, like this: print("Hello").

explain-else-without-if-what = Python found an else or elif that does not belong to an if.
explain-else-without-if-why = else and elif must come straight after the lines of an if, and line up with the if exactly.
explain-else-without-if-try = Check that the else or elif starts at the same place as its if, and that the if above it ends with a colon.

explain-indent-expected-what = Line { $line } should be indented (moved to the right).
explain-indent-expected-why = After a line that ends with a colon, the lines that belong to it must start with some spaces.
explain-indent-expected-try = Put 4 spaces at the start of line { $line }.

explain-indent-unexpected-what = Line { $line } starts with spaces that it should not have.
explain-indent-unexpected-why = Only lines that belong to an if, a loop or a function are indented.
explain-indent-unexpected-try = Remove the spaces at the start of line { $line }, or check whether the line above needs a colon.

explain-indent-mismatch-what = Line { $line } is indented by a different amount from the lines around it.
explain-indent-mismatch-why = Lines that belong together must start at exactly the same place.
explain-indent-mismatch-try = Line up the start of line { $line } with the lines it belongs with. Use 4 spaces for each step.

explain-tabs-and-spaces-what = Line { $line } mixes tabs and spaces at its start.
explain-tabs-and-spaces-why = Tabs and spaces can look the same, but Python counts them differently.
explain-tabs-and-spaces-try = Delete the space at the start of the line, then use 4 spaces (not the Tab key) for each step.

explain-indent-other-what = The spaces at the start of line { $line } do not fit with the lines around it.
explain-indent-other-why = Python uses the spaces at the start of a line to see which lines belong together.
explain-indent-other-try = Line up line { $line } with the lines it belongs with. Use 4 spaces for each step.

explain-syntax-other-what = Python could not understand line { $line }.
explain-syntax-other-why = Something near the spot shown above is not written the way Python expects. Often it is a missing bracket, quote, comma or colon, sometimes on the line before.
explain-syntax-other-try = Look closely at the spot shown above, and at the end of the line above it.

## Types: a value of the wrong kind.

explain-join-text-and-other-what = Python cannot join text and { $other_type_words } with +.
explain-join-text-and-other-why = + can join text to text, but a number is not text, even if it looks like one when printed.
explain-join-text-and-other-try = Turn the number into text with str(), like "Age: " + str(age). Or use an f-string: f"Age: {"{"}age{"}"}".

explain-add-number-and-text-what = Python cannot add { $left_type_words } and text together with +.
explain-add-number-and-text-why = Text that looks like a number, such as "12" or the answer from input(), is still text.
explain-add-number-and-text-try = Turn the text into a number first, with int() for whole numbers or float() for decimals: int(answer).

explain-operator-types-what = Python cannot use { $operator } with these two kinds of value: { $left_type_words } and { $right_type_words }.
explain-operator-types-why = Each operator only works with some kinds of value. A value may not be what you expect, for example text from input() instead of a number.
explain-operator-types-try = Print the values just before line { $line } to see what they hold, then turn them into the right kind with int(), float() or str().

explain-multiply-text-what = Python cannot multiply text by { $other_type_words }.
explain-multiply-text-why = Text can only be repeated a whole number of times, like "ha" * 3. Text from input() is still text, even when it looks like a number.
explain-multiply-text-try = Turn the text into a number first, with int() or float().

explain-too-many-arguments-what = The function { $function } was given { $given } { $given ->
        [one] value
       *[other] values
    }, but it takes { $expected }.
explain-too-many-arguments-why = A function takes as many values as there are names in the brackets of its def line.
explain-too-many-arguments-try = Check the brackets where { $function } is used: { $expected ->
        [0] leave them empty.
        [one] give it just one value.
       *[other] give it { $expected } values, separated by commas.
    }

explain-missing-arguments-what = The function { $function } needs { $count } more { $count ->
        [one] value
       *[other] values
    }: { $names }.
explain-missing-arguments-why = Each name in the brackets of the def line needs a value when the function is used.
explain-missing-arguments-try = { $count ->
        [one] Put the missing value in the brackets where { $function } is used.
       *[other] Put the missing values in the brackets where { $function } is used, separated by commas.
    }

explain-wrong-number-of-arguments-what = { $function }() was given { $given } { $given ->
        [one] value
       *[other] values
    }, but it needs { $expected }.
explain-wrong-number-of-arguments-why = Each function needs a certain number of values in its brackets.
explain-wrong-number-of-arguments-try = Check what goes in the brackets of { $function }(), and how many values it needs.

explain-call-a-value-what = Python tried to use a value as a function: there are brackets straight after { $value_type_words }.
explain-call-a-value-why = Brackets after something mean "run this function". A comma or an operator such as * may be missing.
explain-call-a-value-try = To multiply, write *, like 5 * 3. To list values, separate them with commas.

explain-builtin-replaced-what = { $callee } is not a function any more: it holds { $value_type_words }.
explain-builtin-replaced-why = A line above this one gives { $callee } a value with =, which replaces Python's own { $callee }.
explain-builtin-replaced-try = Find the line that says { $callee } = and choose a different name for that variable.

explain-not-a-function-what = { $callee } is not a function: it holds { $value_type_words }.
explain-not-a-function-why = Brackets after a name mean "run this function", but { $callee } holds a value, not a function.
explain-not-a-function-try = Remove the brackets after { $callee }, or check that the name is the function you meant.

explain-not-a-function-unnamed-what = Python tried to use { $value_type_words } as a function.
explain-not-a-function-unnamed-why = Brackets after something mean "run this function", but this is a value, not a function.
explain-not-a-function-unnamed-try = Check the brackets on line { $line }. A comma or an operator such as * may be missing.

explain-no-length-what = len() cannot measure { $value_type_words }.
explain-no-length-why = len() counts the items in text, a list or a dictionary. A number has no length.
explain-no-length-try = To count the digits of a number, turn it into text first: len(str(number)).

explain-not-subscriptable-what = Square brackets cannot be used with { $value_type_words }.
explain-not-subscriptable-why = Square brackets pick one item out of text, a list or a dictionary. This value has no items.
explain-not-subscriptable-try = Check the variable before the square brackets: does it hold what you expect? To run a function, use round brackets.

explain-not-iterable-what = A loop cannot go through { $value_type_words }.
explain-not-iterable-why = A for loop goes through the items of text, a list, or a range(). A single number has no items.
explain-not-iterable-try = To repeat something a number of times, use range(): for i in range(number):

explain-needs-whole-number-what = Python needed a whole number here, but got { $value_type_words }.
explain-needs-whole-number-why = Things like range() and repeating text need a whole number. Text from input() is still text, and 2.5 is not whole.
explain-needs-whole-number-try = Turn the value into a whole number with int() first.

explain-compare-types-what = Python cannot compare { $left_type_words } and { $right_type_words } with { $operator }.
explain-compare-types-why = Python can only tell which is bigger when both values are the same kind, for example two numbers. Text from input() is still text.
explain-compare-types-try = Turn the text into a number with int() or float() before comparing.

## Values.

explain-int-from-text-what = int() could not turn the text { $value } into a whole number.
explain-int-from-text-why = int() only understands whole numbers written with digits, like "12". Words, spaces, decimal points and commas stop it.
explain-int-from-text-try = Check what your program gave to int(). For a number with a decimal point, use float() instead.

explain-float-from-text-what = float() could not turn the text { $value } into a number.
explain-float-from-text-why = float() understands numbers written with digits and a dot for the decimal point, like "3.5". Words, and commas as decimal points, stop it.
explain-float-from-text-try = Check what your program gave to float(). Write decimals with a dot: 3.5, not 3,5.

explain-unpack-count-what = The number of names on the left of = does not match the number of values on the right.
explain-unpack-count-why = When = gives values to several names at once, there must be exactly one value for each name.
explain-unpack-count-try = Count the names and the values on line { $line }, and make them the same.

explain-index-empty-list-what = Your program asked for the first item of a list, but the list is empty.
explain-index-empty-list-why = An empty list, [], has no items at all, not even one at position 0.
explain-index-empty-list-try = Check that something is added to the list before this line, or check first with: if len(items) > 0:

explain-index-list-what = Your program asked for an item at a position the list does not have.
explain-index-list-why = Positions in a list start at 0, so a list of 3 items has positions 0, 1 and 2. Position 3 is one too far.
explain-index-list-try = Check the number in the square brackets. The last item is at len(items) - 1, or simply [-1].

explain-index-string-what = Your program asked for a letter at a position the text does not have.
explain-index-string-why = Positions in text start at 0, so "cat" has positions 0, 1 and 2. Position 3 is one too far.
explain-index-string-try = Check the number in the square brackets. The last letter is at len(text) - 1, or simply [-1].

explain-pop-empty-what = Your program tried to take an item out of an empty list.
explain-pop-empty-why = .pop() takes the last item out of a list, but this list has no items left.
explain-pop-empty-try = Check that the list is not empty first, with: if len(items) > 0:

explain-index-other-what = Your program asked for an item at a position that does not exist.
explain-index-other-why = Positions start at 0, so the last position is one less than the number of items.
explain-index-other-try = Check the number in the square brackets on line { $line }.

explain-key-missing-what = The dictionary has no key { $key }.
explain-key-missing-why = A dictionary only has the keys that were put in it. Keys must match exactly, with the same capital letters and spaces.
explain-key-missing-try = Check the spelling of { $key }. To get None instead of an error when a key is missing, use .get({ $key }).

explain-divide-by-zero-what = Your program tried to divide by zero.
explain-divide-by-zero-why = Nothing can be divided by zero, so Python stops. The number after /, // or % on line { $line } was 0.
explain-divide-by-zero-try = Check how that number gets its value. If it can be 0, use an if to check before dividing.

## Attributes: the part after a dot.

explain-list-method-on-text-what = Text has no .{ $attribute }(): only lists do.
explain-list-method-on-text-why = The variable before the dot holds text (str), not a list.
explain-list-method-on-text-try = To add to the end of text, use +, like word = word + "!". If you wanted a list, make one with square brackets: words = ["hello"].

explain-attribute-typo-what = This value is { $value_type_words }, and it has nothing called .{ $attribute }.
explain-attribute-typo-why = It looks like a typing slip: did you mean .{ $suggestion }?
explain-attribute-typo-try = Change .{ $attribute } to .{ $suggestion }.

explain-module-attribute-typo-what = The module { $module } has nothing called { $attribute }.
explain-module-attribute-typo-why = It looks like a typing slip: did you mean { $module }.{ $suggestion }?
explain-module-attribute-typo-try = Change { $attribute } to { $suggestion }.

explain-attribute-of-none-what = Your program used .{ $attribute } on None, which means "no value".
explain-attribute-of-none-why = A variable holds None, often because it was set from something that gives nothing back, like print() or list.sort().
explain-attribute-of-none-try = Check where the variable before the dot gets its value. For example, write items.sort() on its own line, not items = items.sort().

explain-module-attribute-what = The module { $module } has nothing called { $attribute }.
explain-module-attribute-why = Each module has its own set of names, and this is not one of them.
explain-module-attribute-try = Check the spelling of { $attribute }, and that it belongs to { $module }.

explain-attribute-missing-what = This value is { $value_type_words }, and it has nothing called .{ $attribute }.
explain-attribute-missing-why = Each kind of value has its own methods, and .{ $attribute } is not one of them for this kind.
explain-attribute-missing-try = Check the spelling, and what the variable before the dot holds at this point.

## Running.

explain-recursion-what = A function kept calling itself and never stopped.
explain-recursion-why = A function that calls itself needs a point where it stops, such as if n == 0: return. Python stopped it after about 1000 calls.
explain-recursion-try = Check the if that should stop it, and that each call gets closer to stopping.

explain-input-test-ran-out-what = Your program asked for more input than this test gives.
explain-input-test-ran-out-why = Each input() reads one line. This test gives fewer lines than your program asks for.
explain-input-test-ran-out-try = Read the task again to see how many answers it gives, and count the input() calls. Is there an input() inside a loop?

explain-input-ended-what = Your program asked for input, but there was no more to read.
explain-input-ended-why = input() reads one line. The input ended before the program finished asking, for example because a file of answers ran out.
explain-input-ended-try = Run the program again, type an answer and press Enter.

explain-no-module-what = Slate's Python has no module called { $module }.
explain-no-module-why = The name may be misspelt, or the module is not part of Slate's Python, which cannot install extra modules.
explain-no-module-try = Check the spelling of { $module }. Modules such as math, random and time are there.

explain-internal-what = Python stopped unexpectedly. This is a problem in Slate, not in your program.
explain-internal-why = Something went wrong inside Slate's Python.
explain-internal-try = Run the program again. If it keeps happening, tell your teacher.

explain-unknown-what = Your program stopped with an error: { $type }.
explain-unknown-why = Slate has no plain explanation for this error yet. Python's own message is below.
explain-unknown-try = Read Python's message, look at line { $line }, and ask for a hint if you are stuck.

## Limits: Slate stopped the program.

explain-limit-time-what = Your program was stopped: it was still running after { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    }.
explain-limit-time-why = Is there a loop that never ends? A while loop goes on until its condition becomes False.
explain-limit-time-try = Check that something inside the loop changes, so that the loop can stop.

explain-limit-memory-what = Your program was stopped: it used more than { $megabytes } MB of memory.
explain-limit-memory-why = Is a list or some text growing without end, for example inside a loop that never stops?
explain-limit-memory-try = Check the loops that add to a list or to text, and that each one can stop.

explain-limit-output-what = Your program was stopped: it printed more than { $kilobytes } KB.
explain-limit-output-why = Is a print inside a loop that never ends?
explain-limit-output-try = Check that the loop around the print can stop.

# issue 13: feedback

# Where an error is, in words (for screen readers and plain text, instead of a ^ under the line).
explain-label-spot = Line { $line }, column { $column }, near "{ $near }":
explain-label-column = Line { $line }, column { $column }:
explain-label-spot-end = Line { $line }, at the end of the line:
# Said after "line" (as in "line { $line }") when Python did not say which line.
explain-line-unknown = (Python did not say which)

# issue 13: slow programs
explain-limit-time-printing-what = Your program was stopped after { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    }, while it was still printing.
explain-limit-time-printing-why = It had printed { $lines } { $lines ->
        [one] line
       *[other] lines
    } by then. It may not be stuck: it may just be slow, or print more than it needs to. Printing many lines takes time.
explain-limit-time-printing-try = Check how many times your loop runs and what it prints. Print only what the task asks for.
explain-limit-output-printing-what = Your program was stopped: it printed more than { $kilobytes } KB.
explain-limit-output-printing-why = It printed { $lines } { $lines ->
        [one] line
       *[other] lines
    } before it was stopped. It may just print too much, or a print may be inside a loop that never ends.
explain-limit-output-printing-try = Check how many times the loop around the print runs, and that it can stop.

# issue 16: explanations that are right
explain-keyword-as-name-what = "{ $word }" is one of Python's own words, so it cannot be the name of a variable.
explain-keyword-as-name-why = Python keeps a few words for itself, like class, def, for and if: they always mean the same thing, so they cannot hold your values.
explain-keyword-as-name-try = Choose another name on line { $line }, for example { $word }_name or my_{ $word }, and use it everywhere.
explain-else-if-what = Python does not understand "else if" on line { $line }.
explain-else-if-why = In Python, "else if" is written as one word: elif.
explain-else-if-try = Write elif in place of else if, for example: elif x > 2:
explain-return-outside-what = return can only be used inside a function.
explain-return-outside-why = return gives back a function's result, so it must be inside a def. Line { $line } is not inside one: look at its indentation.
explain-return-outside-try = Move the line in under its def, or use print to show the value instead.
explain-sign-order-what = Python writes this sign as { $right }, not { $wrong }.
explain-sign-order-why = In Python the < or > comes first, then the =.
explain-sign-order-try = Change { $wrong } to { $right } on line { $line }.
explain-words-without-quotes-what = Python reads the words on line { $line } as names, not as text.
explain-words-without-quotes-why = Words to show on the screen must be inside quotes, or Python looks for variables with those names.
explain-words-without-quotes-try = Put quotes around the words, like this: print("Hello world")
explain-none-value-what = One of the values on line { $line } is None: no value at all.
explain-none-value-why = A function with no return line gives back None. Maybe a function you wrote works out its answer but does not return it.
explain-none-value-try = Add return and the answer at the end of that function, for example: return total
explain-str-unchangeable-what = Text cannot be changed one letter at a time.
explain-str-unchangeable-why = In Python a string always stays as it was made, so word[0] = "b" is not allowed.
explain-str-unchangeable-try = Make a new string instead, for example: word = "b" + word[1:]
explain-not-in-list-what = The list does not hold { $value }.
explain-not-in-list-why = remove() and index() only work with an item that is in the list. Capital letters and spaces must match too.
explain-not-in-list-try = Print the list to see what it holds, or check first with: if { $value } in my_list:
explain-no-files-what = Your program tried to open the file "{ $file }".
explain-no-files-why = Programs here run in a safe box with no files, so they cannot read or write files on this computer.
explain-no-files-try = Put the data in your program instead, for example in a list or a string.
explain-missing-in-sandbox-what = { $module }.{ $name } is part of Python, but not of the Python inside Slate.
explain-missing-in-sandbox-why = Your spelling is right. Slate's Python runs in a safe box, so it leaves out the parts that work with the computer itself, such as running other programs, clearing the screen or setting the clock.
explain-missing-in-sandbox-try = Leave this line out: Slate shows what your program prints by itself. Ask your teacher if the exercise needs it.

# issue 16: an IndexError with the real length of the list or text and the position asked for
explain-index-list-known-what = { $length ->
    [0] Your program asked for the item at position { $index }, but the list is empty.
    [one] Your program asked for the item at position { $index }, but the list has only 1 item.
   *[other] Your program asked for the item at position { $index }, but the list has only { $length } items.
}
explain-index-list-known-why = { $counted_from ->
    [end] { $length ->
        [0] An empty list has no items, so there is nothing to count back to.
       *[other] Negative positions count back from the end: -1 is the last item and -{ $length } is the first. Position { $index } is too far back.
    }
   *[start] { $length ->
        [0] An empty list has no positions at all, so even position 0 is too far.
        [one] Positions in a list start at 0, so a list of 1 item has only position 0.
       *[other] Positions in a list start at 0, so a list of { $length } items has positions 0 to { $last }.
    }
}
explain-index-list-known-try = Check the number in the square brackets, or that the list has the items you expect. The last item is at len(items) - 1, or simply [-1].
explain-index-string-known-what = { $length ->
    [0] Your program asked for the letter at position { $index }, but the text is empty.
    [one] Your program asked for the letter at position { $index }, but the text has only 1 letter.
   *[other] Your program asked for the letter at position { $index }, but the text has only { $length } letters.
}
explain-index-string-known-why = { $counted_from ->
    [end] { $length ->
        [0] Empty text has no letters, so there is nothing to count back to.
       *[other] Negative positions count back from the end: -1 is the last letter and -{ $length } is the first. Position { $index } is too far back.
    }
   *[start] { $length ->
        [0] Empty text has no positions at all, so even position 0 is too far.
        [one] Positions in text start at 0, so text of 1 letter has only position 0.
       *[other] Positions in text start at 0, so text of { $length } letters has positions 0 to { $last }.
    }
}
explain-index-string-known-try = Check the number in the square brackets. The last letter is at len(text) - 1, or simply [-1].

# issue 16: a program that starts a thread (Slate's Python has none)
explain-no-threads-what = Your program tried to start a thread: a second part of the program running at the same time.
explain-no-threads-why = Programs in Slate run one step at a time, so they cannot start threads.
explain-no-threads-try = Call the function yourself instead, for example greet() in place of starting a thread that runs greet.
