#pragma once

#include "studentsummary.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

namespace dashboard::students {

// How the timestamps, dates and lists of a row are stored: PostgreSQL returns them typed (a text[]
// as its array literal), the local copy (SQLite) as ISO text and JSON.
struct SummaryRowFormat
{
    std::function<QDateTime(const QVariant &)> timestamp; // to UTC; invalid for NULL
    std::function<QDate(const QVariant &)> date;           // invalid for NULL
    std::function<QStringList(const QVariant &)> strings;  // risk_factors; empty for NULL
};

// One StudentSummary from a row in the column order of resources/sql/students/students.sql and
// student.sql, which the local copy's summary query repeats (models/offline/cachereader.cpp).
StudentSummary readSummaryRow(const QSqlQuery &query, const SummaryRowFormat &format);

// NULL stays empty; anything else is a number.
std::optional<double> optionalDouble(const QVariant &value);

// The strings of a JSON array given as text (risk_factors); nothing for NULL or anything else.
QStringList jsonStrings(const QVariant &value);

// The elements of a one-dimensional PostgreSQL text[] in its text form ({a,"b c",NULL}), as QPSQL
// hands it over: quoted elements unescaped, NULL elements left out; nothing for NULL or for text
// that is not such an array.
QStringList postgresTextArray(const QVariant &value);

} // namespace dashboard::students
