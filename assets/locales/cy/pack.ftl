# Pecynnau gwersi: yr hyn mae athrawon yn ei weld o `slate pack check`, `slate pack new` a
# `slate pack list`. Mae enwau meysydd mewn `backticks` yn rhan o'r fformat: paid â'u cyfieithu.

pack-problem-help = help: { $text }

## Mathau o werth mewn ffeil TOML.

toml-type-text = testun
toml-type-integer = rhif cyfan
toml-type-float = rhif degol
toml-type-boolean = true/false
toml-type-date = dyddiad
toml-type-list = rhestr
toml-type-table = tabl
toml-expect-text = testun rhwng dyfynodau
toml-expect-one-of = un o { $values }
toml-expect-integer = rhif cyfan
toml-expect-number = rhif
toml-expect-text-list = rhestr o destun, fel ["a", "b"]
toml-expect-table = tabl
toml-expect-table-list = rhestr o dablau ([[...]])

## Rhannau pecyn.

pack-part-pack = pack.toml
pack-part-lesson = gwers
pack-part-page = [[page]]
pack-part-exercise = [[exercise]]
pack-part-test = [[exercise.test]]
pack-part-limits = [limits]
pack-part-solutions = [solutions]

## Beth yw pwrpas y meysydd sy'n rhaid eu cael.

pack-field-doc-format = fersiwn fformat y pecyn: 1 bob tro.
pack-field-doc-id = id: llythrennau bach, digidau a '-'. Paid byth â'i newid ar ôl iddo gael ei ddefnyddio.
pack-field-doc-title = ychydig eiriau mae pobl yn eu gweld.
pack-field-doc-lessons = enwau ffeiliau'r gwersi yn eu trefn, heb .toml.
pack-field-doc-text = y testun (Markdown).
pack-field-doc-name = ychydig eiriau mae dysgwyr yn eu gweld, e.e. "adio rhifau negatif".
pack-field-doc-task = beth i'w wneud (Markdown), gydag enghraifft o fewnbwn ac allbwn.

## Meysydd a gwerthoedd.

pack-unknown-field = maes anhysbys `{ $field }` yn { $what }
pack-did-you-mean-field = oeddet ti'n golygu `{ $suggestion }`?
pack-fields-allowed = y meysydd all fod yn { $what } yw: { $fields }
pack-missing-field = does dim `{ $field }` yn { $what }
pack-add-field = ychwanega `{ $field }`: { $doc }
pack-bad-value = all `{ $field }` ddim bod yn "{ $value }"
pack-did-you-mean-value = oeddet ti'n golygu "{ $suggestion }"?
pack-use-one-of = defnyddia un o { $values }
pack-list-item-not-text = rhaid i bob eitem yn `{ $field }` fod yn destun rhwng dyfynodau, nid { $found }
pack-wrong-type = dylai `{ $field }` fod yn { $expected }, nid { $found }
pack-bad-id = dydy "{ $id }" ddim yn id { $what ->
        [pack] pecyn
        [lesson] gwers
        [exercise] ymarfer
       *[test] prawf
    } dilys
pack-bad-id-help = defnyddia lythrennau bach, digidau a '-', er enghraifft "{ $example }"
pack-out-of-range = all `{ $field }` ddim bod yn { $value }
pack-out-of-range-help = defnyddia rif o { $min } i { $max }
pack-out-of-range-whole-help = defnyddia rif cyfan o { $min } i { $max }
pack-out-of-range-time-help = defnyddia nifer o eiliadau o { $min } i { $max }
pack-out-of-range-memory-help = defnyddia nifer cyfan o fegabeitiau o { $min } i { $max }
pack-out-of-range-output-help = defnyddia nifer cyfan o gilobeitiau o { $min } i { $max }
pack-out-of-range-format-help = ysgrifenna `format = { $max }`
pack-bad-locale = all `locale` ddim bod yn "{ $value }"
pack-bad-locale-help = defnyddia dag iaith, fel "cy", "en-GB" neu "pt-BR"

