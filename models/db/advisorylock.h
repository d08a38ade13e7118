#pragma once

#include <QSqlDatabase>
#include <QSqlError>

#include <chrono>
#include <functional>

namespace dashboard::db {

// A session-level advisory lock that one job (migrate, aggregate) holds for its whole run, so that
// two runs against one database take turns.
//
// Taken by polling pg_try_advisory_lock, never by a blocking pg_advisory_lock(): a session waiting
// inside a statement keeps a snapshot open, and CREATE INDEX CONCURRENTLY in the session that holds
// the lock waits for every older snapshot, so the two would wait for each other for ever. Polling
// also lets the caller say that it waits, and give up after a limit.
class AdvisoryLock
{
public:
    enum class Result {
        Acquired,
        TimedOut, // still held by another session after the limit
        Failed,   // the query failed; the error says why
    };

    // Tries every `poll` until the lock is ours or `limit` has passed; calls onWaiting() once, when
    // the first try finds the lock held (may be empty).
    static Result acquire(const QSqlDatabase &db, qint64 key, std::chrono::milliseconds limit,
                          const std::function<void()> &onWaiting, QSqlError *error,
                          std::chrono::milliseconds poll = std::chrono::milliseconds(250));

    // Gives the lock back (a closed session gives it back by itself).
    static void release(const QSqlDatabase &db, qint64 key);
};

} // namespace dashboard::db
