// aggregate_vs_loop: times `aggregate` of one day against a straightforward per-student loop that
// computes the same progress_snapshots and student_progress values in C++, and checks that the
// loop wrote exactly what the aggregation wrote.
//
// Run it on an already seeded demo database (it writes to it, like `aggregate` does), as the owner
// of the dashboard tables. benchmarks/README.md has the commands.
#include "aggregation/aggregator.h"
#include "db/connectionsettings.h"
#include "db/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Bench
{
    Q_DECLARE_TR_FUNCTIONS(Bench)
};

// round(x::numeric, 2) and round(x::numeric): half away from zero. The nudge absorbs the binary
// representation error of values such as 1.005 that numeric holds exactly.
double round2(double value)
{
    return std::round(value * 100.0 + (value >= 0 ? 1e-7 : -1e-7)) / 100.0;
}

long long roundWhole(double value)
{
    return std::llround(value + (value >= 0 ? 1e-9 : -1e-9));
}

struct Quiz
{
    QString module;
    QString category;
    QString difficulty;
    std::optional<double> score;
    int questions = 0;
    int correct = 0;
    QDateTime started;
    std::optional<QDateTime> completed;
};

struct Voice
{
    std::optional<double> score;
    std::optional<double> accuracy;
    int duration = 0;
    QDateTime created;
};

struct Snapshot
{
    QDate day;
    int minutes = 0;
    double overall = 0;
};

QDateTime utc(const QVariant &value)
{
    QDateTime dateTime = value.toDateTime();
    dateTime.setTimeSpec(Qt::UTC);
    return dateTime;
}

QDateTime startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

bool run(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    err << what << ": " << query.lastError().text() << Qt::endl;
    return false;
}