## Ffeiliau.

pack-not-toml = dydy hwn ddim yn TOML dilys: { $error }
pack-not-toml-help = gwiria'r dyfynodau, y cromfachau a'r arwyddion `=` ger y man hwn
pack-too-deep = mae hwn wedi'i nythu'n rhy ddwfn i Slate ei ddarllen ({ $error })
pack-too-deep-help = dim ond ychydig o lefelau o gromfachau ac enwau gyda dotiau (a.b.c) sydd eu hangen ar becyn: tynna'r lleill
pack-cannot-read = methu darllen y ffeil hon: { $error }
pack-cannot-read-help-missing = gwiria enw'r ffeil a bod y ffeil yn ffolder y pecyn
pack-cannot-read-help-not-text = cadwa'r ffeil fel testun UTF-8
pack-read-not-found = dydy'r ffeil ddim yn bodoli
pack-read-outside = mae'r llwybr yn arwain y tu allan i ffolder y pecyn (rhaid i lwybrau fod yn berthynol, heb `..`)
pack-read-too-large = mae'r ffeil yn fwy nag 1 MB
pack-read-not-text = dydy'r ffeil ddim yn destun UTF-8
pack-read-folder = ffolder yw hwn, nid ffeil
pack-read-folder-help = rho ffeil o'r enw hwnnw yn lle'r ffolder, neu cywira'r enw
pack-read-special = dydy hon ddim yn ffeil arferol (dyfais, piben, neu ddolen i ddim byd yw hi)
pack-read-special-help = defnyddia ffeil destun arferol yma
pack-read-too-large-help = rhanna hi'n ffeiliau llai: gall pob ffeil mewn pecyn fod hyd at 1 MB
pack-read-outside-help = cadwa'r ffeil yn ffolder y pecyn: copïa hi yno yn lle creu dolen iddi
pack-read-io-help = gwiria fod y ffeil yno a bod hawl gen ti i'w darllen
pack-bundled-origin = wedi'i gynnwys ({ $dir })

## pack.toml

pack-newer-format = mae'r pecyn hwn yn defnyddio fformat { $found }, a wnaed ar gyfer fersiwn mwy newydd o Slate (mae'r fersiwn hwn yn darllen fformat { $known })
pack-newer-format-help = diweddara Slate i ddefnyddio'r pecyn hwn
pack-no-lessons = does dim gwersi yn y pecyn
pack-no-lessons-help = rhestra ffeiliau'r gwersi, e.e. lessons = ["01-hello"]
pack-too-many-lessons = all pecyn ddim cael mwy na { $max } o wersi
pack-lesson-listed-twice = mae'r wers "{ $file }" wedi'i rhestru ddwywaith
pack-remove-one = tynna un ohonyn nhw
pack-cannot-read-lesson = methu darllen ffeil y wers { $file }: { $error }
pack-cannot-read-lesson-help-missing = gwna ffeil o'r enw { $file } yn ffolder y pecyn, neu cywira'r enw yma
pack-cannot-read-lesson-help-outside = rhaid i ffeiliau gwersi fod y tu mewn i ffolder y pecyn

## Gwersi ac ymarferion.

