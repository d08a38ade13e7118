// A helper process for tst_offline: the part of the application that writes notes offline and
// replays them, in a process of its own, so that the test can kill it (SIGKILL) at any moment.
//
//   offline_client notes <cache file> <student id> <total> [<text>]
//       Continues after the highest n already in the outbox and queues notes "offline note <n>"
//       (or <text>) on the student up to total - 1, printing "<n> <note id>" once each is committed.
//   offline_client replay <cache file>
//       Sends the outbox to the server named by the libpq environment (PGHOST, PGUSER, ...),
//       printing "applied <n>" after each write the server applied and the outbox forgot.
#include "db/connectionerror.h"
#include "db/connectionsettings.h"
#include "db/database.h"
#include "offline/cachedatabase.h"
#include "offline/cachereader.h"
#include "offline/cuid.h"
#include "offline/outbox.h"
#include "sync/synchronizer.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace dashboard;

namespace {

int queueNotes(const QString &path, const QString &studentId, int total, const QString &text)
{
    offline::CacheDatabase cache(path, QStringLiteral("offline-client"));
    const auto report = cache.open();
    if (!report.isOpen() || report.status == offline::CacheDatabase::OpenStatus::Rebuilt) {
        std::fprintf(stderr, "cannot open the cache (or it had to be rebuilt): %s\n", qPrintable(report.error.message));
        return 3;
    }
    offline::Outbox outbox(cache.database());
    const auto pending = outbox.pending();
    if (!pending) {
        std::fprintf(stderr, "cannot read the outbox: %s\n", qPrintable(outbox.errorString()));
        return 2;
    }
    int next = 0;
    for (const offline::OutboxEntry &entry : *pending)
        next = std::max(next, entry.payload.value(QStringLiteral("n")).toInt() + 1);
    for (int n = next; n < total; ++n) {
        const QString id = offline::Cuid::generate();
        const QJsonObject payload{{QStringLiteral("id"), id},
                                  {QStringLiteral("student_id"), studentId},
                                  {QStringLiteral("body"), text.isEmpty() ? QStringLiteral("offline note %1").arg(n) : text},
                                  {QStringLiteral("flag"), QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("created_at"), offline::CacheReader::formatTimestamp(QDateTime::currentDateTimeUtc())},
                                  {QStringLiteral("n"), n}};
        if (!outbox.enqueue(offline::OutboxKind::noteUpsert(), payload)) {
            std::fprintf(stderr, "note %d: %s\n", n, qPrintable(outbox.errorString()));
            return 1;
        }
        std::printf("%d %s\n", n, qPrintable(id));
        std::fflush(stdout);
    }
    return 0;
}

int replay(const QString &path)
{
    offline::CacheDatabase cache(path, QStringLiteral("offline-client"));
    const auto report = cache.open();
    if (!report.isOpen() || report.status == offline::CacheDatabase::OpenStatus::Rebuilt) {
        std::fprintf(stderr, "cannot open the cache (or it had to be rebuilt): %s\n", qPrintable(report.error.message));
        return 3;
    }
    db::ConnectionError error;
    QSqlDatabase server = db::Database::open(db::ConnectionSettings(), QStringLiteral("offline-client-server"), &error);
    if (error.isError()) {
        std::fprintf(stderr, "cannot connect: %s\n", qPrintable(error.summary()));
        return 2;
    }
    sync::Synchronizer synchronizer(server, cache.database());
    synchronizer.setAfterWriteApplied([](int applied) {
        std::printf("applied %d\n", applied);
        std::fflush(stdout);
    });
    const auto result = synchronizer.replayOutbox();
    std::printf("done %d rejected %d\n", result.replayed, result.rejected);
    return result.ok() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("notes") && (args.size() == 5 || args.size() == 6))
        return queueNotes(args.at(2), args.at(3), args.at(4).toInt(), args.value(5));
    if (args.value(1) == QLatin1String("replay") && args.size() == 3)
        return replay(args.at(2));
    std::fprintf(stderr, "usage: offline_client notes FILE STUDENT TOTAL [TEXT] | replay FILE\n");
    return 64;
}
