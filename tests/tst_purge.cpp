// `instructor-dashboard-admin purge` against a real server, run as a real login in
// dashboard_retention (as the nightly job would): exactly the rows past their retention period
// go, nothing newer; --dry-run counts the same rows and changes nothing; small batches still
// delete everything; logins outside dashboard_retention (including the owner) are refused and
// change nothing; every batch is audited; --set changes a period and is validated.
#include "testdatabase.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

namespace {

const QString kPassword = QStringLiteral("purge test password 1");

// Each table, its retention period in the default policies, and how a row's age is written:
// timestamps step in hours, dates in days, away from the cut-off.
struct Table
{
    const char *name;
    const char *keepFor;
};
const QList<Table> kTables{
    {"audit_logs", "7 years"},      {"system_logs", "90 days"},       {"progress_snapshots", "2 years"},
    {"analytics_daily", "3 years"}, {"module_analytics", "3 years"},  {"messages", "1 year"},
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Rows per table from purge's report: "DELETED" (or "WOULD DELETE" in a dry run), and batches.
struct Report
{
    QMap<QString, qint64> rows; // by table, and "TOTAL"
    QMap<QString, int> batches;
};

Report parseReport(const QString &out, bool dryRun)
{
    Report report;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 2 && words.first() == QLatin1String("TOTAL")) {
            report.rows.insert(words.first(), words.at(1).toLongLong());
            if (!dryRun && words.size() >= 3)
                report.batches.insert(words.first(), words.at(2).toInt());
            continue;
        }
        if (words.size() < 4)
            continue;
        for (const Table &table : kTables) {
            if (words.first() != QLatin1String(table.name))
                continue;
            if (dryRun) {
                report.rows.insert(words.first(), words.last().toLongLong());
            } else {
                report.rows.insert(words.first(), words.at(words.size() - 2).toLongLong());
                report.batches.insert(words.first(), words.last().toInt());
            }
        }
    }
    return report;
}

} // namespace

