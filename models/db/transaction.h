#pragma once

#include <QSqlDatabase>

namespace dashboard::db {

// Rolls back in its destructor unless commit() succeeded (Akonadi's Transaction does the same),
// so an early return or an exception never leaves a transaction open.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace dashboard::db
