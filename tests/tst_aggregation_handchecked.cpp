// `instructor-dashboard-admin aggregate` checked against values computed BY HAND from the "Aggregation semantics" of
// the data-pipeline brief, on the small fixture tests/data/aggregation_fixture.sql (its header tells each student's
// story). Every expected number below carries its arithmetic; the defaults used are the brief's: pass_score 80,
// at_risk_threshold 50, overall_window_sessions 20, consistency_window_days 28, and the risk factors
// never_active 0/40, inactive_days 14/30, inactive_week 7/15, accuracy_drop 10/20, low_consistency 30/15,
// overdue_assignments 1/10 (max 25), stuck_module 3/15, behind_target 14/20, low_score 60/10 (threshold/weight).
//
// As-of date T = 2026-03-10. The first run covers every fixture day, 2026-02-07 (T-31) .. T; the second run is the
// daily one, --from T-1 --to T, and must change nothing and notify nobody again.
//
// Session durations (seconds) used below: aq1 300, aq2 600, aq3 300, aq4 360, aq5 240, aq6 300, aq7 420, aq8 300,
// av1 120, av2 180, av3 240; bq1 300, bv1 120; cq1 480, cq2 360, cq3 300, cq4 240; dq0..dq3 600 each;
// fq1 300, fv01..fv22 60 each. Abandoned (completed_at NULL): aq9, dq4, dq5.
#include "testdatabase.h"

#include "migrations/sqlscript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <iterator>

