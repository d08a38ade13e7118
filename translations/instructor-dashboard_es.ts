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
    <name>AggregateCommand</name>
    <message>
        <source>Compute snapshots, analytics, student progress, risk and notifications for one or more days.</source>
        <translation>Calcular instantáneas, análisis, progreso de los estudiantes, riesgo y notificaciones de uno o varios días.</translation>
    </message>
    <message>
        <source>Aggregate this day only, YYYY-MM-DD (UTC).</source>
        <translation>Agregar solo este día, AAAA-MM-DD (UTC).</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>First day of a range, YYYY-MM-DD (UTC); needs --to.</source>
        <translation>Primer día de un intervalo, AAAA-MM-DD (UTC); requiere --to.</translation>
    </message>
    <message>
        <source>Last day of a range, YYYY-MM-DD (UTC); needs --from. Student progress and risk are computed as of this day.</source>
        <translation>Último día de un intervalo, AAAA-MM-DD (UTC); requiere --from. El progreso y el riesgo de los estudiantes se calculan a fecha de este día.</translation>
    </message>
    <message>
        <source>Minutes to wait for another aggregate run on the same database (default 120).</source>
        <translation>Minutos de espera a otra ejecución de aggregate en la misma base de datos (por omisión, 120).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Without --date or --from/--to: yesterday and today (UTC). Re-running a day is safe: it gives the same rows and repeats no notification. Run it as the owner of the dashboard tables (the migration owner).</source>
        <translation>Sin --date ni --from/--to: ayer y hoy (UTC). Volver a ejecutar un día es seguro: produce las mismas filas y no repite ninguna notificación. Ejecútelo como propietario de las tablas del panel (el propietario de las migraciones).</translation>
    </message>
    <message>
        <source>--date cannot be combined with --from or --to</source>
        <translation>--date no se puede combinar con --from ni con --to</translation>
    </message>
    <message>
        <source>--from and --to go together (for one day use --date)</source>
        <translation>--from y --to van juntos (para un solo día, use --date)</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 espera una fecha con el formato AAAA-MM-DD, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 es posterior a --to %2</translation>
    </message>
    <message>
        <source>--from %1 --to %2 spans %3 days; at most %4 at a time (split the range)</source>
        <translation>--from %1 --to %2 abarca %3 días; como máximo %4 a la vez (divida el intervalo)</translation>
    </message>
    <message>
        <source>--lock-wait expects a number of minutes, not &apos;%1&apos;</source>
        <translation>--lock-wait espera un número de minutos, no &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n row(s))</source>
        <translation>
            <numerusform>%1 %2 (%n fila)</numerusform>
            <numerusform>%1 %2 (%n filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1  %2  total %3</source>
        <translation>%1  %2  total %3</translation>
    </message>
    <message>
        <source>Done in %1.</source>
        <translation>Terminado en %1.</translation>
    </message>
    <message>
        <source>After the run, recompute student progress as of the last day from every session (the full recomputation the incremental refresh replaces) and list every value that differs; exit status 3 when any does.</source>
        <translation>Después de la ejecución, volver a calcular el progreso de los estudiantes a fecha del último día a partir de todas las sesiones (el recálculo completo al que sustituye la actualización incremental) y listar cada valor que difiera; código de salida 3 si alguno difiere.</translation>
    </message>
    <message>
        <source>%1  %2 (facts only)</source>
        <translation>%1  %2 (solo hechos)</translation>
    </message>
    <message>
        <source>every day  %1 (facts recomputed)</source>
        <translation>todos los días  %1 (hechos recalculados)</translation>
    </message>
    <message>
        <source>Verified as of %1: student progress equals the full recomputation for every student (%2).</source>
        <translation>Verificado a fecha del %1: el progreso de cada estudiante coincide con el recálculo completo (%2).</translation>
    </message>
    <message>
        <source>  %1  %2: stored %3, full recomputation %4</source>
        <translation>  %1  %2: almacenado %3, recálculo completo %4</translation>
    </message>
    <message>
        <source>  … and more: %1 values in all</source>
        <translation>  … y más: %1 valores en total</translation>
    </message>
    <message>
        <source>verify as of %1: students differing from the full recomputation: %2 (values per column: %3). Sessions that arrived or changed after their day was aggregated are counted once that day is aggregated again: run aggregate --from &lt;that day&gt; --to %1.</source>
        <translation>verificación a fecha del %1: estudiantes que difieren del recálculo completo: %2 (valores por columna: %3). Las sesiones que llegaron o cambiaron después de agregarse su día se cuentan cuando ese día se vuelve a agregar: ejecute aggregate --from &lt;ese día&gt; --to %1.</translation>
    </message>
    <message>
        <source>Transactions run side by side for the per-student work, each on its own connection and its share of the students (default %1; 1 runs each step as one transaction). Up to the server&apos;s CPU count is useful.</source>
        <translation>Transacciones en paralelo para el trabajo por estudiante, cada una con su propia conexión y su parte de los estudiantes (por defecto %1; 1 ejecuta cada paso como una sola transacción). Es útil hasta el número de CPU del servidor.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>--jobs expects a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--jobs espera un número de 1 a %1, no &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Aggregator</name>
    <message>
        <source>the SQL of step %1 is missing from this build (%2)</source>
        <translation>falta el SQL del paso %1 en esta compilación (%2)</translation>
    </message>
    <message>
        <source>could not read the aggregation settings: %1. Has `migrate` been run?</source>
        <translation>no se pudo leer la configuración de agregación: %1. ¿Se ha ejecutado `migrate`?</translation>
    </message>
    <message>
        <source>dashboard_aggregation_settings has no row for %1; restore it (the defaults are in resources/migrations/0014_aggregation.sql)</source>
        <translation>dashboard_aggregation_settings no tiene ninguna fila para %1; restáurela (los valores por omisión están en resources/migrations/0014_aggregation.sql)</translation>
    </message>
    <message>
        <source>dashboard_risk_factors has no row for %1; restore it (the defaults are in resources/migrations/0014_aggregation.sql)</source>
        <translation>dashboard_risk_factors no tiene ninguna fila para %1; restáurela (los valores por omisión están en resources/migrations/0014_aggregation.sql)</translation>
    </message>
    <message>
        <source>could not take the aggregation lock: %1</source>
        <translation>no se pudo obtener el bloqueo de agregación: %1</translation>
    </message>
    <message>
        <source>Another aggregate is running on this database; waiting for it to finish…</source>
        <translation>Otra ejecución de aggregate está en curso en esta base de datos; esperando a que termine…</translation>
    </message>
    <message numerus="yes">
        <source>gave up after waiting %n minute(s) for another aggregate run (the advisory lock is still held)</source>
        <translation>
            <numerusform>se dejó de esperar tras %n minuto a la otra ejecución de aggregate (el bloqueo consultivo sigue retenido)</numerusform>
            <numerusform>se dejó de esperar tras %n minutos a la otra ejecución de aggregate (el bloqueo consultivo sigue retenido)</numerusform>
        </translation>
    </message>
    <message>
        <source>could not read the statistics of %1: %2</source>
        <translation>no se pudieron leer las estadísticas de %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 del %2: %3</translation>
    </message>
    <message>
        <source>could not start a transaction: %1</source>
        <translation>no se pudo iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>could not commit %1 of %2: %3</source>
        <translation>no se pudo confirmar %1 del %2: %3</translation>
    </message>
    <message>
        <source>%1 (attempt %2 of %3 follows)</source>
        <translation>%1 (a continuación, intento %2 de %3)</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>fecha no válida</translation>
    </message>
    <message>
        <source>the first day (%1) is after the last (%2)</source>
        <translation>el primer día (%1) es posterior al último (%2)</translation>
    </message>
    <message>
        <source>at most %1 days at a time</source>
        <translation>como máximo %1 días a la vez</translation>
    </message>
    <message>
        <source>the database connection is not open</source>
        <translation>la conexión con la base de datos no está abierta</translation>
    </message>
    <message numerus="yes">
        <source>Aggregating %n day(s), %1 to %2 (UTC).</source>
        <translation>
            <numerusform>Agregando %n día, del %1 al %2 (UTC).</numerusform>
            <numerusform>Agregando %n días, del %1 al %2 (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not commit %1: %2</source>
        <translation>no se pudo confirmar %1: %2</translation>
    </message>
    <message>
        <source>could not read the state of the per-student facts: %1. Has `migrate` been run?</source>
        <translation>no se pudo leer el estado de los hechos por estudiante: %1. ¿Se ha ejecutado `migrate`?</translation>
    </message>
    <message>
        <source>pass_score or overall_window_sessions changed since the per-student facts were computed: recomputing the passes and overall scores of every student first (this takes as long as a first run).</source>
        <translation>pass_score u overall_window_sessions cambiaron desde que se calcularon los hechos por estudiante: primero se recalculan los módulos superados y las puntuaciones globales de todos los estudiantes (tarda tanto como una primera ejecución).</translation>
    </message>
    <message>
        <source>could not look for days without facts: %1</source>
        <translation>no se pudieron buscar los días sin hechos: %1</translation>
    </message>
    <message>
        <source>Days before %1 have sessions or snapshots but no per-student facts yet (first run on this database, or days never aggregated): computing them first, %2 to %3, one transaction per day.</source>
        <translation>Hay días anteriores al %1 con sesiones o instantáneas, pero aún sin hechos por estudiante (primera ejecución en esta base de datos o días nunca agregados): se calculan primero, del %2 al %3, con una transacción por día.</translation>
    </message>
    <message>
        <source>the full recomputation as of %1 failed: %2</source>
        <translation>falló el recálculo completo a fecha del %1: %2</translation>
    </message>
    <message>
        <source>could not compare with the full recomputation: %1</source>
        <translation>no se pudo comparar con el recálculo completo: %1</translation>
    </message>
    <message>
        <source>could not open connection %1 of %2: %3</source>
        <translation>no se pudo abrir la conexión %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 (partition %2 of %3; the others may have been committed, a new run completes them)</source>
        <translation>%1 (partición %2 de %3; las demás pueden haberse confirmado, una nueva ejecución las completa)</translation>
    </message>
    <message>
        <source>%1 (the steps beside it may have been committed, a new run completes them)</source>
        <translation>%1 (los pasos paralelos pueden haberse confirmado, una nueva ejecución los completa)</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Could not open the local copy</source>
        <translation>No se pudo abrir la copia local</translation>
    </message>
    <message>
        <source>Could not configure the local copy</source>
        <translation>No se pudo configurar la copia local</translation>
    </message>
    <message>
        <source>The local copy cannot use write-ahead logging (journal mode %1)</source>
        <translation>La copia local no puede usar el registro de escritura anticipada (modo de diario %1)</translation>
    </message>
    <message>
        <source>Could not check the local copy</source>
        <translation>No se pudo comprobar la copia local</translation>
    </message>
    <message>
        <source>schema version %1, this application knows %2</source>
        <translation>versión del esquema %1; esta aplicación conoce hasta la %2</translation>
    </message>
    <message>
        <source>Could not read the local copy</source>
        <translation>No se pudo leer la copia local</translation>
    </message>
    <message>
        <source>Could not write the local copy</source>
        <translation>No se pudo escribir en la copia local</translation>
    </message>
    <message>
        <source>The local copy %1 belongs to another sign-in</source>
        <translation>La copia local %1 pertenece a otro inicio de sesión</translation>
    </message>
    <message>
        <source>The rebuilt local copy is damaged too: %1</source>
        <translation>La copia local reconstruida también está dañada: %1</translation>
    </message>
    <message>
        <source>The local copy has not been prepared (schema version %1)</source>
        <translation>La copia local no se ha preparado (versión del esquema %1)</translation>
    </message>
    <message>
        <source>Could not move the damaged local copy %1 aside</source>
        <translation>No se pudo apartar la copia local dañada %1</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>The local copy could not be opened: %1</source>
        <translation>No se pudo abrir la copia local: %1</translation>
    </message>
    <message>
        <source>The local copy was made by a newer version of the application and has been rebuilt.</source>
        <translation>La copia local se creó con una versión más reciente de la aplicación y se ha reconstruido.</translation>
    </message>
    <message>
        <source>The local copy was damaged and has been rebuilt.</source>
        <translation>La copia local estaba dañada y se ha reconstruido.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) were recovered.</source>
        <translation>
            <numerusform>Se recuperó %n cambio sin enviar.</numerusform>
            <numerusform>Se recuperaron %n cambios sin enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read and are lost.</source>
        <translation>
            <numerusform>%n cambio sin enviar no se pudo leer y se perdió.</numerusform>
            <numerusform>%n cambios sin enviar no se pudieron leer y se perdieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The disk is full: the local copy keeps the data it had and is not updated (%1)</source>
        <translation>El disco está lleno: la copia local conserva los datos que tenía y no se actualiza (%1)</translation>
    </message>
    <message>
        <source>The local copy is damaged and will be rebuilt when the application starts again (%1)</source>
        <translation>La copia local está dañada y se reconstruirá la próxima vez que se inicie la aplicación (%1)</translation>
    </message>
    <message>
        <source>The local copy is in use by another program; try again (%1)</source>
        <translation>La copia local está en uso por otro programa; vuelva a intentarlo (%1)</translation>
    </message>
    <message>
        <source>Could not make the change durable</source>
        <translation>No se pudo hacer duradero el cambio</translation>
    </message>
    <message>
        <source>Could not start writing</source>
        <translation>No se pudo empezar a escribir</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>No se pudo guardar el cambio</translation>
    </message>
</context>
<context>
    <name>CachePaths</name>
    <message>
        <source>Could not restrict the access rights of %1</source>
        <translation>No se pudieron restringir los permisos de acceso de %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>No se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
</context>
<context>
    <name>CacheReader</name>
    <message>
        <source>Could not read the students from the local copy</source>
        <translation>No se pudieron leer los estudiantes de la copia local</translation>
    </message>
    <message>
        <source>Could not read the student from the local copy</source>
        <translation>No se pudo leer el estudiante de la copia local</translation>
    </message>
    <message>
        <source>Could not read the progress history from the local copy</source>
        <translation>No se pudo leer el historial de progreso de la copia local</translation>
    </message>
    <message>
        <source>Could not read the notes from the local copy</source>
        <translation>No se pudieron leer las notas de la copia local</translation>
    </message>
    <message>
        <source>Could not read the unsent notes</source>
        <translation>No se pudieron leer las notas sin enviar</translation>
    </message>
    <message>
        <source>Could not read the unsent read marks</source>
        <translation>No se pudieron leer las marcas de leído sin enviar</translation>
    </message>
    <message>
        <source>Could not read the notifications from the local copy</source>
        <translation>No se pudieron leer las notificaciones de la copia local</translation>
    </message>
    <message>
        <source>Could not read when the local copy was last updated</source>
        <translation>No se pudo leer cuándo se actualizó por última vez la copia local</translation>
    </message>
    <message>
        <source>%1 is not a table of the local copy</source>
        <translation>%1 no es una tabla de la copia local</translation>
    </message>
    <message>
        <source>Could not read the sync state of the local copy</source>
        <translation>No se pudo leer el estado de sincronización de la copia local</translation>
    </message>
    <message>
        <source>Could not read the local copy</source>
        <translation>No se pudo leer la copia local</translation>
    </message>
    <message>
        <source>Could not read the visible students from the local copy</source>
        <translation>No se pudieron leer los estudiantes visibles de la copia local</translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <source>Could not read the version of the local copy</source>
        <translation>No se pudo leer la versión de la copia local</translation>
    </message>
    <message>
        <source>The cache schema file %1 is missing</source>
        <translation>Falta el archivo de esquema %1 de la copia local</translation>
    </message>
    <message>
        <source>Could not upgrade the local copy (%1, line %2)</source>
        <translation>No se pudo actualizar la copia local (%1, línea %2)</translation>
    </message>
    <message>
        <source>Could not record the version of the local copy</source>
        <translation>No se pudo registrar la versión de la copia local</translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <source>%1 is not a table of the local copy</source>
        <translation>%1 no es una tabla de la copia local</translation>
    </message>
    <message>
        <source>The local copy has no table %1</source>
        <translation>La copia local no tiene la tabla %1</translation>
    </message>
    <message>
        <source>The table %1 is still being written; commit it before %2</source>
        <translation>La tabla %1 aún se está escribiendo; confírmela antes de %2</translation>
    </message>
    <message>
        <source>The table %1 is already being written</source>
        <translation>La tabla %1 ya se está escribiendo</translation>
    </message>
    <message>
        <source>The table %1 has no column %2</source>
        <translation>La tabla %1 no tiene la columna %2</translation>
    </message>
    <message>
        <source>The column %1 is given twice</source>
        <translation>La columna %1 se indica dos veces</translation>
    </message>
    <message>
        <source>The rows of %1 have no id</source>
        <translation>Las filas de %1 no tienen id</translation>
    </message>
    <message>
        <source>Row %1 of %2 has %3 values for %4 columns</source>
        <translation>La fila %1 de %2 tiene %3 valores para %4 columnas</translation>
    </message>
    <message>
        <source>Could not prepare writing %1</source>
        <translation>No se pudo preparar la escritura de %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Could not prepare deleting from %1</source>
        <translation>No se pudo preparar la eliminación en %1</translation>
    </message>
    <message>
        <source>Could not delete from %1</source>
        <translation>No se pudo eliminar de %1</translation>
    </message>
    <message>
        <source>Could not empty %1</source>
        <translation>No se pudo vaciar %1</translation>
    </message>
    <message>
        <source>The sync of %1 has no cursor or no server time</source>
        <translation>A la sincronización de %1 le falta el cursor o la hora del servidor</translation>
    </message>
    <message>
        <source>Could not record the sync of %1</source>
        <translation>No se pudo registrar la sincronización de %1</translation>
    </message>
    <message>
        <source>The table %1 is still being written</source>
        <translation>La tabla %1 aún se está escribiendo</translation>
    </message>
    <message>
        <source>Could not update the visible students</source>
        <translation>No se pudieron actualizar los estudiantes visibles</translation>
    </message>
    <message>
        <source>Could not remove the students no longer visible from %1</source>
        <translation>No se pudieron quitar de %1 los estudiantes que ya no están visibles</translation>
    </message>
    <message>
        <source>Could not write the local copy</source>
        <translation>No se pudo escribir en la copia local</translation>
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
    <name>CopyWriter</name>
    <message>
        <source>COPY into %1: no open PostgreSQL connection</source>
        <translation>COPY en %1: no hay ninguna conexión abierta con PostgreSQL</translation>
    </message>
    <message>
        <source>COPY into %1: another COPY is still open on this connection</source>
        <translation>COPY en %1: todavía hay otro COPY abierto en esta conexión</translation>
    </message>
    <message>
        <source>COPY into %1: no columns given</source>
        <translation>COPY en %1: no se indicaron columnas</translation>
    </message>
    <message>
        <source>COPY into %1 could not start: %2</source>
        <translation>COPY en %1 no pudo empezar: %2</translation>
    </message>
    <message>
        <source>COPY into %1: row %2 has %3 fields, expected %4</source>
        <translation>COPY en %1: la fila %2 tiene %3 campos; se esperaban %4</translation>
    </message>
    <message>
        <source>COPY into %1: no COPY in progress</source>
        <translation>COPY en %1: no hay ningún COPY en curso</translation>
    </message>
    <message>
        <source>COPY into %1: the last row was not ended</source>
        <translation>COPY en %1: la última fila no se terminó</translation>
    </message>
    <message>
        <source>COPY into %1 failed: %2</source>
        <translation>COPY en %1 falló: %2</translation>
    </message>
    <message>
        <source>COPY into %1 was cancelled: %2</source>
        <translation>COPY en %1 se canceló: %2</translation>
    </message>
</context>
<context>
    <name>DemoRepository</name>
    <message>
        <source>the student app&apos;s tables are missing (%1); this is not an Instructor Dashboard database, or it was migrated without --with-student-app-baseline</source>
        <translation>faltan las tablas de la aplicación de estudiantes (%1); esta no es una base de datos de Instructor Dashboard o se migró sin --with-student-app-baseline</translation>
    </message>
    <message numerus="yes">
        <source>the database schema is not migrated (%n pending migration(s): %1); run &apos;instructor-dashboard-admin migrate&apos; first</source>
        <translation>
            <numerusform>el esquema de la base de datos no está migrado (%n migración pendiente: %1); ejecute primero &apos;instructor-dashboard-admin migrate&apos;</numerusform>
            <numerusform>el esquema de la base de datos no está migrado (%n migraciones pendientes: %1); ejecute primero &apos;instructor-dashboard-admin migrate&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>the table departments is missing</source>
        <translation>falta la tabla departments</translation>
    </message>
    <message>
        <source>seed-demo must run as the role that owns the dashboard tables (the one that ran &apos;migrate&apos;): %1; connected as %2</source>
        <translation>seed-demo debe ejecutarse con el rol propietario de las tablas del panel (el que ejecutó &apos;migrate&apos;): %1; conectado como %2</translation>
    </message>
    <message>
        <source>no demo data is kept in table %1</source>
        <translation>la tabla %1 no contiene datos de demostración</translation>
    </message>
    <message>
        <source>deleting the previous demo data from %1 failed: %2</source>
        <translation>no se pudieron eliminar los datos de demostración anteriores de %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>checking the schema failed: %1</source>
        <translation>no se pudo comprobar el esquema: %1</translation>
    </message>
    <message>
        <source>checking the connected role failed: %1</source>
        <translation>no se pudo comprobar el rol conectado: %1</translation>
    </message>
    <message>
        <source>taking the seed-demo lock failed: %1</source>
        <translation>no se pudo obtener el bloqueo de seed-demo: %1</translation>
    </message>
    <message>
        <source>another seed-demo is running on this database; nothing was changed</source>
        <translation>otra ejecución de seed-demo está en curso en esta base de datos; no se cambió nada</translation>
    </message>
    <message>
        <source>counting the users failed: %1</source>
        <translation>no se pudieron contar los usuarios: %1</translation>
    </message>
    <message numerus="yes">
        <source>the database has %n non-demo user(s) (e-mail not ending in %1); seed-demo only writes to demo databases and changed nothing. --force adds the demo data anyway and keeps those users.</source>
        <translation>
            <numerusform>la base de datos tiene %n usuario que no es de demostración (correo que no termina en %1); seed-demo solo escribe en bases de datos de demostración y no cambió nada. --force añade igualmente los datos de demostración y conserva ese usuario.</numerusform>
            <numerusform>la base de datos tiene %n usuarios que no son de demostración (correo que no termina en %1); seed-demo solo escribe en bases de datos de demostración y no cambió nada. --force añade igualmente los datos de demostración y conserva esos usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the departments failed: %1</source>
        <translation>no se pudieron comprobar los departamentos: %1</translation>
    </message>
    <message>
        <source>departments that are not demo data already use the demo departments&apos; codes or names: %1; choose other codes with --departments. Nothing was changed.</source>
        <translation>hay departamentos que no son de demostración que ya usan los códigos o nombres de los departamentos de demostración: %1; elija otros códigos con --departments. No se cambió nada.</translation>
    </message>
    <message>
        <source>checking the logins failed: %1</source>
        <translation>no se pudieron comprobar los usuarios: %1</translation>
    </message>
    <message>
        <source>(%1 were loaded before it; run seed-demo again to replace them)</source>
        <translation>(antes se cargaron %1; vuelva a ejecutar seed-demo para reemplazarlos)</translation>
    </message>
    <message>
        <source>COPY into %1 stored %2 rows of %3</source>
        <translation>COPY en %1 guardó %2 filas de %3</translation>
    </message>
    <message>
        <source>refreshing the statistics failed: %1</source>
        <translation>no se pudieron actualizar las estadísticas: %1</translation>
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
        <source>cannot take the screenshot: %1</source>
        <translation>no se puede tomar la captura: %1</translation>
    </message>
    <message>
        <source>cannot take the screenshot: this login has no dashboard access role</source>
        <translation>no se puede tomar la captura: este inicio de sesión no tiene un rol de acceso al panel</translation>
    </message>
    <message>
        <source>the students could not be loaded: %1</source>
        <translation>no se pudieron cargar los estudiantes: %1</translation>
    </message>
    <message>
        <source>cannot show a student: the list is empty</source>
        <translation>no se puede mostrar un estudiante: la lista está vacía</translation>
    </message>
    <message>
        <source>student %1 is not in the list of this login</source>
        <translation>el estudiante %1 no está en la lista de este inicio de sesión</translation>
    </message>
    <message>
        <source>the student could not be loaded: %1</source>
        <translation>no se pudo cargar el estudiante: %1</translation>
    </message>
    <message>
        <source>timed out waiting for the page to load</source>
        <translation>se agotó el tiempo de espera de la carga de la página</translation>
    </message>
    <message>
        <source>Render the window (or the sign-in dialog, when it is shown) to a PNG file once the page has loaded, then exit.</source>
        <translation>Guarda la ventana (o el diálogo de inicio de sesión, si se muestra) en un archivo PNG cuando la página haya cargado, y termina.</translation>
    </message>
    <message>
        <source>The page to show: students, student-detail, assignments, inbox, analytics or reports.</source>
        <translation>La página que se muestra: students, student-detail, assignments, inbox, analytics o reports.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>With --page student-detail: the student&apos;s id (default: the first of the list, the highest risk).</source>
        <translation>Con --page student-detail: el id del estudiante (por omisión: el primero de la lista, el de mayor riesgo).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Colours for this session: light, dark or system.</source>
        <translation>Colores para esta sesión: light, dark o system.</translation>
    </message>
    <message>
        <source>palette</source>
        <translation>paleta</translation>
    </message>
    <message>
        <source>Language for this session: en or es.</source>
        <translation>Idioma para esta sesión: en o es.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>invalid --palette &apos;%1&apos;: use light, dark or system</source>
        <translation>--palette &apos;%1&apos; no es válido: use light, dark o system</translation>
    </message>
    <message>
        <source>invalid --lang &apos;%1&apos;: use en or es</source>
        <translation>--lang &apos;%1&apos; no es válido: use en o es</translation>
    </message>
    <message>
        <source>invalid --page &apos;%1&apos;: use students, student-detail, assignments, inbox, analytics or reports</source>
        <translation>--page &apos;%1&apos; no es válido: use students, student-detail, assignments, inbox, analytics o reports</translation>
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
    <name>Outbox</name>
    <message>
        <source>Unknown kind of change: %1</source>
        <translation>Tipo de cambio desconocido: %1</translation>
    </message>
    <message>
        <source>Could not keep the change for sending</source>
        <translation>No se pudo guardar el cambio para enviarlo</translation>
    </message>
    <message>
        <source>Could not read the unsent changes</source>
        <translation>No se pudieron leer los cambios sin enviar</translation>
    </message>
    <message>
        <source>The change %1 is not waiting to be sent</source>
        <translation>El cambio %1 no está pendiente de envío</translation>
    </message>
    <message>
        <source>Could not count the unsent changes</source>
        <translation>No se pudieron contar los cambios sin enviar</translation>
    </message>
    <message>
        <source>Could not record that the change was sent</source>
        <translation>No se pudo registrar que el cambio se envió</translation>
    </message>
    <message>
        <source>Could not record that the change was refused</source>
        <translation>No se pudo registrar que el cambio fue rechazado</translation>
    </message>
    <message>
        <source>Could not keep the edited change</source>
        <translation>No se pudo guardar el cambio editado</translation>
    </message>
    <message>
        <source>The change was sent already and can no longer be edited</source>
        <translation>El cambio ya se envió y no se puede editar</translation>
    </message>
    <message>
        <source>Could not discard the change</source>
        <translation>No se pudo descartar el cambio</translation>
    </message>
    <message>
        <source>The change was sent already and can no longer be discarded</source>
        <translation>El cambio ya se envió y no se puede descartar</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Delete rows past their retention period (audit and system logs, snapshots, analytics, messages).</source>
        <translation>Eliminar las filas que superan su período de retención (registros de auditoría y del sistema, instantáneas, análisis, mensajes).</translation>
    </message>
    <message>
        <source>Deletes the rows that are older than their table&apos;s retention period in dashboard_retention_policies (audit_logs 7 years, progress_snapshots 2 years, system_logs 90 days, analytics_daily and module_analytics 3 years, messages 1 year, unless changed), in batches, each in a short transaction of its own, and reports what it removed per table.
It runs only as the role dashboard_retention (SET ROLE): connect with a login that is a member of it, not as the migration owner or a superuser. The database&apos;s own retention policies then bound what it can delete. Create such a login once, as the migration owner:
  CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention;  then in psql: \password purge_job
With --set it changes retention periods instead (as an administrator&apos;s login or the migration owner; the change is audited) and deletes nothing.</source>
        <translation>Elimina las filas más antiguas que el período de retención de su tabla en dashboard_retention_policies (audit_logs 7 años, progress_snapshots 2 años, system_logs 90 días, analytics_daily y module_analytics 3 años, messages 1 año, salvo que se hayan cambiado), por lotes, cada uno en una transacción breve propia, e informa de lo que eliminó en cada tabla.
Solo se ejecuta con el rol dashboard_retention (SET ROLE): conéctese con un usuario que sea miembro de él, no como propietario de las migraciones ni como superusuario. Así, las propias políticas de retención de la base de datos limitan lo que puede eliminar. Cree ese usuario una sola vez, como propietario de las migraciones:
  CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention;  después, en psql: \password purge_job
Con --set, en cambio, modifica los períodos de retención (con el usuario de un administrador o como propietario de las migraciones; el cambio queda auditado) y no elimina nada.</translation>
    </message>
    <message>
        <source>Count the rows that would be deleted and delete nothing. With --set: check and show the change, change nothing.</source>
        <translation>Contar las filas que se eliminarían, sin eliminar nada. Con --set: comprobar y mostrar el cambio, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Delete at most N rows per statement and transaction (default %1, at most %2).</source>
        <translation>Eliminar como máximo N filas por sentencia y transacción (por omisión, %1; como máximo, %2).</translation>
    </message>
    <message>
        <source>Keep the rows of TABLE for INTERVAL from now on, e.g. --set messages=&quot;18 months&quot; (any positive PostgreSQL interval). Repeatable. Tables: %1.</source>
        <translation>Conservar a partir de ahora las filas de TABLE durante INTERVAL, p. ej. --set messages=&quot;18 months&quot; (cualquier intervalo positivo de PostgreSQL). Se puede repetir. Tablas: %1.</translation>
    </message>
    <message>
        <source>--set and --batch-size cannot be combined: --set changes retention periods and deletes nothing</source>
        <translation>--set y --batch-size no se pueden combinar: --set cambia los períodos de retención y no elimina nada</translation>
    </message>
    <message>
        <source>invalid --set &apos;%1&apos;: use TABLE=INTERVAL, e.g. --set messages=&quot;18 months&quot;</source>
        <translation>valor de --set &apos;%1&apos; no válido: use TABLE=INTERVAL, p. ej. --set messages=&quot;18 months&quot;</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; for --set: use one of %2</source>
        <translation>tabla desconocida &apos;%1&apos; para --set: use una de estas: %2</translation>
    </message>
    <message>
        <source>--set names %1 twice</source>
        <translation>--set indica %1 dos veces</translation>
    </message>
    <message>
        <source>%1: kept for %2 (unchanged)</source>
        <translation>%1: se conserva durante %2 (sin cambios)</translation>
    </message>
    <message>
        <source>%1: kept for %2 → %3</source>
        <translation>%1: se conserva durante %2 → %3</translation>
    </message>
    <message>
        <source>%1 is kept for less time than before: the next purge deletes its rows older than %2</source>
        <translation>%1 se conserva menos tiempo que antes: la próxima ejecución de purge eliminará sus filas anteriores a %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Ejecución de prueba: no se cambió nada.</translation>
    </message>
    <message>
        <source>Retention periods saved (the change is audited).</source>
        <translation>Períodos de retención guardados (el cambio queda auditado).</translation>
    </message>
    <message>
        <source>invalid --batch-size &apos;%1&apos;: use a whole number from 1 to %2</source>
        <translation>valor de --batch-size &apos;%1&apos; no válido: use un número entero de 1 a %2</translation>
    </message>
    <message>
        <source>Dry run as login %1 (role dashboard_retention): counting rows past their retention period; nothing is deleted.</source>
        <translation>Ejecución de prueba con el usuario %1 (rol dashboard_retention): se cuentan las filas que superan su período de retención; no se elimina nada.</translation>
    </message>
    <message>
        <source>Purging rows past their retention period as login %1 (role dashboard_retention), at most %2 rows per batch.</source>
        <translation>Eliminando las filas que superan su período de retención con el usuario %1 (rol dashboard_retention), como máximo %2 filas por lote.</translation>
    </message>
    <message>
        <source>dashboard_retention_policies has a period for %1, which purge does not know; it is ignored</source>
        <translation>dashboard_retention_policies tiene un período para %1, que purge no conoce; se ignora</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLA</translation>
    </message>
    <message>
        <source>KEPT FOR</source>
        <translation>SE CONSERVA</translation>
    </message>
    <message>
        <source>CUT-OFF (UTC)</source>
        <translation>LÍMITE (UTC)</translation>
    </message>
    <message>
        <source>WOULD DELETE</source>
        <translation>SE ELIMINARÍAN</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>ELIMINADAS</translation>
    </message>
    <message>
        <source>BATCHES</source>
        <translation>LOTES</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>sin política</translation>
    </message>
    <message>
        <source> (stopped here)</source>
        <translation> (se detuvo aquí)</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>%1. Nothing was deleted.</source>
        <translation>%1. No se eliminó nada.</translation>
    </message>
    <message>
        <source>%1. The batches committed before it stay deleted (DELETED above).</source>
        <translation>%1. Los lotes confirmados antes siguen eliminados (ELIMINADAS, arriba).</translation>
    </message>
    <message>
        <source>Dry run: nothing was deleted.</source>
        <translation>Ejecución de prueba: no se eliminó nada.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminado.</translation>
    </message>
</context>
<context>
    <name>Purger</name>
    <message>
        <source>Create a login for the purge job once, as the migration owner (or another role with CREATEROLE), in psql:
    CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention;
    \password purge_job
then run purge as that login, e.g. --db &quot;postgresql://purge_job@HOST/DATABASE&quot; with the password in ~/.pgpass or PGPASSWORD.</source>
        <translation>Cree una sola vez un usuario para la tarea de purge, como propietario de las migraciones (u otro rol con CREATEROLE), en psql:
    CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention;
    \password purge_job
y después ejecute purge con ese usuario, p. ej. --db &quot;postgresql://purge_job@HOST/DATABASE&quot; con la contraseña en ~/.pgpass o PGPASSWORD.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>no se pudo %1: %2</translation>
    </message>
    <message>
        <source>checking the login&apos;s membership in dashboard_retention</source>
        <translation>comprobar la pertenencia del usuario a dashboard_retention</translation>
    </message>
    <message>
        <source>the database is not migrated (the role dashboard_retention, the table dashboard_retention_policies or the function dashboard_retention_cutoff is missing): run &apos;migrate&apos; first. Nothing was deleted.</source>
        <translation>la base de datos no está migrada (falta el rol dashboard_retention, la tabla dashboard_retention_policies o la función dashboard_retention_cutoff): ejecute primero &apos;migrate&apos;. No se eliminó nada.</translation>
    </message>
    <message>
        <source>login &quot;%1&quot; owns the dashboard tables and is not a member of dashboard_retention</source>
        <translation>el usuario &quot;%1&quot; es propietario de las tablas del panel y no es miembro de dashboard_retention</translation>
    </message>
    <message>
        <source>login &quot;%1&quot; is a superuser but not a member of dashboard_retention</source>
        <translation>el usuario &quot;%1&quot; es superusuario, pero no es miembro de dashboard_retention</translation>
    </message>
    <message>
        <source>login &quot;%1&quot; is not a member of dashboard_retention</source>
        <translation>el usuario &quot;%1&quot; no es miembro de dashboard_retention</translation>
    </message>
    <message>
        <source>%1. purge runs only as the retention role, so that the database&apos;s retention policies bound what it can delete; the migration owner and superusers are not used for it. Nothing was deleted.
%2</source>
        <translation>%1. purge solo se ejecuta con el rol de retención, para que las políticas de retención de la base de datos limiten lo que puede eliminar; no se usan para ello el propietario de las migraciones ni los superusuarios. No se eliminó nada.
%2</translation>
    </message>
    <message>
        <source>SET ROLE dashboard_retention</source>
        <translation>ejecutar SET ROLE dashboard_retention</translation>
    </message>
    <message>
        <source>checking the current role</source>
        <translation>comprobar el rol actual</translation>
    </message>
    <message>
        <source>SET ROLE dashboard_retention did not take effect (current role: %1). Nothing was deleted.</source>
        <translation>SET ROLE dashboard_retention no tuvo efecto (rol actual: %1). No se eliminó nada.</translation>
    </message>
    <message>
        <source>reading the retention policy of %1</source>
        <translation>leer la política de retención de %1</translation>
    </message>
    <message>
        <source>counting the expired rows of %1</source>
        <translation>contar las filas caducadas de %1</translation>
    </message>
    <message>
        <source>starting a transaction failed: %1</source>
        <translation>no se pudo iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>deleting expired rows of %1</source>
        <translation>eliminar las filas caducadas de %1</translation>
    </message>
    <message>
        <source>committing a batch of %1 failed: %2</source>
        <translation>no se pudo confirmar un lote de %1: %2</translation>
    </message>
    <message>
        <source>purge must run as dashboard_retention (enterRetentionRole() first)</source>
        <translation>purge debe ejecutarse como dashboard_retention (primero enterRetentionRole())</translation>
    </message>
    <message>
        <source>the batch size must be between 1 and %1</source>
        <translation>el tamaño de lote debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>reading the login name</source>
        <translation>leer el nombre de usuario</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; for --set: use one of %2</source>
        <translation>tabla desconocida &apos;%1&apos; para --set: use una de estas: %2</translation>
    </message>
    <message>
        <source>invalid retention period &apos;%1&apos; for %2: %3</source>
        <translation>período de retención &apos;%1&apos; no válido para %2: %3</translation>
    </message>
    <message>
        <source>invalid retention period &apos;%1&apos; for %2: it must be longer than zero</source>
        <translation>período de retención &apos;%1&apos; no válido para %2: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>reading the retention period of %1</source>
        <translation>leer el período de retención de %1</translation>
    </message>
    <message>
        <source>login &quot;%1&quot; may not change retention periods: only an administrator&apos;s login or the migration owner may (the change is audited). Nothing was changed.</source>
        <translation>el usuario &quot;%1&quot; no puede cambiar los períodos de retención: solo pueden hacerlo el usuario de un administrador o el propietario de las migraciones (el cambio queda auditado). No se cambió nada.</translation>
    </message>
    <message>
        <source>no retention policy of %1 can be changed by this login: the row is missing, or the login is not an administrator&apos;s. Nothing was changed.</source>
        <translation>este usuario no puede cambiar ninguna política de retención de %1: falta la fila o el usuario no es de un administrador. No se cambió nada.</translation>
    </message>
    <message>
        <source>changing the retention period of %1</source>
        <translation>cambiar el período de retención de %1</translation>
    </message>
    <message>
        <source>the retention period of %1 could not be changed by this login. Nothing was changed.</source>
        <translation>este usuario no pudo cambiar el período de retención de %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>committing the change failed: %1. Nothing was changed.</source>
        <translation>no se pudo confirmar el cambio: %1. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RiskFactor</name>
    <message>
        <source>Has never practised</source>
        <translation>Nunca ha practicado</translation>
    </message>
    <message numerus="yes">
        <source>No practice for %n days</source>
        <translation>
            <numerusform>Sin práctica desde hace %n día</numerusform>
            <numerusform>Sin práctica desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy dropped by %1 points this week</source>
        <translation>La precisión bajó %1 puntos esta semana</translation>
    </message>
    <message>
        <source>Practised on only %1 % of recent days</source>
        <translation>Practicó solo el %1 % de los días recientes</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue assignment(s)</source>
        <translation>
            <numerusform>%n tarea vencida</numerusform>
            <numerusform>%n tareas vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed the same module %n times in two weeks</source>
        <translation>
            <numerusform>Suspendió el mismo módulo %n vez en dos semanas</numerusform>
            <numerusform>Suspendió el mismo módulo %n veces en dos semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points below target, due soon</source>
        <translation>%1 puntos por debajo del objetivo, con vencimiento próximo</translation>
    </message>
    <message>
        <source>Overall score only %1</source>
        <translation>Puntuación global de solo %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>unknown risk factor: name (value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: +%2</source>
        <comment>risk factor: reason, weight</comment>
        <translation>%1: +%2</translation>
    </message>
</context>
<context>
    <name>SeedDemoCommand</name>
    <message numerus="yes">
        <source>removed %n earlier demo row(s)</source>
        <translation>
            <numerusform>se eliminó %n fila de demostración anterior</numerusform>
            <numerusform>se eliminaron %n filas de demostración anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>removing earlier demo data: %1 (%2/%3)</source>
        <translation>eliminando los datos de demostración anteriores: %1 (%2/%3)</translation>
    </message>
    <message numerus="yes">
        <source>removed %n earlier demo row(s) from %1</source>
        <translation>
            <numerusform>se eliminó %n fila de demostración anterior de %1</numerusform>
            <numerusform>se eliminaron %n filas de demostración anteriores de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>loading %1 (%2/%3) [%4] %5 %  %6/%7 rows  %8 rows/s</source>
        <translation>cargando %1 (%2/%3) [%4] %5 %  %6/%7 filas  %8 filas/s</translation>
    </message>
    <message>
        <source>loaded %1: %2 rows in %3 s (%4 rows/s)</source>
        <translation>cargada %1: %2 filas en %3 s (%4 filas/s)</translation>
    </message>
    <message>
        <source>loading %1: %2 % (%3/%4 rows, %5 rows/s)</source>
        <translation>cargando %1: %2 % (%3/%4 filas, %5 filas/s)</translation>
    </message>
    <message>
        <source>refreshing the planner statistics (ANALYZE)</source>
        <translation>actualizando las estadísticas del planificador (ANALYZE)</translation>
    </message>
    <message>
        <source>refreshed the planner statistics (ANALYZE) in %1 s</source>
        <translation>estadísticas del planificador actualizadas (ANALYZE) en %1 s</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &apos;%2&apos;</source>
        <translation>--%1 espera un número entero, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Fill a demo database with realistic, deterministic demo data (refuses real data).</source>
        <translation>Llenar una base de datos de demostración con datos de demostración realistas y deterministas (rechaza datos reales).</translation>
    </message>
    <message>
        <source>Number of instructors (default 12).</source>
        <translation>Número de instructores (por omisión, 12).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Students of each instructor (default 80).</source>
        <translation>Estudiantes de cada instructor (por omisión, 80).</translation>
    </message>
    <message>
        <source>Days of practice history, ending on --end-date (default 120).</source>
        <translation>Días de historial de práctica, hasta --end-date (por omisión, 120).</translation>
    </message>
    <message>
        <source>Random seed; the same seed and end date give identical data (default 1).</source>
        <translation>Semilla aleatoria; la misma semilla y la misma fecha final dan datos idénticos (por omisión, 1).</translation>
    </message>
    <message>
        <source>Last day of the history, YYYY-MM-DD (default: today, UTC).</source>
        <translation>Último día del historial, AAAA-MM-DD (por omisión: hoy, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Departments and their sub-units, CODE:SUB,SUB;CODE:SUB,... (default &quot;%1&quot;).</source>
        <translation>Departamentos y sus subunidades, CODE:SUB,SUB;CODE:SUB,... (por omisión, &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>especificación</translation>
    </message>
    <message>
        <source>Add the demo data even though the database has non-demo users (they are kept). Earlier demo data is always replaced.</source>
        <translation>Añadir los datos de demostración aunque la base de datos tenga usuarios que no son de demostración (se conservan). Los datos de demostración anteriores siempre se reemplazan.</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>--seed espera un número entero de 0 a 18446744073709551615, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--end-date expects a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--end-date espera una fecha con el formato AAAA-MM-DD, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--departments: %1</source>
        <translation>--departments: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n demo login role(s) lost their user when the earlier demo data was removed: %1. Drop them (DROP ROLE) or they block granting these e-mails again.</source>
        <translation>
            <numerusform>%n rol de usuario de demostración se quedó sin su persona al eliminar los datos de demostración anteriores: %1. Elimínelo (DROP ROLE) o impedirá volver a conceder acceso a este correo.</numerusform>
            <numerusform>%n roles de usuario de demostración se quedaron sin su persona al eliminar los datos de demostración anteriores: %1. Elimínelos (DROP ROLE) o impedirán volver a conceder acceso a estos correos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data: %1 instructors x %2 students, %3 days from %4 to %5, seed %6.</source>
        <translation>Datos de demostración: %1 instructores x %2 estudiantes, %3 días del %4 al %5, semilla %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n non-demo user(s) kept (--force).</source>
        <translation>
            <numerusform>Se conservó %n usuario que no es de demostración (--force).</numerusform>
            <numerusform>Se conservaron %n usuarios que no son de demostración (--force).</numerusform>
        </translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>filas/s</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Earlier demo data removed: %1 rows in %2 s. Statistics refreshed in %3 s. Total %4 s.</source>
        <translation>Datos de demostración anteriores eliminados: %1 filas en %2 s. Estadísticas actualizadas en %3 s. Total: %4 s.</translation>
    </message>
</context>
<context>
    <name>SeedOptions</name>
    <message>
        <source>invalid department code &apos;%1&apos; (letters, digits and _ only)</source>
        <translation>código de departamento &apos;%1&apos; no válido (solo letras, dígitos y _)</translation>
    </message>
    <message>
        <source>department code &apos;%1&apos; appears twice</source>
        <translation>el código de departamento &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>invalid sub-unit code &apos;%1&apos; in department %2 (letters, digits and _ only)</source>
        <translation>código de subunidad &apos;%1&apos; no válido en el departamento %2 (solo letras, dígitos y _)</translation>
    </message>
    <message>
        <source>sub-unit &apos;%1&apos; appears twice in department %2</source>
        <translation>la subunidad &apos;%1&apos; aparece dos veces en el departamento %2</translation>
    </message>
    <message>
        <source>no departments given (expected e.g. &quot;%1&quot;)</source>
        <translation>no se indicaron departamentos (se esperaba, p. ej., &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--instructors must be between 1 and 100000</source>
        <translation>--instructors debe estar entre 1 y 100000</translation>
    </message>
    <message>
        <source>--students-per-instructor must be between 0 and 100000</source>
        <translation>--students-per-instructor debe estar entre 0 y 100000</translation>
    </message>
    <message>
        <source>at most 10 000 000 students (instructors x students per instructor)</source>
        <translation>como máximo 10 000 000 estudiantes (instructores x estudiantes por instructor)</translation>
    </message>
    <message>
        <source>--days must be between 1 and 3650</source>
        <translation>--days debe estar entre 1 y 3650</translation>
    </message>
    <message>
        <source>no departments given</source>
        <translation>no se indicaron departamentos</translation>
    </message>
</context>
<context>
    <name>ServerChanges</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>Falló %1: %2</translation>
    </message>
    <message>
        <source>no sync is in progress (begin() first, or it ended after an error)</source>
        <translation>no hay ninguna sincronización en curso (llame primero a begin(), o terminó tras un error)</translation>
    </message>
    <message>
        <source>Starting the sync failed: %1</source>
        <translation>No se pudo iniciar la sincronización: %1</translation>
    </message>
    <message>
        <source>Starting the sync</source>
        <translation>el inicio de la sincronización</translation>
    </message>
    <message>
        <source>Reading the change cursor</source>
        <translation>la lectura del cursor de cambios</translation>
    </message>
    <message>
        <source>Reading the visible students</source>
        <translation>la lectura de los estudiantes visibles</translation>
    </message>
    <message>
        <source>%1 is not a synced table</source>
        <translation>%1 no es una tabla sincronizada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sync cursor</source>
        <translation>&apos;%1&apos; no es un cursor de sincronización</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>la lectura de %1</translation>
    </message>
    <message>
        <source>%1: stopped by the receiver</source>
        <translation>El receptor detuvo %1</translation>
    </message>
    <message>
        <source>Reading deleted rows</source>
        <translation>la lectura de las filas eliminadas</translation>
    </message>
    <message>
        <source>Reading how far deletions are kept</source>
        <translation>la lectura de hasta cuándo se conservan las eliminaciones</translation>
    </message>
    <message>
        <source>Ending the sync failed: %1</source>
        <translation>No se pudo finalizar la sincronización: %1</translation>
    </message>
</context>
<context>
    <name>ServerWriter</name>
    <message>
        <source>%1: the server could not be reached or asked to try again later (%2)</source>
        <translation>%1: no se pudo acceder al servidor o este pidió volver a intentarlo más tarde (%2)</translation>
    </message>
    <message>
        <source>%1: the server refused it: %2</source>
        <translation>%1: el servidor rechazó el cambio: %2</translation>
    </message>
    <message>
        <source>The server could not be reached (%1)</source>
        <translation>No se pudo acceder al servidor (%1)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>%1: the server could not confirm it (%2)</source>
        <translation>%1: el servidor no pudo confirmar el cambio (%2)</translation>
    </message>
    <message>
        <source>Unknown kind of change &apos;%1&apos;: this version of the application cannot send it</source>
        <translation>Tipo de cambio desconocido &apos;%1&apos;: esta versión de la aplicación no puede enviarlo</translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <source>%1: the change is incomplete (it needs an id, a student, a text and optionally a flag)</source>
        <translation>%1: el cambio está incompleto (necesita un id, un estudiante, un texto y, opcionalmente, una marca)</translation>
    </message>
    <message>
        <source>%1: a note with this id was written by someone else, and only its author can change it</source>
        <translation>%1: otra persona escribió una nota con este id, y solo su autor puede cambiarla</translation>
    </message>
    <message>
        <source>Deleting the note</source>
        <translation>Eliminar la nota</translation>
    </message>
    <message>
        <source>%1: the change names no note</source>
        <translation>%1: el cambio no indica ninguna nota</translation>
    </message>
    <message>
        <source>%1: the note does not exist, or its student is no longer visible to you</source>
        <translation>%1: la nota no existe o su estudiante ya no está visible para usted</translation>
    </message>
    <message>
        <source>%1: the note was written by someone else, and only its author can delete it</source>
        <translation>%1: otra persona escribió la nota, y solo su autor puede eliminarla</translation>
    </message>
    <message>
        <source>%1: you can no longer change notes on this student</source>
        <translation>%1: ya no puede cambiar notas sobre este estudiante</translation>
    </message>
    <message>
        <source>Marking the notification read</source>
        <translation>Marcar la notificación como leída</translation>
    </message>
    <message>
        <source>%1: the change names no notification</source>
        <translation>%1: el cambio no indica ninguna notificación</translation>
    </message>
    <message>
        <source>%1: the notification does not exist or is not yours</source>
        <translation>%1: la notificación no existe o no es suya</translation>
    </message>
</context>
<context>
    <name>StudentRepository</name>
    <message>
        <source>Could not read the students: %1</source>
        <translation>No se pudieron leer los estudiantes: %1</translation>
    </message>
    <message>
        <source>Could not count the unread notifications: %1</source>
        <translation>No se pudieron contar las notificaciones sin leer: %1</translation>
    </message>
    <message>
        <source>Could not read the student&apos;s %1: %2</source>
        <translation>No se pudo leer %1 del estudiante: %2</translation>
    </message>
    <message>
        <source>Could not start reading the student: %1</source>
        <translation>No se pudo empezar a leer el estudiante: %1</translation>
    </message>
    <message>
        <source>This student is not visible to you</source>
        <translation>Este estudiante no está visible para usted</translation>
    </message>
    <message>
        <source>Could not open the student: %1</source>
        <translation>No se pudo abrir el estudiante: %1</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <source>progress history</source>
        <translation>el historial de progreso</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>las sesiones</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>las tareas</translation>
    </message>
    <message>
        <source>missed items</source>
        <translation>los elementos fallados</translation>
    </message>
    <message>
        <source>Could not finish reading the student: %1</source>
        <translation>No se pudo terminar de leer el estudiante: %1</translation>
    </message>
</context>
<context>
    <name>Synchronizer</name>
    <message>
        <source>Could not read the server&apos;s clock: %1</source>
        <translation>No se pudo leer el reloj del servidor: %1</translation>
    </message>
    <message>
        <source>Could not read %1 from the server: %2</source>
        <translation>No se pudo leer %1 del servidor: %2</translation>
    </message>
</context>
<context>
    <name>dashboard::notes::NotesModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation>No aceptada por el servidor: %1</translation>
    </message>
</context>
<context>
    <name>dashboard::students::StudentsModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <comment>target score (progress to it)</comment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>Instructor: %1</source>
        <translation>Instructor: %1</translation>
    </message>
    <message>
        <source>No risk factors</source>
        <translation>Sin factores de riesgo</translation>
    </message>
    <message>
        <source>Has never practised</source>
        <translation>Nunca ha practicado</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>assignments</comment>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Target score %1 by %2</source>
        <translation>Puntuación objetivo %1 para el %2</translation>
    </message>
    <message>
        <source>Target score %1</source>
        <translation>Puntuación objetivo %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Factores de riesgo</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Phonetic</source>
        <translation>Fonético</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>The student&apos;s name; the tooltip shows e-mail, department and instructor</source>
        <translation>El nombre del estudiante; la información sobre herramientas muestra el correo, el departamento y el instructor</translation>
    </message>
    <message>
        <source>Risk score from 0 to 100: green below 25, amber below 50, red from 50</source>
        <translation>Puntuación de riesgo de 0 a 100: verde por debajo de 25, ámbar por debajo de 50, rojo a partir de 50</translation>
    </message>
    <message>
        <source>Why the student is at risk, most important first</source>
        <translation>Por qué el estudiante está en riesgo, lo más importante primero</translation>
    </message>
    <message>
        <source>Average score of the most recent sessions</source>
        <translation>Puntuación media de las sesiones más recientes</translation>
    </message>
    <message>
        <source>Share of the 10-code modules passed</source>
        <translation>Proporción de módulos de códigos 10 superados</translation>
    </message>
    <message>
        <source>Share of the phonetic alphabet modules passed</source>
        <translation>Proporción de módulos del alfabeto fonético superados</translation>
    </message>
    <message>
        <source>Share of the radio protocol modules passed</source>
        <translation>Proporción de módulos de protocolo de radio superados</translation>
    </message>
    <message>
        <source>When the student last practised</source>
        <translation>Cuándo practicó el estudiante por última vez</translation>
    </message>
    <message>
        <source>Consecutive days with practice</source>
        <translation>Días consecutivos con práctica</translation>
    </message>
    <message>
        <source>Assignments not yet submitted, overdue ones included</source>
        <translation>Tareas aún no entregadas, incluidas las vencidas</translation>
    </message>
    <message>
        <source>Target score and how far the overall score has come towards it</source>
        <translation>Puntuación objetivo y cuánto se ha acercado a ella la puntuación global</translation>
    </message>
</context>
<context>
    <name>dashboard::sync::SyncEngine</name>
    <message>
        <source>The disk is full: the local copy could not be brought up to date. The dashboard keeps showing what it has; free some space and sync again.</source>
        <translation>El disco está lleno: no se pudo actualizar la copia local. El panel sigue mostrando lo que tiene; libere espacio y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>There is no local copy to keep the change in, and it could not be sent.</source>
        <translation>No hay ninguna copia local donde guardar el cambio, y no se pudo enviar.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>There is no local copy to keep the note in.</source>
        <translation>No hay ninguna copia local donde guardar la nota.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
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
    <name>dashboard::ui::CategoryProgressChart</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Phonetic</source>
        <translation>Fonético</translation>
    </message>
    <message>
        <source>10-codes</source>
        <translation>Códigos 10</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::ConnectionStatusWidget</name>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Online — %1</source>
        <translation>En línea — %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Sin conexión — %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>Sin conexión — datos de %1</translation>
    </message>
    <message>
        <source>%1
Showing the local copy. Click to try again.</source>
        <translation>%1
Mostrando la copia local. Haga clic para volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1
Click to try again.</source>
        <translation>%1
Haga clic para volver a intentarlo.</translation>
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
        <source>Instructor Dashboard</source>
        <translation>Instructor Dashboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <source>This login has no dashboard access.</source>
        <translation>Este inicio de sesión no tiene acceso al panel.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2
%3</source>
        <translation>PostgreSQL %1 en %2
%3</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>aún no conectado</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>Search students by name or e-mail (%1)</source>
        <translation>Buscar estudiantes por nombre o correo (%1)</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Buscar estudiantes</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find Student</source>
        <translation>&amp;Buscar estudiante</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); they are kept in the student&apos;s notes to edit or discard.</source>
        <translation>
            <numerusform>El servidor rechazó %n cambio; se conserva en las notas del estudiante para que pueda editarlo o descartarlo.</numerusform>
            <numerusform>El servidor rechazó %n cambios; se conservan en las notas del estudiante para que pueda editarlos o descartarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Copia local</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Remove the local copy of your students from this computer?</source>
        <translation>¿Eliminar de este equipo la copia local de sus estudiantes?</translation>
    </message>
    <message>
        <source>Keep it to work offline the next time you sign in here. Changes not yet sent to the server are kept in it and would be lost with it.</source>
        <translation>Manténgala para trabajar sin conexión la próxima vez que inicie sesión aquí. Los cambios aún no enviados al servidor se guardan en ella y se perderían al eliminarla.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>The local copy could not be removed: %1</source>
        <translation>No se pudo eliminar la copia local: %1</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Bring the local copy up to date and send the changes made offline</source>
        <translation>Actualiza la copia local y envía los cambios hechos sin conexión</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::MissedItemsModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Wrong %1 of %2 times</source>
        <translation>Falló %1 de %2 veces</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de error</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::NavigationSidebar</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::NotificationBell</name>
    <message>
        <source>Notifications not loaded yet</source>
        <translation>Notificaciones aún no cargadas</translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>No hay notificaciones sin leer</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notificación sin leer</numerusform>
            <numerusform>%n notificaciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for &amp;new notifications</source>
        <translation>Buscar notificaciones &amp;nuevas</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>Notificaciones: %1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>%1 — mark as read</source>
        <translation>%1 — marcar como leída</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Marcar &amp;todas como leídas</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::PageStateWidget</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This page could not be loaded</source>
        <translation>No se pudo cargar esta página</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::PlaceholderPage</name>
    <message>
        <source>Set practice work for your students and follow it through to the last submission.</source>
        <translation>Asigne práctica a sus estudiantes y sígala hasta la última entrega.</translation>
    </message>
    <message>
        <source>Create assignments from the training modules, with a target score and a due date</source>
        <translation>Cree tareas a partir de los módulos de entrenamiento, con una puntuación objetivo y una fecha de entrega</translation>
    </message>
    <message>
        <source>Assign them to one student, to a selection from the Students page, or to a whole group</source>
        <translation>Asígnelas a un estudiante, a una selección de la página Estudiantes o a un grupo entero</translation>
    </message>
    <message>
        <source>Follow every submission: not started, in progress, submitted, overdue</source>
        <translation>Siga cada entrega: sin empezar, en curso, entregada, vencida</translation>
    </message>
    <message>
        <source>Review attempts and scores, and leave feedback for the student</source>
        <translation>Revise intentos y puntuaciones, y deje comentarios al estudiante</translation>
    </message>
    <message>
        <source>Your messages and notifications in one place.</source>
        <translation>Sus mensajes y notificaciones en un solo lugar.</translation>
    </message>
    <message>
        <source>Conversations with your students and colleagues, threaded</source>
        <translation>Conversaciones con sus estudiantes y colegas, agrupadas por hilo</translation>
    </message>
    <message>
        <source>Message several students at once, straight from the Students page</source>
        <translation>Escriba a varios estudiantes a la vez, directamente desde la página Estudiantes</translation>
    </message>
    <message>
        <source>Notifications: students at risk, assignments due, goals reached</source>
        <translation>Notificaciones: estudiantes en riesgo, tareas por vencer, objetivos alcanzados</translation>
    </message>
    <message>
        <source>Works offline: what you write waits in an outbox and is sent once you are back online</source>
        <translation>Funciona sin conexión: lo que escriba espera en una bandeja de salida y se envía al recuperar la conexión</translation>
    </message>
    <message>
        <source>How your students are doing as a group, over time.</source>
        <translation>Cómo evolucionan sus estudiantes como grupo.</translation>
    </message>
    <message>
        <source>Daily activity, accuracy and practice time across your students</source>
        <translation>Actividad diaria, precisión y tiempo de práctica de sus estudiantes</translation>
    </message>
    <message>
        <source>The hardest modules and items, by category and difficulty</source>
        <translation>Los módulos y elementos más difíciles, por categoría y dificultad</translation>
    </message>
    <message>
        <source>Risk over time: who is improving and who is slipping</source>
        <translation>El riesgo a lo largo del tiempo: quién mejora y quién empeora</translation>
    </message>
    <message>
        <source>Compare one period with another</source>
        <translation>Compare un período con otro</translation>
    </message>
    <message>
        <source>Summaries to share with supervisors and the department.</source>
        <translation>Resúmenes para compartir con supervisores y el departamento.</translation>
    </message>
    <message>
        <source>Department summaries, including the departments below yours</source>
        <translation>Resúmenes del departamento, incluidos los departamentos que dependen del suyo</translation>
    </message>
    <message>
        <source>Progress reports per student or group, to print or export</source>
        <translation>Informes de progreso por estudiante o grupo, para imprimir o exportar</translation>
    </message>
    <message>
        <source>Who is on track for their target, and who needs attention</source>
        <translation>Quién va camino de su objetivo y quién necesita atención</translation>
    </message>
    <message>
        <source>The audit trail: who viewed which student, and when</source>
        <translation>El registro de auditoría: quién consultó a qué estudiante y cuándo</translation>
    </message>
    <message>
        <source>This page is coming in a later release of Instructor Dashboard.</source>
        <translation>Esta página llegará en una próxima versión de Instructor Dashboard.</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Changes apply at once and are remembered for the next start.</source>
        <translation>Los cambios se aplican al momento y se recuerdan para el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::SessionsTableModel</name>
    <message>
        <source>10-codes</source>
        <translation>Códigos 10</translation>
    </message>
    <message>
        <source>Phonetic</source>
        <translation>Fonético</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of a session&apos;s start</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Quiz · %1</source>
        <translation>Cuestionario · %1</translation>
    </message>
    <message>
        <source>Voice · %1</source>
        <translation>Voz · %1</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The student left this quiz before finishing it.</source>
        <translation>El estudiante dejó este cuestionario sin terminarlo.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Lists and tabs</source>
        <translation>Listas y pestañas</translation>
    </message>
    <message>
        <source>Open the selected student</source>
        <translation>Abrir el estudiante seleccionado</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Pestaña siguiente / anterior</translation>
    </message>
    <message>
        <source> / </source>
        <translation> / </translation>
    </message>
    <message>
        <source>Select all students</source>
        <translation>Seleccionar todos los estudiantes</translation>
    </message>
    <message>
        <source>Context menu of the selection</source>
        <translation>Menú contextual de la selección</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in Instructor Dashboard can be reached from the keyboard. Alt with the underlined letter opens a menu.</source>
        <translation>Todo en Instructor Dashboard se puede usar con el teclado. Alt con la letra subrayada abre un menú.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
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
<context>
    <name>dashboard::ui::StudentDetailPage</name>
    <message>
        <source>Check the connection in the status bar, then try again.</source>
        <translation>Compruebe la conexión en la barra de estado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Instructor: %1</source>
        <translation>Instructor: %1</translation>
    </message>
    <message>
        <source>Overall score %1</source>
        <translation>Puntuación global %1</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Racha: %n día</numerusform>
            <numerusform>Racha: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Última actividad %1</translation>
    </message>
    <message>
        <source>Never active</source>
        <translation>Nunca activo</translation>
    </message>
    <message>
        <source>Open assignments: %1 (overdue: %2)</source>
        <translation>Tareas abiertas: %1 (vencidas: %2)</translation>
    </message>
    <message>
        <source>Target %1 by %2</source>
        <translation>Objetivo %1 para el %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Risk %1</source>
        <translation>Riesgo %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>No risk factors</source>
        <translation>Sin factores de riesgo</translation>
    </message>
    <message>
        <source>Trends over:</source>
        <translation>Tendencias de:</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>365 days</source>
        <translation>365 días</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Overall score and daily accuracy</source>
        <translation>Puntuación global y precisión diaria</translation>
    </message>
    <message>
        <source>Time spent per day</source>
        <translation>Tiempo de práctica por día</translation>
    </message>
    <message>
        <source>Progress per category</source>
        <translation>Progreso por categoría</translation>
    </message>
    <message>
        <source>Recent sessions (%1)</source>
        <translation>Sesiones recientes (%1)</translation>
    </message>
    <message>
        <source>Assignments and submissions (%1)</source>
        <translation>Tareas y entregas (%1)</translation>
    </message>
    <message>
        <source>Most missed items (%1)</source>
        <translation>Elementos más fallados (%1)</translation>
    </message>
    <message>
        <source>Loading the student&apos;s progress…</source>
        <translation>Cargando el progreso del estudiante…</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notas (%1)</translation>
    </message>
    <message>
        <source>Recent sessions (when online)</source>
        <translation>Sesiones recientes (solo con conexión)</translation>
    </message>
    <message>
        <source>Assignments and submissions (when online)</source>
        <translation>Tareas y entregas (solo con conexión)</translation>
    </message>
    <message>
        <source>Most missed items (when online)</source>
        <translation>Elementos más fallados (solo con conexión)</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::StudentNotesPanel</name>
    <message>
        <source>Write a note or choose a flag.</source>
        <translation>Escriba una nota o elija una marca.</translation>
    </message>
    <message>
        <source>A note can hold at most %1 characters; this one has %2.</source>
        <translation>Una nota puede tener como máximo %1 caracteres; esta tiene %2.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Discard note</source>
        <translation>Descartar nota</translation>
    </message>
    <message>
        <source>This note has not reached the server. Discard it for good?</source>
        <translation>Esta nota no ha llegado al servidor. ¿Descartarla definitivamente?</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>Sin marca</translation>
    </message>
    <message>
        <source>A note on this student (Ctrl+Return to save)</source>
        <translation>Una nota sobre este estudiante (Ctrl+Intro para guardar)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>&amp;Save and send again</source>
        <translation>&amp;Guardar y volver a enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No notes on this student yet.</source>
        <translation>Aún no hay notas sobre este estudiante.</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::StudentsPage</name>
    <message>
        <source>Loading students…</source>
        <translation>Cargando estudiantes…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The students could not be loaded.</source>
        <translation>No se pudieron cargar los estudiantes.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n student(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %n estudiante</numerusform>
            <numerusform>Mostrando %1 de %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;At risk</source>
        <translation>En &amp;riesgo</translation>
    </message>
    <message>
        <source>&amp;Inactive 7+ days</source>
        <translation>&amp;Inactivos 7+ días</translation>
    </message>
    <message>
        <source>&amp;Below target</source>
        <translation>&amp;Bajo el objetivo</translation>
    </message>
    <message>
        <source>Has &amp;overdue</source>
        <translation>Con &amp;vencidas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>students-%1.csv</source>
        <comment>file name; %1 is the date</comment>
        <translation>estudiantes-%1.csv</translation>
    </message>
    <message>
        <source>Export Students to CSV</source>
        <translation>Exportar estudiantes a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Mostrar solo:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation>&amp;Mensaje…</translation>
    </message>
    <message>
        <source>Coming with messaging</source>
        <translation>Llegará con la mensajería</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>A&amp;signar…</translation>
    </message>
    <message>
        <source>Coming with assignments</source>
        <translation>Llegará con las tareas</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Save the students shown, as listed, to a CSV file</source>
        <translation>Guarda los estudiantes mostrados, tal como aparecen, en un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Close Student Tab</source>
        <translation>&amp;Cerrar pestaña del estudiante</translation>
    </message>
    <message>
        <source>Students with a risk score of %1 or more</source>
        <translation>Estudiantes con un riesgo de %1 o más</translation>
    </message>
    <message>
        <source>No practice for 7 days or more, or never</source>
        <translation>Sin práctica desde hace 7 días o más, o nunca</translation>
    </message>
    <message>
        <source>A target is set and the overall score is below it</source>
        <translation>Tiene un objetivo y la puntuación global está por debajo</translation>
    </message>
    <message>
        <source>At least one overdue assignment</source>
        <translation>Al menos una tarea vencida</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::SubmissionsTableModel</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Calificada</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Comentarios: %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
</context>
<context>
    <name>dashboard::ui::TimeSpentChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>No practice in this period</source>
        <translation>Sin práctica en este período</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n minute(s)</source>
        <translation>
            <numerusform>%1
%n minuto</numerusform>
            <numerusform>%1
%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dashboard::ui::TrendPlot</name>
    <message>
        <source>%1
No practice</source>
        <translation>%1
Sin práctica</translation>
    </message>
    <message>
        <source>%1
Overall score: %2
Daily accuracy: %3%</source>
        <translation>%1
Puntuación global: %2
Precisión diaria: %3 %</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>Daily accuracy (%)</source>
        <translation>Precisión diaria (%)</translation>
    </message>
    <message>
        <source>Score / accuracy</source>
        <translation>Puntuación / precisión</translation>
    </message>
    <message>
        <source>No practice in this period</source>
        <translation>Sin práctica en este período</translation>
    </message>
</context>
</TS>
