<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessCommand</name>
    <message>
        <source>no password on standard input (expected one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passwords do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no acceptable password after %n attempt(s); nothing was changed</source>
        <translation>
            <numerusform>no acceptable password after %n attempt; nothing was changed</numerusform>
            <numerusform>no acceptable password after %n attempts; nothing was changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant, change, revoke and list people&apos;s dashboard logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:
grant     new login for --user with --role
revoke    drop the login of --user, end its sessions
set-role  give the login of --user another --role
password  set a new password for the login of --user
list      everyone who has access
Passwords are read from the terminal (twice, not shown), or as one line from standard input when it is not a terminal; never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s e-mail address as in the student app (letter case does not matter). Their login name is this address in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access role: instructor (their own students), supervisor (their department and the departments below it) or admin (everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no action given: use grant, revoke, set-role, password or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; for access: use grant, revoke, set-role, password or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for access %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access %1 needs --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access %1 takes no --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access %1 needs --role (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access %1 takes no --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --role &apos;%1&apos;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has dashboard access yet. Grant it with &apos;access grant --user E-MAIL --role admin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRANTED AT (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRANTED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN ALLOWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (login %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessRepository</name>
    <message>
        <source>the password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the password is too short: at least %n characters are required</source>
        <translation>
            <numerusform>the password is too short: at least %n character is required</numerusform>
            <numerusform>the password is too short: at least %n characters are required</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing the change failed: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no dashboard logins yet (the table dashboard_logins or the group roles are missing); run &apos;instructor-dashboard-admin migrate&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user with e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several users have the e-mail %1 in different letter case (%2, %3); logins are named after the e-mail in lower case, so correct the addresses first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dashboard access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the instructor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no instructor profile; %2 access needs one: create the profile first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator; grant another administrator first, then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to PostgreSQL. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not encrypt the password: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an access role; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locking the logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 access (login %3); use &apos;set-role&apos; to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail %1 is %2 bytes long; PostgreSQL role names, and so login names, can have at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be a login name: PostgreSQL reserves names starting with pg_ and the names public and none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login %1 already belongs to another user (%2, id %3); revoke it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL role named %1 already exists on this server but is not a dashboard login of this database; rename or drop it first (role names are shared by every database of the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be granted %2 access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the login role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted %1 access to %2 (login %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the login role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropping the login role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login %1 owns objects or holds privileges, so it cannot be dropped: %2. Move or drop them first (REASSIGN OWNED BY / DROP OWNED BY, in each database named), then revoke again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked the %1 access of %2; the login %3 was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its running sessions could not be ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ended %n running session(s)</source>
        <translation>
            <numerusform>ended %n running session</numerusform>
            <numerusform>ended %n running sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has %2 access; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the login&apos;s groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joining %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the new role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has %2 access (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 access (login %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login role %1 of %2 no longer exists on the server; revoke the access and grant it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the password of %1 (login %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the logins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Check the user name and password. If they are right, your access may have been revoked: ask an administrator to check it or to reset your password.</source>
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
    <message>
        <source>Render the window (or the sign-in dialog, when it is shown) to a PNG file once it has loaded, then exit.</source>
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
    <name>dashboard::ui::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this computer.</source>
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
    <message>
        <source>You are signed in as an instructor: you see your own students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as a supervisor: you see your department and the departments below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as an administrator: you see every department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login has no dashboard access role. Ask an administrator to grant you access (instructor-dashboard-admin access grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Instructor Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database login your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify full (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never encrypt the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt only if the server insists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt if the server can, without checking its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, without checking the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, and check that the server&apos;s certificate is signed by a trusted authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate and name. Protects your password from impostors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the password will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, but your password could not be saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such login: access was never granted, or it has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not exist on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