class TestPurge : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;
    QString m_purgeLogin;    // member of dashboard_retention
    QString m_nestedLogin;   // member of a group that is a member of dashboard_retention
    QString m_nestedGroup;
    QString m_outsiderLogin; // member of nothing
    QString m_adminLogin;    // an administrator's login (dashboard_admin, mapped in dashboard_logins)
    int m_seeds = 0;

    QString uriAs(const QString &login) const
    {
        QUrl url(m_database->uri());
        url.setUserName(login);
        return url.toString(QUrl::FullyEncoded);
    }

    // Runs the admin tool; login empty = the test's own superuser (the migration owner).
    Run admin(QStringList arguments, const QString &login = QString())
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!login.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), kPassword);
        arguments << QStringLiteral("--db") << (login.isEmpty() ? m_database->uri() : uriAs(login));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DASHBOARD_ADMIN_BINARY), arguments);
        if (!process.waitForFinished(300000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    Run purge(const QString &login, const QStringList &extra = {})
    {
        return admin(QStringList{QStringLiteral("purge")} + extra, login);
    }

    bool exec(const QString &sql)
    {
        QString error;
        if (m_database->exec(sql, &error))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
        return false;
    }

    qint64 count(const QString &sql, const QVariantList &bindings = {})
    {
        return m_database->scalar(sql, bindings).toLongLong();
    }

    // Rows of `table` whose id starts with `prefix`, seen by the owner (all rows).
    qint64 rowsLike(const char *table, const QString &prefix)
    {
        return count(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE id LIKE ?").arg(QLatin1String(table)),
                     {prefix + QLatin1Char('%')});
    }

    // Inserts, into every table, `oldCount` rows just past their retention period (the first
    // one day past it, the next further) and `newCount` rows just within it (one day short of
    // it, the next younger), all ids starting with "<seed>_<table>_old_" / "_new_". messages
    // also get a thread: an expired message with a reply that is not expired.
    // For date columns there is also one row on the cut-off's own day ("_edge_"), which the
    // policies count as expired (the date is compared with the cut-off timestamp: midnight <
    // cut-off).
    QString seed(int oldCount, int newCount)
    {
        const QString s = QStringLiteral("s%1").arg(++m_seeds);
        const QString suffix = m_database->name();
        bool ok = exec(QStringLiteral("INSERT INTO users (id, email, name, role, updated_at) VALUES "
                                      "('%1_teacher', '%1.teacher.%2@example.org', 'Teacher %1', 'INSTRUCTOR', now()), "
                                      "('%1_student', '%1.student.%2@example.org', 'Student %1', 'USER', now())")
                           .arg(s, suffix));
        ok = ok && exec(QStringLiteral("INSERT INTO departments (id, name, code, updated_at) VALUES ('%1_dep', 'Department %1', 'D-%1', now())").arg(s));
        const QString now = QStringLiteral("(now() AT TIME ZONE 'UTC')");
        struct Spec
        {
            const char *table;
            const char *keepFor;
            bool dates;
            QString columns;
            QString values; // %ID the id, %AGE the age column's value
        };
        const QList<Spec> specs{
            {"audit_logs", "7 years", false, QStringLiteral("id, action, resource, \"timestamp\""),
             QStringLiteral("%ID, 'test', 'test', %AGE")},
            {"system_logs", "90 days", false, QStringLiteral("id, level, category, message, \"timestamp\""),
             QStringLiteral("%ID, 'INFO', 'test', 'test', %AGE")},
            {"progress_snapshots", "2 years", true, QStringLiteral("id, student_id, snapshot_date"),
             QStringLiteral("%ID, '%1_student', %AGE").arg(s)},
            {"analytics_daily", "3 years", true, QStringLiteral("id, department_id, \"date\""), QStringLiteral("%ID, '%1_dep', %AGE").arg(s)},
            {"module_analytics", "3 years", true, QStringLiteral("id, module_id, category, difficulty, question_stats, \"date\""),
             QStringLiteral("%ID, 'codes-%1', 'CODES', 'EASY', '{}', %AGE").arg(s)},
            {"messages", "1 year", false, QStringLiteral("id, sender_id, subject, content, recipients, status, updated_at, created_at"),
             QStringLiteral("%ID, '%1_teacher', 'Subject', 'Text', '[]', 'SENT', now(), %AGE").arg(s)},
        };
        for (const Spec &spec : specs) {
            const QString cutoff = QStringLiteral("(%1 - interval '%2')").arg(now, QLatin1String(spec.keepFor));
            const QString step = spec.dates ? QStringLiteral("days") : QStringLiteral("hours");
            auto insert = [&](const QString &kind, int rows, const QString &age) {
                if (rows <= 0)
                    return true;
                QString values = spec.values;
                values.replace(QStringLiteral("%ID"), QStringLiteral("'%1_%2_%3_' || g").arg(s, QLatin1String(spec.table), kind))
                    .replace(QStringLiteral("%AGE"), age);
                return exec(QStringLiteral("INSERT INTO \"%1\" (%2) SELECT %3 FROM generate_series(0, %4) g")
                                .arg(QLatin1String(spec.table), spec.columns, values)
                                .arg(rows - 1));
            };
            QString older = QStringLiteral("%1 - interval '1 day' - g * interval '1 %2'").arg(cutoff, step.chopped(1));
            QString younger = QStringLiteral("%1 + interval '1 day' + g * interval '1 %2'").arg(cutoff, step.chopped(1));
            if (spec.dates) {
                older = QStringLiteral("(%1)::date").arg(older);
                younger = QStringLiteral("(%1)::date").arg(younger);
            }
            ok = ok && insert(QStringLiteral("old"), oldCount, older) && insert(QStringLiteral("new"), newCount, younger);
            if (spec.dates)
                ok = ok && insert(QStringLiteral("edge"), 1, QStringLiteral("(%1)::date").arg(cutoff));
        }
        ok = ok && exec(QStringLiteral("INSERT INTO messages (id, sender_id, subject, content, recipients, status, updated_at, created_at) VALUES "
                                       "('%1_messages_old_parent', '%1_teacher', 'Thread', 'Question', '[]', 'SENT', now(), %2 - interval '1 year 2 days'), "
                                       "('%1_messages_new_reply', '%1_teacher', 'Re: Thread', 'Answer', '[]', 'SENT', now(), %2 - interval '1 year' + interval '2 days')")
                                  .arg(s, now));
        ok = ok && exec(QStringLiteral("UPDATE messages SET parent_id = '%1_messages_old_parent' WHERE id = '%1_messages_new_reply'").arg(s));
        if (!ok)
            qWarning("seeding %s failed", qPrintable(s));
        return s;
    }

    // Expected expired rows of one seed: old ones, the edge row of date tables, the old parent message.
    static qint64 expiredOf(const char *table, int oldCount)
    {
        const QString name = QLatin1String(table);
        if (name == QLatin1String("progress_snapshots") || name == QLatin1String("analytics_daily") || name == QLatin1String("module_analytics"))
            return oldCount + 1;
        if (name == QLatin1String("messages"))
            return oldCount + 1;
        return oldCount;
    }

    // Expected rows of one seed within their period: new ones and, in messages, the reply.
    static qint64 keptOf(const char *table, int newCount)
    {
        return QLatin1String(table) == QLatin1String("messages") ? newCount + 1 : newCount;
    }

    qint64 expiredLeft(const char *table, const QString &s)
    {
        return rowsLike(table, QStringLiteral("%1_%2_old_").arg(s, QLatin1String(table)))
               + rowsLike(table, QStringLiteral("%1_%2_edge_").arg(s, QLatin1String(table)));
    }

    qint64 keptLeft(const char *table, const QString &s) { return rowsLike(table, QStringLiteral("%1_%2_new_").arg(s, QLatin1String(table))); }

    // Audit rows of DELETEs made by the purge login on `table` (all tests so far: compare deltas).
    qint64 auditedDeletes(const char *table, const QString &extraCondition = QString())
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE user_email = ? AND action = 'delete' AND resource = ?")
                         + extraCondition,
                     {m_purgeLogin, QLatin1String(table)});
    }

    void createLogin(const QString &name, const QString &inRole, bool login = true)
    {
        exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
        QString sql = login ? QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(name, kPassword)
                            : QStringLiteral("CREATE ROLE \"%1\" NOLOGIN").arg(name);
        if (!inRole.isEmpty())
            sql += QStringLiteral(" IN ROLE \"%1\"").arg(inRole);
        QVERIFY(exec(sql));
    }

