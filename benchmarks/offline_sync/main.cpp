// offline_sync: how long an instructor's local copy takes to fill and to stay in step.
//
//   offline_sync --db <the instructor's own login URI> [--runs N] [--keep FILE]
//
// In one run, on the same server and connection settings:
//   1. first fill: a sync into a new, empty cache file (every cached relation of the person);
//   2. no-op sync: N syncs with nothing new on the server (median and worst);
//   3. raw COPY: the same rows as the first fill, COPY (SELECT ...) TO STDOUT through libpq and
//      thrown away, as the lower bound of moving them at all.
// Prints the times, the rows, and the ratios. The server must be migrated and seeded (README).
#include "db/connectionerror.h"
#include "db/connectionsettings.h"
#include "db/database.h"
#include "offline/cachedatabase.h"
#include "sync/serverchanges.h"
#include "sync/synchronizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>

using namespace dashboard;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// COPY (the sync query of `table`, cursor "0") TO STDOUT, rows read and dropped; -1 on error.
qint64 copyTable(PGconn *connection, const QString &table)
{
    QString sql = sync::syncSql(table);
    // The sync queries take $1 (cursor) and, for student-keyed tables, $2 (students): a first
    // fill binds '0' and NULL. COPY takes no parameters, so they are written in.
    sql.replace(QStringLiteral("$1"), QStringLiteral("'0'")).replace(QStringLiteral("$2"), QStringLiteral("NULL"));
    while (sql.endsWith(QLatin1Char(';')) || sql.endsWith(QLatin1Char('\n')) || sql.endsWith(QLatin1Char(' ')))
        sql.chop(1);
    const QByteArray copy = QStringLiteral("COPY (%1) TO STDOUT").arg(sql).toUtf8();
    PGresult *result = PQexec(connection, copy.constData());
    if (PQresultStatus(result) != PGRES_COPY_OUT) {
        std::fprintf(stderr, "COPY %s: %s\n", qPrintable(table), PQerrorMessage(connection));
        PQclear(result);
        return -1;
    }
    PQclear(result);
    qint64 rows = 0;
    char *buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(connection, &buffer, 0)) > 0) {
        ++rows;
        PQfreemem(buffer);
    }
    PQclear(PQgetResult(connection));
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("First fill and no-op sync of a local copy, against a raw COPY."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The instructor's login (URI)."), QStringLiteral("uri"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("No-op syncs (default 20)."), QStringLiteral("n"),
                                        QStringLiteral("20"));
    parser.addOptions({dbOption, runsOption});
    parser.process(app);
    QString error;
    const auto settings = db::ConnectionSettings::parse(parser.value(dbOption), &error);
    if (!settings) {
        std::fprintf(stderr, "--db: %s\n", qPrintable(error));
        return 2;
    }
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("bench.sqlite"));

    db::ConnectionError connectionError;
    QSqlDatabase server = db::Database::open(*settings, QStringLiteral("bench-server"), &connectionError);
    if (connectionError.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(connectionError.summary()));
        return 2;
    }
    offline::CacheDatabase cache(cachePath, QStringLiteral("bench-cache"));
    if (!cache.open().isOpen()) {
        std::fprintf(stderr, "cannot create the cache\n");
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    sync::Synchronizer::Result first;
    {
        sync::Synchronizer synchronizer(server, cache.database());
        first = synchronizer.run();
    }
    const double fillMs = ms(timer);
    if (!first.ok()) {
        std::fprintf(stderr, "first fill failed: %s\n", qPrintable(first.error));
        return 1;
    }

    QList<double> noop;
    for (int i = 0; i < parser.value(runsOption).toInt(); ++i) {
        timer.restart();
        sync::Synchronizer synchronizer(server, cache.database());
        const auto result = synchronizer.run();
        noop << ms(timer);
        if (!result.ok()) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(result.error));
            return 1;
        }
    }
    std::sort(noop.begin(), noop.end());

    PGconn *raw = db::Database::pgHandle(server);
    qint64 copied = 0;
    timer.restart();
    PQclear(PQexec(raw, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    for (const QString &table : sync::ServerChanges::tables()) {
        const qint64 rows = copyTable(raw, table);
        if (rows < 0)
            return 1;
        copied += rows;
    }
    PQclear(PQexec(raw, "COMMIT"));
    const double copyMs = ms(timer);

    const qint64 fileBytes = QFile(cachePath).size() + QFile(cachePath + QStringLiteral("-wal")).size();
    std::printf("first fill: %.0f ms, %d rows (%.1f MB of cache)\n", fillMs, first.rowsFetched, double(fileBytes) / 1e6);
    std::printf("raw COPY of the same relations: %.0f ms, %lld rows  -> first fill = %.1fx the COPY\n", copyMs,
                static_cast<long long>(copied), fillMs / copyMs);
    if (!noop.isEmpty())
        std::printf("no-op sync: median %.1f ms, worst %.1f ms over %lld runs\n", noop.at(noop.size() / 2), noop.last(),
                    static_cast<long long>(noop.size()));
    cache.close();
    return 0;
}
