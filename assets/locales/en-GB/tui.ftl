# The tutor: the full-screen interface and plain mode. British English.
# Short, plain and friendly; never blame the learner.

## Welcome and learners

welcome-title = Welcome to Slate
who-are-you = Who are you? Choose your name, or add yourself.
add-learner = Add yourself
add-yourself-intro = Type your name. You do not need a password.
your-name = Your name
your-group = Class or group (you can leave this empty)
type-your-name = Type your name, then press Enter.
type-your-group = Type your class or group, or just press Enter to leave it empty.
learner-last = { $name } (last time)
learner-in-group = { $name } ({ $group })
learner-in-group-last = { $name } ({ $group }, last time)
hello-learner = Hello, { $name }!
goodbye = Your work is saved. Goodbye!
progress-not-saved = Your progress cannot be saved on this computer: { $reason } You can still learn and run your code.
pack-skipped = Note: the lessons in { $origin } have problems and are not shown. A teacher can run `slate pack check` on them.

## Titles

title-who = Who are you?
title-course = Your course
lesson-title = { $pack }, lesson { $number }: { $title }
exercise-title = { $pack }, lesson { $lesson } · { $title }
settings = Settings
task-title = Task
results-title = Results
your-program = Your program
hints-title = Hints
help-title = Help
confirm-title = Are you sure?
passed-title = Passed
message-title = Message

## The course

choose-lesson = Choose a lesson
change-learner = Change learner
continue-at = Continue where you left off: { $place }
continue = Continue where you left off
place-page = { $pack }, lesson { $lesson }, { $title }: page { $page } of { $pages }
place-exercise = { $pack }, lesson { $lesson }, { $title }: exercise “{ $exercise }”
done-count = { $done } of { $total } done
lesson-line = { $pack }, lesson { $number }: { $title }. { $done } of { $total } { $total ->
        [one] exercise
       *[other] exercises
    } done.
lesson-heading = { $title }
read-lesson = Read the lesson ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    })
read-lesson-read = Read the lesson again ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }, read)
exercise-line = Exercise: { $title } ({ $status })
status-new = new
status-tried = tried
status-done = done
status-read = read
status-not-read = not read
page-of = page { $page } of { $pages }
page-heading = Page { $page } of { $pages }: { $title }
next-page = Next page
previous-page = Previous page
to-exercises = On to the exercises
code-start = Code:
code-end = End of code.
code-line = Line { $number }: { $code }

## Exercises

exercise-heading = Exercise: { $title } (status: { $status })
code-file-is = Your code is saved in the file { $path }
task-more = ↓ more below · F3 whole task
press-f5 = Write your program above, then press F5 to check it.
checking = Checking your code…
well-done = Well done!
next-is = Next: { $place }
course-finished = You have finished everything here. Brilliant work!
go-next = Go to the next one
stay-here = Stay here
menu-type-code = Type your code here
menu-open-editor = Open your code in your editor
menu-check = Check your code
menu-run = Run your program
menu-show-code = Read your code
menu-hint = Get a hint ({ $shown } of { $total } shown)
menu-solution = See the answer
menu-reset = Start again from the beginning
menu-read-task = Read the task again
type-code-now = Type your program. When you have finished, type END on a line by itself.
code-saved = Your code is saved.
your-code-is = Your code:
editor-closed-checking = Your editor has closed. Checking your code…
running-start = Running your program. When it asks for something, type it and press Enter.
hint-heading = Hint { $number } of { $total }
no-hints = This exercise has no hints. Read the task again, one sentence at a time.
no-more-hints = That was the last hint. You can do this!
solution-heading = A possible answer
solution-after-solving = You can see an answer once your program passes. Keep going: try a hint first.
solution-after-attempts = You can see an answer after { $left ->
        [one] 1 more try
       *[other] { $left } more tries
    }. Try a hint first.
solution-never = This course does not show answers. Ask your teacher, or try a hint.
reset-question = Start this exercise again from the beginning? Your code now is kept in a history folder.
reset-confirm = Start again from the beginning? Your code now is kept in a history folder. Type yes or no.
reset-done = The exercise is back to how it started. Your old code is in the history folder.
reset-cancelled = Nothing changed.
yes-words = yes,y
editor-position = Line { $line }, column { $column }
watching = Editing in { $editor }: saving checks again
watch-failed = Slate cannot see when you save on this drive. Press F5 to check after saving.

