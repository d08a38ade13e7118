#pragma once

#include "cacheerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace dashboard::offline {

class SqliteTransaction;

// What the sync engine calls to bring the cache up to date.
//
// One table at a time: beginTable(), then deleteIds() for the table's tombstones (first, so a row
// deleted and re-created under a new id does not collide on a unique key), clearTable() when the
// table is refetched whole, upsertRows() for the fetched rows in batches of any size, and finally
// commitTable() with the new cursor. The rows and the cursor advance in ONE SQLite transaction:
// a sync interrupted anywhere before commitTable() leaves the old rows with the old cursor, and
// the next sync starts again from there.
//
// Calls outside beginTable()/commitTable() run in a transaction of their own. Any error ends an
// open table: its transaction is rolled back, and the sync starts that table again next time.
//
// Table and column names are checked against the cached relations and their real columns
// (PRAGMA table_info) before they reach any statement; values are always bound.
//
// A full disk (SQLITE_FULL) rolls the table's transaction back and is reported as
// CacheError::Kind::DiskFull; the cache keeps what it had and can still be read.
//
// Holds prepared statements on the connection: destroy it before the CacheDatabase closes.
class CacheWriter
{
    Q_DECLARE_TR_FUNCTIONS(CacheWriter)

public:
    explicit CacheWriter(QSqlDatabase db);
    ~CacheWriter(); // rolls back a table left open
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    CacheError beginTable(const QString &table);
    // Every row has one value per column, in the order of `columns`; `columns` includes "id".
    // Values are stored as given (the sync contract's encodings); QDateTime, QDate and bool are
    // turned into those encodings, lists and JSON into JSON text.
    CacheError upsertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    CacheError deleteIds(const QString &table, const QStringList &ids);
    // Removes every row of the table (before refetching it whole).
    CacheError clearTable(const QString &table);
    // Records the table's new cursor and the server time of this sync, and commits the table.
    CacheError commitTable(const QString &table, const QString &newCursor, const QString &serverTime);
    // Abandons the open table: its rows and cursor stay as they were before beginTable().
    void rollback();
    bool inTable() const { return !m_table.isEmpty(); }

    // Makes `studentIds` the visible students: the rows of every other student are removed from
    // each student-keyed table (CacheSchema::studentKeyedTables(); in users only rows of role
    // USER), and the list is stored as known_students. Call it after the tables of a sync were
    // committed: known_students is how the next sync finds newly visible students.
    CacheError replaceVisibleStudents(const QStringList &studentIds);

    // A fact about the cache (meta table), e.g. "last_full_sync".
    CacheError setMeta(const QString &key, const QString &value);

    // The columns of a cached table, from the database itself; empty for an unknown table.
    QStringList columnsOf(const QString &table);

private:
    CacheError checkTable(const QString &table);
    // Runs `work` inside the open table transaction, or in one of its own.
    template<typename Work>
    CacheError inTransaction(const QString &table, Work work);
    CacheError fail(const CacheError &error);

    QSqlDatabase m_db;
    QString m_table; // the table whose transaction is open
    std::unique_ptr<SqliteTransaction> m_transaction;
    QHash<QString, QStringList> m_columns;
    struct Statement
    {
        QSqlQuery query;
        QStringList placeholders; // ":c0", ":c1", ... in column order
    };
    // Prepared statements by (table, columns); QSqlQuery is not meant to be copied.
    QHash<QString, std::shared_ptr<Statement>> m_statements;
};

} // namespace dashboard::offline
