#include "aggregator.h"
#include "partitionpool.h"

#include "db/advisorylock.h"
#include "db/transaction.h"
#include "migrations/sqlscript.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace dashboard::aggregation {

namespace {


// The steps, each made of files under :/sql/aggregate/ run in this order. The six named after a
// table are the steps a run reports; the others are the facts kept for the refresh (0020) and the
// full recomputation that verify() compares with.
struct StepFiles
{
    QString name;
    QStringList files;
};

const QList<StepFiles> &stepFiles()
{
    // day_sessions.sql (the day's sessions, read once) and day_overall.sql (the overall scores of
    // the day's users) come first wherever they are needed; a transaction reads them once and the
    // later steps find them filled.
    static const QList<StepFiles> steps{
        {QStringLiteral("snapshots"), {QStringLiteral("day_sessions"), QStringLiteral("day_overall"), QStringLiteral("snapshots")}},
        {QStringLiteral("module_analytics"), {QStringLiteral("day_sessions"), QStringLiteral("module_analytics")}},
        {QStringLiteral("overdue"), {QStringLiteral("overdue")}},
        {QStringLiteral("student_progress"), {QStringLiteral("student_progress")}},
        {QStringLiteral("notifications"), {QStringLiteral("notifications")}},
        {QStringLiteral("analytics_daily"), {QStringLiteral("day_sessions"), QStringLiteral("analytics_daily")}},
        {QStringLiteral("student_days"),
         {QStringLiteral("day_sessions"), QStringLiteral("day_overall"), QStringLiteral("student_days"),
          QStringLiteral("student_days_forward")}},
        {QStringLiteral("student_days_rebuild"),
         {QStringLiteral("day_sessions"), QStringLiteral("day_overall"), QStringLiteral("student_days"),
          QStringLiteral("student_days_rebuild"), QStringLiteral("student_days_forward")}},
        {QStringLiteral("student_days_missing"), {QStringLiteral("student_days_missing")}},
        {QStringLiteral("verify"), {QStringLiteral("reference/student_progress_full")}},
        {QStringLiteral("verify_compare"), {QStringLiteral("reference/compare")}},
    };
    return steps;
}

// The rows the SQL looks settings and risk factors up by (0014_aggregation.sql seeds them).
const QStringList &requiredSettings()
{
    static const QStringList names{QStringLiteral("pass_score"), QStringLiteral("at_risk_threshold"),
                                   QStringLiteral("overall_window_sessions"),
                                   QStringLiteral("consistency_window_days")};
    return names;
}

const QStringList &requiredFactors()
{
    static const QStringList names{QStringLiteral("never_active"),    QStringLiteral("inactive_days"),
                                   QStringLiteral("inactive_week"),   QStringLiteral("accuracy_drop"),
                                   QStringLiteral("low_consistency"), QStringLiteral("overdue_assignments"),
                                   QStringLiteral("stuck_module"),    QStringLiteral("behind_target"),
                                   QStringLiteral("low_score")};
    return names;
}

// Serialization failure and deadlock: the transaction did nothing wrong, it lost a race; running
// it again is the documented remedy.
bool isRetryable(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("40001") || state == QLatin1String("40P01");
}

QString describe(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    if (!error.nativeErrorCode().isEmpty())
        text += QStringLiteral(" [SQLSTATE %1]").arg(error.nativeErrorCode());
    return text;
}

} // namespace

Aggregator::Aggregator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Aggregator::~Aggregator() = default;

void Aggregator::emitEvent(const AggregationEvent &event) const
{
    if (m_callback)
        m_callback(event);
}

void Aggregator::emitCommitted(QChar phase, QDate day, qint64 milliseconds) const
{
    AggregationEvent event;
    event.kind = AggregationEvent::Kind::Committed;
    event.phase = phase;
    event.day = day;
    event.milliseconds = milliseconds;
    emitEvent(event);
}

