# Lesson packs: what teachers see from `slate pack check`, `slate pack new` and
# `slate pack list`. Field names in `backticks` are part of the pack format: keep them as
# they are in every language.

## A problem, as file:line:column: message, then help on the next line.

pack-problem-help = help: { $text }

## Kinds of value in a TOML file.

toml-type-text = text
toml-type-integer = a whole number
toml-type-float = a decimal number
toml-type-boolean = true/false
toml-type-date = a date
toml-type-list = a list
toml-type-table = a table
toml-expect-text = text in quotes
toml-expect-one-of = one of { $values }
toml-expect-integer = a whole number
toml-expect-number = a number
toml-expect-text-list = a list of text, like ["a", "b"]
toml-expect-table = a table
toml-expect-table-list = a list of tables ([[...]])

## The parts of a pack, as $what in the messages below.

pack-part-pack = pack.toml
pack-part-lesson = a lesson
pack-part-page = a [[page]]
pack-part-exercise = an [[exercise]]
pack-part-test = an [[exercise.test]]
pack-part-limits = [limits]
pack-part-solutions = [solutions]

## What the fields that must be there are for (in "add `id`: ...").

pack-field-doc-format = the version of the pack format: always 1.
pack-field-doc-id = an id: lower-case letters, digits and '-'. Never change it once used.
pack-field-doc-title = a few words that people see.
pack-field-doc-lessons = the lesson file names in order, without .toml.
pack-field-doc-text = the text (Markdown).
pack-field-doc-name = a few words learners see, e.g. "adds negative numbers".
pack-field-doc-task = what to do (Markdown), with an example of input and output.

## Fields and values.

pack-unknown-field = unknown field `{ $field }` in { $what }
pack-did-you-mean-field = did you mean `{ $suggestion }`?
pack-fields-allowed = the fields { $what } can have are: { $fields }
pack-missing-field = { $what } has no `{ $field }`
pack-add-field = add `{ $field }`: { $doc }
pack-bad-value = `{ $field }` cannot be "{ $value }"
pack-did-you-mean-value = did you mean "{ $suggestion }"?
pack-use-one-of = use one of { $values }
pack-list-item-not-text = every item of `{ $field }` must be text in quotes, not { $found }
pack-wrong-type = `{ $field }` should be { $expected }, not { $found }
pack-bad-id = the { $what ->
        [pack] pack
        [lesson] lesson
        [exercise] exercise
       *[test] test
    } id "{ $id }" is not a valid id
pack-bad-id-help = use lower-case letters, digits and '-', for example "{ $example }"
pack-out-of-range = `{ $field }` cannot be { $value }
pack-out-of-range-help = use a number from { $min } to { $max }
pack-out-of-range-whole-help = use a whole number from { $min } to { $max }
pack-out-of-range-time-help = use a number of seconds from { $min } to { $max }
pack-out-of-range-memory-help = use a whole number of megabytes from { $min } to { $max }
pack-out-of-range-output-help = use a whole number of kilobytes from { $min } to { $max }
pack-out-of-range-format-help = write `format = { $max }`
pack-bad-locale = `locale` cannot be "{ $value }"
pack-bad-locale-help = use a language tag, like "cy", "en-GB" or "pt-BR"

## Files.

pack-not-toml = this is not valid TOML: { $error }
pack-not-toml-help = check quotes, brackets and `=` signs near this place
pack-too-deep = this is nested too deeply for Slate to read ({ $error })
pack-too-deep-help = a pack needs only a few levels of brackets and dotted names (a.b.c): remove the extra ones
pack-cannot-read = cannot read this file: { $error }
pack-cannot-read-help-missing = check the file name and that the file is in the pack's folder
pack-cannot-read-help-not-text = save the file as UTF-8 text
pack-read-not-found = the file does not exist
pack-read-outside = the path leads outside the pack's folder (paths must be relative, without `..`)
pack-read-too-large = the file is larger than 1 MB
pack-read-not-text = the file is not UTF-8 text
pack-read-folder = it is a folder, not a file
pack-read-folder-help = put a file with that name in place of the folder, or fix the name
pack-read-special = it is not an ordinary file (it is a device, a pipe, or a link to nothing)
pack-read-special-help = use an ordinary text file here
pack-read-too-large-help = split it into smaller files: each file of a pack can be at most 1 MB
pack-read-outside-help = keep the file inside the pack's folder: copy it there instead of linking to it
pack-read-io-help = check that the file is there and that you are allowed to read it
pack-bundled-origin = built in ({ $dir })

