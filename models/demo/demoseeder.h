#pragma once

#include "demogenerator.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace dashboard::demo {

// Fills a demo database: checks that it may (schema migrated, connected as the owner of the
// dashboard tables, no non-demo users unless forced), removes the previous demo data, then
// loads every table with COPY, one table per transaction, in foreign-key order.
//
// Re-running with the same seed and end date gives the same rows (updated_at of the tables
// whose trigger stamps it excepted: that is the time of the load).
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    enum class Phase { Deleting, Loading, Analyzing };

    struct Progress
    {
        Phase phase = Phase::Loading;
        QString table;
        qint64 done = 0;  // rows so far (Deleting: 0 until the table is done)
        qint64 total = 0; // rows the table will have (Deleting: known when done)
        int step = 0;     // 1-based position of the table in its phase
        int steps = 0;
        bool finished = false; // the table is done
    };
    using ProgressCallback = std::function<void(const Progress &)>;

    struct TableResult
    {
        QString table;
        qint64 rows = 0;
        double seconds = 0;
    };

    struct Result
    {
        enum class Error {
            None,
            InvalidOptions,
            NotMigrated,
            NotOwner,
            Busy,               // another seed-demo is running on this database
            NonDemoUsers,       // refused: the database has users that are not demo users
            DepartmentConflict, // a non-demo department has a demo department's code or name
            DatabaseError,
        };
        Error error = Error::None;
        QString message;
        qint64 nonDemoUsers = 0;
        QStringList orphanedLogins; // login roles of demo users whose mapping was deleted
        QList<TableResult> deleted;
        double deleteSeconds = 0;
        QList<TableResult> loaded;
        double loadSeconds = 0;
        double analyzeSeconds = 0;

        bool ok() const { return error == Error::None; }
        qint64 rowsLoaded() const;
        qint64 rowsDeleted() const;
    };

    DemoSeeder(QSqlDatabase db, const SeedOptions &options);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    Result run();

private:
    QSqlDatabase m_db;
    SeedOptions m_options;
    ProgressCallback m_progress;
};

} // namespace dashboard::demo
