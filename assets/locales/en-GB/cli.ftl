# The command line: `slate run`, `slate check`, and problems with files and folders.
# (clap's own --help text stays in English; see docs/translating.md.)

## Problems with what was asked: one clear sentence each.

cli-file-not-found = Slate could not find the file { $file }. Check its name and the folder you are in.
cli-file-is-folder = { $file } is a folder, not a file. Give the name of a .py file inside it.
cli-file-unreadable = Slate could not read { $file }: { $error }.
cli-file-not-utf8 = { $file } is not plain text that Slate can read. Save it as UTF-8 text (in Notepad: Save As, Encoding: UTF-8) and try again.
cli-file-too-big = { $file } is too big: Slate reads files of up to { $limit } KB here. Check that it is the right file.
cli-broken-pack-skipped = Note: the pack in { $origin } has problems and was skipped. Run `slate pack check` on it to see them.
cli-no-home = Slate could not find a folder for its files on this computer. Set SLATE_HOME to a folder you can write to, for example SLATE_HOME=./slate-data
cli-unknown-language = Slate does not have the language "{ $requested }", so it will use { $using }. Languages Slate has: { $available }.

## slate run

run-bad-time-limit = The time limit must be a number of seconds between 0 and 3600, for example --time-limit 2.5
run-bad-memory-limit = The memory limit must be between 1 and 2048 MB, for example --memory-limit 64
run-bad-output-limit = The output limit must be between 1 and 1048576 KB.
run-piped-input-unreadable = Slate could not read the piped input: { $error }.
run-input-file-unreadable = Slate could not read the input file { $file }. Check its name and the folder you are in.

## slate check

check-heading = Checking { $file } against { $exercise }: { $title }
check-not-an-exercise-id = "{ $id }" is not an exercise id. Exercise ids look like pack/exercise, for example python-first-steps/hello. Run `slate pack list` to see them.
check-no-such-pack = There is no pack called "{ $pack }". Run `slate pack list` to see the packs.
check-no-such-pack-suggest = There is no pack called "{ $pack }". Did you mean { $suggestion }? Run `slate pack list` to see the packs.
check-no-such-exercise = The pack "{ $pack }" has no exercise called "{ $exercise }". Run `slate pack list` to see its exercises.
check-no-such-exercise-suggest = The pack "{ $pack }" has no exercise called "{ $exercise }". Did you mean { $suggestion }? Run `slate pack list` to see its exercises.

## The sandbox

sandbox-damaged = Slate's built-in Python is damaged ({ $detail }). Please reinstall Slate.
sandbox-engine = Slate could not start its Python sandbox: { $detail }
sandbox-thread = Slate could not start a thread to run the program: { $detail }
sandbox-preparing = Preparing Python, one time only: { $step } ({ $elapsed })
sandbox-step-unpacking = Unpacking Python (step 1 of 2)
sandbox-step-compiling = Getting Python ready for this computer (step 2 of 2)
sandbox-ready = Python is ready.
sandbox-cache-forged = Slate's prepared copy of Python had been changed by something other than Slate, so Slate did not use it. It is preparing Python again.

check-not-saved = Your result is shown above, but Slate could not save it. { $reason }
sandbox-internal = Python stopped unexpectedly: { $detail }

# issue 13: slow programs
python-getting-ready = Getting Python ready, the first time only: about { $percent }% ({ $seconds } s)

# issue 14: packs
cli-note = Note: { $note }
cli-only-packs-none = only teachers' packs were asked for, but Slate found none, so it shows its own courses.
check-folder-pack-broken = The pack in the folder "{ $folder }" has { $count ->
        [one] a problem
       *[other] problems
    }. Run `{ $command }` to see what to fix.
check-pack-id-differs = The folder "{ $folder }" holds a pack whose id is "{ $id }": use { $suggestion }.
check-own-pack-hint = If this is your own pack, add `--packs FOLDER` (the pack's folder, or a folder of packs), or name the exercise by the pack's folder: `slate check FOLDER/EXERCISE FILE`.

# issue 14: learners
check-saved = Saved for { $who }.
check-learner-one-file = --learner keeps one pupil's attempt, so it marks one file at a time. Give one file, or leave out --learner to mark many.
check-json-one-file = --json describes one file. To mark many files for a spreadsheet, use --format csv.
check-no-py-files = The folder { $folder } has no .py files in it. Check that it is the folder of pupils' files.
check-batch-marking = Marking
check-batch-col-file = File
check-batch-col-score = Score
check-batch-col-max-score = Max score
check-batch-col-result = Result
check-batch-col-problem = First problem
check-batch-passed = passed
check-batch-failed = failed
check-batch-unreadable = could not be read
check-batch-summary = Passed: { $passed } of { $count }. Average score: { $average } out of { $max }.

# issue 17: class view
class-plain-heading-all = All learners: { $learners }, read at { $time }.
class-plain-heading-group = Class { $group }: { $learners }, read at { $time }.
class-plain-stuck-longest = Stuck longest: { $who }, for { $time }, on { $exercise }.
class-plain-stuck = { $who }: stuck on { $exercise } for { $time }, { $attempts } checks without passing.
class-plain-trying = { $who }: working on { $exercise } for { $time }, not passed yet.
class-plain-passed = { $who }: passed { $exercise }.
class-plain-counts = Passed { $passed }, tried { $tried }, stuck { $stuck }. Last check { $time } ago.
class-plain-nothing-yet = { $who }: has not checked anything yet.
