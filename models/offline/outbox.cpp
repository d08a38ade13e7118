#include "outbox.h"

#include "cuid.h"
#include "sqlitetransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dashboard::offline {

namespace {

const QString kColumns = QStringLiteral("seq, id, kind, payload, created_at, state, reason, revision");

QString pendingState()
{
    return QStringLiteral("pending");
}

QString rejectedState()
{
    return QStringLiteral("rejected");
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"));
}

QString toText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QDateTime parseUtc(const QString &text)
{
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11), Qt::ISODateWithMs);
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

// The columns of kColumns, in order.
OutboxEntry readEntry(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.id = query.value(1).toString();
    entry.kind = query.value(2).toString();
    entry.payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    entry.createdAt = parseUtc(query.value(4).toString());
    entry.state = query.value(5).toString() == rejectedState() ? OutboxEntry::State::Rejected : OutboxEntry::State::Pending;
    entry.reason = query.value(6).toString();
    entry.revision = query.value(7).toInt();
    return entry;
}

} // namespace

bool OutboxKind::isKnown(const QString &kind)
{
    return kind == noteUpsert() || kind == noteDelete() || kind == notificationRead();
}

Outbox::Outbox(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<OutboxEntry> Outbox::enqueue(const QString &kind, const QJsonObject &payload)
{
    m_error = {};
    if (!OutboxKind::isKnown(kind)) {
        m_error = CacheError::invalid(tr("Unknown kind of change: %1").arg(kind));
        return std::nullopt;
    }
    OutboxEntry entry;
    entry.id = Cuid::generate();
    entry.kind = kind;
    entry.payload = payload;
    const QString createdAt = now();
    entry.createdAt = parseUtc(createdAt);

    SqliteTransaction transaction(m_db, SqliteTransaction::Durability::Full);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO outbox (id, kind, payload, created_at, state, revision, updated_at) "
                                 "VALUES (?, ?, ?, ?, 'pending', 0, ?)"));
    query.addBindValue(entry.id);
    query.addBindValue(kind);
    query.addBindValue(toText(payload));
    query.addBindValue(createdAt);
    query.addBindValue(createdAt);
    if (!query.exec()) {
        m_error = CacheError::fromSql(query.lastError(), tr("Could not keep the change for sending"));
        return std::nullopt;
    }
    entry.seq = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    return entry;
}

std::optional<QList<OutboxEntry>> Outbox::entries(const QString &state)
{
    m_error = {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY seq").arg(kColumns));
    query.addBindValue(state);
    if (!query.exec()) {
        m_error = CacheError::fromSql(query.lastError(), tr("Could not read the unsent changes"));
        return std::nullopt;
    }
    QList<OutboxEntry> result;
    while (query.next())
        result.append(readEntry(query));
    if (query.lastError().isValid()) {
        m_error = CacheError::fromSql(query.lastError(), tr("Could not read the unsent changes"));
        return std::nullopt;
    }
    return result;
}

std::optional<QList<OutboxEntry>> Outbox::pending()
{
    return entries(pendingState());
}

std::optional<QList<OutboxEntry>> Outbox::rejected()
{
    return entries(rejectedState());
}

std::optional<OutboxEntry> Outbox::entry(const QString &id)
{
    m_error = {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = CacheError::fromSql(query.lastError(), tr("Could not read the unsent changes"));
        return std::nullopt;
    }
    if (!query.next()) {
        m_error = CacheError::notFound(tr("The change %1 is not waiting to be sent").arg(id));
        return std::nullopt;
    }
    return readEntry(query);
}

std::optional<int> Outbox::pendingCount()
{
    m_error = {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    query.addBindValue(pendingState());
    if (!query.exec() || !query.next()) {
        m_error = CacheError::fromSql(query.lastError(), tr("Could not count the unsent changes"));
        return std::nullopt;
    }
    return query.value(0).toInt();
}

Outbox::Result Outbox::inDurableTransaction(const std::function<Result()> &change)
{
    m_error = {};
    SqliteTransaction transaction(m_db, SqliteTransaction::Durability::Full);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return Result::Failed;
    }
    const Result result = change();
    if (result != Result::Done)
        return result; // rolled back as the transaction goes out of scope
    if (!transaction.commit()) {
        m_error = transaction.error();
        return Result::Failed;
    }
    return Result::Done;
}

Outbox::Result Outbox::checkRevision(const QString &id, std::optional<int> revision)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT revision FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = CacheError::fromSql(query.lastError(), tr("Could not read the unsent changes"));
        return Result::Failed;
    }
    if (!query.next())
        return Result::NotFound;
    if (revision && query.value(0).toInt() != *revision)
        return Result::Stale;
    return Result::Done;
}

Outbox::Result Outbox::writeEntry(QSqlQuery &query, const QString &failure, const QString &notFound)
{
    if (!query.exec()) {
        m_error = CacheError::fromSql(query.lastError(), failure);
        return Result::Failed;
    }
    if (query.numRowsAffected() == 0) {
        if (!notFound.isEmpty())
            m_error = CacheError::notFound(notFound);
        return Result::NotFound;
    }
    return Result::Done;
}

Outbox::Result Outbox::markApplied(const QString &id, std::optional<int> revision)
{
    return inDurableTransaction([&] {
        if (const Result checked = checkRevision(id, revision); checked != Result::Done)
            return checked;
        QSqlQuery remove(m_db);
        remove.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
        remove.addBindValue(id);
        return writeEntry(remove, tr("Could not record that the change was sent"));
    });
}

Outbox::Result Outbox::markRejected(const QString &id, const QString &reason, std::optional<int> revision)
{
    return inDurableTransaction([&] {
        // An edit after the refused version may well be accepted: it stays pending (Stale).
        if (const Result checked = checkRevision(id, revision); checked != Result::Done)
            return checked;
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', reason = ?, updated_at = ? WHERE id = ?"));
        update.addBindValue(reason);
        update.addBindValue(now());
        update.addBindValue(id);
        return writeEntry(update, tr("Could not record that the change was refused"));
    });
}

Outbox::Result Outbox::edit(const QString &id, const QJsonObject &payload)
{
    return inDurableTransaction([&] {
        // Applied entries are gone, so every entry still here may be edited.
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE outbox SET payload = ?, state = 'pending', reason = NULL, "
                                      "revision = revision + 1, updated_at = ? WHERE id = ?"));
        update.addBindValue(toText(payload));
        update.addBindValue(now());
        update.addBindValue(id);
        return writeEntry(update, tr("Could not keep the edited change"),
                          tr("The change was sent already and can no longer be edited"));
    });
}

Outbox::Result Outbox::discard(const QString &id)
{
    return inDurableTransaction([&] {
        QSqlQuery remove(m_db);
        remove.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
        remove.addBindValue(id);
        return writeEntry(remove, tr("Could not discard the change"),
                          tr("The change was sent already and can no longer be discarded"));
    });
}

} // namespace dashboard::offline
