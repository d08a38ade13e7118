// instructor-dashboard-admin as an administrator meets it: clear messages, right exit codes,
// nothing changed on bad input.
#include "testdatabase.h"

#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run admin(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DASHBOARD_ADMIN_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(TestDatabase::environmentProblem().isEmpty(), qPrintable(TestDatabase::environmentProblem())); }

    void versionAndHelp()
    {
        Run run = admin({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral(DASHBOARD_VERSION)), qPrintable(run.out));
        run = admin({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("migrate")));
        run = admin({QStringLiteral("migrate"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--with-student-app-baseline")));
    }

    void badUsageIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command given");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("migrate"), QStringLiteral("--frobnicate")}
                                        << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("migrate"), QStringLiteral("now")}
                                        << QStringLiteral("unexpected argument 'now'");
        QTest::newRow("conflicting options") << QStringList{QStringLiteral("migrate"), QStringLiteral("--status"), QStringLiteral("--dry-run")}
                                             << QStringLiteral("cannot be combined");
        QTest::newRow("malformed --db") << QStringList{QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("host=a nonsense")}
                                        << QStringLiteral("invalid --db value");
    }

    void badUsageIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = admin(arguments);
        QVERIFY2(run.exitCode == 2 || (message.contains(QStringLiteral("--db")) && run.exitCode != 0),
                 qPrintable(QString::number(run.exitCode) + run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.startsWith(QStringLiteral("instructor-dashboard-admin: error: ")));
    }

    void connectionFailuresSayWhereAndWhy_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        const QString host = qEnvironmentVariable("PGHOST");
        const QString port = qEnvironmentVariable("PGPORT");
        QTest::newRow("unreachable") << QStringLiteral("postgresql://postgres@127.0.0.1:1/postgres") << QString()
                                     << QStringLiteral("cannot connect to 127.0.0.1:1 (database postgres, user postgres): server unreachable");
        QTest::newRow("wrong password") << QStringLiteral("postgresql://postgres@%1:%2/postgres").arg(host, port)
                                        << QStringLiteral("not-the-password") << QStringLiteral("wrong user name or password");
        QTest::newRow("missing database") << QStringLiteral("postgresql://postgres@%1:%2/no_such_database").arg(host, port) << QString()
                                          << QStringLiteral("database does not exist");
        QTest::newRow("TLS refused") << QStringLiteral("postgresql://postgres@%1:%2/postgres?sslmode=require").arg(host, port) << QString()
                                     << QStringLiteral("secure (TLS) connection failed");
    }

    void connectionFailuresSayWhereAndWhy()
    {
        QFETCH(QString, db);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!password.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), password);
        const Run run = admin({QStringLiteral("migrate"), QStringLiteral("--db"), db}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY(run.out.isEmpty());
    }

    void theLibpqEnvironmentIsHonoured()
    {
        TestDatabase database(QStringLiteral("cli_env"));
        REQUIRE_DATABASE(database);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGDATABASE"), database.name());
        const Run run = admin({QStringLiteral("migrate"), QStringLiteral("--with-student-app-baseline")}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(database.scalar(QStringLiteral("SELECT count(*) FROM dashboard_schema_migrations")).toInt() > 9);
    }

    void withoutTheStudentAppNothingChanges()
    {
        TestDatabase database(QStringLiteral("cli_empty"));
        REQUIRE_DATABASE(database);
        const Run run = admin({QStringLiteral("migrate"), QStringLiteral("--db"), database.uri()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("table users")) && run.err.contains(QStringLiteral("--with-student-app-baseline")),
                 qPrintable(run.err));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                "WHERE n.nspname = 'public'")).toInt(),
                 0);
    }

    void statusAndDryRunReportWithoutChanging()
    {
        TestDatabase database(QStringLiteral("cli_status"));
        REQUIRE_DATABASE(database);
        Run run = admin({QStringLiteral("migrate"), QStringLiteral("--dry-run"), QStringLiteral("--with-student-app-baseline"),
                         QStringLiteral("--db"), database.uri()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("would apply 0001_")));
        QVERIFY(run.out.contains(QStringLiteral("would apply baseline/0001_student_app_baseline.sql")));
        QCOMPARE(database.scalar(QStringLiteral("SELECT to_regclass('users') IS NULL AND to_regclass('dashboard_schema_migrations') IS NULL")).toBool(),
                 true);

        run = admin({QStringLiteral("migrate"), QStringLiteral("--status"), QStringLiteral("--db"), database.uri()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("pending   0001_")), qPrintable(run.out));

        run = admin({QStringLiteral("migrate"), QStringLiteral("--with-student-app-baseline"), QStringLiteral("--db"), database.uri()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = admin({QStringLiteral("migrate"), QStringLiteral("--status"), QStringLiteral("--db"), database.uri()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("applied   baseline/0001_student_app_baseline.sql")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("pending   ")));
        QVERIFY(run.out.contains(QStringLiteral(" 0 pending, 0 changed")));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
