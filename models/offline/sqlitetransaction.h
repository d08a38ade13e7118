#pragma once

#include "cacheerror.h"

#include <QSqlDatabase>

namespace dashboard::offline {

// A write transaction on a cache connection that rolls back in its destructor unless committed.
//
// BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads first and
// writes later fails at once (SQLITE_BUSY, no waiting) when another connection wrote meanwhile,
// which the busy timeout cannot help.
//
// Durable transactions commit with synchronous=FULL: the write-ahead log is flushed to the disk
// before COMMIT returns, so a power cut right after cannot take the change back. SQLite refuses to
// change the setting inside a transaction, so it is switched before BEGIN and restored after the
// end.
class SqliteTransaction
{
public:
    enum class Durability { Normal, Full };

    explicit SqliteTransaction(QSqlDatabase db, Durability durability = Durability::Normal);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isActive() const { return m_active; }
    // Why BEGIN or COMMIT failed.
    const CacheError &error() const { return m_error; }

    bool commit();
    void rollback();

private:
    void restoreDurability();

    QSqlDatabase m_db;
    Durability m_durability;
    bool m_active = false;
    CacheError m_error;
};

} // namespace dashboard::offline