// The overall score as of `end`: average of the `window` most recent scored sessions.
double overallScore(const QList<Quiz> &quiz, const QList<Voice> &voice, const QDateTime &end, int window, bool *any)
{
    QList<QPair<QDateTime, double>> scored;
    for (const Quiz &q : quiz) {
        if (q.completed && *q.completed < end && q.score)
            scored.append({*q.completed, *q.score});
    }
    for (const Voice &v : voice) {
        if (v.created < end && v.score)
            scored.append({v.created, *v.score});
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    *any = !scored.isEmpty();
    const qsizetype n = std::min<qsizetype>(window, scored.size());
    if (n == 0)
        return 0;
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += scored[i].second;
    return round2(sum / double(n));
}

QString fingerprintSql()
{
    return QStringLiteral(
        "SELECT (SELECT count(*) || ':' || md5(coalesce(string_agg(x, '|' ORDER BY x), '')) "
        "          FROM (SELECT (to_jsonb(p) - 'id' - 'created_at' - 'updated_at')::text AS x "
        "                  FROM progress_snapshots p WHERE p.snapshot_date = ?) s), "
        "       (SELECT count(*) || ':' || md5(coalesce(string_agg(x, '|' ORDER BY x), '')) "
        "          FROM (SELECT (to_jsonb(p) - 'id' - 'created_at' - 'updated_at')::text AS x "
        "                  FROM student_progress p) s)");
}

QStringList fingerprint(QSqlDatabase db, QDate day)
{
    QSqlQuery query(db);
    query.prepare(fingerprintSql());
    query.addBindValue(day);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aggregate_vs_loop"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Bench::tr("Times `aggregate --date D` against a per-student loop computing the same "
                                               "snapshots and student progress of D, on a seeded database."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Bench::tr("Connection (URI, keyword/value, service); default: libpq environment."),
                      Bench::tr("connection")});
    parser.addOption({QStringLiteral("date"), Bench::tr("The day, YYYY-MM-DD (default: the last day with quiz sessions)."),
                      Bench::tr("day")});
    parser.addOption({QStringLiteral("sample"),
                      Bench::tr("Run the loop for the first N students only and extrapolate its time (no value check)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("keep"),
                      Bench::tr("Leave the loop's rows in the database (to compare them); do not run aggregate again.")});
    parser.process(app);
    const bool keep = parser.isSet(QStringLiteral("keep"));

    dashboard::db::ConnectionSettings settings;
    if (parser.isSet(QStringLiteral("db"))) {
        QString error;
        const auto parsed = dashboard::db::ConnectionSettings::parse(parser.value(QStringLiteral("db")), &error);
        if (!parsed) {
            err << error << Qt::endl;
            return 2;
        }
        settings = *parsed;
    }
    dashboard::db::ConnectionError connectionError;
    QSqlDatabase db = dashboard::db::Database::open(settings, QStringLiteral("bench"), &connectionError);
    if (connectionError.isError()) {
        err << connectionError.summary() << Qt::endl;
        return 1;
    }

    QDate day;
    if (parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    } else {
        QSqlQuery last(db);
        if (last.exec(QStringLiteral("SELECT max(started_at)::date FROM quiz_sessions")) && last.next())
            day = last.value(0).toDate();
    }
    if (!day.isValid()) {
        err << "no day to aggregate (give --date YYYY-MM-DD)" << Qt::endl;
        return 2;
    }
    const int sample = parser.value(QStringLiteral("sample")).toInt();

    QSqlQuery counts(db);
    counts.exec(QStringLiteral("SELECT (SELECT count(*) FROM users WHERE role = 'USER'), (SELECT count(*) FROM quiz_sessions), "
                               "(SELECT count(*) FROM voice_practice_sessions)"));
    counts.next();
    const int studentCount = counts.value(0).toInt();
    out << "database: " << studentCount << " students, " << counts.value(1).toLongLong() << " quiz sessions, "
        << counts.value(2).toLongLong() << " voice sessions; day " << day.toString(Qt::ISODate) << Qt::endl;

    // 1. aggregate --date D, in process (the same code as the admin tool).
    dashboard::aggregation::Aggregator aggregator(db);
    qint64 snapshotAndProgressMs = 0;
    aggregator.setCallback([&](const dashboard::aggregation::AggregationEvent &event) {
        using Kind = dashboard::aggregation::AggregationEvent::Kind;
        if (event.kind == Kind::Notice) {
            out << "  " << event.message << Qt::endl;
            return;
        }
        if (event.kind != Kind::StepDone && event.kind != Kind::FactsDone)
            return;
        out << "  " << event.step << (event.phase == QLatin1Char('0') ? " (facts of an earlier day)" : "") << ": "
            << event.milliseconds << " ms" << Qt::endl;
        // The per-student facts of the day are the refresh's own bookkeeping: part of what the loop
        // replaces, so they count with the snapshots and the refresh.
        if (event.step == QLatin1String("snapshots") || event.step == QLatin1String("student_progress")
            || event.step == QLatin1String("student_days"))
            snapshotAndProgressMs += event.milliseconds;
    });
    QElapsedTimer timer;
    timer.start();
    if (!aggregator.run(day, day)) {
        err << "aggregate failed: " << aggregator.errorString() << Qt::endl;
        return 1;
    }
    const qint64 aggregateMs = timer.elapsed();
    out << "aggregate --date " << day.toString(Qt::ISODate) << ": " << aggregateMs << " ms" << Qt::endl;
    const QStringList expected = fingerprint(db, day);

    // 2. The loop: per student, select their sessions and snapshots, compute, upsert.
    QHash<QString, double> setting;
    QSqlQuery read(db);
    read.exec(QStringLiteral("SELECT name, value FROM dashboard_aggregation_settings"));
    while (read.next())
        setting.insert(read.value(0).toString(), read.value(1).toDouble());
    QHash<QString, QPair<double, double>> factor; // threshold, weight
    read.exec(QStringLiteral("SELECT factor, threshold, weight FROM dashboard_risk_factors"));
    while (read.next())
        factor.insert(read.value(0).toString(), {read.value(1).toDouble(), read.value(2).toDouble()});
    const double passScore = setting.value(QStringLiteral("pass_score"));
    const int window = int(setting.value(QStringLiteral("overall_window_sessions")));
    const double consistencyDays = setting.value(QStringLiteral("consistency_window_days"));
    const QDateTime endOfDay = startOf(day.addDays(1));

    timer.restart();
    // Once, not per student: the modules of each category in everybody's sessions.
    QHash<QString, int> catalog;
    read.prepare(QStringLiteral("SELECT q.category::text, count(DISTINCT q.module_id) FROM quiz_sessions q "
                                "JOIN users u ON u.id = q.user_id AND u.role = 'USER' WHERE q.started_at < ? GROUP BY 1"));
    read.addBindValue(endOfDay);
    if (!run(read, "catalog"))
        return 1;
    while (read.next())
        catalog.insert(read.value(0).toString(), read.value(1).toInt());

    QSqlQuery students(db);
    students.setForwardOnly(true);
    students.exec(QStringLiteral("SELECT u.id, sp.target_score, sp.target_date, "
                                 "(SELECT count(*) FROM assignment_submissions s WHERE s.student_id = u.id AND s.status = 'OVERDUE') "
                                 "FROM users u LEFT JOIN student_progress sp ON sp.student_id = u.id "
                                 "WHERE u.role = 'USER' ORDER BY u.id"));
    struct Student
    {
        QString id;
        std::optional<double> target;
        std::optional<QDateTime> targetDate;
        int overdue = 0;
    };
    QList<Student> list;
    while (students.next()) {
        Student s;
        s.id = students.value(0).toString();
        if (!students.value(1).isNull())
            s.target = students.value(1).toDouble();
        if (!students.value(2).isNull())
            s.targetDate = utc(students.value(2));
        s.overdue = students.value(3).toInt();
        list.append(s);
        if (sample > 0 && list.size() >= sample)
            break;
    }
    students.finish();

    QSqlQuery quizQuery(db);
    quizQuery.prepare(QStringLiteral("SELECT module_id, category::text, difficulty::text, score, questions_answered, correct_answers, "
                                     "started_at, completed_at FROM quiz_sessions WHERE user_id = ? AND started_at < ?"));
    QSqlQuery voiceQuery(db);
    voiceQuery.prepare(QStringLiteral("SELECT score, accuracy, duration, created_at FROM voice_practice_sessions "
                                      "WHERE user_id = ? AND created_at < ?"));
    QSqlQuery snapshotQuery(db);
    snapshotQuery.prepare(QStringLiteral("SELECT snapshot_date, total_time_spent, overall_score FROM progress_snapshots "
                                         "WHERE student_id = ? AND snapshot_date < ? ORDER BY snapshot_date"));
    QSqlQuery snapshotUpsert(db);
    snapshotUpsert.prepare(QStringLiteral(
        "INSERT INTO progress_snapshots (id, student_id, snapshot_date, sessions_completed, total_time_spent, questions_answered, "
        "  correct_answers, daily_accuracy, overall_score, improvement_delta, peak_activity_hour, session_count, avg_session_length) "
        "VALUES (dashboard_new_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (student_id, snapshot_date) DO UPDATE SET sessions_completed = EXCLUDED.sessions_completed, "
        "  total_time_spent = EXCLUDED.total_time_spent, questions_answered = EXCLUDED.questions_answered, "
        "  correct_answers = EXCLUDED.correct_answers, daily_accuracy = EXCLUDED.daily_accuracy, "
        "  overall_score = EXCLUDED.overall_score, improvement_delta = EXCLUDED.improvement_delta, "
        "  peak_activity_hour = EXCLUDED.peak_activity_hour, session_count = EXCLUDED.session_count, "
        "  avg_session_length = EXCLUDED.avg_session_length"));
    QSqlQuery progressUpsert(db);
    progressUpsert.prepare(QStringLiteral(
        "INSERT INTO student_progress (id, student_id, overall_score, completion_rate, current_streak, longest_streak, "
        "  quiz_accuracy, voice_accuracy, codes_progress, phonetic_progress, protocol_progress, total_time_spent, "
        "  average_session_time, last_active_at, improvement_rate, consistency_score, difficulty_level, risk_score, "
        "  risk_factors, last_risk_evaluation, goal_achieved, created_at) "
        "VALUES (dashboard_new_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::\"DifficultyLevel\", ?, "
        "        coalesce(string_to_array(?, ','), '{}'), ?, ?, now() AT TIME ZONE 'UTC') "
        "ON CONFLICT (student_id) DO UPDATE SET overall_score = EXCLUDED.overall_score, completion_rate = EXCLUDED.completion_rate, "
        "  current_streak = EXCLUDED.current_streak, longest_streak = EXCLUDED.longest_streak, quiz_accuracy = EXCLUDED.quiz_accuracy, "
        "  voice_accuracy = EXCLUDED.voice_accuracy, codes_progress = EXCLUDED.codes_progress, "
        "  phonetic_progress = EXCLUDED.phonetic_progress, protocol_progress = EXCLUDED.protocol_progress, "
        "  total_time_spent = EXCLUDED.total_time_spent, average_session_time = EXCLUDED.average_session_time, "
        "  last_active_at = EXCLUDED.last_active_at, improvement_rate = EXCLUDED.improvement_rate, "
        "  consistency_score = EXCLUDED.consistency_score, difficulty_level = EXCLUDED.difficulty_level, "
        "  risk_score = EXCLUDED.risk_score, risk_factors = EXCLUDED.risk_factors, "
        "  last_risk_evaluation = EXCLUDED.last_risk_evaluation, goal_achieved = EXCLUDED.goal_achieved"));

    const QDateTime endMinus30 = startOf(day.addDays(-29));
    for (const Student &student : list) {
        QList<Quiz> quiz;
        quizQuery.addBindValue(student.id);
        quizQuery.addBindValue(endOfDay);
        if (!run(quizQuery, "quiz sessions"))
            return 1;
        while (quizQuery.next()) {
            Quiz q;
            q.module = quizQuery.value(0).toString();
            q.category = quizQuery.value(1).toString();
            q.difficulty = quizQuery.value(2).toString();
            if (!quizQuery.value(3).isNull())
                q.score = quizQuery.value(3).toDouble();
            q.questions = quizQuery.value(4).toInt();
            q.correct = quizQuery.value(5).toInt();
            q.started = utc(quizQuery.value(6));
            if (!quizQuery.value(7).isNull())
                q.completed = utc(quizQuery.value(7));
            quiz.append(q);
        }
        QList<Voice> voice;
        voiceQuery.addBindValue(student.id);
        voiceQuery.addBindValue(endOfDay);
        if (!run(voiceQuery, "voice sessions"))
            return 1;
        while (voiceQuery.next()) {
            Voice v;
            if (!voiceQuery.value(0).isNull())
                v.score = voiceQuery.value(0).toDouble();
            if (!voiceQuery.value(1).isNull())
                v.accuracy = voiceQuery.value(1).toDouble();
            v.duration = voiceQuery.value(2).toInt();
            v.created = utc(voiceQuery.value(3));
            voice.append(v);
        }
        QList<Snapshot> snapshots;
        snapshotQuery.addBindValue(student.id);
        snapshotQuery.addBindValue(day);
        if (!run(snapshotQuery, "snapshots"))
            return 1;
        while (snapshotQuery.next())
            snapshots.append({snapshotQuery.value(0).toDate(), snapshotQuery.value(1).toInt(), snapshotQuery.value(2).toDouble()});

        // The snapshot of the day.
        int sessionCount = 0, sessionsCompleted = 0, questions = 0, correct = 0;
        double seconds = 0;
        int hours[24] = {};
        for (const Quiz &q : quiz) {
            if (q.started.date() != day)
                continue;
            ++sessionCount;
            questions += q.questions;
            correct += q.correct;
            ++hours[q.started.time().hour()];
            if (q.completed) {
                ++sessionsCompleted;
                seconds += q.started.msecsTo(*q.completed) / 1000.0;
            }
        }
        for (const Voice &v : voice) {
            if (v.created.date() != day)
                continue;
            ++sessionCount;
            ++sessionsCompleted;
            seconds += v.duration;
            ++hours[v.created.time().hour()];
        }
        bool anyScored = false;
        const double overall = overallScore(quiz, voice, endOfDay, window, &anyScored);
        if (sessionCount > 0) {
            int peak = 0;
            for (int h = 1; h < 24; ++h) {
                if (hours[h] > hours[peak])
                    peak = h;
            }
            const double delta = snapshots.isEmpty() ? 0 : round2(overall - snapshots.constLast().overall);
            snapshotUpsert.addBindValue(student.id);
            snapshotUpsert.addBindValue(day);
            snapshotUpsert.addBindValue(sessionsCompleted);
            snapshotUpsert.addBindValue(int(roundWhole(seconds / 60.0)));
            snapshotUpsert.addBindValue(questions);
            snapshotUpsert.addBindValue(correct);
            snapshotUpsert.addBindValue(questions > 0 ? round2(100.0 * correct / questions) : 0.0);
            snapshotUpsert.addBindValue(overall);
            snapshotUpsert.addBindValue(delta);
            snapshotUpsert.addBindValue(peak);
            snapshotUpsert.addBindValue(sessionCount);
            snapshotUpsert.addBindValue(sessionsCompleted > 0 ? round2(seconds / 60.0 / sessionsCompleted) : 0.0);
            if (!run(snapshotUpsert, "snapshot upsert"))
                return 1;
            snapshots.append({day, int(roundWhole(seconds / 60.0)), overall});
        }

        // student_progress as of the day.
        int quizCount = 0, quizCompleted = 0, allQuestions = 0, allCorrect = 0, completedAll = 0;
        double allSeconds = 0, accuracySum = 0;
        int accuracyCount = 0;
        std::optional<QDateTime> lastActive;
        auto touch = [&](const QDateTime &t) {
            if (t < endOfDay && (!lastActive || t > *lastActive))
                lastActive = t;
        };
        int week1Q = 0, week1C = 0, week2Q = 0, week2C = 0;
        QHash<QString, int> difficulty;
        QHash<QString, QSet<QString>> passed; // category -> modules
        QSet<QString> passedModules;
        QHash<QString, int> recentAttempts;
        for (const Quiz &q : quiz) {
            ++quizCount;
            allQuestions += q.questions;
            allCorrect += q.correct;
            touch(q.started);
            if (q.completed)
                touch(*q.completed);
            const qint64 age = q.started.date().daysTo(day);
            if (age <= 6) {
                week1Q += q.questions;
                week1C += q.correct;
            } else if (age <= 13) {
                week2Q += q.questions;
                week2C += q.correct;
            }
            if (!q.completed)
                continue;
            ++quizCompleted;
            ++completedAll;
            allSeconds += q.started.msecsTo(*q.completed) / 1000.0;
            if (age <= 29)
                ++difficulty[q.difficulty];
            if (q.score && *q.score >= passScore) {
                passed[q.category].insert(q.module);
                passedModules.insert(q.module);
            }
            if (age <= 13)
                ++recentAttempts[q.module];
        }
        for (const Voice &v : voice) {
            ++completedAll;
            allSeconds += v.duration;
            touch(v.created);
            if (v.accuracy) {
                accuracySum += *v.accuracy;
                ++accuracyCount;
            }
        }
        bool anyBefore = false;
        const double overallBefore = overallScore(quiz, voice, endMinus30, window, &anyBefore);
        int totalMinutes = 0, longest = 0, current = 0, streak = 0, recentDays = 0;
        QDate previousDay;
        for (const Snapshot &s : snapshots) {
            totalMinutes += s.minutes;
            streak = previousDay.isValid() && previousDay.daysTo(s.day) == 1 ? streak + 1 : 1;
            longest = std::max(longest, streak);
            previousDay = s.day;
            if (s.day.daysTo(day) <= 27)
                ++recentDays;
        }
        if (previousDay.isValid() && previousDay.daysTo(day) <= 1)
            current = streak;
        const double consistency = round2(100.0 * recentDays / consistencyDays);
        QString level = QStringLiteral("EASY");
        int best = 0;
        for (const QString &d : {QStringLiteral("EASY"), QStringLiteral("MEDIUM"), QStringLiteral("HARD"), QStringLiteral("EXPERT")}) {
            if (difficulty.value(d) > 0 && difficulty.value(d) >= best) {
                best = difficulty.value(d);
                level = d;
            }
        }
        auto progress = [&](const QString &category) {
            const int modules = catalog.value(category);
            return modules > 0 ? round2(100.0 * passed.value(category).size() / modules) : 0.0;
        };

        const bool neverActive = quiz.isEmpty() && voice.isEmpty();
        struct Applied
        {
            QString factor;
            long long value;
            double weight;
        };
        QList<Applied> applied;
        auto add = [&](const char *name, long long value, double weight) { applied.append({QString::fromLatin1(name), value, weight}); };
        if (neverActive)
            add("never_active", 0, factor.value(QStringLiteral("never_active")).second);
        if (lastActive) {
            const qint64 idle = lastActive->date().daysTo(day);
            if (idle >= factor.value(QStringLiteral("inactive_days")).first)
                add("inactive_days", idle, factor.value(QStringLiteral("inactive_days")).second);
            else if (idle >= factor.value(QStringLiteral("inactive_week")).first)
                add("inactive_week", idle, factor.value(QStringLiteral("inactive_week")).second);
        }
        if (week1Q > 0 && week2Q > 0) {
            const double drop = 100.0 * week2C / week2Q - 100.0 * week1C / week1Q;
            // Compared exactly, as numeric does: a drop of exactly 10 points is 9.999… in doubles.
            const long long scaled = 100LL * (qint64(week2C) * week1Q - qint64(week1C) * week2Q);
            if (double(scaled) >= factor.value(QStringLiteral("accuracy_drop")).first * double(qint64(week1Q) * week2Q))
                add("accuracy_drop", roundWhole(drop), factor.value(QStringLiteral("accuracy_drop")).second);
        }
        if (!neverActive && consistency < factor.value(QStringLiteral("low_consistency")).first)
            add("low_consistency", roundWhole(consistency), factor.value(QStringLiteral("low_consistency")).second);
        if (student.overdue >= factor.value(QStringLiteral("overdue_assignments")).first)
            add("overdue_assignments", student.overdue,
                std::min(25.0, factor.value(QStringLiteral("overdue_assignments")).second * student.overdue));
        int stuck = 0;
        for (auto it = recentAttempts.cbegin(); it != recentAttempts.cend(); ++it) {
            if (!passedModules.contains(it.key()))
                stuck = std::max(stuck, it.value());
        }
        if (stuck > 0 && stuck >= factor.value(QStringLiteral("stuck_module")).first)
            add("stuck_module", stuck, factor.value(QStringLiteral("stuck_module")).second);
        if (student.target && student.targetDate
            && day.daysTo(student.targetDate->date()) <= factor.value(QStringLiteral("behind_target")).first
            && overall < *student.target)
            add("behind_target", roundWhole(*student.target - overall), factor.value(QStringLiteral("behind_target")).second);
        if (!neverActive && overall < factor.value(QStringLiteral("low_score")).first)
            add("low_score", roundWhole(overall), factor.value(QStringLiteral("low_score")).second);
        std::sort(applied.begin(), applied.end(), [](const Applied &a, const Applied &b) {
            return a.weight != b.weight ? a.weight > b.weight : a.factor < b.factor;
        });
        double risk = 0;
        QStringList factors;
        for (const Applied &a : applied) {
            risk += a.weight;
            factors << QStringLiteral("%1:%2:+%3").arg(a.factor).arg(a.value).arg(roundWhole(a.weight));
        }

        progressUpsert.addBindValue(student.id);
        progressUpsert.addBindValue(overall);
        progressUpsert.addBindValue(quizCount > 0 ? round2(100.0 * quizCompleted / quizCount) : 0.0);
        progressUpsert.addBindValue(current);
        progressUpsert.addBindValue(longest);
        progressUpsert.addBindValue(allQuestions > 0 ? round2(100.0 * allCorrect / allQuestions) : 0.0);
        progressUpsert.addBindValue(accuracyCount > 0 ? round2(100.0 * accuracySum / accuracyCount) : 0.0);
        progressUpsert.addBindValue(progress(QStringLiteral("CODES")));
        progressUpsert.addBindValue(progress(QStringLiteral("PHONETIC")));
        progressUpsert.addBindValue(progress(QStringLiteral("PROTOCOL")));
        progressUpsert.addBindValue(totalMinutes);
        progressUpsert.addBindValue(completedAll > 0 ? round2(allSeconds / 60.0 / completedAll) : 0.0);
        progressUpsert.addBindValue(lastActive ? QVariant(*lastActive) : QVariant(QMetaType::fromType<QDateTime>()));
        progressUpsert.addBindValue(anyBefore ? round2(overall - overallBefore) : 0.0);
        progressUpsert.addBindValue(consistency);
        progressUpsert.addBindValue(level);
        progressUpsert.addBindValue(std::min(100.0, round2(risk)));
        progressUpsert.addBindValue(factors.join(QLatin1Char(',')));
        progressUpsert.addBindValue(endOfDay);
        progressUpsert.addBindValue(student.target.has_value() && overall >= *student.target);
        if (!run(progressUpsert, "progress upsert"))
            return 1;
    }
    const qint64 loopMs = timer.elapsed();
    const double estimatedLoopMs = sample > 0 && !list.isEmpty() ? double(loopMs) * studentCount / list.size() : double(loopMs);

    out << "per-student loop over " << list.size() << " students: " << loopMs << " ms";
    if (sample > 0)
        out << " (extrapolated to " << studentCount << " students: " << qint64(estimatedLoopMs) << " ms)";
    out << Qt::endl;
    out << QStringLiteral("ratio loop / aggregate (whole run): %1x").arg(estimatedLoopMs / double(aggregateMs), 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("ratio loop / aggregate (its snapshots + student_days + student_progress steps): %1x")
               .arg(estimatedLoopMs / double(std::max<qint64>(1, snapshotAndProgressMs)), 0, 'f', 1)
        << Qt::endl;
    if (sample <= 0) {
        const QStringList actual = fingerprint(db, day);
        out << (actual == expected ? "values: the loop wrote exactly what aggregate wrote"
                                   : "values: DIFFER between the loop and aggregate")
            << " (snapshots " << actual.value(0) << ", student_progress " << actual.value(1) << ")" << Qt::endl;
        // Leave the database as aggregate wrote it.
        if (!keep && !aggregator.run(day, day))
            err << "aggregate (restore) failed: " << aggregator.errorString() << Qt::endl;
        return actual == expected ? 0 : 3;
    }
    if (!keep && !aggregator.run(day, day))
        err << "aggregate (restore) failed: " << aggregator.errorString() << Qt::endl;
    return 0;
}
