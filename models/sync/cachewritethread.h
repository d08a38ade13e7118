#pragma once

#include "offline/cacheerror.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace dashboard::sync {

// The cache writes of a sync, on a thread of their own with their own connection to the cache
// file, so that SQLite stores one batch while the next comes from the server (a first fill spends
// about as long in each).
//
// The calls queue the work and return (upsertRows waits only while a few batches are already
// queued, so memory stays bounded); the work runs in order, exactly as CacheWriter would do it on
// the caller's thread — each table's rows and cursor in one transaction. After an error the
// rest of that table is skipped and the error is kept; finishTable() waits for the table's
// commit (or rollback) and returns the first error.
class CacheWriteThread
{
public:
    explicit CacheWriteThread(const QString &cachePath);
    ~CacheWriteThread(); // rolls back an open table, ends the thread

    CacheWriteThread(const CacheWriteThread &) = delete;
    CacheWriteThread &operator=(const CacheWriteThread &) = delete;

    void beginTable(const QString &table);
    void clearTable(const QString &table);
    void deleteIds(const QString &table, const QStringList &ids);
    void upsertRows(const QString &table, const QStringList &columns, QList<QVariantList> rows);
    // Commits the table with its new cursor (or, with commit false, rolls it back) and waits.
    offline::CacheError finishTable(const QString &table, const QString &cursor, const QString &serverTime, bool commit = true);
    // An error already met in the current table (the fetch can stop early).
    bool hasFailed() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dashboard::sync
