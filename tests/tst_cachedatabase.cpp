// The local cache on real SQLite files in temporary folders: who may read the file (0700/0600,
// also after reopening and for the -wal), no password in it, one file per person and server,
// schema upgrades, damaged files detected (not a database, truncated, garbage pages in the middle)
// and rebuilt with the outbox salvaged, table batches that are interrupted (rolled back, or the
// process killed) leaving the old rows and cursor, students who are no longer visible removed,
// a full disk, the pages' reads against hand-computed values, and the speed of a first fill.
#include "db/connectionsettings.h"
#include "offline/cachedatabase.h"
#include "offline/cachepaths.h"
#include "offline/cachereader.h"
#include "offline/cacheschema.h"
#include "offline/cachewriter.h"
#include "offline/cuid.h"
#include "offline/outbox.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <ctime>
#include <sys/stat.h>
#include <sys/types.h>

using dashboard::db::ConnectionSettings;
using dashboard::offline::CacheDatabase;
using dashboard::offline::CacheError;
using dashboard::offline::CacheIdentity;
using dashboard::offline::CachePaths;
using dashboard::offline::CacheReader;
using dashboard::offline::CacheSchema;
using dashboard::offline::CacheWriter;
using dashboard::offline::CachedNote;
using dashboard::offline::Outbox;
using dashboard::offline::OutboxEntry;
using dashboard::students::StudentSummary;
namespace Cuid = dashboard::offline::Cuid;
namespace OutboxKind = dashboard::offline::OutboxKind;

namespace {

int mode(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

QString octal(int value)
{
    return QString::number(value, 8);
}

QStringList progressColumns()
{
    return {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("instructor_id"), QStringLiteral("risk_score"),
            QStringLiteral("overall_score"), QStringLiteral("last_active_at"), QStringLiteral("updated_at")};
}

QStringList snapshotColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("student_id"),
            QStringLiteral("snapshot_date"),
            QStringLiteral("sessions_completed"),
            QStringLiteral("total_time_spent"),
            QStringLiteral("questions_answered"),
            QStringLiteral("correct_answers"),
            QStringLiteral("daily_accuracy"),
            QStringLiteral("overall_score"),
            QStringLiteral("improvement_delta"),
            QStringLiteral("peak_activity_hour"),
            QStringLiteral("session_count"),
            QStringLiteral("avg_session_length")};
}

// Uniformly random ids: the worst order for the B-trees (the server sends rows in any order).
QString randomId(QRandomGenerator &random)
{
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString id(25, QLatin1Char('c'));
    for (int i = 1; i < 25; ++i)
        id[i] = QLatin1Char(kDigits[random.bounded(36)]);
    return id;
}

