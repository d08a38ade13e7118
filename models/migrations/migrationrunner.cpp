#include "migrationrunner.h"

#include "db/advisorylock.h"
#include "db/database.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <chrono>

namespace dashboard::migrations {

namespace {

// "IDBMIGRT": one key for every migrate run against a database.
constexpr qint64 kLockKey = 0x4944424D49475254LL;
constexpr std::chrono::minutes kLockWaitLimit{15};

// Everything PostgreSQL says about a failed statement, in one line.
QString describeResult(const PGresult *result, const PGconn *conn)
{
    if (!result)
        return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    auto field = [result](int code) { return QString::fromUtf8(PQresultErrorField(result, code)); };
    QString text = field(PG_DIAG_MESSAGE_PRIMARY);
    if (text.isEmpty())
        text = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    const QString sqlState = field(PG_DIAG_SQLSTATE);
    const QString detail = field(PG_DIAG_MESSAGE_DETAIL);
    const QString hint = field(PG_DIAG_MESSAGE_HINT);
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + detail;
    if (!hint.isEmpty())
        text += QStringLiteral(" (") + hint + QLatin1Char(')');
    if (!sqlState.isEmpty())
        text += QStringLiteral(" [SQLSTATE %1]").arg(sqlState);
    return text;
}

void forwardNotice(void *arg, const char *message)
{
    const auto *log = static_cast<const std::function<void(const QString &)> *>(arg);
    if (log && *log)
        (*log)(QString::fromUtf8(message).trimmed());
}

// The name in "CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON ...".
QString concurrentIndexName(const QString &statement)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(statement);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

MigrationRunner::MigrationRunner(QSqlDatabase db, QList<Migration> baseline, QList<Migration> dashboard)
    : m_db(std::move(db))
    , m_baseline(std::move(baseline))
    , m_dashboard(std::move(dashboard))
{
}

void MigrationRunner::log(const QString &message) const
{
    if (m_log)
        m_log(message);
}

bool MigrationRunner::execSimple(const QString &sql)
{
    return exec(nullptr, SqlStatement{sql, 0});
}

bool MigrationRunner::exec(const Migration *migration, const SqlStatement &statement)
{
    PGconn *conn = db::Database::pgHandle(m_db);
    if (!conn) {
        m_error = tr("the connection is not a PostgreSQL connection");
        return false;
    }
    PGresult *result = PQexec(conn, statement.text.toUtf8().constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok) {
        const QString message = describeResult(result, conn);
        if (migration) {
            int line = statement.line;
            if (result) {
                const char *position = PQresultErrorField(result, PG_DIAG_STATEMENT_POSITION);
                if (position)
                    line = SqlScript::lineOfPosition(statement, QByteArray(position).toInt());
            }
            m_error = tr("%1:%2: %3").arg(migration->fileName).arg(line).arg(message);
        } else {
            m_error = message;
        }
    }
    PQclear(result);
    return ok;
}

bool MigrationRunner::lock()
{
    QSqlError error;
    switch (db::AdvisoryLock::acquire(
        m_db, kLockKey, kLockWaitLimit, [this] { log(tr("Another migrate is running on this database; waiting for it to finish…")); },
        &error)) {
    case db::AdvisoryLock::Result::Acquired:
        return true;
    case db::AdvisoryLock::Result::TimedOut:
        m_error = tr("gave up waiting for another migrate run (the advisory lock is still held)");
        return false;
    case db::AdvisoryLock::Result::Failed:
        break;
    }
    m_error = tr("could not take the migration lock: %1").arg(error.text());
    return false;
}

void MigrationRunner::unlock()
{
    db::AdvisoryLock::release(m_db, kLockKey);
}

bool MigrationRunner::historyTableExists()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    query.addBindValue(QString::fromLatin1(kHistoryTable));
    return query.exec() && query.next() && query.value(0).toBool();
}

bool MigrationRunner::ensureHistoryTable()
{
    return execSimple(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS dashboard_schema_migrations ("
        "  version     text PRIMARY KEY,"
        "  name        text NOT NULL,"
        "  checksum    text NOT NULL,"
        "  applied_at  timestamp(3) NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),"
        "  applied_by  text NOT NULL DEFAULT current_user,"
        "  duration_ms integer NOT NULL)"));
}

std::optional<QList<AppliedMigration>> MigrationRunner::readHistory()
{
    QList<AppliedMigration> rows;
    if (!historyTableExists())
        return rows;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT version, name, checksum, applied_at, applied_by, duration_ms "
                                   "FROM dashboard_schema_migrations ORDER BY version"))) {
        m_error = tr("could not read the migration history: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        AppliedMigration row;
        row.version = query.value(0).toString();
        row.name = query.value(1).toString();
        row.checksum = query.value(2).toString();
        row.appliedAt = query.value(3).toDateTime();
        row.appliedAt.setTimeSpec(Qt::UTC);
        row.appliedBy = query.value(4).toString();
        row.durationMs = query.value(5).toInt();
        rows.append(row);
    }
    return rows;
}