pack-duplicate-lesson = mae'r id gwers "{ $id }" eisoes yn cael ei ddefnyddio yn { $first }
pack-duplicate-lesson-help = rho ei id ei hun i bob gwers
pack-too-many-exercises = all gwers ddim cael mwy na { $max } o ymarferion
pack-code-twice = mae `{ $field }` a `{ $file_field }` gan yr ymarfer
pack-code-twice-help = cadwa un ohonyn nhw
pack-cannot-read-code = methu darllen { $file }: { $error }
pack-cannot-read-code-help-outside = defnyddia lwybr y tu mewn i ffolder y pecyn, fel "02-numbers/add.py"
pack-cannot-read-code-help-missing = gwna'r ffeil { $file } wrth ymyl ffeil y wers, neu cywira'r enw
pack-no-code = does dim `{ $field }` gan yr ymarfer
pack-no-code-help = ychwanega `{ $field } = """..."""` neu `{ $file_field } = "file.py"`
pack-duplicate-exercise = mae'r id ymarfer "{ $id }" eisoes yn cael ei ddefnyddio yn { $first }
pack-duplicate-exercise-help = rhaid i ids ymarferion fod yn wahanol drwy'r pecyn cyfan
pack-too-many-tests = all ymarfer ddim cael mwy na { $max } o brofion
pack-duplicate-test = mae gan ddau brawf yn yr ymarfer "{ $exercise }" yr id "{ $id }"
pack-duplicate-test-help = rho enwau gwahanol i'r profion, neu gosod `id` ar un ohonyn nhw

## Profion.

pack-nothing-to-compare = does gan y prawf "{ $name }" ddim byd i'w gymharu
pack-nothing-to-compare-help = rho `expect` iddo (allbwn), neu `call` a `returns` (ffwythiant), neu `require`/`forbid` (gwiriad cod)
pack-mixed-test = mae'r prawf "{ $name }" yn cymysgu mathau gwahanol o brawf
pack-mixed-test-help = defnyddia un yn unig o: `expect`; `call` a `returns`; `require`/`forbid`. Rhanna fe'n ddau brawf
pack-bad-regex = dydy `expect` ddim yn fynegiad rheolaidd dilys: { $error }
pack-tolerance-unused-help = tynna fe, neu gosod match = "numbers"
pack-empty-call = mae `call` neu `returns` y prawf "{ $name }" yn wag
pack-call-without-returns = mae gan y prawf "{ $name }" `call` ond dim `returns`
pack-call-without-returns-help = ychwanega `returns = "..."`: y gwerth y dylai'r alwad ei roi yn ôl, yn Python
pack-returns-without-call = mae gan y prawf "{ $name }" `returns` ond dim `call`
pack-returns-without-call-help = ychwanega `call = "..."`, er enghraifft call = "add(2, 3)"
pack-unknown-construct = all gwiriad cod ddim chwilio am "{ $item }"
pack-unknown-construct-help = gweler y rhestr yn docs/lesson-packs.md (e.e. "for", "while", "call:len")
pack-empty-code-check = does gan y gwiriad cod "{ $name }" ddim byd i'w wirio
pack-empty-code-check-help = rhestra rywbeth yn `require` neu `forbid`

## Cyfieithiadau pecyn (translations/<iaith>/<gwers>.toml).

pack-translation-bad-language = dydy "{ $language }" ddim yn dag iaith mae Slate yn ei ddeall
pack-translation-bad-language-help = enwa'r ffolder ar ôl yr iaith, e.e. translations/cy neu translations/pt-BR
pack-translation-no-lesson = does dim ffeil gwers { $file } yn y pecyn hwn i'w chyfieithu
pack-translation-no-lesson-help = enwa'r cyfieithiad ar ôl ffeil gwers sydd wedi'i rhestru yn pack.toml
pack-translation-unknown-id = dydy { $what ->
        [lesson] y wers
        [exercise] yr ymarfer
       *[test] y prawf
    } "{ $id }" ddim yn { $file }
pack-translation-unknown-id-help = mae cyfieithiadau'n defnyddio ids ffeil y wers; gwiria'r sillafiad, neu tynna'r rhan hon
pack-translation-invalid-help = dim ond geiriau ei wers sydd mewn cyfieithiad: title, ideas, [[page]] (title, text), ac [exercise.ID] (title, task, hints, ac [exercise.ID.test.ID] gyda name)
pack-translation-id-mismatch = mae'r cyfieithiad hwn ar gyfer y wers "{ $found }", ond y wers "{ $expected }" yw { $file }
pack-translation-too-many = mae gan { $what } { $found } eitem, ond dim ond { $expected } sydd gan y gwreiddiol
pack-translation-too-many-help = cyfieithia bob eitem o'r gwreiddiol unwaith, yn yr un drefn

