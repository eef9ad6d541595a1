# Esboniadau cyfeillgar o wallau Python, yn Gymraeg.
# Tair rhan: -what (beth ddigwyddodd), -why (yr achos tebygol), -try (un peth i roi cynnig arno).
# Mae'r cod yn aros yn Python (print, int(), ==).

## Sut mae esboniad wedi'i osod allan.

explain-label-line = Llinell { $line }:
explain-label-why = Pam: { $text }
explain-label-try = Rho gynnig ar hyn: { $text }
explain-label-original = Neges Python: { $text }

## Mathau Python mewn geiriau syml.

explain-type-int = rhif cyfan (int)
explain-type-float = rhif degol (float)
explain-type-str = testun (str)
explain-type-list = rhestr (list)
explain-type-dict = geiriadur (dict)
explain-type-tuple = tupl (tuple)
explain-type-set = set (set)
explain-type-bool = True neu False (bool)
explain-type-NoneType = None (dim gwerth)
explain-type-function = ffwythiant
explain-type-builtin_function_or_method = ffwythiant sy'n rhan o Python
explain-type-method = dull (method)
explain-type-module = modiwl
explain-type-range = range
explain-type-other = gwerth o'r math { $name }

## Enwau.

explain-name-typo-what = Dydy Python ddim yn adnabod yr enw { $name }.
explain-name-typo-why = Mae'n edrych fel camgymeriad teipio: oeddet ti'n golygu { $suggestion }?
explain-name-typo-try = Newidia { $name } i { $suggestion }. Mae priflythrennau'n bwysig hefyd.

explain-name-quotes-what = Dydy Python ddim yn adnabod yr enw { $name }.
explain-name-quotes-why = Oeddet ti'n golygu'r testun "{ $name }"? Heb ddyfynodau, mae Python yn chwilio am newidyn o'r enw { $name }, a does dim un.
explain-name-quotes-try = Os oeddet ti'n golygu'r gair, rho fe rhwng dyfynodau: "{ $name }". Os oeddet ti'n golygu newidyn, rho werth iddo gyda = ar linell uwchben yr un hon.

explain-name-unknown-what = Dydy Python ddim yn adnabod yr enw { $name }.
explain-name-unknown-why = Rhaid i enw gael gwerth (gyda =, def neu import) cyn iddo gael ei ddefnyddio, a chael ei sillafu yr un fath bob tro.
explain-name-unknown-try = Gwiria sillafiad { $name }, a bod llinell uwchben yr un hon yn rhoi gwerth iddo.

explain-unbound-local-what = Mae ffwythiant yn defnyddio'r newidyn { $name } cyn iddo gael gwerth y tu mewn i'r ffwythiant.
explain-unbound-local-why = Mae'r ffwythiant yn rhoi gwerth newydd i { $name } gyda =, felly mae Python yn trin { $name } fel newidyn y ffwythiant ei hun, ar wahân i'r un y tu allan iddo.
explain-unbound-local-try = Rho { $name } i'r ffwythiant fel paramedr a defnyddia return i roi'r gwerth newydd yn ôl. Neu ysgrifenna global { $name } fel y llinell gyntaf y tu mewn i'r ffwythiant.

## Cystrawen: doedd Python ddim yn gallu darllen y rhaglen, felly wnaeth dim byd redeg.

explain-missing-colon-what = Mae colon (:) ar goll ar ddiwedd llinell.
explain-missing-colon-why = Rhaid i linellau sy'n dechrau gydag if, elif, else, for, while, def neu class orffen gyda cholon.
explain-missing-colon-try = Ychwanega : ar ddiwedd llinell { $line }.

explain-unclosed-quote-what = Mae gan ddarn o destun ddyfynnod agor ond dim dyfynnod cau.
explain-unclosed-quote-why = Rhaid i destun ddechrau a gorffen gyda'r un math o ddyfynnod (" neu ') ar yr un llinell.
explain-unclosed-quote-try = Ychwanega'r dyfynnod sydd ar goll ar ddiwedd y testun.

explain-unclosed-triple-quote-what = Mae darn o destun yn dechrau gyda thri dyfynnod ond byth yn gorffen.
explain-unclosed-triple-quote-why = Mae testun sy'n dechrau gyda """ neu ''' yn mynd ymlaen nes bod yr un tri dyfynnod yn ymddangos eto.
explain-unclosed-triple-quote-try = Ychwanega'r tri dyfynnod cau lle dylai'r testun orffen.

explain-unclosed-bracket-what = Mae cromfach { $bracket } yn cael ei hagor ond byth yn cael ei chau.
explain-unclosed-bracket-why = Mae angen cromfach gau i gyd-fynd â phob cromfach agor.
explain-unclosed-bracket-try = Ychwanega { $closing } lle dylai'r gromfach orffen. Cyfrifa'r cromfachau ar linell { $line }.