## pack.toml

pack-newer-format = this pack uses format { $found }, made for a newer version of Slate (this one reads format { $known })
pack-newer-format-help = update Slate to use this pack
pack-no-lessons = the pack has no lessons
pack-no-lessons-help = list the lesson files, e.g. lessons = ["01-hello"]
pack-too-many-lessons = a pack can have at most { $max } lessons
pack-lesson-listed-twice = the lesson "{ $file }" is listed twice
pack-remove-one = remove one of them
pack-cannot-read-lesson = cannot read the lesson file { $file }: { $error }
pack-cannot-read-lesson-help-missing = make a file called { $file } in the pack's folder, or fix the name here
pack-cannot-read-lesson-help-outside = lesson files must be inside the pack's folder

## Lessons and exercises.

pack-duplicate-lesson = the lesson id "{ $id }" is already used at { $first }
pack-duplicate-lesson-help = give each lesson its own id
pack-too-many-exercises = a lesson can have at most { $max } exercises
pack-code-twice = the exercise has both `{ $field }` and `{ $file_field }`
pack-code-twice-help = keep one of them
pack-cannot-read-code = cannot read { $file }: { $error }
pack-cannot-read-code-help-outside = use a path inside the pack's folder, like "02-numbers/add.py"
pack-cannot-read-code-help-missing = make the file { $file } next to the lesson file, or fix the name
pack-no-code = the exercise has no `{ $field }`
pack-no-code-help = add `{ $field } = """..."""` or `{ $file_field } = "file.py"`
pack-duplicate-exercise = the exercise id "{ $id }" is already used at { $first }
pack-duplicate-exercise-help = exercise ids must be different across the whole pack
pack-too-many-tests = an exercise can have at most { $max } tests
pack-duplicate-test = two tests of exercise "{ $exercise }" have the id "{ $id }"
pack-duplicate-test-help = give the tests different names, or set `id` on one of them

## Tests.

pack-nothing-to-compare = the test "{ $name }" has nothing to compare
pack-nothing-to-compare-help = give it `expect` (output), or `call` and `returns` (a function), or `require`/`forbid` (a code check)
pack-mixed-test = the test "{ $name }" mixes different kinds of test
pack-mixed-test-help = use only one of: `expect`; `call` and `returns`; `require`/`forbid`. Split it into two tests
pack-bad-regex = `expect` is not a valid regular expression: { $error }
pack-tolerance-unused-help = remove it, or set match = "numbers"
pack-empty-call = the test "{ $name }" has an empty `call` or `returns`
pack-call-without-returns = the test "{ $name }" has `call` but no `returns`
pack-call-without-returns-help = add `returns = "..."`: the value the call should give back, in Python
pack-returns-without-call = the test "{ $name }" has `returns` but no `call`
pack-returns-without-call-help = add `call = "..."`, for example call = "add(2, 3)"
pack-unknown-construct = a code check cannot look for "{ $item }"
pack-unknown-construct-help = see the list in docs/lesson-packs.md (e.g. "for", "while", "call:len")
pack-empty-code-check = the code check "{ $name }" has nothing to check
pack-empty-code-check-help = list something in `require` or `forbid`

## Translations of a pack (translations/<language>/<lesson>.toml).

pack-translation-bad-language = "{ $language }" is not a language tag Slate understands
pack-translation-bad-language-help = name the folder after the language, e.g. translations/cy or translations/pt-BR
pack-translation-no-lesson = there is no lesson file { $file } in this pack to translate
pack-translation-no-lesson-help = name the translation after a lesson file listed in pack.toml
pack-translation-unknown-id = the { $what ->
        [lesson] lesson
        [exercise] exercise
       *[test] test
    } "{ $id }" is not in { $file }