## Running

run-header = Running your program. Press Ctrl+C to stop it.
run-finished = Your program finished.
run-you-stopped = You stopped the program.
run-ended-code = Your program ended with sys.exit({ $code }).
run-time-limit = Your program was stopped: it ran for too long. Is there a loop that never ends?
run-memory-limit = Your program was stopped: it used too much memory. Is a list or some text growing without end?
run-output-limit = Your program was stopped: it printed far too much. Is a print inside a loop that never ends?
run-stopped-time = Your program was stopped after { $seconds } seconds.
press-enter-to-return = Press Enter to go back to Slate.
press-ctrl-c-again = Press Ctrl+C again to leave Slate. Your work is saved.

## Settings

setting-theme = Colours
setting-language = Language
setting-editor = Your editor
theme-default = Standard
theme-high-contrast = High contrast
theme-monochrome = No colour
language-changed = The language is changed.
editor-default = { $editor } (the usual one)
editor-now = Your editor is: { $editor }
editor-type-new = Type the command for another editor (for example notepad, code --wait, or nano), or press Enter to keep it.
editor-changed = Your editor is changed.
editor-explain = F2 in an exercise opens your code in this editor. Slate checks your code every time you save it.
setting-mouse = Mouse
mouse-on = On
mouse-off = Off
mouse-explain = With the mouse on, click in your code to move there, drag to select, and scroll with the wheel. With it off, you can select text on the screen to copy it.
editor-not-set = No editor is set. Choose one in Settings.
editor-failed = Slate could not open your editor ({ $editor }): { $error }. You can choose another one in Settings.
no-color-note = Colours are off because NO_COLOR is set on this computer.

## Keys (shown at the bottom of every screen)

key-help = Help
key-quit = Quit
key-back = Back
key-close = Close
key-choose = Choose
key-select = Select
key-open = Open
key-continue = Continue
key-cancel = Cancel
key-next-box = Next box
key-add-yourself = Add yourself
key-change-learner = Change learner
key-next-page = Next page
key-previous-page = Previous page
key-to-exercises = Exercises
key-scroll = Scroll
key-check = Check
key-run = Run
key-hint = Hint
key-solution = Answer
key-my-editor = My editor
key-all-results = All results
key-reset = Start again
key-yes = Yes
key-no = No
key-next-exercise = Next
key-stay = Stay here
key-change = Change
key-save = Save

help-intro = These keys work on this screen:
help-everywhere =
    Esc goes back. Your code is saved as you type.
    Nothing here is shown by colour alone: ✓ means done or passed, • means tried, ○ means new.
    Prefer reading line by line? Start Slate with: slate --plain

## Plain mode

plain-type-number = Type a number and press Enter.
plain-not-a-choice = Please type a number from 0 to { $max }.
plain-nobody-called = Nobody called { $name } is on this computer yet.
plain-add-named = Add { $name } as a new learner
plain-several-called = More than one learner is called { $name }. Type the number next to your name.
quit = Quit
back = Back

## Problems in the tutor

tutor-save-failed = Slate could not save your work in { $path }: { $error }. Your code is still on the screen.
settings-not-saved = Slate could not save your settings ({ $error }). Your changes work until you close Slate, but next time the old settings will be back.
tutor-terminal-failed = The screen stopped working ({ $error }). Your work is saved. Try starting Slate with: slate --plain
tutor-empty-name = Please type a name.
tutor-no-such-exercise = That exercise is not in the course any more.

# issue 13: boxes that are cut say so
more-below = ↓ more below
more-above = ↑ more above

