#include "purgecommand.h"

#include "retention/purger.h"

#include <QList>
#include <QPair>
#include <QSet>

#include <algorithm>

namespace dashboard::admin {

using retention::Purger;
using retention::PurgeTableResult;
using retention::RetentionChange;

namespace {

// Left-aligned columns, two spaces apart; numbers right-aligned.
void printTable(const QList<QStringList> &rows, const QList<bool> &numeric, Console &console)
{
    if (rows.isEmpty())
        return;
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                line += QLatin1String("  ");
            const bool last = column == row.size() - 1;
            if (numeric.value(column))
                line += row.at(column).rightJustified(widths[column]);
            else
                line += last ? row.at(column) : row.at(column).leftJustified(widths[column]);
        }
        console.print(line);
    }
}

} // namespace

QString PurgeCommand::summary() const
{
    return tr("Delete rows past their retention period (audit and system logs, snapshots, analytics, messages).");
}

void PurgeCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Deletes the rows that are older than their table's retention period in dashboard_retention_policies "
           "(audit_logs 7 years, progress_snapshots 2 years, system_logs 90 days, analytics_daily and module_analytics "
           "3 years, messages 1 year, unless changed), in batches, each in a short transaction of its own, and reports "
           "what it removed per table.\n"
           "It runs only as the role dashboard_retention (SET ROLE): connect with a login that is a member of it, not "
           "as the migration owner or a superuser. The database's own retention policies then bound what it can "
           "delete. Create such a login once, as the migration owner:\n"
           "  CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention;  then in psql: \\password purge_job\n"
           "With --set it changes retention periods instead (as an administrator's login or the migration owner; "
           "the change is audited) and deletes nothing."));
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Count the rows that would be deleted and delete nothing. With --set: check and show the "
                         "change, change nothing.")});
    parser.addOption({QStringLiteral("batch-size"),
                      tr("Delete at most N rows per statement and transaction (default %1, at most %2).")
                          .arg(Purger::kDefaultBatchSize)
                          .arg(Purger::kMaximumBatchSize),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("set"),
                      tr("Keep the rows of TABLE for INTERVAL from now on, e.g. --set messages=\"18 months\" (any "
                         "positive PostgreSQL interval). Repeatable. Tables: %1.")
                          .arg(retention::retentionTableNames().join(QLatin1String(", "))),
                      QStringLiteral("TABLE=INTERVAL")});
}

