#include "aggregatecommand.h"

#include "aggregation/aggregator.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QElapsedTimer>
#include <QLocale>
#include <QRegularExpression>

#include <chrono>
#include <optional>

namespace dashboard::admin {

using aggregation::AggregationEvent;
using aggregation::Aggregator;

namespace {

// Exit status of `aggregate --verify` when the incremental refresh and the full recomputation differ.
constexpr int kVerifyDifferences = 3;

// "YYYY-MM-DD" exactly (QDate::fromString alone also takes "2024-1-5" and the like).
std::optional<QDate> parseDay(const QString &text)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!isoDate.match(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

QString seconds(qint64 milliseconds)
{
    return QStringLiteral("%1 s").arg(milliseconds / 1000.0, 0, 'f', 2);
}

} // namespace

QString AggregateCommand::summary() const
{
    return tr("Compute snapshots, analytics, student progress, risk and notifications for one or more days.");
}

void AggregateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("date"), tr("Aggregate this day only, YYYY-MM-DD (UTC)."), tr("day")});
    parser.addOption({QStringLiteral("from"), tr("First day of a range, YYYY-MM-DD (UTC); needs --to."), tr("day")});
    parser.addOption({QStringLiteral("to"), tr("Last day of a range, YYYY-MM-DD (UTC); needs --from. Student progress "
                                              "and risk are computed as of this day."),
                      tr("day")});
    parser.addOption({QStringLiteral("verify"),
                      tr("After the run, recompute student progress as of the last day from every session (the full "
                         "recomputation the incremental refresh replaces) and list every value that differs; exit "
                         "status 3 when any does.")});
    parser.addOption({QStringLiteral("jobs"),
                      tr("Transactions run side by side for the per-student work, each on its own connection and "
                         "its share of the students (default %1; 1 runs each step as one transaction). Up to the "
                         "server's CPU count is useful.")
                          .arg(Aggregator::kDefaultJobs),
                      tr("count")});
    parser.addOption({QStringLiteral("lock-wait"),
                      tr("Minutes to wait for another aggregate run on the same database (default 120)."),
                      tr("minutes")});
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("Without --date or --from/--to: yesterday and today (UTC). Re-running a day is safe: it gives the same "
             "rows and repeats no notification. Run it as the owner of the dashboard tables (the migration owner)."));
}