explain-unmatched-bracket-what = Mae cromfach gau { $bracket } heb gromfach agor o'i blaen.
explain-unmatched-bracket-why = Mae cromfachau'n dod mewn parau. Efallai fod hon yn un gormod, neu fod ei chromfach agor ar goll.
explain-unmatched-bracket-try = Cyfrifa'r cromfachau agor a chau ar y llinell, a thynna'r un sydd dros ben.

explain-mismatched-bracket-what = Mae'r gromfach { $bracket } yn cau math gwahanol o gromfach: { $opening }.
explain-mismatched-bracket-why = Rhaid cau cromfach gyda'r un math: ( gyda ), [ gyda ], a {"{"} gyda {"}"}.
explain-mismatched-bracket-try = Gwiria pa gromfach ddylai gau yma, a newidia hi.

explain-equals-in-condition-what = Mae'r llinell hon yn defnyddio = lle roedd == yn debygol o fod yn fwriad.
explain-equals-in-condition-why = Mae un = yn cadw gwerth mewn newidyn. I gymharu dau werth, mae Python yn defnyddio == (dau arwydd hafal).
explain-equals-in-condition-try = Newidia = i == ar linell { $line }.

explain-python2-print-what = Mae angen cromfachau crwn ar print o gwmpas yr hyn mae'n ei ddangos.
explain-python2-print-why = Dyma sut roedd print yn cael ei ysgrifennu yn Python 2, hen fersiwn. Yn Python 3, ffwythiant yw print, felly mae angen cromfachau arno.
explain-python2-print-try = Rho gromfachau o gwmpas yr hyn rwyt ti eisiau ei argraffu, fel hyn: print("Helô").

explain-else-without-if-what = Daeth Python o hyd i else neu elif sydd ddim yn perthyn i if.
explain-else-without-if-why = Rhaid i else ac elif ddod yn syth ar ôl llinellau if, a dechrau yn union yn yr un lle â'r if.
explain-else-without-if-try = Gwiria fod yr else neu'r elif yn dechrau yn yr un lle â'i if, a bod yr if uwch ei ben yn gorffen gyda cholon.

