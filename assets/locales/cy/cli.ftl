# Y llinell orchymyn. (Mae testun --help clap yn aros yn Saesneg; gweler docs/translating.md.)

## Problemau gyda'r hyn y gofynnwyd amdano.

cli-file-not-found = Doedd Slate ddim yn gallu dod o hyd i'r ffeil { $file }. Gwiria'i henw a'r ffolder rwyt ti ynddo.
cli-file-is-folder = Ffolder yw { $file }, nid ffeil. Rho enw ffeil .py sydd y tu mewn iddo.
cli-file-unreadable = Doedd Slate ddim yn gallu darllen { $file }: { $error }.
cli-file-not-utf8 = Dydy { $file } ddim yn destun plaen y gall Slate ei ddarllen. Cadwa hi fel testun UTF-8 (yn Notepad: Save As, Encoding: UTF-8) a rho gynnig arall arni.
cli-file-too-big = Mae { $file } yn rhy fawr: mae Slate yn darllen ffeiliau hyd at { $limit } KB yma. Gwiria mai dyma'r ffeil gywir.
cli-broken-pack-skipped = Nodyn: mae problemau gyda'r pecyn yn { $origin }, felly cafodd ei hepgor. Rheda `slate pack check` arno i'w gweld.
cli-no-home = Doedd Slate ddim yn gallu dod o hyd i ffolder ar gyfer ei ffeiliau ar y cyfrifiadur hwn. Gosod SLATE_HOME i ffolder y gelli di ysgrifennu iddo, er enghraifft SLATE_HOME=./slate-data
cli-unknown-language = Does gan Slate ddim yr iaith "{ $requested }", felly bydd yn defnyddio { $using }. Ieithoedd sydd gan Slate: { $available }.

## slate run

run-bad-time-limit = Rhaid i'r terfyn amser fod yn nifer o eiliadau rhwng 0 a 3600, er enghraifft --time-limit 2.5
run-bad-memory-limit = Rhaid i'r terfyn cof fod rhwng 1 a 2048 MB, er enghraifft --memory-limit 64
run-bad-output-limit = Rhaid i'r terfyn allbwn fod rhwng 1 a 1048576 KB.
run-piped-input-unreadable = Doedd Slate ddim yn gallu darllen y mewnbwn a anfonwyd drwy bibell: { $error }.
run-input-file-unreadable = Doedd Slate ddim yn gallu darllen y ffeil mewnbwn { $file }. Gwiria'i henw a'r ffolder rwyt ti ynddo.

## slate check

check-heading = Yn gwirio { $file } yn erbyn { $exercise }: { $title }
check-not-an-exercise-id = Dydy "{ $id }" ddim yn id ymarfer. Mae ids ymarferion yn edrych fel pecyn/ymarfer, er enghraifft python-first-steps/hello. Rheda `slate pack list` i'w gweld.
check-no-such-pack = Does dim pecyn o'r enw "{ $pack }". Rheda `slate pack list` i weld y pecynnau.
check-no-such-pack-suggest = Does dim pecyn o'r enw "{ $pack }". Oeddet ti'n golygu { $suggestion }? Rheda `slate pack list` i weld y pecynnau.
check-no-such-exercise = Does dim ymarfer o'r enw "{ $exercise }" yn y pecyn "{ $pack }". Rheda `slate pack list` i weld ei ymarferion.
check-no-such-exercise-suggest = Does dim ymarfer o'r enw "{ $exercise }" yn y pecyn "{ $pack }". Oeddet ti'n golygu { $suggestion }? Rheda `slate pack list` i weld ei ymarferion.

## Y blwch tywod

