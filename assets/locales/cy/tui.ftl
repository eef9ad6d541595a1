# The tutor: the full-screen interface and plain mode. Welsh (Cymraeg).
# Short, plain and friendly; never blame the learner. Use "ti" forms throughout.
# Status words (status-*) sit in an 8-column space on the lesson screen: keep them short.

## Welcome and learners

welcome-title = Croeso i Slate
who-are-you = Pwy wyt ti? Dewisa dy enw, neu ychwanega dy hun.
add-learner = Ychwanega dy hun
add-yourself-intro = Teipia dy enw. Does dim angen cyfrinair arnat ti.
your-name = Dy enw
your-group = Dosbarth neu grŵp (cei di adael hwn yn wag)
type-your-name = Teipia dy enw, yna pwysa Enter.
type-your-group = Teipia dy ddosbarth neu dy grŵp, neu bwysa Enter i'w adael yn wag.
learner-last = { $name } (y tro diwethaf)
learner-in-group = { $name } ({ $group })
learner-in-group-last = { $name } ({ $group }, y tro diwethaf)
hello-learner = Helo, { $name }!
goodbye = Mae dy waith wedi'i gadw. Hwyl fawr!
progress-not-saved = Does dim modd cadw dy gynnydd ar y cyfrifiadur hwn: { $reason } Cei di ddal i ddysgu a rhedeg dy god.
pack-skipped = Sylwa: mae problemau gyda'r gwersi yn { $origin }, felly dydyn nhw ddim yn cael eu dangos. Gall athro redeg `slate pack check` arnyn nhw.

## Titles

title-who = Pwy wyt ti?
title-course = Dy gwrs
lesson-title = { $pack }, gwers { $number }: { $title }
exercise-title = { $pack }, gwers { $lesson } · { $title }
settings = Gosodiadau
task-title = Tasg
results-title = Canlyniadau
your-program = Dy raglen
hints-title = Cliwiau
help-title = Cymorth
confirm-title = Wyt ti'n siŵr?
passed-title = Wedi pasio
message-title = Neges

## The course

choose-lesson = Dewisa wers
change-learner = Newid dysgwr
continue-at = Ymlaen o'r man lle wnest ti stopio: { $place }
continue = Ymlaen o'r man lle wnest ti stopio
place-page = { $pack }, gwers { $lesson }, { $title }: tudalen { $page } o { $pages }
place-exercise = { $pack }, gwers { $lesson }, { $title }: ymarfer “{ $exercise }”
done-count = { $done } o { $total } { $done ->
        [one] wedi'i wneud
       *[other] wedi'u gwneud
    }
lesson-line = { $pack }, gwers { $number }: { $title }. { $done } o { $total } ymarfer { $done ->
        [one] wedi'i wneud
       *[other] wedi'u gwneud
    }.
lesson-heading = { $title }
read-lesson = Darllen y wers ({ $pages ->
        [one] un dudalen
        [two] dwy dudalen
        [few] tair tudalen
        [many] chwe thudalen
       *[other] { $pages } tudalen
    })
