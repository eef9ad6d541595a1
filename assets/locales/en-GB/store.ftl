# Learners' progress: the progress file, `slate learner`, `slate export`, `slate import` and
# `slate report`. Learners see the store-* messages (a name they typed, a file that cannot be
# saved); teachers see the rest. Commands in `backticks` stay as they are.
# Dates (2025-03-14), ids (good/greet) and version numbers are never translated.

## Problems with the progress file: one sentence each.

store-folder = Slate cannot make its data folder { $path }: { $reason }. Set SLATE_HOME to a folder you can write to, for example SLATE_HOME=./slate-data
store-read-only = Slate cannot save progress in { $path }, because the folder or the file is read-only. Ask your teacher, or set SLATE_HOME to a folder you can write to.
store-disk-full = The disk is full, so Slate could not save progress in { $path }. Nothing was lost; free some space and try again.
store-busy = Another Slate window is busy with the progress file { $path } and did not finish in time. Wait a moment and try again.
store-corrupt = The progress file { $path } is damaged, so Slate cannot read it. Slate has left it untouched: ask your teacher to put back a copy or move it aside (see docs/progress-format.md). You can still run programs with `slate run`.
store-not-ours = The file { $path } is not a Slate progress file, so Slate has left it untouched. Move it aside, or set SLATE_HOME to another folder.
store-newer = The progress file { $path } was made by a newer version of Slate (store version { $found }; this Slate knows up to { $known }). Update Slate to use it; the file is left untouched.
store-unreadable = Slate could not open the progress file { $path }: { $reason }.
store-needs-update = The progress file { $path } was made by an older version of Slate and must be updated before it can be read, but Slate cannot write to it. Run Slate once where it can write to that folder (or ask your teacher), then try again.
store-database = Slate could not read or save progress in { $path }: { $reason }.
# $reason is the database's own message, in English.
store-sql = Slate could not read or save progress: { $reason }.
store-write = Slate could not write { $path }: { $reason }.
store-learner-exists = There is already a learner called { $who }. Choose another name, for example with a surname or an initial.
# $command is a whole command, such as: slate learner add "Ada" --group "7B"
store-no-such-learner = There is no learner called { $who } on this computer. Add them with `{ $command }`, or see who is here with `slate learner list`.
store-which-group = { $count } learners are called { $name }, in groups { $groups }. Add the group, for example { $example }.
store-unknown-learner-id = Slate has no learner with the id { $id } on this computer.

## Why a file could not be used: the { $reason } in the messages above.

store-reason-cannot-open = the file or its folder cannot be opened (is the folder read-only, or on a drive that was removed?)
store-reason-is-folder = it is a folder, not a file
store-reason-disk-full = the disk is full
store-reason-folder-read-only = the folder is read-only
store-reason-no-folder = its folder does not exist

## Names and groups. Learners see these when they add themselves.

store-name-empty = A learner needs a name: type at least one letter.
store-name-too-long = That name is too long: Slate keeps up to { $max } characters.
store-group-too-long = That group is too long: Slate keeps up to { $max } characters.
store-name-control = That name has a character Slate cannot show (such as a tab or a control character). Use letters, digits, spaces and punctuation.
store-group-control = That group has a character Slate cannot show (such as a tab or a control character). Use letters, digits, spaces and punctuation.
# A learner in messages ("There is already a learner called { $who }").
store-who = "{ $name }"
store-who-in-group = "{ $name }" in group { $group }
# The last two of a list: "A and B", "A, B and C".
store-and = { $first } and { $last }

## Durations in reports: 45 s, 12 min, 2 h 05 min. $minutes after hours is always two digits.

store-duration-seconds = { $seconds } s
store-duration-minutes = { $minutes } min
store-duration-hours = { $hours } h { $minutes } min

## slate learner

learner-added = Added { $who }. Use `{ $options }` with `slate check` to keep their progress.
learner-renamed = { $who } is now called "{ $name }". Their progress is kept.
learner-forget-needs-yes = Forgetting { $who } deletes all their progress, so Slate asks first. Run this at a terminal to confirm, or add --yes.
learner-forget-warning = This deletes everything Slate keeps about { $who }: { $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    }, hints, pages read and settings. It cannot be undone.
# Slate waits for the name after this, on the same line.
learner-forget-confirm = Type the name again to confirm:
learner-forget-mismatch = The names did not match, so nothing was deleted.
learner-forgotten = Slate has forgotten { $who }. If their progress was exported or is on other computers, forget them there too and delete the old export files.
learner-list-none = There are no learners on this computer yet. Add one with `slate learner add NAME`.
learner-list-none-in-group = There are no learners in group { $group } on this computer.
# Column headings of `slate learner list`.
learner-list-name = Name
learner-list-group = Group
learner-list-added = Added
learner-list-last-seen = Last seen
learner-list-count = { $count } { $count ->
        [one] learner
       *[other] learners
    }.

