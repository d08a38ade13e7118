#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace dashboard::aggregation {

class PartitionPool;

// What happened during a run, as it happens: for progress output and per-step timings.
struct AggregationEvent
{
    enum class Kind {
        Waiting,   // another run holds the aggregation lock; this one polls until it is free
        Started,   // the lock is ours; message says what will be done
        StepDone,  // one step (one SQL file) finished; its transaction may not be committed yet
        Committed, // the transaction of a phase (or of one day of a phase) was committed
        Retrying,  // a serialization failure or deadlock rolled the transaction back; it runs again
        Notice,    // something a person should know about this run (message): facts computed first
        FactsDone, // the per-student facts of a day (step "student_days"), see below
    };

    Kind kind = Kind::StepDone;
    // 'a' snapshots + modules (+ the day's facts) per day, 'b' overdue, 'c' refresh, 'd' analytics per
    // day; '0' facts computed before phase (a), each day in a transaction of its own
    QChar phase;
    QString step;         // "snapshots", "module_analytics", "overdue", "student_progress", "notifications", "analytics_daily"
    QDate day;            // the day of a per-day phase, T for phases b and c
    // StepDone: the step; Committed: the whole transaction, retries included; FactsDone: the facts
    // of the day in phase 'a', the whole transaction in phase '0'
    qint64 milliseconds = 0;
    qint64 rows = -1;     // StepDone: rows written by the step's last statement (-1: not known)
    int attempt = 1;
    QString message;      // Waiting, Started, Retrying, Notice: a sentence for a person
};

// One value of student_progress that the incremental refresh and the full recomputation disagree
// on (Aggregator::verify()), both as text.
struct VerifyDifference
{
    QString studentId;
    QString column;
    QString stored;    // student_progress as written
    QString reference; // resources/sql/aggregate/reference/student_progress_full.sql
};

