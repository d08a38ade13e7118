#include "synchronizer.h"

#include "offline/cachereader.h"
#include "offline/cachewriter.h"
#include "offline/outbox.h"
#include "cachewritethread.h"
#include "serverchanges.h"
#include "serverwriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dashboard::sync {

namespace {

Synchronizer::Result serverFailure(const ServerChanges &changes)
{
    Synchronizer::Result result;
    result.outcome = changes.error() == ServerChanges::Error::Unavailable ? Synchronizer::Outcome::ServerUnavailable
                                                                          : Synchronizer::Outcome::ServerFailed;
    result.error = changes.errorString();
    return result;
}

} // namespace

Synchronizer::Synchronizer(QSqlDatabase server, QSqlDatabase cache)
    : m_server(std::move(server))
    , m_cache(std::move(cache))
{
}

Synchronizer::Result Synchronizer::cacheFailure(const offline::CacheError &error)
{
    Result result;
    result.outcome = error.kind == offline::CacheError::Kind::DiskFull ? Outcome::CacheFull : Outcome::CacheFailed;
    result.error = error.summary();
    return result;
}

Synchronizer::Result Synchronizer::run()
{
    // Writes first: the fetch that follows brings the server's rows for them into the cache.
    Result replay = replayOutbox();
    if (!replay.ok())
        return replay;
    Result result = fetch();
    result.replayed = replay.replayed;
    result.rejected = replay.rejected;
    return result;
}

Synchronizer::Result Synchronizer::replayOutbox()
{
    offline::Outbox outbox(m_cache);
    const auto pending = outbox.pending();
    if (!pending)
        return cacheFailure(outbox.lastError());
    ServerWriter writer(m_server);
    Result result;
    for (const offline::OutboxEntry &entry : *pending) {
        const WriteResult written = writer.apply(entry.kind, entry.payload);
        if (written.isRetry()) {
            // Keep the order: nothing after this entry goes before it.
            result.outcome = Outcome::ServerUnavailable;
            result.error = written.reason;
            return result;
        }
        // The revision sent: an entry edited while it was on its way stays pending, and the edit
        // goes out with the next replay.
        const auto marked = written.isApplied() ? outbox.markApplied(entry.id, entry.revision)
                                                : outbox.markRejected(entry.id, written.reason, entry.revision);
        if (marked == offline::Outbox::Result::Failed)
            return cacheFailure(outbox.lastError());
        if (written.isApplied()) {
            ++result.replayed;
            if (m_afterWrite)
                m_afterWrite(result.replayed);
        } else {
            ++result.rejected;
        }
    }
    return result;
}