## slate export and slate import

# The "about" sentence written into every export file, for a person who opens it.
export-about = Learners' progress from Slate, a coding tutor. Import it with `slate import FILE`. The format is described in docs/progress-format.md.
export-none = There are no learners on this computer to export yet.
export-none-in-group = There are no learners in group { $group } to export. `slate learner list` shows the groups.
export-done = Exported { $learners } { $learners ->
        [one] learner
       *[other] learners
    } and { $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    } to { $file }.
import-done = Imported { $files } { $files ->
        [one] file
       *[other] files
    }: { $learners } { $learners ->
        [one] learner
       *[other] learners
    } ({ $learners_new } new, { $learners_here } already here) and { $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    } ({ $attempts_new } new, { $attempts_here } already here).
import-note = Note: { $note }
import-note-renamed = "{ $old }" was renamed to "{ $name }" on another computer; Slate now uses the newer name.
import-note-older-name = { $file } calls "{ $current }" by an older name, "{ $name }"; Slate keeps the newer name.

## Files that cannot be imported. Each ends by saying that nothing was imported.

import-read = Slate could not read { $file }: { $reason }. Nothing was imported.
import-reason-no-file = there is no such file
import-not-progress = { $file } is not a Slate progress file (those are made with `slate export`). Nothing was imported.
import-newer = { $file } was made by a newer version of Slate (progress format { $found }; this Slate reads up to { $known }). Update Slate on this computer, then import it again. Nothing was imported.
import-truncated = { $file }:{ $line }:{ $column }: the file ends too early, so it was probably cut short while it was being copied. Export it again on the computer it came from. Nothing was imported.
# $message is the JSON reader's own description, in English.
import-json = { $file }:{ $line }:{ $column }: { $message }. The file may have been edited or damaged; export it again on the computer it came from. Nothing was imported.
import-edited = { $file } was changed after Slate wrote it (its checksum does not match), so Slate will not trust it. Export it again on the computer it came from. Nothing was imported.
# $problem is one of the import-* problems below, without a full stop.
import-invalid = { $file }: { $problem }. Export it again on the computer it came from; if that does not help, ask whoever made the file. Nothing was imported.
import-bad-version = its `version` is not a format version Slate knows
import-learner-problem = learner { $number } ("{ $name }"): { $problem }
import-empty-id = the id is empty
# The file is larger than Slate reads ($megabytes is 1024).
import-too-big = { $file } is larger than { $megabytes } MB, the most Slate imports from one file, so Slate did not read it. Check that it is a file from `slate export`; for a very large school, export one group at a time with `slate export --group`. Nothing was imported.
# Several problems: $problems is a list, one problem a line. $count is always 2 or more.
import-problems = { $file } has { $count } problems, so Slate did not import it:
    { $problems }
    Export it again on the computer it came from; if that does not help, ask whoever made the file. Nothing was imported.
import-problem-on-line = line { $line }: { $problem }
import-problems-more = …and { $count } more.
# $item is one of the import-item-* below.
import-learner-item-problem = learner { $number } ("{ $name }"), { $item }: { $problem }
import-item-attempt = attempt "{ $id }"
import-item-setting = setting "{ $key }"
# $kind is `hint`, `solution` or `page`, as in the file; $item is pack/exercise or pack/lesson.
import-item-event = the `{ $kind }` event for "{ $item }"
# $field is a field's name in the file, such as `name` or `exercise`.
import-control = its `{ $field }` "{ $value }" has a control character (such as Escape), which Slate does not accept
import-direction = its `{ $field }` "{ $value }" has a character that changes the direction of text, which Slate does not accept
# $value is a number of milliseconds since 1970.
import-time = its `{ $field }` time, { $value }, is not between the years 2000 and 2100
import-incomplete = it lacks an id, a pack or an exercise
import-score = it scores { $score } out of { $max }
# $known lists the statuses Slate knows: passed, failed, ...
import-test-status = its test "{ $test }" has the status "{ $status }", which Slate does not know (it knows { $known })
import-test-points = its test "{ $test }" gives { $points } points out of { $max }
import-event-order = its `first` time is after its `last` time
# $owner is a learner, like { $who } above.
import-attempt-owner = it belongs to { $owner } (on this computer, or earlier in the files), so it cannot be this learner's too
import-attempt-different = Slate already has a different attempt with this id (on this computer, or earlier in the files)
# $problem is one of the import-conflict-* sentences below, with its full stop.
import-conflict = { $file }: { $problem } Nothing was imported.
import-conflict-two-here = { $who } is one learner in this file, but { $count ->
        [2] two
       *[other] { $count }
    } different learners on this computer ({ $learners }). Forget or rename one of them on this computer, then import again.