read-lesson-read = Darllen y wers eto ({ $pages ->
        [one] un dudalen
        [two] dwy dudalen
        [few] tair tudalen
        [many] chwe thudalen
       *[other] { $pages } tudalen
    }, wedi'i darllen)
exercise-line = Ymarfer: { $title } ({ $status })
status-new = newydd
status-tried = ceisiwyd
status-done = gwnaed
status-read = darllenwyd
status-not-read = heb ei ddarllen
page-of = tudalen { $page } o { $pages }
page-heading = Tudalen { $page } o { $pages }: { $title }
next-page = Tudalen nesaf
previous-page = Tudalen flaenorol
to-exercises = Ymlaen at yr ymarferion
code-start = Cod:
code-end = Diwedd y cod.
code-line = Llinell { $number }: { $code }

## Exercises

exercise-heading = Ymarfer: { $title } (statws: { $status })
code-file-is = Mae dy god wedi'i gadw yn y ffeil { $path }
task-more = ↓ mwy isod · F3 y dasg i gyd
press-f5 = Ysgrifenna dy raglen uchod, yna pwysa F5 i'w gwirio.
checking = Wrthi'n gwirio dy god…
well-done = Da iawn!
next-is = Nesaf: { $place }
course-finished = Rwyt ti wedi gorffen popeth yma. Gwaith gwych!
go-next = Mynd i'r un nesaf
stay-here = Aros yma
menu-type-code = Teipio dy god yma
menu-open-editor = Agor dy god yn dy olygydd
menu-check = Gwirio dy god
menu-run = Rhedeg dy raglen
menu-show-code = Darllen dy god
menu-hint = Cael cliw (wedi gweld { $shown } o { $total })
menu-solution = Gweld yr ateb
menu-reset = Dechrau eto o'r dechrau
menu-read-task = Darllen y dasg eto
type-code-now = Teipia dy raglen. Pan fyddi di wedi gorffen, teipia END ar linell ar ei phen ei hun.
code-saved = Mae dy god wedi'i gadw.
your-code-is = Dy god:
editor-closed-checking = Mae dy olygydd wedi cau. Wrthi'n gwirio dy god…
running-start = Wrthi'n rhedeg dy raglen. Pan fydd hi'n gofyn am rywbeth, teipia'r ateb a phwysa Enter.
hint-heading = Cliw { $number } o { $total }
no-hints = Does dim cliwiau gyda'r ymarfer hwn. Darllena'r dasg eto, un frawddeg ar y tro.
no-more-hints = Dyna'r cliw olaf. Gelli di wneud hyn!
solution-heading = Ateb posibl
solution-after-solving = Cei di weld ateb pan fydd dy raglen yn pasio. Dal ati: edrycha ar gliw yn gyntaf.
solution-after-attempts = Cei di weld ateb ar ôl trio { $left ->
        [one] un waith
        [two] dwy waith
        [few] tair gwaith
        [many] chwe gwaith
       *[other] { $left } gwaith
    } eto. Edrycha ar gliw yn gyntaf.
solution-never = Dydy'r cwrs hwn ddim yn dangos atebion. Gofynna i dy athro, neu edrycha ar gliw.
reset-question = Dechrau'r ymarfer hwn eto o'r dechrau? Bydd dy god presennol yn cael ei gadw mewn ffolder hanes.
reset-confirm = Dechrau eto o'r dechrau? Bydd dy god presennol yn cael ei gadw mewn ffolder hanes. Teipia ie neu na.
reset-done = Mae'r ymarfer yn ôl fel yr oedd ar y dechrau. Mae dy hen god yn y ffolder hanes.
reset-cancelled = Does dim byd wedi newid.
# Words accepted as "yes" in plain mode, lower case, separated by commas.
yes-words = ie,iawn,do,ydw,yes,y
editor-position = Llinell { $line }, colofn { $column }
watching = Golygu yn { $editor }: cadwa i wirio eto
watch-failed = Dydy Slate ddim yn gallu gweld pryd rwyt ti'n cadw ar y gyriant hwn. Pwysa F5 i wirio ar ôl cadw.

## Running

run-header = Wrthi'n rhedeg dy raglen. Pwysa Ctrl+C i'w stopio.
run-finished = Mae dy raglen wedi gorffen.
run-you-stopped = Fe wnest ti stopio’r rhaglen.
run-ended-code = Daeth dy raglen i ben gyda sys.exit({ $code }).
run-time-limit = Cafodd dy raglen ei stopio: roedd hi'n rhedeg am ormod o amser. Oes dolen sydd byth yn dod i ben?
run-memory-limit = Cafodd dy raglen ei stopio: roedd hi'n defnyddio gormod o gof. Oes rhestr neu destun sy'n tyfu heb stopio?
run-output-limit = Cafodd dy raglen ei stopio: roedd hi'n argraffu llawer gormod. Oes print y tu mewn i ddolen sydd byth yn dod i ben?
run-stopped-time = Cafodd dy raglen ei stopio ar ôl { $seconds } eiliad.
press-enter-to-return = Pwysa Enter i fynd yn ôl i Slate.
press-ctrl-c-again = Pwysa Ctrl+C eto i adael Slate. Mae dy waith wedi'i gadw.

## Settings

setting-theme = Lliwiau
setting-language = Iaith
setting-editor = Dy olygydd
theme-default = Arferol
theme-high-contrast = Cyferbyniad uchel
theme-monochrome = Dim lliw
language-changed = Mae'r iaith wedi newid.
editor-default = { $editor } (yr un arferol)
editor-now = Dy olygydd yw: { $editor }
editor-type-new = Teipia'r gorchymyn ar gyfer golygydd arall (er enghraifft notepad, code --wait, neu nano), neu bwysa Enter i'w gadw.
editor-changed = Mae dy olygydd wedi newid.
editor-explain = Mae F2 mewn ymarfer yn agor dy god yn y golygydd hwn. Mae Slate yn gwirio dy god bob tro rwyt ti'n ei gadw.
setting-mouse = Llygoden
mouse-on = Ymlaen
mouse-off = I ffwrdd
mouse-explain = Gyda'r llygoden ymlaen, clicia yn dy god i symud yno, llusga i ddewis testun, a sgrolia gyda'r olwyn. Gyda hi i ffwrdd, gelli di ddewis testun ar y sgrin i'w gopïo.
editor-not-set = Does dim golygydd wedi'i ddewis. Dewisa un yn y Gosodiadau.
editor-failed = Methodd Slate ag agor dy olygydd ({ $editor }): { $error }. Cei di ddewis un arall yn y Gosodiadau.
no-color-note = Mae'r lliwiau i ffwrdd oherwydd bod NO_COLOR wedi'i osod ar y cyfrifiadur hwn.

## Keys (shown at the bottom of every screen): keep them short.

key-help = Cymorth
key-quit = Gadael
key-back = Yn ôl
key-close = Cau
key-choose = Dewis
key-select = Iawn
key-open = Agor
key-continue = Ymlaen
key-cancel = Canslo
key-next-box = Blwch nesaf
key-add-yourself = Ychwanegu
key-change-learner = Newid dysgwr
key-next-page = Tudalen nesaf
key-previous-page = Tudalen flaenorol
key-to-exercises = Ymarferion
key-scroll = Sgrolio
key-check = Gwirio
key-run = Rhedeg
key-hint = Cliw
key-solution = Ateb
key-my-editor = Fy ngolygydd
key-all-results = Pob canlyniad
key-reset = Dechrau eto
key-yes = Ie
key-no = Na
key-next-exercise = Nesaf
key-stay = Aros yma
key-change = Newid
key-save = Cadw

help-intro = Mae'r bysellau hyn yn gweithio ar y sgrin hon:
help-everywhere =
    Mae Esc yn mynd yn ôl. Mae dy god yn cael ei gadw wrth i ti deipio.
    Does dim byd yma'n cael ei ddangos gyda lliw yn unig: mae ✓ yn golygu wedi'i wneud neu wedi pasio, mae • yn golygu wedi trio, mae ○ yn golygu newydd.
    Eisiau darllen fesul llinell? Dechreua Slate gyda: slate --plain

## Plain mode

plain-type-number = Teipia rif a phwysa Enter.
plain-not-a-choice = Teipia rif o 0 i { $max }, os gweli di'n dda.
plain-nobody-called = Does neb o'r enw { $name } ar y cyfrifiadur hwn eto.
plain-add-named = Ychwanegu { $name } fel dysgwr newydd
plain-several-called = Mae mwy nag un dysgwr o'r enw { $name }. Teipia'r rhif wrth ymyl dy enw.
quit = Gadael
back = Yn ôl

## Problemau yn y tiwtor

tutor-save-failed = Doedd Slate ddim yn gallu cadw dy waith yn { $path }: { $error }. Mae dy god yn dal ar y sgrin.
settings-not-saved = Doedd Slate ddim yn gallu cadw dy osodiadau ({ $error }). Mae dy newidiadau'n gweithio nes i ti gau Slate, ond y tro nesaf bydd yr hen osodiadau'n ôl.
tutor-terminal-failed = Mae'r sgrin wedi stopio gweithio ({ $error }). Mae dy waith wedi'i gadw. Rho gynnig ar ddechrau Slate gyda: slate --plain
tutor-empty-name = Teipia enw, os gweli di'n dda.
tutor-no-such-exercise = Dydy'r ymarfer yna ddim yn y cwrs bellach.

# issue 13: boxes that are cut say so
more-below = ↓ mwy isod
more-above = ↑ mwy uchod

# issue 13: keys and help
key-move-cursor = Symud y cyrchwr
key-select-text = Dewis testun
key-word = Neidio gair
key-line-ends = Dechrau neu ddiwedd y llinell
key-program-ends = Dechrau neu ddiwedd dy raglen
key-page = Tudalen i fyny neu i lawr
key-list-ends = Y cyntaf neu'r olaf yn y rhestr
key-move-lines = Symud y llinell i fyny neu i lawr
key-new-line = Llinell newydd
key-indent = Ychwanegu 4 bwlch
key-dedent = Tynnu 4 bwlch
key-delete = Dileu llythyren
key-select-all = Dewis y cyfan
key-copy = Copïo
key-cut = Torri
key-paste = Gludo
key-undo = Dadwneud
key-redo = Ailwneud
key-whole-task = Y dasg i gyd
key-leave-slate = Pwysa ddwywaith i adael Slate
help-editor-heading = Yn dy raglen:
hint-press-f7 = Pwysa F7 eto am y cliw nesaf.
# $editor is a command such as "vim".
editor-hard-to-leave = Yr unig olygydd ddaeth Slate o hyd iddo ydy "{ $editor }". Gall fod yn anodd ei adael: pwysa Esc, yna teipia :wq a phwysa Enter. Ei agor beth bynnag? Dewisa Na i ddal ati gyda'r golygydd yma.
editor-hard-to-leave-plain = Yr unig olygydd ddaeth Slate o hyd iddo ydy "{ $editor }". Gall fod yn anodd ei adael: pwysa Esc, yna teipia :wq a phwysa Enter. Ei agor beth bynnag? Teipia ie neu na.
editor-kept-built-in-plain = Iawn. Dewisa "{ menu-type-code }" i ysgrifennu dy god.

# issue 13: plain mode and learners
start-here = Dechrau yma
start-at = Dechrau yma: { $place }
quit-question = Gadael Slate? Mae dy waith wedi'i gadw.
same-learner-question = Mae { $name } ({ $group }) yma'n barod. Ai ti yw hwnna?
same-learner-question-no-group = Mae { $name } yma'n barod. Ai ti yw hwnna?
same-learner-keys = Pwysa Y os mai ti yw e, neu N os wyt ti'n rhywun arall.
key-yes-its-me = Ie, fi yw e
key-no-someone-else = Na, rhywun arall ydw i
plain-yes-or-no = Teipia ie neu na, yna pwysa Enter.
output-start = Dylai'r rhaglen argraffu:
output-end = Diwedd yr allbwn.
setting-language-now = Iaith: { $language }
plain-how-to-stop = I stopio dy raglen unrhyw bryd, pwysa Ctrl+C. Bydd Slate yn dal i fynd.
plain-code-empty = Does dim cod eto.
plain-keep-and-add = Cadw'r cod yma ac ychwanegu llinellau ar y diwedd
plain-replace-code = Rhoi cod newydd yn ei le a theipio'r rhaglen i gyd
menu-change-line = Newid un llinell
plain-which-line = Pa linell wyt ti eisiau ei newid? Teipia ei rhif, o 1 i { $max }.
plain-not-a-line = Does dim llinell â'r rhif yna: mae gan dy god linellau 1 i { $max }. Does dim byd wedi newid.
plain-type-new-line = Teipia linell { $number } newydd, yna pwysa Enter. Pwysa Enter ar ei ben ei hun i'w chadw fel y mae.
solution-after-solving-no-hints = Byddi di'n gallu gweld ateb pan fydd dy raglen yn llwyddo. Dal ati: darllena'r dasg eto, un frawddeg ar y tro.
solution-after-attempts-no-hints = Byddi di'n gallu gweld ateb ar ôl { $left ->
        [one] 1 cynnig arall
       *[other] { $left } cynnig arall
    }. Darllena'r dasg eto, un frawddeg ar y tro.
