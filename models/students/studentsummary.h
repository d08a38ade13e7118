#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace dashboard::students {

// One row of the Students page: a student the signed-in person may see (row-level security
// decides), with the figures of student_progress and their open work.
struct StudentSummary
{
    QString studentId;
    QString name;
    QString email;
    QString departmentName;
    QString instructorName;
    double riskScore = 0;
    QStringList riskFactors; // raw "factor:value:+weight" entries, highest weight first
    double overallScore = 0;
    double codesProgress = 0;
    double phoneticProgress = 0;
    double protocolProgress = 0;
    QDateTime lastActiveAt; // UTC; invalid when never active
    int currentStreak = 0;
    int openAssignments = 0;    // submissions NOT_STARTED, IN_PROGRESS or OVERDUE
    int overdueAssignments = 0; // submissions OVERDUE
    std::optional<double> targetScore;
    QDate targetDate;
    bool goalAchieved = false;

    friend bool operator==(const StudentSummary &, const StudentSummary &) = default;
};

} // namespace dashboard::students

Q_DECLARE_METATYPE(dashboard::students::StudentSummary)