Synchronizer::Result Synchronizer::fetch()
{
    ServerChanges changes(m_server);
    const auto cursor = changes.begin();
    if (!cursor)
        return serverFailure(changes);

    Result result;
    {
        // A first fill sorts up to a few hundred thousand rows by id (the order the cache stores
        // fastest): in memory, not in temporary files (the default 4 MB spills to disk).
        QSqlQuery memory(m_server);
        memory.exec(QStringLiteral("SET LOCAL work_mem = '64MB'"));
    }
    {
        QSqlQuery time(m_server);
        if (!time.exec(syncSql(QStringLiteral("server_time"))) || !time.next()) {
            result.outcome = Outcome::ServerUnavailable;
            result.error = tr("Could not read the server's clock: %1").arg(time.lastError().text());
            return result;
        }
        result.serverTime = time.value(0).toString();
        result.userId = time.value(1).toString();
    }

    const auto visible = changes.visibleStudentIds();
    if (!visible)
        return serverFailure(changes);
    offline::CacheReader reader(m_cache);
    const auto visibility = reader.compareVisibleStudents(*visible);
    if (!visibility)
        return cacheFailure(reader.lastError());
    result.studentsAdded = visibility->added;
    result.studentsRemoved = visibility->removed;
    const auto oldest = changes.oldestTombstone();
    if (!oldest)
        return serverFailure(changes);

    offline::CacheWriter writer(m_cache);
    // The tables' rows are stored by a thread of their own while the next batch comes in.
    CacheWriteThread tables(m_cache.databaseName());
    for (const QString &table : ServerChanges::tables()) {
        const auto stored = reader.cursor(table);
        if (!stored)
            return cacheFailure(reader.lastError());
        // Whole: the small tables every time; a table never synced; and a table whose cursor is
        // older than the deletions the server still remembers (it may have missed some).
        const bool whole = ServerChanges::isWhole(table) || *stored == ServerChanges::initialCursor()
            || (!oldest->isEmpty() && ServerChanges::isOlder(*stored, *oldest));

        // The small tables have no cursor (users is the student app's table): the server sends a
        // fingerprint of what the person would get, and the rows only when it changed.
        QString fingerprint;
        if (ServerChanges::isWhole(table)) {
            QSqlQuery query(m_server);
            QString sql = syncSql(table);
            while (sql.endsWith(QLatin1Char('\n')) || sql.endsWith(QLatin1Char(' ')) || sql.endsWith(QLatin1Char(';')))
                sql.chop(1);
            if (!query.exec(QStringLiteral("SELECT md5(coalesce(string_agg(CAST(w AS text), '|' ORDER BY w.id COLLATE \"C\"), '')) "
                                           "FROM (%1) w").arg(sql))
                || !query.next()) {
                result.outcome = Outcome::ServerUnavailable;
                result.error = tr("Could not read %1 from the server: %2").arg(table, query.lastError().text());
                return result;
            }
            fingerprint = query.value(0).toString();
            if (reader.meta(QStringLiteral("fingerprint:") + table).value_or(QString()) == fingerprint) {
                // Unchanged: only its time of sync moves on ("data from" is the oldest table's).
                tables.beginTable(table);
                const offline::CacheError error = tables.finishTable(table, *cursor, result.serverTime);
                if (error.isError())
                    return cacheFailure(error);
                continue;
            }
        }

        tables.beginTable(table);
        if (whole) {
            if (!ServerChanges::isWhole(table))
                ++result.tablesReadWhole;
            tables.clearTable(table);
        } else {
            const auto gone = changes.tombstones(*stored);
            if (!gone) {
                tables.finishTable(table, {}, {}, false);
                return serverFailure(changes);
            }
            QStringList ids;
            for (const Tombstone &tombstone : *gone) {
                if (tombstone.table == table)
                    ids << tombstone.rowId;
            }
            result.rowsDeleted += int(ids.size());
            if (!ids.isEmpty())
                tables.deleteIds(table, ids);
        }

        const bool fetched = changes.fetch(
            table, whole ? ServerChanges::initialCursor() : *stored, whole ? QStringList() : visibility->added,
            [&](const QStringList &columns, const QList<QVariantList> &rows) {
                result.rowsFetched += int(rows.size());
                tables.upsertRows(table, columns, rows);
                return !tables.hasFailed();
            });
        if (!fetched) {
            const offline::CacheError error = tables.finishTable(table, {}, {}, false);
            return error.isError() ? cacheFailure(error) : serverFailure(changes);
        }
        offline::CacheError error = tables.finishTable(table, *cursor, result.serverTime);
        if (!error.isError() && !fingerprint.isEmpty())
            error = writer.setMeta(QStringLiteral("fingerprint:") + table, fingerprint);
        if (error.isError())
            return cacheFailure(error);
        if (m_afterTable)
            m_afterTable(table);
    }

    // Every table is saved: now the students who are no longer visible leave the cache, and the
    // visible list becomes the one the next sync compares with.
    // (Only when the list changed: it visits every student-keyed table.)
    offline::CacheError error;
    if (!visibility->added.isEmpty() || !visibility->removed.isEmpty())
        error = writer.replaceVisibleStudents(*visible);
    if (error.isError())
        return cacheFailure(error);
    error = writer.setMeta(QStringLiteral("last_sync"), result.serverTime);
    if (!error.isError())
        error = writer.setMeta(QStringLiteral("user_id"), result.userId);
    if (error.isError())
        return cacheFailure(error);
    if (!changes.finish())
        return serverFailure(changes);
    return result;
}

} // namespace dashboard::sync