const Aggregator::Step *Aggregator::step(const QString &name) const
{
    for (const Step &candidate : m_steps) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool Aggregator::loadSteps()
{
    if (!m_steps.isEmpty())
        return true;
    QList<Step> steps;
    for (const StepFiles &files : stepFiles()) {
        Step step{files.name, {}};
        for (const QString &name : files.files) {
            QFile file(QStringLiteral(":/sql/aggregate/%1.sql").arg(name));
            if (!file.open(QIODevice::ReadOnly)) {
                m_error = tr("the SQL of step %1 is missing from this build (%2)").arg(files.name, file.fileName());
                return false;
            }
            // Comments go (they may hold characters QtSql would take for placeholders), one
            // statement per call: a multi-statement exec() would report only the first error.
            for (const auto &statement : migrations::SqlScript::split(QString::fromUtf8(file.readAll())))
                step.statements << statement.text;
        }
        steps.append(step);
    }
    m_steps = steps;
    return true;
}

bool Aggregator::checkConfiguration()
{
    auto missingNames = [this](const QString &sql, const QStringList &required, QStringList *missing) {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            m_error = tr("could not read the aggregation settings: %1. Has `migrate` been run?")
                          .arg(describe(query.lastError()));
            return false;
        }
        QStringList present;
        while (query.next())
            present << query.value(0).toString();
        for (const QString &name : required) {
            if (!present.contains(name))
                *missing << name;
        }
        return true;
    };
    QStringList missingSettings;
    QStringList missingFactors;
    if (!missingNames(QStringLiteral("SELECT name FROM dashboard_aggregation_settings"), requiredSettings(),
                      &missingSettings)
        || !missingNames(QStringLiteral("SELECT factor FROM dashboard_risk_factors"), requiredFactors(),
                         &missingFactors))
        return false;
    if (!missingSettings.isEmpty()) {
        m_error = tr("dashboard_aggregation_settings has no row for %1; restore it (the defaults are in "
                     "resources/migrations/0014_aggregation.sql)")
                      .arg(missingSettings.join(QLatin1String(", ")));
        return false;
    }
    if (!missingFactors.isEmpty()) {
        m_error = tr("dashboard_risk_factors has no row for %1; restore it (the defaults are in "
                     "resources/migrations/0014_aggregation.sql)")
                      .arg(missingFactors.join(QLatin1String(", ")));
        return false;
    }
    return true;
}

bool Aggregator::lock()
{
    QSqlError error;
    const auto result = db::AdvisoryLock::acquire(
        m_db, kLockKey, m_lockWaitLimit,
        [this] {
            AggregationEvent event;
            event.kind = AggregationEvent::Kind::Waiting;
            event.message = tr("Another aggregate is running on this database; waiting for it to finish…");
            emitEvent(event);
        },
        &error);
    switch (result) {
    case db::AdvisoryLock::Result::Acquired:
        return true;
    case db::AdvisoryLock::Result::TimedOut:
        m_error = tr("gave up after waiting %n minute(s) for another aggregate run (the advisory lock is still held)",
                     nullptr, int(std::chrono::duration_cast<std::chrono::minutes>(m_lockWaitLimit).count()));
        return false;
    case db::AdvisoryLock::Result::Failed:
        break;
    }
    m_error = tr("could not take the aggregation lock: %1").arg(describe(error));
    return false;
}

void Aggregator::unlock()
{
    db::AdvisoryLock::release(m_db, kLockKey);
}

bool Aggregator::analyzeIfStale(const QString &table, bool *retryable)
{
    // The aggregation writes its own tables in bulk and reads them back in the next transaction
    // (the next day's improvement_delta, the streaks, the daily analytics). A planner that still
    // believes such a table empty (never analyzed, or analyzed before the bulk arrived: a fresh
    // database, a backfill) picks nested loops that rescan it once per student, and a day takes
    // minutes instead of seconds. Autovacuum analyzes it eventually, but not between two
    // transactions of one run; so when the table has grown by a fifth since its statistics were
    // taken, it is analyzed here first (a sample of at most 30 000 rows, well under a second).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT c.reltuples < 0 "
                                 "    OR pg_relation_size(c.oid) > (1.2 * c.relpages + 10) * current_setting('block_size')::integer "
                                 "  FROM pg_class c WHERE c.oid = to_regclass(?)"));
    query.addBindValue(table);
    if (!query.exec() || !query.next()) {
        *retryable = isRetryable(query.lastError());
        m_error = tr("could not read the statistics of %1: %2").arg(table, describe(query.lastError()));
        return false;
    }
    if (!query.value(0).toBool())
        return true;
    qint64 ignored = 0;
    // The name is one of this class's constants, never input.
    return exec(QStringLiteral("ANALYZE %1").arg(table), QDate(), &ignored, retryable);
}