QStringList MigrationRunner::missingStudentAppObjects()
{
    QStringList missing;
    static const QStringList types{QStringLiteral("UserRole"), QStringLiteral("QuizCategory"),
                                   QStringLiteral("DifficultyLevel")};
    for (const QString &type : types) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT to_regtype(quote_ident(?)) IS NOT NULL"));
        query.addBindValue(type);
        if (!query.exec() || !query.next() || !query.value(0).toBool())
            missing << tr("type \"%1\"").arg(type);
    }
    // The columns the dashboard's foreign keys and indexes are built on.
    static const QList<QPair<QString, QStringList>> tables{
        {QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("role")}},
        {QStringLiteral("quiz_sessions"),
         {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("category"), QStringLiteral("started_at")}},
        {QStringLiteral("voice_practice_sessions"),
         {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("created_at")}},
    };
    for (const auto &[table, columns] : tables) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT a.attname FROM pg_attribute a "
                                     "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"));
        query.addBindValue(table);
        query.exec();
        QStringList present;
        while (query.next())
            present << query.value(0).toString();
        if (present.isEmpty()) {
            missing << tr("table %1").arg(table);
            continue;
        }
        for (const QString &column : columns) {
            if (!present.contains(column))
                missing << tr("column %1.%2").arg(table, column);
        }
    }
    return missing;
}

QStringList MigrationRunner::existingStudentAppTables()
{
    QStringList existing;
    for (const QString &table : {QStringLiteral("users"), QStringLiteral("quiz_sessions"),
                                 QStringLiteral("voice_practice_sessions")}) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
        query.addBindValue(table);
        if (query.exec() && query.next() && query.value(0).toBool())
            existing << table;
    }
    return existing;
}

std::optional<QList<MigrationState>> MigrationRunner::status(bool includeBaseline)
{
    const auto history = readHistory();
    if (!history)
        return std::nullopt;
    QList<MigrationState> states;
    auto appliedRow = [&](const QString &version) -> std::optional<AppliedMigration> {
        for (const auto &row : *history) {
            if (row.version == version)
                return row;
        }
        return std::nullopt;
    };
    for (const Migration &migration : m_baseline) {
        auto applied = appliedRow(migration.version);
        if (applied || includeBaseline)
            states.append({migration, applied});
    }
    for (const Migration &migration : m_dashboard)
        states.append({migration, appliedRow(migration.version)});
    return states;
}

bool MigrationRunner::migrate(const Options &options)
{
    m_error.clear();
    if (!lock())
        return false;
    struct Unlock
    {
        MigrationRunner *runner;
        ~Unlock() { runner->unlock(); }
    } unlockOnExit{this};

    PGconn *conn = db::Database::pgHandle(m_db);
    if (!conn) {
        m_error = tr("the connection is not a PostgreSQL connection");
        return false;
    }
    PQnoticeProcessor previousProcessor = PQsetNoticeProcessor(conn, forwardNotice, &m_log);
    struct RestoreNotices
    {
        PGconn *conn;
        PQnoticeProcessor previous;
        ~RestoreNotices() { PQsetNoticeProcessor(conn, previous, nullptr); }
    } restoreNotices{conn, previousProcessor};

    // A migration that waits for a lock on a busy student-app table would queue every later
    // query of the student app behind it: give up instead, and let the administrator retry.
    if (!execSimple(QStringLiteral("SET lock_timeout = '30s'")))
        return false;

    auto states = status(true);
    if (!states)
        return false;

    // Refuse before anything runs: a changed file means this database is not what the files say.
    for (const MigrationState &state : *states) {
        if (state.changedSinceApplied()) {
            m_error = tr("%1 was applied on %2 with checksum %3, but the file now has checksum %4. "
                         "Applied migrations must not change: restore the original file and put the change "
                         "in a new migration.")
                          .arg(state.migration.fileName, state.applied->appliedAt.toString(Qt::ISODate),
                               state.applied->checksum.left(12), state.migration.checksum.left(12));
            return false;
        }
    }

    QList<Migration> pending;
    bool baselineApplied = false;
    bool baselinePending = false;
    for (const MigrationState &state : *states) {
        if (state.migration.baseline) {
            baselineApplied |= state.applied.has_value();
            if (!state.applied && options.withBaseline) {
                baselinePending = true;
                pending.append(state.migration);
            }
        } else if (!state.applied) {
            pending.append(state.migration);
        }
    }

    const QStringList missing = missingStudentAppObjects();
    const QStringList existingTables = existingStudentAppTables();
    if (baselinePending && !baselineApplied && !existingTables.isEmpty()) {
        // The student app's tables are there: this is a real deployment, never to be touched by the baseline.
        m_error = tr("--with-student-app-baseline creates the student app's tables, but this database already has "
                     "%1. Run migrate without --with-student-app-baseline.")
                      .arg(existingTables.join(QLatin1String(", ")));
        return false;
    }
    if (!baselinePending && !missing.isEmpty() && !pending.isEmpty()) {
        m_error = tr("this database lacks the student app's schema, which the dashboard extends. Missing: %1. "
                     "Run the student app's own migrations first; for a demo or test database use "
                     "--with-student-app-baseline.")
                      .arg(missing.join(QLatin1String(", ")));
        return false;
    }

    if (pending.isEmpty()) {
        log(tr("The database is up to date (%n migration(s) applied).", nullptr, int(states->size())));
        return true;
    }

    if (options.dryRun) {
        log(tr("Plan (dry run, nothing is changed):"));
        for (const Migration &migration : pending) {
            const int count = int(SqlScript::split(QString::fromUtf8(migration.sql)).size());
            log(migration.transactional
                    ? tr("  would apply %1 (%n statement(s) in one transaction)", nullptr, count).arg(migration.fileName)
                    : tr("  would apply %1 (%n statement(s), each on its own, no transaction)", nullptr, count)
                          .arg(migration.fileName));
        }
        return true;
    }

    if (!ensureHistoryTable())
        return false;
    for (const Migration &migration : pending) {
        if (!apply(migration))
            return false;
    }
    log(tr("Applied %n migration(s).", nullptr, int(pending.size())));
    return true;
}

