#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace dashboard::db {
class Transaction;
}

namespace dashboard::retention {

// A table whose rows expire (dashboard_retention_policies.table_name) and the column that says
// how old a row is: exactly the column its retention policies of 0013 compare with
// dashboard_retention_cutoff(). Rows are deleted by ctid, so a table needs no particular key.
struct RetentionTable
{
    const char *name;
    const char *ageColumn;
};

// The tables purge knows, in the order it purges them.
const QList<RetentionTable> &retentionTables();
std::optional<RetentionTable> findRetentionTable(const QString &name);
QStringList retentionTableNames();

// What purge did (or, in a dry run, would do) to one table.
struct PurgeTableResult
{
    QString table;
    bool hasPolicy = false; // no policy row: no cut-off, nothing can be deleted
    QString keepFor;        // the policy's interval as the server prints it ("7 years")
    QDateTime cutoff;       // UTC, as of the first batch (the cut-off moves on with the clock)
    qint64 rows = 0;        // deleted, or in a dry run: that would be deleted
    int batches = 0;        // DELETE statements that deleted at least one row (0 in a dry run)
    bool complete = false;  // the table was finished (false when an error stopped the run here)
};

// One change made (or, in a dry run, checked) by setRetention().
struct RetentionChange
{
    QString table;
    QString oldKeepFor;
    QString newKeepFor;
    bool shorter = false; // the new period is shorter: the next purge deletes more
};

// Enforces dashboard_retention_policies: deletes the rows of each table that are older than
// dashboard_retention_cutoff(table), in batches of at most batchSize rows, each batch in a
// transaction of its own, so no lock is held for long and an interrupted run keeps what it did.
//
// It runs only as the group role dashboard_retention (SET ROLE, after checking that the login is
// a real member of it, which a superuser is not merely by being one). The group can read and
// delete only expired rows (policies of 0013) and nothing else, so even a wrong statement here
// could not delete a row that is still within its retention period: the database bounds what
// the purge can do, not this class. The statements use the same cut-off expression as those
// policies, so what is counted is what may be deleted.
//
// Each batch's DELETE fires the statement audit triggers of the dashboard tables (one audit row
// per batch; audit_logs and system_logs are not audited), and the append-only trigger of
// audit_logs, which lets expired rows go.
class Purger
{
    Q_DECLARE_TR_FUNCTIONS(Purger)

public:
    static constexpr int kDefaultBatchSize = 5000;
    static constexpr int kMaximumBatchSize = 100000;
    static constexpr const char *kRetentionGroup = "dashboard_retention";

    enum class Error {
        None,
        NotMigrated,       // no role dashboard_retention, table dashboard_retention_policies or dashboard_retention_cutoff()
        NotRetentionLogin, // the login is not a member of dashboard_retention
        UnknownTable,      // setRetention: not one of retentionTables()
        InvalidInterval,   // setRetention: the server cannot parse it, or it is not positive
        NotAllowed,        // permission denied (42501); setRetention: the login may not change the periods
        DatabaseError,     // anything else the server refused (the message has its text)
    };

    explicit Purger(QSqlDatabase db);

    // Checks that the session's login is a member of dashboard_retention and switches to that
    // role for the rest of the session. False with errorString() saying why, and how to create
    // a retention login, otherwise.
    bool enterRetentionRole();

    // Purges (or counts, with dryRun) every table of retentionTables(). Requires
    // enterRetentionRole(). onBatch, if set, is called after each committed batch. *results
    // holds one entry per table reached, also when an error stopped the run (what was committed
    // stays deleted).
    using BatchCallback = std::function<void(const PurgeTableResult &soFar, qint64 batchRows)>;
    bool purge(bool dryRun, int batchSize, QList<PurgeTableResult> *results, const BatchCallback &onBatch = {});

    // dashboard_retention_policies rows whose table purge does not know (they are ignored).
    QStringList unknownPolicyTables();

    // Changes keep_for of the given tables, as the connecting login (an administrator's login or
    // the migration owner; the retention role may not), in one transaction; the change is
    // audited. Each table must be one of retentionTables() and each interval one the server
    // parses and that is positive. With dryRun everything is checked and nothing is changed.
    bool setRetention(const QList<QPair<QString, QString>> &changes, bool dryRun, QList<RetentionChange> *applied);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    QString loginName() const { return m_login; }

    // How an administrator creates a login for the purge job (SQL, one statement per line).
    static QString retentionLoginHowTo();

private:
    bool fail(Error error, const QString &message);
    // Takes the error from the query, then rolls back the open transaction at once, so the
    // driver can free the query's prepared statement (impossible in an aborted transaction).
    bool failQuery(const QSqlQuery &query, const QString &what, db::Transaction *transaction = nullptr);
    bool readPolicy(const RetentionTable &table, PurgeTableResult *result, db::Transaction *transaction);
    bool countExpired(const RetentionTable &table, PurgeTableResult *result, db::Transaction *transaction);
    bool deleteExpired(const RetentionTable &table, int batchSize, PurgeTableResult *result, const BatchCallback &onBatch);

    QSqlDatabase m_db;
    QString m_login;
    bool m_inRetentionRole = false;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace dashboard::retention
