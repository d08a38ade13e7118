#include "cachewriter.h"

#include "cacheschema.h"
#include "sqlitetransaction.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>

namespace dashboard::offline {

namespace {

// Identifiers reach SQL only after they were found among the cached tables and their columns;
// quoting them as well keeps a name like "date" or "type" from ever being read as a keyword.
QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

// Values that arrive as Qt types rather than in the sync contract's encodings (see
// resources/cache/0001_cached_relations.sql) and are converted before binding.
bool needsEncoding(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
    case QMetaType::QDate:
    case QMetaType::Bool:
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
    case QMetaType::QVariantMap:
    case QMetaType::QJsonArray:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonDocument:
        return true;
    default:
        return false;
    }
}

QVariant encode(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        return value.isNull() ? QVariant(QMetaType::fromType<QString>())
                              : QVariant(value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")));
    case QMetaType::QDate:
        return value.isNull() ? QVariant(QMetaType::fromType<QString>())
                              : QVariant(value.toDate().toString(QStringLiteral("yyyy-MM-dd")));
    case QMetaType::Bool:
        return value.isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(value.toBool() ? 1 : 0);
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(value.toList())).toJson(QJsonDocument::Compact));
    case QMetaType::QVariantMap:
        return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(value.toMap())).toJson(QJsonDocument::Compact));
    case QMetaType::QJsonArray:
        return QString::fromUtf8(QJsonDocument(value.toJsonArray()).toJson(QJsonDocument::Compact));
    case QMetaType::QJsonObject:
        return QString::fromUtf8(QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact));
    case QMetaType::QJsonDocument:
        return QString::fromUtf8(value.toJsonDocument().toJson(QJsonDocument::Compact));
    default:
        return value;
    }
}

} // namespace

CacheWriter::CacheWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CacheWriter::~CacheWriter()
{
    rollback();
    m_statements.clear();
}

QStringList CacheWriter::columnsOf(const QString &table)
{
    if (!CacheSchema::cachedTables().contains(table))
        return {};
    auto it = m_columns.constFind(table);
    if (it != m_columns.constEnd())
        return *it;
    QSqlQuery query(m_db);
    // The table name is one of the fixed cached tables (checked above), never caller text.
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        return {};
    QStringList columns;
    while (query.next())
        columns << query.value(1).toString();
    if (!columns.isEmpty())
        m_columns.insert(table, columns);
    return columns;
}

CacheError CacheWriter::checkTable(const QString &table)
{
    if (!CacheSchema::cachedTables().contains(table))
        return CacheError::invalid(tr("%1 is not a table of the local copy").arg(table));
    if (columnsOf(table).isEmpty())
        return CacheError::invalid(tr("The local copy has no table %1").arg(table));
    if (!m_table.isEmpty() && m_table != table)
        return CacheError::invalid(tr("The table %1 is still being written; commit it before %2").arg(m_table, table));
    return {};
}

CacheError CacheWriter::fail(const CacheError &error)
{
    rollback();
    return error;
}

template<typename Work>
CacheError CacheWriter::inTransaction(const QString &table, Work work)
{
    if (!m_table.isEmpty()) {
        Q_ASSERT(m_table == table);
        const CacheError error = work();
        return error.isError() ? fail(error) : error;
    }
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const CacheError error = work();
    if (error.isError())
        return error; // the transaction rolls back
    if (!transaction.commit())
        return transaction.error();
    return {};
}

CacheError CacheWriter::beginTable(const QString &table)
{
    if (const CacheError error = checkTable(table); error.isError())
        return error;
    if (m_table == table)
        return CacheError::invalid(tr("The table %1 is already being written").arg(table));
    m_transaction = std::make_unique<SqliteTransaction>(m_db);
    if (!m_transaction->isActive()) {
        const CacheError error = m_transaction->error();
        m_transaction.reset();
        return error;
    }
    m_table = table;
    return {};
}

void CacheWriter::rollback()
{
    if (m_transaction)
        m_transaction->rollback();
    m_transaction.reset();
    m_table.clear();
}

