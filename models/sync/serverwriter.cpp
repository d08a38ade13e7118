#include "serverwriter.h"

#include "db/transaction.h"
#include "serverchanges.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace dashboard::sync {

namespace {

// The outbox's kinds (models/offline/outbox.h names the same strings).
const QLatin1String kNoteUpsert("note.upsert");
const QLatin1String kNoteDelete("note.delete");
const QLatin1String kNotificationRead("notification.read");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// A text field of the payload: its string, NULL when absent or null, nothing when of another type.
std::optional<QVariant> optionalText(const QJsonObject &payload, const QString &key)
{
    const QJsonValue value = payload.value(key);
    if (value.isUndefined() || value.isNull())
        return nullText();
    if (!value.isString())
        return std::nullopt;
    return QVariant(value.toString());
}

} // namespace

ServerWriter::ServerWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WriteResult ServerWriter::applied()
{
    return {WriteResult::Outcome::Applied, {}};
}

WriteResult ServerWriter::rejected(const QString &reason)
{
    return {WriteResult::Outcome::Rejected, reason};
}

WriteResult::Outcome ServerWriter::classify(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    // No SQLSTATE: libpq's own errors (connection lost, not connected) carry none.
    if (state.size() != 5)
        return WriteResult::Outcome::Retry;
    const QStringView errorClass = QStringView(state).left(2);
    for (const auto transient : {QLatin1String("08"), QLatin1String("40"), QLatin1String("53"), QLatin1String("57"),
                                 QLatin1String("58")}) {
        if (errorClass == transient)
            return WriteResult::Outcome::Retry;
    }
    if (state == QLatin1String("55P03") || state == QLatin1String("25006"))
        return WriteResult::Outcome::Retry;
    return WriteResult::Outcome::Rejected;
}

QString ServerWriter::serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    static const QRegularExpression sqlState(QStringLiteral("^\\([0-9A-Z]{5}\\)$"));
    QString primary;
    QStringList details;
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty() || sqlState.match(line).hasMatch())
            continue;
        bool detail = false;
        for (const auto prefix : {QLatin1String("ERROR:"), QLatin1String("FATAL:"), QLatin1String("DETAIL:"),
                                  QLatin1String("HINT:"), QLatin1String("CONTEXT:")}) {
            if (line.startsWith(prefix)) {
                detail = prefix != QLatin1String("ERROR:") && prefix != QLatin1String("FATAL:");
                line = line.mid(prefix.size()).trimmed();
            }
        }
        if (primary.isEmpty() && !detail)
            primary = line;
        else
            details << line;
    }
    if (!details.isEmpty())
        primary += QStringLiteral(" (%1)").arg(details.join(QLatin1String("; ")));
    return primary;
}

WriteResult ServerWriter::failed(const QSqlQuery &query, const QString &what, db::Transaction *transaction)
{
    const QSqlError error = query.lastError();
    if (transaction)
        transaction->rollback();
    const QString text = serverText(error);
    if (classify(error) == WriteResult::Outcome::Retry)
        return {WriteResult::Outcome::Retry, tr("%1: the server could not be reached or asked to try again later (%2)").arg(what, text)};
    return rejected(tr("%1: the server refused it: %2").arg(what, text));
}

WriteResult ServerWriter::failedToStart()
{
    const QSqlError error = m_db.lastError();
    const QString text = serverText(error);
    // A refusal to even open a transaction is never about the write: try again later.
    return {WriteResult::Outcome::Retry, tr("The server could not be reached (%1)").arg(text.isEmpty() ? tr("not connected") : text)};
}

WriteResult ServerWriter::commit(db::Transaction *transaction, const QString &what)
{
    if (transaction->commit())
        return applied();
    // The commit may or may not have happened (the answer was lost): the write is idempotent,
    // so sending it again is safe either way. A commit refused outright (a deferred check) is a refusal.
    const QSqlError error = m_db.lastError();
    if (classify(error) == WriteResult::Outcome::Retry)
        return {WriteResult::Outcome::Retry, tr("%1: the server could not confirm it (%2)").arg(what, serverText(error))};
    return rejected(tr("%1: the server refused it: %2").arg(what, serverText(error)));
}

WriteResult ServerWriter::apply(const QString &kind, const QJsonObject &payload)
{
    if (kind == kNoteUpsert)
        return applyNoteUpsert(payload);
    if (kind == kNoteDelete)
        return applyNoteDelete(payload);
    if (kind == kNotificationRead)
        return applyNotificationRead(payload);
    return rejected(tr("Unknown kind of change '%1': this version of the application cannot send it").arg(kind));
}

