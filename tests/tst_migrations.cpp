// The migration runner against a real PostgreSQL: apply, re-run, refuse, repair, serialise.
#include "migrations/migrationrunner.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dashboard::migrations;

namespace {

struct Files
{
    QList<Migration> baseline;
    QList<Migration> dashboard;
};

Files embedded()
{
    QString error;
    Files files;
    for (const Migration &migration : embeddedMigrations(true, &error))
        (migration.baseline ? files.baseline : files.dashboard).append(migration);
    return files;
}

// Copies the embedded dashboard migrations to a directory the test may change.
bool copyMigrations(const QString &target)
{
    const QDir source(QStringLiteral(":/migrations"));
    for (const QString &name : source.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        if (!QFile::copy(source.filePath(name), target + QLatin1Char('/') + name))
            return false;
        QFile::setPermissions(target + QLatin1Char('/') + name, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::environmentProblem().isEmpty(), qPrintable(TestDatabase::environmentProblem()));
        QVERIFY(embedded().dashboard.size() >= 9);
        QCOMPARE(embedded().baseline.size(), 1);
    }

    void freshDatabaseMigratesAndRerunIsANoOp()
    {
        TestDatabase database(QStringLiteral("rerun"));
        REQUIRE_DATABASE(database);
        const Files files = embedded();
        MigrationRunner runner(database.connection(), files.baseline, files.dashboard);
        QStringList log;
        runner.setLogger([&log](const QString &line) { log << line; });
        QVERIFY2(runner.migrate({true, false}), qPrintable(runner.errorString()));

        const QStringList versions = database.column(QStringLiteral("SELECT version FROM dashboard_schema_migrations ORDER BY version"));
        QCOMPARE(versions.size(), files.dashboard.size() + files.baseline.size());
        QVERIFY(versions.contains(QStringLiteral("baseline/0001")));
        const QString before = database.scalar(QStringLiteral(
            "SELECT string_agg(version || checksum || applied_at::text, ',' ORDER BY version) FROM dashboard_schema_migrations")).toString();
        const QVariant objectsBefore = database.scalar(QStringLiteral("SELECT count(*) FROM pg_class"));

        log.clear();
        QVERIFY2(runner.migrate({true, false}), qPrintable(runner.errorString()));
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("up to date")), qPrintable(log.join(QLatin1Char('\n'))));
        const QString after = database.scalar(QStringLiteral(
            "SELECT string_agg(version || checksum || applied_at::text, ',' ORDER BY version) FROM dashboard_schema_migrations")).toString();
        QCOMPARE(after, before);
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM pg_class")), objectsBefore);