solution-never-no-hints = Dydy'r cwrs yma ddim yn dangos atebion. Gofynna i dy athro am help.
plain-editor-closed = Mae dy olygydd wedi cau.

# issue 13: slow programs
run-time-limit-printing = Cafodd dy raglen ei stopio: roedd hi'n rhedeg am ormod o amser, ac yn dal i argraffu ({ $lines } llinell hyd yma). Efallai ei bod hi'n araf, neu'n argraffu gormod.
run-output-limit-printing = Cafodd dy raglen ei stopio: argraffodd hi lawer gormod ({ $lines } llinell). Efallai ei bod hi'n argraffu gormod, neu fod print y tu mewn i ddolen sydd byth yn gorffen.
checking-elapsed = Wrthi'n gwirio dy god… { $seconds } eiliad
check-stopped = Fe wnest ti stopio'r gwirio. Chafodd dim byd ei farcio.
key-stop-check = Stopio'r gwirio

# The list of names: typing finds one
who-typed = Yn chwilio am enw sy’n dechrau “{ $text }”. Pwysa Enter os mai ti yw e.
key-type-name = Teipia dy enw i’w ganfod

# issue 17: class view
class-title-all = Pob dysgwr
class-title-group = Dosbarth { $group }
class-updated = diweddarwyd { $time } yn ôl
class-stuck-longest = Yn sownd hiraf: { $who }, { $time } ar { $exercise }
class-col-learner = Dysgwr
class-col-exercise = Ymarfer
class-col-passed = Pasio
class-col-tried = Trio
class-col-stuck = Sownd
class-col-last-check = Gwirio olaf
class-col-stuck-for = Sownd ers
class-ago = { $time } yn ôl
class-not-yet = dim eto
class-stuck-legend = ! yn sownd: { $attempts } gwiriad neu fwy heb basio
class-help-stuck = Mae dysgwr yn sownd ar ymarfer ar ôl { $attempts } gwiriad heb ei basio: mae ! wrth ei res, a phwy bynnag sydd wedi bod yn sownd hiraf sy'n dod gyntaf. Mae "Sownd ers" yn cyfrif o'i wiriad cyntaf o'r ymarfer mae arno nawr.
class-detail-nothing = Dydy { $who } ddim wedi gwirio dim byd eto.
class-detail-attempt = Gwiriad diweddaraf, { $time } yn ôl: { $score } allan o { $max }, { $passed ->
        [yes] wedi llwyddo
       *[no] heb lwyddo
    }.
class-detail-failing = Y prawf cyntaf na lwyddodd:
class-detail-all-passed = Llwyddodd pob prawf.
key-class-code = Eu cod
key-refresh = Ail-lwytho
key-class-choose = Dewis dysgwr