private slots:
    void initTestCase()
    {
        m_database = new TestDatabase(QStringLiteral("purge"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));
        // Roles are cluster-wide: named after this test's database.
        m_purgeLogin = QStringLiteral("purge_job_") + m_database->name();
        m_nestedGroup = QStringLiteral("jobs_") + m_database->name();
        m_nestedLogin = QStringLiteral("nested_job_") + m_database->name();
        m_outsiderLogin = QStringLiteral("outsider_") + m_database->name();
        createLogin(m_purgeLogin, QStringLiteral("dashboard_retention"));
        createLogin(m_nestedGroup, QStringLiteral("dashboard_retention"), false);
        createLogin(m_nestedLogin, m_nestedGroup);
        createLogin(m_outsiderLogin, QString());
        m_adminLogin = QStringLiteral("admin.%1@example.org").arg(m_database->name());
        QVERIFY(exec(QStringLiteral("INSERT INTO users (id, email, name, role, updated_at) VALUES ('usr_admin', '%1', 'Admin', 'ADMIN', now())")
                         .arg(m_adminLogin)));
        createLogin(m_adminLogin, QStringLiteral("dashboard_admin"));
        QVERIFY(exec(QStringLiteral("INSERT INTO dashboard_logins (role_name, user_id, access_role) VALUES ('%1', 'usr_admin', 'admin')")
                         .arg(m_adminLogin)));
    }

    void cleanupTestCase()
    {
        if (!m_database)
            return;
        delete m_database;
        m_database = nullptr;
        TestDatabase cleanup(QStringLiteral("purge_cleanup"));
        for (const QString &role : {m_purgeLogin, m_nestedLogin, m_nestedGroup, m_outsiderLogin, m_adminLogin}) {
            if (!role.isEmpty())
                cleanup.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        }
    }

    // Every test starts from the default periods and no expired rows (the owner may delete
    // expired audit rows; younger ones stay, append-only, and are never expired).
    void init()
    {
        QVERIFY(exec(QStringLiteral("UPDATE dashboard_retention_policies p SET keep_for = d.keep_for FROM (VALUES "
                                    "('audit_logs', interval '7 years'), ('progress_snapshots', interval '2 years'), "
                                    "('system_logs', interval '90 days'), ('analytics_daily', interval '3 years'), "
                                    "('module_analytics', interval '3 years'), ('messages', interval '1 year')) d(t, keep_for) "
                                    "WHERE p.table_name = d.t AND p.keep_for IS DISTINCT FROM d.keep_for")));
        QVERIFY(exec(QStringLiteral("GRANT SELECT, DELETE ON messages TO dashboard_retention")));
        for (const char *table : {"system_logs", "progress_snapshots", "analytics_daily", "module_analytics", "messages"})
            QVERIFY(exec(QStringLiteral("DELETE FROM \"%1\"").arg(QLatin1String(table))));
        QVERIFY(exec(QStringLiteral("DELETE FROM audit_logs WHERE \"timestamp\" < dashboard_retention_cutoff('audit_logs')")));
    }

    void helpDescribesTheCommand()
    {
        const Run run = admin({QStringLiteral("purge"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *text : {"--dry-run", "--batch-size", "--set", "dashboard_retention", "CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention"})
            QVERIFY2(run.out.contains(QLatin1String(text)), qPrintable(run.out));
    }

    void dryRunCountsAndChangesNothing()
    {
        const QString s = seed(3, 2);
        const Run run = purge(m_purgeLogin, {QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("nothing was deleted")), qPrintable(run.out));
        const Report report = parseReport(run.out, true);
        for (const Table &table : kTables) {
            QCOMPARE(report.rows.value(QLatin1String(table.name), -1), expiredOf(table.name, 3));
            QCOMPARE(expiredLeft(table.name, s), expiredOf(table.name, 3));
            QCOMPARE(keptLeft(table.name, s), keptOf(table.name, 2));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE user_email = ?"), {m_purgeLogin}), 0);
    }

    void purgeDeletesExactlyTheExpiredRows()
    {
        const QString s = seed(3, 2);
        const QList<const char *> audited{"progress_snapshots", "analytics_daily", "module_analytics", "messages"};
        QList<qint64> auditBefore;
        for (const char *table : audited)
            auditBefore << auditedDeletes(table);
        const Run dry = purge(m_purgeLogin, {QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        const Run run = purge(m_purgeLogin);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const Report wouldDelete = parseReport(dry.out, true);
        const Report deleted = parseReport(run.out, false);
        qint64 total = 0;
        for (const Table &table : kTables) {
            const QString name = QLatin1String(table.name);
            QCOMPARE(deleted.rows.value(name, -1), expiredOf(table.name, 3));
            QCOMPARE(deleted.rows.value(name), wouldDelete.rows.value(name));
            QCOMPARE(deleted.batches.value(name), 1);
            QCOMPARE(expiredLeft(table.name, s), 0);
            QCOMPARE(keptLeft(table.name, s), keptOf(table.name, 2));
            total += deleted.rows.value(name);
            // The report names the period of each table.
            QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("^%1 +%2 ").arg(name, QLatin1String(table.keepFor)),
                                                         QRegularExpression::MultilineOption)),
                     qPrintable(run.out));
        }
        QCOMPARE(deleted.rows.value(QStringLiteral("TOTAL"), -1), total);
        QCOMPARE(deleted.batches.value(QStringLiteral("TOTAL"), -1), 6);
        QCOMPARE(wouldDelete.rows.value(QStringLiteral("TOTAL"), -1), total);
        // The reply outlives its expired thread start, detached.
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT coalesce(parent_id, 'none') FROM messages WHERE id = ?"),
                                    {s + QStringLiteral("_messages_new_reply")})
                     .toString(),
                 QStringLiteral("none"));
        // Each batch on an audited table left one audit row, by the purge login; the logs
        // themselves are not audited.
        for (qsizetype i = 0; i < audited.size(); ++i)
            QCOMPARE(auditedDeletes(audited.at(i)), auditBefore.at(i) + 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE user_email = ? AND resource IN ('audit_logs', 'system_logs')"),
                       {m_purgeLogin}),
                 0);
        // A second run finds nothing.
        const Run again = purge(m_purgeLogin);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(parseReport(again.out, false).rows.value(QStringLiteral("TOTAL"), -1), 0);
        QCOMPARE(parseReport(again.out, false).batches.value(QStringLiteral("TOTAL"), -1), 0);
    }

    void smallBatchesDeleteEverything()
    {
        const int oldCount = 23;
        const QString s = seed(oldCount, 4);
        const QString anonymous = QStringLiteral(" AND user_id IS NULL AND user_role IS NULL");
        const qint64 snapshotAuditsBefore = auditedDeletes("progress_snapshots");
        const qint64 messageAuditsBefore = auditedDeletes("messages", anonymous);
        const Run run = purge(m_purgeLogin, {QStringLiteral("--batch-size"), QStringLiteral("5")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("at most 5 rows per batch")), qPrintable(run.out));
        const Report deleted = parseReport(run.out, false);
        qint64 total = 0;
        int batches = 0;
        for (const Table &table : kTables) {
            const QString name = QLatin1String(table.name);
            const qint64 expired = expiredOf(table.name, oldCount);
            QCOMPARE(deleted.rows.value(name, -1), expired);
            QCOMPARE(deleted.batches.value(name, -1), int((expired + 4) / 5));
            QCOMPARE(expiredLeft(table.name, s), 0);
            QCOMPARE(keptLeft(table.name, s), keptOf(table.name, 4));
            total += expired;
            batches += deleted.batches.value(name);
        }
        QCOMPARE(deleted.rows.value(QStringLiteral("TOTAL"), -1), total);
        QCOMPARE(deleted.batches.value(QStringLiteral("TOTAL"), -1), batches);
        QVERIFY(batches > 6);
        // One audit row per batch (statement), each made by the purge login under the retention role.
        QCOMPARE(auditedDeletes("progress_snapshots") - snapshotAuditsBefore, qint64((expiredOf("progress_snapshots", oldCount) + 4) / 5));
        QCOMPARE(auditedDeletes("messages", anonymous) - messageAuditsBefore, qint64((expiredOf("messages", oldCount) + 4) / 5));
    }

    void aLoginInANestedGroupMayPurge()
    {
        const QString s = seed(2, 1);
        const Run run = purge(m_nestedLogin);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        for (const Table &table : kTables)
            QCOMPARE(expiredLeft(table.name, s), 0);
    }

    void loginsOutsideTheRetentionRoleAreRefused_data()
    {
        QTest::addColumn<bool>("owner");
        QTest::addColumn<QString>("message");
        QTest::newRow("member of nothing") << false << QStringLiteral("is not a member of dashboard_retention");
        QTest::newRow("migration owner (superuser)") << true << QStringLiteral("owns the dashboard tables and is not a member of dashboard_retention");
    }

    void loginsOutsideTheRetentionRoleAreRefused()
    {
        QFETCH(bool, owner);
        QFETCH(QString, message);
        const QString s = seed(2, 1);
        for (const bool dryRun : {false, true}) {
            const Run run = purge(owner ? QString() : m_outsiderLogin, dryRun ? QStringList{QStringLiteral("--dry-run")} : QStringList{});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith(QStringLiteral("instructor-dashboard-admin: error: ")), qPrintable(run.err));
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("Nothing was deleted")), qPrintable(run.err));
            QVERIFY2(!run.out.contains(QStringLiteral("TABLE")), qPrintable(run.out));
        }
        for (const Table &table : kTables)
            QCOMPARE(expiredLeft(table.name, s), expiredOf(table.name, 2));
    }

    void aDatabaseWithoutTheRetentionMigrationIsNamed()
    {
        TestDatabase older(QStringLiteral("purge_old"));
        REQUIRE_DATABASE(older);
        QString error;
        QVERIFY2(older.migrate(&error, 12), qPrintable(error)); // up to 0012: no dashboard_retention_cutoff()
        QUrl url(older.uri());
        url.setUserName(m_purgeLogin);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), kPassword);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DASHBOARD_ADMIN_BINARY),
                      {QStringLiteral("purge"), QStringLiteral("--db"), url.toString(QUrl::FullyEncoded)});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("the database is not migrated")) && err.contains(QStringLiteral("run 'migrate' first")),
                 qPrintable(err));
    }

    void badBatchSizeIsAUsageError_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("not a number") << QStringLiteral("many");
        QTest::newRow("too large") << QStringLiteral("100001");
    }

    void badBatchSizeIsAUsageError()
    {
        QFETCH(QString, value);
        const Run run = purge(m_purgeLogin, {QStringLiteral("--batch-size"), value});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("invalid --batch-size")), qPrintable(run.err));
    }

    // A failure halfway reports what the committed batches deleted, and exits non-zero.
    void aFailingTableStopsTheRunAndSaysWhatWasDone()
    {
        const QString s = seed(3, 1);
        QVERIFY(exec(QStringLiteral("REVOKE DELETE ON messages FROM dashboard_retention")));
        const Run run = purge(m_purgeLogin);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("deleting expired rows of messages failed")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("permission denied")), qPrintable(run.err));
        const qint64 before = expiredOf("audit_logs", 3) + expiredOf("system_logs", 3) + expiredOf("progress_snapshots", 3)
                              + expiredOf("analytics_daily", 3) + expiredOf("module_analytics", 3);
        QVERIFY2(run.err.contains(QStringLiteral("stay deleted")), qPrintable(run.err));
        const Report report = parseReport(run.out, false);
        QCOMPARE(report.rows.value(QStringLiteral("TOTAL"), -1), before);
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("^messages .* 0 \\(stopped here\\)"), QRegularExpression::MultilineOption)),
                 qPrintable(run.out));
        for (const Table &table : kTables) {
            const bool reached = QLatin1String(table.name) != QLatin1String("messages");
            QCOMPARE(expiredLeft(table.name, s), reached ? 0 : expiredOf(table.name, 3));
        }
    }

    void setChangesAPeriod()
    {
        const QString s = seed(1, 1);
        // Messages 13 and 19 months old: both kept for now (1 year + 1 day is the "old" row).
        QVERIFY(exec(QStringLiteral("INSERT INTO messages (id, sender_id, subject, content, recipients, status, updated_at, created_at) VALUES "
                                    "('%1_m13', '%1_teacher', 'a', 'b', '[]', 'SENT', now(), (now() AT TIME ZONE 'UTC') - interval '13 months'), "
                                    "('%1_m19', '%1_teacher', 'a', 'b', '[]', 'SENT', now(), (now() AT TIME ZONE 'UTC') - interval '19 months')")
                         .arg(s)));
        const auto keepFor = [this](const char *table) {
            return m_database->scalar(QStringLiteral("SELECT keep_for::text FROM dashboard_retention_policies WHERE table_name = ?"),
                                      {QLatin1String(table)})
                .toString();
        };

        // Refused before anything changes: unknown table, bad or non-positive interval, the retention login.
        Run run = admin({QStringLiteral("purge"), QStringLiteral("--set"), QStringLiteral("users=1 year")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown table 'users'")), qPrintable(run.err));
        run = admin({QStringLiteral("purge"), QStringLiteral("--set"), QStringLiteral("messages")});
        QCOMPARE(run.exitCode, 2);
        run = admin({QStringLiteral("purge"), QStringLiteral("--set"), QStringLiteral("messages=18 months"), QStringLiteral("--batch-size"),
                     QStringLiteral("10")});
        QCOMPARE(run.exitCode, 2);
        run = admin({QStringLiteral("purge"), QStringLiteral("--set"), QStringLiteral("messages=18 months"), QStringLiteral("--set"),
                     QStringLiteral("audit_logs=banana")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("invalid retention period 'banana' for audit_logs")), qPrintable(run.err));
        run = admin({QStringLiteral("purge"), QStringLiteral("--set"), QStringLiteral("messages=-3 days")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("must be longer than zero")), qPrintable(run.err));
        run = purge(m_purgeLogin, {QStringLiteral("--set"), QStringLiteral("messages=18 months")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("may not change retention periods")), qPrintable(run.err));
        run = admin({QStringLiteral("purge"), QStringLiteral("--set"), QStringLiteral("messages=18 months"), QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("messages: kept for 1 year → 1 year 6 mons")), qPrintable(run.out));
        QCOMPARE(keepFor("messages"), QStringLiteral("1 year"));
        QCOMPARE(keepFor("audit_logs"), QStringLiteral("7 years"));

        // The owner changes it; the change is audited with old and new value.
        run = admin({QStringLiteral("purge"), QStringLiteral("--set"), QStringLiteral("messages=18 months")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("messages: kept for 1 year → 1 year 6 mons")), qPrintable(run.out));
        QCOMPARE(keepFor("messages"), QStringLiteral("1 year 6 mons"));
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT (old_data->>'keep_for') || ' -> ' || (new_data->>'keep_for') FROM audit_logs "
                                                   "WHERE resource = 'dashboard_retention_policies' AND resource_id = 'messages' "
                                                   "ORDER BY \"timestamp\" DESC, id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("1 year -> 1 year 6 mons"));

        // The purge follows the new period: only the 19-month-old message goes.
        run = purge(m_purgeLogin);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(parseReport(run.out, false).rows.value(QStringLiteral("messages"), -1), 1);
        QCOMPARE(rowsLike("messages", s + QStringLiteral("_m19")), 0);
        QCOMPARE(rowsLike("messages", s + QStringLiteral("_m13")), 1);
        QCOMPARE(rowsLike("messages", s + QStringLiteral("_messages_old_")), 2); // 1 year + 1 and + 2 days: kept now

        // An administrator's login may change it too, and is named in the audit trail; it may not purge.
        run = admin({QStringLiteral("purge"), QStringLiteral("--set"), QStringLiteral("messages=1 year")}, m_adminLogin);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(keepFor("messages"), QStringLiteral("1 year"));
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT user_email || ' ' || user_role FROM audit_logs "
                                                   "WHERE resource = 'dashboard_retention_policies' AND resource_id = 'messages' "
                                                   "ORDER BY \"timestamp\" DESC, id DESC LIMIT 1"))
                     .toString(),
                 m_adminLogin + QStringLiteral(" ADMIN"));
        run = purge(m_adminLogin);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not a member of dashboard_retention")), qPrintable(run.err));
        QCOMPARE(rowsLike("messages", s + QStringLiteral("_messages_old_")), 2);
    }
};

QTEST_GUILESS_MAIN(TestPurge)
#include "tst_purge.moc"