int PurgeCommand::run(const QCommandLineParser &parser, Console &console)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QStringList sets = parser.values(QStringLiteral("set"));

    // --set: change the periods, delete nothing.
    if (!sets.isEmpty()) {
        if (parser.isSet(QStringLiteral("batch-size"))) {
            console.error(tr("--set and --batch-size cannot be combined: --set changes retention periods and deletes nothing"));
            return UsageError;
        }
        QList<QPair<QString, QString>> changes;
        QSet<QString> seen;
        for (const QString &set : sets) {
            const qsizetype equals = set.indexOf(QLatin1Char('='));
            const QString table = set.left(equals).trimmed();
            const QString interval = equals < 0 ? QString() : set.mid(equals + 1).trimmed();
            if (equals < 0 || table.isEmpty() || interval.isEmpty()) {
                console.error(tr("invalid --set '%1': use TABLE=INTERVAL, e.g. --set messages=\"18 months\"").arg(set));
                return UsageError;
            }
            if (!retention::findRetentionTable(table)) {
                console.error(tr("unknown table '%1' for --set: use one of %2")
                                  .arg(table, retention::retentionTableNames().join(QLatin1String(", "))));
                return UsageError;
            }
            if (seen.contains(table)) {
                console.error(tr("--set names %1 twice").arg(table));
                return UsageError;
            }
            seen.insert(table);
            changes.append({table, interval});
        }
        const auto db = openDatabase(parser.value(QStringLiteral("db")), console);
        if (!db)
            return Failure;
        Purger purger(*db);
        QList<RetentionChange> applied;
        if (!purger.setRetention(changes, dryRun, &applied)) {
            console.error(purger.errorString());
            return Failure;
        }
        for (const RetentionChange &change : std::as_const(applied)) {
            if (change.oldKeepFor == change.newKeepFor) {
                console.print(tr("%1: kept for %2 (unchanged)").arg(change.table, change.oldKeepFor));
                continue;
            }
            console.print(tr("%1: kept for %2 → %3").arg(change.table, change.oldKeepFor, change.newKeepFor));
            if (change.shorter)
                console.warning(tr("%1 is kept for less time than before: the next purge deletes its rows older than %2")
                                    .arg(change.table, change.newKeepFor));
        }
        console.print(dryRun ? tr("Dry run: nothing was changed.") : tr("Retention periods saved (the change is audited)."));
        return Success;
    }

    int batchSize = Purger::kDefaultBatchSize;
    if (parser.isSet(QStringLiteral("batch-size"))) {
        bool ok = false;
        batchSize = parser.value(QStringLiteral("batch-size")).trimmed().toInt(&ok);
        if (!ok || batchSize < 1 || batchSize > Purger::kMaximumBatchSize) {
            console.error(tr("invalid --batch-size '%1': use a whole number from 1 to %2")
                              .arg(parser.value(QStringLiteral("batch-size")))
                              .arg(Purger::kMaximumBatchSize));
            return UsageError;
        }
    }

    const auto db = openDatabase(parser.value(QStringLiteral("db")), console);
    if (!db)
        return Failure;
    Purger purger(*db);
    if (!purger.enterRetentionRole()) {
        console.error(purger.errorString());
        return Failure;
    }

    console.print(dryRun ? tr("Dry run as login %1 (role dashboard_retention): counting rows past their retention period; "
                              "nothing is deleted.")
                               .arg(purger.loginName())
                         : tr("Purging rows past their retention period as login %1 (role dashboard_retention), at most %2 "
                              "rows per batch.")
                               .arg(purger.loginName())
                               .arg(batchSize));
    for (const QString &table : purger.unknownPolicyTables())
        console.warning(tr("dashboard_retention_policies has a period for %1, which purge does not know; it is ignored").arg(table));

    QList<PurgeTableResult> results;
    const bool ok = purger.purge(dryRun, batchSize, &results);

    QList<QStringList> rows;
    rows << (dryRun ? QStringList{tr("TABLE"), tr("KEPT FOR"), tr("CUT-OFF (UTC)"), tr("WOULD DELETE")}
                    : QStringList{tr("TABLE"), tr("KEPT FOR"), tr("CUT-OFF (UTC)"), tr("DELETED"), tr("BATCHES")});
    qint64 total = 0;
    int batches = 0;
    for (const PurgeTableResult &result : std::as_const(results)) {
        total += result.rows;
        batches += result.batches;
        QStringList row{result.table, result.hasPolicy ? result.keepFor : tr("no policy"),
                        result.hasPolicy ? result.cutoff.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-"),
                        QString::number(result.rows)};
        if (!result.complete)
            row.last() += tr(" (stopped here)");
        if (!dryRun)
            row << QString::number(result.batches);
        rows << row;
    }
    // The total as a row of the table: numbers in columns need no plural forms.
    QStringList totalRow{tr("TOTAL"), QString(), QString(), QString::number(total)};
    if (!dryRun)
        totalRow << QString::number(batches);
    rows << totalRow;
    printTable(rows, dryRun ? QList<bool>{false, false, false, true} : QList<bool>{false, false, false, true, true}, console);

    if (!ok) {
        console.error(dryRun ? tr("%1. Nothing was deleted.").arg(purger.errorString())
                             : tr("%1. The batches committed before it stay deleted (DELETED above).")
                                   .arg(purger.errorString()));
        return Failure;
    }
    console.print(dryRun ? tr("Dry run: nothing was deleted.") : tr("Done."));
    return Success;
}

} // namespace dashboard::admin