namespace {

constexpr double kTolerance = 0.005; // values are rounded to 2 decimals
const QString kAsOf = QStringLiteral("2026-03-10");
const QString kFirstDay = QStringLiteral("2026-02-07");
const QString kYesterday = QStringLiteral("2026-03-09");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run aggregate(const QString &uri, const QString &from, const QString &to)
{
    QProcess process;
    process.start(QStringLiteral(DASHBOARD_ADMIN_BINARY),
                  {QStringLiteral("aggregate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--db"), uri});
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString(), QStringLiteral("did not finish within 300 s")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Collects every difference of one row, so that a failure lists all of them at once, each naming table, row and
// column.
class Mismatches
{
public:
    explicit Mismatches(QString row) : m_row(std::move(row)) {}

    void number(const QVariantMap &row, const char *column, double expected)
    {
        const QVariant actual = row.value(QString::fromLatin1(column));
        if (actual.isNull())
            add(column, QString::number(expected, 'f', 2), QStringLiteral("NULL"));
        else if (qAbs(actual.toDouble() - expected) > kTolerance)
            add(column, QString::number(expected, 'f', 2), QString::number(actual.toDouble(), 'f', 6));
    }

    void integer(const QVariantMap &row, const char *column, qint64 expected)
    {
        const QVariant actual = row.value(QString::fromLatin1(column));
        if (actual.isNull())
            add(column, QString::number(expected), QStringLiteral("NULL"));
        else if (actual.toLongLong() != expected)
            add(column, QString::number(expected), actual.toString());
    }

    // A null `expected` means SQL NULL.
    void text(const QVariantMap &row, const char *column, const QString &expected)
    {
        const QVariant actual = row.value(QString::fromLatin1(column));
        const QString shown = actual.isNull() ? QStringLiteral("NULL") : actual.toString();
        const QString wanted = expected.isNull() ? QStringLiteral("NULL") : expected;
        if (actual.isNull() != expected.isNull() || shown != wanted)
            add(column, wanted, shown);
    }

    void flag(const QVariantMap &row, const char *column, bool expected)
    {
        const QVariant actual = row.value(QString::fromLatin1(column));
        if (actual.isNull() || actual.toBool() != expected)
            add(column, expected ? QStringLiteral("true") : QStringLiteral("false"),
                actual.isNull() ? QStringLiteral("NULL") : actual.toString());
    }

    void add(const char *column, const QString &expected, const QString &actual)
    {
        m_lines << QStringLiteral("%1.%2: expected %3, got %4").arg(m_row, QString::fromLatin1(column), expected, actual);
    }
    void addLine(const QString &line) { m_lines << m_row + QLatin1Char('.') + line; }

    bool isEmpty() const { return m_lines.isEmpty(); }
    QString report() const { return QStringLiteral("\n  ") + m_lines.join(QStringLiteral("\n  ")); }

private:
    QString m_row;
    QStringList m_lines;
};

QString latin1(const char *text)
{
    return text ? QString::fromLatin1(text) : QString();
}

// ---------------------------------------------------------------------------------------------------------------
// progress_snapshots: every row the first run must leave (22), with the arithmetic of each column.
// Columns: session_count, sessions_completed, questions_answered, correct_answers, total_time_spent (minutes),
// daily_accuracy, overall_score, improvement_delta, peak_activity_hour, avg_session_length.
// overall_score = average of the student's latest <= 20 scored sessions whose time (completed_at for quiz,
// created_at for voice) is < D + 1.
// ---------------------------------------------------------------------------------------------------------------
struct SnapshotExpectation
{
    const char *student;
    const char *date;
    int sessionCount;
    int sessionsCompleted;
    int questionsAnswered;
    int correctAnswers;
    int totalTimeSpent;
    double dailyAccuracy;
    double overallScore;
    double improvementDelta;
    int peakActivityHour;
    double avgSessionLength;
};

// Alex's scored sessions in time order: aq1 50, aq2 70, aq3 80, aq4 90, aq5 60, av1 80, av2 66, aq6 100, aq7 90,
// aq8 80, av3 90 (aq9 abandoned, aq10 is on T+1). Running sums: 50, 120, 200, 290, 350, 496 (after av2), 596, 686,
// 766, 856.
const SnapshotExpectation kSnapshots[] = {
    // Alex T-31 (02-07): aq1 09:00-09:05, 5/10. count 1; completed 1; 10 q; 5 c; round(300/60) = 5 min;
    //   100*5/10 = 50.00; overall 50/1 = 50.00; delta 0 (no earlier snapshot); peak 9; 300/60/1 = 5.00
    {"stu_alex", "2026-02-07", 1, 1, 10, 5, 5, 50.00, 50.00, 0.00, 9, 5.00},
    // Alex T-12 (02-26): aq2 18:00-18:10, 7/10. round(600/60) = 10; 100*7/10 = 70.00; overall 120/2 = 60.00;
    //   delta 60.00 - 50.00 (T-31 snapshot) = 10.00; peak 18; 600/60/1 = 10.00
    {"stu_alex", "2026-02-26", 1, 1, 10, 7, 10, 70.00, 60.00, 10.00, 18, 10.00},
    // Alex T-6 (03-04): aq3 08:00-08:05, 8/10. 5 min; 80.00; overall 200/3 = 66.67; delta 66.67 - 60.00 = 6.67; peak 8;
    //   300/60 = 5.00
    {"stu_alex", "2026-03-04", 1, 1, 10, 8, 5, 80.00, 66.67, 6.67, 8, 5.00},
    // Alex T-5 (03-05): aq4 08:00-08:06, 9/10. round(360/60) = 6; 90.00; overall 290/4 = 72.50;
    //   delta 72.50 - 66.67 = 5.83 (unrounded 72.5 - 66.667 = 5.833); peak 8; 360/60 = 6.00
    {"stu_alex", "2026-03-05", 1, 1, 10, 9, 6, 90.00, 72.50, 5.83, 8, 6.00},
    // Alex T-4 (03-06): aq5 08:00-08:04, 6/10. round(240/60) = 4; 60.00; overall 350/5 = 70.00; delta 70.00 - 72.50 =
    //   -2.50; peak 8; 240/60 = 4.00
    {"stu_alex", "2026-03-06", 1, 1, 10, 6, 4, 60.00, 70.00, -2.50, 8, 4.00},
    // Alex T-3 (03-07), voice only: av1 07:30 (120 s, 80), av2 19:15 (180 s, 66). count 0 + 2 = 2; completed 0 + 2 = 2;
    //   0 q; 0 c; round((120+180)/60) = 5; accuracy 0 (no questions); overall 496/7 = 70.857 -> 70.86;
    //   delta 70.86 - 70.00 = 0.86; peak: 07 and 19 have one each, tie -> earliest = 7; 300/60/2 = 2.50
    {"stu_alex", "2026-03-07", 2, 2, 0, 0, 5, 0.00, 70.86, 0.86, 7, 2.50},
    // Alex T-2 (03-08): aq6 08:00-08:05, 10/10. 5 min; 100.00; overall 596/8 = 74.50; delta 74.50 - 70.86 = 3.64
    //   (unrounded 74.5 - 70.857 = 3.643); peak 8; 5.00
    {"stu_alex", "2026-03-08", 1, 1, 10, 10, 5, 100.00, 74.50, 3.64, 8, 5.00},
    // Alex T-1 (03-09): aq7 20:00-20:07, 9/10. round(420/60) = 7; 90.00; overall 686/9 = 76.222 -> 76.22;
    //   delta 76.22 - 74.50 = 1.72; peak 20; 420/60 = 7.00. (This row pre-existed as ps_alex_prev with wrong values.)
    {"stu_alex", "2026-03-09", 1, 1, 10, 9, 7, 90.00, 76.22, 1.72, 20, 7.00},
    // Alex T (03-10): aq8 09:10-09:15 (4/5), aq9 09:40 abandoned (1/2), av3 21:00 (240 s, 90). count 2 + 1 = 3;
    //   completed 1 + 1 = 2; q 5 + 2 = 7; c 4 + 1 = 5; round((300+240)/60) = 9; 100*5/7 = 71.43;
    //   overall 856/11 = 77.818 -> 77.82; delta 77.82 - 76.22 = 1.60 (unrounded 77.818 - 76.222 = 1.596);
    //   peak: hour 9 has 2 sessions, hour 21 one -> 9; (300+240)/60/2 = 4.50
    {"stu_alex", "2026-03-10", 3, 2, 7, 5, 9, 71.43, 77.82, 1.60, 9, 4.50},

    // Bea T-20 (02-18): bq1 11:00-11:05, score 50, 5/10. 5 min; 50.00; overall 50.00; delta 0; peak 11; 5.00
    {"stu_bea", "2026-02-18", 1, 1, 10, 5, 5, 50.00, 50.00, 0.00, 11, 5.00},
    // Bea T-16 (02-22), voice only: bv1 11:30, 120 s, score 40. round(120/60) = 2; 0.00; overall (50+40)/2 = 45.00;
    //   delta 45.00 - 50.00 = -5.00; peak 11; 120/60/1 = 2.00
    {"stu_bea", "2026-02-22", 1, 1, 0, 0, 2, 0.00, 45.00, -5.00, 11, 2.00},

    // Cal T-10 (02-28): cq1 17:00-17:08, 90, 9/10. round(480/60) = 8; 90.00; overall 90.00; delta 0; peak 17; 8.00
    {"stu_cal", "2026-02-28", 1, 1, 10, 9, 8, 90.00, 90.00, 0.00, 17, 8.00},
    // Cal T-8 (03-02): cq2 17:00-17:06, 100, 10/10. 6 min; 100.00; overall (90+100)/2 = 95.00; delta 5.00; peak 17;
    //   360/60 = 6.00
    {"stu_cal", "2026-03-02", 1, 1, 10, 10, 6, 100.00, 95.00, 5.00, 17, 6.00},
    // Cal T-1 (03-09): cq3 started 23:57, completed 03-10 00:02 (300 s), 70, 7/10. It belongs to T-1 (started_at) and
    //   is completed: completed 1, round(300/60) = 5; 70.00; but its time for overall_score is completed_at = 03-10
    //   00:02, not < 03-10 00:00, so overall = (90+100)/2 = 95.00; delta 95.00 - 95.00 = 0.00; peak 23; 5.00
    {"stu_cal", "2026-03-09", 1, 1, 10, 7, 5, 70.00, 95.00, 0.00, 23, 5.00},
    // Cal T (03-10): cq4 10:00-10:04, 40, 2/5. round(240/60) = 4; 100*2/5 = 40.00; overall (90+100+70+40)/4 = 75.00;
    //   delta 75.00 - 95.00 = -20.00; peak 10; 240/60 = 4.00
    {"stu_cal", "2026-03-10", 1, 1, 5, 2, 4, 40.00, 75.00, -20.00, 10, 4.00},

    // Dan T-20 (02-18): dq0 16:00-16:10, 40, 4/10. round(600/60) = 10; 40.00; overall 40.00; delta 0; peak 16; 10.00
    {"stu_dan", "2026-02-18", 1, 1, 10, 4, 10, 40.00, 40.00, 0.00, 16, 10.00},
    // Dan T-12 (02-26): dq1, 50, 5/10. 10; 50.00; overall (40+50)/2 = 45.00; delta 5.00; peak 16; 10.00
    {"stu_dan", "2026-02-26", 1, 1, 10, 5, 10, 50.00, 45.00, 5.00, 16, 10.00},
    // Dan T-9 (03-01): dq2, 60, 6/10. 10; 60.00; overall 150/3 = 50.00; delta 5.00; peak 16; 10.00
    {"stu_dan", "2026-03-01", 1, 1, 10, 6, 10, 60.00, 50.00, 5.00, 16, 10.00},
    // Dan T-3 (03-07): dq3 16:00-16:10 (70, 7/10) and dq4 16:30 abandoned (1/3). count 2; completed 1; q 13; c 8;
    //   round(600/60) = 10; 100*8/13 = 61.538 -> 61.54; overall 220/4 = 55.00; delta 55.00 - 50.00 = 5.00;
    //   peak 16 (both); 600/60/1 = 10.00
    {"stu_dan", "2026-03-07", 2, 1, 13, 8, 10, 61.54, 55.00, 5.00, 16, 10.00},
    // Dan T (03-10): dq5 07:00 abandoned (0/2) only. count 1; completed 0; q 2; c 0; round(0/60) = 0;
    //   100*0/2 = 0.00; overall still 55.00; delta 0.00; peak 7; 0 completed -> 0.00
    {"stu_dan", "2026-03-10", 1, 0, 2, 0, 0, 0.00, 55.00, 0.00, 7, 0.00},

    // Fay T-20 (02-18), voice only: fv01..fv22, 06:00..06:42, 60 s each; fv01, fv02 scored 0, the other 20 scored 90.
    //   count 22; completed 22; 0 q; 0 c; round(22*60/60) = 22; 0.00; overall = latest 20 (fv03..fv22) = 20*90/20 =
    //   90.00 (all 22 would give 1800/22 = 81.82); delta 0; peak 6; 1320/60/22 = 1.00
    {"stu_fay", "2026-02-18", 22, 22, 0, 0, 22, 0.00, 90.00, 0.00, 6, 1.00},
    // Fay T-7 (03-03): fq1 10:00-10:05, 100, 10/10. 5 min; 100.00; overall = latest 20: fq1 + fv04..fv22 (19) =
    //   (100 + 19*90)/20 = 1810/20 = 90.50; delta 90.50 - 90.00 = 0.50; peak 10; 5.00
    {"stu_fay", "2026-03-03", 1, 1, 10, 10, 5, 100.00, 90.50, 0.50, 10, 5.00},
};

// ---------------------------------------------------------------------------------------------------------------
// module_analytics groups.
// ---------------------------------------------------------------------------------------------------------------
struct ItemStat
{
    const char *item;
    int attempts;
    int correct;
    double accuracy;
};

struct ModuleExpectation
{
    const char *label;
    const char *date;
    const char *module;
    const char *category;
    const char *difficulty;
    int totalAttempts;
    int successfulAttempts;
    double averageScore;
    double averageTime;
    double completionRate;
    double retryRate;
    double abandonmentRate;
    QList<ItemStat> questionStats;
};

const ModuleExpectation kModules[] = {
    // (T, codes-1, CODES, EASY): aq8 (Alex, 80, 300 s), aq9 (Alex, abandoned), cq4 (Cal, 40, 240 s).
    {.label = "T codes-1 EASY",
     .date = "2026-03-10",
     .module = "codes-1",
     .category = "CODES",
     .difficulty = "EASY",
     .totalAttempts = 3,                // aq8, aq9, cq4
     .successfulAttempts = 1,           // aq8: 80 >= 80; cq4 40 < 80; aq9 not completed
     .averageScore = 60.00,             // (80 + 40)/2 = 60.00
     .averageTime = 270.00,             // (300 + 240)/2 = 270.00
     .completionRate = 66.67,           // 100*2/3 = 66.67
     .retryRate = 66.67,                // aq8 (Alex had aq1..aq3 on codes-1), aq9 (aq8 at 09:10 < 09:40); cq4 is Cal's
                                        // first codes-1: 100*2/3 = 66.67
     .abandonmentRate = 33.33,          // 100*(3-2)/3 = 33.33
     // answers: aq8 [10-4 ok, 10-8 ok, 10-9 ok, 10-10 wrong, 10-20 ok], aq9 [10-9 wrong, 10-10 ok],
     //          cq4 [10-4 ok, 10-9 wrong, 10-10 wrong, 10-20 ok, 10-9 wrong]
     .questionStats = {{"10-4", 2, 2, 100.00},    // aq8 ok, cq4 ok: 100*2/2
                       {"10-8", 1, 1, 100.00},    // aq8 ok
                       {"10-9", 4, 1, 25.00},     // aq8 ok, aq9 wrong, cq4 wrong twice: 100*1/4 = 25.00
                       {"10-10", 3, 1, 33.33},    // aq8 wrong, aq9 ok, cq4 wrong: 100*1/3 = 33.33
                       {"10-20", 2, 2, 100.00}}}, // aq8 ok, cq4 ok
    // (T-3, protocol-1, PROTOCOL, EASY): dq3 (Dan, 70, 600 s), dq4 (Dan, abandoned). No answers.
    {.label = "T-3 protocol-1 EASY",
     .date = "2026-03-07",
     .module = "protocol-1",
     .category = "PROTOCOL",
     .difficulty = "EASY",
     .totalAttempts = 2,        // dq3, dq4
     .successfulAttempts = 0,   // 70 < 80
     .averageScore = 70.00,     // 70/1
     .averageTime = 600.00,     // 600/1
     .completionRate = 50.00,   // 100*1/2
     .retryRate = 100.00,       // both have earlier Dan sessions on protocol-1 (dq0..dq2; dq3 before dq4): 100*2/2
     .abandonmentRate = 50.00,  // 100*1/2
     .questionStats = {}},      // NULL answers contribute nothing: {}
    // (T, protocol-1, PROTOCOL, EASY): dq5 (Dan, abandoned) only.
    {.label = "T protocol-1 EASY",
     .date = "2026-03-10",
     .module = "protocol-1",
     .category = "PROTOCOL",
     .difficulty = "EASY",
     .totalAttempts = 1,
     .successfulAttempts = 0,
     .averageScore = 0.00,      // none completed -> 0
     .averageTime = 0.00,       // none completed -> 0
     .completionRate = 0.00,    // 100*0/1
     .retryRate = 100.00,       // dq0..dq4 earlier: 100*1/1
     .abandonmentRate = 100.00, // 100*(1-0)/1
     .questionStats = {}},
    // (T-1, phonetic-1, PHONETIC, MEDIUM): cq3, started 23:57 on T-1, completed 00:02 on T (300 s).
    {.label = "T-1 phonetic-1 MEDIUM",
     .date = "2026-03-09",
     .module = "phonetic-1",
     .category = "PHONETIC",
     .difficulty = "MEDIUM",
     .totalAttempts = 1,
     .successfulAttempts = 0,  // 70 < 80
     .averageScore = 70.00,
     .averageTime = 300.00,    // 00:02 - 23:57 = 5 min = 300 s
     .completionRate = 100.00, // 100*1/1
     .retryRate = 100.00,      // Cal's cq1, cq2 on phonetic-1 are earlier
     .abandonmentRate = 0.00,
     .questionStats = {}},
    // (T-31, codes-1, CODES, EASY): aq1, Alex's first session ever.
    {.label = "T-31 codes-1 EASY",
     .date = "2026-02-07",
     .module = "codes-1",
     .category = "CODES",
     .difficulty = "EASY",
     .totalAttempts = 1,
     .successfulAttempts = 0,  // 50 < 80
     .averageScore = 50.00,
     .averageTime = 300.00,
     .completionRate = 100.00,
     .retryRate = 0.00,        // no earlier session of Alex on codes-1
     .abandonmentRate = 0.00,
     .questionStats = {}},
};

// ---------------------------------------------------------------------------------------------------------------
// student_progress AS OF T (end of T = 2026-03-11 00:00).
// Modules per category in quiz_sessions up to the end of T: CODES {codes-1, codes-2}, PHONETIC {phonetic-1},
// PROTOCOL {protocol-1} (protocol-2 only appears on T+1, aq10, and must not count).
// Consistency window T-27..T = 02-11..03-10; difficulty window T-29..T = 02-09..03-10; accuracy windows
// T-13..T-7 = 02-25..03-03 and T-6..T = 03-04..03-10; stuck window T-13..T.
// ---------------------------------------------------------------------------------------------------------------
struct ProgressExpectation
{
    const char *student;
    const char *id; // nullptr: a new row (any id)
    const char *instructor;
    double overallScore;
    double completionRate;
    double quizAccuracy;
    double voiceAccuracy;
    double codesProgress;
    double phoneticProgress;
    double protocolProgress;
    int totalTimeSpent;
    double averageSessionTime;
    const char *lastActiveAt;
    int currentStreak;
    int longestStreak;
    double consistencyScore;
    double improvementRate;
    const char *difficultyLevel;
    double riskScore;
    QStringList riskFactors;
    double targetScore; // < 0: NULL
    const char *targetDate;
    bool goalAchieved;
};

const ProgressExpectation kProgress[] = {
    {.student = "stu_alex",
     .id = "sp_alex",
     .instructor = "usr_ana",
     .overallScore = 77.82,       // 11 scored sessions (< 20): 856/11 = 77.818 (see snapshots); aq10 (T+1) excluded
     .completionRate = 88.89,     // quiz sessions up to T: aq1..aq9 = 9, completed 8 (aq9 abandoned): 100*8/9 = 88.89
     .quizAccuracy = 76.62,       // correct 5+7+8+9+6+10+9+4+1 = 59, questions 7*10+5+2 = 77: 100*59/77 = 76.623
     .voiceAccuracy = 78.67,      // 100*avg(0.8, 0.66, 0.9) = 100*2.36/3 = 78.667
     .codesProgress = 100.00,     // passed codes-1 (aq3 80) and codes-2 (aq4 90): 100*2/2
     .phoneticProgress = 0.00,    // 100*0/1
     .protocolProgress = 100.00,  // passed protocol-1 (aq7 90): 100*1/1 (1/2 = 50 if protocol-2 of T+1 counted)
     .totalTimeSpent = 56,        // snapshot minutes 5+10+5+6+4+5+5+7+9 = 56
     .averageSessionTime = 5.09,  // quiz 300+600+300+360+240+300+420+300 = 2820, voice 120+180+240 = 540;
                                  // 3360/60 = 56 min / (8 + 3) = 5.0909
     .lastActiveAt = "2026-03-10 21:00:00.000", // av3 created_at (aq10 on T+1 excluded)
     .currentStreak = 7,          // snapshots T-6..T, none on T-7
     .longestStreak = 7,          // same run; T-31 and T-12 are isolated
     .consistencyScore = 28.57,   // snapshot days in 02-11..03-10: 02-26, 03-04..03-10 = 8: 100*8/28 = 28.571
     .improvementRate = 27.82,    // overall(T) 77.818 - overall(end of T-30 = 02-09 00:00: aq1 only) 50 = 27.818
     .difficultyLevel = "MEDIUM", // completed, started 02-09..03-10: EASY aq2, aq3, aq8 = 3; MEDIUM aq4, aq5, aq6 = 3;
                                  // HARD aq7 = 1; tie EASY/MEDIUM -> the harder, MEDIUM (aq1 at T-31, aq9 abandoned
                                  // and aq10 at T+1 are EASY and must not count)
     .riskScore = 15,             // low_consistency 15
     // low_consistency: 28.57 < 30, value round(28.57) = 29. No other factor: last active T (0 days); accuracy
     // T-13..T-7 aq2 7/10 = 70 % vs T-6..T (8+9+6+10+9+4+1)/(6*10+5+2) = 47/57 = 82.5 % (no drop); no overdue
     // (sub_a1_alex SUBMITTED); codes-1, codes-2, protocol-1 passed (not stuck); target date 04-20 - 03-10 = 41 > 14;
     // overall 77.82 >= 60.
     .riskFactors = {QStringLiteral("low_consistency:29:+15")},
     .targetScore = 70,
     .targetDate = "2026-04-20 00:00:00.000",
     .goalAchieved = true},       // 77.82 >= 70
    {.student = "stu_bea",
     .id = "sp_bea",
     .instructor = "usr_ana",
     .overallScore = 45.00,       // (50 + 40)/2
     .completionRate = 100.00,    // 100*1/1
     .quizAccuracy = 50.00,       // 100*5/10
     .voiceAccuracy = 40.00,      // 100*0.4
     .codesProgress = 0.00,       // bq1 50 < 80: 100*0/2
     .phoneticProgress = 0.00,
     .protocolProgress = 0.00,
     .totalTimeSpent = 7,         // 5 + 2
     .averageSessionTime = 3.50,  // (300 + 120)/60 / (1 + 1) = 7/2
     .lastActiveAt = "2026-02-22 11:30:00.000", // bv1
     .currentStreak = 0,          // no snapshot on T nor T-1
     .longestStreak = 1,          // 02-18, 02-22: not consecutive
     .consistencyScore = 7.14,    // 02-18, 02-22 in 02-11..03-10: 100*2/28 = 7.142
     .improvementRate = 0.00,     // no scored session before 02-09 00:00
     .difficultyLevel = "EASY",   // bq1 EASY (02-18, in window)
     .riskScore = 80,             // 30 + 25 + 15 + 10 = 80
     // inactive_days: 03-10 - 02-22 = 6 (to 02-28) + 10 = 16 >= 14 -> 30; overdue_assignments: sub_a1_bea, sub_a2_bea,
     // sub_a3_bea = 3, 3*10 = 30 capped at 25; low_consistency 7.14 -> 7, 15; low_score 45 < 60 -> 10.
     .riskFactors = {QStringLiteral("inactive_days:16:+30"), QStringLiteral("overdue_assignments:3:+25"),
                     QStringLiteral("low_consistency:7:+15"), QStringLiteral("low_score:45:+10")},
     .targetScore = -1,
     .targetDate = nullptr,
     .goalAchieved = false},      // no target
    {.student = "stu_cal",
     .id = "sp_cal",
     .instructor = "usr_ben",
     .overallScore = 75.00,       // (90 + 100 + 70 + 40)/4
     .completionRate = 100.00,    // 4/4
     .quizAccuracy = 80.00,       // (9+10+7+2)/(10+10+10+5) = 28/35
     .voiceAccuracy = 0.00,       // no voice session
     .codesProgress = 0.00,       // codes-1 40 < 80
     .phoneticProgress = 100.00,  // phonetic-1 passed (cq1 90): 100*1/1
     .protocolProgress = 0.00,
     .totalTimeSpent = 23,        // 8 + 6 + 5 + 4
     .averageSessionTime = 5.75,  // (480+360+300+240)/60 = 23 / 4
     .lastActiveAt = "2026-03-10 10:04:00.000", // cq4 completed_at
     .currentStreak = 2,          // T-1, T (none on T-2)
     .longestStreak = 2,
     .consistencyScore = 14.29,   // 02-28, 03-02, 03-09, 03-10: 100*4/28 = 14.286
     .improvementRate = 0.00,     // no scored session before 02-09
     .difficultyLevel = "MEDIUM", // cq1, cq2, cq3 MEDIUM = 3, cq4 EASY = 1
     .riskScore = 55,             // 20 + 20 + 15
     // accuracy_drop: T-13..T-7 cq1 + cq2 = 19/20 = 95 %; T-6..T cq3 (started 03-09) + cq4 = 9/15 = 60 %; drop 35 >= 10.
     // behind_target: 03-20 - 03-10 = 10 <= 14 and 75 < 85: round(85 - 75) = 10. low_consistency 14.29 -> 14.
     // Order: weight 20, 20 by name (accuracy_drop < behind_target), then 15. Not overdue (as_b1 due exactly T+1).
     .riskFactors = {QStringLiteral("accuracy_drop:35:+20"), QStringLiteral("behind_target:10:+20"),
                     QStringLiteral("low_consistency:14:+15")},
     .targetScore = 85,
     .targetDate = "2026-03-20 00:00:00.000",
     .goalAchieved = false},      // 75 < 85
    {.student = "stu_dan",
     .id = "sp_dan",
     .instructor = "usr_ben",
     .overallScore = 55.00,       // (40 + 50 + 60 + 70)/4
     .completionRate = 66.67,     // 6 quiz sessions, 4 completed: 100*4/6
     .quizAccuracy = 51.11,       // (4+5+6+7+1+0)/(10+10+10+10+3+2) = 23/45 = 51.111
     .voiceAccuracy = 0.00,
     .codesProgress = 0.00,
     .phoneticProgress = 0.00,
     .protocolProgress = 0.00,    // protocol-1 never passed: 100*0/1
     .totalTimeSpent = 40,        // 10 + 10 + 10 + 10 + 0
     .averageSessionTime = 10.00, // 4*600/60 = 40 / 4
     .lastActiveAt = "2026-03-10 07:00:00.000", // dq5 started_at (abandoned)
     .currentStreak = 1,          // T only
     .longestStreak = 1,          // 02-18, 02-26, 03-01, 03-07, 03-10: never consecutive
     .consistencyScore = 17.86,   // those 5 days: 100*5/28 = 17.857
     .improvementRate = 0.00,     // no scored session before 02-09
     .difficultyLevel = "EASY",   // dq0..dq3 EASY
     .riskScore = 40,             // 15 + 15 + 10
     // low_consistency 17.86 -> 18; stuck_module: protocol-1 completed in T-13..T (02-25..03-10) = dq1 50, dq2 60, dq3 70,
     // all < 80, never passed: 3 (dq0 is 02-18, outside; dq4, dq5 not completed); low_score 55 -> 10.
     // No accuracy drop: 02-25..03-03 dq1 + dq2 = 11/20 = 55 %; 03-04..03-10 (7+1+0)/(10+3+2) = 53.3 % (drop 1.7),
     // or 70 % counting completed sessions only. Order: 15, 15 by name (low_consistency < stuck_module), then 10.
     .riskFactors = {QStringLiteral("low_consistency:18:+15"), QStringLiteral("stuck_module:3:+15"),
                     QStringLiteral("low_score:55:+10")},
     .targetScore = -1,
     .targetDate = nullptr,
     .goalAchieved = false},
    {.student = "stu_eve",
     .id = nullptr,               // no row before: a new one, instructor NULL
     .instructor = nullptr,
     .overallScore = 0.00,        // no scored session -> 0
     .completionRate = 0.00,
     .quizAccuracy = 0.00,
     .voiceAccuracy = 0.00,
     .codesProgress = 0.00,
     .phoneticProgress = 0.00,
     .protocolProgress = 0.00,
     .totalTimeSpent = 0,         // her stale T-1 snapshot must be gone
     .averageSessionTime = 0.00,
     .lastActiveAt = nullptr,     // never active
     .currentStreak = 0,
     .longestStreak = 0,
     .consistencyScore = 0.00,
     .improvementRate = 0.00,
     .difficultyLevel = "EASY",   // none -> EASY
     .riskScore = 40,             // never_active only (low_consistency and low_score exclude never_active)
     .riskFactors = {QStringLiteral("never_active:0:+40")},
     .targetScore = -1,
     .targetDate = nullptr,
     .goalAchieved = false},
    {.student = "stu_fay",
     .id = "sp_fay",
     .instructor = "usr_ana",
     .overallScore = 90.50,       // latest 20 of 23 scored: fq1 100 + fv04..fv22 19*90 = 1810/20 (all 23: 1900/23 = 82.61)
     .completionRate = 100.00,    // 1/1
     .quizAccuracy = 100.00,      // 10/10
     .voiceAccuracy = 81.82,      // 100*(2*0.0 + 20*0.9)/22 = 1800/22 = 81.818
     .codesProgress = 0.00,
     .phoneticProgress = 100.00,  // phonetic-1 passed (fq1 100)
     .protocolProgress = 0.00,
     .totalTimeSpent = 27,        // 22 + 5
     .averageSessionTime = 1.17,  // (300 + 22*60)/60 = 27 / (1 + 22) = 1.1739
     .lastActiveAt = "2026-03-03 10:05:00.000", // fq1 completed_at
     .currentStreak = 0,          // nothing on T or T-1
     .longestStreak = 1,
     .consistencyScore = 7.14,    // 02-18, 03-03: 100*2/28
     .improvementRate = 0.00,     // nothing scored before 02-09
     .difficultyLevel = "HARD",   // fq1
     .riskScore = 30,             // 15 + 15
     // inactive_week: 03-10 - 03-03 = 7, 7 <= 7 < 14 -> 15; low_consistency 7.14 -> 7. No accuracy drop: T-6..T has no
     // questions. Not behind target: 90.50 >= 85. Order: both 15, by name (inactive_week < low_consistency).
     .riskFactors = {QStringLiteral("inactive_week:7:+15"), QStringLiteral("low_consistency:7:+15")},
     .targetScore = 85,
     .targetDate = "2026-03-15 00:00:00.000",
     .goalAchieved = true},       // 90.50 >= 85
};

// ---------------------------------------------------------------------------------------------------------------
// analytics_daily for T. Members' snapshots on T: Alex (3 sessions, 2 completed, 9 min), Cal (1, 1, 4),
// Dan (1, 0, 0). Risk after the refresh: Alex 15, Bea 80, Cal 55, Dan 40, Eve 40, Fay 30 -> at risk: Bea, Cal.
// Active in T-7..T-1 (03-03..03-09): Alex (03-04..03-09), Fay (03-03), Cal (03-09), Dan (03-07); not Bea, Eve.
// Logins on T: Alex 09:05, Cal 09:55, Eve 08:05 (and Ana, not a student). Registered on T: Eve.
// Submissions after step 4: sub_a1_alex SUBMITTED, sub_a1_bea/sub_a2_bea/sub_a3_bea OVERDUE (as_a1 due 03-08, as_a2
// due 03-05, as_a3 due 03-10 12:00, all < 03-11), sub_b1_cal IN_PROGRESS (as_b1 due 03-11 00:00, not < 03-11),
// sub_b1_dan COMPLETED at 03-10 18:00. as_b1 created on T; Ana's assignments on 02-28, 02-26, 03-09.
// ---------------------------------------------------------------------------------------------------------------
struct DailyExpectation
{
    const char *label;
    const char *instructor;
    const char *department;
    int totalStudents;
    int activeStudents;
    int newRegistrations;
    int atRiskStudents;
    int totalSessions;
    int completedSessions;
    double averageScore;
    int totalTimeSpent;
    int quizSessions;
    int voiceSessions;
    double averageSessionLength;
    int assignmentsCreated;
    int assignmentsCompleted;
    int assignmentsOverdue;
    int uniqueActiveUsers;
    int totalLogins;
    double bounceRate;
    double retentionRate;
};

const DailyExpectation kDaily[] = {
    {.label = "instructor Ana",
     .instructor = "usr_ana",
     .department = nullptr,
     .totalStudents = 3,            // Alex, Bea, Fay
     .activeStudents = 1,           // Alex
     .newRegistrations = 0,
     .atRiskStudents = 1,           // Bea 80
     .totalSessions = 3,            // Alex: aq8, aq9, av3
     .completedSessions = 2,        // aq8, av3
     .averageScore = 85.00,         // (80 + 90)/2
     .totalTimeSpent = 9,           // Alex's snapshot
     .quizSessions = 2,             // aq8, aq9
     .voiceSessions = 1,            // av3
     .averageSessionLength = 4.50,  // (300 + 240)/60 = 9 / 2
     .assignmentsCreated = 0,       // none of Ana's on 03-10
     .assignmentsCompleted = 0,     // sub_a1_alex completed 03-07
     .assignmentsOverdue = 3,       // Bea's three (OVERDUE, due < 03-11); sub_a1_alex is SUBMITTED
     .uniqueActiveUsers = 1,
     .totalLogins = 1,              // Alex
     .bounceRate = 0.00,            // Alex completed 2: 100*0/1
     .retentionRate = 50.00},       // active in T-7..T-1: Alex, Fay = 2; of them active on T: Alex = 1: 100*1/2
    {.label = "instructor Ben",
     .instructor = "usr_ben",
     .department = nullptr,
     .totalStudents = 2,            // Cal, Dan
     .activeStudents = 2,
     .newRegistrations = 0,
     .atRiskStudents = 1,           // Cal 55 (Dan 40)
     .totalSessions = 2,            // cq4, dq5 (cq3 belongs to T-1)
     .completedSessions = 1,        // cq4
     .averageScore = 40.00,         // cq4 only
     .totalTimeSpent = 4,           // 4 + 0
     .quizSessions = 2,
     .voiceSessions = 0,
     .averageSessionLength = 4.00,  // 240/60 = 4 / 1
     .assignmentsCreated = 1,       // as_b1
     .assignmentsCompleted = 1,     // sub_b1_dan completed 03-10 18:00
     .assignmentsOverdue = 0,       // as_b1 due 03-11 00:00 is not < 03-11
     .uniqueActiveUsers = 2,
     .totalLogins = 1,              // Cal (Dan 03-07)
     .bounceRate = 50.00,           // Dan's snapshot has 0 completed: 100*1/2
     .retentionRate = 100.00},      // active in T-7..T-1: Cal, Dan = 2; both active on T: 100*2/2
    {.label = "supervisor Sue",
     .instructor = "usr_sue",
     .department = nullptr,
     .totalStudents = 0,
     .activeStudents = 0,
     .newRegistrations = 0,
     .atRiskStudents = 0,
     .totalSessions = 0,
     .completedSessions = 0,
     .averageScore = 0.00,
     .totalTimeSpent = 0,
     .quizSessions = 0,
     .voiceSessions = 0,
     .averageSessionLength = 0.00,
     .assignmentsCreated = 0,       // Sue has no assignments
     .assignmentsCompleted = 0,
     .assignmentsOverdue = 0,
     .uniqueActiveUsers = 0,
     .totalLogins = 0,
     .bounceRate = 0.00,
     .retentionRate = 0.00},
    {.label = "department dep_p (subtree dep_p + dep_c)",
     .instructor = nullptr,
     .department = "dep_p",
     .totalStudents = 5,            // Alex, Bea, Fay (dep_c), Cal, Dan (dep_p); Eve has no department
     .activeStudents = 3,           // Alex, Cal, Dan
     .newRegistrations = 0,
     .atRiskStudents = 2,           // Bea, Cal
     .totalSessions = 5,            // 3 + 1 + 1
     .completedSessions = 3,        // 2 + 1 + 0
     .averageScore = 70.00,         // (80 + 90 + 40)/3
     .totalTimeSpent = 13,          // 9 + 4 + 0
     .quizSessions = 4,             // aq8, aq9, cq4, dq5
     .voiceSessions = 1,            // av3
     .averageSessionLength = 4.33,  // (300 + 240 + 240)/60 = 13 / 3 = 4.333
     .assignmentsCreated = 1,       // profiles in the subtree: Ana (dep_c), Ben, Sue (dep_p): as_b1
     .assignmentsCompleted = 1,     // sub_b1_dan
     .assignmentsOverdue = 3,       // Bea's three
     .uniqueActiveUsers = 3,
     .totalLogins = 2,              // Alex, Cal
     .bounceRate = 33.33,           // Dan: 100*1/3
     .retentionRate = 75.00},       // active in T-7..T-1: Alex, Fay, Cal, Dan = 4; active on T: Alex, Cal, Dan = 3
    {.label = "program",
     .instructor = nullptr,
     .department = nullptr,
     .totalStudents = 6,            // all six students (Ana, Ben, Sue are not students)
     .activeStudents = 3,
     .newRegistrations = 1,         // Eve, created 03-10 08:00
     .atRiskStudents = 2,           // Bea, Cal (Eve 40)
     .totalSessions = 5,
     .completedSessions = 3,
     .averageScore = 70.00,         // (80 + 90 + 40)/3; Ana's own quiz (100) is not a student's
     .totalTimeSpent = 13,
     .quizSessions = 4,             // Ana's iq_ana not counted
     .voiceSessions = 1,
     .averageSessionLength = 4.33,  // 13 / 3
     .assignmentsCreated = 1,       // as_b1
     .assignmentsCompleted = 1,
     .assignmentsOverdue = 3,
     .uniqueActiveUsers = 3,
     .totalLogins = 3,              // Alex, Cal, Eve (Ana's login is not a student's)
     .bounceRate = 33.33,           // 100*1/3
     .retentionRate = 75.00},       // 100*3/4
};

// ---------------------------------------------------------------------------------------------------------------
// Notifications of the first run (each to the student's instructor, or the assignment's instructor).
// ---------------------------------------------------------------------------------------------------------------
struct NotificationExpectation
{
    const char *eventKey;
    const char *type;
    const char *priority;
    const char *user;
    const char *student;
    const char *studentName;
    const char *submission;
};

const NotificationExpectation kNotifications[] = {
    // Cal: risk 30 (stored) < 50 <= 55 (new).
    {"at_risk:stu_cal:2026-03-10", "STUDENT_AT_RISK", "HIGH", "usr_ben", "stu_cal", "Cal Slipping", nullptr},
    // Fay: goal_achieved false (stored) -> true. (Alex's was already true: no notification.)
    {"goal:stu_fay", "PROGRESS_MILESTONE", "NORMAL", "usr_ana", "stu_fay", "Fay Talker", nullptr},
    // Alex: current_streak 6 (stored) < 7 <= 7 (new).
    {"streak7:stu_alex:2026-03-10", "PROGRESS_MILESTONE", "NORMAL", "usr_ana", "stu_alex", "Alex Improver", nullptr},
    // Step 4 set three of Bea's submissions to OVERDUE; Ana owns the assignments.
    {"overdue:sub_a1_bea", "ASSIGNMENT_OVERDUE", "HIGH", "usr_ana", "stu_bea", "Bea Drifter", "sub_a1_bea"},
    {"overdue:sub_a2_bea", "ASSIGNMENT_OVERDUE", "HIGH", "usr_ana", "stu_bea", "Bea Drifter", "sub_a2_bea"},
    {"overdue:sub_a3_bea", "ASSIGNMENT_OVERDUE", "HIGH", "usr_ana", "stu_bea", "Bea Drifter", "sub_a3_bea"},
    // Not notified: Bea at risk 80 but stored 70 was already >= 50; Dan 60 -> 40; Eve new row but 40 < 50 and no
    // instructor; Alex goal already true.
};

} // namespace

class TestAggregationHandChecked : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;