explain-indent-expected-what = Dylai llinell { $line } gael ei mewnoli (ei symud i'r dde).
explain-indent-expected-why = Ar ôl llinell sy'n gorffen gyda cholon, rhaid i'r llinellau sy'n perthyn iddi ddechrau gyda rhai bylchau.
explain-indent-expected-try = Rho 4 bwlch ar ddechrau llinell { $line }.

explain-indent-unexpected-what = Mae llinell { $line } yn dechrau gyda bylchau na ddylai fod ganddi.
explain-indent-unexpected-why = Dim ond llinellau sy'n perthyn i if, dolen neu ffwythiant sy'n cael eu mewnoli.
explain-indent-unexpected-try = Tynna'r bylchau ar ddechrau llinell { $line }, neu gwiria a oes angen colon ar y llinell uwch ei phen.

explain-indent-mismatch-what = Mae llinell { $line } wedi'i mewnoli gan swm gwahanol i'r llinellau o'i chwmpas.
explain-indent-mismatch-why = Rhaid i linellau sy'n perthyn gyda'i gilydd ddechrau yn union yn yr un lle.
explain-indent-mismatch-try = Gosod ddechrau llinell { $line } yn unol â'r llinellau mae'n perthyn iddyn nhw. Defnyddia 4 bwlch ar gyfer pob cam.

explain-tabs-and-spaces-what = Mae llinell { $line } yn cymysgu tabiau a bylchau ar ei dechrau.
explain-tabs-and-spaces-why = Gall tabiau a bylchau edrych yr un fath, ond mae Python yn eu cyfrif yn wahanol.
explain-tabs-and-spaces-try = Dilea'r gofod ar ddechrau'r llinell, yna defnyddia 4 bwlch (nid y fysell Tab) ar gyfer pob cam.

explain-indent-other-what = Dydy'r bylchau ar ddechrau llinell { $line } ddim yn ffitio gyda'r llinellau o'i chwmpas.
explain-indent-other-why = Mae Python yn defnyddio'r bylchau ar ddechrau llinell i weld pa linellau sy'n perthyn gyda'i gilydd.
explain-indent-other-try = Gosod llinell { $line } yn unol â'r llinellau mae'n perthyn iddyn nhw. Defnyddia 4 bwlch ar gyfer pob cam.

explain-syntax-other-what = Doedd Python ddim yn gallu deall llinell { $line }.
explain-syntax-other-why = Dydy rhywbeth ger y man a ddangosir uchod ddim wedi'i ysgrifennu fel mae Python yn ei ddisgwyl. Yn aml, mae cromfach, dyfynnod, atalnod neu golon ar goll, weithiau ar y llinell cyn hynny.
explain-syntax-other-try = Edrycha'n ofalus ar y man a ddangosir uchod, ac ar ddiwedd y llinell uwch ei ben.

## Mathau: gwerth o'r math anghywir.

explain-join-text-and-other-what = Dydy Python ddim yn gallu uno testun â'r math hwn o werth gyda +: { $other_type_words }.
explain-join-text-and-other-why = Mae + yn gallu uno testun â thestun, ond nid testun yw rhif, hyd yn oed os yw'n edrych fel testun pan gaiff ei argraffu.
explain-join-text-and-other-try = Tro'r rhif yn destun gyda str(), fel "Oed: " + str(oed). Neu defnyddia f-string: f"Oed: {"{"}oed{"}"}".

explain-add-number-and-text-what = Dydy Python ddim yn gallu adio testun at y math hwn o werth gyda +: { $left_type_words }.
explain-add-number-and-text-why = Mae testun sy'n edrych fel rhif, fel "12" neu'r ateb o input(), yn dal i fod yn destun.
explain-add-number-and-text-try = Tro'r testun yn rhif yn gyntaf, gydag int() ar gyfer rhifau cyfan neu float() ar gyfer rhifau degol: int(ateb).

explain-operator-types-what = Dydy Python ddim yn gallu defnyddio { $operator } gyda'r ddau fath hyn o werth: { $left_type_words } a { $right_type_words }.
explain-operator-types-why = Mae pob gweithredydd yn gweithio gyda rhai mathau o werth yn unig. Efallai nad yw gwerth yr hyn rwyt ti'n ei ddisgwyl, er enghraifft testun o input() yn lle rhif.
explain-operator-types-try = Argraffa'r gwerthoedd yn union cyn llinell { $line } i weld beth sydd ynddyn nhw, yna tro nhw i'r math cywir gydag int(), float() neu str().

explain-multiply-text-what = Dydy Python ddim yn gallu lluosi testun â'r math hwn o werth: { $other_type_words }.
explain-multiply-text-why = Dim ond nifer cyfan o weithiau y gellir ailadrodd testun, fel "ha" * 3. Mae testun o input() yn dal i fod yn destun, hyd yn oed pan mae'n edrych fel rhif.
explain-multiply-text-try = Tro'r testun yn rhif yn gyntaf, gydag int() neu float().

explain-too-many-arguments-what = Cafodd y ffwythiant { $function } { $given } gwerth, ond mae'n cymryd { $expected }.
explain-too-many-arguments-why = Mae ffwythiant yn cymryd cymaint o werthoedd ag sydd o enwau yng nghromfachau ei linell def.
explain-too-many-arguments-try = Gwiria'r cromfachau lle mae { $function } yn cael ei ddefnyddio: { $expected ->
        [0] gad nhw'n wag.
        [one] rho un gwerth yn unig iddo.
       *[other] rho { $expected } gwerth iddo, gydag atalnodau rhyngddyn nhw.
    }

explain-missing-arguments-what = Mae angen { $count } gwerth arall ar y ffwythiant { $function }: { $names }.
explain-missing-arguments-why = Mae angen gwerth ar bob enw yng nghromfachau'r llinell def pan fydd y ffwythiant yn cael ei ddefnyddio.
explain-missing-arguments-try = { $count ->
        [one] Rho'r gwerth sydd ar goll yn y cromfachau lle mae { $function } yn cael ei ddefnyddio.
       *[other] Rho'r gwerthoedd sydd ar goll yn y cromfachau lle mae { $function } yn cael ei ddefnyddio, gydag atalnodau rhyngddyn nhw.
    }

explain-wrong-number-of-arguments-what = Cafodd { $function }() { $given } gwerth, ond mae angen { $expected } arno.
explain-wrong-number-of-arguments-why = Mae angen nifer penodol o werthoedd yn ei gromfachau ar bob ffwythiant.
explain-wrong-number-of-arguments-try = Gwiria beth sy'n mynd yng nghromfachau { $function }(), a faint o werthoedd sydd eu hangen.

explain-call-a-value-what = Ceisiodd Python ddefnyddio gwerth fel ffwythiant: mae cromfachau yn syth ar ôl y gwerth hwn: { $value_type_words }.
explain-call-a-value-why = Mae cromfachau ar ôl rhywbeth yn golygu "rheda'r ffwythiant hwn". Efallai fod atalnod neu weithredydd fel * ar goll.
explain-call-a-value-try = I luosi, ysgrifenna *, fel 5 * 3. I restru gwerthoedd, rho atalnodau rhyngddyn nhw.

explain-builtin-replaced-what = Dydy { $callee } ddim yn ffwythiant bellach: mae'n dal y gwerth hwn: { $value_type_words }.
explain-builtin-replaced-why = Mae llinell uwchben yr un hon yn rhoi gwerth i { $callee } gyda =, ac mae hynny'n disodli { $callee } Python ei hun.
explain-builtin-replaced-try = Chwilia am y llinell sy'n dweud { $callee } = a dewisa enw gwahanol ar gyfer y newidyn hwnnw.

