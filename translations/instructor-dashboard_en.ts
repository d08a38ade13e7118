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
    <name>AggregateCommand</name>
    <message>
        <source>Compute snapshots, analytics, student progress, risk and notifications for one or more days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate this day only, YYYY-MM-DD (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of a range, YYYY-MM-DD (UTC); needs --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of a range, YYYY-MM-DD (UTC); needs --from. Student progress and risk are computed as of this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to wait for another aggregate run on the same database (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --date or --from/--to: yesterday and today (UTC). Re-running a day is safe: it gives the same rows and repeats no notification. Run it as the owner of the dashboard tables (the migration owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date cannot be combined with --from or --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to go together (for one day use --date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 --to %2 spans %3 days; at most %4 at a time (split the range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lock-wait expects a number of minutes, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n row(s))</source>
        <translation>
            <numerusform>%1 %2 (%n row)</numerusform>
            <numerusform>%1 %2 (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the run, recompute student progress as of the last day from every session (the full recomputation the incremental refresh replaces) and list every value that differs; exit status 3 when any does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (facts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day  %1 (facts recomputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified as of %1: student progress equals the full recomputation for every student (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2: stored %3, full recomputation %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and more: %1 values in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify as of %1: students differing from the full recomputation: %2 (values per column: %3). Sessions that arrived or changed after their day was aggregated are counted once that day is aggregated again: run aggregate --from &lt;that day&gt; --to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions run side by side for the per-student work, each on its own connection and its share of the students (default %1; 1 runs each step as one transaction). Up to the server&apos;s CPU count is useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs expects a number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aggregator</name>
    <message>
        <source>the SQL of step %1 is missing from this build (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the aggregation settings: %1. Has `migrate` been run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard_aggregation_settings has no row for %1; restore it (the defaults are in resources/migrations/0014_aggregation.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard_risk_factors has no row for %1; restore it (the defaults are in resources/migrations/0014_aggregation.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not take the aggregation lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another aggregate is running on this database; waiting for it to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gave up after waiting %n minute(s) for another aggregate run (the advisory lock is still held)</source>
        <translation>
            <numerusform>gave up after waiting %n minute for another aggregate run (the advisory lock is still held)</numerusform>
            <numerusform>gave up after waiting %n minutes for another aggregate run (the advisory lock is still held)</numerusform>
        </translation>
    </message>
    <message>
        <source>could not read the statistics of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not commit %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2 of %3 follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day (%1) is after the last (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 days at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database connection is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Aggregating %n day(s), %1 to %2 (UTC).</source>
        <translation>
            <numerusform>Aggregating %n day, %1 to %2 (UTC).</numerusform>
            <numerusform>Aggregating %n days, %1 to %2 (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not commit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the state of the per-student facts: %1. Has `migrate` been run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass_score or overall_window_sessions changed since the per-student facts were computed: recomputing the passes and overall scores of every student first (this takes as long as a first run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not look for days without facts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before %1 have sessions or snapshots but no per-student facts yet (first run on this database, or days never aggregated): computing them first, %2 to %3, one transaction per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full recomputation as of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compare with the full recomputation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open connection %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partition %2 of %3; the others may have been committed, a new run completes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the steps beside it may have been committed, a new run completes them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Could not open the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy cannot use write-ahead logging (journal mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1, this application knows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy %1 belongs to another sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuilt local copy is damaged too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy has not been prepared (schema version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the damaged local copy %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy was made by a newer version of the application and has been rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy was damaged and has been rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) were recovered.</source>
        <translation>
            <numerusform>%n unsent change was recovered.</numerusform>
            <numerusform>%n unsent changes were recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read and are lost.</source>
        <translation>
            <numerusform>%n unsent change could not be read and is lost.</numerusform>
            <numerusform>%n unsent changes could not be read and are lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheError</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the local copy keeps the data it had and is not updated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy is damaged and will be rebuilt when the application starts again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy is in use by another program; try again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the change durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CachePaths</name>
    <message>
        <source>Could not restrict the access rights of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheReader</name>
    <message>
        <source>Could not read the students from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the student from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the progress history from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the notes from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the unsent notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the unsent read marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the notifications from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read when the local copy was last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a table of the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sync state of the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the visible students from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <source>Could not read the version of the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache schema file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the local copy (%1, line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the version of the local copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <source>%1 is not a table of the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy has no table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is still being written; commit it before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is already being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of %1 have no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 has %3 values for %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare deleting from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not empty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync of %1 has no cursor or no server time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the sync of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is still being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the visible students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the students no longer visible from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the local copy</source>
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
    <name>CopyWriter</name>
    <message>
        <source>COPY into %1: no open PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1: another COPY is still open on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1: no columns given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1: row %2 has %3 fields, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1: no COPY in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1: the last row was not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1 was cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRepository</name>
    <message>
        <source>the student app&apos;s tables are missing (%1); this is not an Instructor Dashboard database, or it was migrated without --with-student-app-baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the database schema is not migrated (%n pending migration(s): %1); run &apos;instructor-dashboard-admin migrate&apos; first</source>
        <translation>
            <numerusform>the database schema is not migrated (%n pending migration: %1); run &apos;instructor-dashboard-admin migrate&apos; first</numerusform>
            <numerusform>the database schema is not migrated (%n pending migrations: %1); run &apos;instructor-dashboard-admin migrate&apos; first</numerusform>
        </translation>
    </message>
    <message>
        <source>the table departments is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo must run as the role that owns the dashboard tables (the one that ran &apos;migrate&apos;): %1; connected as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no demo data is kept in table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the previous demo data from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>checking the schema failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the connected role failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the seed-demo lock failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another seed-demo is running on this database; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the users failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the database has %n non-demo user(s) (e-mail not ending in %1); seed-demo only writes to demo databases and changed nothing. --force adds the demo data anyway and keeps those users.</source>
        <translation>
            <numerusform>the database has %n non-demo user (e-mail not ending in %1); seed-demo only writes to demo databases and changed nothing. --force adds the demo data anyway and keeps that user.</numerusform>
            <numerusform>the database has %n non-demo users (e-mail not ending in %1); seed-demo only writes to demo databases and changed nothing. --force adds the demo data anyway and keeps those users.</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the departments failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments that are not demo data already use the demo departments&apos; codes or names: %1; choose other codes with --departments. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the logins failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 were loaded before it; run seed-demo again to replace them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1 stored %2 rows of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing the statistics failed: %1</source>
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
        <source>cannot take the screenshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot take the screenshot: this login has no dashboard access role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the students could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot show a student: the list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student %1 is not in the list of this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out waiting for the page to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window (or the sign-in dialog, when it is shown) to a PNG file once the page has loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to show: students, student-detail, assignments, inbox, analytics or reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --page student-detail: the student&apos;s id (default: the first of the list, the highest risk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours for this session: light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for this session: en or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --palette &apos;%1&apos;: use light, dark or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --lang &apos;%1&apos;: use en or es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --page &apos;%1&apos;: use students, student-detail, assignments, inbox, analytics or reports</source>
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
    <name>Outbox</name>
    <message>
        <source>Unknown kind of change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the change for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1 is not waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that the change was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that the change was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the edited change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was sent already and can no longer be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not discard the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was sent already and can no longer be discarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Delete rows past their retention period (audit and system logs, snapshots, analytics, messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the rows that are older than their table&apos;s retention period in dashboard_retention_policies (audit_logs 7 years, progress_snapshots 2 years, system_logs 90 days, analytics_daily and module_analytics 3 years, messages 1 year, unless changed), in batches, each in a short transaction of its own, and reports what it removed per table.
It runs only as the role dashboard_retention (SET ROLE): connect with a login that is a member of it, not as the migration owner or a superuser. The database&apos;s own retention policies then bound what it can delete. Create such a login once, as the migration owner:
  CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention;  then in psql: \password purge_job
With --set it changes retention periods instead (as an administrator&apos;s login or the migration owner; the change is audited) and deletes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the rows that would be deleted and delete nothing. With --set: check and show the change, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete at most N rows per statement and transaction (default %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rows of TABLE for INTERVAL from now on, e.g. --set messages=&quot;18 months&quot; (any positive PostgreSQL interval). Repeatable. Tables: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set and --batch-size cannot be combined: --set changes retention periods and deletes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --set &apos;%1&apos;: use TABLE=INTERVAL, e.g. --set messages=&quot;18 months&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; for --set: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set names %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept for %2 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept for %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept for less time than before: the next purge deletes its rows older than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention periods saved (the change is audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --batch-size &apos;%1&apos;: use a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run as login %1 (role dashboard_retention): counting rows past their retention period; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging rows past their retention period as login %1 (role dashboard_retention), at most %2 rows per batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard_retention_policies has a period for %1, which purge does not know; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEPT FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUT-OFF (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WOULD DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BATCHES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The batches committed before it stay deleted (DELETED above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purger</name>
    <message>
        <source>Create a login for the purge job once, as the migration owner (or another role with CREATEROLE), in psql:
    CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention;
    \password purge_job
then run purge as that login, e.g. --db &quot;postgresql://purge_job@HOST/DATABASE&quot; with the password in ~/.pgpass or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the login&apos;s membership in dashboard_retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not migrated (the role dashboard_retention, the table dashboard_retention_policies or the function dashboard_retention_cutoff is missing): run &apos;migrate&apos; first. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login &quot;%1&quot; owns the dashboard tables and is not a member of dashboard_retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login &quot;%1&quot; is a superuser but not a member of dashboard_retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login &quot;%1&quot; is not a member of dashboard_retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. purge runs only as the retention role, so that the database&apos;s retention policies bound what it can delete; the migration owner and superusers are not used for it. Nothing was deleted.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET ROLE dashboard_retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET ROLE dashboard_retention did not take effect (current role: %1). Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the retention policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the expired rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting expired rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing a batch of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge must run as dashboard_retention (enterRetentionRole() first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch size must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; for --set: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid retention period &apos;%1&apos; for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid retention period &apos;%1&apos; for %2: it must be longer than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the retention period of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login &quot;%1&quot; may not change retention periods: only an administrator&apos;s login or the migration owner may (the change is audited). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no retention policy of %1 can be changed by this login: the row is missing, or the login is not an administrator&apos;s. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the retention period of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention period of %1 could not be changed by this login. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing the change failed: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskFactor</name>
    <message>
        <source>Has never practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No practice for %n days</source>
        <translation>
            <numerusform>No practice for %n day</numerusform>
            <numerusform>No practice for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy dropped by %1 points this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practised on only %1 % of recent days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue assignment(s)</source>
        <translation>
            <numerusform>%n overdue assignment</numerusform>
            <numerusform>%n overdue assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed the same module %n times in two weeks</source>
        <translation>
            <numerusform>Failed the same module %n time in two weeks</numerusform>
            <numerusform>Failed the same module %n times in two weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points below target, due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>unknown risk factor: name (value)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: +%2</source>
        <comment>risk factor: reason, weight</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedDemoCommand</name>
    <message numerus="yes">
        <source>removed %n earlier demo row(s)</source>
        <translation>
            <numerusform>removed %n earlier demo row</numerusform>
            <numerusform>removed %n earlier demo rows</numerusform>
        </translation>
    </message>
    <message>
        <source>removing earlier demo data: %1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>removed %n earlier demo row(s) from %1</source>
        <translation>
            <numerusform>removed %n earlier demo row from %1</numerusform>
            <numerusform>removed %n earlier demo rows from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>loading %1 (%2/%3) [%4] %5 %  %6/%7 rows  %8 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded %1: %2 rows in %3 s (%4 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading %1: %2 % (%3/%4 rows, %5 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing the planner statistics (ANALYZE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshed the planner statistics (ANALYZE) in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a demo database with realistic, deterministic demo data (refuses real data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of instructors (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students of each instructor (default 80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of practice history, ending on --end-date (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed and end date give identical data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the history, YYYY-MM-DD (default: today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and their sub-units, CODE:SUB,SUB;CODE:SUB,... (default &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the demo data even though the database has non-demo users (they are kept). Earlier demo data is always replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end-date expects a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--departments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n demo login role(s) lost their user when the earlier demo data was removed: %1. Drop them (DROP ROLE) or they block granting these e-mails again.</source>
        <translation>
            <numerusform>%n demo login role lost its user when the earlier demo data was removed: %1. Drop it (DROP ROLE) or it blocks granting this e-mail again.</numerusform>
            <numerusform>%n demo login roles lost their user when the earlier demo data was removed: %1. Drop them (DROP ROLE) or they block granting these e-mails again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data: %1 instructors x %2 students, %3 days from %4 to %5, seed %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n non-demo user(s) kept (--force).</source>
        <translation>
            <numerusform>%n non-demo user kept (--force).</numerusform>
            <numerusform>%n non-demo users kept (--force).</numerusform>
        </translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier demo data removed: %1 rows in %2 s. Statistics refreshed in %3 s. Total %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedOptions</name>
    <message>
        <source>invalid department code &apos;%1&apos; (letters, digits and _ only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department code &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid sub-unit code &apos;%1&apos; in department %2 (letters, digits and _ only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit &apos;%1&apos; appears twice in department %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no departments given (expected e.g. &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instructors must be between 1 and 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--students-per-instructor must be between 0 and 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 10 000 000 students (instructors x students per instructor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be between 1 and 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no departments given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerChanges</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sync is in progress (begin() first, or it ended after an error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the change cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the visible students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a synced table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sync cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped by the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading how far deletions are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWriter</name>
    <message>
        <source>%1: the server could not be reached or asked to try again later (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server could not confirm it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of change &apos;%1&apos;: this version of the application cannot send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the change is incomplete (it needs an id, a student, a text and optionally a flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a note with this id was written by someone else, and only its author can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the change names no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the note does not exist, or its student is no longer visible to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the note was written by someone else, and only its author can delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: you can no longer change notes on this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the notification read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the change names no notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the notification does not exist or is not yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentRepository</name>
    <message>
        <source>Could not read the students: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the unread notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the student&apos;s %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start reading the student: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student is not visible to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the student: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish reading the student: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synchronizer</name>
    <message>
        <source>Could not read the server&apos;s clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 from the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::notes::NotesModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::students::StudentsModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <comment>target score (progress to it)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has never practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>assignments</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target score %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phonetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s name; the tooltip shows e-mail, department and instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score from 0 to 100: green below 25, amber below 50, red from 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the student is at risk, most important first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score of the most recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the 10-code modules passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the phonetic alphabet modules passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the radio protocol modules passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the student last practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive days with practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments not yet submitted, overdue ones included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target score and how far the overall score has come towards it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::sync::SyncEngine</name>
    <message>
        <source>The disk is full: the local copy could not be brought up to date. The dashboard keeps showing what it has; free some space and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local copy to keep the change in, and it could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local copy to keep the note in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
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
    <name>dashboard::ui::CategoryProgressChart</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phonetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::ConnectionStatusWidget</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Showing the local copy. Click to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click to try again.</source>
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
        <source>Instructor Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>This login has no dashboard access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search students by name or e-mail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); they are kept in the student&apos;s notes to edit or discard.</source>
        <translation>
            <numerusform>The server refused %n change; it is kept in the student&apos;s notes to edit or discard.</numerusform>
            <numerusform>The server refused %n changes; they are kept in the student&apos;s notes to edit or discard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the local copy of your students from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it to work offline the next time you sign in here. Changes not yet sent to the server are kept in it and would be lost with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the local copy up to date and send the changes made offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::MissedItemsModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong %1 of %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::NavigationSidebar</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;new notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::PageStateWidget</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::PlaceholderPage</name>
    <message>
        <source>Set practice work for your students and follow it through to the last submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create assignments from the training modules, with a target score and a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign them to one student, to a selection from the Students page, or to a whole group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow every submission: not started, in progress, submitted, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review attempts and scores, and leave feedback for the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages and notifications in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations with your students and colleagues, threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message several students at once, straight from the Students page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: students at risk, assignments due, goals reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works offline: what you write waits in an outbox and is sent once you are back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your students are doing as a group, over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily activity, accuracy and practice time across your students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardest modules and items, by category and difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk over time: who is improving and who is slipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare one period with another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries to share with supervisors and the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department summaries, including the departments below yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports per student or group, to print or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on track for their target, and who needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail: who viewed which student, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is coming in a later release of Instructor Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once and are remembered for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::SessionsTableModel</name>
    <message>
        <source>10-codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phonetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of a session&apos;s start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student left this quiz before finishing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context menu of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in Instructor Dashboard can be reached from the keyboard. Alt with the underlined letter opens a menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
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
<context>
    <name>dashboard::ui::StudentDetailPage</name>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Streak: %n day</numerusform>
            <numerusform>Streak: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the connection in the status bar, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open assignments: %1 (overdue: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score and daily accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments and submissions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most missed items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the student&apos;s progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions (when online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments and submissions (when online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most missed items (when online)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::StudentNotesPanel</name>
    <message>
        <source>Write a note or choose a flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can hold at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has not reached the server. Discard it for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on this student (Ctrl+Return to save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on this student yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::StudentsPage</name>
    <message numerus="yes">
        <source>Showing %1 of %n student(s)</source>
        <translation>
            <numerusform>Showing %1 of %n student</numerusform>
            <numerusform>Showing %1 of %n students</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The students could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactive 7+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has &amp;overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students-%1.csv</source>
        <comment>file name; %1 is the date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Students to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming with messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming with assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the students shown, as listed, to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Student Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with a risk score of %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice for 7 days or more, or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is set and the overall score is below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one overdue assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::SubmissionsTableModel</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::TimeSpentChart</name>
    <message numerus="yes">
        <source>%1
%n minute(s)</source>
        <translation>
            <numerusform>%1
%n minute</numerusform>
            <numerusform>%1
%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard::ui::TrendPlot</name>
    <message>
        <source>%1
No practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Overall score: %2
Daily accuracy: %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score / accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
