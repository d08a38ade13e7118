<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessCommand</name>
    <message>
        <source>no password on standard input (expected one line)</source>
        <translation>no hay ninguna contraseña en la entrada estándar (se esperaba una línea)</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>no se introdujo ninguna contraseña</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <source>the passwords do not match</source>
        <translation>las contraseñas no coinciden</translation>
    </message>
    <message numerus="yes">
        <source>no acceptable password after %n attempt(s); nothing was changed</source>
        <translation>
            <numerusform>no se obtuvo ninguna contraseña aceptable tras %n intento; no se cambió nada</numerusform>
            <numerusform>no se obtuvo ninguna contraseña aceptable tras %n intentos; no se cambió nada</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant, change, revoke and list people&apos;s dashboard logins.</source>
        <translation>Conceder, cambiar, revocar y listar los usuarios del panel.</translation>
    </message>
    <message>
        <source>What to do:
grant     new login for --user with --role
revoke    drop the login of --user, end its sessions
set-role  give the login of --user another --role
password  set a new password for the login of --user
list      everyone who has access
Passwords are read from the terminal (twice, not shown), or as one line from standard input when it is not a terminal; never from the command line.</source>
        <translation>Acción que se realizará:
grant     crear un usuario para --user con el rol --role
revoke    eliminar el usuario de --user y cerrar sus sesiones
set-role  asignar otro rol (--role) al usuario de --user
password  establecer una contraseña nueva para el usuario de --user
list      mostrar todas las personas que tienen acceso
Las contraseñas se leen del terminal (dos veces, sin mostrarlas) o, si la entrada estándar no es un terminal, como una línea de esta; nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>The person&apos;s e-mail address as in the student app (letter case does not matter). Their login name is this address in lower case.</source>
        <translation>La dirección de correo electrónico de la persona tal como figura en la aplicación de estudiantes (no importan las mayúsculas y minúsculas). Su nombre de usuario es esta dirección en minúsculas.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>The access role: instructor (their own students), supervisor (their department and the departments below it) or admin (everything).</source>
        <translation>El rol de acceso: instructor (sus propios estudiantes), supervisor (su departamento y los departamentos que dependen de él) o admin (todo).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>no action given: use grant, revoke, set-role, password or list</source>
        <translation>no se indicó ninguna acción: use grant, revoke, set-role, password o list</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; for access: use grant, revoke, set-role, password or list</source>
        <translation>acción desconocida &apos;%1&apos; para access: use grant, revoke, set-role, password o list</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for access %2</source>
        <translation>argumento inesperado &apos;%1&apos; para access %2</translation>
    </message>
    <message>
        <source>access %1 needs --user</source>
        <translation>access %1 requiere --user</translation>
    </message>
    <message>
        <source>access %1 takes no --user</source>
        <translation>access %1 no admite --user</translation>
    </message>
    <message>
        <source>access %1 needs --role (%2)</source>
        <translation>access %1 requiere --role (%2)</translation>
    </message>
    <message>
        <source>access %1 takes no --role</source>
        <translation>access %1 no admite --role</translation>
    </message>
    <message>
        <source>invalid --role &apos;%1&apos;: use %2</source>
        <translation>valor de --role &apos;%1&apos; no válido: use %2</translation>
    </message>
    <message>
        <source>No one has dashboard access yet. Grant it with &apos;access grant --user E-MAIL --role admin&apos;.</source>
        <translation>Todavía nadie tiene acceso al panel. Concédalo con &apos;access grant --user CORREO --role admin&apos;.</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>GRANTED AT (UTC)</source>
        <translation>CONCEDIDO EL (UTC)</translation>
    </message>
    <message>
        <source>GRANTED BY</source>
        <translation>CONCEDIDO POR</translation>
    </message>
    <message>
        <source>LOGIN ALLOWED</source>
        <translation>PUEDE INICIAR SESIÓN</translation>
    </message>
    <message>
        <source> (login %1)</source>
        <translation> (usuario %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AccessRepository</name>
    <message>
        <source>the password is empty</source>
        <translation>la contraseña está vacía</translation>
    </message>
    <message numerus="yes">
        <source>the password is too short: at least %n characters are required</source>
        <translation>
            <numerusform>la contraseña es demasiado corta: se requiere al menos %n carácter</numerusform>
            <numerusform>la contraseña es demasiado corta: se requieren al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2. Nothing was changed.</source>
        <translation>no se pudo %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>committing the change failed: %1. Nothing was changed.</source>
        <translation>no se pudo confirmar el cambio: %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>comprobar la base de datos</translation>
    </message>
    <message>
        <source>this database has no dashboard logins yet (the table dashboard_logins or the group roles are missing); run &apos;instructor-dashboard-admin migrate&apos; first</source>
        <translation>esta base de datos aún no tiene usuarios del panel (falta la tabla dashboard_logins o los roles de grupo); ejecute primero &apos;instructor-dashboard-admin migrate&apos;</translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation>la dirección de correo electrónico está vacía</translation>
    </message>
    <message>
        <source>looking up the user</source>
        <translation>buscar a la persona</translation>
    </message>
    <message>
        <source>no user with e-mail %1</source>
        <translation>no hay ninguna persona con el correo electrónico %1</translation>
    </message>
    <message>
        <source>several users have the e-mail %1 in different letter case (%2, %3); logins are named after the e-mail in lower case, so correct the addresses first</source>
        <translation>varias personas tienen el correo electrónico %1 con distintas mayúsculas y minúsculas (%2, %3); el nombre de usuario es el correo electrónico en minúsculas, así que corrija primero las direcciones</translation>
    </message>
    <message>
        <source>looking up the login</source>
        <translation>buscar el usuario</translation>
    </message>
    <message>
        <source>%1 has no dashboard access</source>
        <translation>%1 no tiene acceso al panel</translation>
    </message>
    <message>
        <source>looking up the instructor profile</source>
        <translation>buscar el perfil de instructor</translation>
    </message>
    <message>
        <source>%1 has no instructor profile; %2 access needs one: create the profile first</source>
        <translation>%1 no tiene perfil de instructor y el acceso con el rol %2 lo requiere: cree primero el perfil</translation>
    </message>
    <message>
        <source>counting administrators</source>
        <translation>contar los administradores</translation>
    </message>
    <message>
        <source>%1 is the last administrator; grant another administrator first, then %2</source>
        <translation>%1 es el último administrador; conceda primero acceso de administrador a otra persona y después podrá %2</translation>
    </message>
    <message>
        <source>not connected to PostgreSQL. Nothing was changed.</source>
        <translation>no hay conexión con PostgreSQL. No se cambió nada.</translation>
    </message>
    <message>
        <source>could not encrypt the password: %1. Nothing was changed.</source>
        <translation>no se pudo cifrar la contraseña: %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an access role; use one of: %2</source>
        <translation>&apos;%1&apos; no es un rol de acceso; use uno de estos: %2</translation>
    </message>
    <message>
        <source>locking the logins</source>
        <translation>obtener el bloqueo de los usuarios</translation>
    </message>
    <message>
        <source>%1 already has %2 access (login %3); use &apos;set-role&apos; to change it</source>
        <translation>%1 ya tiene acceso con el rol %2 (usuario %3); use &apos;set-role&apos; para cambiarlo</translation>
    </message>
    <message>
        <source>the e-mail %1 is %2 bytes long; PostgreSQL role names, and so login names, can have at most %3</source>
        <translation>el correo electrónico %1 ocupa %2 bytes; los nombres de rol de PostgreSQL, y por tanto los nombres de usuario, pueden ocupar como máximo %3</translation>
    </message>
    <message>
        <source>%1 cannot be a login name: PostgreSQL reserves names starting with pg_ and the names public and none</source>
        <translation>%1 no puede ser un nombre de usuario: PostgreSQL reserva los nombres que empiezan por pg_ y los nombres public y none</translation>
    </message>
    <message>
        <source>the login %1 already belongs to another user (%2, id %3); revoke it first</source>
        <translation>el usuario %1 ya pertenece a otra persona (%2, id %3); revóquelo primero</translation>
    </message>
    <message>
        <source>looking up the role</source>
        <translation>buscar el rol de PostgreSQL</translation>
    </message>
    <message>
        <source>a PostgreSQL role named %1 already exists on this server but is not a dashboard login of this database; rename or drop it first (role names are shared by every database of the server)</source>
        <translation>ya existe en este servidor un rol de PostgreSQL llamado %1, pero no es un usuario del panel de esta base de datos; cámbielo de nombre o elimínelo primero (todas las bases de datos del servidor comparten los nombres de rol)</translation>
    </message>
    <message>
        <source>could not start a transaction: %1</source>
        <translation>no se pudo iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>%1 can be granted %2 access</source>
        <translation>se puede conceder a %1 acceso con el rol %2</translation>
    </message>
    <message>
        <source>creating the login role</source>
        <translation>crear el rol de PostgreSQL del usuario</translation>
    </message>
    <message>
        <source>recording the login</source>
        <translation>registrar el usuario</translation>
    </message>
    <message>
        <source>granted %1 access to %2 (login %3)</source>
        <translation>se concedió acceso con el rol %1 a %2 (usuario %3)</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>revocar el acceso</translation>
    </message>
    <message>
        <source>looking up the login role</source>
        <translation>buscar el rol de PostgreSQL del usuario</translation>
    </message>
    <message>
        <source>removing the login</source>
        <translation>eliminar el usuario</translation>
    </message>
    <message>
        <source>dropping the login role %1</source>
        <translation>eliminar el rol de PostgreSQL %1</translation>
    </message>
    <message>
        <source>the login %1 owns objects or holds privileges, so it cannot be dropped: %2. Move or drop them first (REASSIGN OWNED BY / DROP OWNED BY, in each database named), then revoke again. Nothing was changed.</source>
        <translation>el usuario %1 es propietario de objetos o tiene privilegios, por lo que no se puede eliminar: %2. Transfiéralos o elimínelos primero (REASSIGN OWNED BY / DROP OWNED BY, en cada base de datos indicada) y vuelva a revocar el acceso. No se cambió nada.</translation>
    </message>
    <message>
        <source>revoked the %1 access of %2; the login %3 was dropped</source>
        <translation>se revocó el acceso con el rol %1 de %2; se eliminó el usuario %3</translation>
    </message>
    <message>
        <source>its running sessions could not be ended (%1)</source>
        <translation>no se pudieron cerrar sus sesiones en curso (%1)</translation>
    </message>
    <message numerus="yes">
        <source>ended %n running session(s)</source>
        <translation>
            <numerusform>se cerró %n sesión en curso</numerusform>
            <numerusform>se cerraron %n sesiones en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has %2 access; nothing changed</source>
        <translation>%1 ya tiene acceso con el rol %2; no se cambió nada</translation>
    </message>
    <message>
        <source>change their role</source>
        <translation>cambiar su rol</translation>
    </message>
    <message>
        <source>looking up the login&apos;s groups</source>
        <translation>buscar los grupos del usuario</translation>
    </message>
    <message>
        <source>leaving %1</source>
        <translation>retirar el usuario de %1</translation>
    </message>
    <message>
        <source>joining %1</source>
        <translation>añadir el usuario a %1</translation>
    </message>
    <message>
        <source>recording the new role</source>
        <translation>registrar el rol nuevo</translation>
    </message>
    <message>
        <source>%1 now has %2 access (was %3)</source>
        <translation>%1 tiene ahora acceso con el rol %2 (antes: %3)</translation>
    </message>
    <message>
        <source>%1 has %2 access (login %3)</source>
        <translation>%1 tiene acceso con el rol %2 (usuario %3)</translation>
    </message>
    <message>
        <source>the login role %1 of %2 no longer exists on the server; revoke the access and grant it again</source>
        <translation>el rol de PostgreSQL %1 de %2 ya no existe en el servidor; revoque el acceso y vuelva a concederlo</translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation>cambiar la contraseña</translation>
    </message>
    <message>
        <source>changed the password of %1 (login %2)</source>
        <translation>se cambió la contraseña de %1 (usuario %2)</translation>
    </message>
    <message>
        <source>listing the logins</source>
        <translation>listar los usuarios</translation>
    </message>
</context>
<context>
    <name>AdminMain</name>
    <message>
        <source>Connection URI (postgresql://user@host:port/db?sslmode=require), keyword/value string, or service name. Without it the libpq environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSERVICE, PGSSLMODE) are used.</source>
        <translation>URI de conexión (postgresql://user@host:port/db?sslmode=require), cadena de palabras clave/valores o nombre de servicio. Si se omite, se usan las variables de entorno de libpq (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSERVICE, PGSSLMODE).</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Administration of the Instructor Dashboard database.</source>
        <translation>Administración de la base de datos de Instructor Dashboard.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>El comando que se ejecutará (véase arriba).</translation>
    </message>
    <message>
        <source>no command given. Try &apos;%1 --help&apos;.</source>
        <translation>no se indicó ningún comando. Pruebe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Try &apos;%2 --help&apos;.</source>
        <translation>comando desconocido &apos;%1&apos;. Pruebe &apos;%2 --help&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for %2</source>
        <translation>argumento inesperado &apos;%1&apos; para %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>invalid --db value: %1</source>
        <translation>valor de --db no válido: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <source>server unreachable</source>
        <translation>no se puede acceder al servidor</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>no such login (access not granted or revoked)</source>
        <translation>el usuario no existe (acceso no concedido o revocado)</translation>
    </message>
    <message>
        <source>database does not exist</source>
        <translation>la base de datos no existe</translation>
    </message>
    <message>
        <source>secure (TLS) connection failed</source>
        <translation>falló la conexión segura (TLS)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt (QPSQL) is not installed</source>
        <translation>el controlador de PostgreSQL para Qt (QPSQL) no está instalado</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>falló la conexión</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2 (%3)</source>
        <translation>no se puede conectar a %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Check the server name and port, and that the server is running and reachable from this computer.</source>
        <translation>Compruebe el nombre y el puerto del servidor, y que el servidor esté en ejecución y sea accesible desde este equipo.</translation>
    </message>
    <message>
        <source>This login does not exist on the server. Ask an administrator to grant you access.</source>
        <translation>Este usuario no existe en el servidor. Pida a un administrador que le conceda acceso.</translation>
    </message>
    <message>
        <source>Check the database name. An administrator creates it and runs &apos;instructor-dashboard-admin migrate&apos;.</source>
        <translation>Compruebe el nombre de la base de datos. Un administrador la crea y ejecuta &apos;instructor-dashboard-admin migrate&apos;.</translation>
    </message>
    <message>
        <source>The server and this computer could not agree on a secure connection. Check the TLS mode (sslmode) with your administrator.</source>
        <translation>El servidor y este equipo no pudieron establecer una conexión segura. Consulte el modo TLS (sslmode) con su administrador.</translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-psql.</source>
        <translation>Instale el paquete libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>See the server&apos;s message for details.</source>
        <translation>Consulte el mensaje del servidor para obtener más detalles.</translation>
    </message>
    <message>
        <source>Check the user name and password. If they are right, your access may have been revoked: ask an administrator to check it or to reset your password.</source>
        <translation>Compruebe el nombre de usuario y la contraseña. Si son correctos, es posible que se haya revocado su acceso: pida a un administrador que lo compruebe o que restablezca su contraseña.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>the connection string is empty</source>
        <translation>la cadena de conexión está vacía</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>%1:%2 (database %3, user %4)</source>
        <translation>%1:%2 (base de datos %3, usuario %4)</translation>
    </message>
    <message>
        <source> via service %1</source>
        <translation> mediante el servicio %1</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
</context>
<context>
    <name>DesktopMain</name>
    <message>
        <source>Instructor Dashboard for radio communications training.</source>
        <translation>Instructor Dashboard para la formación en radiocomunicaciones.</translation>
    </message>
    <message>
        <source>Connection URI, keyword/value string or service name. Without it the libpq environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, ...) are used.</source>
        <translation>URI de conexión, cadena de palabras clave/valores o nombre de servicio. Si se omite, se usan las variables de entorno de libpq (PGHOST, PGPORT, PGDATABASE, PGUSER, ...).</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1366x768.</source>
        <translation>Tamaño de la ventana para --screenshot, p. ej. 1366x768.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>AnchoxAlto</translation>
    </message>
    <message>
        <source>invalid --db value: %1</source>
        <translation>valor de --db no válido: %1</translation>
    </message>
    <message>
        <source>invalid --size &apos;%1&apos;: use WIDTHxHEIGHT</source>
        <translation>valor de --size &apos;%1&apos; no válido: use ANCHOxALTO</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>Render the window (or the sign-in dialog, when it is shown) to a PNG file once it has loaded, then exit.</source>
        <translation>Guardar una captura de la ventana (o del cuadro de diálogo de inicio de sesión, si se muestra) en un archivo PNG una vez cargada y, a continuación, salir.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Apply the database schema migrations (or show their status or plan).</source>
        <translation>Aplicar las migraciones del esquema de la base de datos (o mostrar su estado o su plan).</translation>
    </message>
    <message>
        <source>List applied and pending migrations; change nothing.</source>
        <translation>Listar las migraciones aplicadas y pendientes, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Print what would be applied; change nothing.</source>
        <translation>Mostrar lo que se aplicaría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Also create the student app&apos;s own tables (users, quiz_sessions, voice_practice_sessions). For demo and test databases only: a real deployment already has them.</source>
        <translation>Crear también las tablas propias de la aplicación de estudiantes (users, quiz_sessions, voice_practice_sessions). Solo para bases de datos de demostración y de prueba: una instalación real ya las tiene.</translation>
    </message>
    <message>
        <source>--status and --dry-run cannot be combined</source>
        <translation>--status y --dry-run no se pueden combinar</translation>
    </message>
    <message>
        <source>pending   %1</source>
        <translation>pendiente %1</translation>
    </message>
    <message>
        <source>CHANGED   %1 (applied %2, file differs from what was applied)</source>
        <translation>CAMBIADA  %1 (aplicada el %2, el archivo difiere de lo que se aplicó)</translation>
    </message>
    <message>
        <source>applied   %1 (%2 by %3, %4 ms)</source>
        <translation>aplicada  %1 (%2 por %3, %4 ms)</translation>
    </message>
    <message>
        <source>%1 applied, %2 pending, %3 changed</source>
        <translation>aplicadas: %1, pendientes: %2, cambiadas: %3</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>%1: a migration file is named NNNN_name.sql</source>
        <translation>%1: un archivo de migración debe llamarse NNNN_nombre.sql</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>two migrations share version %1</source>
        <translation>dos migraciones comparten la versión %1</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>the connection is not a PostgreSQL connection</source>
        <translation>la conexión no es una conexión de PostgreSQL</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>could not take the migration lock: %1</source>
        <translation>no se pudo obtener el bloqueo de migración: %1</translation>
    </message>
    <message>
        <source>Another migrate is running on this database; waiting for it to finish…</source>
        <translation>Otra ejecución de migrate está en curso en esta base de datos; esperando a que termine…</translation>
    </message>
    <message>
        <source>gave up waiting for another migrate run (the advisory lock is still held)</source>
        <translation>se dejó de esperar a la otra ejecución de migrate (el bloqueo consultivo sigue retenido)</translation>
    </message>
    <message>
        <source>could not read the migration history: %1</source>
        <translation>no se pudo leer el historial de migraciones: %1</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;</source>
        <translation>tipo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation>columna %1.%2</translation>
    </message>
    <message>
        <source>%1 was applied on %2 with checksum %3, but the file now has checksum %4. Applied migrations must not change: restore the original file and put the change in a new migration.</source>
        <translation>%1 se aplicó el %2 con la suma de comprobación %3, pero ahora el archivo tiene la suma de comprobación %4. Las migraciones aplicadas no deben cambiar: restaure el archivo original y ponga el cambio en una migración nueva.</translation>
    </message>
    <message>
        <source>--with-student-app-baseline creates the student app&apos;s tables, but this database already has %1. Run migrate without --with-student-app-baseline.</source>
        <translation>--with-student-app-baseline crea las tablas de la aplicación de estudiantes, pero esta base de datos ya tiene %1. Ejecute migrate sin --with-student-app-baseline.</translation>
    </message>
    <message>
        <source>this database lacks the student app&apos;s schema, which the dashboard extends. Missing: %1. Run the student app&apos;s own migrations first; for a demo or test database use --with-student-app-baseline.</source>
        <translation>a esta base de datos le falta el esquema de la aplicación de estudiantes, que el panel amplía. Elementos faltantes: %1. Ejecute primero las migraciones propias de la aplicación de estudiantes; para una base de datos de demostración o de prueba, use --with-student-app-baseline.</translation>
    </message>
    <message numerus="yes">
        <source>The database is up to date (%n migration(s) applied).</source>
        <translation>
            <numerusform>La base de datos está actualizada (%n migración aplicada).</numerusform>
            <numerusform>La base de datos está actualizada (%n migraciones aplicadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan (dry run, nothing is changed):</source>
        <translation>Plan (ejecución de prueba, no se modifica nada):</translation>
    </message>
    <message numerus="yes">
        <source>  would apply %1 (%n statement(s) in one transaction)</source>
        <translation>
            <numerusform>  se aplicaría %1 (%n sentencia en una transacción)</numerusform>
            <numerusform>  se aplicaría %1 (%n sentencias en una transacción)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  would apply %1 (%n statement(s), each on its own, no transaction)</source>
        <translation>
            <numerusform>  se aplicaría %1 (%n sentencia, por separado, sin transacción)</numerusform>
            <numerusform>  se aplicaría %1 (%n sentencias, cada una por separado, sin transacción)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>Se aplicó %n migración.</numerusform>
            <numerusform>Se aplicaron %n migraciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>Aplicando %1…</translation>
    </message>
    <message>
        <source>%1: could not check index %2: %3</source>
        <translation>%1: no se pudo comprobar el índice %2: %3</translation>
    </message>
    <message>
        <source>Index %1 was left INVALID by an interrupted build; dropping it to build it again.</source>
        <translation>El índice %1 quedó en estado INVALID por una creación interrumpida; se elimina para volver a crearlo.</translation>
    </message>
    <message>
        <source>%1: could not record the migration: %2</source>
        <translation>%1: no se pudo registrar la migración: %2</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::AboutDialog</name>
    <message>
        <source>About Instructor Dashboard</source>
        <translation>Acerca de Instructor Dashboard</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2</source>
        <translation>PostgreSQL %1 en %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Instructor Dashboard %1&lt;/h3&gt;&lt;p&gt;Progress, risk and assignments of radio communications trainees, for instructors and supervisors.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Qt:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Instructor Dashboard %1&lt;/h3&gt;&lt;p&gt;Progreso, riesgo y asignaciones de los estudiantes de radiocomunicaciones, para instructores y supervisores.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Servidor:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Qt:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo.</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::MainWindow</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Connected to PostgreSQL %1 at %2 as &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The pages for your work — &lt;b&gt;Students&lt;/b&gt; at risk and their progress, &lt;b&gt;Assignments&lt;/b&gt;, the &lt;b&gt;Inbox&lt;/b&gt;, &lt;b&gt;Analytics&lt;/b&gt; and department &lt;b&gt;Reports&lt;/b&gt; — are coming in the next releases of Instructor Dashboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Conectado a PostgreSQL %1 en %2 como &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Las páginas para su trabajo (&lt;b&gt;Estudiantes&lt;/b&gt; en riesgo y su progreso, &lt;b&gt;Asignaciones&lt;/b&gt;, la &lt;b&gt;Bandeja de entrada&lt;/b&gt;, &lt;b&gt;Analítica&lt;/b&gt; e &lt;b&gt;Informes&lt;/b&gt; del departamento) llegarán en las próximas versiones de Instructor Dashboard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Online — %1</source>
        <translation>En línea — %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not connected.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sin conexión.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Instructor Dashboard</source>
        <translation>Instructor Dashboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconectar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Instructor Dashboard</source>
        <translation>&amp;Acerca de Instructor Dashboard</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>You are signed in as an instructor: you see your own students.</source>
        <translation>Ha iniciado sesión como instructor: ve a sus propios estudiantes.</translation>
    </message>
    <message>
        <source>You are signed in as a supervisor: you see your department and the departments below it.</source>
        <translation>Ha iniciado sesión como supervisor: ve su departamento y los departamentos que dependen de él.</translation>
    </message>
    <message>
        <source>You are signed in as an administrator: you see every department.</source>
        <translation>Ha iniciado sesión como administrador: ve todos los departamentos.</translation>
    </message>
    <message>
        <source>This login has no dashboard access role. Ask an administrator to grant you access (instructor-dashboard-admin access grant).</source>
        <translation>Este usuario no tiene ningún rol de acceso al panel. Pida a un administrador que le conceda acceso (instructor-dashboard-admin access grant).</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Instructor Dashboard</source>
        <translation>Iniciar sesión en Instructor Dashboard</translation>
    </message>
    <message>
        <source>Use the database login your administrator gave you.</source>
        <translation>Use el usuario de la base de datos que le proporcionó su administrador.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>p. ej. db.example.org</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;Modo TLS:</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Prefer</source>
        <translation>Preferir</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>Exigir</translation>
    </message>
    <message>
        <source>Verify CA</source>
        <translation>Verificar CA</translation>
    </message>
    <message>
        <source>Verify full (recommended)</source>
        <translation>Verificar CA y nombre (recomendado)</translation>
    </message>
    <message>
        <source>Never encrypt the connection.</source>
        <translation>No cifrar nunca la conexión.</translation>
    </message>
    <message>
        <source>Encrypt only if the server insists.</source>
        <translation>Cifrar solo si el servidor lo exige.</translation>
    </message>
    <message>
        <source>Encrypt if the server can, without checking its certificate.</source>
        <translation>Cifrar si el servidor lo admite, sin comprobar su certificado.</translation>
    </message>
    <message>
        <source>Always encrypt, without checking the server&apos;s certificate.</source>
        <translation>Cifrar siempre, sin comprobar el certificado del servidor.</translation>
    </message>
    <message>
        <source>Always encrypt, and check that the server&apos;s certificate is signed by a trusted authority.</source>
        <translation>Cifrar siempre y comprobar que el certificado del servidor esté firmado por una autoridad de confianza.</translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate and name. Protects your password from impostors.</source>
        <translation>Cifrar siempre y comprobar el certificado y el nombre del servidor. Protege su contraseña frente a suplantaciones.</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Su usuario</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>normalmente, su dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>&amp;Recordar contraseña</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the password will be asked each time.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo: se le pedirá la contraseña cada vez.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keychain, never in a file.</source>
        <translation>Guardar la contraseña en el llavero del sistema de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Introduzca el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Introduzca el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Saving your password in the keychain…</source>
        <translation>Guardando su contraseña en el llavero del sistema…</translation>
    </message>
    <message>
        <source>You are signed in, but your password could not be saved in the keychain.</source>
        <translation>Ha iniciado sesión, pero no se pudo guardar su contraseña en el llavero del sistema.</translation>
    </message>
    <message>
        <source>You will be asked for it next time.</source>
        <translation>Se le pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>No such login: access was never granted, or it has been revoked.</source>
        <translation>El usuario no existe: nunca se le concedió acceso o se ha revocado.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>No se pudo acceder al servidor.</translation>
    </message>
    <message>
        <source>The database does not exist on this server.</source>
        <translation>La base de datos no existe en este servidor.</translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made.</source>
        <translation>No se pudo establecer una conexión segura (TLS).</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <translation>El controlador de PostgreSQL para Qt no está instalado.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Falló la conexión.</translation>
    </message>
</context>
</TS>
