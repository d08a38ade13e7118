#pragma once

#include "offline/cacheerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace dashboard::sync {

// One sync of a person's local copy with the server, blocking, on the calling thread's two
// connections (the person's PostgreSQL login and their cache file):
//
//  1. Replay: the outbox's pending writes go to the server in order (ServerWriter). Applied ones
//     leave the outbox, rejected ones stay with the server's reason; the first "try again later"
//     stops the replay, so the order is kept.
//  2. Fetch: in one REPEATABLE READ transaction, the new cursor, the visible students, then per
//     table the tombstones and the rows changed since that table's cursor (plus every row of the
//     students who just became visible), each table with its cursor in ONE cache transaction.
//     A table whose cursor is older than the server's oldest kept tombstone is read whole.
//  3. Visibility: the rows of students no longer visible leave every student-keyed table.
//
// Interrupted anywhere (server gone, process killed, disk full), the cache holds for each table
// either its old rows with its old cursor or its new rows with its new cursor; the next run
// starts from there.
class Synchronizer
{
    Q_DECLARE_TR_FUNCTIONS(Synchronizer)

public:
    enum class Outcome {
        Done,
        ServerUnavailable, // lost or refused the connection: try again later
        CacheFull,         // the disk (or the file's page limit) is full: the cache keeps what it had
        CacheFailed,       // the cache could not be read or written
        ServerFailed,      // the server answered with an error that waiting will not fix
    };

    struct Result
    {
        Outcome outcome = Outcome::Done;
        QString error;
        QString serverTime; // 'YYYY-MM-DDTHH:MM:SS.mmm' UTC of a completed fetch
        QString userId;     // users.id of the session's person
        int replayed = 0;   // outbox writes the server applied
        int rejected = 0;   // outbox writes the server refused
        int rowsFetched = 0;
        int rowsDeleted = 0;    // tombstones applied
        int tablesReadWhole = 0;
        QStringList studentsAdded;
        QStringList studentsRemoved;
        bool ok() const { return outcome == Outcome::Done; }
    };

    Synchronizer(QSqlDatabase server, QSqlDatabase cache);

    // For tests: called after each table's rows and cursor are committed to the cache, and after
    // each replayed write the outbox has forgotten (with the count so far).
    void setAfterTableCommitted(std::function<void(const QString &table)> hook) { m_afterTable = std::move(hook); }
    void setAfterWriteApplied(std::function<void(int applied)> hook) { m_afterWrite = std::move(hook); }

    Result run();

    // Only the replay (step 1): a write the person just made, sent at once when online.
    Result replayOutbox();

private:
    Result fetch();
    static Result cacheFailure(const offline::CacheError &error);

    QSqlDatabase m_server;
    QSqlDatabase m_cache;
    std::function<void(const QString &)> m_afterTable;
    std::function<void(int)> m_afterWrite;
};

} // namespace dashboard::sync
