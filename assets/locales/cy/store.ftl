# Cynnydd dysgwyr: y ffeil gynnydd, `slate learner`, `slate export`, `slate import` a
# `slate report`. Mae dysgwyr yn gweld y negeseuon store-* (enw maen nhw wedi'i deipio, ffeil
# na ellir ei chadw); athrawon sy'n gweld y gweddill. "ti" drwy'r amser, i athrawon hefyd.
# Mae gorchmynion mewn `backticks` yn aros fel y maen nhw. Dydy dyddiadau (2025-03-14), ids
# (good/greet) a rhifau fersiwn byth yn cael eu cyfieithu.
# Rhifau: rhif + enw unigol ("5 dysgwr"); treiglad meddal ar ôl 2, llaes ar ôl 3 a 6.

## Problemau gyda'r ffeil gynnydd: un frawddeg yr un.

store-folder = Dydy Slate ddim yn gallu gwneud ei ffolder data { $path }: { $reason }. Gosoda SLATE_HOME i ffolder y gelli di ysgrifennu iddo, er enghraifft SLATE_HOME=./slate-data
store-read-only = Dydy Slate ddim yn gallu cadw cynnydd yn { $path }, oherwydd bod y ffolder neu'r ffeil yn ddarllen-yn-unig. Gofynna i dy athro, neu gosoda SLATE_HOME i ffolder y gelli di ysgrifennu iddo.
store-disk-full = Mae'r ddisg yn llawn, felly doedd Slate ddim yn gallu cadw cynnydd yn { $path }. Does dim byd wedi'i golli; rhyddha ychydig o le a rho gynnig arall arni.
store-busy = Mae ffenest Slate arall yn brysur gyda'r ffeil gynnydd { $path }, a wnaeth hi ddim gorffen mewn pryd. Aros eiliad a rho gynnig arall arni.
store-corrupt = Mae'r ffeil gynnydd { $path } wedi'i difrodi, felly dydy Slate ddim yn gallu ei darllen. Mae Slate wedi'i gadael fel y mae: gofynna i dy athro roi copi yn ei lle neu ei symud o'r ffordd (gweler docs/progress-format.md). Cei di ddal i redeg rhaglenni gyda `slate run`.
store-not-ours = Dydy'r ffeil { $path } ddim yn ffeil gynnydd Slate, felly mae Slate wedi'i gadael fel y mae. Symuda hi o'r ffordd, neu gosoda SLATE_HOME i ffolder arall.
store-newer = Cafodd y ffeil gynnydd { $path } ei gwneud gan fersiwn mwy newydd o Slate (fersiwn storfa { $found }; mae'r Slate hwn yn deall hyd at { $known }). Diweddara Slate i'w defnyddio; mae'r ffeil wedi'i gadael fel y mae.
store-unreadable = Doedd Slate ddim yn gallu agor y ffeil gynnydd { $path }: { $reason }.
store-needs-update = Cafodd y ffeil gynnydd { $path } ei gwneud gan fersiwn hŷn o Slate ac mae angen ei diweddaru cyn ei darllen, ond dydy Slate ddim yn gallu ysgrifennu iddi. Rheda Slate unwaith lle mae'n gallu ysgrifennu i'r ffolder honno (neu gofynna i dy athro), yna ceisia eto.
store-database = Doedd Slate ddim yn gallu darllen na chadw cynnydd yn { $path }: { $reason }.
# Neges y gronfa ddata ei hun yw $reason, yn Saesneg.
store-sql = Doedd Slate ddim yn gallu darllen na chadw cynnydd: { $reason }.
store-write = Doedd Slate ddim yn gallu ysgrifennu { $path }: { $reason }.
store-learner-exists = Mae dysgwr o'r enw { $who } yma'n barod. Dewisa enw arall, er enghraifft gyda chyfenw neu lythyren gyntaf.
# Gorchymyn cyfan yw $command, fel: slate learner add "Ada" --group "7B"
store-no-such-learner = Does dim dysgwr o'r enw { $who } ar y cyfrifiadur hwn. Ychwanega nhw gyda `{ $command }`, neu gwela pwy sydd yma gyda `slate learner list`.
store-which-group = Mae { $count } dysgwr o'r enw { $name }, yn y grwpiau { $groups }. Ychwanega'r grŵp, er enghraifft { $example }.
store-unknown-learner-id = Does gan Slate ddim dysgwr gyda'r id { $id } ar y cyfrifiadur hwn.

## Pam nad oedd modd defnyddio ffeil: y { $reason } yn y negeseuon uchod.

store-reason-cannot-open = does dim modd agor y ffeil na'i ffolder (ydy'r ffolder yn ddarllen-yn-unig, neu ar yriant sydd wedi'i dynnu allan?)
store-reason-is-folder = ffolder yw hwn, nid ffeil
store-reason-disk-full = mae'r ddisg yn llawn
store-reason-folder-read-only = mae'r ffolder yn ddarllen-yn-unig
store-reason-no-folder = dydy ei ffolder ddim yn bodoli

## Enwau a grwpiau. Mae dysgwyr yn gweld y rhain wrth ychwanegu eu hunain.

store-name-empty = Mae angen enw ar ddysgwr: teipia o leiaf un llythyren.
store-name-too-long = Mae'r enw yna'n rhy hir: mae Slate yn cadw hyd at { $max } nod.
store-group-too-long = Mae'r grŵp yna'n rhy hir: mae Slate yn cadw hyd at { $max } nod.
store-name-control = Mae nod yn yr enw yna na all Slate ei ddangos (fel tab neu nod rheoli). Defnyddia lythrennau, digidau, bylchau ac atalnodi.
store-group-control = Mae nod yn y grŵp yna na all Slate ei ddangos (fel tab neu nod rheoli). Defnyddia lythrennau, digidau, bylchau ac atalnodi.
# Dysgwr mewn negeseuon ("Mae dysgwr o'r enw { $who } yma'n barod").
store-who = "{ $name }"
store-who-in-group = "{ $name }" yn y grŵp { $group }
# Dau olaf rhestr: "A a B", "A, B a C".
store-and = { $first } a { $last }

## Hydoedd mewn adroddiadau. Mae $minutes ar ôl oriau bob amser yn ddau ddigid.

store-duration-seconds = { $seconds } eiliad
store-duration-minutes = { $minutes } munud
store-duration-hours = { $hours } awr { $minutes } munud

## slate learner

learner-added = Wedi ychwanegu { $who }. Defnyddia `{ $options }` gyda `slate check` i gadw'u cynnydd.
learner-renamed = "{ $name }" yw enw newydd { $who }. Mae'u cynnydd wedi'i gadw.
learner-forget-needs-yes = Mae anghofio { $who } yn dileu eu holl gynnydd, felly mae Slate yn gofyn yn gyntaf. Rheda hyn mewn terfynell i gadarnhau, neu ychwanega --yes.
learner-forget-warning = Mae hyn yn dileu popeth mae Slate yn ei gadw am { $who }: { $attempts ->
        [zero] dim ymgeisiau
        [one] { $attempts } ymgais
        [two] { $attempts } ymgais
        [few] { $attempts } ymgais
        [many] { $attempts } ymgais
       *[other] { $attempts } ymgais
    }, cliwiau, tudalennau a ddarllenwyd a gosodiadau. Does dim modd dadwneud hyn.
# Mae Slate yn aros am yr enw ar ôl hyn, ar yr un llinell.
learner-forget-confirm = Teipia'r enw eto i gadarnhau:
learner-forget-mismatch = Doedd yr enwau ddim yr un fath, felly chafodd dim byd ei ddileu.
learner-forgotten = Mae Slate wedi anghofio { $who }. Os cafodd eu cynnydd ei allforio, neu os yw ar gyfrifiaduron eraill, anghofia nhw yno hefyd a dilea'r hen ffeiliau allforio.
learner-list-none = Does dim dysgwyr ar y cyfrifiadur hwn eto. Ychwanega un gyda `slate learner add ENW`.
learner-list-none-in-group = Does dim dysgwyr yn y grŵp { $group } ar y cyfrifiadur hwn.
# Penawdau colofnau `slate learner list`.
learner-list-name = Enw
learner-list-group = Grŵp
learner-list-added = Ychwanegwyd
learner-list-last-seen = Gwelwyd ddiwethaf
learner-list-count = { $count ->
        [zero] dim dysgwyr.
        [one] { $count } dysgwr.
        [two] { $count } ddysgwr.
        [few] { $count } dysgwr.
        [many] { $count } dysgwr.
       *[other] { $count } dysgwr.
    }

## slate export a slate import

# Y frawddeg "about" sy'n cael ei hysgrifennu ym mhob ffeil allforio, i rywun sy'n ei hagor.
export-about = Cynnydd dysgwyr o Slate, tiwtor codio. Mewnforia'r ffeil gyda `slate import FILE`. Mae'r fformat wedi'i ddisgrifio yn docs/progress-format.md.
export-none = Does dim dysgwyr ar y cyfrifiadur hwn i'w hallforio eto.
export-none-in-group = Does dim dysgwyr yn y grŵp { $group } i'w hallforio. Mae `slate learner list` yn dangos y grwpiau.
export-done = Wedi allforio { $learners ->
        [zero] dim dysgwyr
        [one] { $learners } dysgwr
        [two] { $learners } ddysgwr
        [few] { $learners } dysgwr
        [many] { $learners } dysgwr
       *[other] { $learners } dysgwr
    } a { $attempts ->
        [zero] dim ymgeisiau
        [one] { $attempts } ymgais
        [two] { $attempts } ymgais
        [few] { $attempts } ymgais
        [many] { $attempts } ymgais
       *[other] { $attempts } ymgais
    } i { $file }.
import-done = Wedi mewnforio { $files ->
        [zero] dim ffeiliau
        [one] { $files } ffeil
        [two] { $files } ffeil
        [few] { $files } ffeil
        [many] { $files } ffeil
       *[other] { $files } ffeil
    }: { $learners ->
        [zero] dim dysgwyr
        [one] { $learners } dysgwr
        [two] { $learners } ddysgwr
        [few] { $learners } dysgwr
        [many] { $learners } dysgwr
       *[other] { $learners } dysgwr
    } ({ $learners_new } newydd, { $learners_here } yma'n barod) a { $attempts ->
        [zero] dim ymgeisiau
        [one] { $attempts } ymgais
        [two] { $attempts } ymgais
        [few] { $attempts } ymgais
        [many] { $attempts } ymgais
       *[other] { $attempts } ymgais
    } ({ $attempts_new } newydd, { $attempts_here } yma'n barod).
import-note = Nodyn: { $note }
import-note-renamed = Cafodd "{ $old }" ei ailenwi'n "{ $name }" ar gyfrifiadur arall; mae Slate nawr yn defnyddio'r enw mwy newydd.
import-note-older-name = Mae { $file } yn galw "{ $current }" wrth hen enw, "{ $name }"; mae Slate yn cadw'r enw mwy newydd.

## Ffeiliau na ellir eu mewnforio. Mae pob un yn gorffen drwy ddweud na chafodd dim byd ei fewnforio.

import-read = Doedd Slate ddim yn gallu darllen { $file }: { $reason }. Chafodd dim byd ei fewnforio.
import-reason-no-file = does dim ffeil o'r fath
import-not-progress = Dydy { $file } ddim yn ffeil gynnydd Slate (mae'r rheini'n cael eu gwneud gyda `slate export`). Chafodd dim byd ei fewnforio.
import-newer = Cafodd { $file } ei gwneud gan fersiwn mwy newydd o Slate (fformat cynnydd { $found }; mae'r Slate hwn yn darllen hyd at { $known }). Diweddara Slate ar y cyfrifiadur hwn, yna mewnforia hi eto. Chafodd dim byd ei fewnforio.
import-truncated = { $file }:{ $line }:{ $column }: mae'r ffeil yn gorffen yn rhy gynnar, felly mae'n debyg iddi gael ei thorri'n fyr wrth gael ei chopïo. Allforia hi eto ar y cyfrifiadur y daeth hi ohono. Chafodd dim byd ei fewnforio.
# Disgrifiad y darllenydd JSON ei hun yw $message, yn Saesneg.
import-json = { $file }:{ $line }:{ $column }: { $message }. Efallai fod y ffeil wedi'i golygu neu ei difrodi; allforia hi eto ar y cyfrifiadur y daeth hi ohono. Chafodd dim byd ei fewnforio.
import-edited = Cafodd { $file } ei newid ar ôl i Slate ei hysgrifennu (dydy ei swm gwirio ddim yn cyfateb), felly fydd Slate ddim yn ymddiried ynddi. Allforia hi eto ar y cyfrifiadur y daeth hi ohono. Chafodd dim byd ei fewnforio.
# Un o'r problemau import-* isod yw $problem, heb atalnod llawn.
import-invalid = { $file }: { $problem }. Allforia hi eto ar y cyfrifiadur y daeth hi ohono; os nad yw hynny'n helpu, gofynna i bwy bynnag wnaeth y ffeil. Chafodd dim byd ei fewnforio.
import-bad-version = dydy ei `version` ddim yn fersiwn fformat mae Slate yn ei adnabod
import-learner-problem = dysgwr { $number } ("{ $name }"): { $problem }
import-empty-id = mae'r id yn wag
# Mae'r ffeil yn fwy nag y mae Slate yn ei ddarllen ($megabytes yw 1024).
import-too-big = Mae { $file } yn fwy na { $megabytes } MB, y mwyaf mae Slate yn ei fewnforio o un ffeil, felly wnaeth Slate ddim ei darllen. Gwna'n siŵr mai ffeil o `slate export` yw hi; i ysgol fawr iawn, allforia un grŵp ar y tro gyda `slate export --group`. Chafodd dim byd ei fewnforio.
# Sawl problem: rhestr yw $problems, un broblem ar bob llinell. Mae $count bob amser yn 2 neu fwy.
import-problems = Mae { $count } o broblemau yn { $file }, felly wnaeth Slate ddim ei mewnforio:
    { $problems }
    Allforia hi eto ar y cyfrifiadur y daeth hi ohono; os nad yw hynny'n helpu, gofynna i bwy bynnag wnaeth y ffeil. Chafodd dim byd ei fewnforio.
import-problem-on-line = llinell { $line }: { $problem }
import-problems-more = …a { $count } arall.
# Un o'r import-item-* isod yw $item.
import-learner-item-problem = dysgwr { $number } ("{ $name }"), { $item }: { $problem }
import-item-attempt = ymgais "{ $id }"
import-item-setting = gosodiad "{ $key }"
# $kind yw `hint`, `solution` neu `page`, fel yn y ffeil; $item yw pecyn/ymarfer neu pecyn/gwers.
import-item-event = y digwyddiad `{ $kind }` ar gyfer "{ $item }"
# Enw maes yn y ffeil yw $field, fel `name` neu `exercise`.
import-control = mae nod rheoli (fel Escape) yn ei `{ $field }` "{ $value }", a dydy Slate ddim yn derbyn hynny
import-direction = mae nod sy'n newid cyfeiriad y testun yn ei `{ $field }` "{ $value }", a dydy Slate ddim yn derbyn hynny
# Nifer o filieiliadau ers 1970 yw $value.
import-time = dydy'r amser yn ei `{ $field }`, { $value }, ddim rhwng y blynyddoedd 2000 a 2100
import-incomplete = mae id, pecyn neu ymarfer ar goll
import-score = mae'n sgorio { $score } allan o { $max }
# Rhestr o'r statwsau mae Slate yn eu hadnabod yw $known: passed, failed, ...
import-test-status = mae gan ei brawf "{ $test }" y statws "{ $status }", a dydy Slate ddim yn ei adnabod (mae'n adnabod { $known })
import-test-points = mae ei brawf "{ $test }" yn rhoi { $points } pwynt allan o { $max }
import-event-order = mae ei amser `first` ar ôl ei amser `last`
# Dysgwr yw $owner, fel { $who } uchod.
import-attempt-owner = mae'n perthyn i { $owner } (ar y cyfrifiadur hwn, neu'n gynharach yn y ffeiliau), felly all e ddim bod yn perthyn i'r dysgwr hwn hefyd
import-attempt-different = mae gan Slate ymgais wahanol gyda'r id hwn yn barod (ar y cyfrifiadur hwn, neu'n gynharach yn y ffeiliau)
# Un o'r brawddegau import-conflict-* isod yw $problem, gyda'i atalnod llawn.
import-conflict = { $file }: { $problem } Chafodd dim byd ei fewnforio.
import-conflict-two-here = Un dysgwr yw { $who } yn y ffeil hon, ond { $count ->
        [zero] { $count } dysgwr gwahanol
        [one] { $count } dysgwr gwahanol
        [two] dau ddysgwr gwahanol
        [few] tri dysgwr gwahanol
        [many] chwe dysgwr gwahanol
       *[other] { $count } dysgwr gwahanol
    } ar y cyfrifiadur hwn ({ $learners }). Anghofia neu ailenwa un ohonyn nhw ar y cyfrifiadur hwn, yna mewnforia eto.
import-conflict-group = { $who } yw'r dysgwr { $here } ar y cyfrifiadur hwn, mewn grŵp arall. Dydy Slate ddim yn symud dysgwyr rhwng grwpiau.
import-conflict-rename = Cafodd { $who } ei ailenwi'n "{ $name }" ar gyfrifiadur arall, ond mae dysgwr arall yma o'r enw "{ $other }". Ailenwa un ohonyn nhw gyda `slate learner rename`, yna mewnforia eto.

## slate report: geiriau sy'n cael eu rhannu gan y tabl, y ffeil CSV a'r dudalen HTML

report-none-in-group = Does dim dysgwyr yn y grŵp { $group } ar y cyfrifiadur hwn. Mae `slate learner list` yn dangos y grwpiau.
report-written = Wedi ysgrifennu'r adroddiad i { $file }.
report-no-learners = Does dim dysgwyr i adrodd arnyn nhw eto.
report-nobody-stuck = Does neb yn sownd: mae pob ymarfer mae rhywun wedi'i drio wedi cael ei basio.
report-nothing-tried = Does neb wedi gwirio ymarfer eto.
report-summary = { $learners ->
        [zero] dim dysgwyr
        [one] { $learners } dysgwr
        [two] { $learners } ddysgwr
        [few] { $learners } dysgwr
        [many] { $learners } dysgwr
       *[other] { $learners } dysgwr
    }, { $exercises ->
        [zero] dim ymarferion
        [one] { $exercises } ymarfer
        [two] { $exercises } ymarfer
        [few] { $exercises } ymarfer
        [many] { $exercises } ymarfer
       *[other] { $exercises } ymarfer
    } mewn { $packs ->
        [zero] dim pecynnau
        [one] { $packs } pecyn
        [two] { $packs } becyn
        [few] { $packs } phecyn
        [many] { $packs } phecyn
       *[other] { $packs } pecyn
    }
report-learners = { $count ->
        [zero] dim dysgwyr
        [one] { $count } dysgwr
        [two] { $count } ddysgwr
        [few] { $count } dysgwr
        [many] { $count } dysgwr
       *[other] { $count } dysgwr
    }
report-passed-of = { $passed } o { $total }
# Ble mae dysgwr gydag un ymarfer (wrth ymyl ✓, ◐ a ○).
report-older-pack-version = fersiwn hŷn o'r pecyn
# Yn lle teitl gwers.
report-lesson-gone = Ddim yn y pecyn bellach
report-lesson-not-installed = Pecyn heb ei osod ar y cyfrifiadur hwn

## Penawdau colofnau. Mae'r tabl yn y derfynell yn eu halinio, felly geiriau byr sydd orau yno.

report-col-learner = Dysgwr
report-col-group = Grŵp
report-col-passed = Wedi pasio
report-col-tried = Wedi trio
report-col-not-started = Heb ddechrau
report-col-attempts = Ymgeisiau
report-col-hints = Cliwiau
report-col-hints-used = Cliwiau a ddefnyddiwyd
report-col-solutions = Atebion
report-col-solutions-viewed = Atebion a welwyd
report-col-time = Amser
report-col-last-seen = Gwelwyd ddiwethaf
report-col-pack = Pecyn
report-col-lesson = Gwers
report-col-exercise = Ymarfer
report-col-exercise-title = Teitl yr ymarfer
report-col-status = Statws
report-col-best-score = Sgôr gorau
report-col-max-score = Sgôr uchaf
report-col-solution-viewed = Ateb wedi'i weld
report-col-minutes-spent = Munudau a dreuliwyd
report-col-last-attempt = Ymgais olaf (UTC)
report-col-version-used = Fersiwn y pecyn a ddefnyddiwyd
report-col-version-now = Fersiwn y pecyn nawr
report-col-note = Nodyn
report-col-stuck = Yn sownd (wedi trio, heb basio)

## Y tabl yn y derfynell

report-table-title-all = Adroddiad dosbarth ar gyfer pob dysgwr: { $summary }.
report-table-title-group = Adroddiad dosbarth ar gyfer y grŵp { $group }: { $summary }.
report-table-made = Gwnaed { $time }.
report-table-stuck-heading = Ble mae dysgwyr yn sownd (wedi trio, heb basio eto):
report-table-stuck-detail = ({ $passed } wedi pasio, { $attempts ->
        [zero] dim ymgeisiau
        [one] { $attempts } ymgais
        [two] { $attempts } ymgais
        [few] { $attempts } ymgais
        [many] { $attempts } ymgais
       *[other] { $attempts } ymgais
    }, { $hints ->
        [zero] dim cliwiau
        [one] { $hints } cliw
        [two] { $hints } gliw
        [few] { $hints } chliw
        [many] { $hints } chliw
       *[other] { $hints } cliw
    })
report-table-older = { $count ->
        [zero] Cafodd { $count } canlyniad eu gwneud gyda fersiwn hŷn o becyn; mae'r adroddiadau CSV a HTML yn dangos pa rai.
        [one] Cafodd { $count } canlyniad ei wneud gyda fersiwn hŷn o becyn; mae'r adroddiadau CSV a HTML yn dangos pa un.
        [two] Cafodd { $count } ganlyniad eu gwneud gyda fersiwn hŷn o becyn; mae'r adroddiadau CSV a HTML yn dangos pa rai.
        [few] Cafodd { $count } chanlyniad eu gwneud gyda fersiwn hŷn o becyn; mae'r adroddiadau CSV a HTML yn dangos pa rai.
        [many] Cafodd { $count } chanlyniad eu gwneud gyda fersiwn hŷn o becyn; mae'r adroddiadau CSV a HTML yn dangos pa rai.
       *[other] Cafodd { $count } canlyniad eu gwneud gyda fersiwn hŷn o becyn; mae'r adroddiadau CSV a HTML yn dangos pa rai.
    }

## Y ffeil CSV (mae ei cholofnau yn yr un drefn ym mhob iaith)

report-csv-yes = ie
report-csv-no = na
report-csv-note-gone = ddim yn y pecyn bellach

## Y dudalen HTML

report-html-title-all = Adroddiad dosbarth Slate: pob dysgwr
report-html-title-group = Adroddiad dosbarth Slate: grŵp { $group }
report-html-made = { $summary }. Gwnaed gan Slate ar { $time }.
report-html-key = Allwedd:
report-html-key-tried = wedi trio, heb basio eto
report-html-key-older = cafodd yr ymgais ddiweddaraf ei gwneud gyda fersiwn hŷn o'r pecyn
report-html-progress-heading = Cynnydd pob dysgwr
report-html-progress-chart-title = Ymarferion wedi'u pasio, wedi'u trio a heb eu dechrau, fesul dysgwr
# Un dysgwr yn nisgrifiad y siart, ar gyfer darllenwyr sgrin.
report-html-progress-sentence = { $name }: { $passed } wedi pasio, { $tried } wedi trio, { $not_started } heb ddechrau
# Cyngor bar.
report-html-bar-passed = { $name }: { $count } wedi pasio
report-html-bar-tried = { $name }: { $count } wedi trio
report-html-bar-not-started = { $name }: { $count } heb ddechrau
report-html-progress-caption = Ymarferion wedi'u pasio ym mhob gwers, gyda'r ymgeisiau a'r cliwiau a ddefnyddiwyd
report-html-heatmap-heading = Pob ymarfer, pob dysgwr
report-html-heatmap-caption = Statws pob ymarfer i bob dysgwr (✓ wedi pasio, ◐ wedi trio, ○ heb ddechrau, * fersiwn hŷn o'r pecyn)
# Cyngor sgwâr, mewn rhannau wedi'u gwahanu gan atalnodau: "Ada, Cyfarch rhywun: wedi trio, gorau 1 o 2, 3 ymgais, 1 cliw".
report-html-cell = { $name }, { $exercise }: { $status }
report-html-cell-best = gorau { $score } o { $max }, { $attempts ->
        [zero] dim ymgeisiau
        [one] { $attempts } ymgais
        [two] { $attempts } ymgais
        [few] { $attempts } ymgais
        [many] { $attempts } ymgais
       *[other] { $attempts } ymgais
    }
report-html-cell-hints = { $hints ->
        [zero] dim cliwiau
        [one] { $hints } cliw
        [two] { $hints } gliw
        [few] { $hints } chliw
        [many] { $hints } chliw
       *[other] { $hints } cliw
    }
report-html-cell-version = gyda fersiwn { $version } o'r pecyn
report-html-stuck-heading = Ble mae dysgwyr yn sownd
report-html-stuck-chart-title = Dysgwyr sydd wedi trio pob ymarfer a heb ei basio eto
report-html-stuck-sentence = { $exercise }: { $count ->
        [zero] dim dysgwyr yn sownd
        [one] { $count } dysgwr yn sownd
        [two] { $count } ddysgwr yn sownd
        [few] { $count } dysgwr yn sownd
        [many] { $count } dysgwr yn sownd
       *[other] { $count } dysgwr yn sownd
    }
report-html-stuck-caption = Yr ymarferion mae'r nifer fwyaf o ddysgwyr yn sownd arnyn nhw

# issue 14: reports

# Marciau: "7 o 12", a chanran o'r mwyaf posibl.
report-score-of = { $score } o { $max }
report-percent = { $percent }%
# Mae darllenwyr sgrin yn dweud hyn yn lle "–", am amser neu farc nad yw Slate yn ei wybod.
report-unknown = ddim yn hysbys
report-pack-not-installed = Nid yw'r pecyn { $pack } wedi'i osod ar y cyfrifiadur hwn: dim ond yr ymarferion y mae rhywun wedi rhoi cynnig arnyn nhw sy'n cyfrif yn y cyfansymiau.
# Dysgwr gyda'i grŵp, fel bod dau ddysgwr o'r un enw yn cael eu gwahaniaethu: "Sam Jones (7B)".
report-learner-in-group = { $name } ({ $group })
report-col-score = Sgôr
report-col-percent = %
report-col-stuck-who = Pwy sy'n sownd
report-col-lesson-score = Sgôr y wers
report-col-lesson-max-score = Sgôr uchaf y wers
report-col-lesson-percent = % y wers
report-col-total-score = Cyfanswm sgôr
report-col-total-max-score = Cyfanswm uchaf
report-col-total-percent = % i gyd
report-table-stuck-who = Yn sownd: { $names }
report-table-lessons-heading = Marciau ym mhob gwers (sgôr o'r mwyaf posibl, a chanran):
report-table-lesson-cell = { $score } ({ $percent })
report-table-lesson-key = { $number }: { $lesson } ({ $pack })
report-csv-note-not-installed-totals = pecyn heb ei osod ar y cyfrifiadur hwn: dim ond yr ymarferion y mae rhywun wedi rhoi cynnig arnyn nhw sy'n cyfrif yn y cyfansymiau
report-html-stuck-sentence-names = { $sentence } ({ $names })
report-html-chart-part = { $title } (rhan { $part } o { $parts })

# issue 14: learners
learner-moved = Wedi symud { $who }: bellach { $now }. Mae eu cynnydd yn cael ei gadw.
learner-import-added = Wedi ychwanegu { $who }
learner-import-existing = Yma'n barod: { $who }
learner-import-summary = Wedi ychwanegu: { $added }. Yma'n barod: { $existing }.
class-list-unreadable = Methodd Slate â darllen y rhestr ddosbarth { $file }: { $reason }. Gwiriwch ei henw a'r ffolder rydych chi ynddo.
class-list-too-big = Mae { $file } yn fwy na { $limit } MB, yn rhy fawr i fod yn rhestr ddosbarth. Gwiriwch mai dyma'r ffeil gywir.
class-list-csv = { $file }:{ $line }: Methodd Slate â darllen y llinell hon fel CSV ({ $reason }). Cadwch y rhestr ddosbarth o'ch taenlen fel CSV a rhowch gynnig arall arni.
class-list-no-name-column = Does dim colofn o enwau yn { $file }. Mae ei rhes gyntaf yn cynnwys: { $found }. Rhowch y pennawd "Name" (neu "Forename" a "Surname") uwchben yr enwau, a "Group" uwchben y grwpiau.
class-list-no-name = { $file }:{ $line }: does dim enw ar y llinell hon. Llenwch yr enw neu dilëwch y llinell, yna mewnforiwch eto.
class-list-bad-name = { $file }:{ $line }: { $reason } Cywirwch hyn yn y ffeil, yna mewnforiwch eto.
class-list-empty = Does dim dysgwyr yn { $file }. Rhowch un dysgwr ar bob llinell: yr enw, yna'r grŵp.
import-note-kept-spelling = cadwyd "{ $kept }"; roedd "{ $had }" yn y ffeil.
store-merge-into-self = Mae { $who } yr un dysgwr ddwywaith. Enwch y cofnod i'w uno, yna'r un i'w gadw gyda --into.
import-note-merged = Mae "{ $old }" yn dal yn { $file }, ond cafodd ei uno â "{ $kept }" yma; ychwanegwyd eu cynnydd at "{ $kept }".
learner-merged = Wedi uno "{ $old }" â "{ $kept }": symudwyd { $attempts } { $attempts ->
        [one] ymgais
       *[other] ymgais
    }, a does dim wedi'i golli.
learner-show-none = Does gan { $who } ddim ymgeisiau i'w dangos eto.
learner-show-heading = { $who }: { $count } { $count ->
        [one] ymgais
       *[other] ymgais
    }, yr hynaf yn gyntaf (amseroedd mewn UTC).
learner-show-attempt = Ymgais { $number } o { $count }, { $at }, { $exercise }: { $score } allan o { $max }, { $passed ->
        [yes] wedi llwyddo
       *[no] heb lwyddo
    }.
learner-show-hidden = (wedi'i chuddio rhag dysgwyr)
import-note-merged-here = Mae { $file } yn dweud bod "{ $old }" wedi'i uno â "{ $kept }" ar gyfrifiadur arall, felly mae Slate wedi'u huno yma hefyd; mae eu holl gynnydd yn cael ei gadw.

# issue 17: class view
class-refresh-failed = methu ail-lwytho: { $reason }
class-nobody-stuck = Does neb yn sownd.
class-no-learners = Does dim dysgwyr ar y cyfrifiadur hwn eto. Ychwanega nhw gyda `slate learner add` neu `slate learner import`.
