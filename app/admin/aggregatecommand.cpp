#include "aggregatecommand.h"

#include "aggregation/aggregator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QRegularExpression>

#include <chrono>
#include <optional>

namespace dashboard::admin {

using aggregation::AggregationEvent;
using aggregation::Aggregator;

namespace {

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

    const auto db = openDatabase(parser.value(QStringLiteral("db")), console);
    if (!db)
        return Failure;

    Aggregator aggregator(*db);
    aggregator.setLockWaitLimit(std::chrono::minutes(lockWaitMinutes));

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
        case Kind::StepDone:
            pending << (event.rows >= 0 ? tr("%1 %2 (%n row(s))", nullptr, int(event.rows))
                                              .arg(event.step, seconds(event.milliseconds))
                                        : tr("%1 %2").arg(event.step, seconds(event.milliseconds)));
            break;
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
    return Success;
}

} // namespace dashboard::admin