pack-translation-unknown-id-help = translations use the ids of the lesson file; check the spelling, or remove this part
pack-translation-invalid-help = a translation has only the words of its lesson: title, ideas, [[page]] (title, text), and [exercise.ID] (title, task, hints, and [exercise.ID.test.ID] with name)
pack-translation-id-mismatch = this translation is for the lesson "{ $found }", but { $file } is the lesson "{ $expected }"
pack-translation-too-many = { $what } has { $found } { $found ->
        [one] item
       *[other] items
    }, but the original has only { $expected }
pack-translation-too-many-help = translate each item of the original once, in the same order

## slate pack check

pack-check-not-a-pack = { $dir } is not a lesson pack: it has no pack.toml. Give the folder that holds pack.toml, or make a new pack with `slate pack new { $quoted }`.
pack-check-stopped = { $count ->
        [one] 1 problem found.
       *[other] { $count } problems found.
    } The pack was not checked any further: fix these first.
pack-check-sound = The pack "{ $title }" is sound: { $lessons ->
        [one] 1 lesson
       *[other] { $lessons } lessons
    }, { $exercises } exercises, { $tests } tests. Every solution passes and every starter has something left to do.
pack-check-problems = { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } found ({ $exercises ->
        [one] 1 exercise
       *[other] { $exercises } exercises
    } checked).
pack-check-progress = Running the tests: { $bar } { $done } of { $total } ({ $elapsed })
pack-check-sandbox-failed = the sandbox could not run this test: { $error }
pack-check-solution-fails = exercise "{ $exercise }": the reference solution fails the test "{ $test }"
pack-check-solution-fails-help = fix the solution or the test so that they agree
pack-check-starter-passes = exercise "{ $exercise }": the starter code already passes every test, so there is nothing to do
pack-check-starter-passes-help = make the starter incomplete, or add a test it fails
pack-check-translations = Translations checked: { $languages }.

## slate pack new

pack-new-not-empty = { $dir } already exists and is not empty. Choose a new folder name, so nothing is overwritten.
pack-new-cannot-write = Slate could not write { $file }: { $error }.
pack-new-cannot-make-folder = Slate could not make the folder { $dir }: { $error }.
pack-new-made = Made a new pack in { $dir }: pack.toml and one lesson, 01-hello.toml.
pack-new-next = Next: edit the files, then run `slate pack check { $dir }`.

## slate pack list

pack-list-none = Slate cannot see any packs.
pack-list-pack = { $id } (version { $version }): { $title }
pack-list-from = from: { $origin }
pack-list-counts = { $lessons } { $lessons ->
        [one] lesson
       *[other] lessons
    }, { $exercises } { $exercises ->
        [one] exercise
       *[other] exercises
    }
pack-list-translations = translations: { $languages }
pack-list-not-loaded = Not loaded: { $origin } ({ $count ->
        [one] 1 problem
       *[other] { $count } problems
    })
pack-list-more-problems = ... run `slate pack check` on it to see them all.
pack-list-where = Teachers' packs are read from { $dir } and from folders given with --packs.

