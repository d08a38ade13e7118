#pragma once

#include "studentsummary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dashboard::students {

// One day of progress_snapshots, for the trend charts.
struct DailySnapshot
{
    QDate date;
    double overallScore = 0;
    double dailyAccuracy = 0;
    int totalTimeSpent = 0; // minutes
    int sessionsCompleted = 0;
    int questionsAnswered = 0;
};

// A quiz or voice session, for the recent sessions table.
struct SessionRecord
{
    enum class Kind { Quiz, Voice };
    Kind kind = Kind::Quiz;
    QString id;
    QDateTime startedAt;   // UTC
    QDateTime completedAt; // UTC; invalid for an abandoned quiz
    QString moduleId;      // quiz only
    QString category;      // CODES | PHONETIC | PROTOCOL (voice: may be empty)
    QString difficulty;    // quiz only
    std::optional<double> score;
    int questionsAnswered = 0;
    int correctAnswers = 0;
    int durationSeconds = 0;
};

// One of the student's assignment submissions.
struct SubmissionRecord
{
    QString assignmentId;
    QString assignmentTitle;
    QDateTime dueDate; // UTC
    QString status;    // SubmissionStatus
    int attemptNumber = 1;
    std::optional<double> score;
    double targetScore = 0;
    QDateTime submittedAt; // UTC
    QString instructorFeedback;
};

// An item (10-code, phonetic word, proword) the student gets wrong most.
struct MissedItem
{
    QString item;
    int attempts = 0;
    int wrong = 0;
    double errorRate() const { return attempts > 0 ? 100.0 * wrong / attempts : 0.0; }
};

// Everything the student detail shows.
struct StudentDetail
{
    StudentSummary summary;
    QList<DailySnapshot> snapshots;   // ascending by date, within the requested range
    QList<SessionRecord> recentSessions; // newest first, at most 50
    QList<SubmissionRecord> submissions;
    QList<MissedItem> missedItems;       // most wrong first, at most 10
};

// The trend range the detail asks for.
enum class TrendRange { Days30 = 30, Days90 = 90, Days365 = 365, All = 0 };

} // namespace dashboard::students
