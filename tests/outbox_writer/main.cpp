// A helper process for tst_outbox and tst_cachedatabase: writes into a cache file so that the
// tests can kill it (SIGKILL) at any moment and check what survived.
//
//   outbox_writer enqueue <cache file> <total>
//       Continues after the highest n already in the outbox and enqueues {"n": n} up to total - 1,
//       printing "<n> <entry id>" after each enqueue returned (the change is committed then).
//   outbox_writer cuids <count>
//       Prints <count> generated cuids, one a line.
//   outbox_writer interrupted-batch <cache file> <rows>
//       Begins a student_progress batch, upserts <rows> rows with the body "interrupted", prints
//       "inside" and waits to be killed without committing.
#include "offline/cachedatabase.h"
#include "offline/cachewriter.h"
#include "offline/cuid.h"
#include "offline/outbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

using namespace dashboard::offline;

namespace {

int enqueue(const QString &path, int total)
{
    CacheDatabase cache(path, QStringLiteral("outbox-writer"));
    const CacheDatabase::OpenReport report = cache.open();
    if (!report.isOpen()) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(report.error.message));
        return 2;
    }
    if (report.status == CacheDatabase::OpenStatus::Rebuilt) {
        // A kill must never damage the file; the test treats this as a failure.
        std::fprintf(stderr, "the cache was rebuilt: %s\n", qPrintable(report.damageDetails));
        return 3;
    }
    {
        Outbox outbox(cache.database());
        const std::optional<QList<OutboxEntry>> pending = outbox.pending();
        if (!pending) {
            std::fprintf(stderr, "cannot read the outbox: %s\n", qPrintable(outbox.errorString()));
            return 2;
        }
        int next = 0;
        for (const OutboxEntry &entry : *pending)
            next = std::max(next, entry.payload.value(QLatin1String("n")).toInt() + 1);
        for (int n = next; n < total; ++n) {
            const std::optional<OutboxEntry> entry = outbox.enqueue(OutboxKind::noteUpsert(), QJsonObject{{QStringLiteral("n"), n}});
            if (!entry) {
                std::fprintf(stderr, "enqueue %d failed: %s\n", n, qPrintable(outbox.errorString()));
                return 1;
            }
            std::printf("%d %s\n", n, qPrintable(entry->id));
            std::fflush(stdout);
        }
    }
    return 0;
}

int cuids(int count)
{
    for (int i = 0; i < count; ++i)
        std::printf("%s\n", qPrintable(Cuid::generate()));
    std::fflush(stdout);
    return 0;
}

int interruptedBatch(const QString &path, int rows)
{
    CacheDatabase cache(path, QStringLiteral("batch-writer"));
    const CacheDatabase::OpenReport report = cache.open();
    if (!report.isOpen() || report.status == CacheDatabase::OpenStatus::Rebuilt) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(report.error.message));
        return 2;
    }
    CacheWriter writer(cache.database());
    if (CacheError error = writer.beginTable(QStringLiteral("student_progress")); error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QList<QVariantList> batch;
    for (int i = 0; i < rows; ++i) {
        batch.append({QStringLiteral("sp%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("st%1").arg(i, 5, 10, QLatin1Char('0')),
                      99.0, QStringLiteral("interrupted")});
    }
    if (CacheError error = writer.upsertRows(QStringLiteral("student_progress"),
                                             {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("risk_score"),
                                              QStringLiteral("difficulty_level")},
                                             batch);
        error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    if (CacheError error = writer.deleteIds(QStringLiteral("student_progress"), {QStringLiteral("sp00000")}); error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    std::printf("inside\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("enqueue") && args.size() == 4)
        return enqueue(args.at(2), args.at(3).toInt());
    if (mode == QLatin1String("cuids") && args.size() == 3)
        return cuids(args.at(2).toInt());
    if (mode == QLatin1String("interrupted-batch") && args.size() == 4)
        return interruptedBatch(args.at(2), args.at(3).toInt());
    std::fprintf(stderr, "usage: outbox_writer enqueue FILE TOTAL | cuids COUNT | interrupted-batch FILE ROWS\n");
    return 64;
}