CacheError CacheWriter::upsertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (const CacheError error = checkTable(table); error.isError())
        return m_table.isEmpty() ? error : fail(error);

    // Everything is checked before anything is written.
    const QStringList known = columnsOf(table);
    QSet<QString> seen;
    for (const QString &column : columns) {
        if (!known.contains(column))
            return fail(CacheError::invalid(tr("The table %1 has no column %2").arg(table, column)));
        if (seen.contains(column))
            return fail(CacheError::invalid(tr("The column %1 is given twice").arg(column)));
        seen.insert(column);
    }
    if (!seen.contains(QStringLiteral("id")))
        return fail(CacheError::invalid(tr("The rows of %1 have no id").arg(table)));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).size() != columns.size()) {
            return fail(CacheError::invalid(tr("Row %1 of %2 has %3 values for %4 columns")
                                                .arg(i + 1)
                                                .arg(table)
                                                .arg(rows.at(i).size())
                                                .arg(columns.size())));
        }
    }
    if (rows.isEmpty())
        return {};

    // One statement per (table, columns), prepared once and reused for every row of every batch.
    // Named placeholders: QtSql binds a name with one hash lookup, while binding by position
    // formats a name for every value (a quarter of the time of a first fill, measured).
    const QString key = table + QLatin1Char('\x1f') + columns.join(QLatin1Char(','));
    auto statement = m_statements.find(key);
    if (statement == m_statements.end()) {
        auto prepared = std::make_shared<Statement>();
        QStringList names;
        QStringList updates;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString &column = columns.at(i);
            names << quoted(column);
            prepared->placeholders << QStringLiteral(":c%1").arg(i);
            if (column != QLatin1String("id"))
                updates << QStringLiteral("%1 = excluded.%1").arg(quoted(column));
        }
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (\"id\") DO %4")
                                .arg(quoted(table), names.join(QStringLiteral(", ")),
                                     prepared->placeholders.join(QStringLiteral(", ")),
                                     updates.isEmpty() ? QStringLiteral("NOTHING")
                                                       : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
        prepared->query = QSqlQuery(m_db);
        if (!prepared->query.prepare(sql))
            return fail(CacheError::fromSql(prepared->query.lastError(), tr("Could not prepare writing %1").arg(table)));
        statement = m_statements.insert(key, prepared);
    }

    QSqlQuery &query = (*statement)->query;
    const QStringList &placeholders = (*statement)->placeholders;
    return inTransaction(table, [&]() -> CacheError {
        const qsizetype width = columns.size();
        for (const QVariantList &row : rows) {
            for (qsizetype i = 0; i < width; ++i) {
                const QVariant &value = row.at(i);
                if (needsEncoding(value))
                    query.bindValue(placeholders.at(i), encode(value));
                else
                    query.bindValue(placeholders.at(i), value);
            }
            if (!query.exec())
                return CacheError::fromSql(query.lastError(), tr("Could not write %1").arg(table));
        }
        return {};
    });
}

CacheError CacheWriter::deleteIds(const QString &table, const QStringList &ids)
{
    if (const CacheError error = checkTable(table); error.isError())
        return m_table.isEmpty() ? error : fail(error);
    if (ids.isEmpty())
        return {};
    const QString key = QStringLiteral("delete\x1f") + table;
    auto statement = m_statements.find(key);
    if (statement == m_statements.end()) {
        auto prepared = std::make_shared<Statement>();
        prepared->query = QSqlQuery(m_db);
        if (!prepared->query.prepare(QStringLiteral("DELETE FROM %1 WHERE \"id\" = ?").arg(quoted(table))))
            return fail(CacheError::fromSql(prepared->query.lastError(), tr("Could not prepare deleting from %1").arg(table)));
        statement = m_statements.insert(key, prepared);
    }
    QSqlQuery &query = (*statement)->query;
    return inTransaction(table, [&]() -> CacheError {
        for (const QString &id : ids) {
            query.bindValue(0, id);
            if (!query.exec())
                return CacheError::fromSql(query.lastError(), tr("Could not delete from %1").arg(table));
        }
        return {};
    });
}