explain-not-a-function-what = Dydy { $callee } ddim yn ffwythiant: mae'n dal y gwerth hwn: { $value_type_words }.
explain-not-a-function-why = Mae cromfachau ar ôl enw yn golygu "rheda'r ffwythiant hwn", ond gwerth sydd yn { $callee }, nid ffwythiant.
explain-not-a-function-try = Tynna'r cromfachau ar ôl { $callee }, neu gwiria mai'r enw yw'r ffwythiant roeddet ti'n ei olygu.

explain-not-a-function-unnamed-what = Ceisiodd Python ddefnyddio'r gwerth hwn fel ffwythiant: { $value_type_words }.
explain-not-a-function-unnamed-why = Mae cromfachau ar ôl rhywbeth yn golygu "rheda'r ffwythiant hwn", ond gwerth yw hwn, nid ffwythiant.
explain-not-a-function-unnamed-try = Gwiria'r cromfachau ar linell { $line }. Efallai fod atalnod neu weithredydd fel * ar goll.

explain-no-length-what = Dydy len() ddim yn gallu mesur y math hwn o werth: { $value_type_words }.
explain-no-length-why = Mae len() yn cyfrif yr eitemau mewn testun, rhestr neu eiriadur. Does dim hyd gan rif.
explain-no-length-try = I gyfrif digidau rhif, tro fe'n destun yn gyntaf: len(str(rhif)).

explain-not-subscriptable-what = Does dim modd defnyddio cromfachau sgwâr gyda'r math hwn o werth: { $value_type_words }.
explain-not-subscriptable-why = Mae cromfachau sgwâr yn dewis un eitem o destun, rhestr neu eiriadur. Does dim eitemau yn y gwerth hwn.
explain-not-subscriptable-try = Gwiria'r newidyn cyn y cromfachau sgwâr: ydy e'n dal yr hyn rwyt ti'n ei ddisgwyl? I redeg ffwythiant, defnyddia gromfachau crwn.

explain-not-iterable-what = Dydy dolen ddim yn gallu mynd drwy'r math hwn o werth: { $value_type_words }.
explain-not-iterable-why = Mae dolen for yn mynd drwy eitemau testun, rhestr, neu range(). Does dim eitemau mewn un rhif.
explain-not-iterable-try = I ailadrodd rhywbeth nifer o weithiau, defnyddia range(): for i in range(rhif):

explain-needs-whole-number-what = Roedd angen rhif cyfan ar Python yma, ond cafodd hwn: { $value_type_words }.
explain-needs-whole-number-why = Mae angen rhif cyfan ar bethau fel range() ac ailadrodd testun. Mae testun o input() yn dal i fod yn destun, a dydy 2.5 ddim yn gyfan.
explain-needs-whole-number-try = Tro'r gwerth yn rhif cyfan gydag int() yn gyntaf.

explain-compare-types-what = Dydy Python ddim yn gallu cymharu'r ddau werth hyn gyda { $operator }: { $left_type_words } a { $right_type_words }.
explain-compare-types-why = Dim ond pan fydd y ddau werth o'r un math, er enghraifft dau rif, mae Python yn gallu dweud pa un sydd fwyaf. Mae testun o input() yn dal i fod yn destun.
explain-compare-types-try = Tro'r testun yn rhif gydag int() neu float() cyn cymharu.

## Gwerthoedd.

explain-int-from-text-what = Doedd int() ddim yn gallu troi'r testun { $value } yn rhif cyfan.
explain-int-from-text-why = Dim ond rhifau cyfan wedi'u hysgrifennu gyda digidau mae int() yn eu deall, fel "12". Mae geiriau, bylchau, pwyntiau degol ac atalnodau yn ei atal.
explain-int-from-text-try = Gwiria beth roddodd dy raglen i int(). Ar gyfer rhif gyda phwynt degol, defnyddia float() yn lle hynny.

explain-float-from-text-what = Doedd float() ddim yn gallu troi'r testun { $value } yn rhif.
explain-float-from-text-why = Mae float() yn deall rhifau wedi'u hysgrifennu gyda digidau a dot ar gyfer y pwynt degol, fel "3.5". Mae geiriau, ac atalnodau fel pwynt degol, yn ei atal.
explain-float-from-text-try = Gwiria beth roddodd dy raglen i float(). Ysgrifenna rifau degol gyda dot: 3.5, nid 3,5.

explain-unpack-count-what = Dydy nifer yr enwau ar ochr chwith = ddim yr un fath â nifer y gwerthoedd ar y dde.
explain-unpack-count-why = Pan fydd = yn rhoi gwerthoedd i sawl enw ar unwaith, rhaid cael yn union un gwerth ar gyfer pob enw.
explain-unpack-count-try = Cyfrifa'r enwau a'r gwerthoedd ar linell { $line }, a gwna nhw yr un fath.

