#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>

namespace dashboard::aggregation {

// What happened during a run, as it happens: for progress output and per-step timings.
struct AggregationEvent
{
    enum class Kind {
        Waiting,   // another run holds the aggregation lock; this one polls until it is free
        Started,   // the lock is ours; message says what will be done
        StepDone,  // one step (one SQL file) finished; its transaction may not be committed yet
        Committed, // the transaction of a phase (or of one day of a phase) was committed
        Retrying,  // a serialization failure or deadlock rolled the transaction back; it runs again
    };

    Kind kind = Kind::StepDone;
    QChar phase;          // 'a' snapshots + modules per day, 'b' overdue, 'c' refresh, 'd' analytics per day
    QString step;         // "snapshots", "module_analytics", "overdue", "student_progress", "notifications", "analytics_daily"
    QDate day;            // the day of a per-day phase, T for phases b and c
    qint64 milliseconds = 0; // StepDone: the step; Committed: the whole transaction, retries included
    qint64 rows = -1;     // StepDone: rows written by the step's last statement (-1: not known)
    int attempt = 1;
    QString message;      // Waiting, Started, Retrying: a sentence for a person
};

// `aggregate` (issue 5 §2): turns the student app's sessions into the dashboard's derived tables,
// set-based, one SQL file per step (resources/sql/aggregate/), in this order:
//   (a) for each day D from `from` to `to`, in one transaction per day: progress_snapshots and
//       module_analytics of D;
//   (b) overdue submissions as of `to` (and their ASSIGNMENT_OVERDUE notifications), in one transaction;
//   (c) the refresh of student_progress AS OF `to`, risk and notifications included, in one transaction;
//   (d) for each day D from `from` to `to`, in one transaction per day: analytics_daily of D, which
//       counts the risk scores refreshed in (c).
// Every step is idempotent: a re-run over the same data writes nothing (rows are compared before
// they are updated, ids are kept), and notifications carry a unique event key.
//
// Concurrency: a session advisory lock is held for the whole run; a second run (another process,
// another machine) polls pg_try_advisory_lock until the first is done, then runs. Polling, not a
// blocking pg_advisory_lock(): a session that waits inside a statement keeps its snapshot, and
// nothing here needs to make other sessions wait for it (models/migrations/migrationrunner.cpp
// explains the deadlock this avoids with CREATE INDEX CONCURRENTLY). A serialization failure or
// deadlock (the student app or a person writing the same rows) rolls back only the current
// transaction, which is retried a bounded number of times.
//
// The connection must belong to the thread calling run(), be a dedicated one (the run sets
// session settings: temp_buffers) and log in as the owner of the dashboard tables (the migration
// owner), which row-level security lets see and write every row. All dates are UTC days.
class Aggregator
{
    Q_DECLARE_TR_FUNCTIONS(Aggregator)

public:
    // "IDBAGGRG": one key for every aggregate run against a database.
    static constexpr qint64 kLockKey = 0x4944424147475247LL;
    static constexpr int kDefaultMaxAttempts = 5;
    static constexpr int kMaxDays = 3660;

    using Callback = std::function<void(const AggregationEvent &)>;

    explicit Aggregator(QSqlDatabase db);

    void setCallback(Callback callback) { m_callback = std::move(callback); }
    // How long to wait for another run to finish before giving up (default: 2 hours).
    void setLockWaitLimit(std::chrono::milliseconds limit) { m_lockWaitLimit = limit; }
    // How often one transaction is tried when it fails with a serialization failure or a deadlock.
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts < 1 ? 1 : attempts; }

    // Aggregates the days from..to (inclusive, from <= to, at most kMaxDays days). Returns false
    // with errorString() on any failure; what was committed before the failure stays (every
    // transaction is complete in itself, and the next run redoes everything anyway).
    bool run(QDate from, QDate to);

    QString errorString() const { return m_error; }

private:
    struct Step
    {
        QString name;
        QStringList statements;
    };

    bool loadSteps();
    bool checkConfiguration();
    bool analyzeIfStale(const QString &table, bool *retryable);
    bool lock();
    void unlock();
    // Runs the steps in one transaction, retrying it on serialization failure or deadlock.
    bool runTransaction(QChar phase, const QList<const Step *> &steps, QDate day);
    bool runStep(QChar phase, const Step &step, QDate day, int attempt, bool *retryable);
    bool exec(const QString &statement, QDate day, qint64 *rows, bool *retryable);
    const Step *step(const QString &name) const;
    void emitEvent(const AggregationEvent &event) const;

    QSqlDatabase m_db;
    Callback m_callback;
    std::chrono::milliseconds m_lockWaitLimit{std::chrono::hours(2)};
    int m_maxAttempts = kDefaultMaxAttempts;
    QList<Step> m_steps;
    QString m_error;
};

} // namespace dashboard::aggregation
