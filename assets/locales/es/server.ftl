# issue 17: the class server (slate server, slate sync, and what learners see)
server-bad-address = Esa dirección de servidor no es correcta ({ $reason }). Debe tener la forma postgres://USUARIO:CONTRASEÑA@SERVIDOR/BASE.
server-address-needs-host-and-database = necesita un servidor y el nombre de una base de datos
server-unreachable = Slate no pudo conectar con el servidor de clase en { $address }. Comprueba que el servidor está en marcha y que la dirección es correcta; mientras tanto, el trabajo se guarda en este ordenador.
server-password = El servidor de clase en { $address } no aceptó la contraseña de "{ $user }". Revisa el usuario y la contraseña de la dirección.
server-no-database = El servidor de clase no tiene ninguna base de datos llamada "{ $database }" ({ $address }). Revisa el nombre al final de la dirección.
server-not-set-up = Esta base de datos aún no está preparada para Slate. Un técnico ejecuta `slate server init URL` una vez.
server-newer = El servidor de clase lo preparó un Slate más nuevo (versión de esquema { $found }; este Slate conoce hasta la { $known }). Actualiza Slate en este ordenador.
server-older = Hay que actualizar el servidor de clase (versión de esquema { $found }; este Slate necesita la { $known }). Un técnico ejecuta `slate server init URL` para actualizarlo.
server-no-site = Esta cuenta no pertenece a ningún centro, y el servidor tiene { $sites }. Indica cuál: `slate server connect URL --site NOMBRE`.
server-unknown-site = El servidor de clase no tiene ningún centro llamado "{ $site }". `slate server init URL --site NOMBRE` lo añade.
server-not-allowed = El servidor de clase no permitió eso a esta cuenta ({ $reason }). Las cuentas de los ordenadores del aula solo pueden añadir estudiantes y guardar su trabajo; usa una cuenta de docente.
server-closed = El servidor de clase cerró la conexión (puede que se haya reiniciado). El trabajo se guarda en este ordenador; vuelve a intentarlo en un momento.
server-timed-out = El servidor de clase tardó demasiado en responder. El trabajo se guarda en este ordenador.
server-garbage = El servidor de clase envió algo que Slate no puede usar ({ $reason }). No se cambió nada en este ordenador. Comprueba que la dirección es la de un servidor de Slate.
server-database = El servidor de clase informó de un problema: { $reason }
server-config = { $file }, línea { $line }, columna { $column }: { $reason }. `slate server connect URL` escribe uno nuevo.
server-config-not-utf8 = el archivo no es texto UTF-8
server-config-format = este archivo tiene el formato { $found } y este Slate lee el formato { $known }
server-config-cannot-save = Slate no pudo guardar la configuración del servidor en { $file }: { $error }
server-site-name = El nombre de un centro necesita de 1 a 100 caracteres, por ejemplo --site "Colegio La Colina".
server-init-created = Tablas de Slate creadas en { $address } (versión de esquema { $version }).
server-init-upgraded = Tablas de Slate en { $address } actualizadas de la versión { $from } a la { $version }.
server-init-current = Las tablas de Slate en { $address } están al día (versión de esquema { $version }).
server-init-site = Centro: "{ $site }".
server-init-roles-made = Cuentas del centro creadas. Guarda bien estas direcciones: cada una lleva una contraseña.
server-role-lab = Ordenadores del aula
server-role-teacher = Docentes
server-init-roles-next = En cada ordenador: slate server connect DIRECCIÓN (la del aula en los ordenadores del aula, la de docentes en los suyos).
server-init-roles-sql = Para crear las cuentas del centro, ejecuta este SQL con un usuario que pueda crear roles (o vuelve a ejecutar esta orden con --create-roles):
server-connected = Este ordenador usa ahora el servidor de clase { $address } (centro "{ $site }"). Configuración guardada en { $file }.
server-connected-offline = Configuración del servidor guardada en { $file }, pero ahora no se puede conectar con el servidor. Este ordenador trabaja sin conexión y sincroniza cuando puede.
server-none = Este ordenador no usa ningún servidor de clase. `slate server connect URL` configura uno.
server-status-reachable = Se puede conectar con el servidor de clase { $address } (centro "{ $site }").
server-status-waiting = { $count ->
    [0] No hay nada pendiente de enviar.
    [one] Hay 1 cambio pendiente de enviar.
   *[other] Hay { $count } cambios pendientes de enviar.
}
server-sync-sent = { $count ->
    [one] Enviado 1 cambio a { $address }.
   *[other] Enviados { $count } cambios a { $address }.
}
server-sync-forgotten = { $count ->
    [one] 1 estudiante fue olvidado en todos los ordenadores, así que aquí también.
   *[other] { $count } estudiantes fueron olvidados en todos los ordenadores, así que aquí también.
}
server-sync-pack = Recibido el paquete "{ $id }", versión { $version }.
server-sync-all-sent = Todo está en el servidor.
pack-publish-not-sound = No se publicó el paquete: corrige primero los problemas de arriba.
pack-published = Publicado "{ $title }" ({ $id }, versión { $version }) en el centro "{ $site }". Cada ordenador lo recibe en su próxima sincronización.
pack-publish-unreadable = Slate no pudo leer { $file }: { $error }
pack-publish-too-big = El paquete ocupa más de { $limit } MB, demasiado para publicarlo.
pack-publish-not-text = { $file } no es texto (UTF-8), y solo se pueden publicar archivos de texto.
learner-forgotten-everywhere = { $who } olvidado en el servidor de clase y aquí. Los demás ordenadores lo olvidan en su próxima sincronización.
report-this-computer-only = Este informe muestra solo el progreso de este ordenador.
tutor-changed-elsewhere = { $count ->
    [one] También cambiaste { $exercises } en otro ordenador. Aquí está la versión más nueva; la otra está en tu carpeta de historial.
   *[other] También cambiaste { $exercises } en otro ordenador. Aquí están las versiones más nuevas; las otras están en tu carpeta de historial.
}
tutor-working-offline = sin conexión
tutor-working-offline-long = Trabajando sin conexión: tu trabajo se guarda en este ordenador y se envía al servidor de clase cuando se pueda.
plain-many-learners = Aquí hay { $count } estudiantes. Escribe tu nombre, o sus primeras letras, y pulsa Intro. Escribe + para añadirte, o 0 para salir.
plain-type-more = Hay { $count } nombres que empiezan por "{ $typed }". Escribe más letras de tu nombre.
server-status-encrypted = La conexión está cifrada (TLS).
server-status-not-encrypted = La conexión no está cifrada: el servidor no ofrece TLS (consulta docs/class-server.md).
learner-list-this-computer-only = Esta lista muestra solo los estudiantes de este ordenador.
server-address-needed = Indica la dirección del servidor de clase, postgres://USUARIO:CONTRASEÑA@SERVIDOR/BASE, o ponla en SLATE_SERVER.
who-typed-none = Ningún nombre empieza por «{ $text }». Retroceso lo cambia; Enter te añade como estudiante nuevo.
key-show-everyone = Todos
server-sent-later = Guardado en este ordenador; aún no está en el servidor de clase, y `slate sync` lo envía más tarde. ({ $reason })
server-garbage-too-long = un valor de { $bytes } bytes, más largo que cualquier cosa que escribe Slate
server-garbage-bad-name = un nombre o id demasiado largo o con caracteres de control
server-garbage-too-much = más de { $megabytes } MB de una vez
server-garbage-too-many-rows = más de { $rows } filas de una vez
server-site-accounts-taken = Las cuentas del centro "{ $site }" tendrían los mismos nombres que las del centro "{ $other }", porque los nombres solo se diferencian en mayúsculas, espacios o signos. Elige un nombre de centro con otras letras o números.