import-conflict-group = { $who } is the learner { $here } on this computer, in another group. Slate does not move learners between groups.
import-conflict-rename = { $who } was renamed to "{ $name }" on another computer, but another learner here is called "{ $other }". Rename one of them with `slate learner rename`, then import again.

## slate report: words shared by the table, the CSV file and the HTML page

report-none-in-group = There are no learners in group { $group } on this computer. `slate learner list` shows the groups.
report-written = Wrote the report to { $file }.
report-no-learners = There are no learners to report on yet.
report-nobody-stuck = Nobody is stuck: every exercise someone tried has been passed.
report-nothing-tried = Nobody has checked an exercise yet.
report-summary = { $learners } { $learners ->
        [one] learner
       *[other] learners
    }, { $exercises } { $exercises ->
        [one] exercise
       *[other] exercises
    } in { $packs } { $packs ->
        [one] pack
       *[other] packs
    }
report-learners = { $count } { $count ->
        [one] learner
       *[other] learners
    }
report-passed-of = { $passed } of { $total }
# Where a learner is with one exercise (beside ✓, ◐ and ○).
report-older-pack-version = older pack version
# In place of a lesson's title.
report-lesson-gone = No longer in the pack
report-lesson-not-installed = Pack not installed on this computer

## Column headings. The terminal table lines them up, so short words are best there.

report-col-learner = Learner
report-col-group = Group
report-col-passed = Passed
report-col-tried = Tried
report-col-not-started = Not started
report-col-attempts = Attempts
report-col-hints = Hints
report-col-hints-used = Hints used
report-col-solutions = Solutions
report-col-solutions-viewed = Solutions viewed
report-col-time = Time
report-col-last-seen = Last seen
report-col-pack = Pack
report-col-lesson = Lesson
report-col-exercise = Exercise
report-col-exercise-title = Exercise title
report-col-status = Status
report-col-best-score = Best score
report-col-max-score = Max score
report-col-solution-viewed = Solution viewed
report-col-minutes-spent = Minutes spent
report-col-last-attempt = Last attempt (UTC)
report-col-version-used = Pack version used
report-col-version-now = Pack version now
report-col-note = Note
report-col-stuck = Stuck (tried, not passed)

## The terminal table

report-table-title-all = Class report for all learners: { $summary }.
report-table-title-group = Class report for group { $group }: { $summary }.
report-table-made = Made { $time }.
report-table-stuck-heading = Where learners are stuck (tried, not passed yet):
report-table-stuck-detail = ({ $passed } passed, { $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    }, { $hints } { $hints ->
        [one] hint
       *[other] hints
    })
report-table-older = { $count ->
        [one] { $count } result was
       *[other] { $count } results were
    } made with an older version of a pack; the CSV and HTML reports show which.

## The CSV file (its columns are in the same order in every language)

report-csv-yes = yes
report-csv-no = no
report-csv-note-gone = no longer in the pack

## The HTML page

report-html-title-all = Slate class report: all learners
report-html-title-group = Slate class report: group { $group }
report-html-made = { $summary }. Made by Slate on { $time }.
report-html-key = Key:
report-html-key-tried = tried, not passed yet
report-html-key-older = the latest attempt was made with an older version of the pack
report-html-progress-heading = Progress per learner
report-html-progress-chart-title = Exercises passed, tried and not started, per learner
# One learner in the chart's description, for screen readers.
report-html-progress-sentence = { $name }: { $passed } passed, { $tried } tried, { $not_started } not started
# A bar's tooltip.
report-html-bar-passed = { $name }: { $count } passed
report-html-bar-tried = { $name }: { $count } tried
report-html-bar-not-started = { $name }: { $count } not started
report-html-progress-caption = Exercises passed in each lesson, with attempts and hints used
report-html-heatmap-heading = Every exercise, every learner
report-html-heatmap-caption = Status of each exercise for each learner (✓ passed, ◐ tried, ○ not started, * older pack version)
# A square's tooltip, in parts joined by commas: "Ada, Greet someone: tried, best 1 of 2, 3 attempts, 1 hint".
report-html-cell = { $name }, { $exercise }: { $status }
report-html-cell-best = best { $score } of { $max }, { $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    }
report-html-cell-hints = { $hints } { $hints ->
        [one] hint
       *[other] hints
    }