bool Aggregator::analyzeStaleTables(bool *retryable)
{
    return analyzeIfStale(QStringLiteral("progress_snapshots"), retryable)
           && analyzeIfStale(QStringLiteral("student_progress"), retryable)
           && analyzeIfStale(QStringLiteral("dashboard_student_days"), retryable)
           && analyzeIfStale(QStringLiteral("dashboard_student_modules"), retryable);
}

bool Aggregator::exec(const QString &statement, QDate day, qint64 *rows, bool *retryable)
{
    // A statement with parameters gets them bound up to the highest it names: $1 the day, $2 the
    // partition of the students this transaction works on and $3 the number of partitions (0 and 1
    // outside runOnPool(): every student; 0023_aggregate_partitions.sql). As values, not settings:
    // with custom plans they are constants, and the partition test costs a hash per row. The
    // others (CREATE TABLE AS, ANALYZE: utility statements cannot be prepared) run as they are.
    static const QRegularExpression parameter(QStringLiteral("\\$([1-3])(?![0-9])"));
    int parameters = 0;
    for (auto it = parameter.globalMatch(statement); it.hasNext();)
        parameters = std::max(parameters, it.next().captured(1).toInt());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = false;
    if (parameters > 0) {
        ok = query.prepare(statement);
        if (ok) {
            // No day (a rebuild of the facts): NULL, which the statements that accept it test for.
            query.addBindValue(day.isValid() ? QVariant(day) : QVariant(QMetaType::fromType<QDate>()));
            if (parameters >= 2)
                query.addBindValue(m_partition);
            if (parameters >= 3)
                query.addBindValue(m_partitions);
            ok = query.exec();
        }
    } else {
        ok = query.exec(statement);
    }
    if (!ok) {
        *retryable = isRetryable(query.lastError());
        m_error = describe(query.lastError());
        return false;
    }
    *rows = query.numRowsAffected();
    return true;
}

bool Aggregator::runStep(QChar phase, const Step &step, QDate day, int attempt, bool *retryable, qint64 *stepRows,
                         qint64 *stepMilliseconds)
{
    QElapsedTimer timer;
    timer.start();
    qint64 rows = -1;
    for (const QString &statement : step.statements) {
        if (!exec(statement, day, &rows, retryable)) {
            m_error = day.isValid() ? tr("%1 of %2: %3").arg(step.name, day.toString(Qt::ISODate), m_error)
                                    : tr("%1: %2").arg(step.name, m_error);
            return false;
        }
    }
    if (stepRows) {
        // The caller reports it.
        *stepRows = rows;
        *stepMilliseconds = timer.elapsed();
        return true;
    }
    AggregationEvent event;
    event.kind = AggregationEvent::Kind::StepDone;
    event.phase = phase;
    event.step = step.name;
    event.day = day;
    event.milliseconds = timer.elapsed();
    event.rows = rows;
    event.attempt = attempt;
    emitEvent(event);
    return true;
}

