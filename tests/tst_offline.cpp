// The offline promise end to end, on a real PostgreSQL and real cache files: a first fill equals
// what the server shows the person; the server stopping in the middle of a sync leaves the cache
// consistent and the next sync completes; with the server stopped the pages are served from the
// cache; 1000 notes written offline by a process killed (SIGKILL) again and again, then replayed
// by a process killed in the middle, arrive exactly once; a student reassigned on the server
// leaves the old instructor's cache; a refused write is kept and can be edited; two machines
// editing the same note end with the later replay; a damaged cache is rebuilt and refilled.
//
// It stops and starts the test cluster: RUN_SERIAL (tests/CMakeLists.txt).
#include "db/connectionerror.h"
#include "db/database.h"
#include "offline/cachedatabase.h"
#include "offline/cachereader.h"
#include "offline/outbox.h"
#include "students/studentrepository.h"
#include "sync/serverchanges.h"
#include "sync/synchronizer.h"
#include "testcluster.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace dashboard;
using sync::Synchronizer;

namespace {

const QString kPassword = QStringLiteral("offline-test-password");

struct Login
{
    QString key;
    QString userId;
    QString access;
};
const Login kLogins[] = {{QStringLiteral("A"), QStringLiteral("usr_a"), QStringLiteral("instructor")},
                         {QStringLiteral("B"), QStringLiteral("usr_b"), QStringLiteral("instructor")}};

// SIGKILL, as a crash or a power cut would end the process; false when it had already ended.
// (Never kill(0, ...): QProcess reports pid 0 once the process is gone, and kill(0) is the
// caller's whole process group.)
bool killHard(QProcess &process)
{
    const qint64 pid = process.processId();
    if (process.state() != QProcess::Running || pid <= 0)
        return false;
    return ::kill(pid_t(pid), SIGKILL) == 0;
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_roles;
    int m_connections = 0;

    db::ConnectionSettings settingsFor(const QString &key) const
    {
        db::ConnectionSettings settings = m_database->settings();
        settings.setValue(QStringLiteral("user"), m_roles.value(key));
        settings.setValue(QStringLiteral("password"), kPassword);
        settings.setValue(QStringLiteral("connect_timeout"), QStringLiteral("3"));
        return settings;
    }

    QString cachePath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    // One sync of `cache` as `key`, on fresh connections closed again afterwards.
    Synchronizer::Result syncAs(const QString &key, const QString &cache,
                                std::function<void(const QString &)> afterTable = {}, bool replayOnly = false)
    {
        const QString serverName = QStringLiteral("offline-server-%1").arg(++m_connections);
        const QString cacheName = QStringLiteral("offline-cache-%1").arg(m_connections);
        Synchronizer::Result result;
        {
            offline::CacheDatabase local(cache, cacheName);
            const auto report = local.open();
            if (!report.isOpen()) {
                result.outcome = Synchronizer::Outcome::CacheFailed;
                result.error = report.error.message;
                return result;
            }
            db::ConnectionError error;
            QSqlDatabase server = db::Database::open(settingsFor(key), serverName, &error);
            if (error.isError()) {
                result.outcome = Synchronizer::Outcome::ServerUnavailable;
                result.error = error.summary();
            } else {
                Synchronizer synchronizer(server, local.database());
                synchronizer.setAfterTableCommitted(std::move(afterTable));
                result = replayOnly ? synchronizer.replayOutbox() : synchronizer.run();
            }
            local.close();
        }
        db::Database::close(serverName);
        return result;
    }

    // Runs `work` with a reader of the cache file.
    template<typename Work>
    void withCache(const QString &cache, Work work)
    {
        const QString name = QStringLiteral("offline-read-%1").arg(++m_connections);
        {
            offline::CacheDatabase local(cache, name);
            const auto report = local.open();
            QVERIFY2(report.isOpen(), qPrintable(report.error.message));
            work(local.database());
            local.close();
        }
    }

    int cacheCount(const QString &cache, const QString &table, const QString &where = QStringLiteral("1=1"))
    {
        int count = -1;
        withCache(cache, [&](QSqlDatabase db) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)) && query.next())
                count = query.value(0).toInt();
        });
        return count;
    }

    // What `key` sees of `table` on the server.
    int serverCount(const QString &key, const QString &table)
    {
        const QString name = QStringLiteral("offline-count-%1").arg(++m_connections);
        int count = -1;
        {
            db::ConnectionError error;
            QSqlDatabase db = db::Database::open(settingsFor(key), name, &error);
            QSqlQuery query(db);
            const QString relation = table == u"users" ? QStringLiteral("dashboard_users") : table;
            if (!error.isError() && query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(relation)) && query.next())
                count = query.value(0).toInt();
        }
        db::Database::close(name);
        return count;
    }

    bool owner(const QString &sql)
    {
        QString error;
        if (m_database->exec(sql, &error))
            return true;
        qWarning("owner statement failed: %s\n%s", qPrintable(error), qPrintable(sql));
        return false;
    }

    void restartServer()
    {
        QString error;
        QVERIFY2(TestCluster::start(&error), qPrintable(error));
        m_database->reconnect();
    }