explain-index-empty-list-what = Gofynnodd dy raglen am eitem gyntaf rhestr, ond mae'r rhestr yn wag.
explain-index-empty-list-why = Does dim eitemau o gwbl mewn rhestr wag, [], dim hyd yn oed un yn safle 0.
explain-index-empty-list-try = Gwiria fod rhywbeth yn cael ei ychwanegu at y rhestr cyn y llinell hon, neu gwiria yn gyntaf gyda: if len(eitemau) > 0:

explain-index-list-what = Gofynnodd dy raglen am eitem mewn safle sydd ddim yn y rhestr.
explain-index-list-why = Mae safleoedd mewn rhestr yn dechrau ar 0, felly mae gan restr o 3 eitem y safleoedd 0, 1 a 2. Mae safle 3 un yn rhy bell.
explain-index-list-try = Gwiria'r rhif yn y cromfachau sgwâr. Mae'r eitem olaf yn safle len(eitemau) - 1, neu'n syml [-1].

explain-index-string-what = Gofynnodd dy raglen am lythyren mewn safle sydd ddim yn y testun.
explain-index-string-why = Mae safleoedd mewn testun yn dechrau ar 0, felly mae gan "cath" y safleoedd 0, 1, 2 a 3. Mae safle 4 un yn rhy bell.
explain-index-string-try = Gwiria'r rhif yn y cromfachau sgwâr. Mae'r llythyren olaf yn safle len(testun) - 1, neu'n syml [-1].

explain-pop-empty-what = Ceisiodd dy raglen dynnu eitem allan o restr wag.
explain-pop-empty-why = Mae .pop() yn tynnu'r eitem olaf allan o restr, ond does dim eitemau ar ôl yn y rhestr hon.
explain-pop-empty-try = Gwiria nad yw'r rhestr yn wag yn gyntaf, gyda: if len(eitemau) > 0:

explain-index-other-what = Gofynnodd dy raglen am eitem mewn safle sydd ddim yn bodoli.
explain-index-other-why = Mae safleoedd yn dechrau ar 0, felly mae'r safle olaf un yn llai na nifer yr eitemau.
explain-index-other-try = Gwiria'r rhif yn y cromfachau sgwâr ar linell { $line }.

explain-key-missing-what = Does dim allwedd { $key } yn y geiriadur.
explain-key-missing-why = Dim ond yr allweddi a gafodd eu rhoi ynddo sydd gan eiriadur. Rhaid i allweddi gyfateb yn union, gyda'r un priflythrennau a bylchau.
explain-key-missing-try = Gwiria sillafiad { $key }. I gael None yn lle gwall pan fydd allwedd ar goll, defnyddia .get({ $key }).

explain-divide-by-zero-what = Ceisiodd dy raglen rannu â sero.
explain-divide-by-zero-why = Does dim modd rhannu dim byd â sero, felly mae Python yn stopio. Roedd y rhif ar ôl /, // neu % ar linell { $line } yn 0.
explain-divide-by-zero-try = Gwiria sut mae'r rhif hwnnw'n cael ei werth. Os gall fod yn 0, defnyddia if i wirio cyn rhannu.

## Priodoleddau: y rhan ar ôl dot.

explain-list-method-on-text-what = Does dim .{ $attribute }() gan destun: dim ond gan restrau.
explain-list-method-on-text-why = Mae'r newidyn cyn y dot yn dal testun (str), nid rhestr.
explain-list-method-on-text-try = I ychwanegu at ddiwedd testun, defnyddia +, fel gair = gair + "!". Os oeddet ti eisiau rhestr, gwna un gyda chromfachau sgwâr: geiriau = ["helo"].

explain-attribute-typo-what = Mae'r gwerth hwn yn { $value_type_words }, a does dim byd o'r enw .{ $attribute } ganddo.
explain-attribute-typo-why = Mae'n edrych fel camgymeriad teipio: oeddet ti'n golygu .{ $suggestion }?
explain-attribute-typo-try = Newidia .{ $attribute } i .{ $suggestion }.

explain-module-attribute-typo-what = Does dim byd o'r enw { $attribute } yn y modiwl { $module }.
explain-module-attribute-typo-why = Mae'n edrych fel camgymeriad teipio: oeddet ti'n golygu { $module }.{ $suggestion }?
explain-module-attribute-typo-try = Newidia { $attribute } i { $suggestion }.

explain-attribute-of-none-what = Defnyddiodd dy raglen .{ $attribute } ar None, sy'n golygu "dim gwerth".
explain-attribute-of-none-why = Mae newidyn yn dal None, yn aml am ei fod wedi cael ei werth o rywbeth sydd ddim yn rhoi dim byd yn ôl, fel print() neu list.sort().
explain-attribute-of-none-try = Gwiria ble mae'r newidyn cyn y dot yn cael ei werth. Er enghraifft, ysgrifenna eitemau.sort() ar ei linell ei hun, nid eitemau = eitemau.sort().