bool Aggregator::runTransaction(QChar phase, const QList<const Step *> &steps, QDate day, const Step *facts)
{
    QElapsedTimer timer;
    timer.start();
    AggregationEvent factsEvent;
    for (int attempt = 1;; ++attempt) {
        bool retryable = false;
        bool ok = false;
        factsEvent = AggregationEvent();
        {
            db::Transaction transaction(m_db);
            if (!transaction.isActive()) {
                m_error = tr("could not start a transaction: %1").arg(describe(m_db.lastError()));
                return false;
            }
            // For this transaction only: the hash tables and sorts of a day's work fit in memory,
            // and JIT compilation is left out because each statement runs once per day, so its
            // compile time (half a second for the refresh, measured) is never paid back.
            // Custom plans only: the statement audit trigger (0013) plans its queries over the
            // transition tables once per session and, after a few small statements, would reuse a
            // plan made for a handful of rows on 100 000 (measured: a nested loop over both
            // transition tables that did not finish in 7 minutes, instead of 4 seconds).
            qint64 ignored = 0;
            // client_min_messages: "relation ... already exists, skipping" of the temporary tables
            // that several parts of a transaction create IF NOT EXISTS is not news.
            ok = exec(QStringLiteral("SET LOCAL work_mem = '256MB'"), day, &ignored, &retryable)
                 && exec(QStringLiteral("SET LOCAL client_min_messages = warning"), day, &ignored, &retryable)
                 && exec(QStringLiteral("SET LOCAL jit = off"), day, &ignored, &retryable)
                 && exec(QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan"), day, &ignored, &retryable)
                 // on a pool's connection, runOnPool() saw to the statistics before the transactions
                 && (m_statisticsSeenTo || analyzeStaleTables(&retryable));
            for (const Step *step : steps) {
                if (!ok)
                    break;
                ok = runStep(phase, *step, day, attempt, &retryable);
            }
            if (ok && facts) {
                factsEvent.kind = AggregationEvent::Kind::FactsDone;
                factsEvent.phase = phase;
                factsEvent.step = QStringLiteral("student_days");
                factsEvent.day = day;
                factsEvent.attempt = attempt;
                ok = runStep(phase, *facts, day, attempt, &retryable, &factsEvent.rows, &factsEvent.milliseconds);
                // Reported with the steps of the day; on its own, after the commit.
                if (ok && !steps.isEmpty())
                    emitEvent(factsEvent);
            }
            if (ok) {
                ok = transaction.commit();
                if (!ok) {
                    retryable = isRetryable(m_db.lastError());
                    const QString name = steps.isEmpty() ? facts->name : steps.constFirst()->name;
                    m_error = day.isValid() ? tr("could not commit %1 of %2: %3")
                                                  .arg(name, day.toString(Qt::ISODate), describe(m_db.lastError()))
                                            : tr("could not commit %1: %2").arg(name, describe(m_db.lastError()));
                }
            }
        } // rolled back here unless committed
        if (ok)
            break;
        if (!retryable || attempt >= m_maxAttempts)
            return false;
        AggregationEvent event;
        event.kind = AggregationEvent::Kind::Retrying;
        event.phase = phase;
        event.day = day;
        event.attempt = attempt + 1;
        event.message = tr("%1 (attempt %2 of %3 follows)").arg(m_error).arg(attempt + 1).arg(m_maxAttempts);
        emitEvent(event);
        // Back off a little, with jitter, so that two colliding writers do not collide again.
        QThread::msleep(100 * attempt + QRandomGenerator::global()->bounded(100));
    }
    if (steps.isEmpty()) {
        factsEvent.milliseconds = timer.elapsed();
        emitEvent(factsEvent);
        return true;
    }
    emitCommitted(phase, day, timer.elapsed());
    return true;
}

bool Aggregator::runPartitioned(QChar phase, const QList<const Step *> &steps, QDate day, const Step *facts)
{
    if (m_jobs <= 1)
        return runTransaction(phase, steps, day, facts);
    return runOnPool(phase, day, QList<QList<const Step *>>(m_jobs, steps), facts, true);
}

bool Aggregator::runSideBySide(QChar phase, const QList<const Step *> &steps, QDate day)
{
    if (m_jobs <= 1)
        return runTransaction(phase, steps, day);
    // One transaction per step, dealt out to the connections in turn.
    QList<QList<const Step *>> work(std::min<qsizetype>(m_jobs, steps.size()));
    for (qsizetype i = 0; i < steps.size(); ++i)
        work[i % work.size()] << steps[i];
    return runOnPool(phase, day, work, nullptr, false);
}

bool Aggregator::runOnPool(QChar phase, QDate day, const QList<QList<const Step *>> &work, const Step *facts,
                           bool partitioned)
{
    struct Transaction
    {
        bool ok = true;
        QString error;
        QList<AggregationEvent> events;
    };
    QList<Transaction> transactions(work.size());
    QElapsedTimer timer;
    timer.start();
    // Here, in a transaction of its own: ANALYZE of one table in two transactions side by side
    // would make the second wait for the first to commit (each holds the table's lock until its end).
    {
        bool retryable = false;
        if (!analyzeStaleTables(&retryable))
            return false;
    }
    // The threads and connections of the run, opened by the first use and kept until run() returns.
    if (!m_pool)
        m_pool = std::make_unique<PartitionPool>(m_db.connectionName(), m_jobs,
                                                 QStringList{QStringLiteral("SET temp_buffers = '128MB'")});
    m_pool->runEach([&](int k, QSqlDatabase &db) {
        if (k >= work.size())
            return;
        Transaction &transaction = transactions[k];
        if (!db.isOpen()) {
            transaction.ok = false;
            transaction.error = tr("could not open connection %1 of %2: %3").arg(k + 1).arg(m_jobs).arg(describe(db.lastError()));
            return;
        }
        Aggregator helper(db);
        helper.m_maxAttempts = m_maxAttempts;
        helper.m_statisticsSeenTo = true;
        if (partitioned) {
            helper.m_partition = k;
            helper.m_partitions = int(work.size());
        }
        helper.setCallback([&transaction](const AggregationEvent &event) { transaction.events.append(event); });
        transaction.ok = helper.runTransaction(phase, work[k], day, facts);
        transaction.error = helper.m_error;
    });

    // The events of the transactions as those of one: each step once, in order, with its rows
    // summed and its time the longest over the transactions (of the attempt that committed, the
    // last); retries as they happened.
    for (const Transaction &transaction : std::as_const(transactions)) {
        for (const AggregationEvent &event : transaction.events) {
            if (event.kind == AggregationEvent::Kind::Retrying)
                emitEvent(event);
        }
    }
    bool ok = true;
    for (qsizetype k = 0; k < transactions.size(); ++k) {
        if (!transactions[k].ok) {
            ok = false;
            m_error = partitioned ? tr("%1 (partition %2 of %3; the others may have been committed, a new run completes them)")
                                        .arg(transactions[k].error)
                                        .arg(k + 1)
                                        .arg(transactions.size())
                                  : tr("%1 (the steps beside it may have been committed, a new run completes them)")
                                        .arg(transactions[k].error);
        }
    }
    if (!ok)
        return false;
    auto lastDone = [](const Transaction &transaction, const Step *step, bool isFacts) -> const AggregationEvent * {
        for (auto it = transaction.events.crbegin(); it != transaction.events.crend(); ++it) {
            if (isFacts ? it->kind == AggregationEvent::Kind::FactsDone
                        : (it->kind == AggregationEvent::Kind::StepDone && it->step == step->name))
                return &*it;
        }
        return nullptr;
    };
    QList<const Step *> reported;
    for (const QList<const Step *> &steps : work) {
        for (const Step *step : steps) {
            if (!reported.contains(step))
                reported << step;
        }
    }
    const bool anySteps = !reported.isEmpty();
    if (facts)
        reported << facts;
    for (const Step *step : std::as_const(reported)) {
        AggregationEvent merged;
        bool found = false;
        for (const Transaction &transaction : std::as_const(transactions)) {
            const AggregationEvent *done = lastDone(transaction, step, step == facts);
            if (!done)
                continue;
            if (!found) {
                merged = *done;
                found = true;
                continue;
            }
            merged.milliseconds = std::max(merged.milliseconds, done->milliseconds);
            merged.rows = (merged.rows < 0 || done->rows < 0) ? -1 : merged.rows + done->rows;
            merged.attempt = std::max(merged.attempt, done->attempt);
        }
        if (found)
            emitEvent(merged);
    }
    // As runTransaction(): facts alone (phase '0') report no Committed, the FactsDone above instead.
    if (anySteps)
        emitCommitted(phase, day, timer.elapsed());
    return true;
}

bool Aggregator::prepareFacts(QDate from)
{
    // 1. An administrator changed pass_score or overall_window_sessions since some facts were
    //    computed: the first passes and the overall scores of every row follow, before any day is
    //    added on top of them.
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM dashboard_fact_days d "
                " WHERE (d.pass_score, d.overall_window_sessions) IS DISTINCT FROM "
                "       ((SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'pass_score'), "
                "        (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'overall_window_sessions')))"))
            || !query.next()) {
            m_error = tr("could not read the state of the per-student facts: %1. Has `migrate` been run?")
                          .arg(describe(query.lastError()));
            return false;
        }
        if (query.value(0).toBool()) {
            AggregationEvent notice;
            notice.kind = AggregationEvent::Kind::Notice;
            notice.message = tr("pass_score or overall_window_sessions changed since the per-student facts were computed: "
                                "recomputing the passes and overall scores of every student first (this takes as long "
                                "as a first run).");
            emitEvent(notice);
            if (!runTransaction(QLatin1Char('0'), {}, QDate(), step(QStringLiteral("student_days_rebuild"))))
                return false;
        }
    }

    // 2. Days before `from` with activity but no facts: the first run on a database that has
    //    history, or days that were never aggregated. The refresh as of any day needs every day
    //    before it, so they are computed now, oldest first (facts only: their snapshots and
    //    analytics stay as they are, as the run was not asked for them).
    QList<QDate> missing;
    {
        // In a transaction of its own, read only, with plain and index-only scans off: the earliest
        // sessions are found through the BRIN indexes of 0021, not by a walk through a whole B-tree
        // that has started_at as its third column (day_sessions.sql says why the planner prefers
        // that; measured here: 2.4 s, and 20 s by a full scan when the bound was not known at
        // planning time, against a few milliseconds).
        db::Transaction transaction(m_db);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        auto fail = [&]() {
            m_error = tr("could not look for days without facts: %1")
                          .arg(describe(transaction.isActive() ? query.lastError() : m_db.lastError()));
            return false;
        };
        if (!transaction.isActive() || !query.exec(QStringLiteral("SET LOCAL enable_indexscan = off"))
            || !query.exec(QStringLiteral("SET LOCAL enable_indexonlyscan = off")))
            return fail();
        QList<QDate> computed;
        if (!query.exec(QStringLiteral("SELECT d.day FROM dashboard_fact_days d ORDER BY d.day")))
            return fail();
        while (query.next())
            computed << query.value(0).toDate();
        const QDate bound = computed.isEmpty() ? from : std::min(computed.constFirst(), from);
        if (!query.prepare(step(QStringLiteral("student_days_missing"))->statements.constFirst()))
            return fail();
        query.addBindValue(bound);
        if (!query.exec() || !query.next())
            return fail();
        QDate first = query.value(0).toDate();
        if (!computed.isEmpty() && (!first.isValid() || computed.constFirst() < first))
            first = computed.constFirst();
        // Every day from the earliest with activity (or the earliest computed) to the day before
        // the run, that is not computed yet: days without any activity too, so that they are
        // recorded as done.
        for (QDate day = first; first.isValid() && day < from; day = day.addDays(1)) {
            if (!std::binary_search(computed.cbegin(), computed.cend(), day))
                missing << day;
        }
    }
    if (missing.isEmpty())
        return true;
    AggregationEvent notice;
    notice.kind = AggregationEvent::Kind::Notice;
    notice.day = missing.constFirst();
    notice.message = tr("Days before %1 have sessions or snapshots but no per-student facts yet (first run on this "
                        "database, or days never aggregated): computing them first, %2 to %3, one transaction per day.")
                         .arg(from.toString(Qt::ISODate), missing.constFirst().toString(Qt::ISODate),
                              missing.constLast().toString(Qt::ISODate));
    emitEvent(notice);
    for (QDate day : missing) {
        if (!runPartitioned(QLatin1Char('0'), {}, day, step(QStringLiteral("student_days"))))
            return false;
    }
    return true;
}