QList<QVariantList> snapshotRows(const QString &studentId, int days, QRandomGenerator &random, double score = 50)
{
    QList<QVariantList> rows;
    const QDate first(2024, 1, 1);
    for (int d = 0; d < days; ++d) {
        rows.append({randomId(random), studentId, first.addDays(d).toString(Qt::ISODate), 3, 42, 30, 24, 80.0, score, 0.5,
                     14, 3, 14.0});
    }
    return rows;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool overwrite(const QString &path, qint64 offset, qint64 size, char byte)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(QByteArray(size, byte)) == size;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int pageSize(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA page_size")) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath()
    {
        ++m_counter;
        return m_dir.filePath(QStringLiteral("t%1/cache/cache.sqlite").arg(m_counter));
    }
    QString connectionName() { return QStringLiteral("cache-test-%1").arg(++m_counter); }

    // A cache with 40 students' progress, a year of snapshots for each, and `entries` outbox
    // entries made before the bulk rows (so they sit in the first pages of the file), one of
    // them rejected. Closed again (which checkpoints the log into the file).
    QList<OutboxEntry> buildCache(const QString &path, int entries, int studentsWithSnapshots = 40)
    {
        QList<OutboxEntry> made;
        CacheDatabase cache(path, connectionName());
        const CacheDatabase::OpenReport report = cache.open();
        if (report.status != CacheDatabase::OpenStatus::Created) {
            qWarning("cannot create %s: %s", qPrintable(path), qPrintable(report.error.message));
            return made;
        }
        {
            Outbox outbox(cache.database());
            for (int i = 0; i < entries; ++i) {
                const QJsonObject payload{{QStringLiteral("id"), Cuid::generate()},
                                          {QStringLiteral("student_id"), QStringLiteral("s%1").arg(i % 7)},
                                          {QStringLiteral("body"), QStringLiteral("marker-%1 unsent note").arg(i, 5, 10, QLatin1Char('0'))},
                                          {QStringLiteral("flag"), QStringLiteral("CONCERN")},
                                          {QStringLiteral("created_at"), QStringLiteral("2025-02-03T04:05:06.789")}};
                made.append(*outbox.enqueue(OutboxKind::noteUpsert(), payload));
            }
            if (!made.isEmpty()) {
                outbox.markRejected(made.first().id, QStringLiteral("student gone"));
                made.first() = *outbox.entry(made.first().id);
            }
            CacheWriter writer(cache.database());
            QRandomGenerator random(7);
            writer.beginTable(QStringLiteral("progress_snapshots"));
            for (int s = 0; s < studentsWithSnapshots; ++s)
                writer.upsertRows(QStringLiteral("progress_snapshots"), snapshotColumns(),
                                  snapshotRows(QStringLiteral("s%1").arg(s), 365, random));
            const CacheError error = writer.commitTable(QStringLiteral("progress_snapshots"), QStringLiteral("900"),
                                                        QStringLiteral("2025-03-01T10:42:00.000"));
            if (error.isError())
                qWarning("cannot fill %s: %s", qPrintable(path), qPrintable(error.message));
        }
        return made;
    }

    void verifySalvaged(const QString &path, const QList<OutboxEntry> &expected, const QString &connection)
    {
        CacheDatabase cache(path, connection);
        const CacheDatabase::OpenReport report = cache.open();
        QCOMPARE(report.status, CacheDatabase::OpenStatus::Opened);
        Outbox outbox(cache.database());
        QList<OutboxEntry> all = *outbox.pending() + *outbox.rejected();
        std::sort(all.begin(), all.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.seq < b.seq; });
        QCOMPARE(all.size(), expected.size());
        for (int i = 0; i < all.size(); ++i) {
            OutboxEntry want = expected.at(i);
            want.revision = 0; // edits are not carried over, their result is
            QCOMPARE(all.at(i), want);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(CacheSchema::latestVersion(), 3);
    }

    void pathsSeparatePeopleAndServers()
    {
        const CacheIdentity base{QStringLiteral("db.example.org"), QStringLiteral("5432"), QStringLiteral("dashboard"),
                                 QStringLiteral("alice")};
        const QString name = CachePaths::fileName(base);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}\\.sqlite$")).match(name).hasMatch(), qPrintable(name));
        QCOMPARE(CachePaths::fileName(base), name); // stable

        QSet<QString> names{name};
        for (int field = 0; field < 4; ++field) {
            CacheIdentity other = base;
            QString *value = field == 0 ? &other.host : field == 1 ? &other.port : field == 2 ? &other.database : &other.login;
            *value += QStringLiteral("x");
            names.insert(CachePaths::fileName(other));
        }
        // Field boundaries count: ("ab", "c") is not ("a", "bc").
        names.insert(CachePaths::fileName({QStringLiteral("db.example.org"), QStringLiteral("5432"), QStringLiteral("dashboardalice"),
                                           QString()}));
        QCOMPARE(names.size(), 6);
        for (const QString &n : std::as_const(names)) {
            QVERIFY(!n.contains(QLatin1String("alice")));
            QVERIFY(!n.contains(QLatin1String("example")));
        }

        // From connection settings: the password plays no part, host names ignore case.
        ConnectionSettings settings = *ConnectionSettings::parse(
            QStringLiteral("host=DB.Example.org port=5432 dbname=dashboard user=alice password=first"), nullptr);
        ConnectionSettings otherPassword = settings;
        otherPassword.setValue(QStringLiteral("password"), QStringLiteral("second"));
        QCOMPARE(CacheIdentity::fromSettings(settings), base);
        QCOMPARE(CachePaths::fileName(CacheIdentity::fromSettings(otherPassword)), name);
        ConnectionSettings bob = settings;
        bob.setValue(QStringLiteral("user"), QStringLiteral("bob"));
        QVERIFY(CachePaths::fileName(CacheIdentity::fromSettings(bob)) != name);

        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(CachePaths::filePath(base),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/") + name);
        QStandardPaths::setTestModeEnabled(false);

        // Opening the file of one person with another's identity is refused.
        const QString path = freshPath();
        {
            CacheDatabase cache(path, connectionName());
            QCOMPARE(cache.open(base).status, CacheDatabase::OpenStatus::Created);
        }
        CacheIdentity bobIdentity = base;
        bobIdentity.login = QStringLiteral("bob");
        CacheDatabase cache(path, connectionName());
        const CacheDatabase::OpenReport report = cache.open(bobIdentity);
        QCOMPARE(report.status, CacheDatabase::OpenStatus::Failed);
        QVERIFY(!cache.isOpen());
        QVERIFY(report.userMessage().contains(QLatin1String("another sign-in")));
        QCOMPARE(cache.open(base).status, CacheDatabase::OpenStatus::Opened);
    }

    void filesAreReadableByTheOwnerOnly()
    {
        const mode_t oldMask = ::umask(0); // nothing is taken away: the modes must be set explicitly
        const QString path = freshPath();
        const QString dir = QFileInfo(path).absolutePath();
        {
            CacheDatabase cache(path, connectionName());
            QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Created);
            QCOMPARE(octal(mode(dir)), QStringLiteral("700"));
            QCOMPARE(octal(mode(path)), QStringLiteral("600"));
            QCOMPARE(octal(mode(path + QStringLiteral("-wal"))), QStringLiteral("600"));
            QCOMPARE(octal(mode(path + QStringLiteral("-shm"))), QStringLiteral("600"));
            CacheWriter writer(cache.database());
            QRandomGenerator random(1);
            QVERIFY(!writer.upsertRows(QStringLiteral("progress_snapshots"), snapshotColumns(),
                                       snapshotRows(QStringLiteral("s1"), 300, random))
                         .isError());
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
            QCOMPARE(octal(mode(path + QStringLiteral("-wal"))), QStringLiteral("600"));
        }
        // Somebody loosened them: the next open puts them right again.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        {
            CacheDatabase cache(path, connectionName());
            QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Opened);
            QCOMPARE(octal(mode(dir)), QStringLiteral("700"));
            QCOMPARE(octal(mode(path)), QStringLiteral("600"));
            // SQLite gives a new -wal the mode of the database file (0644 at that moment).
            QCOMPARE(octal(mode(path + QStringLiteral("-wal"))), QStringLiteral("600"));
            QCOMPARE(octal(mode(path + QStringLiteral("-shm"))), QStringLiteral("600"));
            QCOMPARE(count(cache.database(), QStringLiteral("progress_snapshots")), 300);
        }
        ::umask(oldMask);
    }

    void noPasswordInTheFiles()
    {
        const QString password = QStringLiteral("Tr0ub4dor&3-unique-%1").arg(QRandomGenerator::global()->generate());
        ConnectionSettings settings = *ConnectionSettings::parse(
            QStringLiteral("host=127.0.0.1 port=5999 dbname=dashboard user=carol.instructor"), nullptr);
        settings.setValue(QStringLiteral("password"), password);
        const CacheIdentity identity = CacheIdentity::fromSettings(settings);
        const QString path = CachePaths::filePath(identity, m_dir.filePath(QStringLiteral("nopassword")));
        QVERIFY(!path.contains(password));

        CacheDatabase cache(path, connectionName());
        QCOMPARE(cache.open(identity).status, CacheDatabase::OpenStatus::Created);
        {
            CacheWriter writer(cache.database());
            QVERIFY(!writer.setMeta(QStringLiteral("last_full_sync"), QStringLiteral("2025-03-01T10:42:00.000")).isError());
            Outbox outbox(cache.database());
            QVERIFY(outbox.enqueue(OutboxKind::noteUpsert(), QJsonObject{{QStringLiteral("body"), QStringLiteral("hello")}}));
        }
        // Every file in the folder, while open (log not yet checkpointed) and after closing.
        for (int pass = 0; pass < 2; ++pass) {
            int files = 0;
            bool loginFound = false;
            QDirIterator it(QFileInfo(path).absolutePath(), QDir::Files | QDir::Hidden);
            while (it.hasNext()) {
                const QByteArray bytes = fileBytes(it.next());
                ++files;
                QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(it.filePath()));
                QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2)));
                loginFound = loginFound || bytes.contains("carol.instructor");
            }
            QVERIFY(files >= 1);
            QVERIFY(loginFound); // the search does find text that is there
            cache.close();
        }
    }

    void upgradesAnOlderSchema()
    {
        const QString path = freshPath();
        QVERIFY(CachePaths::ensurePrivateDirectory(QFileInfo(path).absolutePath(), nullptr));
        {
            // A cache written by the version before the outbox existed.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-version"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            CacheError error;
            QVERIFY2(CacheSchema::migrate(db, &error, 1), qPrintable(error.message));
            QCOMPARE(CacheSchema::version(db), 1);
            QSqlQuery insert(db);
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO users (id, email, name, role) "
                                               "VALUES ('u1', 'u1@example.org', 'Una', 'USER')")));
            QVERIFY(!QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM outbox")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-version"));

        CacheDatabase cache(path, connectionName());
        const CacheDatabase::OpenReport report = cache.open();
        QCOMPARE(report.status, CacheDatabase::OpenStatus::Opened);
        QCOMPARE(report.previousVersion, 1);
        QCOMPARE(report.schemaVersion, 3);
        QCOMPARE(CacheSchema::version(cache.database()), 3);
        QCOMPARE(count(cache.database(), QStringLiteral("users")), 1);
        Outbox outbox(cache.database());
        QVERIFY2(outbox.enqueue(OutboxKind::noteDelete(), QJsonObject{{QStringLiteral("id"), QStringLiteral("n1")}}),
                 qPrintable(outbox.errorString()));
    }

    void notADatabaseIsMovedAsideAndRebuilt()
    {
        const QString path = freshPath();
        QVERIFY(CachePaths::ensurePrivateDirectory(QFileInfo(path).absolutePath(), nullptr));
        QByteArray garbage;
        for (int i = 0; i < 2000; ++i)
            garbage += "this is not a database, it is a text file that took the cache's name\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        CacheDatabase cache(path, connectionName());
        const CacheDatabase::OpenReport report = cache.open();
        QCOMPARE(report.status, CacheDatabase::OpenStatus::Rebuilt);
        QCOMPARE(report.damage, CacheDatabase::Damage::NotADatabase);
        QCOMPARE(report.recoveredChanges, 0);
        QVERIFY(report.movedAsidePath.startsWith(path + QStringLiteral(".corrupt-")));
        QCOMPARE(fileBytes(report.movedAsidePath), garbage);
        QCOMPARE(octal(mode(report.movedAsidePath)), QStringLiteral("600"));
        QCOMPARE(CacheDatabase::quickCheck(cache.database()).value_or(QString()), QStringLiteral("ok"));
        QCOMPARE(count(cache.database(), QStringLiteral("outbox")), 0);
        QCOMPARE(report.schemaVersion, CacheSchema::latestVersion());
        QVERIFY(report.userMessage().contains(QLatin1String("damaged and has been rebuilt")));
    }

    void truncatedFileIsRebuiltWithItsOutbox()
    {
        const QString path = freshPath();
        const QList<OutboxEntry> made = buildCache(path, 5);
        QCOMPARE(made.size(), 5);
        const QByteArray bytes = fileBytes(path);
        const qint64 keep = bytes.size() * 6 / 10;
        // The outbox entries were written first: they live in the part that is kept.
        QVERIFY(bytes.indexOf("marker-00004") > 0 && bytes.indexOf("marker-00004") < keep);
        QVERIFY(QFile::resize(path, keep));

        const CacheDatabase::OpenReport report = [&] {
            CacheDatabase cache(path, connectionName());
            return cache.open();
        }();
        QCOMPARE(report.status, CacheDatabase::OpenStatus::Rebuilt);
        QCOMPARE(report.damage, CacheDatabase::Damage::Corrupt);
        QCOMPARE(report.recoveredChanges, 5);
        QCOMPARE(report.unreadableChanges, 0);
        QCOMPARE(QFileInfo(report.movedAsidePath).size(), keep);
        // (plural forms come from the translation catalog; without one the source text says "change(s)")
        QVERIFY(report.userMessage().contains(QLatin1String("5 unsent change")));
        QVERIFY(report.userMessage().contains(QLatin1String("were recovered")));
        verifySalvaged(path, made, connectionName());
    }

    void garbagePagesInTheMiddleAreFound()
    {
        const QString path = freshPath();
        const QList<OutboxEntry> made = buildCache(path, 50);
        QCOMPARE(made.size(), 50);
        int page = 0;
        {
            CacheDatabase cache(path, connectionName());
            QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Opened); // healthy so far
            page = pageSize(cache.database());
        }
        const QByteArray bytes = fileBytes(path);
        const qint64 pages = bytes.size() / page;
        QVERIFY(pages > 100);
        // Eight pages of garbage in the middle of the file (snapshot pages): the header is intact,
        // so only a check of the pages finds them.
        const qint64 offset = (pages / 2) * page;
        QVERIFY(bytes.lastIndexOf("marker-") < offset);
        QVERIFY(overwrite(path, offset, 8 * page, '\xa5'));

        CacheDatabase cache(path, connectionName());
        const CacheDatabase::OpenReport report = cache.open();
        QCOMPARE(report.status, CacheDatabase::OpenStatus::Rebuilt);
        QCOMPARE(report.damage, CacheDatabase::Damage::Corrupt);
        QVERIFY2(!report.damageDetails.isEmpty() && report.damageDetails != QLatin1String("ok"), qPrintable(report.damageDetails));
        QCOMPARE(report.recoveredChanges, 50);
        QCOMPARE(report.unreadableChanges, 0);
        QVERIFY(QFileInfo::exists(report.movedAsidePath));
        // The new cache: healthy, empty (the next sync fills it), the outbox as it was.
        QCOMPARE(CacheDatabase::quickCheck(cache.database()).value_or(QString()), QStringLiteral("ok"));
        QCOMPARE(count(cache.database(), QStringLiteral("progress_snapshots")), 0);
        QCOMPARE(CacheReader(cache.database()).cursor(QStringLiteral("progress_snapshots")).value_or(QString()), QStringLiteral("0"));
        cache.close();
        verifySalvaged(path, made, connectionName());
        // New entries come after the salvaged ones.
        CacheDatabase again(path, connectionName());
        QCOMPARE(again.open().status, CacheDatabase::OpenStatus::Opened);
        Outbox outbox(again.database());
        QVERIFY(outbox.enqueue(OutboxKind::noteDelete(), QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}})->seq
                > made.last().seq);
    }

    void damagedOutboxPagesLoseOnlyTheirEntries()
    {
        constexpr int kEntries = 400;
        const QString path = freshPath();
        const QList<OutboxEntry> made = buildCache(path, kEntries, 2);
        QCOMPARE(made.size(), kEntries);
        int page = 0;
        {
            CacheDatabase cache(path, connectionName());
            QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Opened);
            page = pageSize(cache.database());
        }
        // The page holding entry 200: a leaf in the middle of the outbox's tree.
        const qint64 at = fileBytes(path).indexOf("marker-00200");
        QVERIFY(at > 0);
        QVERIFY(overwrite(path, (at / page) * page, page, '\xa5'));

        CacheDatabase cache(path, connectionName());
        const CacheDatabase::OpenReport report = cache.open();
        QCOMPARE(report.status, CacheDatabase::OpenStatus::Rebuilt);
        QCOMPARE(report.damage, CacheDatabase::Damage::Corrupt);
        qInfo("one damaged outbox page: %d entries recovered, %d lost", report.recoveredChanges, report.unreadableChanges);
        QVERIFY(report.recoveredChanges < kEntries);
        QVERIFY(report.recoveredChanges >= kEntries - 60); // one page holds a few dozen entries
        // The count comes from an intact index, so the loss is exact.
        QCOMPARE(report.recoveredChanges + report.unreadableChanges, kEntries);
        QVERIFY(report.userMessage().contains(QStringLiteral("%1 unsent change").arg(report.recoveredChanges)));
        QVERIFY(report.userMessage().contains(QStringLiteral("%1 unsent change").arg(report.unreadableChanges)));
        QVERIFY(report.userMessage().contains(QLatin1String("could not be read")));

        // Every recovered entry is exactly one of the originals; the lost ones are a stretch
        // around entry 200 and the ones before and after it all came back.
        Outbox outbox(cache.database());
        const QList<OutboxEntry> all = *outbox.rejected() + *outbox.pending();
        QCOMPARE(all.size(), report.recoveredChanges);
        QHash<QString, OutboxEntry> byId;
        for (OutboxEntry entry : made) {
            entry.revision = 0;
            byId.insert(entry.id, entry);
        }
        QSet<qint64> recoveredSeqs;
        for (const OutboxEntry &entry : all) {
            QVERIFY(byId.contains(entry.id));
            QCOMPARE(entry, byId.value(entry.id));
            recoveredSeqs.insert(entry.seq);
        }
        QVERIFY(!recoveredSeqs.contains(made.at(200).seq));
        QVERIFY(recoveredSeqs.contains(made.first().seq));
        QVERIFY(recoveredSeqs.contains(made.last().seq));
    }

    void newerSchemaIsSetAsideWithItsOutbox()
    {
        const QString path = freshPath();
        const QList<OutboxEntry> made = buildCache(path, 3, 1);
        {
            CacheDatabase cache(path, connectionName());
            QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Opened);
            QVERIFY(QSqlQuery(cache.database()).exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        {
            CacheDatabase cache(path, connectionName());
            const CacheDatabase::OpenReport report = cache.open();
            QCOMPARE(report.status, CacheDatabase::OpenStatus::Rebuilt);
            QCOMPARE(report.damage, CacheDatabase::Damage::NewerSchema);
            QCOMPARE(report.previousVersion, 99);
            QCOMPARE(report.recoveredChanges, 3);
            QVERIFY(report.userMessage().contains(QLatin1String("newer version")));
        }
        verifySalvaged(path, made, connectionName());
    }

    void interruptedTableKeepsOldRowsAndCursor()
    {
        const QString path = freshPath();
        CacheDatabase cache(path, connectionName());
        QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Created);
        const QString table = QStringLiteral("student_progress");
        const QStringList columns{QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("risk_score"),
                                  QStringLiteral("difficulty_level")};
        QList<QVariantList> first;
        for (int i = 0; i < 500; ++i)
            first.append({QStringLiteral("sp%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("st%1").arg(i, 5, 10, QLatin1Char('0')),
                          10.0 + i % 7, QStringLiteral("EASY")});

        auto snapshot = [&]() {
            QStringList rows;
            QSqlQuery query(cache.database());
            query.exec(QStringLiteral("SELECT id, student_id, risk_score, difficulty_level FROM student_progress ORDER BY id"));
            while (query.next())
                rows << QStringLiteral("%1|%2|%3|%4").arg(query.value(0).toString(), query.value(1).toString(),
                                                          query.value(2).toString(), query.value(3).toString());
            return rows;
        };
        {
            CacheWriter writer(cache.database());
            QVERIFY(!writer.beginTable(table).isError());
            QVERIFY(!writer.upsertRows(table, columns, first).isError());
            QVERIFY(!writer.commitTable(table, QStringLiteral("1000"), QStringLiteral("2025-03-01T10:42:00.000")).isError());
        }
        const QStringList before = snapshot();
        QCOMPARE(before.size(), 500);
        CacheReader reader(cache.database());
        auto stateIsOld = [&] {
            QCOMPARE(snapshot(), before);
            QCOMPARE(reader.cursor(table).value_or(QString()), QStringLiteral("1000"));
            QCOMPARE(reader.lastSyncedAt().value_or(QDateTime()), QDateTime(QDate(2025, 3, 1), QTime(10, 42), Qt::UTC));
        };

        // 1. Rolled back midway.
        {
            CacheWriter writer(cache.database());
            QVERIFY(!writer.beginTable(table).isError());
            QVERIFY(!writer.deleteIds(table, {QStringLiteral("sp00001"), QStringLiteral("sp00002")}).isError());
            QList<QVariantList> changed = first;
            for (QVariantList &row : changed)
                row[2] = 99.0;
            QVERIFY(!writer.upsertRows(table, columns, changed.mid(0, 250)).isError());
            writer.rollback();
            QVERIFY(!writer.inTable());
        }
        stateIsOld();
        // 2. The writer goes away without committing (an exception, an early return).
        {
            CacheWriter writer(cache.database());
            QVERIFY(!writer.beginTable(table).isError());
            QVERIFY(!writer.clearTable(table).isError());
        }
        stateIsOld();
        // 3. A row the cache cannot take ends the batch: nothing of it stays.
        {
            CacheWriter writer(cache.database());
            QVERIFY(!writer.beginTable(table).isError());
            QVERIFY(!writer.deleteIds(table, {QStringLiteral("sp00003")}).isError());
            const CacheError error = writer.upsertRows(table, {QStringLiteral("id"), QStringLiteral("student_id")},
                                                       {{QStringLiteral("spX"), QVariant()}}); // student_id NOT NULL
            QVERIFY(error.isError());
            QVERIFY(!writer.inTable());
        }
        stateIsOld();
        // 4. The process is killed inside the batch, after it wrote rows and deleted one.
        QProcess writer;
        writer.start(QStringLiteral(DASHBOARD_OUTBOX_WRITER), {QStringLiteral("interrupted-batch"), path, QStringLiteral("500")});
        QVERIFY(writer.waitForStarted());
        QByteArray out;
        while (!out.contains("inside") && writer.state() == QProcess::Running && writer.waitForReadyRead(10000))
            out += writer.readAllStandardOutput();
        QVERIFY2(out.contains("inside"), writer.readAllStandardError().constData());
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        stateIsOld();
        QCOMPARE(CacheDatabase::quickCheck(cache.database()).value_or(QString()), QStringLiteral("ok"));

        // Unknown tables and columns never reach SQL.
        CacheWriter checked(cache.database());
        QCOMPARE(checked.upsertRows(QStringLiteral("outbox"), {QStringLiteral("id")}, {{QStringLiteral("x")}}).kind,
                 CacheError::Kind::InvalidRequest);
        QCOMPARE(checked.upsertRows(QStringLiteral("users; DROP TABLE users"), {QStringLiteral("id")}, {{QStringLiteral("x")}}).kind,
                 CacheError::Kind::InvalidRequest);
        QCOMPARE(checked.upsertRows(table, {QStringLiteral("id"), QStringLiteral("risk_score\" = 1; --")}, {{QStringLiteral("x"), 1}}).kind,
                 CacheError::Kind::InvalidRequest);
        QCOMPARE(checked.upsertRows(table, {QStringLiteral("student_id")}, {{QStringLiteral("x")}}).kind, CacheError::Kind::InvalidRequest);
        QCOMPARE(checked.upsertRows(table, columns, {{QStringLiteral("x")}}).kind, CacheError::Kind::InvalidRequest);
        stateIsOld();
    }

    void studentsNoLongerVisibleAreRemoved()
    {
        CacheDatabase cache(freshPath(), connectionName());
        QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Created);
        CacheWriter writer(cache.database());
        const QStringList userColumns{QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role")};
        QVERIFY(!writer.upsertRows(QStringLiteral("users"), userColumns,
                                   {{QStringLiteral("s1"), QStringLiteral("s1@x"), QStringLiteral("Sam"), QStringLiteral("USER")},
                                    {QStringLiteral("s2"), QStringLiteral("s2@x"), QStringLiteral("Sue"), QStringLiteral("USER")},
                                    {QStringLiteral("s3"), QStringLiteral("s3@x"), QStringLiteral("Sid"), QStringLiteral("USER")},
                                    {QStringLiteral("me"), QStringLiteral("me@x"), QStringLiteral("Me"), QStringLiteral("INSTRUCTOR")},
                                    {QStringLiteral("boss"), QStringLiteral("b@x"), QStringLiteral("Boss"), QStringLiteral("SUPERVISOR")}})
                     .isError());
        QRandomGenerator random(3);
        for (const QString &s : {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}) {
            QVERIFY(!writer.upsertRows(QStringLiteral("student_progress"), {QStringLiteral("id"), QStringLiteral("student_id")},
                                       {{QStringLiteral("p-") + s, s}})
                         .isError());
            QVERIFY(!writer.upsertRows(QStringLiteral("progress_snapshots"), snapshotColumns(), snapshotRows(s, 10, random)).isError());
            QVERIFY(!writer.upsertRows(QStringLiteral("assignment_submissions"),
                                       {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("status")},
                                       {{QStringLiteral("a-") + s, s, QStringLiteral("OVERDUE")}})
                         .isError());
            QVERIFY(!writer.upsertRows(QStringLiteral("student_notes"), {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("body")},
                                       {{QStringLiteral("n-") + s, s, QStringLiteral("note")}})
                         .isError());
        }
        QVERIFY(!writer.replaceVisibleStudents({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}).isError());

        CacheReader reader(cache.database());
        const auto change = reader.compareVisibleStudents({QStringLiteral("s1"), QStringLiteral("s3"), QStringLiteral("s4")});
        QVERIFY(change);
        QCOMPARE(change->added, QStringList{QStringLiteral("s4")});
        QCOMPARE(change->removed, QStringList{QStringLiteral("s2")});

        QElapsedTimer timer;
        timer.start();
        QVERIFY(!writer.replaceVisibleStudents({QStringLiteral("s1"), QStringLiteral("s3"), QStringLiteral("s4")}).isError());
        const QSqlDatabase db = cache.database();
        auto ids = [&db](const QString &sql) {
            QStringList result;
            QSqlQuery query(db);
            query.exec(sql);
            while (query.next())
                result << query.value(0).toString();
            return result;
        };
        QCOMPARE(ids(QStringLiteral("SELECT id FROM users ORDER BY id")),
                 (QStringList{QStringLiteral("boss"), QStringLiteral("me"), QStringLiteral("s1"), QStringLiteral("s3")}));
        QCOMPARE(ids(QStringLiteral("SELECT DISTINCT student_id FROM student_progress ORDER BY 1")),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s3")}));
        QCOMPARE(ids(QStringLiteral("SELECT DISTINCT student_id FROM progress_snapshots ORDER BY 1")),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s3")}));
        QCOMPARE(count(db, QStringLiteral("progress_snapshots")), 20);
        QCOMPARE(ids(QStringLiteral("SELECT DISTINCT student_id FROM assignment_submissions ORDER BY 1")),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s3")}));
        QCOMPARE(ids(QStringLiteral("SELECT DISTINCT student_id FROM student_notes ORDER BY 1")),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s3")}));
        QCOMPARE(reader.knownStudents().value_or(QStringList()),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s3"), QStringLiteral("s4")}));
        QCOMPARE(reader.compareVisibleStudents({QStringLiteral("s1"), QStringLiteral("s3"), QStringLiteral("s4")})->added, QStringList());

        // Nobody visible any more: every student row goes, the staff stay.
        QVERIFY(!writer.replaceVisibleStudents({}).isError());
        QCOMPARE(ids(QStringLiteral("SELECT id FROM users ORDER BY id")), (QStringList{QStringLiteral("boss"), QStringLiteral("me")}));
        QCOMPARE(count(db, QStringLiteral("progress_snapshots")), 0);
        QCOMPARE(count(db, QStringLiteral("student_notes")), 0);
    }

    void diskFullKeepsWhatTheCacheHad()
    {
        const QString path = freshPath();
        CacheDatabase cache(path, connectionName());
        QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Created);
        QRandomGenerator random(11);
        const QString snapshots = QStringLiteral("progress_snapshots");
        {
            CacheWriter writer(cache.database());
            QVERIFY(!writer.beginTable(snapshots).isError());
            QVERIFY(!writer.upsertRows(snapshots, snapshotColumns(), snapshotRows(QStringLiteral("s1"), 100, random)).isError());
            QVERIFY(!writer.commitTable(snapshots, QStringLiteral("500"), QStringLiteral("2025-03-01T08:00:00.000")).isError());
        }
        // The disk is "full" a few pages above the current size.
        QSqlDatabase db = cache.database();
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
            const int pages = query.value(0).toInt();
            QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));
        }
        CacheWriter writer(cache.database());
        QVERIFY(!writer.beginTable(snapshots).isError());
        CacheError error;
        for (int s = 2; s < 40 && !error.isError(); ++s)
            error = writer.upsertRows(snapshots, snapshotColumns(), snapshotRows(QStringLiteral("s%1").arg(s), 365, random, 70));
        if (!error.isError())
            error = writer.commitTable(snapshots, QStringLiteral("600"), QStringLiteral("2025-03-02T08:00:00.000"));
        QCOMPARE(error.kind, CacheError::Kind::DiskFull);
        QCOMPARE(error.nativeCode, QStringLiteral("13"));
        QVERIFY(error.summary().contains(QLatin1String("disk is full")));
        QVERIFY(!writer.inTable()); // rolled back

        // Still readable, with exactly what it had; on this connection and on another.
        CacheReader reader(db);
        QCOMPARE(reader.cursor(snapshots).value_or(QString()), QStringLiteral("500"));
        const auto rows = reader.snapshots(QStringLiteral("s1"));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 100);
        QCOMPARE(count(db, snapshots), 100);
        QVERIFY(reader.snapshots(QStringLiteral("s2"))->isEmpty());
        QCOMPARE(CacheDatabase::quickCheck(db).value_or(QString()), QStringLiteral("ok"));
        {
            CacheDatabase other(path, connectionName());
            QVERIFY(!other.attach().isError());
            QCOMPARE(count(other.database(), snapshots), 100);
        }
        // Room again: the same batch goes through.
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(!writer.beginTable(snapshots).isError());
        QVERIFY(!writer.upsertRows(snapshots, snapshotColumns(), snapshotRows(QStringLiteral("s2"), 365, random)).isError());
        QVERIFY(!writer.commitTable(snapshots, QStringLiteral("600"), QStringLiteral("2025-03-02T08:00:00.000")).isError());
        QCOMPARE(count(db, snapshots), 465);
    }

    void readerGivesThePagesTheirValues()
    {
        CacheDatabase cache(freshPath(), connectionName());
        QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Created);
        CacheWriter writer(cache.database());
        QVERIFY(!writer.upsertRows(QStringLiteral("departments"),
                                   {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("parent_id")},
                                   {{QStringLiteral("d1"), QStringLiteral("North Dispatch"), QStringLiteral("ND"), QVariant()}})
                     .isError());
        const QStringList userColumns{QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role"),
                                      QStringLiteral("department_id"), QStringLiteral("is_active")};
        QVERIFY(!writer.upsertRows(QStringLiteral("users"), userColumns,
                                   {{QStringLiteral("i1"), QStringLiteral("ivy@x"), QStringLiteral("Ivy Instructor"),
                                     QStringLiteral("INSTRUCTOR"), QStringLiteral("d1"), true},
                                    {QStringLiteral("s1"), QStringLiteral("ann@x"), QStringLiteral("Ann"), QStringLiteral("USER"),
                                     QStringLiteral("d1"), true},
                                    {QStringLiteral("s2"), QStringLiteral("bob@x"), QStringLiteral("Bob"), QStringLiteral("USER"),
                                     QVariant(), true},
                                    {QStringLiteral("s3"), QStringLiteral("cy@x"), QStringLiteral("Cy"), QStringLiteral("USER"),
                                     QStringLiteral("d1"), false}})
                     .isError());
        const QStringList progress{QStringLiteral("id"),
                                   QStringLiteral("student_id"),
                                   QStringLiteral("instructor_id"),
                                   QStringLiteral("risk_score"),
                                   QStringLiteral("risk_factors"),
                                   QStringLiteral("overall_score"),
                                   QStringLiteral("codes_progress"),
                                   QStringLiteral("phonetic_progress"),
                                   QStringLiteral("protocol_progress"),
                                   QStringLiteral("last_active_at"),
                                   QStringLiteral("current_streak"),
                                   QStringLiteral("target_score"),
                                   QStringLiteral("target_date"),
                                   QStringLiteral("goal_achieved"),
                                   QStringLiteral("updated_at")};
        // s2 and s3 tie on risk; s3 was active later. s1 has the lowest risk and was never active.
        QVERIFY(!writer.upsertRows(QStringLiteral("student_progress"), progress,
                                   {{QStringLiteral("p1"), QStringLiteral("s1"), QStringLiteral("i1"), 10.0, QVariant(), 91.5, 95.0,
                                     90.0, 89.5, QVariant(), 0, 90.0, QStringLiteral("2025-06-30T00:00:00.000"), true,
                                     QStringLiteral("2025-03-01T06:00:00.000")},
                                    {QStringLiteral("p2"), QStringLiteral("s2"), QStringLiteral("i1"), 62.5,
                                     QStringLiteral("[\"inactive:9:+30\",\"accuracy_drop:12:+20\"]"), 40.0, 35.0, 45.0, 40.0,
                                     QStringLiteral("2025-02-20T09:15:30.250"), 0, QVariant(), QVariant(), false,
                                     QStringLiteral("2025-03-01T06:00:00.000")},
                                    {QStringLiteral("p3"), QStringLiteral("s3"), QStringLiteral("gone"), 62.5,
                                     QStringLiteral("[]"), 55.0, 50.0, 60.0, 55.0, QDateTime(QDate(2025, 2, 27), QTime(18, 0), Qt::UTC), 4,
                                     QVariant(), QVariant(), false, QStringLiteral("2025-03-01T06:00:00.000")}})
                     .isError());
        QVERIFY(!writer.upsertRows(QStringLiteral("assignment_submissions"),
                                   {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("status")},
                                   {{QStringLiteral("a1"), QStringLiteral("s2"), QStringLiteral("OVERDUE")},
                                    {QStringLiteral("a2"), QStringLiteral("s2"), QStringLiteral("IN_PROGRESS")},
                                    {QStringLiteral("a3"), QStringLiteral("s2"), QStringLiteral("COMPLETED")},
                                    {QStringLiteral("a4"), QStringLiteral("s2"), QStringLiteral("OVERDUE")},
                                    {QStringLiteral("a5"), QStringLiteral("s1"), QStringLiteral("NOT_STARTED")},
                                    {QStringLiteral("a6"), QStringLiteral("s1"), QStringLiteral("GRADED")}})
                     .isError());

        CacheReader reader(cache.database());
        const auto students = reader.students();
        QVERIFY2(students, qPrintable(reader.errorString()));
        QCOMPARE(students->size(), 3);
        QCOMPARE(students->at(0).studentId, QStringLiteral("s3"));
        QCOMPARE(students->at(1).studentId, QStringLiteral("s2"));
        QCOMPARE(students->at(2).studentId, QStringLiteral("s1"));

        StudentSummary bob;
        bob.studentId = QStringLiteral("s2");
        bob.name = QStringLiteral("Bob");
        bob.email = QStringLiteral("bob@x");
        bob.instructorName = QStringLiteral("Ivy Instructor");
        bob.riskScore = 62.5;
        bob.riskFactors = {QStringLiteral("inactive:9:+30"), QStringLiteral("accuracy_drop:12:+20")};
        bob.overallScore = 40;
        bob.codesProgress = 35;
        bob.phoneticProgress = 45;
        bob.protocolProgress = 40;
        bob.lastActiveAt = QDateTime(QDate(2025, 2, 20), QTime(9, 15, 30, 250), Qt::UTC);
        bob.openAssignments = 3;
        bob.overdueAssignments = 2;
        QCOMPARE(students->at(1), bob);

        StudentSummary ann;
        ann.studentId = QStringLiteral("s1");
        ann.name = QStringLiteral("Ann");
        ann.email = QStringLiteral("ann@x");
        ann.departmentName = QStringLiteral("North Dispatch");
        ann.instructorName = QStringLiteral("Ivy Instructor");
        ann.riskScore = 10;
        ann.overallScore = 91.5;
        ann.codesProgress = 95;
        ann.phoneticProgress = 90;
        ann.protocolProgress = 89.5;
        ann.openAssignments = 1;
        ann.targetScore = 90;
        ann.targetDate = QDate(2025, 6, 30);
        ann.goalAchieved = true;
        QCOMPARE(students->at(2), ann);
        QCOMPARE(students->at(0).instructorName, QString()); // not in the cache's users
        QCOMPARE(students->at(0).lastActiveAt, QDateTime(QDate(2025, 2, 27), QTime(18, 0), Qt::UTC));
        QCOMPARE(reader.student(QStringLiteral("s2")).value_or(StudentSummary()), bob);
        QVERIFY(reader.student(QStringLiteral("nobody"))->studentId.isEmpty());

        // Snapshots: a range, oldest first.
        QRandomGenerator random(5);
        QVERIFY(!writer.upsertRows(QStringLiteral("progress_snapshots"), snapshotColumns(), snapshotRows(QStringLiteral("s1"), 60, random))
                     .isError());
        const auto range = reader.snapshots(QStringLiteral("s1"), QDate(2024, 1, 10), QDate(2024, 1, 19));
        QVERIFY(range);
        QCOMPARE(range->size(), 10);
        QCOMPARE(range->first().date, QDate(2024, 1, 10));
        QCOMPARE(range->last().date, QDate(2024, 1, 19));
        QCOMPARE(range->first().totalTimeSpent, 42);
        QCOMPARE(reader.snapshots(QStringLiteral("s1"))->size(), 60);

        // Notes: the server's, with the person's unsent writes laid over them.
        const QStringList noteColumns{QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("author_id"),
                                      QStringLiteral("body"), QStringLiteral("flag"), QStringLiteral("created_at"),
                                      QStringLiteral("updated_at"), QStringLiteral("deleted_at")};
        QVERIFY(!writer.upsertRows(QStringLiteral("student_notes"), noteColumns,
                                   {{QStringLiteral("n1"), QStringLiteral("s1"), QStringLiteral("i1"), QStringLiteral("Synced"),
                                     QVariant(), QStringLiteral("2025-01-01T10:00:00.000"), QStringLiteral("2025-01-01T10:00:01.000"),
                                     QVariant()},
                                    {QStringLiteral("n2"), QStringLiteral("s1"), QStringLiteral("i1"), QStringLiteral("Edited offline"),
                                     QStringLiteral("CONCERN"), QStringLiteral("2025-01-02T10:00:00.000"),
                                     QStringLiteral("2025-01-02T10:00:01.000"), QVariant()},
                                    {QStringLiteral("n3"), QStringLiteral("s1"), QStringLiteral("i1"), QStringLiteral("Deleted offline"),
                                     QVariant(), QStringLiteral("2025-01-03T10:00:00.000"), QStringLiteral("2025-01-03T10:00:01.000"),
                                     QVariant()},
                                    {QStringLiteral("n4"), QStringLiteral("s1"), QStringLiteral("i1"), QStringLiteral("Deleted on the server"),
                                     QVariant(), QStringLiteral("2025-01-04T10:00:00.000"), QStringLiteral("2025-01-04T10:00:01.000"),
                                     QStringLiteral("2025-01-05T00:00:00.000")}})
                     .isError());
        Outbox outbox(cache.database());
        const QString fresh = Cuid::generate();
        QVERIFY(outbox.enqueue(OutboxKind::noteUpsert(), QJsonObject{{QStringLiteral("id"), fresh},
                                                                      {QStringLiteral("student_id"), QStringLiteral("s1")},
                                                                      {QStringLiteral("body"), QStringLiteral("Typed offline")},
                                                                      {QStringLiteral("flag"), QStringLiteral("FOLLOW_UP")},
                                                                      {QStringLiteral("created_at"), QStringLiteral("2025-03-05T08:00:00.000")}}));
        QVERIFY(outbox.enqueue(OutboxKind::noteUpsert(), QJsonObject{{QStringLiteral("id"), QStringLiteral("n2")},
                                                                      {QStringLiteral("student_id"), QStringLiteral("s1")},
                                                                      {QStringLiteral("body"), QStringLiteral("Edited offline, new text")},
                                                                      {QStringLiteral("flag"), QStringLiteral("PRAISE")},
                                                                      {QStringLiteral("created_at"), QStringLiteral("2025-01-02T10:00:00.000")}}));
        QVERIFY(outbox.enqueue(OutboxKind::noteDelete(), QJsonObject{{QStringLiteral("id"), QStringLiteral("n3")}}));
        const OutboxEntry refused = *outbox.enqueue(
            OutboxKind::noteUpsert(), QJsonObject{{QStringLiteral("id"), QStringLiteral("n9")}, {QStringLiteral("student_id"), QStringLiteral("s1")},
                                                  {QStringLiteral("body"), QStringLiteral("Refused")}});
        QCOMPARE(outbox.markRejected(refused.id, QStringLiteral("no")), Outbox::Result::Done);

        const auto notes = reader.notes(QStringLiteral("s1"));
        QVERIFY2(notes, qPrintable(reader.errorString()));
        QStringList summary;
        for (const CachedNote &n : *notes)
            summary << QStringLiteral("%1:%2:%3:%4").arg(n.id == fresh ? QStringLiteral("fresh") : n.id, n.body, n.flag,
                                                        n.pending ? QStringLiteral("pending") : QStringLiteral("synced"));
        QCOMPARE(summary, (QStringList{QStringLiteral("fresh:Typed offline:FOLLOW_UP:pending"),
                                       QStringLiteral("n2:Edited offline, new text:PRAISE:pending"),
                                       QStringLiteral("n1:Synced::synced")}));
        QCOMPARE(notes->at(1).authorId, QStringLiteral("i1"));
        QCOMPARE(notes->at(1).updatedAt, QDateTime(QDate(2025, 1, 2), QTime(10, 0, 1), Qt::UTC));
        QVERIFY(reader.notes(QStringLiteral("s2"))->isEmpty());

        // Notifications of the person, newest first, with a read mark waiting in the outbox.
        const QStringList notificationColumns{QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("title"),
                                              QStringLiteral("type"), QStringLiteral("is_read"), QStringLiteral("is_archived"),
                                              QStringLiteral("metadata"), QStringLiteral("read_at"), QStringLiteral("created_at")};
        QVERIFY(!writer.upsertRows(QStringLiteral("notifications"), notificationColumns,
                                   {{QStringLiteral("m1"), QStringLiteral("i1"), QStringLiteral("Overdue"), QStringLiteral("ASSIGNMENT_OVERDUE"),
                                     false, false, QStringLiteral("{\"student\":\"s2\"}"), QVariant(), QStringLiteral("2025-03-01T07:00:00.000")},
                                    {QStringLiteral("m2"), QStringLiteral("i1"), QStringLiteral("At risk"), QStringLiteral("STUDENT_AT_RISK"),
                                     false, false, QStringLiteral("{}"), QVariant(), QStringLiteral("2025-03-01T08:00:00.000")},
                                    {QStringLiteral("m3"), QStringLiteral("i1"), QStringLiteral("Old"), QStringLiteral("SYSTEM"), true, true,
                                     QStringLiteral("{}"), QStringLiteral("2025-01-01T00:00:00.000"), QStringLiteral("2025-01-01T00:00:00.000")},
                                    {QStringLiteral("m4"), QStringLiteral("someone"), QStringLiteral("Not mine"), QStringLiteral("SYSTEM"),
                                     false, false, QStringLiteral("{}"), QVariant(), QStringLiteral("2025-03-01T09:00:00.000")}})
                     .isError());
        QCOMPARE(reader.unreadNotificationCount(QStringLiteral("i1")).value_or(-1), 2);
        QVERIFY(outbox.enqueue(OutboxKind::notificationRead(), QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")},
                                                                            {QStringLiteral("read_at"), QStringLiteral("2025-03-02T12:00:00.000")}}));
        const auto notifications = reader.notifications(QStringLiteral("i1"));
        QVERIFY(notifications);
        QCOMPARE(notifications->size(), 2);
        QCOMPARE(notifications->at(0).id, QStringLiteral("m2"));
        QVERIFY(!notifications->at(0).isRead);
        QCOMPARE(notifications->at(1).id, QStringLiteral("m1"));
        QVERIFY(notifications->at(1).isRead);
        QVERIFY(notifications->at(1).pending);
        QCOMPARE(notifications->at(1).readAt, QDateTime(QDate(2025, 3, 2), QTime(12, 0), Qt::UTC));
        QCOMPARE(notifications->at(1).metadata.value(QLatin1String("student")).toString(), QStringLiteral("s2"));
        QCOMPARE(reader.unreadNotificationCount(QStringLiteral("i1")).value_or(-1), 1);

        // "Data from": the oldest of the tables' last syncs; never synced is invalid.
        QVERIFY(!reader.lastSyncedAt()->isValid());
        QVERIFY(!writer.commitTable(QStringLiteral("users"), QStringLiteral("700"), QStringLiteral("2025-03-05T10:42:00.000")).isError());
        QVERIFY(!writer.commitTable(QStringLiteral("student_progress"), QStringLiteral("650"), QStringLiteral("2025-03-05T09:30:00.000"))
                     .isError());
        QCOMPARE(*reader.lastSyncedAt(), QDateTime(QDate(2025, 3, 5), QTime(9, 30), Qt::UTC));
        QCOMPARE(reader.cursor(QStringLiteral("student_progress")).value_or(QString()), QStringLiteral("650"));
        QCOMPARE(reader.cursor(QStringLiteral("messages")).value_or(QString()), QStringLiteral("0"));
        QVERIFY(!reader.cursor(QStringLiteral("outbox")));
    }

    void wipeRemovesEverything()
    {
        const QString path = freshPath();
        buildCache(path, 2, 1);
        {
            // A damaged copy set aside earlier holds the same person's data: it goes too.
            QVERIFY(overwrite(path, 0, 100, 'x'));
            CacheDatabase cache(path, connectionName());
            QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Rebuilt);
        }
        CacheDatabase cache(path, connectionName());
        QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Opened);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        const QDir dir = QFileInfo(path).absoluteDir();
        QVERIFY(dir.entryList(QDir::Files).size() >= 3);
        QString error;
        QVERIFY2(cache.wipe(&error), qPrintable(error));
        QVERIFY(!cache.isOpen());
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // The first fill of a large cache: 1000 students (users and student_progress) and a year of
    // snapshots for each (365,000 rows), in batches as the sync engine sends them. Reported.
    void firstFillSpeed()
    {
        const QString path = freshPath();
        CacheDatabase cache(path, connectionName());
        QCOMPARE(cache.open().status, CacheDatabase::OpenStatus::Created);
        constexpr int kStudents = 1000;
        constexpr int kDays = 365;
        constexpr int kBatch = 5000;
        QRandomGenerator random(42);

        QStringList studentIds;
        QList<QVariantList> users;
        QList<QVariantList> progress;
        for (int s = 0; s < kStudents; ++s) {
            const QString id = randomId(random);
            studentIds << id;
            users.append({id, QStringLiteral("%1@example.org").arg(id), QStringLiteral("Student %1").arg(s), QStringLiteral("USER")});
            progress.append({randomId(random), id, QStringLiteral("i1"), random.bounded(100.0), random.bounded(100.0),
                             QStringLiteral("2025-02-01T10:00:00.000"), QStringLiteral("2025-03-01T06:00:00.000")});
        }
        // All rows made before timing: only the cache's work is measured.
        QList<QList<QVariantList>> batches(1);
        for (const QString &id : std::as_const(studentIds)) {
            batches.last() += snapshotRows(id, kDays, random);
            if (batches.last().size() >= kBatch)
                batches.append(QList<QVariantList>());
        }

        QElapsedTimer timer;
        {
            CacheWriter writer(cache.database());
            timer.start();
            QVERIFY(!writer.beginTable(QStringLiteral("users")).isError());
            QVERIFY(!writer.upsertRows(QStringLiteral("users"),
                                       {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role")}, users)
                         .isError());
            QVERIFY(!writer.commitTable(QStringLiteral("users"), QStringLiteral("10"), QStringLiteral("2025-03-01T10:00:00.000")).isError());
            QVERIFY(!writer.beginTable(QStringLiteral("student_progress")).isError());
            QVERIFY(!writer.upsertRows(QStringLiteral("student_progress"), progressColumns(), progress).isError());
            QVERIFY(!writer.commitTable(QStringLiteral("student_progress"), QStringLiteral("10"), QStringLiteral("2025-03-01T10:00:00.000"))
                         .isError());
            const qint64 smallNs = timer.nsecsElapsed();

            // Wall time and this process's CPU time: the machine may be busy with other work.
            struct Cost
            {
                double wallMs = -1;
                double cpuMs = -1;
            };
            auto fill = [&](const QString &cursor) -> Cost {
                QElapsedTimer t;
                t.start();
                const std::clock_t cpu = std::clock();
                if (writer.beginTable(QStringLiteral("progress_snapshots")).isError())
                    return {};
                for (const QList<QVariantList> &batch : std::as_const(batches)) {
                    if (const CacheError e = writer.upsertRows(QStringLiteral("progress_snapshots"), snapshotColumns(), batch);
                        e.isError()) {
                        qWarning("%s", qPrintable(e.message));
                        return {};
                    }
                }
                if (writer.commitTable(QStringLiteral("progress_snapshots"), cursor, QStringLiteral("2025-03-01T10:00:00.000")).isError())
                    return {};
                return {t.nsecsElapsed() / 1e6, (std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC};
            };
            const Cost insert = fill(QStringLiteral("10"));
            QVERIFY(insert.wallMs > 0);
            QCOMPARE(count(cache.database(), QStringLiteral("progress_snapshots")), kStudents * kDays);
            const Cost update = fill(QStringLiteral("11")); // every row again: all conflicts, all updates
            QVERIFY(update.wallMs > 0);
            QVERIFY(QSqlQuery(cache.database()).exec(QStringLiteral("PRAGMA synchronous = FULL")));
            const Cost updateFull = fill(QStringLiteral("12"));
            QVERIFY(QSqlQuery(cache.database()).exec(QStringLiteral("PRAGMA synchronous = NORMAL")));
            QVERIFY(updateFull.wallMs > 0);
            QCOMPARE(count(cache.database(), QStringLiteral("progress_snapshots")), kStudents * kDays);

            const double rows = kStudents * kDays;
            qInfo("first fill: users + student_progress (%d + %d rows) %.1f ms", kStudents, kStudents, smallNs / 1e6);
            qInfo("first fill: progress_snapshots %d rows in %.0f ms (%.0f rows/s), %.0f ms CPU; batches of %d",
                  kStudents * kDays, insert.wallMs, rows / (insert.wallMs / 1e3), insert.cpuMs, kBatch);
            qInfo("second pass (all updates): %.0f ms (%.0f rows/s), %.0f ms CPU; with synchronous=FULL %.0f ms, %.0f ms CPU",
                  update.wallMs, rows / (update.wallMs / 1e3), update.cpuMs, updateFull.wallMs, updateFull.cpuMs);

            // What a person waits for on these 1000 students.
            CacheReader reader(cache.database());
            timer.restart();
            const auto students = reader.students();
            const qint64 studentsNs = timer.nsecsElapsed();
            QVERIFY(students);
            QCOMPARE(students->size(), kStudents);
            timer.restart();
            QCOMPARE(reader.snapshots(studentIds.first(), QDate(2024, 10, 1), QDate(2024, 12, 30))->size(), 91);
            const qint64 trendNs = timer.nsecsElapsed();
            timer.restart();
            QVERIFY(!writer.replaceVisibleStudents(studentIds.mid(100)).isError());
            const qint64 visibilityNs = timer.nsecsElapsed();
            QCOMPARE(count(cache.database(), QStringLiteral("progress_snapshots")), (kStudents - 100) * kDays);
            qInfo("students page from the cache: %.1f ms; one 90-day trend: %.2f ms; 100 students removed: %.1f ms",
                  studentsNs / 1e6, trendNs / 1e6, visibilityNs / 1e6);
        }
        cache.close();
        timer.restart();
        CacheDatabase reopened(path, connectionName());
        QCOMPARE(reopened.open().status, CacheDatabase::OpenStatus::Opened);
        qInfo("open with quick_check (%lld MB): %.1f ms", static_cast<long long>(QFileInfo(path).size() / (1024 * 1024)),
              timer.nsecsElapsed() / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
