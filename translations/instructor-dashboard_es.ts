<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Check the user name and password. Ask an administrator to reset the password if you have forgotten it.</source>
        <translation>Compruebe el nombre de usuario y la contraseña. Si olvidó la contraseña, pida a un administrador que la restablezca.</translation>
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
        <source>Render the window to a PNG file once it has loaded, then exit.</source>
        <translation>Renderizar la ventana en un archivo PNG una vez cargada y, a continuación, salir.</translation>
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
</context>
</TS>