# issue 14: packs
pack-skipped-older = { $id } version { $version } in { $origin } is not used: a newer version ({ $used }) is in { $used_origin }.
pack-skipped-same-version = { $id } version { $version } in { $origin } is not used: the copy in { $used_origin } has the same version and comes first (a folder given with --packs, then this computer's packs, then Slate's own).
pack-check-copy-newer = Note: another copy of "{ $id }" has a newer version ({ $other }), in { $origin }. Where Slate finds both, it uses that one, not this one ({ $version }): raise `version` in this pack's pack.toml above { $other } to use this one.
pack-check-copy-same = Note: another copy of "{ $id }" with the same version ({ $version }) is in { $origin }. Where Slate finds both, a folder given with --packs comes first: raise `version` whenever you change a pack, so every computer uses the newest.
pack-check-copy-older = Note: an older copy of "{ $id }" (version { $other }) is in { $origin }. Where Slate finds both, it uses this one ({ $version }); `slate pack install` replaces the older copy on this computer.
pack-list-built-in-hidden = Slate's own courses are hidden, because only teachers' packs were asked for (--only-packs, or `slate pack settings only-packs on`).
pack-install-not-sound = Not installed: fix the problems above, then run `slate pack install { $dir }` again.
pack-install-already-there = "{ $id }" is already installed from that folder: nothing to do.
pack-install-newer-there = Not installed: this computer has a newer version of "{ $id }" ({ $installed }, in { $folder }) than this one ({ $version }). To replace it with this older one, run `{ $command }`.
pack-install-cannot-copy = Slate could not copy the pack into { $dir }: { $error }. Nothing was changed.
pack-install-copy-incomplete = the copy did not hold the whole pack
pack-install-done = Installed "{ $title }" ({ $id }, version { $version }) in { $folder }.
pack-install-replaced-older = It replaces the older version { $installed }.
pack-install-replaced-same = It replaces the copy that was there, which had the same version ({ $installed }).
pack-install-replaced-newer = It replaces the newer version { $installed }, as --force asked.
pack-install-next = Learners on this computer will see it the next time they start Slate. Their progress is kept.
pack-remove-built-in = "{ $id }" is one of Slate's own courses, so it cannot be removed. To show learners only your packs, run `slate pack settings only-packs on`.
pack-remove-not-installed-here = "{ $id }" is not installed on this computer: Slate reads it from { $origin }, a folder given with --packs. Nothing was removed.
pack-remove-unknown = No pack "{ $id }" is installed on this computer (in { $dir }). Nothing was removed. `slate pack list` shows the packs and their ids.
pack-remove-cannot = Slate could not remove { $folder }: { $error }.
pack-remove-done = Removed "{ $title }" ({ $id }, version { $version }) from { $folder }.
pack-remove-done-broken = Removed the pack folder { $folder }, which had problems.
pack-remove-progress-kept = Learners' progress on it is kept: install it again and they carry on where they were.
pack-settings-cannot-save = Slate could not save { $file }: { $error }. The settings were not changed.
pack-settings-heading = Pack settings for this computer (kept in { $file }):
pack-settings-on = on
pack-settings-off = off
pack-settings-only-packs = on: learners see only teachers' packs, not Slate's own courses
pack-settings-packs-first = on: teachers' packs come before Slate's own courses

# issue 14: pack checking

toml-expect-boolean = true or false
pack-part-translation = a translation
pack-part-translation-exercise = an [exercise.ID] of a translation
pack-part-translation-test = an [exercise.ID.test.ID] of a translation
pack-translation-not-a-table = "{ $id }" should hold translated words, as a table like [exercise.{ $id }]
pack-exercise-no-tests = exercise `{ $exercise }` has no tests; add `[[exercise.test]]`
pack-exercise-no-tests-help = each test checks one thing: what the program prints (`expect`), what a function gives back (`call` and `returns`), or how the code is written (`require` or `forbid`)
pack-problem-warning = warning
pack-tabs = exercise `{ $exercise }`: `{ $field }` is indented with tabs
pack-tabs-help = learners are shown four spaces for each tab; indent with spaces, so you see what they see
pack-lesson-with-toml = the lesson "{ $file }" is listed with ".toml"
pack-lesson-with-toml-help = drop the .toml: write "{ $stem }"
pack-tolerance-field-unused = `{ $field }` only matters with match = "numbers" or in a function test
pack-description-unused = `expect_description` only matters with match = "regex"
pack-description-unused-help = remove it: other tests show learners the expected output itself
pack-numeric-unused = `numeric` only matters in a function test (`call` and `returns`)
pack-numeric-unused-help = remove it; to compare numbers in output, use match = "numbers"
pack-match-on-call = the function test "{ $name }" has `match`, which only output tests use
pack-match-on-call-help = remove it: a value is compared by its type and value. To let 3 match 3.0, add numeric = true
pack-not-python = the test "{ $test }": `{ $field }` is not a Python expression: { $error }
pack-not-python-call-help = write the call as in Python, for example call = "add(2, 3)"
pack-not-python-returns-help = write the value as in Python, for example returns = "5", returns = "'hello'" or returns = "[1, 2]"
pack-python-unexpected = "{ $token }" cannot come there (character { $at })
pack-python-ends = it stops before it is finished
pack-python-unclosed = the "{ $bracket }" at character { $at } is never closed
pack-python-string = the text in quotes that starts at character { $at } is never closed
pack-python-new-line = a new line
pack-python-value = a value
pack-not-toml-escape-help = in "double quotes" a backslash starts an escape such as \n, and this one is not; for a pattern such as \d use single quotes: expect = 'You rolled \d' (or write \\d)
