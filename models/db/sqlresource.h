#pragma once

#include <QString>

namespace dashboard::db {

// The text of an embedded statement, resources/sql/<path>.sql (e.g. "students/students"), ready
// for QSqlQuery::prepare(): whole-line comments removed, because QtSql scans the text for
// placeholders and quotes, and an apostrophe or question mark in a comment would throw that
// scan off. Read once per path and kept; empty, with a warning, when the build lacks the file.
// Thread-safe.
QString sqlResource(const QString &path);

} // namespace dashboard::db
