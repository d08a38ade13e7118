// The outbox of the local cache on real SQLite files: replay order, the edit/discard/reject rules,
// cuid ids (format, uniqueness within and between processes), and the kill test: a writer process
// killed with SIGKILL at random moments, restarted until 1000 changes are committed, loses none of
// the changes it reported as committed and writes none twice.
#include "offline/cachedatabase.h"
#include "offline/cuid.h"
#include "offline/outbox.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using dashboard::offline::CacheDatabase;
using dashboard::offline::Outbox;
using dashboard::offline::OutboxEntry;
namespace Cuid = dashboard::offline::Cuid;
namespace OutboxKind = dashboard::offline::OutboxKind;

namespace {

QJsonObject note(const QString &id, const QString &body)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("student_id"), QStringLiteral("stu_1")},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("flag"), QStringLiteral("FOLLOW_UP")},
                       {QStringLiteral("created_at"), QStringLiteral("2025-03-01T10:00:00.000")}};
}

QStringList ids(const QList<OutboxEntry> &entries)
{
    QStringList result;
    for (const OutboxEntry &entry : entries)
        result << entry.id;
    return result;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A fresh cache file of its own for one test.
    std::unique_ptr<CacheDatabase> freshCache()
    {
        ++m_counter;
        auto cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("c%1/cache.sqlite").arg(m_counter)),
                                                     QStringLiteral("outbox-test-%1").arg(m_counter));
        const CacheDatabase::OpenReport report = cache->open();
        if (report.status != CacheDatabase::OpenStatus::Created)
            qWarning("cannot create the cache: %s", qPrintable(report.error.message));
        return cache;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void enqueueKeepsOrderAndContent()
    {
        auto cache = freshCache();
        QVERIFY(cache->isOpen());
        QList<OutboxEntry> made;
        {
            Outbox outbox(cache->database());

            const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
            for (int i = 0; i < 12; ++i) {
                const QString kind = i % 3 == 0 ? OutboxKind::noteUpsert()
                                     : i % 3 == 1 ? OutboxKind::notificationRead()
                                                  : OutboxKind::noteDelete();
                const std::optional<OutboxEntry> entry = outbox.enqueue(kind, QJsonObject{{QStringLiteral("i"), i}});
                QVERIFY2(entry, qPrintable(outbox.errorString()));
                QVERIFY(Cuid::isValid(entry->id));
                QCOMPARE(entry->kind, kind);
                QCOMPARE(entry->state, OutboxEntry::State::Pending);
                QVERIFY(entry->createdAt >= before && entry->createdAt <= QDateTime::currentDateTimeUtc());
                QCOMPARE(entry->createdAt.timeSpec(), Qt::UTC);
                if (!made.isEmpty())
                    QVERIFY(entry->seq > made.last().seq);
                made.append(*entry);
            }
            const std::optional<QList<OutboxEntry>> pending = outbox.pending();
            QVERIFY2(pending, qPrintable(outbox.errorString()));
            QCOMPARE(*pending, made); // everything, in the order made, exactly as returned by enqueue
            QCOMPARE(outbox.pendingCount().value_or(-1), 12);

            // An unknown kind is refused and nothing is stored.
            QVERIFY(!outbox.enqueue(QStringLiteral("note.explode"), {}));
            QCOMPARE(outbox.lastError().kind, dashboard::offline::CacheError::Kind::InvalidRequest);
            QCOMPARE(outbox.pendingCount().value_or(-1), 12);
        }

        // The entries survive closing and opening the file again.
        const QString path = cache->path();
        cache.reset();
        CacheDatabase reopened(path, QStringLiteral("outbox-reopened"));
        QCOMPARE(reopened.open().status, CacheDatabase::OpenStatus::Opened);
        Outbox again(reopened.database());
        QCOMPARE(again.pending().value_or(QList<OutboxEntry>()), made);
    }

    void editDiscardAndRejectRules()
    {
        auto cache = freshCache();
        Outbox outbox(cache->database());
        const OutboxEntry a = *outbox.enqueue(OutboxKind::noteUpsert(), note(QStringLiteral("n1"), QStringLiteral("first")));
        const OutboxEntry b = *outbox.enqueue(OutboxKind::noteUpsert(), note(QStringLiteral("n2"), QStringLiteral("second")));
        const OutboxEntry c = *outbox.enqueue(OutboxKind::noteDelete(), QJsonObject{{QStringLiteral("id"), QStringLiteral("n0")}});

        // Rejected: out of the replay queue, kept with the server's reason.
        QCOMPARE(outbox.markRejected(b.id, QStringLiteral("permission denied for student"), b.revision), Outbox::Result::Done);
        QCOMPARE(ids(*outbox.pending()), (QStringList{a.id, c.id}));
        QList<OutboxEntry> rejected = *outbox.rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().id, b.id);
        QCOMPARE(rejected.first().state, OutboxEntry::State::Rejected);
        QCOMPARE(rejected.first().reason, QStringLiteral("permission denied for student"));

        // Editing a rejected entry sends it again, in its original place in the order.
        QCOMPARE(outbox.edit(b.id, note(QStringLiteral("n2"), QStringLiteral("second, fixed"))), Outbox::Result::Done);
        QVERIFY(outbox.rejected()->isEmpty());
        QCOMPARE(ids(*outbox.pending()), (QStringList{a.id, b.id, c.id}));
        const OutboxEntry edited = *outbox.entry(b.id);
        QCOMPARE(edited.state, OutboxEntry::State::Pending);
        QCOMPARE(edited.reason, QString());
        QCOMPARE(edited.revision, b.revision + 1);
        QCOMPARE(edited.payload.value(QLatin1String("body")).toString(), QStringLiteral("second, fixed"));
        QCOMPARE(edited.seq, b.seq);

        // A replay that sent the payload before the edit neither removes nor rejects the edit.
        QCOMPARE(outbox.markApplied(b.id, b.revision), Outbox::Result::Stale);
        QCOMPARE(outbox.markRejected(b.id, QStringLiteral("late refusal"), b.revision), Outbox::Result::Stale);
        QCOMPARE(outbox.entry(b.id)->state, OutboxEntry::State::Pending);
        QCOMPARE(outbox.markApplied(b.id, edited.revision), Outbox::Result::Done);
        QCOMPARE(outbox.markApplied(b.id), Outbox::Result::NotFound);

        // Applied entries are gone: no edit, no discard.
        QCOMPARE(outbox.edit(b.id, note(QStringLiteral("n2"), QStringLiteral("too late"))), Outbox::Result::NotFound);
        QCOMPARE(outbox.discard(b.id), Outbox::Result::NotFound);

        // Editing a pending entry keeps it pending, in place.
        QCOMPARE(outbox.edit(a.id, note(QStringLiteral("n1"), QStringLiteral("first, edited"))), Outbox::Result::Done);
        QCOMPARE(ids(*outbox.pending()), (QStringList{a.id, c.id}));

        // Discard works on pending and on rejected entries.
        QCOMPARE(outbox.markRejected(c.id, QStringLiteral("gone")), Outbox::Result::Done);
        QCOMPARE(outbox.discard(c.id), Outbox::Result::Done);
        QCOMPARE(outbox.discard(a.id), Outbox::Result::Done);
        QVERIFY(outbox.pending()->isEmpty());
        QVERIFY(outbox.rejected()->isEmpty());
        QCOMPARE(outbox.discard(QStringLiteral("cnosuchentry")), Outbox::Result::NotFound);

        // Sequence numbers are never handed out twice, even after the newest entries went.
        const OutboxEntry d = *outbox.enqueue(OutboxKind::noteDelete(), QJsonObject{{QStringLiteral("id"), QStringLiteral("n3")}});
        QVERIFY(d.seq > c.seq);
    }

    void cuidFormatAndUniqueness()
    {
        constexpr int kCount = 100000;
        QSet<QString> seen;
        seen.reserve(kCount);
        QElapsedTimer timer;
        timer.start();
        QStringList made;
        made.reserve(kCount);
        for (int i = 0; i < kCount; ++i)
            made << Cuid::generate();
        const qint64 ns = timer.nsecsElapsed();
        for (const QString &id : std::as_const(made)) {
            QVERIFY2(Cuid::isValid(id), qPrintable(id));
            QCOMPARE(id.size(), 25);
            QCOMPARE(id, id.toLower());
            seen.insert(id);
        }
        QCOMPARE(seen.size(), kCount);
        qInfo("cuid: %d ids in %.1f ms (%.0f ns each)", kCount, ns / 1e6, double(ns) / kCount);
        QVERIFY(!Cuid::isValid(QStringLiteral("C12345678901234567890123a")));
        QVERIFY(!Cuid::isValid(QStringLiteral("c1234")));

        // Two processes at the same time: no id in common, none repeated.
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(DASHBOARD_OUTBOX_WRITER), {QStringLiteral("cuids"), QString::number(kCount / 2)});
        second.start(QStringLiteral(DASHBOARD_OUTBOX_WRITER), {QStringLiteral("cuids"), QString::number(kCount / 2)});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        const QStringList a = QString::fromLatin1(first.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList b = QString::fromLatin1(second.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(a.size(), kCount / 2);
        QCOMPARE(b.size(), kCount / 2);
        QSet<QString> all(a.cbegin(), a.cend());
        all.unite(QSet<QString>(b.cbegin(), b.cend()));
        all.unite(seen);
        QCOMPARE(all.size(), 2 * kCount);
        for (const QString &id : a + b)
            QVERIFY2(Cuid::isValid(id), qPrintable(id));
    }

    // What durability costs: an enqueue (synchronous=FULL commit) against the same insert
    // committed with synchronous=NORMAL. Reported, not asserted.
    void enqueueCost()
    {
        auto cache = freshCache();
        constexpr int kWrites = 200;
        Outbox outbox(cache->database());
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kWrites; ++i)
            QVERIFY(outbox.enqueue(OutboxKind::noteUpsert(), note(Cuid::generate(), QStringLiteral("durable"))));
        const double full = timer.nsecsElapsed() / 1e6 / kWrites;

        QSqlQuery query(cache->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL again after the durable commits
        query.finish();
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO outbox (id, kind, payload, created_at, state, revision, updated_at) "
                                             "VALUES (?, 'note.upsert', ?, '2025-01-01T00:00:00.000', 'pending', 0, "
                                             "'2025-01-01T00:00:00.000')")));
        timer.restart();
        for (int i = 0; i < kWrites; ++i) {
            QSqlQuery begin(cache->database());
            QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
            query.bindValue(0, Cuid::generate());
            query.bindValue(1, QStringLiteral("{\"body\":\"normal\"}"));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QSqlQuery commit(cache->database());
            QVERIFY(commit.exec(QStringLiteral("COMMIT")));
        }
        const double normal = timer.nsecsElapsed() / 1e6 / kWrites;
        qInfo("outbox enqueue: %.3f ms with synchronous=FULL (durable), %.3f ms with synchronous=NORMAL", full, normal);
    }

    // The writer is killed at random moments and started again until it has committed 1000
    // changes. Everything it reported as committed must be there, nothing twice, in order.
    void killedWriterLosesNothing()
    {
        constexpr int kTotal = 1000;
        ++m_counter;
        const QString path = m_dir.filePath(QStringLiteral("kill/cache.sqlite"));
        // OUTBOX_KILL_SEED=n repeats a run.
        const quint32 seed = qEnvironmentVariableIsSet("OUTBOX_KILL_SEED")
                                 ? qEnvironmentVariable("OUTBOX_KILL_SEED").toUInt()
                                 : QRandomGenerator::global()->generate();
        qInfo("kill test seed %u (OUTBOX_KILL_SEED)", seed);
        QRandomGenerator random(seed);

        QHash<int, QString> reported; // n -> id, as printed after the commit
        int kills = 0;
        int runs = 0;
        bool finished = false;
        while (!finished) {
            QVERIFY2(runs < 400, "the writer makes no progress");
            ++runs;
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(DASHBOARD_OUTBOX_WRITER),
                         {QStringLiteral("enqueue"), path, QString::number(kTotal)});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

            // Kill after a random number of reported commits (sometimes before the first, while
            // the file is being created or opened), plus a random sub-millisecond delay so the
            // kill falls anywhere inside the next enqueue. The last runs are left to finish.
            const bool kill = runs <= 40;
            const int killAfterLines = random.bounded(0, 40);
            const int extraMicroseconds = random.bounded(0, 3000);
            int lines = 0;
            QByteArray buffer;
            auto consume = [&] {
                buffer += writer.readAllStandardOutput();
                qsizetype newline;
                while ((newline = buffer.indexOf('\n')) >= 0) {
                    const QList<QByteArray> parts = buffer.left(newline).split(' ');
                    buffer.remove(0, newline + 1);
                    if (parts.size() != 2)
                        continue;
                    const int n = parts.at(0).toInt();
                    const QString id = QString::fromLatin1(parts.at(1));
                    if (reported.contains(n) && reported.value(n) != id)
                        qWarning("n=%d reported twice with different ids", n);
                    reported.insert(n, id);
                    ++lines;
                }
            };
            if (kill) {
                while (lines < killAfterLines && writer.state() == QProcess::Running) {
                    writer.waitForReadyRead(50);
                    consume();
                }
                QThread::usleep(extraMicroseconds);
                if (writer.state() == QProcess::Running) {
                    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
                    ++kills;
                }
            }
            // waitForFinished() is false for a process already seen to end.
            QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(60000));
            consume();
            if (writer.exitStatus() == QProcess::NormalExit) {
                QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
                finished = true;
            }
        }
        qInfo("kill test: %d runs, %d killed, %lld changes reported as committed", runs, kills,
              static_cast<long long>(reported.size()));
        QVERIFY(kills >= 30);

        CacheDatabase cache(path, QStringLiteral("kill-check"));
        const CacheDatabase::OpenReport report = cache.open();
        QCOMPARE(report.status, CacheDatabase::OpenStatus::Opened);
        QCOMPARE(CacheDatabase::quickCheck(cache.database()).value_or(QString()), QStringLiteral("ok"));
        Outbox outbox(cache.database());
        const QList<OutboxEntry> entries = outbox.pending().value_or(QList<OutboxEntry>());
        QCOMPARE(entries.size(), kTotal);
        QSet<QString> entryIds;
        for (int i = 0; i < entries.size(); ++i) {
            // Exactly 0..999, each once, in the order of seq.
            QCOMPARE(entries.at(i).payload.value(QLatin1String("n")).toInt(-1), i);
            if (i > 0)
                QVERIFY(entries.at(i).seq > entries.at(i - 1).seq);
            entryIds.insert(entries.at(i).id);
        }
        // Nothing reported as committed is missing, and with the same n.
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            QVERIFY2(entryIds.contains(it.value()), qPrintable(QStringLiteral("lost n=%1 id=%2").arg(it.key()).arg(it.value())));
            QCOMPARE(entries.at(it.key()).id, it.value());
        }
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