    QVariantMap fetchRow(const QString &sql, const QVariantList &bindings, QString *error)
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        QVariantMap row;
        if (!query.exec()) {
            *error = query.lastError().text();
            return row;
        }
        if (!query.next()) {
            *error = QStringLiteral("no row");
            return row;
        }
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        return row;
    }

    // Everything the aggregation writes or reads back, row by row, for the re-run comparison.
    QStringList dump()
    {
        QStringList lines;
        const QStringList tables = {QStringLiteral("progress_snapshots"), QStringLiteral("module_analytics"),
                                    QStringLiteral("analytics_daily"), QStringLiteral("student_progress"),
                                    QStringLiteral("assignment_submissions"), QStringLiteral("notifications")};
        for (const QString &table : tables) {
            // updated_at is the database's clock (trigger): it may move on an identical re-run.
            const QStringList rows = m_database->column(
                QStringLiteral("SELECT '%1 ' || (to_jsonb(t) - 'updated_at')::text FROM %1 t ORDER BY t.id").arg(table));
            lines << rows;
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        m_database = new TestDatabase(QStringLiteral("aggregation_hand"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));
        QVERIFY2(m_database->scalar(QStringLiteral("SELECT to_regclass('public.dashboard_aggregation_settings') IS NOT NULL")).toBool(),
                 "migration 0014_aggregation.sql (dashboard_aggregation_settings) is missing");

        QFile fixture(QStringLiteral(DASHBOARD_TEST_DATA "/aggregation_fixture.sql"));
        QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(fixture.fileName()));
        const QString script = QString::fromUtf8(fixture.readAll());
        for (const auto &statement : dashboard::migrations::SqlScript::split(script)) {
            QVERIFY2(m_database->exec(statement.text, &error),
                     qPrintable(QStringLiteral("aggregation_fixture.sql line %1: %2").arg(statement.line).arg(error)));
        }

        // The first run covers every day of the fixture, T-31 .. T.
        const Run run = aggregate(m_database->uri(), kFirstDay, kAsOf);
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("aggregate --from %1 --to %2 exited %3\nstdout: %4\nstderr: %5")
                                                   .arg(kFirstDay, kAsOf)
                                                   .arg(run.exitCode)
                                                   .arg(run.out, run.err)));
    }

    void cleanupTestCase() { delete m_database; }

    // The expectations below assume the brief's defaults; 0014 must seed exactly those.
    void settingsAndRiskFactorsAreTheBriefsDefaults()
    {
        const QList<QPair<QString, double>> settings = {{QStringLiteral("pass_score"), 80},
                                                        {QStringLiteral("at_risk_threshold"), 50},
                                                        {QStringLiteral("overall_window_sessions"), 20},
                                                        {QStringLiteral("consistency_window_days"), 28}};
        for (const auto &[name, value] : settings) {
            const QVariant actual = m_database->scalar(QStringLiteral("SELECT value FROM dashboard_aggregation_settings WHERE name = ?"), {name});
            QVERIFY2(!actual.isNull(), qPrintable(QStringLiteral("dashboard_aggregation_settings[%1] is missing").arg(name)));
            QVERIFY2(actual.toDouble() == value,
                     qPrintable(QStringLiteral("dashboard_aggregation_settings[%1].value: expected %2, got %3").arg(name).arg(value).arg(actual.toDouble())));
        }
        struct Factor
        {
            const char *name;
            double threshold;
            double weight;
        };
        const Factor factors[] = {{"never_active", 0, 40},    {"inactive_days", 14, 30}, {"inactive_week", 7, 15},
                                  {"accuracy_drop", 10, 20},  {"low_consistency", 30, 15}, {"overdue_assignments", 1, 10},
                                  {"stuck_module", 3, 15},    {"behind_target", 14, 20}, {"low_score", 60, 10}};
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM dashboard_risk_factors")).toInt(), int(std::size(factors)));
        for (const Factor &factor : factors) {
            QString error;
            const QVariantMap row = fetchRow(QStringLiteral("SELECT threshold, weight FROM dashboard_risk_factors WHERE factor = ?"),
                                             {latin1(factor.name)}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("dashboard_risk_factors[%1]: %2").arg(latin1(factor.name), error)));
            Mismatches mismatches(QStringLiteral("dashboard_risk_factors[%1]").arg(latin1(factor.name)));
            mismatches.number(row, "threshold", factor.threshold);
            mismatches.number(row, "weight", factor.weight);
            QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.report()));
        }
        QVERIFY2(m_database->scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'notifications_event_key_key'")).toInt() == 1,
                 "the partial unique index notifications_event_key_key is missing");
    }

    void pastDueOpenSubmissionsBecomeOverdue()
    {
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("sub_a1_alex"), QStringLiteral("SUBMITTED")},  // not NOT_STARTED/IN_PROGRESS: kept
            {QStringLiteral("sub_a1_bea"), QStringLiteral("OVERDUE")},     // NOT_STARTED, due 03-08 23:00 < 03-11
            {QStringLiteral("sub_a2_bea"), QStringLiteral("OVERDUE")},     // IN_PROGRESS, due 03-05 23:59 < 03-11
            {QStringLiteral("sub_a3_bea"), QStringLiteral("OVERDUE")},     // NOT_STARTED, due 03-10 12:00 < 03-11
            {QStringLiteral("sub_b1_cal"), QStringLiteral("IN_PROGRESS")}, // due 03-11 00:00, not < 03-11: kept
            {QStringLiteral("sub_b1_dan"), QStringLiteral("COMPLETED")},   // kept
        };
        for (const auto &[id, status] : expected) {
            const QString actual = m_database->scalar(QStringLiteral("SELECT status::text FROM assignment_submissions WHERE id = ?"), {id}).toString();
            QVERIFY2(actual == status, qPrintable(QStringLiteral("assignment_submissions[%1].status: expected %2, got %3").arg(id, status, actual)));
        }
    }

    void snapshotRowsAreExactlyTheActiveStudentDays()
    {
        QStringList expected;
        for (const SnapshotExpectation &e : kSnapshots)
            expected << QStringLiteral("%1 %2").arg(latin1(e.student), latin1(e.date));
        expected.sort();
        // No row for Ana (not a student), none for Eve (her stale T-1 row deleted), none for Alex on T+1.
        QStringList actual = m_database->column(QStringLiteral("SELECT student_id || ' ' || snapshot_date::text FROM progress_snapshots"));
        actual.sort();
        QCOMPARE(actual, expected);
        // The pre-existing row of Alex on T-1 keeps its id.
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT id FROM progress_snapshots WHERE student_id = 'stu_alex' AND snapshot_date = DATE '2026-03-09'"))
                     .toString(),
                 QStringLiteral("ps_alex_prev"));
    }

    void snapshots_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kSnapshots)); ++i)
            QTest::addRow("%s %s", kSnapshots[i].student, kSnapshots[i].date) << i;
    }

    void snapshots()
    {
        QFETCH(int, index);
        const SnapshotExpectation &e = kSnapshots[index];
        QString error;
        const QVariantMap row = fetchRow(QStringLiteral("SELECT * FROM progress_snapshots WHERE student_id = ? AND snapshot_date = ?::date"),
                                         {latin1(e.student), latin1(e.date)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("progress_snapshots[%1 %2]: %3").arg(latin1(e.student), latin1(e.date), error)));
        Mismatches m(QStringLiteral("progress_snapshots[%1 %2]").arg(latin1(e.student), latin1(e.date)));
        m.integer(row, "session_count", e.sessionCount);
        m.integer(row, "sessions_completed", e.sessionsCompleted);
        m.integer(row, "questions_answered", e.questionsAnswered);
        m.integer(row, "correct_answers", e.correctAnswers);
        m.integer(row, "total_time_spent", e.totalTimeSpent);
        m.number(row, "daily_accuracy", e.dailyAccuracy);
        m.number(row, "overall_score", e.overallScore);
        m.number(row, "improvement_delta", e.improvementDelta);
        m.integer(row, "peak_activity_hour", e.peakActivityHour);
        m.number(row, "avg_session_length", e.avgSessionLength);
        QVERIFY2(m.isEmpty(), qPrintable(m.report()));
    }

    void moduleAnalyticsGroupsAreThoseWithSessions()
    {
        // (date, module, difficulty) of every quiz session started in 02-07..03-10. Ana's own quiz on T
        // (codes-2 EASY) is left out of this comparison: step 2 does not say whether non-students count.
        QStringList expected = {
            QStringLiteral("2026-02-07 codes-1 CODES EASY"),       // aq1
            QStringLiteral("2026-02-18 codes-1 CODES EASY"),       // bq1
            QStringLiteral("2026-02-18 protocol-1 PROTOCOL EASY"), // dq0
            QStringLiteral("2026-02-26 codes-1 CODES EASY"),       // aq2
            QStringLiteral("2026-02-26 protocol-1 PROTOCOL EASY"), // dq1
            QStringLiteral("2026-02-28 phonetic-1 PHONETIC MEDIUM"), // cq1
            QStringLiteral("2026-03-01 protocol-1 PROTOCOL EASY"), // dq2
            QStringLiteral("2026-03-02 phonetic-1 PHONETIC MEDIUM"), // cq2
            QStringLiteral("2026-03-03 phonetic-1 PHONETIC HARD"), // fq1
            QStringLiteral("2026-03-04 codes-1 CODES EASY"),       // aq3
            QStringLiteral("2026-03-05 codes-2 CODES MEDIUM"),     // aq4
            QStringLiteral("2026-03-06 codes-2 CODES MEDIUM"),     // aq5
            QStringLiteral("2026-03-07 protocol-1 PROTOCOL EASY"), // dq3, dq4 (Alex's T-3 is voice only)
            QStringLiteral("2026-03-08 codes-2 CODES MEDIUM"),     // aq6
            QStringLiteral("2026-03-09 phonetic-1 PHONETIC MEDIUM"), // cq3
            QStringLiteral("2026-03-09 protocol-1 PROTOCOL HARD"), // aq7
            QStringLiteral("2026-03-10 codes-1 CODES EASY"),       // aq8, aq9, cq4
            QStringLiteral("2026-03-10 protocol-1 PROTOCOL EASY"), // dq5
            // aq10 (03-11) is outside the run: no group.
        };
        expected.sort();
        QStringList actual = m_database->column(QStringLiteral(
            "SELECT date::text || ' ' || module_id || ' ' || category::text || ' ' || difficulty::text FROM module_analytics "
            "WHERE NOT (date = DATE '2026-03-10' AND module_id = 'codes-2' AND difficulty = 'EASY')"));
        actual.sort();
        QCOMPARE(actual, expected);
    }

    void moduleAnalytics_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kModules)); ++i)
            QTest::addRow("%s", kModules[i].label) << i;
    }

    void moduleAnalytics()
    {
        QFETCH(int, index);
        const ModuleExpectation &e = kModules[index];
        QString error;
        const QVariantMap row = fetchRow(QStringLiteral("SELECT *, question_stats::text AS question_stats_text FROM module_analytics "
                                                        "WHERE date = ?::date AND module_id = ? AND category::text = ? AND difficulty::text = ?"),
                                         {latin1(e.date), latin1(e.module), latin1(e.category), latin1(e.difficulty)}, &error);
        const QString name = QStringLiteral("module_analytics[%1 %2 %3 %4]").arg(latin1(e.date), latin1(e.module), latin1(e.category), latin1(e.difficulty));
        QVERIFY2(error.isEmpty(), qPrintable(name + QStringLiteral(": ") + error));
        Mismatches m(name);
        m.integer(row, "total_attempts", e.totalAttempts);
        m.integer(row, "successful_attempts", e.successfulAttempts);
        m.number(row, "average_score", e.averageScore);
        m.number(row, "average_time", e.averageTime);
        m.number(row, "completion_rate", e.completionRate);
        m.number(row, "retry_rate", e.retryRate);
        m.number(row, "abandonment_rate", e.abandonmentRate);

        const QString statsText = row.value(QStringLiteral("question_stats_text")).toString();
        const QJsonDocument document = QJsonDocument::fromJson(statsText.toUtf8());
        if (!document.isObject()) {
            m.add("question_stats", QStringLiteral("a JSON object"), statsText);
        } else {
            const QJsonObject stats = document.object();
            QStringList expectedKeys;
            for (const ItemStat &item : e.questionStats)
                expectedKeys << latin1(item.item);
            QStringList actualKeys = stats.keys();
            expectedKeys.sort();
            actualKeys.sort();
            if (actualKeys != expectedKeys)
                m.add("question_stats keys", QStringLiteral("{%1}").arg(expectedKeys.join(QStringLiteral(", "))),
                      QStringLiteral("{%1} (%2)").arg(actualKeys.join(QStringLiteral(", ")), statsText));
            for (const ItemStat &item : e.questionStats) {
                const QJsonObject stat = stats.value(latin1(item.item)).toObject();
                const QString where = QStringLiteral("question_stats[\"%1\"]").arg(latin1(item.item));
                if (stat.value(QStringLiteral("attempts")).toDouble(-1) != item.attempts)
                    m.addLine(QStringLiteral("%1.attempts: expected %2, got %3").arg(where).arg(item.attempts).arg(statsText));
                if (stat.value(QStringLiteral("correct")).toDouble(-1) != item.correct)
                    m.addLine(QStringLiteral("%1.correct: expected %2, got %3").arg(where).arg(item.correct).arg(statsText));
                if (qAbs(stat.value(QStringLiteral("accuracy")).toDouble(-1000) - item.accuracy) > kTolerance)
                    m.addLine(QStringLiteral("%1.accuracy: expected %2, got %3").arg(where).arg(item.accuracy, 0, 'f', 2).arg(statsText));
            }
        }
        QVERIFY2(m.isEmpty(), qPrintable(m.report()));
    }

    void studentProgressRowsAreOnePerStudent()
    {
        QStringList actual = m_database->column(QStringLiteral("SELECT student_id FROM student_progress"));
        actual.sort();
        QStringList expected;
        for (const ProgressExpectation &e : kProgress)
            expected << latin1(e.student);
        expected.sort();
        QCOMPARE(actual, expected); // six students; no row for Ana, Ben or Sue
    }

    void studentProgress_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kProgress)); ++i)
            QTest::addRow("%s", kProgress[i].student) << i;
    }

    void studentProgress()
    {
        QFETCH(int, index);
        const ProgressExpectation &e = kProgress[index];
        QString error;
        const QVariantMap row = fetchRow(
            QStringLiteral("SELECT id, instructor_id, overall_score, completion_rate, quiz_accuracy, voice_accuracy, codes_progress, "
                           "phonetic_progress, protocol_progress, total_time_spent, average_session_time, "
                           "to_char(last_active_at, 'YYYY-MM-DD HH24:MI:SS.MS') AS last_active_at, current_streak, longest_streak, "
                           "consistency_score, improvement_rate, difficulty_level::text AS difficulty_level, risk_score, "
                           "array_to_json(risk_factors)::text AS risk_factors, "
                           "to_char(last_risk_evaluation, 'YYYY-MM-DD HH24:MI:SS.MS') AS last_risk_evaluation, target_score, "
                           "to_char(target_date, 'YYYY-MM-DD HH24:MI:SS.MS') AS target_date, goal_achieved "
                           "FROM student_progress WHERE student_id = ?"),
            {latin1(e.student)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("student_progress[%1]: %2").arg(latin1(e.student), error)));
        Mismatches m(QStringLiteral("student_progress[%1]").arg(latin1(e.student)));
        if (e.id)
            m.text(row, "id", latin1(e.id)); // existing rows keep their id
        else if (row.value(QStringLiteral("id")).toString().isEmpty())
            m.add("id", QStringLiteral("a new id"), QStringLiteral("empty"));
        m.text(row, "instructor_id", latin1(e.instructor));
        m.number(row, "overall_score", e.overallScore);
        m.number(row, "completion_rate", e.completionRate);
        m.number(row, "quiz_accuracy", e.quizAccuracy);
        m.number(row, "voice_accuracy", e.voiceAccuracy);
        m.number(row, "codes_progress", e.codesProgress);
        m.number(row, "phonetic_progress", e.phoneticProgress);
        m.number(row, "protocol_progress", e.protocolProgress);
        m.integer(row, "total_time_spent", e.totalTimeSpent);
        m.number(row, "average_session_time", e.averageSessionTime);
        m.text(row, "last_active_at", latin1(e.lastActiveAt));
        m.integer(row, "current_streak", e.currentStreak);
        m.integer(row, "longest_streak", e.longestStreak);
        m.number(row, "consistency_score", e.consistencyScore);
        m.number(row, "improvement_rate", e.improvementRate);
        m.text(row, "difficulty_level", latin1(e.difficultyLevel));
        m.number(row, "risk_score", e.riskScore);
        m.text(row, "risk_factors", QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.riskFactors)).toJson(QJsonDocument::Compact)));
        m.text(row, "last_risk_evaluation", QStringLiteral("2026-03-11 00:00:00.000")); // (T + 1)::timestamp
        if (e.targetScore < 0)
            m.text(row, "target_score", QString());
        else
            m.number(row, "target_score", e.targetScore);
        m.text(row, "target_date", latin1(e.targetDate));
        m.flag(row, "goal_achieved", e.goalAchieved);
        QVERIFY2(m.isEmpty(), qPrintable(m.report()));
    }

    void analyticsDailyRowsForEveryDay()
    {
        // Per day: 3 instructor-profile rows (Ana, Ben, Sue) + 2 departments + 1 program = 6; 02-07..03-10 = 32 days.
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM analytics_daily WHERE date = DATE '2026-03-10'")).toInt(), 6);
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM analytics_daily")).toInt(), 32 * 6);
    }

    void analyticsDaily_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kDaily)); ++i)
            QTest::addRow("%s", kDaily[i].label) << i;
    }

    void analyticsDaily()
    {
        QFETCH(int, index);
        const DailyExpectation &e = kDaily[index];
        QString error;
        const QVariantMap row = fetchRow(QStringLiteral("SELECT * FROM analytics_daily WHERE date = DATE '2026-03-10' "
                                                        "AND instructor_id IS NOT DISTINCT FROM ?::text AND department_id IS NOT DISTINCT FROM ?::text"),
                                         {e.instructor ? QVariant(latin1(e.instructor)) : QVariant(QMetaType(QMetaType::QString)),
                                          e.department ? QVariant(latin1(e.department)) : QVariant(QMetaType(QMetaType::QString))},
                                         &error);
        const QString name = QStringLiteral("analytics_daily[2026-03-10 %1]").arg(latin1(e.label));
        QVERIFY2(error.isEmpty(), qPrintable(name + QStringLiteral(": ") + error));
        Mismatches m(name);
        m.integer(row, "total_students", e.totalStudents);
        m.integer(row, "active_students", e.activeStudents);
        m.integer(row, "new_registrations", e.newRegistrations);
        m.integer(row, "at_risk_students", e.atRiskStudents);
        m.integer(row, "total_sessions", e.totalSessions);
        m.integer(row, "completed_sessions", e.completedSessions);
        m.number(row, "average_score", e.averageScore);
        m.integer(row, "total_time_spent", e.totalTimeSpent);
        m.integer(row, "quiz_sessions", e.quizSessions);
        m.integer(row, "voice_sessions", e.voiceSessions);
        m.number(row, "average_session_length", e.averageSessionLength);
        m.integer(row, "assignments_created", e.assignmentsCreated);
        m.integer(row, "assignments_completed", e.assignmentsCompleted);
        m.integer(row, "assignments_overdue", e.assignmentsOverdue);
        m.integer(row, "unique_active_users", e.uniqueActiveUsers);
        m.integer(row, "total_logins", e.totalLogins);
        m.number(row, "bounce_rate", e.bounceRate);
        m.number(row, "retention_rate", e.retentionRate);
        QVERIFY2(m.isEmpty(), qPrintable(m.report()));
    }

    void notificationsOfTheRun()
    {
        QStringList expectedKeys;
        for (const NotificationExpectation &e : kNotifications)
            expectedKeys << latin1(e.eventKey);
        expectedKeys.sort();
        QStringList actualKeys = m_database->column(QStringLiteral("SELECT metadata->>'event_key' FROM notifications WHERE metadata->>'event_key' IS NOT NULL"));
        actualKeys.sort();
        QCOMPARE(actualKeys, expectedKeys);
        // The fixture's own notification is untouched, and it is the only other one.
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM notifications")).toInt(), int(std::size(kNotifications)) + 1);
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT title FROM notifications WHERE id = 'ntf_old'")).toString(), QStringLiteral("Assignment due"));

        for (const NotificationExpectation &e : kNotifications) {
            QString error;
            const QVariantMap row = fetchRow(QStringLiteral("SELECT type::text AS type, priority::text AS priority, user_id, action_url, "
                                                            "metadata->>'student_id' AS student_id, metadata->>'submission_id' AS submission_id, "
                                                            "title || ' ' || message AS text FROM notifications WHERE metadata->>'event_key' = ?"),
                                             {latin1(e.eventKey)}, &error);
            const QString name = QStringLiteral("notifications[%1]").arg(latin1(e.eventKey));
            QVERIFY2(error.isEmpty(), qPrintable(name + QStringLiteral(": ") + error));
            Mismatches m(name);
            m.text(row, "type", latin1(e.type));
            m.text(row, "priority", latin1(e.priority));
            m.text(row, "user_id", latin1(e.user));
            m.text(row, "action_url", QStringLiteral("dashboard://students/") + latin1(e.student));
            m.text(row, "student_id", latin1(e.student));
            if (e.submission)
                m.text(row, "submission_id", latin1(e.submission));
            if (!row.value(QStringLiteral("text")).toString().contains(latin1(e.studentName)))
                m.add("title/message", QStringLiteral("naming %1").arg(latin1(e.studentName)), row.value(QStringLiteral("text")).toString());
            QVERIFY2(m.isEmpty(), qPrintable(m.report()));
        }
    }

    // The daily run, --from T-1 --to T, on top of the full one: identical rows (same ids), no new notification.
    void rerunFromYesterdayChangesNothing()
    {
        const QStringList before = dump();
        QVERIFY(!before.isEmpty());
        const Run run = aggregate(m_database->uri(), kYesterday, kAsOf);
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("aggregate --from %1 --to %2 exited %3\nstdout: %4\nstderr: %5")
                                                   .arg(kYesterday, kAsOf)
                                                   .arg(run.exitCode)
                                                   .arg(run.out, run.err)));
        const QStringList after = dump();
        QCOMPARE(after, before);
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM notifications")).toInt(), int(std::size(kNotifications)) + 1);
    }
};

QTEST_GUILESS_MAIN(TestAggregationHandChecked)
#include "tst_aggregation_handchecked.moc"
