// Splitting migration scripts into statements, with the lines errors are reported on.
#include "migrations/sqlscript.h"

#include <QTest>

using dashboard::migrations::SqlScript;
using dashboard::migrations::SqlStatement;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnSemicolons()
    {
        const auto statements = SqlScript::split(QStringLiteral("SELECT 1;\nSELECT 2;\n\nSELECT 3"));
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements[0].text, QStringLiteral("SELECT 1"));
        QCOMPARE(statements[1].line, 2);
        QCOMPARE(statements[2].text, QStringLiteral("SELECT 3"));
        QCOMPARE(statements[2].line, 4);
    }

    void ignoresSemicolonsInCommentsAndQuotes()
    {
        const QString script = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "SELECT 'a;b', \"odd;name\" FROM t; /* block ; comment /* nested; */ still; */\n"
            "SELECT E'it\\'s; fine', 'it''s; fine';\n");
        const auto statements = SqlScript::split(script);
        QCOMPARE(statements.size(), 2);
        QCOMPARE(statements[0].line, 2);
        QVERIFY(statements[0].text.startsWith(QStringLiteral("SELECT 'a;b', \"odd;name\"")));
        QCOMPARE(statements[1].line, 3);
        QVERIFY(statements[1].text.contains(QStringLiteral("'it''s; fine'")));
    }

    void keepsDollarQuotedBodiesWhole()
    {
        const QString script = QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  NEW.x := 1; RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n"
            "CREATE FUNCTION g() RETURNS text AS $body$ SELECT '$$;' $body$ LANGUAGE sql;\n"
            "SELECT $1;\n");
        const auto statements = SqlScript::split(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements[0].text.endsWith(QStringLiteral("LANGUAGE plpgsql")));
        QCOMPARE(statements[1].line, 6);
        QVERIFY(statements[1].text.contains(QStringLiteral("'$$;'")));
        QCOMPARE(statements[2].text, QStringLiteral("SELECT $1"));
    }

    void dropsEmptyStatementsAndCommentOnlyTails()
    {
        const auto statements = SqlScript::split(QStringLiteral(";;\n-- only a comment\n/* and another */\n"));
        QVERIFY(statements.isEmpty());
    }

    void mapsErrorPositionsToFileLines()
    {
        const auto statements = SqlScript::split(QStringLiteral("\n\nCREATE TABLE t (\n  a int,\n  b nonsense\n);"));
        QCOMPARE(statements.size(), 1);
        const SqlStatement &statement = statements.first();
        QCOMPARE(statement.line, 3);
        const int position = int(statement.text.indexOf(QStringLiteral("nonsense"))) + 1;
        QCOMPARE(SqlScript::lineOfPosition(statement, position), 5);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
