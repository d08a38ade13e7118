#include "transaction.h"

namespace dashboard::db {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.rollback();
    }
}

} // namespace dashboard::db