bool Aggregator::run(QDate from, QDate to)
{
    m_error.clear();
    if (!from.isValid() || !to.isValid()) {
        m_error = tr("invalid date");
        return false;
    }
    if (from > to) {
        m_error = tr("the first day (%1) is after the last (%2)").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return false;
    }
    if (from.daysTo(to) + 1 > kMaxDays) {
        m_error = tr("at most %1 days at a time").arg(kMaxDays);
        return false;
    }
    if (!m_db.isOpen()) {
        m_error = tr("the database connection is not open");
        return false;
    }
    if (!loadSteps())
        return false;
    if (!lock())
        return false;
    struct Unlock
    {
        Aggregator *aggregator;
        ~Unlock()
        {
            // The partitions' connections first: nothing of this run may still be running when
            // the lock is released.
            aggregator->m_pool.reset();
            aggregator->unlock();
        }
    } unlockOnExit{this};

    // Temporary tables of the refresh hold a row per student; local buffers for them instead of
    // files. Only possible before the session's first temporary table, hence not SET LOCAL; a
    // session that already used one keeps its setting, which is merely slower.
    {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("SET temp_buffers = '128MB'"));
    }
    if (!checkConfiguration())
        return false;

    AggregationEvent started;
    started.kind = AggregationEvent::Kind::Started;
    started.day = to;
    started.message = tr("Aggregating %n day(s), %1 to %2 (UTC).", nullptr, int(from.daysTo(to) + 1))
                          .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    emitEvent(started);

    if (!prepareFacts(from))
        return false;

    // (a) snapshots and module analytics, day by day, and the day's facts for the refresh
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (!runPartitioned(QLatin1Char('a'), {step(QStringLiteral("snapshots"))}, day, step(QStringLiteral("student_days"))))
            return false;
    }
    // (b) overdue submissions as of the last day
    if (!runTransaction(QLatin1Char('b'), {step(QStringLiteral("overdue"))}, to))
        return false;
    // (c) student_progress as of the last day, with its notifications; per partition of the students
    if (!runPartitioned(QLatin1Char('c'), {step(QStringLiteral("student_progress")), step(QStringLiteral("notifications"))}, to))
        return false;
    // (d) analytics_daily, day by day, from the refreshed risk scores
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (!runSideBySide(QLatin1Char('d'), {step(QStringLiteral("analytics_daily")), step(QStringLiteral("module_analytics"))}, day))
            return false;
    }
    return true;
}

