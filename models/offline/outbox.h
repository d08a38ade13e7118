#pragma once

#include "cacheerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace dashboard::offline {

// The writes of the sync contract (payloads as the server's apply step reads them).
namespace OutboxKind {
inline QString noteUpsert() { return QStringLiteral("note.upsert"); }             // {id, student_id, body, flag, created_at}
inline QString noteDelete() { return QStringLiteral("note.delete"); }             // {id}
inline QString notificationRead() { return QStringLiteral("notification.read"); } // {id, read_at}
bool isKnown(const QString &kind);
} // namespace OutboxKind

// One change waiting for the server.
struct OutboxEntry
{
    enum class State { Pending, Rejected };

    qint64 seq = 0;       // replay order
    QString id;           // the entry's cuid
    QString kind;         // OutboxKind
    QJsonObject payload;
    QDateTime createdAt;  // UTC, this machine's clock (informational)
    State state = State::Pending;
    QString reason;       // the server's message for a rejected entry
    int revision = 0;     // grows with every edit

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

// The queue of the person's changes made while the server could not be reached (or not yet
// confirmed), kept in the cache file and replayed in order, exactly once, when it can be.
//
// enqueue() returns only after the entry is on the disk (synchronous=FULL commit): a change the
// application acknowledged survives the application being killed and the power going out.
//
// An entry the server applied is deleted (markApplied): the server's row, synced back into the
// cache, is the record from then on, and a replay of a deleted entry cannot happen. A rejected
// entry stays with the server's reason until the person edits it (it becomes pending again) or
// discards it.
//
// Replays race with edits: the replaying side passes the revision it sent, and an entry edited
// meanwhile is not removed or rejected but stays pending, so the edit is sent too.
//
// Blocking; one instance per thread, each with that thread's cache connection.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    enum class Result {
        Done,
        NotFound, // no such entry (already applied, or discarded)
        Stale,    // edited after the given revision: kept pending for the next replay
        Failed,   // see lastError()
    };

    explicit Outbox(QSqlDatabase db);

    // Adds a change; std::nullopt with lastError() when it could not be stored (disk full, ...)
    // or the kind is unknown: then nothing was stored and the person must be told.
    std::optional<OutboxEntry> enqueue(const QString &kind, const QJsonObject &payload);

    // Pending entries in replay order (seq).
    std::optional<QList<OutboxEntry>> pending();
    // Rejected entries in the order they were made.
    std::optional<QList<OutboxEntry>> rejected();
    std::optional<OutboxEntry> entry(const QString &id);
    std::optional<int> pendingCount();

    // The server applied the entry (or had it already): removes it. With a revision, only when
    // the entry was not edited since.
    Result markApplied(const QString &id, std::optional<int> revision = std::nullopt);
    // The server refused the entry: keeps it as rejected with the server's reason.
    Result markRejected(const QString &id, const QString &reason, std::optional<int> revision = std::nullopt);
    // New payload for a pending or rejected entry; a rejected entry becomes pending again.
    Result edit(const QString &id, const QJsonObject &payload);
    // Removes a pending or rejected entry: the change will not be sent.
    Result discard(const QString &id);

    const CacheError &lastError() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    std::optional<QList<OutboxEntry>> entries(const QString &state);
    // Runs `change` in a transaction committed with synchronous=FULL; anything but Done rolls back.
    Result inDurableTransaction(const std::function<Result()> &change);
    // Done when the entry exists at `revision` (any revision when none is given), else NotFound or
    // Stale; Failed with lastError() when it could not be read.
    Result checkRevision(const QString &id, std::optional<int> revision);
    // Runs a prepared write of one entry: Failed with `failure` as the message, NotFound when no row
    // was touched (with `notFound` as the message, when given).
    Result writeEntry(QSqlQuery &query, const QString &failure, const QString &notFound = QString());

    QSqlDatabase m_db;
    CacheError m_error;
};

} // namespace dashboard::offline