private slots:
    void initTestCase()
    {
        const QString problem = TestCluster::environmentProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_dir.isValid());
        m_database = new TestDatabase(QStringLiteral("offline"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));
        QFile fixture(QStringLiteral(DASHBOARD_TEST_DATA "/security_fixture.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QVERIFY2(m_database->exec(QString::fromUtf8(fixture.readAll()).replace(QStringLiteral(":suffix"), m_database->name()), &error),
                 qPrintable(error));
        for (const Login &login : kLogins) {
            const QString role = m_database->scalar(QStringLiteral("SELECT email FROM users WHERE id = ?"), {login.userId}).toString();
            QVERIFY(!role.isEmpty());
            m_database->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
            QVERIFY(owner(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE dashboard_%3").arg(role, kPassword, login.access)));
            QVERIFY(owner(QStringLiteral("INSERT INTO dashboard_logins (role_name, user_id, access_role) VALUES ('%1', '%2', '%3')")
                              .arg(role, login.userId, login.access)));
            m_roles.insert(login.key, role);
        }
        // Forty more students for A with 30 days of snapshots each, and notifications.
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO users (id, email, name, role, department_id, updated_at) "
            "SELECT 'stu_g' || g, 'g' || g || '.%1@example.org', 'Generated ' || g, 'USER', 'dep_c', now() FROM generate_series(1, 40) g")
                          .arg(m_database->name())));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO student_progress (id, student_id, instructor_id, overall_score, risk_score) "
            "SELECT 'sp_g' || g, 'stu_g' || g, 'usr_a', 50 + g, g FROM generate_series(1, 40) g")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO progress_snapshots (id, student_id, snapshot_date, sessions_completed, overall_score) "
            "SELECT 'ps_g' || g || '_' || d, 'stu_g' || g, DATE '2026-10-01' + d, d % 3, 60 + d FROM generate_series(1, 40) g, generate_series(0, 29) d")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO notifications (id, user_id, title, message, type) "
            "SELECT 'nt_a' || n, 'usr_a', 'Student at risk', 'Student G' || n || ' crossed the threshold', 'STUDENT_AT_RISK' FROM generate_series(1, 5) n")));
    }

    // A test that failed with the server stopped must not take the next ones with it.
    void init()
    {
        if (!TestCluster::isRunning())
            restartServer();
    }

    void cleanupTestCase()
    {
        if (!TestCluster::isRunning()) {
            QString error;
            TestCluster::start(&error);
        }
        delete m_database;
    }

    void firstFillEqualsTheServerAndANoOpSyncFetchesNothing()
    {
        const QString cache = cachePath(QStringLiteral("full-a"));
        const auto first = syncAs(QStringLiteral("A"), cache);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(first.rowsFetched > 1200);
        for (const QString &table : sync::ServerChanges::tables()) {
            const int server = serverCount(QStringLiteral("A"), table);
            QVERIFY2(server >= 0, qPrintable(table));
            QCOMPARE(cacheCount(cache, table), server);
        }
        QCOMPARE(cacheCount(cache, QStringLiteral("student_progress")), 42); // a1, a2 and the forty
        QCOMPARE(cacheCount(cache, QStringLiteral("progress_snapshots")), 1201);

        // The Students page from the cache is the page from the server.
        std::optional<QList<students::StudentSummary>> fromServer;
        {
            const QString name = QStringLiteral("offline-repo");
            db::ConnectionError error;
            QSqlDatabase db = db::Database::open(settingsFor(QStringLiteral("A")), name, &error);
            QVERIFY2(!error.isError(), qPrintable(error.summary()));
            students::StudentRepository repository(db);
            fromServer = repository.fetchStudents();
            QVERIFY2(fromServer, qPrintable(repository.errorString()));
        }
        db::Database::close(QStringLiteral("offline-repo"));
        withCache(cache, [&](QSqlDatabase db) {
            offline::CacheReader reader(db);
            const auto fromCache = reader.students();
            QVERIFY2(fromCache, qPrintable(reader.errorString()));
            QCOMPARE(fromCache->size(), fromServer->size());
            for (int i = 0; i < fromCache->size(); ++i) {
                QCOMPARE(fromCache->at(i).studentId, fromServer->at(i).studentId);
                QCOMPARE(fromCache->at(i).name, fromServer->at(i).name);
                QCOMPARE(fromCache->at(i).riskScore, fromServer->at(i).riskScore);
                QCOMPARE(fromCache->at(i).overallScore, fromServer->at(i).overallScore);
                QCOMPARE(fromCache->at(i).openAssignments, fromServer->at(i).openAssignments);
            }
        });

        const auto again = syncAs(QStringLiteral("A"), cache);
        QVERIFY2(again.ok(), qPrintable(again.error));
        // Nothing: the small tables without a cursor come again only when their fingerprint changed.
        QCOMPARE(again.rowsFetched, 0);
        QVERIFY(owner(QStringLiteral("UPDATE users SET name = 'Student A1 Renamed' WHERE id = 'stu_a1'")));
        const auto renamed = syncAs(QStringLiteral("A"), cache);
        QVERIFY2(renamed.ok(), qPrintable(renamed.error));
        QCOMPARE(renamed.rowsFetched, serverCount(QStringLiteral("A"), QStringLiteral("users")));
        QCOMPARE(cacheCount(cache, QStringLiteral("users"), QStringLiteral("name = 'Student A1 Renamed'")), 1);
    }

    void serverStoppedInTheMiddleOfASync()
    {
        const QString cache = cachePath(QStringLiteral("interrupted-a"));
        QStringList committed;
        bool stopped = false;
        const auto interrupted = syncAs(QStringLiteral("A"), cache, [&](const QString &table) {
            committed << table;
            if (committed.size() == 3 && !stopped) {
                QString error;
                stopped = TestCluster::stop(&error);
                if (!stopped)
                    qWarning("%s", qPrintable(error));
            }
        });
        QVERIFY(stopped);
        QCOMPARE(interrupted.outcome, Synchronizer::Outcome::ServerUnavailable);
        QCOMPARE(committed.size(), 3);

        // Consistent: the committed tables have their rows and the new cursor, the others nothing
        // and the first-fill cursor; the file is sound.
        withCache(cache, [&](QSqlDatabase db) {
            QCOMPARE(offline::CacheDatabase::quickCheck(db).value_or(QString()), QStringLiteral("ok"));
            offline::CacheReader reader(db);
            for (const QString &table : sync::ServerChanges::tables()) {
                const QString cursor = reader.cursor(table).value_or(QStringLiteral("?"));
                if (committed.contains(table))
                    QVERIFY2(cursor != sync::ServerChanges::initialCursor(), qPrintable(table));
                else
                    QCOMPARE(cursor, sync::ServerChanges::initialCursor());
            }
        });

        restartServer();
        const auto resumed = syncAs(QStringLiteral("A"), cache);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error));
        const QString reference = cachePath(QStringLiteral("full-a"));
        for (const QString &table : sync::ServerChanges::tables())
            QCOMPARE(cacheCount(cache, table), cacheCount(reference, table));
    }

    void pagesAreServedOfflineAndAThousandKilledWritesArriveExactlyOnce()
    {
        const QString cache = cachePath(QStringLiteral("full-a"));
        const int notifications = serverCount(QStringLiteral("A"), QStringLiteral("notifications"));
        QVERIFY(notifications >= 5);
        QString error;
        QVERIFY2(TestCluster::stop(&error), qPrintable(error));

        // Every page's data, from the cache alone.
        withCache(cache, [&](QSqlDatabase db) {
            offline::CacheReader reader(db);
            QCOMPARE(reader.students().value_or(QList<students::StudentSummary>()).size(), 42);
            QCOMPARE(reader.snapshots(QStringLiteral("stu_g7")).value_or(QList<students::DailySnapshot>()).size(), 30);
            QCOMPARE(reader.notifications(QStringLiteral("usr_a")).value_or(QList<offline::CachedNotification>()).size(), notifications);
            QVERIFY(reader.lastSyncedAt().value_or(QDateTime()).isValid());
        });
        const auto offline = syncAs(QStringLiteral("A"), cache);
        QCOMPARE(offline.outcome, Synchronizer::Outcome::ServerUnavailable);

        // 1000 notes, the writing process killed at random moments until all are in. A kill
        // between a commit and its line leaves a note the test was not told of: it must be there
        // all the same (n continues after the highest queued), so the outbox is the reference,
        // and every note the process said it committed must be in it.
        QHash<int, QString> committed; // n -> note id, as the process said once committed
        QRandomGenerator random(20261125);
        int kills = 0;
        bool finished = false;
        auto consume = [&committed](const QByteArray &output) {
            int lines = 0;
            for (const QByteArray &line : output.split('\n')) {
                const QList<QByteArray> parts = line.trimmed().split(' ');
                if (parts.size() == 2) {
                    committed.insert(parts.at(0).toInt(), QString::fromLatin1(parts.at(1)));
                    ++lines;
                }
            }
            return lines;
        };
        for (int round = 0; round < 60 && !finished; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(DASHBOARD_OFFLINE_CLIENT),
                         {QStringLiteral("notes"), cache, QStringLiteral("stu_a1"), QStringLiteral("1000")});
            QVERIFY(writer.waitForStarted());
            QByteArray out;
            if (round < 6) {
                // Killed after a random number of notes, at whatever it is doing then.
                const int after = int(random.bounded(20, 150));
                while (out.count('\n') < after && writer.state() == QProcess::Running && writer.waitForReadyRead(10000))
                    out += writer.readAllStandardOutput();
                if (killHard(writer))
                    ++kills;
            }
            QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(120000));
            out += writer.readAllStandardOutput();
            consume(out);
            if (writer.exitStatus() == QProcess::NormalExit) {
                QCOMPARE(writer.exitCode(), 0);
                finished = true;
            }
        }
        QVERIFY(finished);
        QVERIFY(kills >= 3);
        QVERIFY(committed.size() > 900);
        QHash<QString, int> queued; // note id -> n, from the outbox
        withCache(cache, [&](QSqlDatabase db) {
            offline::Outbox outbox(db);
            const auto pending = outbox.pending();
            QVERIFY(pending);
            QCOMPARE(pending->size(), 1000);
            QSet<int> seen;
            int previous = -1;
            for (const offline::OutboxEntry &entry : *pending) {
                const int n = entry.payload.value(QStringLiteral("n")).toInt();
                QVERIFY2(!seen.contains(n), "a note was queued twice");
                QVERIFY2(n > previous, "the outbox is out of order");
                previous = n;
                seen.insert(n);
                queued.insert(entry.payload.value(QStringLiteral("id")).toString(), n);
                if (committed.contains(n))
                    QCOMPARE(entry.payload.value(QStringLiteral("id")).toString(), committed.value(n));
            }
            QCOMPARE(seen.size(), 1000);
            QCOMPARE(offline::CacheDatabase::quickCheck(db).value_or(QString()), QStringLiteral("ok"));
        });

        // The server comes back; a replaying process is killed in the middle, twice; then the
        // replay completes.
        restartServer();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGDATABASE"), m_database->name());
        environment.insert(QStringLiteral("PGUSER"), m_roles.value(QStringLiteral("A")));
        environment.insert(QStringLiteral("PGPASSWORD"), kPassword);
        for (int round = 0; round < 2; ++round) {
            QProcess replayer;
            replayer.setProcessEnvironment(environment);
            replayer.start(QStringLiteral(DASHBOARD_OFFLINE_CLIENT), {QStringLiteral("replay"), cache});
            QVERIFY(replayer.waitForStarted());
            // Killed after some writes went through, at a random one: possibly between the
            // server's commit and the outbox forgetting the entry.
            const int after = int(random.bounded(20, 200));
            int applied = 0;
            QByteArray out;
            while (applied < after && replayer.state() == QProcess::Running && replayer.waitForReadyRead(10000)) {
                out += replayer.readAllStandardOutput();
                applied = int(out.count("applied "));
            }
            QVERIFY2(killHard(replayer), "the replay ended before it could be interrupted");
            QVERIFY(replayer.state() == QProcess::NotRunning || replayer.waitForFinished(60000));
        }
        const int before = m_database->scalar(QStringLiteral("SELECT count(*) FROM student_notes WHERE student_id = 'stu_a1'")).toInt();
        QVERIFY2(before < 1000, "the replays were not interrupted; make the kills earlier");
        const auto replayed = syncAs(QStringLiteral("A"), cache);
        QVERIFY2(replayed.ok(), qPrintable(replayed.error));
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM student_notes WHERE student_id = 'stu_a1' AND body LIKE 'offline note %'")).toInt(), 1000);
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(DISTINCT body) FROM student_notes WHERE student_id = 'stu_a1' AND body LIKE 'offline note %'")).toInt(), 1000);
        const QStringList onServer = m_database->column(QStringLiteral("SELECT id FROM student_notes WHERE student_id = 'stu_a1' AND body LIKE 'offline note %'"));
        const QStringList queuedIds = queued.keys();
        QCOMPARE(QSet<QString>(onServer.cbegin(), onServer.cend()), QSet<QString>(queuedIds.cbegin(), queuedIds.cend()));
        QCOMPARE(cacheCount(cache, QStringLiteral("outbox")), 0);
        QCOMPARE(cacheCount(cache, QStringLiteral("student_notes"), QStringLiteral("student_id = 'stu_a1'")), 1000);
    }

    void aReassignedStudentLeavesTheOldInstructorsCache()
    {
        const QString cacheA = cachePath(QStringLiteral("full-a"));
        const QString cacheB = cachePath(QStringLiteral("full-b"));
        QVERIFY(syncAs(QStringLiteral("A"), cacheA).ok());
        QVERIFY(syncAs(QStringLiteral("B"), cacheB).ok());
        QCOMPARE(cacheCount(cacheA, QStringLiteral("student_progress"), QStringLiteral("student_id = 'stu_g5'")), 1);
        QCOMPARE(cacheCount(cacheB, QStringLiteral("student_progress"), QStringLiteral("student_id = 'stu_g5'")), 0);

        QVERIFY(owner(QStringLiteral("UPDATE student_progress SET instructor_id = 'usr_b' WHERE student_id = 'stu_g5'")));
        const auto a = syncAs(QStringLiteral("A"), cacheA);
        QVERIFY2(a.ok(), qPrintable(a.error));
        QCOMPARE(a.studentsRemoved, QStringList{QStringLiteral("stu_g5")});
        for (const QString &table : {QStringLiteral("student_progress"), QStringLiteral("progress_snapshots")})
            QCOMPARE(cacheCount(cacheA, table, QStringLiteral("student_id = 'stu_g5'")), 0);
        QCOMPARE(cacheCount(cacheA, QStringLiteral("users"), QStringLiteral("id = 'stu_g5'")), 0);

        // The new instructor gets them whole, history included, though their rows are old.
        const auto b = syncAs(QStringLiteral("B"), cacheB);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.studentsAdded, QStringList{QStringLiteral("stu_g5")});
        QCOMPARE(cacheCount(cacheB, QStringLiteral("progress_snapshots"), QStringLiteral("student_id = 'stu_g5'")), 30);
        QVERIFY(owner(QStringLiteral("UPDATE student_progress SET instructor_id = 'usr_a' WHERE student_id = 'stu_g5'")));
    }

    void aRefusedWriteIsKeptAndCanBeEdited()
    {
        const QString cache = cachePath(QStringLiteral("full-a"));
        QString entryId;
        withCache(cache, [&](QSqlDatabase db) {
            offline::Outbox outbox(db);
            const auto entry = outbox.enqueue(offline::OutboxKind::noteUpsert(),
                                              QJsonObject{{QStringLiteral("id"), QStringLiteral("crefusednote000000000000a")},
                                                          {QStringLiteral("student_id"), QStringLiteral("stu_x1")}, // not A's
                                                          {QStringLiteral("body"), QStringLiteral("Not my student")},
                                                          {QStringLiteral("flag"), QJsonValue(QJsonValue::Null)},
                                                          {QStringLiteral("created_at"), QStringLiteral("2026-11-25T10:00:00.000")}});
            QVERIFY(entry);
            entryId = entry->id;
        });
        const auto refused = syncAs(QStringLiteral("A"), cache, {}, true);
        QVERIFY2(refused.ok(), qPrintable(refused.error));
        QCOMPARE(refused.rejected, 1);
        withCache(cache, [&](QSqlDatabase db) {
            offline::Outbox outbox(db);
            const auto rejected = outbox.rejected();
            QVERIFY(rejected);
            QCOMPARE(rejected->size(), 1);
            QCOMPARE(rejected->first().id, entryId);
            QVERIFY(!rejected->first().reason.isEmpty());
            QJsonObject payload = rejected->first().payload;
            payload.insert(QStringLiteral("student_id"), QStringLiteral("stu_a2"));
            QCOMPARE(outbox.edit(entryId, payload), offline::Outbox::Result::Done);
        });
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM student_notes WHERE id = 'crefusednote000000000000a'")).toInt(), 0);
        const auto accepted = syncAs(QStringLiteral("A"), cache);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error));
        QCOMPARE(accepted.replayed, 1);
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT student_id FROM student_notes WHERE id = 'crefusednote000000000000a'")).toString(),
                 QStringLiteral("stu_a2"));
    }

    void theLaterReplayWinsWhenTwoMachinesEditOneNote()
    {
        const QString laptop = cachePath(QStringLiteral("laptop-a"));
        const QString desktop = cachePath(QStringLiteral("desktop-a"));
        const QString id = QStringLiteral("csharednote0000000000000a");
        auto write = [&](const QString &cache, const QString &body) {
            withCache(cache, [&](QSqlDatabase db) {
                offline::Outbox outbox(db);
                QVERIFY(outbox.enqueue(offline::OutboxKind::noteUpsert(),
                                       QJsonObject{{QStringLiteral("id"), id},
                                                   {QStringLiteral("student_id"), QStringLiteral("stu_a1")},
                                                   {QStringLiteral("body"), body},
                                                   {QStringLiteral("flag"), QStringLiteral("FOLLOW_UP")},
                                                   {QStringLiteral("created_at"), QStringLiteral("2026-11-25T10:00:00.000")}}));
            });
        };
        write(laptop, QStringLiteral("v1"));
        QVERIFY(syncAs(QStringLiteral("A"), laptop).ok());
        QVERIFY(syncAs(QStringLiteral("A"), desktop).ok());
        // Both edit; the desktop's edit waits (offline), the laptop's goes first.
        write(desktop, QStringLiteral("v2 from the desktop"));
        write(laptop, QStringLiteral("v3 from the laptop"));
        QVERIFY(syncAs(QStringLiteral("A"), laptop).ok());
        QVERIFY(syncAs(QStringLiteral("A"), desktop).ok());
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT body FROM student_notes WHERE id = ?"), {id}).toString(),
                 QStringLiteral("v2 from the desktop"));
        QVERIFY(syncAs(QStringLiteral("A"), laptop).ok());
        for (const QString &cache : {laptop, desktop})
            QCOMPARE(cacheCount(cache, QStringLiteral("student_notes"), QStringLiteral("id = '%1' AND body = 'v2 from the desktop'").arg(id)), 1);
    }

    void aDamagedCacheIsRebuiltRefilledAndItsOutboxSalvaged()
    {
        const QString cache = cachePath(QStringLiteral("damaged-a"));
        QVERIFY(syncAs(QStringLiteral("A"), cache).ok());
        withCache(cache, [&](QSqlDatabase db) {
            offline::Outbox outbox(db);
            for (int i = 0; i < 3; ++i)
                QVERIFY(outbox.enqueue(offline::OutboxKind::notificationRead(),
                                       QJsonObject{{QStringLiteral("id"), QStringLiteral("nt_a%1").arg(i + 1)},
                                                   {QStringLiteral("read_at"), QStringLiteral("2026-11-25T10:00:00.000")}}));
        });
        {
            // Garbage over the middle of the file: cached pages, not the header.
            QFile file(cache);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 64 * 1024);
            QVERIFY(file.seek(size / 2));
            file.write(QByteArray(16 * 1024, char(0x5a)));
        }
        offline::CacheDatabase::OpenReport report;
        {
            offline::CacheDatabase local(cache, QStringLiteral("offline-damaged"));
            report = local.open();
            local.close();
        }
        QCOMPARE(report.status, offline::CacheDatabase::OpenStatus::Rebuilt);
        QCOMPARE(report.recoveredChanges + report.unreadableChanges, 3);
        QVERIFY(!report.userMessage().isEmpty());
        QVERIFY(QFile::exists(report.movedAsidePath));
        const auto refilled = syncAs(QStringLiteral("A"), cache);
        QVERIFY2(refilled.ok(), qPrintable(refilled.error));
        QCOMPARE(refilled.replayed, report.recoveredChanges);
        QCOMPARE(cacheCount(cache, QStringLiteral("student_progress")), serverCount(QStringLiteral("A"), QStringLiteral("student_progress")));
        QCOMPARE(cacheCount(cache, QStringLiteral("progress_snapshots")), serverCount(QStringLiteral("A"), QStringLiteral("progress_snapshots")));
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
