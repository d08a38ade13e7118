#include "advisorylock.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

namespace dashboard::db {

AdvisoryLock::Result AdvisoryLock::acquire(const QSqlDatabase &db, qint64 key, std::chrono::milliseconds limit,
                                           const std::function<void()> &onWaiting, QSqlError *error,
                                           std::chrono::milliseconds poll)
{
    QElapsedTimer waited;
    waited.start();
    bool announced = false;
    for (;;) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
        query.addBindValue(key);
        if (!query.exec() || !query.next()) {
            if (error)
                *error = query.lastError();
            return Result::Failed;
        }
        if (query.value(0).toBool())
            return Result::Acquired;
        if (!announced) {
            if (onWaiting)
                onWaiting();
            announced = true;
        }
        if (std::chrono::milliseconds(waited.elapsed()) > limit)
            return Result::TimedOut;
        QThread::msleep(static_cast<unsigned long>(poll.count()));
    }
}

void AdvisoryLock::release(const QSqlDatabase &db, qint64 key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    query.addBindValue(key);
    query.exec();
}

} // namespace dashboard::db
