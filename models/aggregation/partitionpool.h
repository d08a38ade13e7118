#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace dashboard::aggregation {

// A fixed number of threads, each with a database connection of its own, cloned from a source
// connection and kept open for the life of the pool: `aggregate --jobs N` runs the partitions of
// every day on them, so that a run of 90 days opens N connections, not 90 × N (a new backend first
// loads the catalog entries of every table it touches, measured at about a quarter of a second
// for the statements of one day).
// A QSqlDatabase belongs to the thread that opened it: each connection is opened, used and closed
// in its own thread only.
class PartitionPool
{
public:
    // `sourceConnection` names a QSqlDatabase connection to clone (it must stay registered while
    // the pool opens its connections); `initStatements` run once on each new connection (session
    // settings that must come before anything else, such as temp_buffers).
    PartitionPool(QString sourceConnection, int size, QStringList initStatements);
    ~PartitionPool();
    PartitionPool(const PartitionPool &) = delete;
    PartitionPool &operator=(const PartitionPool &) = delete;

    int size() const { return int(m_workers.size()); }

    // Runs job(k, db) once for every k in 0..size()-1, each in thread k with its connection, all at
    // once, and returns when every one has returned. The connection is opened on first use; when
    // it cannot be, db is not open and db.lastError() says why (the job reports it).
    void runEach(const std::function<void(int k, QSqlDatabase &db)> &job);

private:
    struct Worker;
    QString m_source;
    QStringList m_initStatements;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace dashboard::aggregation
