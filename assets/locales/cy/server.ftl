# issue 17: the class server (slate server, slate sync, and what learners see)
server-bad-address = Nid yw cyfeiriad y gweinydd yn iawn ({ $reason }). Dylai edrych fel postgres://DEFNYDDIWR:CYFRINAIR@GWESTEIWR/CRONFA.
server-address-needs-host-and-database = mae angen gwesteiwr ac enw cronfa ddata
server-unreachable = Methodd Slate â chyrraedd gweinydd y dosbarth yn { $address }. Gwiriwch fod y gweinydd yn rhedeg a bod y cyfeiriad yn iawn; mae'r gwaith yn cael ei gadw ar y cyfrifiadur hwn yn y cyfamser.
server-password = Ni dderbyniodd gweinydd y dosbarth yn { $address } y cyfrinair ar gyfer "{ $user }". Gwiriwch yr enw defnyddiwr a'r cyfrinair yn y cyfeiriad.
server-no-database = Nid oes gan weinydd y dosbarth gronfa ddata o'r enw "{ $database }" ({ $address }). Gwiriwch yr enw ar ddiwedd y cyfeiriad.
server-not-set-up = Nid yw'r gronfa ddata hon wedi'i pharatoi ar gyfer Slate eto. Mae technegydd yn rhedeg `slate server init URL` arni unwaith.
server-newer = Cafodd gweinydd y dosbarth ei baratoi gan Slate mwy newydd (fersiwn sgema { $found }; mae'r Slate hwn yn deall hyd at { $known }). Diweddarwch Slate ar y cyfrifiadur hwn.
server-older = Mae angen uwchraddio gweinydd y dosbarth (fersiwn sgema { $found }; mae angen { $known } ar y Slate hwn). Mae technegydd yn rhedeg `slate server init URL` i'w uwchraddio.
server-no-site = Nid yw'r cyfrif hwn yn perthyn i unrhyw safle, ac mae gan y gweinydd { $sites }. Dywedwch pa un: `slate server connect URL --site ENW`.
server-unknown-site = Nid oes gan weinydd y dosbarth safle o'r enw "{ $site }". Mae `slate server init URL --site ENW` yn ychwanegu un.
server-not-allowed = Ni chaniataodd gweinydd y dosbarth hynny i'r cyfrif hwn ({ $reason }). Dim ond ychwanegu dysgwyr a chofnodi eu gwaith y gall cyfrifon y labordy; defnyddiwch gyfrif athro.
server-closed = Caeodd gweinydd y dosbarth y cysylltiad (efallai iddo ailgychwyn). Mae'r gwaith yn cael ei gadw ar y cyfrifiadur hwn; rhowch gynnig arall mewn munud.
server-timed-out = Cymerodd gweinydd y dosbarth ormod o amser i ateb. Mae'r gwaith yn cael ei gadw ar y cyfrifiadur hwn.
server-garbage = Anfonodd gweinydd y dosbarth rywbeth na all Slate ei ddefnyddio ({ $reason }). Ni newidiwyd dim ar y cyfrifiadur hwn. Gwiriwch fod y cyfeiriad yn enwi gweinydd Slate.
server-database = Adroddodd gweinydd y dosbarth broblem: { $reason }
server-config = { $file }, llinell { $line }, colofn { $column }: { $reason }. Mae `slate server connect URL` yn ysgrifennu un newydd.
server-config-not-utf8 = nid testun UTF-8 yw'r ffeil
server-config-format = fformat { $found } yw'r ffeil hon, ac mae'r Slate hwn yn darllen fformat { $known }
server-config-cannot-save = Methodd Slate â chadw gosodiadau'r gweinydd yn { $file }: { $error }
server-site-name = Mae angen 1 i 100 nod mewn enw safle, er enghraifft --site "Ysgol y Bryn".
server-init-created = Paratowyd tablau Slate ar { $address } (fersiwn sgema { $version }).
server-init-upgraded = Uwchraddiwyd tablau Slate ar { $address } o fersiwn { $from } i { $version }.
server-init-current = Mae tablau Slate ar { $address } yn gyfredol (fersiwn sgema { $version }).
server-init-site = Safle: "{ $site }".
server-init-roles-made = Gwnaed cyfrifon y safle. Cadwch y cyfeiriadau hyn yn ddiogel: mae cyfrinair ym mhob un.
server-role-lab = Cyfrifiaduron y labordy
server-role-teacher = Athrawon
server-init-roles-next = Ar bob cyfrifiadur: slate server connect CYFEIRIAD (cyfeiriad y labordy ar gyfrifiaduron y labordy, cyfeiriad yr athrawon ar eu cyfrifiaduron nhw).
server-init-roles-sql = I wneud cyfrifon y safle, rhedwch yr SQL hwn fel defnyddiwr sy'n cael creu rolau (neu rhedwch y gorchymyn hwn eto gyda --create-roles):
server-connected = Mae'r cyfrifiadur hwn nawr yn defnyddio gweinydd y dosbarth { $address } (safle "{ $site }"). Cadwyd y gosodiadau yn { $file }.
server-connected-offline = Cadwyd gosodiadau'r gweinydd yn { $file }, ond ni ellir cyrraedd y gweinydd nawr. Mae'r cyfrifiadur hwn yn gweithio all-lein ac yn cysoni pan all.
server-none = Nid yw'r cyfrifiadur hwn yn defnyddio gweinydd dosbarth. Mae `slate server connect URL` yn gosod un.
server-status-reachable = Gellir cyrraedd gweinydd y dosbarth { $address } (safle "{ $site }").
server-status-waiting = { $count ->
    [0] Does dim yn aros i'w anfon.
    [one] Mae 1 newid yn aros i'w anfon.
   *[other] Mae { $count } newid yn aros i'w hanfon.
}
server-sync-sent = { $count ->
    [one] Anfonwyd 1 newid i { $address }.
   *[other] Anfonwyd { $count } newid i { $address }.
}
server-sync-forgotten = { $count ->
    [one] Anghofiwyd 1 dysgwr ar bob cyfrifiadur, felly yma hefyd.
   *[other] Anghofiwyd { $count } dysgwr ar bob cyfrifiadur, felly yma hefyd.
}
server-sync-pack = Cymerwyd y pecyn "{ $id }", fersiwn { $version }.
server-sync-all-sent = Mae popeth ar y gweinydd.
pack-publish-not-sound = Ni chyhoeddwyd y pecyn: cywirwch y problemau uchod yn gyntaf.
pack-published = Cyhoeddwyd "{ $title }" ({ $id }, fersiwn { $version }) i'r safle "{ $site }". Mae pob cyfrifiadur yn ei gymryd wrth gysoni nesaf.
pack-publish-unreadable = Methodd Slate â darllen { $file }: { $error }
pack-publish-too-big = Mae'r pecyn yn fwy na { $limit } MB, yn rhy fawr i'w gyhoeddi.
pack-publish-not-text = Nid testun (UTF-8) yw { $file }, a dim ond ffeiliau testun y gellir eu cyhoeddi.
learner-forgotten-everywhere = Anghofiwyd { $who } ar weinydd y dosbarth ac yma. Mae pob cyfrifiadur arall yn eu hanghofio wrth gysoni nesaf.
report-this-computer-only = Mae'r adroddiad hwn yn dangos cynnydd y cyfrifiadur hwn yn unig.
tutor-changed-elsewhere = { $count ->
    [one] Fe wnaethoch chi hefyd newid { $exercises } ar gyfrifiadur arall. Mae'r fersiwn mwyaf newydd yma; mae'r llall yn eich ffolder hanes.
   *[other] Fe wnaethoch chi hefyd newid { $exercises } ar gyfrifiadur arall. Mae'r fersiynau mwyaf newydd yma; mae'r lleill yn eich ffolder hanes.
}
tutor-working-offline = yn gweithio all-lein
tutor-working-offline-long = Yn gweithio all-lein: mae eich gwaith wedi'i gadw ar y cyfrifiadur hwn ac yn mynd i weinydd y dosbarth pan ellir ei gyrraedd.
plain-many-learners = Mae { $count } o ddysgwyr yma. Teipiwch eich enw, neu ei lythrennau cyntaf, a phwyswch Enter. Teipiwch + i ychwanegu eich hun, neu 0 i adael.
plain-type-more = Mae { $count } o enwau'n dechrau â "{ $typed }". Teipiwch fwy o'ch enw.
server-status-encrypted = Mae'r cysylltiad wedi'i amgryptio (TLS).
server-status-not-encrypted = Nid yw'r cysylltiad wedi'i amgryptio: nid yw'r gweinydd yn cynnig TLS (gweler docs/class-server.md).
learner-list-this-computer-only = Mae'r rhestr hon yn dangos y dysgwyr ar y cyfrifiadur hwn yn unig.
server-address-needed = Rhowch gyfeiriad gweinydd y dosbarth, postgres://DEFNYDDIWR:CYFRINAIR@GWESTEIWR/CRONFA, neu gosodwch SLATE_SERVER iddo.
who-typed-none = Does dim enw’n dechrau “{ $text }”. Mae Backspace yn ei newid; mae Enter yn dy ychwanegu fel dysgwr newydd.
key-show-everyone = Pawb
server-sent-later = Wedi’i gadw ar y cyfrifiadur hwn; nid yw ar weinydd y dosbarth eto, ac mae `slate sync` yn ei anfon wedyn. ({ $reason })
server-garbage-too-long = gwerth o { $bytes } beit, yn hirach na dim y mae Slate yn ei ysgrifennu
server-garbage-bad-name = enw neu id sy'n rhy hir neu sydd â nodau rheoli
server-garbage-too-much = mwy na { $megabytes } MB ar unwaith
server-garbage-too-many-rows = mwy na { $rows } rhes ar unwaith
server-site-accounts-taken = Byddai gan gyfrifon y safle "{ $site }" yr un enwau â rhai'r safle "{ $other }", gan mai dim ond priflythrennau, bylchau neu atalnodi sy'n wahanol. Dewiswch enw safle gyda llythrennau neu rifau gwahanol.
