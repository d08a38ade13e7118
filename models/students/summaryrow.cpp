#include "summaryrow.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dashboard::students {

StudentSummary readSummaryRow(const QSqlQuery &query, const SummaryRowFormat &format)
{
    StudentSummary s;
    s.studentId = query.value(0).toString();
    s.name = query.value(1).toString();
    s.email = query.value(2).toString();
    s.departmentName = query.value(3).toString();
    s.instructorName = query.value(4).toString();
    s.riskScore = query.value(5).toDouble();
    s.riskFactors = jsonStrings(query.value(6));
    s.overallScore = query.value(7).toDouble();
    s.codesProgress = query.value(8).toDouble();
    s.phoneticProgress = query.value(9).toDouble();
    s.protocolProgress = query.value(10).toDouble();
    s.lastActiveAt = format.timestamp(query.value(11));
    s.currentStreak = query.value(12).toInt();
    s.openAssignments = query.value(13).toInt();
    s.overdueAssignments = query.value(14).toInt();
    s.targetScore = optionalDouble(query.value(15));
    s.targetDate = query.value(16).isNull() ? QDate() : format.date(query.value(16));
    s.goalAchieved = query.value(17).toBool();
    s.updatedAt = format.timestamp(query.value(18));
    return s;
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QStringList jsonStrings(const QVariant &value)
{
    QStringList strings;
    if (value.isNull())
        return strings;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &entry : array) {
        if (entry.isString())
            strings << entry.toString();
    }
    return strings;
}

} // namespace dashboard::students
