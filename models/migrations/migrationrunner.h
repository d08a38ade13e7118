#pragma once

#include "migration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dashboard::migrations {

struct SqlStatement;

// A row of the history table.
struct AppliedMigration
{
    QString version;
    QString name;
    QString checksum;
    QDateTime appliedAt; // UTC
    QString appliedBy;
    int durationMs = 0;
};

struct MigrationState
{
    Migration migration;
    std::optional<AppliedMigration> applied;
    bool changedSinceApplied() const { return applied && applied->checksum != migration.checksum; }
};

// Applies the embedded migrations to a PostgreSQL database and records them in the
// history table `dashboard_schema_migrations`.
//
// - One transaction per file, except files marked "-- migrate: no-transaction"
//   (CREATE INDEX CONCURRENTLY cannot run in a transaction): their statements run one by
//   one, and an INVALID index left by an interrupted build is dropped and rebuilt.
// - Statements run one at a time through libpq so an error names its file and line.
// - An applied file whose checksum changed is refused before anything runs.
// - Concurrent runs serialise on an advisory lock; the second finds nothing to do.
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    static constexpr const char *kHistoryTable = "dashboard_schema_migrations";

    struct Options
    {
        bool withBaseline = false; // also apply the student-app baseline (demo/test databases)
        bool dryRun = false;       // print the plan, change nothing
    };

    using Logger = std::function<void(const QString &)>;

    MigrationRunner(QSqlDatabase db, QList<Migration> baseline, QList<Migration> dashboard);

    void setLogger(Logger logger) { m_log = std::move(logger); }

    // Brings the database up to date. Returns false with errorString() on any failure;
    // a failed file leaves nothing of itself behind (except already built concurrent indexes,
    // which the next run keeps or repairs).
    bool migrate(const Options &options);

    // Every known migration with its applied row, for `migrate --status`. Baseline files are
    // listed when applied here or when includeBaseline is set.
    std::optional<QList<MigrationState>> status(bool includeBaseline);

    // The student-app tables, types and columns the dashboard migrations build on and that
    // this database lacks ("table users", "column quiz_sessions.started_at", ...).
    QStringList missingStudentAppObjects();

    // Which of the student app's tables exist here.
    QStringList existingStudentAppTables();

    QString errorString() const { return m_error; }

private:
    bool lock();
    void unlock();
    bool ensureHistoryTable();
    std::optional<QList<AppliedMigration>> readHistory();
    bool apply(const Migration &migration);
    bool applyInTransaction(const Migration &migration, const QList<SqlStatement> &statements);
    bool applyStatementByStatement(const Migration &migration, const QList<SqlStatement> &statements);
    bool repairInvalidIndex(const Migration &migration, const SqlStatement &statement);
    bool record(const Migration &migration, qint64 durationMs);
    bool exec(const Migration *migration, const SqlStatement &statement);
    bool execSimple(const QString &sql);
    bool historyTableExists();
    void log(const QString &message) const;

    QSqlDatabase m_db;
    QList<Migration> m_baseline;
    QList<Migration> m_dashboard;
    Logger m_log;
    QString m_error;
};

} // namespace dashboard::migrations
