# Canlyniadau marcio, fel mae dysgwyr yn eu darllen. Gair yn ogystal â symbol bob tro.

## Geiriau statws, mewn colofn wrth ymyl ✓ a ✗.

status-passed = wedi pasio
status-failed = wedi methu
status-error = gwall
status-time-limit = rhy araf
status-memory-limit = gormod o gof
status-output-limit = gormod o allbwn

## Y crynodeb.

feedback-all-passed = { $total ->
        [one] Pasiodd y prawf. Da iawn!
       *[other] Pasiodd pob un o'r { $total } prawf. Da iawn!
    }
feedback-score = Sgôr: { $score } allan o { $max }.
feedback-hidden-failures = Mae'r profion a fethodd wedi'u cuddio. Rho gynnig ar dy raglen gyda mewnbwn arall, neu gofynna am gliw.

## Un prawf.

feedback-test-title = Prawf { $number }, { $name }
feedback-test-title-hidden = Prawf { $number } (prawf cudd)
feedback-test-sentence = Prawf { $number }, { $name }: { $outcome }
feedback-test-sentence-hidden = Prawf { $number } (prawf cudd): { $outcome }

outcome-passed = wedi pasio.
outcome-failed = wedi methu.
outcome-time-limit = cafodd ei stopio: roedd dy raglen yn dal i redeg ar ôl { $seconds } eiliad. Oes dolen sydd byth yn gorffen?
outcome-memory-limit = cafodd ei stopio: defnyddiodd dy raglen ormod o gof. Oes rhestr neu destun yn tyfu heb ddiwedd?
outcome-output-limit = cafodd ei stopio: argraffodd dy raglen lawer gormod. Oes print y tu mewn i ddolen sydd byth yn gorffen?
outcome-exit-code = wedi methu: gorffennodd dy raglen yn gynnar gyda sys.exit({ $code }).
outcome-error = wedi methu: stopiodd dy raglen gyda gwall.
outcome-python-error-line = wedi methu: stopiodd dy raglen ar linell { $line }. { $what }
outcome-python-error = wedi methu: stopiodd dy raglen. { $what }
outcome-missing-function = wedi methu: does dim ffwythiant o'r enw { $name } yn dy raglen.
outcome-code-problems = wedi methu: { $problems }.
outcome-call-gave = wedi methu: dylai { $call } roi { $expected }, rhoddodd dy ffwythiant { $actual }.
outcome-printed-nothing = wedi methu: argraffodd dy raglen ddim byd. Dylai'r allbwn fod yn { $expected }.
outcome-printed = wedi methu: dylai'r allbwn fod yn { $expected }, ond argraffodd dy raglen { $actual }.

## Gwiriadau cod.