bool MigrationRunner::apply(const Migration &migration)
{
    const QList<SqlStatement> statements = SqlScript::split(QString::fromUtf8(migration.sql));
    log(tr("Applying %1…").arg(migration.fileName));
    return migration.transactional ? applyInTransaction(migration, statements)
                                   : applyStatementByStatement(migration, statements);
}

bool MigrationRunner::applyInTransaction(const Migration &migration, const QList<SqlStatement> &statements)
{
    QElapsedTimer timer;
    timer.start();
    if (!execSimple(QStringLiteral("BEGIN")))
        return false;
    for (const SqlStatement &statement : statements) {
        if (!exec(&migration, statement)) {
            const QString error = m_error;
            execSimple(QStringLiteral("ROLLBACK"));
            m_error = error;
            return false;
        }
    }
    if (!record(migration, timer.elapsed())) {
        const QString error = m_error;
        execSimple(QStringLiteral("ROLLBACK"));
        m_error = error;
        return false;
    }
    return execSimple(QStringLiteral("COMMIT"));
}

bool MigrationRunner::applyStatementByStatement(const Migration &migration, const QList<SqlStatement> &statements)
{
    QElapsedTimer timer;
    timer.start();
    for (const SqlStatement &statement : statements) {
        if (!repairInvalidIndex(migration, statement))
            return false;
        if (!exec(&migration, statement))
            return false;
    }
    // Recorded only once every statement succeeded: an interrupted file runs again, and its
    // statements are written to be re-runnable (IF NOT EXISTS).
    return record(migration, timer.elapsed());
}

bool MigrationRunner::repairInvalidIndex(const Migration &migration, const SqlStatement &statement)
{
    const QString name = concurrentIndexName(statement.text);
    if (name.isEmpty())
        return true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)"));
    query.addBindValue(name);
    if (!query.exec()) {
        m_error = tr("%1: could not check index %2: %3").arg(migration.fileName, name, query.lastError().text());
        return false;
    }
    if (!query.next() || query.value(0).toBool())
        return true;
    log(tr("Index %1 was left INVALID by an interrupted build; dropping it to build it again.").arg(name));
    return execSimple(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1").arg(name));
}

bool MigrationRunner::record(const Migration &migration, qint64 durationMs)
{
    PGconn *conn = db::Database::pgHandle(m_db);
    const QByteArray version = migration.version.toUtf8();
    const QByteArray name = migration.name.toUtf8();
    const QByteArray checksum = migration.checksum.toUtf8();
    const QByteArray duration = QByteArray::number(durationMs);
    const char *values[] = {version.constData(), name.constData(), checksum.constData(), duration.constData()};
    PGresult *result = PQexecParams(conn,
                                    "INSERT INTO dashboard_schema_migrations (version, name, checksum, duration_ms) "
                                    "VALUES ($1, $2, $3, $4)",
                                    4, nullptr, values, nullptr, nullptr, 0);
    const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok)
        m_error = tr("%1: could not record the migration: %2").arg(migration.fileName, describeResult(result, conn));
    PQclear(result);
    return ok;
}

} // namespace dashboard::migrations