WriteResult ServerWriter::applyNoteUpsert(const QJsonObject &payload)
{
    const QString what = tr("Saving the note");
    const QString id = payload.value(QLatin1String("id")).toString();
    const QString studentId = payload.value(QLatin1String("student_id")).toString();
    const auto body = optionalText(payload, QStringLiteral("body"));
    const auto flag = optionalText(payload, QStringLiteral("flag"));
    const auto createdAt = optionalText(payload, QStringLiteral("created_at"));
    if (id.isEmpty() || studentId.isEmpty() || !body || !flag || !createdAt)
        return rejected(tr("%1: the change is incomplete (it needs an id, a student, a text and optionally a flag)").arg(what));
    // An empty flag is no flag; a missing text is an empty one (a bare flag).
    const QVariant flagValue = flag->toString().isEmpty() ? nullText() : *flag;
    const QVariant bodyValue = body->isNull() ? QVariant(QString()) : *body;
    const QVariant createdValue = createdAt->toString().isEmpty() ? nullText() : *createdAt;

    if (!m_db.isOpen())
        return failedToStart();
    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failedToStart();
    QSqlQuery query(m_db);
    if (!query.prepare(syncSql(QStringLiteral("note_upsert"))))
        return failed(query, what, &transaction);
    query.addBindValue(id);
    query.addBindValue(studentId);
    query.addBindValue(bodyValue);
    query.addBindValue(flagValue);
    query.addBindValue(createdValue);
    if (!query.exec())
        return failed(query, what, &transaction);
    if (!query.next()) {
        // The id exists and belongs to another author: their note stays as it is.
        transaction.rollback();
        return rejected(tr("%1: a note with this id was written by someone else, and only its author can change it").arg(what));
    }
    query.finish();
    return commit(&transaction, what);
}

WriteResult ServerWriter::applyNoteDelete(const QJsonObject &payload)
{
    const QString what = tr("Deleting the note");
    const QString id = payload.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return rejected(tr("%1: the change names no note").arg(what));

    if (!m_db.isOpen())
        return failedToStart();
    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failedToStart();
    QSqlQuery query(m_db);
    if (!query.prepare(syncSql(QStringLiteral("note_delete"))))
        return failed(query, what, &transaction);
    query.addBindValue(id);
    if (!query.exec())
        return failed(query, what, &transaction);
    if (query.next()) {
        query.finish();
        return commit(&transaction, what);
    }
    query.finish();

    // Nothing matched: already withdrawn (a replay: done), or not this person's to withdraw.
    QSqlQuery state(m_db);
    if (!state.prepare(syncSql(QStringLiteral("note_state"))))
        return failed(state, what, &transaction);
    state.addBindValue(id);
    if (!state.exec())
        return failed(state, what, &transaction);
    if (!state.next()) {
        transaction.rollback();
        return rejected(tr("%1: the note does not exist, or its student is no longer visible to you").arg(what));
    }
    const bool mine = state.value(0).toBool();
    const bool deleted = state.value(1).toBool();
    state.finish();
    transaction.rollback();
    if (mine && deleted)
        return applied();
    if (!mine)
        return rejected(tr("%1: the note was written by someone else, and only its author can delete it").arg(what));
    return rejected(tr("%1: you can no longer change notes on this student").arg(what));
}

WriteResult ServerWriter::applyNotificationRead(const QJsonObject &payload)
{
    const QString what = tr("Marking the notification read");
    const QString id = payload.value(QLatin1String("id")).toString();
    const auto readAt = optionalText(payload, QStringLiteral("read_at"));
    if (id.isEmpty() || !readAt)
        return rejected(tr("%1: the change names no notification").arg(what));
    const QVariant readAtValue = readAt->toString().isEmpty() ? nullText() : *readAt;

    if (!m_db.isOpen())
        return failedToStart();
    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failedToStart();
    QSqlQuery query(m_db);
    if (!query.prepare(syncSql(QStringLiteral("notification_read"))))
        return failed(query, what, &transaction);
    query.addBindValue(id);
    query.addBindValue(readAtValue);
    if (!query.exec())
        return failed(query, what, &transaction);
    if (query.next()) {
        query.finish();
        return commit(&transaction, what);
    }
    query.finish();

    // Nothing matched: already read (a replay, or read on another machine: done), or not theirs.
    QSqlQuery state(m_db);
    if (!state.prepare(syncSql(QStringLiteral("notification_state"))))
        return failed(state, what, &transaction);
    state.addBindValue(id);
    if (!state.exec())
        return failed(state, what, &transaction);
    const bool found = state.next();
    state.finish();
    transaction.rollback();
    if (found)
        return applied();
    return rejected(tr("%1: the notification does not exist or is not yours").arg(what));
}

} // namespace dashboard::sync
