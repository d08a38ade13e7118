// The server side of the offline sync against a real PostgreSQL, as the real logins of
// instructors, supervisors and an administrator: what a sync returns after a cursor (and what it
// must not miss), tombstones and who sees them, visibility changes, and the outbox's writes:
// exactly once, refused when they must be, retried when the server cannot answer.
#include "db/database.h"
#include "retention/purger.h"
#include "sync/serverchanges.h"
#include "sync/serverwriter.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

using dashboard::db::ConnectionError;
using dashboard::db::ConnectionSettings;
using dashboard::sync::ServerChanges;
using dashboard::sync::ServerWriter;
using dashboard::sync::Tombstone;
using dashboard::sync::WriteResult;
namespace Database = dashboard::db::Database;

namespace {

const QString kPassword = QStringLiteral("sync test password 1");

struct Login
{
    QString key;
    QString userId;
    QString access;
};

// Of security_fixture.sql: A and B instructors of department C, X of the other tree, T supervisor
// of C, M administrator.
const QList<Login> kLogins{
    {QStringLiteral("A"), QStringLiteral("usr_a"), QStringLiteral("instructor")},
    {QStringLiteral("B"), QStringLiteral("usr_b"), QStringLiteral("instructor")},
    {QStringLiteral("X"), QStringLiteral("usr_x"), QStringLiteral("instructor")},
    {QStringLiteral("T"), QStringLiteral("usr_t"), QStringLiteral("supervisor")},
    {QStringLiteral("M"), QStringLiteral("usr_m"), QStringLiteral("admin")},
};

// Client ids as the desktop makes them: 'c' and 24 lower-case letters or digits.
QString cuid(int n)
{
    return QStringLiteral("c%1").arg(n, 24, 10, QLatin1Char('0'));
}

struct Fetched
{
    QStringList columns;
    QList<QVariantList> rows;

    QStringList ids() const
    {
        QStringList list;
        for (const QVariantList &row : rows)
            list << row.value(0).toString();
        return list;
    }
    QVariant value(const QString &id, const QString &column) const
    {
        const qsizetype index = columns.indexOf(column);
        for (const QVariantList &row : rows) {
            if (row.value(0).toString() == id)
                return row.value(index);
        }
        return {};
    }
};

QStringList tombstoneKeys(const QList<Tombstone> &tombstones)
{
    QStringList keys;
    for (const Tombstone &t : tombstones)
        keys << t.table + QLatin1Char(':') + t.rowId;
    return keys;
}

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;
    QHash<QString, QString> m_roleNames; // key -> login role
    int m_connections = 0;

    QSqlDatabase as(const QString &key, const QString &purpose = QStringLiteral("main"))
    {
        const QString connectionName = QStringLiteral("sync-%1-%2-%3").arg(m_database->name(), key, purpose);
        if (QSqlDatabase::contains(connectionName))
            return QSqlDatabase::database(connectionName);
        ConnectionSettings settings = m_database->settings();
        settings.setValue(QStringLiteral("user"), m_roleNames.value(key, key));
        settings.setValue(QStringLiteral("password"), kPassword);
        ConnectionError error;
        QSqlDatabase db = Database::open(settings, connectionName, &error);
        if (error.isError())
            qWarning("cannot connect as %s: %s", qPrintable(key), qPrintable(error.summary()));
        return db;
    }

    // A connection of its own (closed again by cleanupTestCase), e.g. one to break on purpose.
    QSqlDatabase fresh(const QString &key) { return as(key, QStringLiteral("fresh%1").arg(++m_connections)); }

    QVariant owner(const QString &sql, const QVariantList &bindings = {}) { return m_database->scalar(sql, bindings); }

    bool ownerExec(const QString &sql)
    {
        QString error;
        if (m_database->exec(sql, &error))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
        return false;
    }

    // Tests run beside others on the same server, whose open transactions hold every snapshot's
    // xmin back (xmin is cluster-wide). Before a cursor is taken to show that earlier writes are
    // NOT returned, wait until no transaction older than those writes is running anywhere.
    bool settle()
    {
        const QString newest = owner(QStringLiteral("SELECT pg_current_xact_id()::text")).toString();
        QElapsedTimer timer;
        timer.start();
        while (owner(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot()) <= CAST(? AS xid8)"), {newest}).toBool()) {
            if (timer.elapsed() > 60000) {
                qWarning("another session kept a transaction open for a minute");
                return false;
            }
            QThread::msleep(50);
        }
        return true;
    }

    // A complete sync's cursor, as a client would store it.
    QString cursorAs(const QString &key)
    {
        ServerChanges changes(as(key));
        const auto cursor = changes.begin();
        if (!cursor) {
            qWarning("begin failed: %s", qPrintable(changes.errorString()));
            return {};
        }
        changes.finish();
        return *cursor;
    }

    Fetched fetch(ServerChanges &changes, const QString &table, const QString &cursor, const QStringList &students = {})
    {
        Fetched result;
        const bool ok = changes.fetch(table, cursor, students, [&result](const QStringList &columns, const QList<QVariantList> &rows) {
            result.columns = columns;
            result.rows += rows;
            return true;
        });
        if (!ok)
            qWarning("fetch %s failed: %s", qPrintable(table), qPrintable(changes.errorString()));
        return result;
    }