// `aggregate` (issue 5 §2): turns the student app's sessions into the dashboard's derived tables,
// set-based, one SQL file per step (resources/sql/aggregate/), in this order:
//   (a) for each day D from `from` to `to`, in one transaction per day: progress_snapshots of D (and
//       the day's facts, below);
//   (b) overdue submissions as of `to` (and their ASSIGNMENT_OVERDUE notifications), in one transaction;
//   (c) the refresh of student_progress AS OF `to`, risk and notifications included, in one transaction;
//   (d) for each day D from `from` to `to`, in one transaction per day: analytics_daily of D, which
//       counts the risk scores refreshed in (c), and module_analytics of D.
// With setJobs(N > 1), the transactions of (a), (c) and the facts are N each, side by side, one per
// partition of the students (0023_aggregate_partitions.sql), and analytics_daily and
// module_analytics of (d) run side by side, each in its own transaction.
// Every step is idempotent: a re-run over the same data writes nothing (rows are compared before
// they are updated, ids are kept), and notifications carry a unique event key.
//
// The refresh (c) is incremental: it reads the per-student facts of 0020 (one row per student and
// day with activity, with running totals), which (a) keeps in the transaction of each day
// (resources/sql/aggregate/student_days*.sql, reported as FactsDone events, not as steps: they are
// the refresh's bookkeeping). Before (a), the run computes the facts of every earlier day that has
// none yet (the first run on a database, or days that were never aggregated: phase '0', one
// transaction per day, announced by a Notice), and recomputes the facts that depend on pass_score
// or overall_window_sessions when an administrator changed them. verify() recomputes the refresh
// the old way, from every session, and lists where the two differ.
//
// Concurrency: a session advisory lock is held for the whole run; a second run (another process,
// another machine) polls pg_try_advisory_lock until the first is done, then runs. Polling, not a
// blocking pg_advisory_lock(): a session that waits inside a statement keeps its snapshot, and
// nothing here needs to make other sessions wait for it (models/db/advisorylock.h
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
    static constexpr int kDefaultJobs = 2;
    static constexpr int kMaxJobs = 16;

    using Callback = std::function<void(const AggregationEvent &)>;

    explicit Aggregator(QSqlDatabase db);
    ~Aggregator();
    Aggregator(const Aggregator &) = delete;
    Aggregator &operator=(const Aggregator &) = delete;

    void setCallback(Callback callback) { m_callback = std::move(callback); }
    // How long to wait for another run to finish before giving up (default: 2 hours).
    void setLockWaitLimit(std::chrono::milliseconds limit) { m_lockWaitLimit = limit; }
    // How often one transaction is tried when it fails with a serialization failure or a deadlock.
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts < 1 ? 1 : attempts; }
    // How many transactions run side by side, on connections of their own, for the per-student
    // steps (snapshots and facts of a day, the refresh): each on the students of one partition
    // (0023_aggregate_partitions.sql). 1: each is one transaction on this connection, as the
    // overview above says. Clamped to 1..kMaxJobs.
    void setJobs(int jobs) { m_jobs = std::clamp(jobs, 1, kMaxJobs); }
    int jobs() const { return m_jobs; }

    // Aggregates the days from..to (inclusive, from <= to, at most kMaxDays days). Returns false
    // with errorString() on any failure; what was committed before the failure stays (every
    // transaction is complete in itself, and the next run redoes everything anyway).
    bool run(QDate from, QDate to);

    // After run(): recomputes student_progress as of `asOf` from every session and snapshot (the
    // full recomputation kept as the reference, into a temporary table: nothing is written) and
    // returns every value that differs from the stored row, for every student. Empty: the
    // incremental refresh was exact. Sessions that arrived late for a day that was not aggregated
    // again show here. Returns std::nullopt with errorString() when it could not run.
    std::optional<QList<VerifyDifference>> verify(QDate asOf);

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
    // analyzeIfStale() of the tables the steps read back after writing them in bulk.
    bool analyzeStaleTables(bool *retryable);
    bool lock();
    void unlock();
    // Runs the steps in one transaction, retrying it on serialization failure or deadlock. `facts`
    // (may be null) runs after them in the same transaction and is reported as FactsDone. Without
    // steps (facts only, phase '0') no StepDone or Committed is reported, one FactsDone instead.
    bool runTransaction(QChar phase, const QList<const Step *> &steps, QDate day, const Step *facts = nullptr);
    // runTransaction() of the steps (and facts) once per partition of the students, m_jobs side by
    // side, each on its own connection of the run's pool (PartitionPool).
    bool runPartitioned(QChar phase, const QList<const Step *> &steps, QDate day, const Step *facts = nullptr);
    // Each step in a transaction of its own, up to m_jobs side by side on the pool's connections, for
    // steps that do not depend on each other.
    bool runSideBySide(QChar phase, const QList<const Step *> &steps, QDate day);
    // The two above: work[k] runs on connection k (with the partition settings of k when
    // `partitioned`). The events are reported after the last transaction ends: each step once, its
    // rows summed and its time the longest. Every transaction commits on its own: when one fails,
    // the others' work stays and the run reports the failure (a new run completes it).
    bool runOnPool(QChar phase, QDate day, const QList<QList<const Step *>> &work, const Step *facts, bool partitioned);
    bool runStep(QChar phase, const Step &step, QDate day, int attempt, bool *retryable, qint64 *rows = nullptr,
                 qint64 *milliseconds = nullptr);
    bool exec(const QString &statement, QDate day, qint64 *rows, bool *retryable);
    // Before phase (a): facts that depend on changed settings, then the days before `from` without facts.
    bool prepareFacts(QDate from);
    const Step *step(const QString &name) const;
    void emitEvent(const AggregationEvent &event) const;
    void emitCommitted(QChar phase, QDate day, qint64 milliseconds) const;

    QSqlDatabase m_db;
    Callback m_callback;
    std::chrono::milliseconds m_lockWaitLimit{std::chrono::hours(2)};
    int m_maxAttempts = kDefaultMaxAttempts;
    int m_jobs = kDefaultJobs;
    // Set on the helper of one partition (runPartitioned()): its transactions say which students.
    int m_partition = 0;
    int m_partitions = 1;
    bool m_statisticsSeenTo = false; // set on a pool's helper: runOnPool() ran analyzeStaleTables()
    std::unique_ptr<PartitionPool> m_pool; // during run() with m_jobs > 1
    QList<Step> m_steps;
    QString m_error;
};

} // namespace dashboard::aggregation