## slate pack check

pack-check-not-a-pack = Dydy { $dir } ddim yn becyn gwersi: does dim pack.toml ynddo. Rho'r ffolder sy'n dal pack.toml, neu gwna becyn newydd gyda `slate pack new { $quoted }`.
pack-check-stopped = Cafwyd { $count } o broblemau. Chafodd y pecyn mo'i wirio ymhellach: cywira'r rhain yn gyntaf.
pack-check-sound = Mae'r pecyn "{ $title }" yn gadarn: { $lessons } gwers, { $exercises } ymarfer, { $tests } prawf. Mae pob datrysiad yn pasio ac mae gan bob cod cychwyn rywbeth ar ôl i'w wneud.
pack-check-problems = Cafwyd { $count } o broblemau (gwiriwyd { $exercises } ymarfer).
pack-check-progress = Yn rhedeg y profion: { $bar } { $done } o { $total } ({ $elapsed })
pack-check-sandbox-failed = doedd y blwch tywod ddim yn gallu rhedeg y prawf hwn: { $error }
pack-check-solution-fails = ymarfer "{ $exercise }": mae'r datrysiad enghreifftiol yn methu'r prawf "{ $test }"
pack-check-solution-fails-help = cywira'r datrysiad neu'r prawf fel eu bod yn cytuno
pack-check-starter-passes = ymarfer "{ $exercise }": mae'r cod cychwyn eisoes yn pasio pob prawf, felly does dim byd i'w wneud
pack-check-starter-passes-help = gwna'r cod cychwyn yn anghyflawn, neu ychwanega brawf mae'n ei fethu
pack-check-translations = Cyfieithiadau wedi'u gwirio: { $languages }.

## slate pack new

pack-new-not-empty = Mae { $dir } yn bodoli'n barod a dydy e ddim yn wag. Dewisa enw ffolder newydd, fel nad oes dim yn cael ei ysgrifennu drosto.
pack-new-cannot-write = Doedd Slate ddim yn gallu ysgrifennu { $file }: { $error }.
pack-new-cannot-make-folder = Doedd Slate ddim yn gallu gwneud y ffolder { $dir }: { $error }.
pack-new-made = Gwnaed pecyn newydd yn { $dir }: pack.toml ac un wers, 01-hello.toml.
pack-new-next = Nesaf: golygu'r ffeiliau, yna rhedeg `slate pack check { $dir }`.

## slate pack list

pack-list-none = Dydy Slate ddim yn gallu gweld unrhyw becynnau.
pack-list-pack = { $id } (fersiwn { $version }): { $title }
pack-list-from = o: { $origin }
pack-list-counts = { $lessons } gwers, { $exercises } ymarfer
pack-list-translations = cyfieithiadau: { $languages }
pack-list-not-loaded = Heb ei lwytho: { $origin } ({ $count } o broblemau)
pack-list-more-problems = ... rheda `slate pack check` arno i'w gweld i gyd.
pack-list-where = Mae pecynnau athrawon yn cael eu darllen o { $dir } ac o ffolderi a roddir gyda --packs.

