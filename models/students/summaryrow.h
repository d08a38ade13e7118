#pragma once

#include "studentsummary.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

namespace dashboard::students {

// How the timestamps and dates of a row are stored: PostgreSQL returns them typed, the local copy
// (SQLite) as ISO text.
struct SummaryRowFormat
{
    std::function<QDateTime(const QVariant &)> timestamp; // to UTC; invalid for NULL
    std::function<QDate(const QVariant &)> date;           // invalid for NULL
};

// One StudentSummary from a row in the column order of resources/sql/students/students.sql and
// student.sql, which the local copy's summary query repeats (models/offline/cachereader.cpp).
StudentSummary readSummaryRow(const QSqlQuery &query, const SummaryRowFormat &format);

// NULL stays empty; anything else is a number.
std::optional<double> optionalDouble(const QVariant &value);

// The strings of a JSON array given as text (risk_factors); nothing for NULL or anything else.
QStringList jsonStrings(const QVariant &value);

} // namespace dashboard::students
