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
    s.riskFactors = format.strings(query.value(6));
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

QStringList postgresTextArray(const QVariant &value)
{
    QStringList elements;
    if (value.isNull())
        return elements;
    const QString text = value.toString();
    if (text.size() < 2 || text.front() != QLatin1Char('{') || text.back() != QLatin1Char('}'))
        return elements;
    const qsizetype end = text.size() - 1;
    qsizetype i = 1;
    while (i < end) {
        QString element;
        bool quoted = false;
        if (text.at(i) == QLatin1Char('{'))
            return {}; // a nested array: not what this reads
        if (text.at(i) == QLatin1Char('"')) {
            quoted = true;
            for (++i; i < end && text.at(i) != QLatin1Char('"'); ++i) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < end)
                    ++i;
                element += text.at(i);
            }
            ++i; // the closing quote
        } else {
            for (; i < end && text.at(i) != QLatin1Char(','); ++i)
                element += text.at(i);
        }
        if (quoted || element != QLatin1String("NULL"))
            elements << element;
        if (i < end && text.at(i) != QLatin1Char(','))
            return {}; // text after a quoted element: not an array literal
        ++i; // the comma
    }
    return elements;
}

} // namespace dashboard::students