# issue 13: keys and help
key-move-cursor = Move the cursor
key-select-text = Select text
key-word = Jump a word
key-line-ends = Start or end of the line
key-program-ends = Start or end of your program
key-page = Up or down a page
key-list-ends = First or last in the list
key-move-lines = Move the line up or down
key-new-line = New line
key-indent = Add 4 spaces
key-dedent = Take away 4 spaces
key-delete = Delete a letter
key-select-all = Select everything
key-copy = Copy
key-cut = Cut
key-paste = Paste
key-undo = Undo
key-redo = Redo
key-whole-task = Whole task
key-leave-slate = Press twice to leave Slate
help-editor-heading = In your program:
hint-press-f7 = Press F7 again for the next hint.
# $editor is a command such as "vim".
editor-hard-to-leave = The only editor Slate found is "{ $editor }". It can be hard to leave: press Esc, then type :wq and press Enter. Open it anyway? Choose No to keep using the editor here.
editor-hard-to-leave-plain = The only editor Slate found is "{ $editor }". It can be hard to leave: press Esc, then type :wq and press Enter. Open it anyway? Type yes or no.
editor-kept-built-in-plain = OK. Choose "{ menu-type-code }" to write your code.

# issue 13: plain mode and learners
start-here = Start here
start-at = Start here: { $place }
quit-question = Leave Slate? Your work is saved.
same-learner-question = There is already a { $name } ({ $group }). Is that you?
same-learner-question-no-group = There is already a { $name }. Is that you?
same-learner-keys = Press Y if it is you, or N if you are someone else.
key-yes-its-me = Yes, it is me
key-no-someone-else = No, I am someone else
plain-yes-or-no = Type yes or no, then press Enter.
output-start = The program should print:
output-end = End of output.
setting-language-now = Language: { $language }
plain-how-to-stop = To stop your program at any time, press Ctrl+C. Slate keeps going.
plain-code-empty = There is no code yet.
plain-keep-and-add = Keep this code and add lines at the end
plain-replace-code = Replace it and type the whole program
menu-change-line = Change one line
plain-which-line = Which line do you want to change? Type its number, from 1 to { $max }.
plain-not-a-line = There is no line with that number: your code has lines 1 to { $max }. Nothing changed.
plain-type-new-line = Type the new line { $number }, then press Enter. Press Enter on its own to keep it as it is.
solution-after-solving-no-hints = You can see an answer once your program passes. Keep going: read the task again, one sentence at a time.
solution-after-attempts-no-hints = You can see an answer after { $left ->
        [one] 1 more try
       *[other] { $left } more tries
    }. Read the task again, one sentence at a time.
solution-never-no-hints = This course does not show answers. Ask your teacher for help.
plain-editor-closed = Your editor has closed.

# issue 13: slow programs
run-time-limit-printing = Your program was stopped: it ran for too long, and it was still printing ({ $lines } { $lines ->
        [one] line
       *[other] lines
    } so far). It may just be slow, or print too much.
run-output-limit-printing = Your program was stopped: it printed far too much ({ $lines } { $lines ->
        [one] line
       *[other] lines
    }). It may just print too much, or a print may be inside a loop that never ends.
checking-elapsed = Checking your code… { $seconds } s
check-stopped = You stopped the check. Nothing was marked.
key-stop-check = Stop the check

# The list of names: typing finds one
who-typed = Looking for a name that starts “{ $text }”. Press Enter if it is yours.
key-type-name = Type your name to find it

# issue 17: class view
class-title-all = All learners
class-title-group = Class { $group }
class-updated = updated { $time } ago
class-stuck-longest = Stuck longest: { $who }, { $time } on { $exercise }
class-col-learner = Learner
class-col-exercise = Exercise
class-col-passed = Passed
class-col-tried = Tried
class-col-stuck = Stuck
class-col-last-check = Last check
class-col-stuck-for = Stuck for
class-ago = { $time } ago
class-not-yet = not yet
class-stuck-legend = ! stuck: { $attempts } checks or more without a pass
class-help-stuck = A learner is stuck on an exercise after { $attempts } checks without passing it: their row is marked ! and whoever has been stuck longest comes first. "Stuck for" counts from their first check of the exercise they are on now.
class-detail-nothing = { $who } has not checked anything yet.
class-detail-attempt = Latest check, { $time } ago: { $score } out of { $max }, { $passed ->
        [yes] passed
       *[no] not passed
    }.
class-detail-failing = The first test that did not pass:
class-detail-all-passed = Every test passed.
key-class-code = Their code
key-refresh = Refresh
key-class-choose = Choose a learner
