#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace dashboard::db {
class Transaction;
}

namespace dashboard::sync {

// The text of resources/sql/sync/<name>.sql, whole-line comments removed (QtSql scans the text
// for placeholders and quotes); empty, with a warning, when the build lacks it.
QString syncSql(const QString &name);

// One deleted row: delete row_id from the client's table_name.
struct Tombstone
{
    QString table;
    QString rowId;
    QString deletedAt; // 'YYYY-MM-DDTHH:MM:SS.mmm', UTC
};

// Reads what changed on the server for the signed-in person's local copy (the sync contract).
//
//     ServerChanges changes(db);
//     const auto cursor = changes.begin();                 // the cursor to store once all is saved
//     const auto students = changes.visibleStudentIds();
//     changes.fetch(u"progress_snapshots"_s, storedCursor, newlyVisible, onBatch);
//     ...
//     const auto gone = changes.tombstones(storedCursor);
//     changes.finish();
//
// All reads of one sync happen in ONE transaction, REPEATABLE READ READ ONLY, so they agree with
// each other and with the cursor begin() returns: xmin of that transaction's snapshot. Every
// transaction the snapshot could not see has an id >= xmin, so reading sync_xid >= cursor next
// time finds what it wrote; a row may come twice, never not at all. Row-level security decides
// which rows the person gets; nothing is filtered here.
//
// Rows arrive in batches, already in the cache's encoding (the SQL converts: timestamps as
// 'YYYY-MM-DDTHH:MM:SS.mmm', booleans 0/1, enums as text, arrays and jsonb as JSON text), so the
// receiver binds the values as they come. The result is streamed (forward only), never held whole.
//
// Blocking; one instance per thread, with that thread's connection (the person's own login).
class ServerChanges
{
    Q_DECLARE_TR_FUNCTIONS(ServerChanges)

public:
    static constexpr int kDefaultBatchSize = 2000;

    enum class Error {
        None,
        Unavailable,  // the connection was lost, or the server refused for now: try again later
        NotAllowed,   // permission denied (42501): the login lacks a grant (not migrated, revoked)
        NotMigrated,  // the server lacks the sync objects of migration 0018
        Stopped,      // the batch receiver asked to stop
        Failed,       // anything else: misuse (no sync begun, unknown table) or a server error
    };

    // Receives the rows of one batch (each row's values in the order of `columns`). Returns false
    // to stop the fetch (fetch() then fails with Error::Stopped).
    using BatchCallback = std::function<bool(const QStringList &columns, const QList<QVariantList> &rows)>;

    explicit ServerChanges(QSqlDatabase db);
    ~ServerChanges(); // ends an unfinished sync (rolls back; it changed nothing)
    ServerChanges(const ServerChanges &) = delete;
    ServerChanges &operator=(const ServerChanges &) = delete;

    // Every cached relation the server answers for, in a good order to fetch them.
    static const QStringList &tables();
    // users and departments: small, always fetched whole, no cursor.
    static bool isWhole(const QString &table);
    // Keyed by student: fetch() also reads every row of the given students.
    static bool isStudentKeyed(const QString &table);
    // Cursors are xid8 values as text; true when a is older than b (as numbers). An empty cursor
    // is "never synced", older than any other.
    static bool isOlder(const QString &a, const QString &b);
    // The cursor of a first fill.
    static QString initialCursor() { return QStringLiteral("0"); }

    // Opens the sync's transaction and returns the new cursor. A sync still open is ended first.
    std::optional<QString> begin();
    bool isActive() const;

    // The students the person may see now, sorted.
    std::optional<QStringList> visibleStudentIds();

    // The rows of `table` written since `cursor` ("0" or empty: all), and for student-keyed
    // tables also every row of `studentIds` (the students that just became visible; ignored for
    // the others). Whole tables ignore both. Sorted by id, in batches of at most batchSize.
    bool fetch(const QString &table, const QString &cursor, const QStringList &studentIds,
               const BatchCallback &onBatch, int batchSize = kDefaultBatchSize);

    // Rows deleted since `cursor` that the person could see (one per table and id).
    std::optional<QList<Tombstone>> tombstones(const QString &cursor);

    // Deletions are recorded completely from this cursor on. A stored cursor older than this
    // (isOlder) may have missed one: read that table whole and replace the local copy.
    std::optional<QString> oldestTombstone();

    // Ends the sync's transaction. Call it once everything read is saved; the cursor of begin()
    // is then the one to store.
    bool finish();
    // Ends the sync's transaction without anything further (also done by the destructor).
    void abort();

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

private:
    bool fail(Error error, const QString &message);
    // Takes the error from the query, then rolls the sync back while the query still exists (the
    // driver frees the query's prepared statement, which an aborted transaction would refuse).
    bool failQuery(const QSqlQuery &query, const QString &what);
    bool failWith(const QSqlError &error, const QString &what);
    bool requireActive();
    // Runs a statement of resources/sql/sync/ with the given values bound, forward only.
    bool run(QSqlQuery *query, const QString &name, const QVariantList &values, const QString &what);

    QSqlDatabase m_db;
    std::unique_ptr<db::Transaction> m_transaction;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace dashboard::sync
