#include "partitionpool.h"

#include <QObject>
#include <QSqlQuery>
#include <QThread>

#include <latch>

namespace dashboard::aggregation {

struct PartitionPool::Worker
{
    QThread thread;
    QObject context; // lives in `thread`: what a queued call runs on
    QString name;
    QSqlDatabase db; // touched only in `thread`
};

PartitionPool::PartitionPool(QString sourceConnection, int size, QStringList initStatements)
    : m_source(std::move(sourceConnection))
    , m_initStatements(std::move(initStatements))
{
    for (int k = 0; k < size; ++k) {
        auto worker = std::make_unique<Worker>();
        worker->name = QStringLiteral("dashboard-partition-%1-%2").arg(reinterpret_cast<quintptr>(this), 0, 16).arg(k);
        worker->thread.setObjectName(worker->name);
        worker->context.moveToThread(&worker->thread);
        worker->thread.start();
        m_workers.push_back(std::move(worker));
    }
}

PartitionPool::~PartitionPool()
{
    // Each connection is closed and unregistered in its own thread, then the threads end.
    runEach([](int, QSqlDatabase &db) { db.close(); });
    for (auto &worker : m_workers) {
        QMetaObject::invokeMethod(
            &worker->context,
            [w = worker.get()] {
                const QString name = w->name;
                w->db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
            },
            Qt::BlockingQueuedConnection);
        worker->thread.quit();
        worker->thread.wait();
    }
}

void PartitionPool::runEach(const std::function<void(int, QSqlDatabase &)> &job)
{
    std::latch done(std::ptrdiff_t(m_workers.size()));
    for (int k = 0; k < size(); ++k) {
        Worker *worker = m_workers[size_t(k)].get();
        QMetaObject::invokeMethod(
            &worker->context,
            [this, worker, k, &job, &done] {
                if (!worker->db.isValid()) {
                    // cloneDatabase(QString, QString) may be called from any thread.
                    worker->db = QSqlDatabase::cloneDatabase(m_source, worker->name);
                    if (worker->db.open()) {
                        for (const QString &statement : std::as_const(m_initStatements))
                            QSqlQuery(worker->db).exec(statement);
                    }
                }
                job(k, worker->db);
                done.count_down();
            },
            Qt::QueuedConnection);
    }
    done.wait();
}

} // namespace dashboard::aggregation