report-html-cell-version = with pack version { $version }
report-html-stuck-heading = Where learners are stuck
report-html-stuck-chart-title = Learners who tried each exercise and have not passed it yet
report-html-stuck-sentence = { $exercise }: { $count } { $count ->
        [one] learner
       *[other] learners
    } stuck
report-html-stuck-caption = The exercises most learners are stuck on

# issue 14: reports

# Marks: "7 of 12", and a percentage of the most possible.
report-score-of = { $score } of { $max }
report-percent = { $percent }%
# Read by screen readers in place of "–", for a time or a mark Slate does not know.
report-unknown = not known
report-pack-not-installed = Pack { $pack } is not installed on this computer: totals count only the exercises someone tried.
# A learner with their group, so two learners of one name are told apart: "Sam Jones (7B)".
report-learner-in-group = { $name } ({ $group })
report-col-score = Score
report-col-percent = %
report-col-stuck-who = Who is stuck
report-col-lesson-score = Lesson score
report-col-lesson-max-score = Lesson max score
report-col-lesson-percent = Lesson %
report-col-total-score = Total score
report-col-total-max-score = Total max score
report-col-total-percent = Total %
# Under an exercise in the table's "stuck" list: the learners' names, joined by commas.
report-table-stuck-who = Stuck: { $names }
report-table-lessons-heading = Marks in each lesson (score of the most possible, and a percentage):
# One learner's marks in one lesson: "5 of 6 (83%)".
report-table-lesson-cell = { $score } ({ $percent })
# The key under the lessons' grid: "1: Hello and adding up (My first pack)".
report-table-lesson-key = { $number }: { $lesson } ({ $pack })
report-csv-note-not-installed-totals = pack not installed on this computer: totals count only the exercises someone tried
# The stuck chart's description: the sentence above, then the learners' names.
report-html-stuck-sentence-names = { $sentence } ({ $names })
# A class too large for one printed page gets several charts: "... per learner (part 2 of 3)".
report-html-chart-part = { $title } (part { $part } of { $parts })

# issue 14: learners
learner-moved = Moved { $who }: now { $now }. Their progress is kept.
learner-import-added = Added { $who }
learner-import-existing = Already here: { $who }
learner-import-summary = Added: { $added }. Already here: { $existing }.
class-list-unreadable = Slate could not read the class list { $file }: { $reason }. Check its name and the folder you are in.
class-list-too-big = { $file } is larger than { $limit } MB, too big for a class list. Check that it is the right file.
class-list-csv = { $file }:{ $line }: Slate could not read this line as CSV ({ $reason }). Save the class list from your spreadsheet as CSV and try again.
class-list-no-name-column = { $file } has no column of names. Its first row has: { $found }. Put the heading "Name" (or "Forename" and "Surname") above the names, and "Group" above the groups.
class-list-no-name = { $file }:{ $line }: this line has no name. Fill in the name or delete the line, then import again.
class-list-bad-name = { $file }:{ $line }: { $reason } Correct it in the file, then import again.
class-list-empty = { $file } has no learners in it. Put one learner a line: the name, then the group.
import-note-kept-spelling = kept "{ $kept }"; the file had "{ $had }".
store-merge-into-self = { $who } is the same learner twice. Name the record to merge away, then the one to keep with --into.
import-note-merged = { $file } still has "{ $old }", who was merged into "{ $kept }" here; their progress was added to "{ $kept }".
learner-merged = Merged "{ $old }" into "{ $kept }": { $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    } moved, and nothing was lost.
learner-show-none = { $who } has no attempts to show yet.
learner-show-heading = { $who }: { $count ->
        [one] { $count } attempt
       *[other] { $count } attempts
    }, oldest first (times in UTC).
learner-show-attempt = Attempt { $number } of { $count }, { $at }, { $exercise }: { $score } out of { $max }, { $passed ->
        [yes] passed
       *[no] not passed
    }.
learner-show-hidden = (hidden from learners)
import-note-merged-here = { $file } says "{ $old }" was merged into "{ $kept }" on another computer, so Slate merged them here too; all their progress is kept.

# issue 17: class view
class-refresh-failed = could not refresh: { $reason }
class-nobody-stuck = Nobody is stuck.
class-no-learners = There are no learners on this computer yet. Add them with `slate learner add` or `slate learner import`.
