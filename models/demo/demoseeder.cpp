#include "demoseeder.h"

#include "db/copywriter.h"
#include "demorepository.h"

#include <QElapsedTimer>

namespace dashboard::demo {

namespace {

using Error = DemoSeeder::Result::Error;

DemoSeeder::Result failure(Error error, const QString &message)
{
    DemoSeeder::Result result;
    result.error = error;
    result.message = message;
    return result;
}

// Releases the advisory lock however run() ends.
struct LockGuard
{
    DemoRepository *repository;
    ~LockGuard() { repository->unlock(); }
};

} // namespace

qint64 DemoSeeder::Result::rowsLoaded() const
{
    qint64 rows = 0;
    for (const auto &table : loaded)
        rows += table.rows;
    return rows;
}

qint64 DemoSeeder::Result::rowsDeleted() const
{
    qint64 rows = 0;
    for (const auto &table : deleted)
        rows += table.rows;
    return rows;
}

DemoSeeder::DemoSeeder(QSqlDatabase db, const SeedOptions &options)
    : m_db(std::move(db))
    , m_options(options)
{
}

DemoSeeder::Result DemoSeeder::run()
{
    if (const QString problem = m_options.validate(); !problem.isEmpty())
        return failure(Error::InvalidOptions, problem);

    DemoRepository repository(m_db);
    const auto schema = repository.schemaProblem();
    if (!schema)
        return failure(Error::DatabaseError, tr("checking the schema failed: %1").arg(repository.errorString()));
    if (!schema->isEmpty())
        return failure(Error::NotMigrated, *schema);
    const auto ownership = repository.ownershipProblem();
    if (!ownership)
        return failure(Error::DatabaseError, tr("checking the connected role failed: %1").arg(repository.errorString()));
    if (!ownership->isEmpty())
        return failure(Error::NotOwner, *ownership);

    bool locked = false;
    if (!repository.tryLock(&locked))
        return failure(Error::DatabaseError, tr("taking the seed-demo lock failed: %1").arg(repository.errorString()));
    if (!locked)
        return failure(Error::Busy, tr("another seed-demo is running on this database; nothing was changed"));
    LockGuard unlockOnExit{&repository};

    const auto nonDemo = repository.nonDemoUserCount();
    if (!nonDemo)
        return failure(Error::DatabaseError, tr("counting the users failed: %1").arg(repository.errorString()));
    if (*nonDemo > 0 && !m_options.force) {
        Result result = failure(Error::NonDemoUsers,
                                tr("the database has %n non-demo user(s) (e-mail not ending in %1); seed-demo only writes "
                                   "to demo databases and changed nothing. --force adds the demo data anyway and keeps "
                                   "those users.",
                                   nullptr, static_cast<int>(*nonDemo))
                                    .arg(QString::fromLatin1(kDemoEmailSuffix)));
        result.nonDemoUsers = *nonDemo;
        return result;
    }

    const DemoGenerator generator(m_options);
    const auto conflicts = repository.conflictingDepartments(generator.departmentCodes(), generator.departmentNames());
    if (!conflicts)
        return failure(Error::DatabaseError, tr("checking the departments failed: %1").arg(repository.errorString()));
    if (!conflicts->isEmpty())
        return failure(Error::DepartmentConflict,
                       tr("departments that are not demo data already use the demo departments' codes or names: %1; "
                          "choose other codes with --departments. Nothing was changed.")
                           .arg(conflicts->join(QLatin1String(", "))));
    const auto logins = repository.demoLogins();
    if (!logins)
        return failure(Error::DatabaseError, tr("checking the logins failed: %1").arg(repository.errorString()));

    Result result;
    result.nonDemoUsers = *nonDemo;
    result.orphanedLogins = *logins;

    // 1. Remove the previous demo data, children first, one statement (transaction) per table.
    const QStringList deleteOrder = DemoRepository::deleteOrder();
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    for (int i = 0; i < deleteOrder.size(); ++i) {
        const QString &table = deleteOrder[i];
        Progress progress{Phase::Deleting, table, 0, 0, i + 1, static_cast<int>(deleteOrder.size()), false};
        if (m_progress)
            m_progress(progress);
        QElapsedTimer timer;
        timer.start();
        const auto deleted = repository.deleteDemoRows(table, *nonDemo == 0);
        if (!deleted)
            return failure(Error::DatabaseError, repository.errorString());
        result.deleted.append({table, *deleted, timer.nsecsElapsed() / 1e9});
        progress.done = progress.total = *deleted;
        progress.finished = true;
        if (m_progress)
            m_progress(progress);
    }
    result.deleteSeconds = phaseTimer.nsecsElapsed() / 1e9;

    // 2. Load, parents first; each table is one COPY, committed on its own.
    const QList<DemoTable> tables = DemoGenerator::tables();
    phaseTimer.restart();
    QStringList loadedTables;
    for (int i = 0; i < tables.size(); ++i) {
        const DemoTable table = tables[i];
        const QString name = DemoGenerator::tableName(table);
        QElapsedTimer timer;
        timer.start();
        Progress progress{Phase::Loading, name, 0, generator.rowCount(table), i + 1, static_cast<int>(tables.size()), false};
        if (m_progress)
            m_progress(progress);
        const auto stopped = [&loadedTables](const QString &why) {
            if (loadedTables.isEmpty())
                return why;
            return why + QLatin1Char(' ')
                   + tr("(%1 were loaded before it; run seed-demo again to replace them)").arg(loadedTables.join(QLatin1String(", ")));
        };
        db::CopyWriter writer(m_db);
        if (!writer.begin(name, DemoGenerator::columns(table)))
            return failure(Error::DatabaseError, stopped(writer.errorString()));
        const bool written = generator.write(table, writer, [&](qint64 rows) {
            if (m_progress) {
                progress.done = rows;
                m_progress(progress);
            }
        });
        if (!written || !writer.finish()) {
            writer.abort(QStringLiteral("seed-demo stopped"));
            return failure(Error::DatabaseError, stopped(writer.errorString()));
        }
        if (writer.rowsCopied() != writer.rowsWritten())
            return failure(Error::DatabaseError, tr("COPY into %1 stored %2 rows of %3").arg(name).arg(writer.rowsCopied()).arg(writer.rowsWritten()));
        result.loaded.append({name, writer.rowsCopied(), timer.nsecsElapsed() / 1e9});
        loadedTables << name;
        progress.done = progress.total = writer.rowsCopied();
        progress.finished = true;
        if (m_progress)
            m_progress(progress);
    }
    result.loadSeconds = phaseTimer.nsecsElapsed() / 1e9;

    // 3. Fresh statistics, so the first aggregate run plans its joins on the real sizes.
    phaseTimer.restart();
    if (m_progress)
        m_progress({Phase::Analyzing, QString(), 0, static_cast<qint64>(loadedTables.size()), 1, 1, false});
    if (!repository.analyze(loadedTables))
        return failure(Error::DatabaseError, tr("refreshing the statistics failed: %1").arg(repository.errorString()));
    result.analyzeSeconds = phaseTimer.nsecsElapsed() / 1e9;
    if (m_progress)
        m_progress({Phase::Analyzing, QString(), static_cast<qint64>(loadedTables.size()), static_cast<qint64>(loadedTables.size()), 1, 1, true});
    return result;
}

} // namespace dashboard::demo
