// The dashboard's migrations only add to the student app's tables: on a database that already
// holds them with rows, no column, constraint or index of theirs changes and every row stays.
#include "migrations/migrationrunner.h"
#include "migrations/sqlscript.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace dashboard::migrations;

namespace {

const QStringList kStudentAppTables{QStringLiteral("users"), QStringLiteral("quiz_sessions"),
                                    QStringLiteral("voice_practice_sessions")};

// name -> "type|nullability|default" for each column of a table.
QMap<QString, QString> columnsOf(TestDatabase &database, const QString &table)
{
    QMap<QString, QString> columns;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod) || '|' || a.attnotnull || '|' || "
                             "coalesce(pg_get_expr(d.adbin, d.adrelid), '') "
                             "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                             "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"));
    q.addBindValue(table);
    q.exec();
    while (q.next())
        columns.insert(q.value(0).toString(), q.value(1).toString());
    return columns;
}

// name -> definition of each constraint and index on a table.
QMap<QString, QString> constraintsAndIndexesOf(TestDatabase &database, const QString &table)
{
    QMap<QString, QString> result;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT 'constraint ' || conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = to_regclass(?) "
                             "UNION ALL SELECT 'index ' || indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index "
                             "WHERE indrelid = to_regclass(?)"));
    q.addBindValue(table);
    q.addBindValue(table);
    q.exec();
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

// A fingerprint of every row, over the given columns only.
QString rowsFingerprint(TestDatabase &database, const QString &table, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << QStringLiteral("t.\"%1\"").arg(column);
    return database
        .scalar(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(row(%1)::text, ',' ORDER BY t.id)) FROM %2 t")
                    .arg(quoted.join(QLatin1Char(',')), table))
        .toString();
}

} // namespace

class TestStudentAppAdditive : public QObject
{
    Q_OBJECT

private slots:
    void migratingKeepsTheStudentAppIntact()
    {
        TestDatabase database(QStringLiteral("additive"));
        REQUIRE_DATABASE(database);

        // The student app's tables as a real deployment has them: created by the student app,
        // not recorded in our history.
        QFile baseline(QStringLiteral(":/migrations/baseline/0001_student_app_baseline.sql"));
        QVERIFY(baseline.open(QIODevice::ReadOnly));
        for (const SqlStatement &statement : SqlScript::split(QString::fromUtf8(baseline.readAll()))) {
            QString error;
            QVERIFY2(database.exec(statement.text, &error), qPrintable(error));
        }
        QString error;
        QVERIFY2(database.exec(QStringLiteral(
                                   "INSERT INTO users (id, email, name, role, updated_at) "
                                   "SELECT 'u' || g, 'trainee' || g || '@example.org', 'Trainee ' || g, "
                                   "  (CASE WHEN g % 10 = 0 THEN 'INSTRUCTOR' ELSE 'USER' END)::\"UserRole\", now() "
                                   "FROM generate_series(1, 200) g"),
                               &error),
                 qPrintable(error));
        QVERIFY2(database.exec(QStringLiteral(
                                   "INSERT INTO quiz_sessions (id, user_id, module_id, category, score, questions_answered, correct_answers, started_at) "
                                   "SELECT 'q' || g, 'u' || (1 + g % 200), 'codes-1', 'CODES', g % 100, 10, g % 10, now() - g * interval '1 hour' "
                                   "FROM generate_series(1, 2000) g"),
                               &error),
                 qPrintable(error));
        QVERIFY2(database.exec(QStringLiteral(
                                   "INSERT INTO voice_practice_sessions (id, user_id, score, accuracy, duration) "
                                   "SELECT 'v' || g, 'u' || (1 + g % 200), 70, 0.8, 120 FROM generate_series(1, 500) g"),
                               &error),
                 qPrintable(error));

        QMap<QString, QMap<QString, QString>> columnsBefore;
        QMap<QString, QMap<QString, QString>> structureBefore;
        QMap<QString, QString> rowsBefore;
        for (const QString &table : kStudentAppTables) {
            columnsBefore[table] = columnsOf(database, table);
            structureBefore[table] = constraintsAndIndexesOf(database, table);
            rowsBefore[table] = rowsFingerprint(database, table, columnsBefore[table].keys());
            QVERIFY(!columnsBefore[table].isEmpty());
        }

        QList<Migration> dashboard;
        for (const Migration &migration : embeddedMigrations(false, &error))
            dashboard << migration;
        MigrationRunner runner(database.connection(), {}, dashboard);
        QVERIFY2(runner.migrate({false, false}), qPrintable(runner.errorString()));

        for (const QString &table : kStudentAppTables) {
            const auto columnsAfter = columnsOf(database, table);
            for (auto it = columnsBefore[table].cbegin(); it != columnsBefore[table].cend(); ++it) {
                QVERIFY2(columnsAfter.contains(it.key()), qPrintable(table + QLatin1Char('.') + it.key() + QStringLiteral(" was dropped")));
                QVERIFY2(columnsAfter.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("%1.%2 changed from %3 to %4").arg(table, it.key(), it.value(), columnsAfter.value(it.key()))));
            }
            // Whatever was added must be nullable and without a rewrite-forcing default.
            for (auto it = columnsAfter.cbegin(); it != columnsAfter.cend(); ++it) {
                if (!columnsBefore[table].contains(it.key()))
                    QVERIFY2(it.value().endsWith(QStringLiteral("|false|")),
                             qPrintable(QStringLiteral("added column %1.%2 is %3").arg(table, it.key(), it.value())));
            }
            const auto structureAfter = constraintsAndIndexesOf(database, table);
            for (auto it = structureBefore[table].cbegin(); it != structureBefore[table].cend(); ++it)
                QVERIFY2(structureAfter.value(it.key()) == it.value(), qPrintable(table + QStringLiteral(": ") + it.key() + QStringLiteral(" changed")));
            QCOMPARE(rowsFingerprint(database, table, columnsBefore[table].keys()), rowsBefore[table]);
        }
        // The one addition the specification makes to users.
        QCOMPARE(columnsOf(database, QStringLiteral("users")).value(QStringLiteral("department_id")), QStringLiteral("text|false|"));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(TestStudentAppAdditive)
#include "tst_studentappadditive.moc"
