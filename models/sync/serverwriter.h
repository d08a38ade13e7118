#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace dashboard::db {
class Transaction;
}

namespace dashboard::sync {

// What became of one outbox write on the server (the sync contract):
//   Applied  — the server has it; "was already there" counts too, so a replay is harmless.
//   Rejected — the server refused it for good (no access to the student any more, the student is
//              gone, a value it does not accept): reason says why, in the person's language with
//              the server's own words after it. The entry stays in the outbox, marked rejected.
//   Retry    — it could not be decided now (connection lost, server shutting down, a conflict
//              with a concurrent transaction): the entry stays pending and is sent again later.
struct WriteResult
{
    enum class Outcome { Applied, Rejected, Retry };

    Outcome outcome = Outcome::Retry;
    QString reason; // empty when applied

    bool isApplied() const { return outcome == Outcome::Applied; }
    bool isRejected() const { return outcome == Outcome::Rejected; }
    bool isRetry() const { return outcome == Outcome::Retry; }
};

// Applies the outbox's writes (note.upsert, note.delete, notification.read) to the server as the
// signed-in person, each in a transaction of its own, with the statements of
// resources/sql/sync/. Every write is idempotent on the server, so an entry that is sent again
// after a lost answer ends as Applied, exactly once.
//
// Nothing here decides who may do what: the author of a note is always the session's person
// (dashboard_current_user_id()), and row-level security refuses what they may not do; this class
// only tells a refusal (Rejected) from a failure to get an answer (Retry), by SQLSTATE.
//
// Blocking; one instance per thread, with that thread's connection.
class ServerWriter
{
    Q_DECLARE_TR_FUNCTIONS(ServerWriter)

public:
    explicit ServerWriter(QSqlDatabase db);

    // kind is one of the outbox kinds; payload as the contract gives it for that kind.
    WriteResult apply(const QString &kind, const QJsonObject &payload);

    // Retry for a failure that says nothing about the write itself: no SQLSTATE (the driver lost
    // the connection or never reached the server), class 08 (connection), 40 (serialization
    // failure, deadlock), 53 (insufficient resources), 57 (operator intervention: shutdown,
    // cancel, statement timeout), 58 (system error), 55P03 (lock not available), 25006 (read-only
    // transaction: a standby). Rejected for everything else (42 access and syntax, 23 integrity,
    // 22 data, P0001 raised by a trigger, ...): sending it again would get the same answer.
    static WriteResult::Outcome classify(const QSqlError &error);

    // The server's message on one line: its primary text, then DETAIL and HINT in parentheses.
    static QString serverText(const QSqlError &error);

private:
    WriteResult applyNoteUpsert(const QJsonObject &payload);
    WriteResult applyNoteDelete(const QJsonObject &payload);
    WriteResult applyNotificationRead(const QJsonObject &payload);

    // A failed statement: classified, with `what` as the translated prefix of the reason. Rolls
    // the transaction back first, while the query still exists (see StudentRepository).
    WriteResult failed(const QSqlQuery &query, const QString &what, db::Transaction *transaction);
    WriteResult failedToStart();
    WriteResult commit(db::Transaction *transaction, const QString &what);

    static WriteResult applied();
    static WriteResult rejected(const QString &reason);

    QSqlDatabase m_db;
};

} // namespace dashboard::sync
