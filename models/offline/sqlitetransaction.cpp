#include "sqlitetransaction.h"

#include <QSqlQuery>

namespace dashboard::offline {

namespace {

bool run(const QSqlDatabase &db, const QString &statement, CacheError *error, const QString &what)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = CacheError::fromSql(query.lastError(), what);
    return false;
}

} // namespace

SqliteTransaction::SqliteTransaction(QSqlDatabase db, Durability durability)
    : m_db(std::move(db))
    , m_durability(durability)
{
    if (m_durability == Durability::Full
        && !run(m_db, QStringLiteral("PRAGMA synchronous = FULL"), &m_error,
                CacheError::tr("Could not make the change durable"))) {
        return;
    }
    m_active = run(m_db, QStringLiteral("BEGIN IMMEDIATE"), &m_error, CacheError::tr("Could not start writing"));
    if (!m_active)
        restoreDurability();
}

SqliteTransaction::~SqliteTransaction()
{
    rollback();
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!run(m_db, QStringLiteral("COMMIT"), &m_error, CacheError::tr("Could not save the change"))) {
        // After SQLITE_FULL or an I/O error SQLite may already have rolled back; a ROLLBACK that
        // finds no transaction fails harmlessly.
        rollback();
        return false;
    }
    m_active = false;
    restoreDurability();
    return true;
}

void SqliteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    restoreDurability();
}

void SqliteTransaction::restoreDurability()
{
    if (m_durability == Durability::Full)
        run(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr, {});
}

} // namespace dashboard::offline
