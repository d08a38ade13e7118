#include "migratecommand.h"

#include "migrations/migrationrunner.h"

#include <QCoreApplication>

namespace dashboard::admin {

QString MigrateCommand::summary() const
{
    return tr("Apply the database schema migrations (or show their status or plan).");
}

void MigrateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("status"), tr("List applied and pending migrations; change nothing.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Print what would be applied; change nothing.")});
    parser.addOption({QStringLiteral("with-student-app-baseline"),
                      tr("Also create the student app's own tables (users, quiz_sessions, voice_practice_sessions). "
                         "For demo and test databases only: a real deployment already has them.")});
}

int MigrateCommand::run(const QCommandLineParser &parser, Console &console)
{
    if (parser.isSet(QStringLiteral("status")) && parser.isSet(QStringLiteral("dry-run"))) {
        console.error(tr("--status and --dry-run cannot be combined"));
        return UsageError;
    }
    const bool withBaseline = parser.isSet(QStringLiteral("with-student-app-baseline"));

    QString loadError;
    const auto embedded = migrations::embeddedMigrations(true, &loadError);
    QList<migrations::Migration> baselineFiles;
    QList<migrations::Migration> dashboardFiles;
    for (const auto &migration : embedded)
        (migration.baseline ? baselineFiles : dashboardFiles).append(migration);
    if (!loadError.isEmpty()) {
        console.error(loadError);
        return Failure;
    }

    const auto db = openDatabase(parser.value(QStringLiteral("db")), console);
    if (!db)
        return Failure;

    migrations::MigrationRunner runner(*db, baselineFiles, dashboardFiles);
    runner.setLogger([&console](const QString &line) { console.print(line); });

    if (parser.isSet(QStringLiteral("status"))) {
        const auto states = runner.status(withBaseline);
        if (!states) {
            console.error(runner.errorString());
            return Failure;
        }
        int pending = 0;
        int changed = 0;
        for (const auto &state : *states) {
            QString line;
            if (!state.applied) {
                ++pending;
                line = tr("pending   %1").arg(state.migration.fileName);
            } else if (state.changedSinceApplied()) {
                ++changed;
                line = tr("CHANGED   %1 (applied %2, file differs from what was applied)")
                           .arg(state.migration.fileName, state.applied->appliedAt.toString(Qt::ISODate));
            } else {
                line = tr("applied   %1 (%2 by %3, %4 ms)")
                           .arg(state.migration.fileName, state.applied->appliedAt.toString(Qt::ISODate),
                                state.applied->appliedBy)
                           .arg(state.applied->durationMs);
            }
            console.print(line);
        }
        console.print(tr("%1 applied, %2 pending, %3 changed")
                          .arg(states->size() - pending)
                          .arg(pending)
                          .arg(changed));
        return changed > 0 ? Failure : Success;
    }

    migrations::MigrationRunner::Options options;
    options.withBaseline = withBaseline;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!runner.migrate(options)) {
        console.error(runner.errorString());
        return Failure;
    }
    return Success;
}

} // namespace dashboard::admin
