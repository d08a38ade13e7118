<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminMain</name>
    <message>
        <source>Connection URI (postgresql://user@host:port/db?sslmode=require), keyword/value string, or service name. Without it the libpq environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSERVICE, PGSSLMODE) are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration of the Instructor Dashboard database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given. Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Try &apos;%2 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>invalid --db value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <source>server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such login (access not granted or revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure (TLS) connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt (QPSQL) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port, and that the server is running and reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password. Ask an administrator to reset the password if you have forgotten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login does not exist on the server. Ask an administrator to grant you access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name. An administrator creates it and runs &apos;instructor-dashboard-admin migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server and this computer could not agree on a secure connection. Check the TLS mode (sslmode) with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the server&apos;s message for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>the connection string is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 (database %3, user %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> via service %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopMain</name>
    <message>
        <source>Instructor Dashboard for radio communications training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URI, keyword/value string or service name. Without it the libpq environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, ...) are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file once it has loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1366x768.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --db value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --size &apos;%1&apos;: use WIDTHxHEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Apply the database schema migrations (or show their status or plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List applied and pending migrations; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would be applied; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create the student app&apos;s own tables (users, quiz_sessions, voice_practice_sessions). For demo and test databases only: a real deployment already has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status and --dry-run cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED   %1 (applied %2, file differs from what was applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied   %1 (%2 by %3, %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied, %2 pending, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>%1: a migration file is named NNNN_name.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two migrations share version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>the connection is not a PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not take the migration lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another migrate is running on this database; waiting for it to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up waiting for another migrate run (the advisory lock is still held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the migration history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was applied on %2 with checksum %3, but the file now has checksum %4. Applied migrations must not change: restore the original file and put the change in a new migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-student-app-baseline creates the student app&apos;s tables, but this database already has %1. Run migrate without --with-student-app-baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database lacks the student app&apos;s schema, which the dashboard extends. Missing: %1. Run the student app&apos;s own migrations first; for a demo or test database use --with-student-app-baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database is up to date (%n migration(s) applied).</source>
        <translation>
            <numerusform>The database is up to date (%n migration applied).</numerusform>
            <numerusform>The database is up to date (%n migrations applied).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan (dry run, nothing is changed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  would apply %1 (%n statement(s) in one transaction)</source>
        <translation>
            <numerusform>  would apply %1 (%n statement in one transaction)</numerusform>
            <numerusform>  would apply %1 (%n statements in one transaction)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  would apply %1 (%n statement(s), each on its own, no transaction)</source>
        <translation>
            <numerusform>  would apply %1 (%n statement, each on its own, no transaction)</numerusform>
            <numerusform>  would apply %1 (%n statements, each on its own, no transaction)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>Applied %n migration.</numerusform>
            <numerusform>Applied %n migrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not check index %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 was left INVALID by an interrupted build; dropping it to build it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not record the migration: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::AboutDialog</name>
    <message>
        <source>About Instructor Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Instructor Dashboard %1&lt;/h3&gt;&lt;p&gt;Progress, risk and assignments of radio communications trainees, for instructors and supervisors.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Qt:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::MainWindow</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Connected to PostgreSQL %1 at %2 as &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The pages for your work — &lt;b&gt;Students&lt;/b&gt; at risk and their progress, &lt;b&gt;Assignments&lt;/b&gt;, the &lt;b&gt;Inbox&lt;/b&gt;, &lt;b&gt;Analytics&lt;/b&gt; and department &lt;b&gt;Reports&lt;/b&gt; — are coming in the next releases of Instructor Dashboard.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not connected.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Instructor Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