sandbox-damaged = Mae Python Slate wedi'i ddifrodi ({ $detail }). Gosoda Slate eto, os gweli di'n dda.
sandbox-engine = Doedd Slate ddim yn gallu cychwyn ei flwch tywod Python: { $detail }
sandbox-thread = Doedd Slate ddim yn gallu cychwyn edefyn i redeg y rhaglen: { $detail }
sandbox-preparing = Yn paratoi Python, unwaith yn unig: { $step } ({ $elapsed })
sandbox-step-unpacking = Yn dadbacio Python (cam 1 o 2)
sandbox-step-compiling = Yn paratoi Python ar gyfer y cyfrifiadur hwn (cam 2 o 2)
sandbox-ready = Mae Python yn barod.
sandbox-cache-forged = Roedd rhywbeth heblaw Slate wedi newid copi parod Slate o Python, felly ni ddefnyddiodd Slate ef. Mae'n paratoi Python eto.

check-not-saved = Mae dy ganlyniad uchod, ond doedd Slate ddim yn gallu ei gadw. { $reason }
sandbox-internal = Stopiodd Python yn annisgwyl: { $detail }

# issue 13: slow programs
python-getting-ready = Yn paratoi Python, y tro cyntaf yn unig: tua { $percent }% ({ $seconds } eiliad)

# issue 14: packs
cli-note = Sylwer: { $note }
cli-only-packs-none = gofynnwyd am becynnau athrawon yn unig, ond ni ddaeth Slate o hyd i'r un, felly mae'n dangos ei gyrsiau ei hun.
check-folder-pack-broken = Mae { $count ->
        [one] problem
       *[other] problemau
    } gyda'r pecyn yn y ffolder "{ $folder }". Rheda `{ $command }` i weld beth i'w drwsio.
check-pack-id-differs = Mae'r ffolder "{ $folder }" yn dal pecyn a'i id yw "{ $id }": defnyddia { $suggestion }.
check-own-pack-hint = Os mai dy becyn di yw hwn, ychwanega `--packs FOLDER` (ffolder y pecyn, neu ffolder o becynnau), neu enwa'r ymarfer drwy ffolder y pecyn: `slate check FOLDER/EXERCISE FILE`.

# issue 14: learners
check-saved = Wedi'i gadw i { $who }.
check-learner-one-file = Mae --learner yn cadw ymgais un disgybl, felly mae'n marcio un ffeil ar y tro. Rhowch un ffeil, neu gadewch --learner allan i farcio llawer.
check-json-one-file = Mae --json yn disgrifio un ffeil. I farcio llawer o ffeiliau ar gyfer taenlen, defnyddiwch --format csv.
check-no-py-files = Does dim ffeiliau .py yn y ffolder { $folder }. Gwiriwch mai dyma ffolder ffeiliau'r disgyblion.
check-batch-marking = Yn marcio
check-batch-col-file = Ffeil
check-batch-col-score = Sgôr
check-batch-col-max-score = Sgôr uchaf
check-batch-col-result = Canlyniad
check-batch-col-problem = Y broblem gyntaf
check-batch-passed = wedi llwyddo
check-batch-failed = heb lwyddo
check-batch-unreadable = methu ei darllen
check-batch-summary = Wedi llwyddo: { $passed } o { $count }. Sgôr cyfartalog: { $average } allan o { $max }.

# issue 17: class view
class-plain-heading-all = Pob dysgwr: { $learners }, wedi'u darllen am { $time }.
class-plain-heading-group = Dosbarth { $group }: { $learners }, wedi'u darllen am { $time }.
class-plain-stuck-longest = Yn sownd hiraf: { $who }, ers { $time }, ar { $exercise }.
class-plain-stuck = { $who }: yn sownd ar { $exercise } ers { $time }, { $attempts } gwiriad heb basio.
class-plain-trying = { $who }: yn gweithio ar { $exercise } ers { $time }, heb basio eto.
class-plain-passed = { $who }: wedi pasio { $exercise }.
class-plain-counts = Wedi pasio { $passed }, wedi trio { $tried }, yn sownd { $stuck }. Gwirio olaf { $time } yn ôl.
class-plain-nothing-yet = { $who }: heb wirio dim byd eto.