explain-module-attribute-what = Does dim byd o'r enw { $attribute } yn y modiwl { $module }.
explain-module-attribute-why = Mae gan bob modiwl ei set ei hun o enwau, a dydy hwn ddim yn un ohonyn nhw.
explain-module-attribute-try = Gwiria sillafiad { $attribute }, a'i fod yn perthyn i { $module }.

explain-attribute-missing-what = Mae'r gwerth hwn yn { $value_type_words }, a does dim byd o'r enw .{ $attribute } ganddo.
explain-attribute-missing-why = Mae gan bob math o werth ei ddulliau ei hun, a dydy .{ $attribute } ddim yn un ohonyn nhw i'r math hwn.
explain-attribute-missing-try = Gwiria'r sillafiad, a beth mae'r newidyn cyn y dot yn ei ddal ar y pwynt hwn.

## Rhedeg.

explain-recursion-what = Roedd ffwythiant yn dal ati i alw ei hun a byth yn stopio.
explain-recursion-why = Mae angen pwynt lle mae'n stopio ar ffwythiant sy'n galw ei hun, fel if n == 0: return. Stopiodd Python e ar ôl tua 1000 o alwadau.
explain-recursion-try = Gwiria'r if a ddylai ei stopio, a bod pob galwad yn dod yn nes at stopio.

explain-input-test-ran-out-what = Gofynnodd dy raglen am fwy o fewnbwn nag mae'r prawf hwn yn ei roi.
explain-input-test-ran-out-why = Mae pob input() yn darllen un llinell. Mae'r prawf hwn yn rhoi llai o linellau nag mae dy raglen yn gofyn amdanyn nhw.
explain-input-test-ran-out-try = Darllena'r dasg eto i weld faint o atebion mae'n eu rhoi, a chyfrifa'r galwadau input(). Oes input() y tu mewn i ddolen?

explain-input-ended-what = Gofynnodd dy raglen am fewnbwn, ond doedd dim mwy i'w ddarllen.
explain-input-ended-why = Mae input() yn darllen un llinell. Daeth y mewnbwn i ben cyn i'r rhaglen orffen gofyn, er enghraifft am fod ffeil o atebion wedi dod i ben.
explain-input-ended-try = Rheda'r rhaglen eto, teipia ateb a phwysa Enter.

explain-no-module-what = Does dim modiwl o'r enw { $module } ym Mhython Slate.
explain-no-module-why = Efallai fod yr enw wedi'i gamsillafu, neu dydy'r modiwl ddim yn rhan o Python Slate, sy'n methu gosod modiwlau ychwanegol.
explain-no-module-try = Gwiria sillafiad { $module }. Mae modiwlau fel math, random a time yno.

explain-internal-what = Stopiodd Python yn annisgwyl. Problem yn Slate yw hon, nid yn dy raglen.
explain-internal-why = Aeth rhywbeth o'i le y tu mewn i Python Slate.
explain-internal-try = Rheda'r rhaglen eto. Os yw'n dal i ddigwydd, dyweda wrth dy athro.

explain-unknown-what = Stopiodd dy raglen gyda gwall: { $type }.
explain-unknown-why = Does gan Slate ddim esboniad syml i'r gwall hwn eto. Mae neges Python ei hun isod.
explain-unknown-try = Darllena neges Python, edrycha ar linell { $line }, a gofynna am gliw os wyt ti'n sownd.

## Terfynau: stopiodd Slate y rhaglen.

explain-limit-time-what = Cafodd dy raglen ei stopio: roedd hi'n dal i redeg ar ôl { $seconds } eiliad.
explain-limit-time-why = Oes dolen sydd byth yn gorffen? Mae dolen while yn mynd ymlaen nes bod ei hamod yn troi'n False.
explain-limit-time-try = Gwiria fod rhywbeth y tu mewn i'r ddolen yn newid, fel bod y ddolen yn gallu stopio.

explain-limit-memory-what = Cafodd dy raglen ei stopio: defnyddiodd hi fwy na { $megabytes } MB o gof.
explain-limit-memory-why = Oes rhestr neu destun sy'n tyfu heb ddiwedd, er enghraifft y tu mewn i ddolen sydd byth yn stopio?
explain-limit-memory-try = Gwiria'r dolenni sy'n ychwanegu at restr neu at destun, a bod pob un yn gallu stopio.

explain-limit-output-what = Cafodd dy raglen ei stopio: argraffodd hi fwy na { $kilobytes } KB.
explain-limit-output-why = Oes print y tu mewn i ddolen sydd byth yn gorffen?
explain-limit-output-try = Gwiria fod y ddolen o gwmpas y print yn gallu stopio.

# issue 13: feedback