problem-missing = dylai dy raglen ddefnyddio { $what }
problem-forbidden-line = ddylai dy raglen ddim defnyddio { $what } (mae'n gwneud ar linell { $line })
problem-forbidden = ddylai dy raglen ddim defnyddio { $what }
problem-unknown = mae'r prawf hwn yn gofyn am rywbeth na all Slate ei wirio ({ $item })

construct-prefix-call = { $name }()
construct-prefix-method = y dull .{ $name }()
construct-prefix-function = ffwythiant o'r enw { $name }
construct-prefix-import = y modiwl { $name }
construct-prefix-name = yr enw { $name }
construct-for = dolen for
construct-while = dolen while
construct-if = gosodiad if
construct-def = ffwythiant (def)
construct-return = return
construct-lambda = lambda
construct-class = dosbarth (class)
construct-import = import
construct-try = try
construct-with = with
construct-break = break
construct-continue = continue
construct-global = global
construct-f-string = f-string
construct-list-comprehension = list comprehension
construct-comprehension = comprehension
construct-list = rhestr
construct-dict = geiriadur
construct-augmented-assignment = += (neu -=, *=, ...)
construct-assignment = newidyn (=)
construct-boolean-operator = and / or
construct-comparison = cymhariaeth
construct-slice = sleisen fel testun[1:3]

## Manylion prawf a fethodd.

feedback-input-given = Y mewnbwn a roddwyd:
feedback-test-called = Galwodd y prawf: { $call }
feedback-expected-value = Y gwerth disgwyliedig: { $value }
feedback-function-gave = Rhoddodd dy ffwythiant: { $value }
feedback-expected-output = Yr allbwn disgwyliedig:
feedback-actual-output = Argraffodd dy raglen:
feedback-nothing = (dim byd)
feedback-differences = Gwahaniaethau (- disgwyl ond ar goll, + wedi'i argraffu ond heb ei ddisgwyl):
feedback-python-said = Beth ddywedodd Python:

# issue 13: feedback

feedback-quoted = "{ $text }"
outcome-slip = wedi methu. { $slip }
outcome-printed-line = wedi methu: dylai llinell { $line } o'r allbwn fod yn { $expected }, ond argraffodd dy raglen { $actual }.
outcome-printed-line-missing = wedi methu: dylai llinell { $line } o'r allbwn fod yn { $expected }, ond argraffodd dy raglen ddim byd yno.
outcome-printed-line-extra = wedi methu: argraffodd dy raglen linell { $line }, { $actual }, ond ddylai hi ddim bod yno.
outcome-printed-nothing-plain = wedi methu: argraffodd dy raglen ddim byd.
outcome-printed-nothing-lines = wedi methu: argraffodd dy raglen ddim byd. Dylai'r allbwn ddechrau gyda { $expected }.
outcome-printed-contains = wedi methu: dylai'r allbwn gynnwys { $expected }, ond dydy e ddim.
outcome-printed-contains-lines = wedi methu: dylai'r allbwn gynnwys rhai llinellau sydd ddim ynddo.
feedback-expected-contains = Dylai'r allbwn gynnwys:
feedback-mode-exact = Mae'r prawf hwn yn gwirio'r allbwn yn union: pob bwlch a phob llinell newydd.
feedback-mode-ignore-case = Dydy priflythrennau ddim yn bwysig yn y prawf hwn.
feedback-mode-numbers = Yn y prawf hwn, gall rhifau fod hyd at { $tolerance } i ffwrdd o'r rhai disgwyliedig.

slip-on-line = Edrycha ar linell { $line } o'r allbwn. { $slip }
slip-capital-first = Dylai'r llythyren gyntaf fod yn briflythyren "{ $letter }".
slip-small-first = Dylai'r llythyren gyntaf fod yn "{ $letter }" fach, nid priflythyren.
slip-capital-word = Dylai "{ $actual }" fod yn "{ $expected }", gyda phriflythyren "{ $letter }".
slip-small-word = Dylai "{ $actual }" fod yn "{ $expected }", gyda "{ $letter }" fach.
slip-capitals = Dim ond y priflythrennau sy'n wahanol. Dylai fod yn "{ $expected }".
slip-space-missing = Dylai fod bwlch ar ôl { $after }.
slip-space-missing-start = Dylai'r llinell ddechrau gyda bwlch.
slip-space-extra = Ddylai ddim bod bwlch ar ôl { $after }.
slip-space-extra-start = Ddylai ddim bod bwlch ar ddechrau'r llinell.
slip-space-double = Dylai fod dim ond un bwlch ar ôl { $after }.
slip-after-comma = y coma
slip-after-full-stop = yr atalnod llawn
slip-after-colon = y colon
slip-after-text = "{ $text }"
slip-end-missing = Dylai fod "{ $mark }" ar y diwedd.
slip-end-extra = Ddylai ddim bod "{ $mark }" ar y diwedd.
slip-line-missing = Mae llinell { $line } o'r allbwn ar goll. Dylai fod yn "{ $text }".
slip-blank-line-missing = Dylai llinell { $line } o'r allbwn fod yn llinell wag.
slip-line-extra = Ddylai llinell { $line } o'r allbwn, "{ $text }", ddim bod yno.
slip-blank-line-extra = Ddylai llinell { $line } o'r allbwn ddim bod yn wag.
slip-order = Mae'r llinellau i gyd yno, ond ddim yn y drefn gywir. Dylai llinell { $line } o'r allbwn fod yn "{ $text }".
slip-brackets = Argraffodd dy raglen y cromfachau a'r dyfynodau hefyd. Argraffa "{ $expected }" yn unig.
slip-brackets-lines = Argraffodd dy raglen restr, gyda'i chromfachau a'i dyfynodau. Argraffa bob eitem ar ei llinell ei hun.
slip-quotes = Argraffodd dy raglen ddyfynodau o gwmpas y testun. Argraffa "{ $expected }" yn unig.
slip-end-space-extra = Ddylai ddim bod bwlch ar ddiwedd llinell { $line } o'r allbwn.
slip-end-space-missing = Dylai fod bwlch ar ddiwedd llinell { $line } o'r allbwn.
slip-invisible = Mae'r allbwn yn edrych yn iawn, ond mae'r prawf hwn yn gwirio'r llinellau newydd ar y diwedd un hefyd.

problem-missing-call = dydy dy raglen byth yn galw { $name }()
problem-missing-method = dydy dy raglen byth yn defnyddio'r dull .{ $name }()
problem-missing-function = does dim ffwythiant o'r enw { $name } yn dy raglen
problem-missing-import = dydy dy raglen byth yn mewnforio'r modiwl { $name }
problem-missing-name = dydy dy raglen byth yn defnyddio'r enw { $name }

# issue 13: slow programs
status-not-run = heb ei redeg
outcome-not-run = heb ei redeg: roedd prawf cynharach wedi rhedeg allan o amser.
outcome-time-limit-printing = cafodd ei stopio ar ôl { $seconds } eiliad, tra oedd dy raglen yn dal i argraffu ({ $lines } llinell hyd yma). Efallai ei bod hi'n araf, neu'n argraffu gormod.
outcome-output-limit-printing = cafodd ei stopio: argraffodd dy raglen lawer gormod ({ $lines } llinell). Efallai ei bod hi'n argraffu gormod, neu fod print y tu mewn i ddolen sydd byth yn gorffen.
feedback-not-run = Rhedodd prawf allan o amser, felly wnaeth Slate ddim rhedeg y { $count } prawf ar ei ôl.

# issue 14: pack checking

outcome-printed-described = wedi methu: dylai'r allbwn fod yn { $description }.
outcome-printed-unlike = wedi methu: dydy'r allbwn ddim yr hyn mae'r prawf "{ $name }" yn chwilio amdano.
feedback-expected-described = Dylai'r allbwn fod:
feedback-mode-numbers-relative = Yn y prawf hwn, gall rhifau fod hyd at { $tolerance } i ffwrdd o'r rhai disgwyliedig, neu hyd at { $percent }% o rif mawr.