std::optional<QList<VerifyDifference>> Aggregator::verify(QDate asOf)
{
    m_error.clear();
    if (!asOf.isValid()) {
        m_error = tr("invalid date");
        return std::nullopt;
    }
    if (!m_db.isOpen()) {
        m_error = tr("the database connection is not open");
        return std::nullopt;
    }
    if (!loadSteps() || !lock())
        return std::nullopt;
    struct Unlock
    {
        Aggregator *aggregator;
        ~Unlock() { aggregator->unlock(); }
    } unlockOnExit{this};

    // One transaction, rolled back at the end: the full recomputation writes temporary tables only.
    db::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = tr("could not start a transaction: %1").arg(describe(m_db.lastError()));
        return std::nullopt;
    }
    bool retryable = false;
    qint64 ignored = 0;
    if (!exec(QStringLiteral("SET LOCAL work_mem = '256MB'"), asOf, &ignored, &retryable)
        || !exec(QStringLiteral("SET LOCAL jit = off"), asOf, &ignored, &retryable)
        || !exec(QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan"), asOf, &ignored, &retryable))
        return std::nullopt;
    for (const QString &statement : step(QStringLiteral("verify"))->statements) {
        if (!exec(statement, asOf, &ignored, &retryable)) {
            m_error = tr("the full recomputation as of %1 failed: %2").arg(asOf.toString(Qt::ISODate), m_error);
            return std::nullopt;
        }
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(step(QStringLiteral("verify_compare"))->statements.constFirst())) {
        m_error = tr("could not compare with the full recomputation: %1").arg(describe(query.lastError()));
        return std::nullopt;
    }
    QList<VerifyDifference> differences;
    while (query.next())
        differences.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString()});
    transaction.rollback();
    return differences;
}

} // namespace dashboard::aggregation