# issue 14: packs
pack-skipped-older = Nid yw { $id } fersiwn { $version } yn { $origin } yn cael ei ddefnyddio: mae fersiwn mwy newydd ({ $used }) yn { $used_origin }.
pack-skipped-same-version = Nid yw { $id } fersiwn { $version } yn { $origin } yn cael ei ddefnyddio: mae gan y copi yn { $used_origin } yr un fersiwn ac mae'n dod gyntaf (ffolder a roddir gyda --packs, yna pecynnau'r cyfrifiadur hwn, yna rhai Slate ei hun).
pack-check-copy-newer = Sylwer: mae gan gopi arall o "{ $id }" fersiwn mwy newydd ({ $other }), yn { $origin }. Lle mae Slate yn dod o hyd i'r ddau, mae'n defnyddio hwnnw, nid hwn ({ $version }): coda `version` yn pack.toml y pecyn hwn yn uwch na { $other } i ddefnyddio hwn.
pack-check-copy-same = Sylwer: mae copi arall o "{ $id }" gyda'r un fersiwn ({ $version }) yn { $origin }. Lle mae Slate yn dod o hyd i'r ddau, ffolder a roddir gyda --packs sy'n dod gyntaf: coda `version` bob tro y byddi di'n newid pecyn, fel bod pob cyfrifiadur yn defnyddio'r un mwyaf newydd.
pack-check-copy-older = Sylwer: mae copi hŷn o "{ $id }" (fersiwn { $other }) yn { $origin }. Lle mae Slate yn dod o hyd i'r ddau, mae'n defnyddio hwn ({ $version }); mae `slate pack install` yn disodli'r copi hŷn ar y cyfrifiadur hwn.
pack-list-built-in-hidden = Mae cyrsiau Slate ei hun wedi'u cuddio, oherwydd gofynnwyd am becynnau athrawon yn unig (--only-packs, neu `slate pack settings only-packs on`).
pack-install-not-sound = Heb ei osod: trwsia'r problemau uchod, yna rheda `slate pack install { $dir }` eto.
pack-install-already-there = Mae "{ $id }" eisoes wedi'i osod o'r ffolder honno: does dim i'w wneud.
pack-install-newer-there = Heb ei osod: mae gan y cyfrifiadur hwn fersiwn mwy newydd o "{ $id }" ({ $installed }, yn { $folder }) na hwn ({ $version }). I'w ddisodli gyda'r un hŷn hwn, rheda `{ $command }`.
pack-install-cannot-copy = Methodd Slate â chopïo'r pecyn i { $dir }: { $error }. Ni newidiwyd dim.
pack-install-copy-incomplete = nid oedd y copi'n dal y pecyn cyfan
pack-install-done = Wedi gosod "{ $title }" ({ $id }, fersiwn { $version }) yn { $folder }.
pack-install-replaced-older = Mae'n disodli'r fersiwn hŷn { $installed }.
pack-install-replaced-same = Mae'n disodli'r copi oedd yno, oedd â'r un fersiwn ({ $installed }).
pack-install-replaced-newer = Mae'n disodli'r fersiwn mwy newydd { $installed }, fel y gofynnodd --force.
pack-install-next = Bydd dysgwyr ar y cyfrifiadur hwn yn ei weld y tro nesaf y byddan nhw'n agor Slate. Mae eu cynnydd yn cael ei gadw.
pack-remove-built-in = Mae "{ $id }" yn un o gyrsiau Slate ei hun, felly does dim modd ei dynnu. I ddangos dy becynnau di yn unig i ddysgwyr, rheda `slate pack settings only-packs on`.
pack-remove-not-installed-here = Nid yw "{ $id }" wedi'i osod ar y cyfrifiadur hwn: mae Slate yn ei ddarllen o { $origin }, ffolder a roddwyd gyda --packs. Ni thynnwyd dim.
pack-remove-unknown = Does dim pecyn "{ $id }" wedi'i osod ar y cyfrifiadur hwn (yn { $dir }). Ni thynnwyd dim. Mae `slate pack list` yn dangos y pecynnau a'u id.
pack-remove-cannot = Methodd Slate â thynnu { $folder }: { $error }.
pack-remove-done = Wedi tynnu "{ $title }" ({ $id }, fersiwn { $version }) o { $folder }.
pack-remove-done-broken = Wedi tynnu ffolder y pecyn { $folder }, oedd â phroblemau.
pack-remove-progress-kept = Mae cynnydd dysgwyr arno'n cael ei gadw: gosoda fe eto ac fe fyddan nhw'n parhau o'r man lle'r oedden nhw.
pack-settings-cannot-save = Methodd Slate â chadw { $file }: { $error }. Ni newidiwyd y gosodiadau.
pack-settings-heading = Gosodiadau pecynnau'r cyfrifiadur hwn (wedi'u cadw yn { $file }):
pack-settings-on = ymlaen
pack-settings-off = i ffwrdd
pack-settings-only-packs = ymlaen: mae dysgwyr yn gweld pecynnau athrawon yn unig, nid cyrsiau Slate ei hun
pack-settings-packs-first = ymlaen: mae pecynnau athrawon yn dod cyn cyrsiau Slate ei hun