explain-label-spot = Llinell { $line }, colofn { $column }, ger "{ $near }":
explain-label-column = Llinell { $line }, colofn { $column }:
explain-label-spot-end = Llinell { $line }, ar ddiwedd y llinell:
explain-line-unknown = (ddywedodd Python ddim pa un)

# issue 13: slow programs
explain-limit-time-printing-what = Cafodd dy raglen ei stopio ar ôl { $seconds } eiliad, tra oedd hi'n dal i argraffu.
explain-limit-time-printing-why = Roedd hi wedi argraffu { $lines } llinell erbyn hynny. Efallai nad yw hi'n sownd: efallai ei bod hi'n araf, neu'n argraffu mwy nag sydd angen. Mae argraffu llawer o linellau yn cymryd amser.
explain-limit-time-printing-try = Edrycha sawl gwaith mae dy ddolen yn rhedeg a beth mae'n ei argraffu. Argraffa dim ond beth mae'r dasg yn gofyn amdano.
explain-limit-output-printing-what = Cafodd dy raglen ei stopio: argraffodd hi fwy na { $kilobytes } KB.
explain-limit-output-printing-why = Argraffodd hi { $lines } llinell cyn cael ei stopio. Efallai ei bod hi'n argraffu gormod, neu fod print y tu mewn i ddolen sydd byth yn gorffen.
explain-limit-output-printing-try = Edrycha sawl gwaith mae'r ddolen o gwmpas y print yn rhedeg, a'i bod hi'n gallu stopio.

# issue 16: explanations that are right
explain-keyword-as-name-what = Mae "{ $word }" yn un o eiriau Python ei hun, felly all e ddim bod yn enw newidyn.
explain-keyword-as-name-why = Mae Python yn cadw rhai geiriau iddo'i hun, fel class, def, for ac if: maen nhw bob amser yn golygu'r un peth, felly allan nhw ddim dal dy werthoedd di.
explain-keyword-as-name-try = Dewisa enw arall ar linell { $line }, er enghraifft { $word }_name neu my_{ $word }, a'i ddefnyddio ym mhobman.
explain-else-if-what = Dydy Python ddim yn deall "else if" ar linell { $line }.
explain-else-if-why = Yn Python, mae "else if" yn cael ei ysgrifennu fel un gair: elif.
explain-else-if-try = Ysgrifenna elif yn lle else if, er enghraifft: elif x > 2:
explain-return-outside-what = Dim ond y tu mewn i ffwythiant mae modd defnyddio return.
explain-return-outside-why = Mae return yn rhoi canlyniad ffwythiant yn ôl, felly rhaid iddo fod y tu mewn i def. Dydy llinell { $line } ddim y tu mewn i un: edrycha ar ei mewnoliad.
explain-return-outside-try = Symuda'r llinell i mewn o dan ei def, neu defnyddia print i ddangos y gwerth yn lle.
explain-sign-order-what = Mae Python yn ysgrifennu'r arwydd hwn fel { $right }, nid { $wrong }.
explain-sign-order-why = Yn Python mae'r < neu'r > yn dod gyntaf, wedyn yr =.
explain-sign-order-try = Newidia { $wrong } i { $right } ar linell { $line }.
explain-words-without-quotes-what = Mae Python yn darllen y geiriau ar linell { $line } fel enwau, nid fel testun.
explain-words-without-quotes-why = Rhaid i eiriau i'w dangos ar y sgrin fod mewn dyfynodau, neu mae Python yn chwilio am newidynnau gyda'r enwau hynny.
explain-words-without-quotes-try = Rho ddyfynodau o gwmpas y geiriau, fel hyn: print("Hello world")
explain-none-value-what = Mae un o'r gwerthoedd ar linell { $line } yn None: dim gwerth o gwbl.
explain-none-value-why = Mae ffwythiant heb linell return yn rhoi None yn ôl. Efallai bod ffwythiant wnest ti ei ysgrifennu yn cyfrifo'r ateb ond ddim yn ei roi'n ôl.
explain-none-value-try = Ychwanega return a'r ateb ar ddiwedd y ffwythiant hwnnw, er enghraifft: return total
explain-str-unchangeable-what = Does dim modd newid testun un llythyren ar y tro.
explain-str-unchangeable-why = Yn Python mae llinyn bob amser yn aros fel y cafodd ei wneud, felly dydy word[0] = "b" ddim yn cael ei ganiatáu.
explain-str-unchangeable-try = Gwna linyn newydd yn lle, er enghraifft: word = "b" + word[1:]
explain-not-in-list-what = Dydy'r rhestr ddim yn dal { $value }.
explain-not-in-list-why = Dim ond gydag eitem sydd yn y rhestr mae remove() ac index() yn gweithio. Rhaid i briflythrennau a bylchau gyd-fynd hefyd.
explain-not-in-list-try = Argraffa'r rhestr i weld beth sydd ynddi, neu gwiria yn gyntaf gyda: if { $value } in my_list:
explain-no-files-what = Ceisiodd dy raglen agor y ffeil "{ $file }".
explain-no-files-why = Mae rhaglenni yma'n rhedeg mewn blwch diogel heb ffeiliau, felly allan nhw ddim darllen nac ysgrifennu ffeiliau ar y cyfrifiadur hwn.
explain-no-files-try = Rho'r data yn dy raglen yn lle, er enghraifft mewn rhestr neu linyn.
explain-missing-in-sandbox-what = Mae { $module }.{ $name } yn rhan o Python, ond nid o'r Python sydd y tu mewn i Slate.
explain-missing-in-sandbox-why = Mae dy sillafu'n gywir. Mae Python Slate yn rhedeg mewn blwch diogel, felly mae'n gadael allan y rhannau sy'n gweithio gyda'r cyfrifiadur ei hun, fel rhedeg rhaglenni eraill, clirio'r sgrin neu osod y cloc.
explain-missing-in-sandbox-try = Gad y llinell hon allan: mae Slate yn dangos beth mae dy raglen yn ei argraffu ar ei ben ei hun. Gofynna i dy athro os oes angen hyn ar yr ymarfer.

