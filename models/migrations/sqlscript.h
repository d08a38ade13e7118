#pragma once

#include <QList>
#include <QString>

namespace dashboard::migrations {

// One statement of a SQL script, with where it starts in the file.
struct SqlStatement
{
    QString text; // without the terminating ';'
    int line = 0; // 1-based line of the statement's first character
};

// Splits a PostgreSQL script into statements.
//
// QSqlQuery::exec() with several statements reports only the first one's error, and libpq's
// PQexec() reports no line at all; running statement by statement lets every error name its
// file and line. Understands '-' and '/* */' comments (nested), quoted identifiers, standard
// and E'' strings, and dollar-quoted bodies ($$ ... $$, $fn$ ... $fn$).
class SqlScript
{
public:
    static QList<SqlStatement> split(const QString &script);

    // The line inside the script of a 1-based character position inside a statement
    // (PostgreSQL's PG_DIAG_STATEMENT_POSITION counts characters).
    static int lineOfPosition(const SqlStatement &statement, int position);
};

} // namespace dashboard::migrations