    // One table read in a sync of its own.
    Fetched fetchAs(const QString &key, const QString &table, const QString &cursor, const QStringList &students = {})
    {
        ServerChanges changes(as(key));
        if (!changes.begin())
            return {};
        Fetched result = fetch(changes, table, cursor, students);
        changes.finish();
        return result;
    }

    QStringList tombstonesAs(const QString &key, const QString &cursor)
    {
        ServerChanges changes(as(key));
        if (!changes.begin())
            return {QStringLiteral("begin failed")};
        const auto tombstones = changes.tombstones(cursor);
        changes.finish();
        return tombstones ? tombstoneKeys(*tombstones) : QStringList{QStringLiteral("failed: ") + changes.errorString()};
    }

    QStringList visibleAs(const QString &key)
    {
        ServerChanges changes(as(key));
        if (!changes.begin())
            return {};
        const auto ids = changes.visibleStudentIds();
        changes.finish();
        return ids.value_or(QStringList{QStringLiteral("failed")});
    }

    WriteResult write(const QString &key, const QString &kind, const QJsonObject &payload)
    {
        ServerWriter writer(as(key));
        return writer.apply(kind, payload);
    }

    static QJsonObject note(const QString &id, const QString &student, const QString &body, const QString &flag = QString())
    {
        QJsonObject payload{{QStringLiteral("id"), id},
                            {QStringLiteral("student_id"), student},
                            {QStringLiteral("body"), body},
                            {QStringLiteral("created_at"), QStringLiteral("2026-11-20T09:15:00.250")}};
        payload.insert(QStringLiteral("flag"), flag.isEmpty() ? QJsonValue() : QJsonValue(flag));
        return payload;
    }

private slots:
    void initTestCase()
    {
        m_database = new TestDatabase(QStringLiteral("syncserver"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));

        QFile fixture(QStringLiteral(DASHBOARD_TEST_DATA "/security_fixture.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(fixture.readAll()).replace(QStringLiteral(":suffix"), m_database->name());
        QVERIFY2(m_database->exec(sql, &error), qPrintable(error));
        // A second snapshot, of A's other student, for the visibility test.
        QVERIFY(ownerExec(QStringLiteral("INSERT INTO progress_snapshots (id, student_id, snapshot_date, sessions_completed) "
                                         "VALUES ('ps_a2', 'stu_a2', DATE '2026-11-02', 4)")));

        for (const Login &login : kLogins) {
            const QString roleName = owner(QStringLiteral("SELECT email FROM users WHERE id = ?"), {login.userId}).toString();
            QVERIFY(!roleName.isEmpty());
            m_database->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(roleName));
            QVERIFY2(m_database->exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE dashboard_%3")
                                          .arg(roleName, kPassword, login.access),
                                      &error),
                     qPrintable(error));
            QVERIFY2(m_database->exec(QStringLiteral("INSERT INTO dashboard_logins (role_name, user_id, access_role) VALUES ('%1', '%2', '%3')")
                                          .arg(roleName, login.userId, login.access),
                                      &error),
                     qPrintable(error));
            m_roleNames.insert(login.key, roleName);
        }
        const QString retention = QStringLiteral("retention_") + m_database->name();
        m_database->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(retention));
        QVERIFY2(m_database->exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE dashboard_retention").arg(retention, kPassword),
                                  &error),
                 qPrintable(error));
        m_roleNames.insert(QStringLiteral("retention"), retention);
    }

    void cleanupTestCase()
    {
        if (!m_database)
            return;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QStringLiteral("sync-")))
                Database::close(name);
        }
        const QStringList roles = m_roleNames.values();
        delete m_database;
        m_database = nullptr;
        TestDatabase cleanup(QStringLiteral("syncserver_cleanup"));
        for (const QString &role : roles)
            cleanup.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
    }

    // Every synced relation returns exactly its server columns but sync_xid (the cache has the
    // same names), in the contract's encoding.
    void aFirstFillReturnsEveryColumnInTheCacheEncoding()
    {
        ServerChanges changes(as(QStringLiteral("A")));
        const auto cursor = changes.begin();
        QVERIFY2(cursor, qPrintable(changes.errorString()));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]+$")).match(*cursor).hasMatch());
        for (const QString &table : ServerChanges::tables()) {
            if (ServerChanges::isWhole(table))
                continue;
            const Fetched fetched = fetch(changes, table, ServerChanges::initialCursor());
            if (fetched.rows.isEmpty())
                continue; // columns are only reported with a batch; checked for the tables A has rows in
            const QStringList expected = m_database->column(
                QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0 "
                               "AND NOT attisdropped AND attname <> 'sync_xid' ORDER BY attnum"),
                {table});
            QCOMPARE(fetched.columns, expected);
        }

        const Fetched progress = fetch(changes, QStringLiteral("student_progress"), QStringLiteral("0"));
        QCOMPARE(progress.ids(), (QStringList{QStringLiteral("sp_a1"), QStringLiteral("sp_a2")}));
        QCOMPARE(progress.value(QStringLiteral("sp_a1"), QStringLiteral("overall_score")).toDouble(), 71.0);
        QCOMPARE(progress.value(QStringLiteral("sp_a1"), QStringLiteral("goal_achieved")).toInt(), 0);
        QCOMPARE(progress.value(QStringLiteral("sp_a1"), QStringLiteral("difficulty_level")).toString(), QStringLiteral("EASY"));
        QVERIFY(progress.value(QStringLiteral("sp_a1"), QStringLiteral("risk_factors")).isNull());
        const QRegularExpression timestamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"));
        QVERIFY2(timestamp.match(progress.value(QStringLiteral("sp_a1"), QStringLiteral("updated_at")).toString()).hasMatch(),
                 qPrintable(progress.value(QStringLiteral("sp_a1"), QStringLiteral("updated_at")).toString()));

        const Fetched snapshots = fetch(changes, QStringLiteral("progress_snapshots"), QStringLiteral("0"));
        QCOMPARE(snapshots.ids(), (QStringList{QStringLiteral("ps_a1"), QStringLiteral("ps_a2")}));
        QCOMPARE(snapshots.value(QStringLiteral("ps_a1"), QStringLiteral("snapshot_date")).toString(), QStringLiteral("2026-11-01"));

        const Fetched messages = fetch(changes, QStringLiteral("messages"), QStringLiteral("0"));
        QCOMPARE(messages.ids(), (QStringList{QStringLiteral("msg_a_to_a1"), QStringLiteral("msg_b_to_a")}));
        QCOMPARE(messages.value(QStringLiteral("msg_a_to_a1"), QStringLiteral("delivery_method")).toString(), QStringLiteral("[\"app\"]"));
        QVERIFY(messages.value(QStringLiteral("msg_a_to_a1"), QStringLiteral("recipients")).toString().startsWith(QLatin1Char('[')));

        const Fetched notifications = fetch(changes, QStringLiteral("notifications"), QStringLiteral("0"));
        QCOMPARE(notifications.ids(), QStringList{QStringLiteral("ntf_a")});
        QCOMPARE(notifications.value(QStringLiteral("ntf_a"), QStringLiteral("is_read")).toInt(), 0);
        QCOMPARE(notifications.value(QStringLiteral("ntf_a"), QStringLiteral("metadata")).toString(), QStringLiteral("{}"));

        QCOMPARE(fetch(changes, QStringLiteral("analytics_daily"), QStringLiteral("0")).value(QStringLiteral("ad_a"), QStringLiteral("date")).toString(),
                 QStringLiteral("2026-11-01"));
        QCOMPARE(fetch(changes, QStringLiteral("assignments"), QStringLiteral("0")).ids(), QStringList{QStringLiteral("as_a")});

        // The two whole relations: the person, their students, the departments they may see.
        const Fetched users = fetch(changes, QStringLiteral("users"), QString());
        QCOMPARE(users.ids(), (QStringList{QStringLiteral("stu_a1"), QStringLiteral("stu_a2"), QStringLiteral("usr_a")}));
        QCOMPARE(users.columns, (QStringList{QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role"),
                                             QStringLiteral("department_id"), QStringLiteral("is_active")}));
        QCOMPARE(users.value(QStringLiteral("usr_a"), QStringLiteral("role")).toString(), QStringLiteral("INSTRUCTOR"));
        QCOMPARE(users.value(QStringLiteral("usr_a"), QStringLiteral("is_active")).toInt(), 1);
        QCOMPARE(fetch(changes, QStringLiteral("departments"), QString()).ids(), (QStringList{QStringLiteral("dep_c"), QStringLiteral("dep_p")}));
        QCOMPARE(changes.visibleStudentIds().value_or(QStringList()), (QStringList{QStringLiteral("stu_a1"), QStringLiteral("stu_a2")}));
        QVERIFY(changes.finish());
    }

    void rowsArriveInBatches()
    {
        ServerChanges changes(as(QStringLiteral("M")));
        QVERIFY(changes.begin());
        QList<qsizetype> sizes;
        QVERIFY(changes.fetch(QStringLiteral("analytics_daily"), QStringLiteral("0"), {},
                              [&sizes](const QStringList &, const QList<QVariantList> &rows) {
                                  sizes << rows.size();
                                  return true;
                              },
                              4));
        QCOMPARE(sizes, (QList<qsizetype>{4, 4, 1}));
        // A receiver that cannot keep the rows stops the fetch.
        QVERIFY(!changes.fetch(QStringLiteral("analytics_daily"), QStringLiteral("0"), {},
                               [](const QStringList &, const QList<QVariantList> &) { return false; }, 4));
        QCOMPARE(changes.error(), ServerChanges::Error::Stopped);
        QVERIFY(!changes.fetch(QStringLiteral("quiz_sessions"), QStringLiteral("0"), {}, [](auto &&, auto &&) { return true; }));
        QVERIFY(!changes.fetch(QStringLiteral("notifications"), QStringLiteral("1; DROP TABLE users"), {}, [](auto &&, auto &&) { return true; }));
    }

    void aChangeAfterTheCursorIsReturnedAndUnchangedRowsAreNot()
    {
        QVERIFY(settle());
        const QString cursor = cursorAs(QStringLiteral("A"));
        QVERIFY(!cursor.isEmpty());
        // Nothing written since: every table comes back empty.
        {
            ServerChanges changes(as(QStringLiteral("A")));
            QVERIFY(changes.begin());
            for (const QString &table : ServerChanges::tables()) {
                if (!ServerChanges::isWhole(table))
                    QVERIFY2(fetch(changes, table, cursor).rows.isEmpty(), qPrintable(table));
            }
            QCOMPARE(changes.tombstones(cursor).value_or(QList<Tombstone>{Tombstone{}}).size(), 0);
        }

        QVERIFY(ownerExec(QStringLiteral("UPDATE student_progress SET overall_score = 73 WHERE id = 'sp_a1'")));
        QVERIFY(ownerExec(QStringLiteral("UPDATE student_progress SET overall_score = 99 WHERE id = 'sp_x1'")));
        QVERIFY(ownerExec(QStringLiteral("INSERT INTO progress_snapshots (id, student_id, snapshot_date) VALUES ('ps_a1_b', 'stu_a1', DATE '2026-11-03')")));
        const Fetched progress = fetchAs(QStringLiteral("A"), QStringLiteral("student_progress"), cursor);
        QCOMPARE(progress.ids(), QStringList{QStringLiteral("sp_a1")}); // sp_a2 unchanged, sp_x1 not A's
        QCOMPARE(progress.value(QStringLiteral("sp_a1"), QStringLiteral("overall_score")).toDouble(), 73.0);
        QCOMPARE(fetchAs(QStringLiteral("A"), QStringLiteral("progress_snapshots"), cursor).ids(), QStringList{QStringLiteral("ps_a1_b")});
        QCOMPARE(fetchAs(QStringLiteral("X"), QStringLiteral("student_progress"), cursor).ids(), QStringList{QStringLiteral("sp_x1")});
    }

    // The heart of the cursor: a transaction still open when a sync takes its cursor commits
    // later, with rows older (by id) than some the sync did see. The next sync returns them.
    void aTransactionOpenAtTheCursorIsNotMissed()
    {
        QVERIFY(settle());
        const QString before = cursorAs(QStringLiteral("A"));
        QSqlDatabase other = m_database->connection(QStringLiteral("open-transaction"));
        QVERIFY(other.transaction());
        QSqlQuery open(other);
        QVERIFY(open.exec(QStringLiteral("UPDATE student_progress SET current_streak = 42 WHERE id = 'sp_a2' RETURNING pg_current_xact_id()::text")));
        QVERIFY(open.next());
        const QString openXid = open.value(0).toString();
        open.finish();
        // A later transaction commits while the first is still open.
        QVERIFY(ownerExec(QStringLiteral("UPDATE student_progress SET current_streak = 7 WHERE id = 'sp_a1'")));

        std::optional<QString> cursor;
        Fetched seen;
        {
            ServerChanges changes(as(QStringLiteral("A")));
            cursor = changes.begin();
            seen = fetch(changes, QStringLiteral("student_progress"), before);
            changes.finish();
        }
        // Committed before anything is checked, so that a failure does not leave it open.
        QVERIFY(other.commit());
        QVERIFY(cursor);
        QVERIFY2(!ServerChanges::isOlder(openXid, *cursor), qPrintable(openXid + QStringLiteral(" < ") + *cursor));
        QVERIFY(seen.ids().contains(QStringLiteral("sp_a1")));
        QVERIFY(!seen.ids().contains(QStringLiteral("sp_a2"))); // not committed: invisible to this snapshot

        const Fetched next = fetchAs(QStringLiteral("A"), QStringLiteral("student_progress"), *cursor);
        QVERIFY2(next.ids().contains(QStringLiteral("sp_a2")), qPrintable(next.ids().join(QLatin1Char(','))));
        QCOMPARE(next.value(QStringLiteral("sp_a2"), QStringLiteral("current_streak")).toInt(), 42);
    }

    void deletionsLeaveTombstonesForTheRightPeopleOnly()
    {
        const QString cursor = cursorAs(QStringLiteral("M"));
        QVERIFY(ownerExec(QStringLiteral("INSERT INTO progress_snapshots (id, student_id, snapshot_date) VALUES "
                                         "('ps_gone_a1', 'stu_a1', DATE '2026-10-01'), ('ps_gone_x1', 'stu_x1', DATE '2026-10-01')")));
        QVERIFY(ownerExec(QStringLiteral("INSERT INTO notifications (id, user_id, title, message, type) VALUES "
                                         "('ntf_gone_b', 'usr_b', 't', 'm', 'SYSTEM_ALERT')")));
        QVERIFY(ownerExec(QStringLiteral("INSERT INTO messages (id, sender_id, subject, content, recipients, status) VALUES "
                                         "('msg_gone', 'usr_b', 's', 'c', '[{\"id\": \"usr_a\", \"type\": \"user\"}]', 'SENT')")));
        QVERIFY(ownerExec(QStringLiteral("DELETE FROM progress_snapshots WHERE id IN ('ps_gone_a1', 'ps_gone_x1')")));
        QVERIFY(ownerExec(QStringLiteral("DELETE FROM notifications WHERE id = 'ntf_gone_b'")));
        QVERIFY(ownerExec(QStringLiteral("DELETE FROM messages WHERE id = 'msg_gone'")));

        auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };
        QCOMPARE(sorted(tombstonesAs(QStringLiteral("A"), cursor)),
                 (QStringList{QStringLiteral("messages:msg_gone"), QStringLiteral("progress_snapshots:ps_gone_a1")}));
        QCOMPARE(sorted(tombstonesAs(QStringLiteral("B"), cursor)),
                 (QStringList{QStringLiteral("messages:msg_gone"), QStringLiteral("notifications:ntf_gone_b")}));
        QCOMPARE(tombstonesAs(QStringLiteral("X"), cursor), QStringList{QStringLiteral("progress_snapshots:ps_gone_x1")});
        // The supervisor of department C: the snapshot of C's student, no one's notifications or mail.
        QCOMPARE(tombstonesAs(QStringLiteral("T"), cursor), QStringList{QStringLiteral("progress_snapshots:ps_gone_a1")});
        QCOMPARE(sorted(tombstonesAs(QStringLiteral("M"), cursor)),
                 (QStringList{QStringLiteral("messages:msg_gone"), QStringLiteral("notifications:ntf_gone_b"),
                              QStringLiteral("progress_snapshots:ps_gone_a1"), QStringLiteral("progress_snapshots:ps_gone_x1")}));
        // Nobody may write or remove tombstones but the purge.
        QSqlQuery forge(as(QStringLiteral("A")));
        QVERIFY(!forge.exec(QStringLiteral("INSERT INTO dashboard_sync_tombstones (table_name, row_id) VALUES ('student_progress', 'sp_b1')")));
        QCOMPARE(forge.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!forge.exec(QStringLiteral("DELETE FROM dashboard_sync_tombstones")));

        // A row deleted and made again under the same id is not deleted on the client.
        QVERIFY(settle());
        const QString again = cursorAs(QStringLiteral("A"));
        QVERIFY(ownerExec(QStringLiteral("DELETE FROM progress_snapshots WHERE id = 'ps_a1_b'")));
        QVERIFY(ownerExec(QStringLiteral("INSERT INTO progress_snapshots (id, student_id, snapshot_date) VALUES ('ps_a1_b', 'stu_a1', DATE '2026-11-03')")));
        QCOMPARE(tombstonesAs(QStringLiteral("A"), again), QStringList());
        QCOMPARE(fetchAs(QStringLiteral("A"), QStringLiteral("progress_snapshots"), again).ids(), QStringList{QStringLiteral("ps_a1_b")});
    }

    // A student moved from A to B: A's list loses them, B's gains them, and B reads their rows
    // whole although those rows did not change since B's cursor.
    void aReassignedStudentMovesBetweenVisibleLists()
    {
        QVERIFY(visibleAs(QStringLiteral("A")).contains(QStringLiteral("stu_a2")));
        QVERIFY(!visibleAs(QStringLiteral("B")).contains(QStringLiteral("stu_a2")));
        QVERIFY(settle());
        const QString cursorB = cursorAs(QStringLiteral("B"));

        QVERIFY(ownerExec(QStringLiteral("UPDATE student_progress SET instructor_id = 'usr_b' WHERE student_id = 'stu_a2'")));
        QCOMPARE(visibleAs(QStringLiteral("A")), QStringList{QStringLiteral("stu_a1")});
        QCOMPARE(visibleAs(QStringLiteral("B")), (QStringList{QStringLiteral("stu_a2"), QStringLiteral("stu_b1")}));

        // Unchanged since B's cursor: not returned by the cursor alone, returned whole on request.
        QCOMPARE(fetchAs(QStringLiteral("B"), QStringLiteral("progress_snapshots"), cursorB).ids(), QStringList());
        QCOMPARE(fetchAs(QStringLiteral("B"), QStringLiteral("progress_snapshots"), cursorB, {QStringLiteral("stu_a2")}).ids(),
                 QStringList{QStringLiteral("ps_a2")});
        // The progress row itself changed (its instructor), so the cursor finds it anyway.
        QCOMPARE(fetchAs(QStringLiteral("B"), QStringLiteral("student_progress"), cursorB).ids(), QStringList{QStringLiteral("sp_a2")});
        QVERIFY(fetchAs(QStringLiteral("B"), QStringLiteral("users"), QString()).ids().contains(QStringLiteral("stu_a2")));
        QVERIFY(!fetchAs(QStringLiteral("A"), QStringLiteral("users"), QString()).ids().contains(QStringLiteral("stu_a2")));
        // Asking for a student one cannot see returns nothing of theirs.
        QCOMPARE(fetchAs(QStringLiteral("A"), QStringLiteral("progress_snapshots"), cursorB, {QStringLiteral("stu_a2"), QStringLiteral("stu_x1")}).ids(),
                 QStringList());

        QVERIFY(ownerExec(QStringLiteral("UPDATE student_progress SET instructor_id = 'usr_a' WHERE student_id = 'stu_a2'")));
        QVERIFY(visibleAs(QStringLiteral("A")).contains(QStringLiteral("stu_a2")));
    }

    void aNoteWrittenTwiceIsOneRow()
    {
        const QString cursor = cursorAs(QStringLiteral("T"));
        const QString id = cuid(1);
        for (int attempt = 0; attempt < 2; ++attempt) {
            const WriteResult result = write(QStringLiteral("A"), QStringLiteral("note.upsert"),
                                             note(id, QStringLiteral("stu_a1"), QStringLiteral("Struggles with 10-codes"), QStringLiteral("FOLLOW_UP")));
            QVERIFY2(result.isApplied(), qPrintable(result.reason));
        }
        QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM student_notes WHERE id = ?"), {id}).toInt(), 1);
        QCOMPARE(owner(QStringLiteral("SELECT author_id || ' ' || flag || ' ' || body FROM student_notes WHERE id = ?"), {id}).toString(),
                 QStringLiteral("usr_a FOLLOW_UP Struggles with 10-codes"));
        QCOMPARE(owner(QStringLiteral("SELECT to_char(created_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS') FROM student_notes WHERE id = ?"), {id}).toString(),
                 QStringLiteral("2026-11-20T09:15:00.250"));
        // An edit: same id, the later text wins; a bare flag has no text.
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.upsert"), note(id, QStringLiteral("stu_a1"), QString(), QStringLiteral("CONCERN"))).isApplied());
        QCOMPARE(owner(QStringLiteral("SELECT flag || '|' || body FROM student_notes WHERE id = ?"), {id}).toString(), QStringLiteral("CONCERN|"));
        // The supervisor's next sync brings it (notes of visible students); X's does not.
        const Fetched notes = fetchAs(QStringLiteral("T"), QStringLiteral("student_notes"), cursor);
        QCOMPARE(notes.ids(), QStringList{id});
        QCOMPARE(notes.value(id, QStringLiteral("flag")).toString(), QStringLiteral("CONCERN"));
        QCOMPARE(notes.value(id, QStringLiteral("author_id")).toString(), QStringLiteral("usr_a"));
        QVERIFY(notes.value(id, QStringLiteral("deleted_at")).isNull());
        QCOMPARE(fetchAs(QStringLiteral("X"), QStringLiteral("student_notes"), cursor).ids(), QStringList());
        // Audited like every write.
        QVERIFY(owner(QStringLiteral("SELECT count(*) FROM audit_logs WHERE resource = 'student_notes' AND resource_id = ? AND user_id = 'usr_a'"), {id})
                    .toInt()
                >= 2);
    }

    void aNoteOnAStudentOutOfSightIsRejected()
    {
        const QString id = cuid(2);
        const WriteResult result = write(QStringLiteral("A"), QStringLiteral("note.upsert"), note(id, QStringLiteral("stu_x1"), QStringLiteral("Not mine")));
        QVERIFY(result.isRejected());
        QVERIFY2(result.reason.contains(QStringLiteral("row-level security")), qPrintable(result.reason));
        QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM student_notes WHERE id = ?"), {id}).toInt(), 0);
        // A student who does not exist at all.
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.upsert"), note(id, QStringLiteral("stu_nobody"), QStringLiteral("?"))).isRejected());
    }

    void onlyTheAuthorChangesOrWithdrawsANote()
    {
        const QString id = cuid(3);
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.upsert"), note(id, QStringLiteral("stu_a1"), QStringLiteral("Good radio discipline"),
                                                                                 QStringLiteral("PRAISE")))
                    .isApplied());
        // T sees stu_a1 and may write notes on them, but not A's.
        const WriteResult edit = write(QStringLiteral("T"), QStringLiteral("note.upsert"), note(id, QStringLiteral("stu_a1"), QStringLiteral("Rewritten")));
        QVERIFY(edit.isRejected());
        QVERIFY(!edit.reason.isEmpty());
        const WriteResult withdraw = write(QStringLiteral("T"), QStringLiteral("note.delete"), QJsonObject{{QStringLiteral("id"), id}});
        QVERIFY(withdraw.isRejected());
        QCOMPARE(owner(QStringLiteral("SELECT body || '|' || (deleted_at IS NULL) FROM student_notes WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Good radio discipline|true"));
        // B cannot see stu_a1: refused by row-level security.
        QVERIFY(write(QStringLiteral("B"), QStringLiteral("note.upsert"), note(id, QStringLiteral("stu_a1"), QStringLiteral("Rewritten"))).isRejected());
        // Nobody deletes a note for real, not even its author.
        QSqlQuery hardDelete(as(QStringLiteral("A")));
        QVERIFY(!hardDelete.exec(QStringLiteral("DELETE FROM student_notes WHERE id = '%1'").arg(id)));

        // The author withdraws it, twice: one withdrawal, the first time kept.
        QVERIFY(settle());
        const QString cursor = cursorAs(QStringLiteral("T"));
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.delete"), QJsonObject{{QStringLiteral("id"), id}}).isApplied());
        const QString deletedAt = owner(QStringLiteral("SELECT deleted_at::text FROM student_notes WHERE id = ?"), {id}).toString();
        QVERIFY(!deletedAt.isEmpty());
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.delete"), QJsonObject{{QStringLiteral("id"), id}}).isApplied());
        QCOMPARE(owner(QStringLiteral("SELECT deleted_at::text FROM student_notes WHERE id = ?"), {id}).toString(), deletedAt);
        // The withdrawal travels as a change.
        const Fetched notes = fetchAs(QStringLiteral("T"), QStringLiteral("student_notes"), cursor);
        QCOMPARE(notes.ids(), QStringList{id});
        QVERIFY(!notes.value(id, QStringLiteral("deleted_at")).isNull());
        // Withdrawing a note that never reached the server is refused, not silently "done".
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.delete"), QJsonObject{{QStringLiteral("id"), cuid(999)}}).isRejected());
    }

    void invalidNotesAreRejectedWithTheServersReason()
    {
        const WriteResult tooLong = write(QStringLiteral("A"), QStringLiteral("note.upsert"),
                                          note(cuid(4), QStringLiteral("stu_a1"), QString(4001, QLatin1Char('x'))));
        QVERIFY(tooLong.isRejected());
        QVERIFY2(tooLong.reason.contains(QStringLiteral("student_notes_body_length_check")), qPrintable(tooLong.reason));
        const WriteResult empty = write(QStringLiteral("A"), QStringLiteral("note.upsert"), note(cuid(5), QStringLiteral("stu_a1"), QString()));
        QVERIFY2(empty.reason.contains(QStringLiteral("student_notes_body_or_flag_check")), qPrintable(empty.reason));
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.upsert"), note(cuid(6), QStringLiteral("stu_a1"), QStringLiteral("x"), QStringLiteral("URGENT")))
                    .isRejected());
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.upsert"), note(QStringLiteral("not-a-cuid"), QStringLiteral("stu_a1"), QStringLiteral("x")))
                    .isRejected());
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.upsert"), QJsonObject{{QStringLiteral("id"), cuid(7)}}).isRejected());
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.rename"), QJsonObject{{QStringLiteral("id"), cuid(7)}}).isRejected());
        QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM student_notes WHERE id IN (?, ?, ?, ?)"), {cuid(4), cuid(5), cuid(6), cuid(7)}).toInt(), 0);
    }

    void markingANotificationReadIsIdempotentAndOwnOnly()
    {
        const QJsonObject read{{QStringLiteral("id"), QStringLiteral("ntf_a")}, {QStringLiteral("read_at"), QStringLiteral("2026-11-21T08:00:00.000")}};
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("notification.read"), read).isApplied());
        QCOMPARE(owner(QStringLiteral("SELECT is_read || ' ' || to_char(read_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS') FROM notifications WHERE id = 'ntf_a'")).toString(),
                 QStringLiteral("true 2026-11-21T08:00:00.000"));
        const QString syncXid = owner(QStringLiteral("SELECT sync_xid::text FROM notifications WHERE id = 'ntf_a'")).toString();
        // Again, and from another machine later: done, and nothing changes (the first time stays).
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("notification.read"), read).isApplied());
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("notification.read"),
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("ntf_a")}, {QStringLiteral("read_at"), QStringLiteral("2026-11-22T10:00:00.000")}})
                    .isApplied());
        QCOMPARE(owner(QStringLiteral("SELECT to_char(read_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS') || ' ' || sync_xid::text FROM notifications WHERE id = 'ntf_a'"))
                     .toString(),
                 QStringLiteral("2026-11-21T08:00:00.000 ") + syncXid);
        // Someone else's: refused, untouched; also for the administrator, whose policy reaches it.
        for (const char *login : {"A", "M"}) {
            const WriteResult other = write(QString::fromLatin1(login), QStringLiteral("notification.read"),
                                            QJsonObject{{QStringLiteral("id"), QStringLiteral("ntf_b")}});
            QVERIFY(other.isRejected());
        }
        QCOMPARE(owner(QStringLiteral("SELECT is_read FROM notifications WHERE id = 'ntf_b'")).toBool(), false);
        // And not by hand either, beyond the two read columns.
        QSqlQuery query(as(QStringLiteral("A")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE notifications SET title = 'x' WHERE id = 'ntf_a'")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }

    // No answer from the server is never a refusal: the write stays pending.
    void aServerThatCannotBeReachedMeansRetry()
    {
        // Nothing listens on the port.
        ConnectionSettings settings = m_database->settings();
        settings.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        settings.setValue(QStringLiteral("port"), QStringLiteral("1"));
        settings.setValue(QStringLiteral("user"), m_roleNames.value(QStringLiteral("A")));
        settings.setValue(QStringLiteral("password"), kPassword);
        ConnectionError error;
        const QString name = QStringLiteral("sync-%1-closed-port").arg(m_database->name());
        QSqlDatabase closed = Database::open(settings, name, &error);
        QCOMPARE(error.kind, ConnectionError::Kind::Unreachable);
        const QString id = cuid(8);
        const WriteResult offline = ServerWriter(closed).apply(QStringLiteral("note.upsert"), note(id, QStringLiteral("stu_a1"), QStringLiteral("Offline")));
        QVERIFY2(offline.isRetry(), qPrintable(offline.reason));
        {
            ServerChanges changes(closed);
            QVERIFY(!changes.begin());
            QCOMPARE(changes.error(), ServerChanges::Error::Unavailable);
        }

        // A connection the server ends (restart, failover, an administrator's pg_terminate_backend).
        for (const QString &kind : {QStringLiteral("note.upsert"), QStringLiteral("note.delete"), QStringLiteral("notification.read")}) {
            QSqlDatabase doomed = fresh(QStringLiteral("A"));
            QSqlQuery pid(doomed);
            QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
            const int backend = pid.value(0).toInt();
            pid.finish();
            QVERIFY(owner(QStringLiteral("SELECT pg_terminate_backend(?, 10000)"), {backend}).toBool());
            const QJsonObject payload = kind == QLatin1String("note.upsert") ? note(id, QStringLiteral("stu_a1"), QStringLiteral("Offline"))
                                                                               : QJsonObject{{QStringLiteral("id"), id}};
            const WriteResult result = ServerWriter(doomed).apply(kind, payload);
            QVERIFY2(result.isRetry(), qPrintable(kind + QStringLiteral(": ") + result.reason));
        }
        QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM student_notes WHERE id = ?"), {id}).toInt(), 0);
        // A sync on such a connection fails as unavailable, not as a refusal.
        {
            QSqlDatabase doomed = fresh(QStringLiteral("B"));
            ServerChanges changes(doomed);
            QVERIFY(changes.begin());
            QSqlQuery pid(doomed);
            QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
            const int backend = pid.value(0).toInt();
            pid.finish();
            QVERIFY(owner(QStringLiteral("SELECT pg_terminate_backend(?, 10000)"), {backend}).toBool());
            QVERIFY(!changes.fetch(QStringLiteral("notifications"), QStringLiteral("0"), {}, [](auto &&, auto &&) { return true; }));
            QCOMPARE(changes.error(), ServerChanges::Error::Unavailable);
        }

        // Once the server answers again, the same write is applied.
        QVERIFY(write(QStringLiteral("A"), QStringLiteral("note.upsert"), note(id, QStringLiteral("stu_a1"), QStringLiteral("Offline"))).isApplied());
        QCOMPARE(owner(QStringLiteral("SELECT body FROM student_notes WHERE id = ?"), {id}).toString(), QStringLiteral("Offline"));
    }

    void theClassificationFollowsTheSqlState()
    {
        auto outcome = [](const char *state) {
            return ServerWriter::classify(QSqlError(QString(), QStringLiteral("message"), QSqlError::StatementError, QString::fromLatin1(state)));
        };
        for (const char *state : {"", "08006", "08003", "57P01", "57P03", "57014", "40001", "40P01", "53300", "55P03", "25006", "58030"})
            QCOMPARE(outcome(state), WriteResult::Outcome::Retry);
        for (const char *state : {"42501", "23503", "23514", "23505", "22P02", "22007", "P0001", "42P01"})
            QCOMPARE(outcome(state), WriteResult::Outcome::Rejected);
    }

    // Purging tombstones (the retention job) and truncating a synced table lose deletions:
    // cursors from before must read their tables whole; later ones need not.
    void lostDeletionsMoveTheOldestTombstone()
    {
        auto oldestTombstone = [this]() {
            ServerChanges changes(as(QStringLiteral("A")));
            return changes.begin() ? changes.oldestTombstone().value_or(QString()) : QString();
        };
        QCOMPARE(oldestTombstone(), QStringLiteral("0"));

        // A deletion after this cursor, whose tombstone the purge then removes.
        const QString beforeDelete = cursorAs(QStringLiteral("A"));
        QVERIFY(ownerExec(QStringLiteral("INSERT INTO progress_snapshots (id, student_id, snapshot_date) VALUES ('ps_purged', 'stu_a1', DATE '2026-09-01')")));
        QVERIFY(ownerExec(QStringLiteral("DELETE FROM progress_snapshots WHERE id = 'ps_purged'")));
        QThread::msleep(20); // deleted_at is in milliseconds: let the tombstone be older than the cut-off below
        QVERIFY(ownerExec(QStringLiteral("UPDATE dashboard_retention_policies SET keep_for = interval '1 microsecond' "
                                         "WHERE table_name = 'dashboard_sync_tombstones'")));
        const qint64 tombstones = owner(QStringLiteral("SELECT count(*) FROM dashboard_sync_tombstones")).toLongLong();
        QVERIFY(tombstones > 0);
        {
            dashboard::retention::Purger purger(as(QStringLiteral("retention")));
            QVERIFY2(purger.enterRetentionRole(), qPrintable(purger.errorString()));
            QList<dashboard::retention::PurgeTableResult> results;
            QVERIFY2(purger.purge(false, 2, &results), qPrintable(purger.errorString()));
            QCOMPARE(results.constLast().table, QStringLiteral("dashboard_sync_tombstones"));
            QCOMPARE(results.constLast().rows, tombstones);
        }
        QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM dashboard_sync_tombstones")).toLongLong(), 0);
        QVERIFY(ownerExec(QStringLiteral("UPDATE dashboard_retention_policies SET keep_for = interval '90 days' "
                                         "WHERE table_name = 'dashboard_sync_tombstones'")));
        const QString afterPurge = oldestTombstone();
        QVERIFY2(ServerChanges::isOlder(beforeDelete, afterPurge), qPrintable(beforeDelete + QStringLiteral(" vs ") + afterPurge));
        QVERIFY(settle());
        QVERIFY(!ServerChanges::isOlder(cursorAs(QStringLiteral("A")), afterPurge));

        // TRUNCATE leaves no tombstones at all: every earlier cursor reads whole.
        const QString beforeTruncate = cursorAs(QStringLiteral("A"));
        QVERIFY(ownerExec(QStringLiteral("TRUNCATE student_notes")));
        const QString afterTruncate = oldestTombstone();
        QVERIFY2(ServerChanges::isOlder(beforeTruncate, afterTruncate), qPrintable(beforeTruncate + QStringLiteral(" vs ") + afterTruncate));
        QVERIFY(settle());
        QVERIFY(!ServerChanges::isOlder(cursorAs(QStringLiteral("A")), afterTruncate));
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