# issue 16: an IndexError with the real length of the list or text and the position asked for
explain-index-list-known-what = { $length ->
    [0] Gofynnodd dy raglen am yr eitem yn safle { $index }, ond mae'r rhestr yn wag.
    [one] Gofynnodd dy raglen am yr eitem yn safle { $index }, ond dim ond 1 eitem sydd yn y rhestr.
   *[other] Gofynnodd dy raglen am yr eitem yn safle { $index }, ond dim ond { $length } eitem sydd yn y rhestr.
}
explain-index-list-known-why = { $counted_from ->
    [end] { $length ->
        [0] Does dim eitemau mewn rhestr wag, felly does dim i'w gyfrif yn ôl ato.
       *[other] Mae safleoedd negatif yn cyfrif yn ôl o'r diwedd: -1 yw'r eitem olaf a -{ $length } yw'r gyntaf. Mae safle { $index } yn rhy bell yn ôl.
    }
   *[start] { $length ->
        [0] Does dim safleoedd o gwbl mewn rhestr wag, felly mae hyd yn oed safle 0 yn rhy bell.
        [one] Mae safleoedd mewn rhestr yn dechrau ar 0, felly dim ond safle 0 sydd gan restr o 1 eitem.
       *[other] Mae safleoedd mewn rhestr yn dechrau ar 0, felly mae gan restr o { $length } eitem y safleoedd 0 i { $last }.
    }
}
explain-index-list-known-try = Gwiria'r rhif yn y cromfachau sgwâr, neu fod yr eitemau rwyt ti'n eu disgwyl yn y rhestr. Mae'r eitem olaf yn safle len(eitemau) - 1, neu'n syml [-1].
explain-index-string-known-what = { $length ->
    [0] Gofynnodd dy raglen am y llythyren yn safle { $index }, ond mae'r testun yn wag.
    [one] Gofynnodd dy raglen am y llythyren yn safle { $index }, ond dim ond 1 llythyren sydd yn y testun.
   *[other] Gofynnodd dy raglen am y llythyren yn safle { $index }, ond dim ond { $length } llythyren sydd yn y testun.
}
explain-index-string-known-why = { $counted_from ->
    [end] { $length ->
        [0] Does dim llythrennau mewn testun gwag, felly does dim i'w gyfrif yn ôl ato.
       *[other] Mae safleoedd negatif yn cyfrif yn ôl o'r diwedd: -1 yw'r llythyren olaf a -{ $length } yw'r gyntaf. Mae safle { $index } yn rhy bell yn ôl.
    }
   *[start] { $length ->
        [0] Does dim safleoedd o gwbl mewn testun gwag, felly mae hyd yn oed safle 0 yn rhy bell.
        [one] Mae safleoedd mewn testun yn dechrau ar 0, felly dim ond safle 0 sydd gan destun o 1 llythyren.
       *[other] Mae safleoedd mewn testun yn dechrau ar 0, felly mae gan destun o { $length } llythyren y safleoedd 0 i { $last }.
    }
}
explain-index-string-known-try = Gwiria'r rhif yn y cromfachau sgwâr. Mae'r llythyren olaf yn safle len(testun) - 1, neu'n syml [-1].

# issue 16: a program that starts a thread (Slate's Python has none)
explain-no-threads-what = Ceisiodd dy raglen ddechrau edefyn: ail ran o'r rhaglen yn rhedeg ar yr un pryd.
explain-no-threads-why = Mae rhaglenni yn Slate yn rhedeg un cam ar y tro, felly dydyn nhw ddim yn gallu dechrau edafedd.
explain-no-threads-try = Galwa'r ffwythiant dy hun yn lle hynny, er enghraifft greet() yn lle dechrau edefyn sy'n rhedeg greet.