CacheError CacheWriter::clearTable(const QString &table)
{
    if (const CacheError error = checkTable(table); error.isError())
        return m_table.isEmpty() ? error : fail(error);
    return inTransaction(table, [&]() -> CacheError {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(quoted(table))))
            return CacheError::fromSql(query.lastError(), tr("Could not empty %1").arg(table));
        return {};
    });
}

CacheError CacheWriter::commitTable(const QString &table, const QString &newCursor, const QString &serverTime)
{
    if (const CacheError error = checkTable(table); error.isError())
        return m_table.isEmpty() ? error : fail(error);
    if (newCursor.isEmpty() || serverTime.isEmpty())
        return fail(CacheError::invalid(tr("The sync of %1 has no cursor or no server time").arg(table)));

    const CacheError error = inTransaction(table, [&]() -> CacheError {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO sync_state (table_name, cursor, synced_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (table_name) DO UPDATE SET cursor = excluded.cursor, "
                                     "synced_at = excluded.synced_at"));
        query.addBindValue(table);
        query.addBindValue(newCursor);
        query.addBindValue(serverTime);
        if (!query.exec())
            return CacheError::fromSql(query.lastError(), tr("Could not record the sync of %1").arg(table));
        return {};
    });
    if (error.isError() || m_table.isEmpty())
        return error;

    // The table's own transaction: its rows and its cursor become visible together.
    const bool committed = m_transaction->commit();
    const CacheError commitError = m_transaction->error();
    m_transaction.reset();
    m_table.clear();
    return committed ? CacheError() : commitError;
}

CacheError CacheWriter::replaceVisibleStudents(const QStringList &studentIds)
{
    if (!m_table.isEmpty())
        return CacheError::invalid(tr("The table %1 is still being written").arg(m_table));

    SqliteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();

    auto run = [this](const QString &sql, const QString &what) -> CacheError {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return CacheError::fromSql(query.lastError(), what);
        return {};
    };
    const QString failed = tr("Could not update the visible students");
    if (CacheError error = run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS incoming_visible_students "
                                              "(id TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID"),
                               failed);
        error.isError()) {
        return error;
    }
    if (CacheError error = run(QStringLiteral("DELETE FROM temp.incoming_visible_students"), failed); error.isError())
        return error;
    {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.incoming_visible_students (id) VALUES (?)"));
        for (const QString &id : studentIds) {
            insert.bindValue(0, id);
            if (!insert.exec())
                return CacheError::fromSql(insert.lastError(), failed);
        }
    }
    for (const CacheSchema::StudentKey &key : CacheSchema::studentKeyedTables()) {
        // Names from CacheSchema's fixed list only. The students present are read from the index on
        // the student column (a covering scan), and only the rows of those gone are visited.
        const QString sql = key.table == QLatin1String("users")
                                ? QStringLiteral("DELETE FROM users WHERE role = 'USER' AND id NOT IN "
                                                 "(SELECT id FROM temp.incoming_visible_students)")
                                : QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT DISTINCT %2 FROM %1 EXCEPT "
                                                 "SELECT id FROM temp.incoming_visible_students)")
                                      .arg(quoted(key.table), quoted(key.column));
        if (CacheError error = run(sql, tr("Could not remove the students no longer visible from %1").arg(key.table));
            error.isError()) {
            return error;
        }
    }
    if (CacheError error = run(QStringLiteral("DELETE FROM known_students"), failed); error.isError())
        return error;
    if (CacheError error = run(QStringLiteral("INSERT INTO known_students (id) SELECT id FROM temp.incoming_visible_students"),
                               failed);
        error.isError()) {
        return error;
    }
    if (CacheError error = run(QStringLiteral("DELETE FROM temp.incoming_visible_students"), failed); error.isError())
        return error;
    if (!transaction.commit())
        return transaction.error();
    return {};
}

CacheError CacheWriter::setMeta(const QString &key, const QString &value)
{
    if (!m_table.isEmpty())
        return CacheError::invalid(tr("The table %1 is still being written").arg(m_table));
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return CacheError::fromSql(query.lastError(), tr("Could not write the local copy"));
    if (!transaction.commit())
        return transaction.error();
    return {};
}

} // namespace dashboard::offline