# issue 14: pack checking

toml-expect-boolean = true neu false
pack-part-translation = cyfieithiad
pack-part-translation-exercise = [exercise.ID] mewn cyfieithiad
pack-part-translation-test = [exercise.ID.test.ID] mewn cyfieithiad
pack-translation-not-a-table = dylai "{ $id }" ddal geiriau wedi'u cyfieithu, fel tabl [exercise.{ $id }]
pack-exercise-no-tests = does dim profion gan yr ymarfer `{ $exercise }`; ychwanega `[[exercise.test]]`
pack-exercise-no-tests-help = mae pob prawf yn gwirio un peth: beth mae'r rhaglen yn ei argraffu (`expect`), beth mae ffwythiant yn ei roi'n ôl (`call` a `returns`), neu sut mae'r cod wedi'i ysgrifennu (`require` neu `forbid`)
pack-problem-warning = rhybudd
pack-tabs = ymarfer `{ $exercise }`: mae `{ $field }` wedi'i fewnoli â thabiau
pack-tabs-help = mae dysgwyr yn gweld pedwar bwlch am bob tab; mewnola â bylchau, er mwyn i ti weld yr hyn maen nhw'n ei weld
pack-lesson-with-toml = mae'r wers "{ $file }" wedi'i rhestru gyda ".toml"
pack-lesson-with-toml-help = gollwng y .toml: ysgrifenna "{ $stem }"
pack-tolerance-field-unused = dim ond gyda match = "numbers" neu mewn prawf ffwythiant mae `{ $field }` yn bwysig
pack-description-unused = dim ond gyda match = "regex" mae `expect_description` yn bwysig
pack-description-unused-help = tynna fe: mae profion eraill yn dangos yr allbwn disgwyliedig ei hun i ddysgwyr
pack-numeric-unused = dim ond mewn prawf ffwythiant (`call` a `returns`) mae `numeric` yn bwysig
pack-numeric-unused-help = tynna fe; i gymharu rhifau mewn allbwn, defnyddia match = "numbers"
pack-match-on-call = mae gan y prawf ffwythiant "{ $name }" `match`, sydd ond i brofion allbwn
pack-match-on-call-help = tynna fe: caiff gwerth ei gymharu yn ôl ei fath a'i werth. I adael i 3 gyfateb i 3.0, ychwanega numeric = true
pack-not-python = y prawf "{ $test }": dydy `{ $field }` ddim yn fynegiad Python: { $error }
pack-not-python-call-help = ysgrifenna'r alwad fel yn Python, er enghraifft call = "add(2, 3)"
pack-not-python-returns-help = ysgrifenna'r gwerth fel yn Python, er enghraifft returns = "5", returns = "'hello'" neu returns = "[1, 2]"
pack-python-unexpected = all "{ $token }" ddim dod yno (nod { $at })
pack-python-ends = mae'n stopio cyn iddo orffen
pack-python-unclosed = dydy'r "{ $bracket }" wrth nod { $at } byth yn cael ei gau
pack-python-string = dydy'r testun mewn dyfynodau sy'n dechrau wrth nod { $at } byth yn cael ei gau
pack-python-new-line = llinell newydd
pack-python-value = gwerth
pack-not-toml-escape-help = mewn "dyfynodau dwbl" mae slaes ôl yn dechrau dihangiad fel \n, a dydy hwn ddim yn un; ar gyfer patrwm fel \d defnyddia ddyfynodau sengl: expect = 'You rolled \d' (neu ysgrifenna \\d)