        // The history says who applied what, when and how long it took.
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM dashboard_schema_migrations "
                                                "WHERE applied_by = current_user AND duration_ms >= 0 AND length(checksum) = 64")).toInt(),
                 versions.size());
    }

    void aChangedAppliedMigrationIsRefused()
    {
        TestDatabase database(QStringLiteral("tampered"));
        REQUIRE_DATABASE(database);
        QString error;
        QVERIFY2(database.migrate(&error), qPrintable(error));

        QTemporaryDir dir;
        QVERIFY(copyMigrations(dir.path()));
        QFile file(dir.filePath(QStringLiteral("0003_student_progress.sql")));
        QVERIFY(file.exists());
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n-- an innocent-looking edit\n");
        file.close();
        // A new pending migration in the same run must not be applied either.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("0999_new_table.sql")), "CREATE TABLE should_not_exist (id int);\n"));

        QString loadError;
        const auto changed = migrationsFromDirectory(dir.path(), false, &loadError);
        QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
        MigrationRunner runner(database.connection(), embedded().baseline, changed);
        QVERIFY(!runner.migrate({true, false}));
        QVERIFY2(runner.errorString().contains(QStringLiteral("0003_student_progress.sql")), qPrintable(runner.errorString()));
        QVERIFY(runner.errorString().contains(QStringLiteral("checksum")));
        QCOMPARE(database.scalar(QStringLiteral("SELECT to_regclass('should_not_exist') IS NULL")).toBool(), true);
    }

    void anErrorNamesFileAndLineAndRollsBackItsFile()
    {
        TestDatabase database(QStringLiteral("badfile"));
        REQUIRE_DATABASE(database);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("0001_good.sql")), "CREATE TABLE good (id int);\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("0002_bad.sql")),
                          "-- the second file\nCREATE TABLE half (id int);\nCREATE TABLE broken (\n  id int,\n  b nonsense_type\n);\n"));
        QString loadError;
        const auto files = migrationsFromDirectory(dir.path(), false, &loadError);
        QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
        MigrationRunner runner(database.connection(), {}, files);
        // No student-app tables here: a bare runner applies only what it was given.
        QVERIFY(!runner.migrate({false, false}));
        QVERIFY2(runner.errorString().contains(QStringLiteral("users")), qPrintable(runner.errorString()));

        // With the student-app tables present the files run, and the second one fails at its line 5.
        QString error;
        QVERIFY2(database.migrate(&error, 0), qPrintable(error));
        QVERIFY(!runner.migrate({false, false}));
        QVERIFY2(runner.errorString().startsWith(QStringLiteral("0002_bad.sql:5: ")), qPrintable(runner.errorString()));
        QVERIFY(runner.errorString().contains(QStringLiteral("nonsense_type")));
        QVERIFY(runner.errorString().contains(QStringLiteral("SQLSTATE 42704")));
        QCOMPARE(database.scalar(QStringLiteral("SELECT to_regclass('good') IS NOT NULL")).toBool(), true);
        QCOMPARE(database.scalar(QStringLiteral("SELECT to_regclass('half') IS NULL")).toBool(), true);
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM dashboard_schema_migrations WHERE version = '0002'")).toInt(), 0);
    }

    void missingStudentAppTablesAreNamedAndNothingChanges()
    {
        TestDatabase database(QStringLiteral("nobaseline"));
        REQUIRE_DATABASE(database);
        const Files files = embedded();
        MigrationRunner runner(database.connection(), files.baseline, files.dashboard);
        QVERIFY(!runner.migrate({false, false}));
        const QString message = runner.errorString();
        for (const char *expected : {"table users", "table quiz_sessions", "table voice_practice_sessions", "type \"UserRole\"",
                                     "--with-student-app-baseline"})
            QVERIFY2(message.contains(QLatin1String(expected)), qPrintable(message));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                "WHERE n.nspname = 'public'")).toInt(),
                 0);
    }

    void theBaselineIsRefusedWhereTheStudentAppAlreadyLives()
    {
        TestDatabase database(QStringLiteral("realdeploy"));
        REQUIRE_DATABASE(database);
        QVERIFY(database.exec(QStringLiteral("CREATE TABLE users (id text PRIMARY KEY)")));
        const Files files = embedded();
        MigrationRunner runner(database.connection(), files.baseline, files.dashboard);
        QVERIFY(!runner.migrate({true, false}));
        QVERIFY2(runner.errorString().contains(QStringLiteral("already has users")), qPrintable(runner.errorString()));
        QCOMPARE(database.scalar(QStringLiteral("SELECT to_regclass('dashboard_schema_migrations') IS NULL")).toBool(), true);
    }

    void dryRunPrintsThePlanAndChangesNothing()
    {
        TestDatabase database(QStringLiteral("dryrun"));
        REQUIRE_DATABASE(database);
        const Files files = embedded();
        MigrationRunner runner(database.connection(), files.baseline, files.dashboard);
        QStringList log;
        runner.setLogger([&log](const QString &line) { log << line; });
        QVERIFY2(runner.migrate({true, true}), qPrintable(runner.errorString()));
        const QString plan = log.join(QLatin1Char('\n'));
        for (const Migration &migration : files.baseline + files.dashboard)
            QVERIFY2(plan.contains(migration.fileName), qPrintable(plan));
        QVERIFY(plan.contains(QStringLiteral("no transaction")));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                "WHERE n.nspname = 'public'")).toInt(),
                 0);
    }

    void anInterruptedConcurrentIndexBuildIsRepaired()
    {
        TestDatabase database(QStringLiteral("invalidindex"));
        REQUIRE_DATABASE(database);
        const Files files = embedded();
        int concurrentFile = -1;
        // The first no-transaction file is the one that builds idx_notification_user_unread.
        for (int i = 0; i < files.dashboard.size() && concurrentFile < 0; ++i) {
            if (!files.dashboard[i].transactional)
                concurrentFile = i;
        }
        QVERIFY(concurrentFile > 0);
        QString error;
        QVERIFY2(database.migrate(&error, concurrentFile), qPrintable(error));

        // A CREATE INDEX CONCURRENTLY that fails half-way leaves an INVALID index behind; a unique
        // build over duplicates is a reliable way to get one.
        QVERIFY(database.exec(QStringLiteral("INSERT INTO users (id, email, updated_at) VALUES ('u1', 'u1@example.org', now())"), &error));
        QVERIFY2(database.exec(QStringLiteral("INSERT INTO notifications (id, user_id, title, message, type) VALUES "
                                              "('n1', 'u1', 't', 'm', 'SYSTEM_ALERT'), ('n2', 'u1', 't', 'm', 'SYSTEM_ALERT')"),
                               &error),
                 qPrintable(error));
        QVERIFY(!database.exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY idx_notification_user_unread ON notifications (user_id)")));
        QCOMPARE(database.scalar(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_notification_user_unread'::regclass"))
                     .toBool(),
                 false);

        MigrationRunner runner(database.connection(), files.baseline, files.dashboard);
        QStringList log;
        runner.setLogger([&log](const QString &line) { log << line; });
        QVERIFY2(runner.migrate({true, false}), qPrintable(runner.errorString()));
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("INVALID")), qPrintable(log.join(QLatin1Char('\n'))));
        QCOMPARE(database.scalar(QStringLiteral("SELECT indisvalid AND NOT indisunique FROM pg_index "
                                                "WHERE indexrelid = 'idx_notification_user_unread'::regclass")).toBool(),
                 true);
        QVERIFY(database.scalar(QStringLiteral("SELECT pg_get_indexdef('idx_notification_user_unread'::regclass)"))
                    .toString()
                    .contains(QStringLiteral("WHERE (is_read = false)")));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).toInt(), 0);
    }

    void twoConcurrentRunsApplyOnce()
    {
        TestDatabase database(QStringLiteral("concurrent"));
        REQUIRE_DATABASE(database);
        QProcess first;
        QProcess second;
        const QStringList arguments{QStringLiteral("migrate"), QStringLiteral("--with-student-app-baseline"),
                                    QStringLiteral("--db"), database.uri()};
        first.start(QStringLiteral(DASHBOARD_ADMIN_BINARY), arguments);
        second.start(QStringLiteral(DASHBOARD_ADMIN_BINARY), arguments);
        QVERIFY(first.waitForFinished(300000));
        QVERIFY(second.waitForFinished(300000));
        const QString output = QString::fromUtf8(first.readAll() + second.readAll() + first.readAllStandardError()
                                                 + second.readAllStandardError());
        QVERIFY2(first.exitCode() == 0 && second.exitCode() == 0, qPrintable(output));
        const Files files = embedded();
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM dashboard_schema_migrations")).toInt(),
                 files.dashboard.size() + files.baseline.size());
        // Exactly one of them did the work.
        QCOMPARE(output.count(QStringLiteral("Applying 0001_")), 1);
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
