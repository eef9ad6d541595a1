# issue 17: the class server (slate server, slate sync, and what learners see)
server-bad-address = That server address is not right ({ $reason }). It should look like postgres://USER:PASSWORD@HOST/DATABASE.
server-address-needs-host-and-database = it needs a host and a database name
server-unreachable = Slate could not reach the class server at { $address }. Check that the server is running and the address is right; work is kept on this computer meanwhile.
server-password = The class server at { $address } did not accept the password for "{ $user }". Check the user name and password in the address.
server-no-database = The class server has no database called "{ $database }" ({ $address }). Check the name at the end of the address.
server-not-set-up = This database is not set up for Slate yet. A technician runs `slate server init URL` on it once.
server-newer = The class server was set up by a newer Slate (schema version { $found }; this Slate knows up to { $known }). Update Slate on this computer.
server-older = The class server needs upgrading (schema version { $found }; this Slate needs { $known }). A technician runs `slate server init URL` to upgrade it.
server-no-site = This account belongs to no site, and the server has { $sites }. Say which one: `slate server connect URL --site NAME`.
server-unknown-site = The class server has no site called "{ $site }". `slate server init URL --site NAME` adds one.
server-not-allowed = The class server did not allow that for this account ({ $reason }). Lab PCs' accounts can only add learners and record their work; use a teacher's account.
server-closed = The class server closed the connection (it may have restarted). Work is kept on this computer; try again in a moment.
server-timed-out = The class server took too long to answer. Work is kept on this computer.
server-garbage = The class server sent something Slate cannot use ({ $reason }). Nothing on this computer was changed. Check that the address names a Slate server.
server-database = The class server reported a problem: { $reason }
server-config = { $file }, line { $line }, column { $column }: { $reason }. `slate server connect URL` writes a new one.
server-config-not-utf8 = the file is not UTF-8 text
server-config-format = this file is format { $found }, and this Slate reads format { $known }
server-config-cannot-save = Slate could not save the server settings to { $file }: { $error }
server-site-name = A site name needs 1 to 100 characters, for example --site "Hillside School".
server-init-created = Set up Slate's tables on { $address } (schema version { $version }).
server-init-upgraded = Upgraded Slate's tables on { $address } from version { $from } to { $version }.
server-init-current = Slate's tables on { $address } are up to date (schema version { $version }).
server-init-site = Site: "{ $site }".
server-init-roles-made = Made the site's accounts. Keep these addresses safe: each holds a password.
server-role-lab = Lab PCs
server-role-teacher = Teachers
server-init-roles-next = On each PC: slate server connect ADDRESS (the lab PCs' address on lab PCs, the teachers' on teachers' computers).
server-init-roles-sql = To make the site's accounts, run this SQL as a user who may create roles (or run this command again with --create-roles):
server-connected = This computer now uses the class server { $address } (site "{ $site }"). Settings saved in { $file }.
server-connected-offline = Saved the server settings in { $file }, but the server cannot be reached now. This computer works offline and syncs when it can.
server-none = This computer does not use a class server. `slate server connect URL` sets one up.
server-status-reachable = The class server { $address } can be reached (site "{ $site }").
server-status-waiting = { $count ->
    [0] Nothing is waiting to be sent.
    [one] 1 change is waiting to be sent.
   *[other] { $count } changes are waiting to be sent.
}
server-sync-sent = { $count ->
    [one] Sent 1 change to { $address }.
   *[other] Sent { $count } changes to { $address }.
}
server-sync-forgotten = { $count ->
    [one] 1 learner was forgotten on every computer, so here too.
   *[other] { $count } learners were forgotten on every computer, so here too.
}
server-sync-pack = Took in pack "{ $id }", version { $version }.
server-sync-all-sent = Everything is on the server.
pack-publish-not-sound = The pack was not published: put the problems above right first.
pack-published = Published "{ $title }" ({ $id }, version { $version }) to site "{ $site }". Each computer takes it in at its next sync.
pack-publish-unreadable = Slate could not read { $file }: { $error }
pack-publish-too-big = The pack is bigger than { $limit } MB, too big to publish.
pack-publish-not-text = { $file } is not text (UTF-8), and only text files can be published.
learner-forgotten-everywhere = Forgot { $who } on the class server and here. Every other computer forgets them at its next sync.
report-this-computer-only = This report shows this computer's progress only.
tutor-changed-elsewhere = { $count ->
    [one] You also changed { $exercises } on another computer. The newer version is here; the other is in your history folder.
   *[other] You also changed { $exercises } on another computer. The newer versions are here; the others are in your history folder.
}
tutor-working-offline = working offline
tutor-working-offline-long = Working offline: your work is saved on this computer and sent to the class server when it can be reached.
plain-many-learners = There are { $count } learners here. Type your name, or its first letters, and press Enter. Type + to add yourself, or 0 to quit.
plain-type-more = { $count } names begin with "{ $typed }". Type more of your name.
server-status-encrypted = The connection is encrypted (TLS).
server-status-not-encrypted = The connection is not encrypted: the server does not offer TLS (see docs/class-server.md).
learner-list-this-computer-only = This list shows the learners on this computer only.
server-address-needed = Give the class server's address, postgres://USER:PASSWORD@HOST/DATABASE, or set SLATE_SERVER to it.
who-typed-none = No name starts “{ $text }”. Backspace changes it; Enter adds you as a new learner.
key-show-everyone = Everyone
server-sent-later = Saved on this computer; not on the class server yet, and `slate sync` sends it later. ({ $reason })
server-garbage-too-long = a value of { $bytes } bytes, longer than anything Slate writes
server-garbage-bad-name = a name or id that is too long or has control characters
server-garbage-too-much = more than { $megabytes } MB at once
server-garbage-too-many-rows = more than { $rows } rows at once
server-site-accounts-taken = The accounts for site "{ $site }" would have the same names as those of site "{ $other }", because the names differ only in capitals, spaces or punctuation. Choose a site name with different letters or numbers.
