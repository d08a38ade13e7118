#include "seeddemocommand.h"

#include "demo/demoseeder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <cstdio>

#include <unistd.h>

namespace dashboard::admin {

using demo::DemoSeeder;
using demo::SeedOptions;

namespace {

// Progress on stderr: a bar redrawn in place on a terminal, a line every few seconds otherwise
// (logs and CI output stay readable).
class ProgressDisplay
{
    Q_DECLARE_TR_FUNCTIONS(SeedDemoCommand)

public:
    explicit ProgressDisplay(bool terminal)
        : m_terminal(terminal)
    {
    }

    void update(const DemoSeeder::Progress &progress)
    {
        using Phase = DemoSeeder::Phase;
        const bool newTable = progress.table != m_table || progress.phase != m_phase;
        if (newTable) {
            m_table = progress.table;
            m_phase = progress.phase;
            m_tableTimer.start();
            m_lastDraw.invalidate();
        }
        switch (progress.phase) {
        case Phase::Deleting:
            if (progress.finished)
                m_deleted += progress.done;
            if (m_terminal) {
                if (progress.finished && progress.step == progress.steps) {
                    draw(tr("removed %n earlier demo row(s)", nullptr, static_cast<int>(m_deleted)), false);
                    endLine();
                } else {
                    draw(tr("removing earlier demo data: %1 (%2/%3)").arg(progress.table).arg(progress.step).arg(progress.steps), false);
                }
            } else if (progress.finished && progress.done > 0) {
                line(tr("removed %n earlier demo row(s) from %1", nullptr, static_cast<int>(progress.done)).arg(progress.table));
            }
            break;
        case Phase::Loading: {
            const double seconds = m_tableTimer.nsecsElapsed() / 1e9;
            const qint64 rate = seconds > 0 ? static_cast<qint64>(progress.done / seconds) : 0;
            const int percent = progress.total > 0 ? static_cast<int>(100 * progress.done / progress.total) : 100;
            if (m_terminal) {
                if (!progress.finished && m_lastDraw.isValid() && m_lastDraw.elapsed() < 100)
                    return;
                constexpr int kWidth = 24;
                const int filled = progress.total > 0 ? static_cast<int>(kWidth * progress.done / progress.total) : kWidth;
                const QString bar = QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char('.'));
                draw(tr("loading %1 (%2/%3) [%4] %5 %  %6/%7 rows  %8 rows/s")
                         .arg(progress.table, -23)
                         .arg(progress.step)
                         .arg(progress.steps)
                         .arg(bar)
                         .arg(percent, 3)
                         .arg(progress.done)
                         .arg(progress.total)
                         .arg(rate),
                     true);
                if (progress.finished)
                    endLine();
            } else if (progress.finished) {
                line(tr("loaded %1: %2 rows in %3 s (%4 rows/s)")
                         .arg(progress.table)
                         .arg(progress.done)
                         .arg(seconds, 0, 'f', 2)
                         .arg(rate));
            } else if (!m_lastDraw.isValid() || m_lastDraw.elapsed() >= 5000) {
                if (m_lastDraw.isValid()) // not at the very start of a table
                    line(tr("loading %1: %2 % (%3/%4 rows, %5 rows/s)")
                             .arg(progress.table)
                             .arg(percent)
                             .arg(progress.done)
                             .arg(progress.total)
                             .arg(rate));
                m_lastDraw.start();
            }
            break;
        }
        case Phase::Analyzing:
            if (m_terminal) {
                draw(tr("refreshing the planner statistics (ANALYZE)"), false);
                if (progress.finished)
                    endLine();
            } else if (progress.finished) {
                line(tr("refreshed the planner statistics (ANALYZE) in %1 s").arg(m_tableTimer.nsecsElapsed() / 1e9, 0, 'f', 2));
            }
            break;
        }
    }

    // Leaves the current bar line before an error message is printed.
    void interrupt()
    {
        if (m_terminal && m_drawn)
            endLine();
    }

private:
    void draw(const QString &text, bool throttled)
    {
        // \r back to the start, then erase the rest of the previous, possibly longer, line.
        const QByteArray bytes = "\r" + text.toLocal8Bit() + "\033[K";
        std::fputs(bytes.constData(), stderr);
        std::fflush(stderr);
        m_drawn = true;
        if (throttled)
            m_lastDraw.start();
    }
    void endLine()
    {
        std::fputs("\n", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }
    void line(const QString &text)
    {
        const QByteArray bytes = QCoreApplication::applicationName().toLocal8Bit() + ": " + text.toLocal8Bit() + "\n";
        std::fputs(bytes.constData(), stderr);
        std::fflush(stderr);
    }

    bool m_terminal;
    bool m_drawn = false;
    qint64 m_deleted = 0;
    QString m_table;
    DemoSeeder::Phase m_phase = DemoSeeder::Phase::Deleting;
    QElapsedTimer m_tableTimer;
    QElapsedTimer m_lastDraw;
};

std::optional<int> positiveNumber(const QCommandLineParser &parser, const QString &option, int fallback, QString *error)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        *error = SeedDemoCommand::tr("--%1 expects a whole number, not '%2'").arg(option, parser.value(option));
        return std::nullopt;
    }
    return value;
}

QString rate(qint64 rows, double seconds)
{
    return seconds > 0 ? QString::number(static_cast<qint64>(rows / seconds)) : QStringLiteral("-");
}

} // namespace

QString SeedDemoCommand::summary() const
{
    return tr("Fill a demo database with realistic, deterministic demo data (refuses real data).");
}

void SeedDemoCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("instructors"), tr("Number of instructors (default 12)."), tr("N")});
    parser.addOption({QStringLiteral("students-per-instructor"), tr("Students of each instructor (default 80)."), tr("N")});
    parser.addOption({QStringLiteral("days"), tr("Days of practice history, ending on --end-date (default 120)."), tr("N")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed; the same seed and end date give identical data (default 1)."), tr("N")});
    parser.addOption({QStringLiteral("end-date"), tr("Last day of the history, YYYY-MM-DD (default: today, UTC)."), tr("date")});
    parser.addOption({QStringLiteral("departments"),
                      tr("Departments and their sub-units, CODE:SUB,SUB;CODE:SUB,... (default \"%1\").")
                          .arg(SeedOptions::defaultDepartmentsText()),
                      tr("spec")});
    parser.addOption({QStringLiteral("force"),
                      tr("Add the demo data even though the database has non-demo users (they are kept). Earlier demo "
                         "data is always replaced.")});
}

int SeedDemoCommand::run(const QCommandLineParser &parser, Console &console)
{
    SeedOptions options;
    QString error;
    const auto instructors = positiveNumber(parser, QStringLiteral("instructors"), options.instructors, &error);
    const auto perInstructor = instructors ? positiveNumber(parser, QStringLiteral("students-per-instructor"),
                                                            options.studentsPerInstructor, &error)
                                           : std::nullopt;
    const auto days = perInstructor ? positiveNumber(parser, QStringLiteral("days"), options.days, &error) : std::nullopt;
    if (!days) {
        console.error(error);
        return UsageError;
    }
    options.instructors = *instructors;
    options.studentsPerInstructor = *perInstructor;
    options.days = *days;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            console.error(tr("--seed expects a whole number from 0 to 18446744073709551615, not '%1'").arg(parser.value(QStringLiteral("seed"))));
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("end-date"))) {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = parser.value(QStringLiteral("end-date"));
        options.endDate = QDate::fromString(text, Qt::ISODate);
        if (!isoDate.match(text).hasMatch() || !options.endDate.isValid()) {
            console.error(tr("--end-date expects a date as YYYY-MM-DD, not '%1'").arg(text));
            return UsageError;
        }
    } else {
        options.endDate = QDateTime::currentDateTimeUtc().date();
    }
    if (parser.isSet(QStringLiteral("departments"))) {
        const auto departments = SeedOptions::parseDepartments(parser.value(QStringLiteral("departments")), &error);
        if (!departments) {
            console.error(tr("--departments: %1").arg(error));
            return UsageError;
        }
        options.departments = *departments;
    }
    options.force = parser.isSet(QStringLiteral("force"));
    if (const QString problem = options.validate(); !problem.isEmpty()) {
        console.error(problem);
        return UsageError;
    }

    const auto db = openDatabase(parser.value(QStringLiteral("db")), console);
    if (!db)
        return Failure;

    ProgressDisplay display(isatty(STDERR_FILENO) == 1);
    DemoSeeder seeder(*db, options);
    seeder.setProgressCallback([&display](const DemoSeeder::Progress &progress) { display.update(progress); });
    QElapsedTimer wall;
    wall.start();
    const DemoSeeder::Result result = seeder.run();
    display.interrupt();
    if (!result.ok()) {
        console.error(result.message);
        return result.error == DemoSeeder::Result::Error::InvalidOptions ? UsageError : Failure;
    }
    const double wallSeconds = wall.nsecsElapsed() / 1e9;

    if (!result.orphanedLogins.isEmpty())
        console.warning(tr("%n demo login role(s) lost their user when the earlier demo data was removed: %1. Drop them "
                           "(DROP ROLE) or they block granting these e-mails again.",
                           nullptr, static_cast<int>(result.orphanedLogins.size()))
                            .arg(result.orphanedLogins.join(QLatin1String(", "))));

    console.print(tr("Demo data: %1 instructors x %2 students, %3 days from %4 to %5, seed %6.")
                      .arg(options.instructors)
                      .arg(options.studentsPerInstructor)
                      .arg(options.days)
                      .arg(options.endDate.addDays(-(options.days - 1)).toString(Qt::ISODate), options.endDate.toString(Qt::ISODate))
                      .arg(options.seed));
    if (result.nonDemoUsers > 0)
        console.print(tr("%n non-demo user(s) kept (--force).", nullptr, static_cast<int>(result.nonDemoUsers)));
    const QString row = QStringLiteral("%1 %2 %3 %4");
    console.print(row.arg(tr("table"), -26).arg(tr("rows"), 12).arg(tr("seconds"), 9).arg(tr("rows/s"), 10));
    for (const auto &table : result.loaded)
        console.print(row.arg(table.table, -26).arg(table.rows, 12).arg(table.seconds, 9, 'f', 2).arg(rate(table.rows, table.seconds), 10));
    console.print(row.arg(tr("total"), -26)
                      .arg(result.rowsLoaded(), 12)
                      .arg(result.loadSeconds, 9, 'f', 2)
                      .arg(rate(result.rowsLoaded(), result.loadSeconds), 10));
    console.print(tr("Earlier demo data removed: %1 rows in %2 s. Statistics refreshed in %3 s. Total %4 s.")
                      .arg(result.rowsDeleted())
                      .arg(result.deleteSeconds, 0, 'f', 2)
                      .arg(result.analyzeSeconds, 0, 'f', 2)
                      .arg(wallSeconds, 0, 'f', 2));
    return Success;
}

} // namespace dashboard::admin