int AggregateCommand::run(const QCommandLineParser &parser, Console &console)
{
    const bool hasDate = parser.isSet(QStringLiteral("date"));
    const bool hasFrom = parser.isSet(QStringLiteral("from"));
    const bool hasTo = parser.isSet(QStringLiteral("to"));
    if (hasDate && (hasFrom || hasTo)) {
        console.error(tr("--date cannot be combined with --from or --to"));
        return UsageError;
    }
    if (hasFrom != hasTo) {
        console.error(tr("--from and --to go together (for one day use --date)"));
        return UsageError;
    }

    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate from = today.addDays(-1);
    QDate to = today;
    auto readDay = [&](const QString &option, QDate *day) {
        const QString text = parser.value(option);
        const auto parsed = parseDay(text);
        if (!parsed) {
            console.error(tr("--%1 expects a date as YYYY-MM-DD, not '%2'").arg(option, text));
            return false;
        }
        *day = *parsed;
        return true;
    };
    if (hasDate) {
        if (!readDay(QStringLiteral("date"), &from))
            return UsageError;
        to = from;
    } else if (hasFrom) {
        if (!readDay(QStringLiteral("from"), &from) || !readDay(QStringLiteral("to"), &to))
            return UsageError;
        if (from > to) {
            console.error(tr("--from %1 is after --to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
            return UsageError;
        }
        if (from.daysTo(to) + 1 > Aggregator::kMaxDays) {
            console.error(tr("--from %1 --to %2 spans %3 days; at most %4 at a time (split the range)")
                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                              .arg(from.daysTo(to) + 1)
                              .arg(Aggregator::kMaxDays));
            return UsageError;
        }
    }
    int lockWaitMinutes = 120;
    if (parser.isSet(QStringLiteral("lock-wait"))) {
        bool ok = false;
        lockWaitMinutes = parser.value(QStringLiteral("lock-wait")).toInt(&ok);
        if (!ok || lockWaitMinutes < 0) {
            console.error(tr("--lock-wait expects a number of minutes, not '%1'").arg(parser.value(QStringLiteral("lock-wait"))));
            return UsageError;
        }
    }

    int jobs = Aggregator::kDefaultJobs;
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || jobs < 1 || jobs > Aggregator::kMaxJobs) {
            console.error(tr("--jobs expects a number from 1 to %1, not '%2'")
                              .arg(Aggregator::kMaxJobs)
                              .arg(parser.value(QStringLiteral("jobs"))));
            return UsageError;
        }
    }

    const auto db = openDatabase(parser.value(QStringLiteral("db")), console);
    if (!db)
        return Failure;

    Aggregator aggregator(*db);
    aggregator.setLockWaitLimit(std::chrono::minutes(lockWaitMinutes));
    aggregator.setJobs(jobs);

    // One line per day of phases (a) and (d) and per phase (b), (c), with each step's time.
    QStringList pending;
    aggregator.setCallback([&](const AggregationEvent &event) {
        using Kind = AggregationEvent::Kind;
        switch (event.kind) {
        case Kind::Waiting:
        case Kind::Started:
            console.print(event.message);
            break;
        case Kind::Retrying:
            console.warning(event.message);
            pending.clear();
            break;
        case Kind::Notice:
            console.print(event.message);
            break;
        case Kind::StepDone:
            pending << (event.rows >= 0 ? tr("%1 %2 (%n row(s))", nullptr, int(event.rows))
                                              .arg(event.step, seconds(event.milliseconds))
                                        : tr("%1 %2").arg(event.step, seconds(event.milliseconds)));
            break;
        case Kind::FactsDone: {
            const QString part = event.rows >= 0 ? tr("%1 %2 (%n row(s))", nullptr, int(event.rows))
                                                       .arg(event.step, seconds(event.milliseconds))
                                                 : tr("%1 %2").arg(event.step, seconds(event.milliseconds));
            if (event.phase == QLatin1Char('a')) {
                pending << part;
            } else if (event.day.isValid()) {
                // A transaction of its own: the facts of a day before the run's first day.
                console.print(tr("%1  %2 (facts only)").arg(event.day.toString(Qt::ISODate), part));
            } else {
                console.print(tr("every day  %1 (facts recomputed)").arg(part));
            }
            break;
        }
        case Kind::Committed:
            console.print(tr("%1  %2  total %3")
                              .arg(event.day.toString(Qt::ISODate), pending.join(QLatin1String(", ")),
                                   seconds(event.milliseconds)));
            pending.clear();
            break;
        }
    });

    QElapsedTimer timer;
    timer.start();
    if (!aggregator.run(from, to)) {
        console.error(aggregator.errorString());
        return Failure;
    }
    console.print(tr("Done in %1.").arg(seconds(timer.elapsed())));
    if (!parser.isSet(QStringLiteral("verify")))
        return Success;

    // The full recomputation as of the last day, compared with what the run wrote.
    QElapsedTimer verifyTimer;
    verifyTimer.start();
    const auto differences = aggregator.verify(to);
    if (!differences) {
        console.error(aggregator.errorString());
        return Failure;
    }
    if (differences->isEmpty()) {
        console.print(tr("Verified as of %1: student progress equals the full recomputation for every student (%2).")
                          .arg(to.toString(Qt::ISODate), seconds(verifyTimer.elapsed())));
        return Success;
    }
    QSet<QString> students;
    QMap<QString, int> perColumn;
    for (const auto &difference : *differences) {
        students.insert(difference.studentId);
        ++perColumn[difference.column];
    }
    constexpr int kShown = 50;
    for (qsizetype i = 0; i < differences->size() && i < kShown; ++i) {
        const auto &difference = differences->at(i);
        console.print(tr("  %1  %2: stored %3, full recomputation %4")
                          .arg(difference.studentId, difference.column,
                               difference.stored.isNull() ? QStringLiteral("NULL") : difference.stored,
                               difference.reference.isNull() ? QStringLiteral("NULL") : difference.reference));
    }
    if (differences->size() > kShown)
        console.print(tr("  … and more: %1 values in all").arg(differences->size()));
    QStringList columns;
    for (auto it = perColumn.cbegin(); it != perColumn.cend(); ++it)
        columns << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    console.error(tr("verify as of %1: students differing from the full recomputation: %2 (values per column: %3). "
                     "Sessions that arrived or changed after their day was aggregated are counted once that day is "
                     "aggregated again: run aggregate --from <that day> --to %1.")
                      .arg(to.toString(Qt::ISODate))
                      .arg(students.size())
                      .arg(columns.join(QLatin1String(", "))));
    return kVerifyDifferences;
}

} // namespace dashboard::admin
