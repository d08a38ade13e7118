// The whole specification is in the database: tests/data/expected_schema.json, written from
// the specification, is compared with the live catalog of a freshly migrated database.
// Every difference is reported by name.
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

// Splits "a, b DESC" at top-level commas.
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts << current.trimmed();
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}

// The text inside the parenthesis that opens at `open`, and the index after its closing one.
QString balanced(const QString &text, qsizetype open, qsizetype *end)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('('))
            ++depth;
        else if (text[i] == QLatin1Char(')') && --depth == 0) {
            *end = i + 1;
            return text.mid(open + 1, i - open - 1);
        }
    }
    *end = text.size();
    return {};
}

struct LiveIndex
{
    QString table;
    QString method;
    QStringList columns;
    QStringList include;
    QString where;
    bool unique = false;
    bool nullsNotDistinct = false;
};

LiveIndex parseIndex(const QString &table, const QString &definition, bool unique, bool nullsNotDistinct)
{
    // CREATE [UNIQUE] INDEX name ON public.t USING btree (a, b DESC) [INCLUDE (x)] [NULLS NOT DISTINCT] [WHERE (cond)]
    LiveIndex index;
    index.table = table;
    index.unique = unique;
    index.nullsNotDistinct = nullsNotDistinct;
    const qsizetype usingAt = definition.indexOf(QStringLiteral(" USING "));
    const qsizetype open = definition.indexOf(QLatin1Char('('), usingAt);
    index.method = definition.mid(usingAt + 7, open - usingAt - 8);
    qsizetype end = 0;
    index.columns = splitTopLevel(balanced(definition, open, &end));
    QString rest = definition.mid(end);
    const qsizetype includeAt = rest.indexOf(QStringLiteral(" INCLUDE ("));
    if (includeAt >= 0) {
        qsizetype includeEnd = 0;
        index.include = splitTopLevel(balanced(rest, includeAt + 9, &includeEnd));
    }
    const qsizetype whereAt = rest.indexOf(QStringLiteral(" WHERE "));
    if (whereAt >= 0) {
        index.where = rest.mid(whereAt + 7).trimmed();
        if (index.where.startsWith(QLatin1Char('(')) && index.where.endsWith(QLatin1Char(')')))
            index.where = index.where.mid(1, index.where.size() - 2);
    }
    return index;
}

QString deleteAction(const QString &code)
{
    static const QHash<QString, QString> names{{QStringLiteral("a"), QStringLiteral("NO ACTION")},
                                               {QStringLiteral("r"), QStringLiteral("RESTRICT")},
                                               {QStringLiteral("c"), QStringLiteral("CASCADE")},
                                               {QStringLiteral("n"), QStringLiteral("SET NULL")},
                                               {QStringLiteral("d"), QStringLiteral("SET DEFAULT")}};
    return names.value(code, code);
}

} // namespace

class TestSchemaCatalog : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;
    QJsonObject m_expected;
    QStringList m_differences;

    QSqlQuery query(const QString &sql)
    {
        QSqlQuery q(m_database->connection());
        if (!q.exec(sql))
            qFatal("catalog query failed: %s", qPrintable(sql));
        return q;
    }

    void differ(const QString &what) { m_differences << what; }

    void reportDifferences()
    {
        const QStringList differences = std::exchange(m_differences, {});
        if (!differences.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 difference(s) from the specification:\n  ").arg(differences.size())
                             + differences.join(QStringLiteral("\n  "))));
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(DASHBOARD_TEST_DATA "/expected_schema.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError parseError;
        m_expected = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

        m_database = new TestDatabase(QStringLiteral("catalog"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));
    }

    void cleanupTestCase() { delete m_database; }

    void enums()
    {
        QHash<QString, QStringList> live;
        QSqlQuery q = query(QStringLiteral(
            "SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid "
            "JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder"));
        while (q.next())
            live[q.value(0).toString()] << q.value(1).toString();
        const QJsonObject expected = m_expected.value(QStringLiteral("enums")).toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (!live.contains(it.key()))
                differ(QStringLiteral("enum %1 is missing").arg(it.key()));
            else if (live.value(it.key()) != toStringList(it.value()))
                differ(QStringLiteral("enum %1 has values %2, expected %3")
                           .arg(it.key(), live.value(it.key()).join(QLatin1Char(',')), toStringList(it.value()).join(QLatin1Char(','))));
        }
        for (const QString &name : live.keys()) {
            if (!expected.contains(name))
                differ(QStringLiteral("enum %1 is not in the specification").arg(name));
        }
        reportDifferences();
    }

    void tablesAndColumns()
    {
        struct Column
        {
            QString type;
            bool nullable;
            QVariant defaultValue;
        };
        QHash<QString, QHash<QString, Column>> live;
        QSqlQuery q = query(QStringLiteral(
            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, pg_get_expr(d.adbin, d.adrelid) "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'dashboard_schema_migrations'"));
        while (q.next())
            live[q.value(0).toString()][q.value(1).toString()] = {q.value(2).toString(), q.value(3).toBool(), q.value(4)};

        const QJsonObject tables = m_expected.value(QStringLiteral("tables")).toObject();
        for (auto table = tables.begin(); table != tables.end(); ++table) {
            if (!live.contains(table.key())) {
                differ(QStringLiteral("table %1 is missing").arg(table.key()));
                continue;
            }
            const auto &liveColumns = live.value(table.key());
            const QJsonObject columns = table.value().toObject().value(QStringLiteral("columns")).toObject();
            for (auto column = columns.begin(); column != columns.end(); ++column) {
                const QString name = table.key() + QLatin1Char('.') + column.key();
                if (!liveColumns.contains(column.key())) {
                    differ(QStringLiteral("column %1 is missing").arg(name));
                    continue;
                }
                const Column &actual = liveColumns.value(column.key());
                const QJsonObject spec = column.value().toObject();
                if (actual.type != spec.value(QStringLiteral("type")).toString())
                    differ(QStringLiteral("column %1 has type %2, expected %3").arg(name, actual.type, spec.value(QStringLiteral("type")).toString()));
                if (actual.nullable != spec.value(QStringLiteral("nullable")).toBool())
                    differ(QStringLiteral("column %1 is %2, expected %3")
                               .arg(name, actual.nullable ? QStringLiteral("nullable") : QStringLiteral("NOT NULL"),
                                    spec.value(QStringLiteral("nullable")).toBool() ? QStringLiteral("nullable") : QStringLiteral("NOT NULL")));
                const QString expectedDefault = spec.value(QStringLiteral("default")).toString();
                const QString actualDefault = actual.defaultValue.isNull() ? QString() : actual.defaultValue.toString();
                if (actualDefault != expectedDefault)
                    differ(QStringLiteral("column %1 has default '%2', expected '%3'").arg(name, actualDefault, expectedDefault));
            }
            for (const QString &column : liveColumns.keys()) {
                if (!columns.contains(column))
                    differ(QStringLiteral("column %1.%2 is not in the specification").arg(table.key(), column));
            }
        }
        for (const QString &table : live.keys()) {
            if (!tables.contains(table))
                differ(QStringLiteral("table %1 is not in the specification").arg(table));
        }
        reportDifferences();
    }

    void indexes()
    {
        QHash<QString, LiveIndex> live;
        QSqlQuery q = query(QStringLiteral(
            "SELECT ic.relname, tc.relname, pg_get_indexdef(i.indexrelid), i.indisunique, i.indnullsnotdistinct, i.indisvalid "
            "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid "
            "JOIN pg_namespace n ON n.oid = tc.relnamespace "
            "WHERE n.nspname = 'public' AND tc.relname <> 'dashboard_schema_migrations'"));
        while (q.next()) {
            live.insert(q.value(0).toString(),
                        parseIndex(q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(), q.value(4).toBool()));
            if (!q.value(5).toBool())
                differ(QStringLiteral("index %1 is INVALID").arg(q.value(0).toString()));
        }

        const QJsonObject indexes = m_expected.value(QStringLiteral("indexes")).toObject();
        for (auto it = indexes.begin(); it != indexes.end(); ++it) {
            const QString &name = it.key();
            if (!live.contains(name)) {
                differ(QStringLiteral("index %1 is missing").arg(name));
                continue;
            }
            const LiveIndex &actual = live.value(name);
            const QJsonObject spec = it.value().toObject();
            auto expectEqual = [&](const QString &what, const QString &got, const QString &want) {
                if (got != want)
                    differ(QStringLiteral("index %1: %2 is '%3', expected '%4'").arg(name, what, got, want));
            };
            expectEqual(QStringLiteral("table"), actual.table, spec.value(QStringLiteral("table")).toString());
            expectEqual(QStringLiteral("method"), actual.method, spec.value(QStringLiteral("method")).toString(QStringLiteral("btree")));
            expectEqual(QStringLiteral("columns"), actual.columns.join(QStringLiteral(", ")),
                        toStringList(spec.value(QStringLiteral("columns"))).join(QStringLiteral(", ")));
            expectEqual(QStringLiteral("include"), actual.include.join(QStringLiteral(", ")),
                        toStringList(spec.value(QStringLiteral("include"))).join(QStringLiteral(", ")));
            expectEqual(QStringLiteral("where"), actual.where, spec.value(QStringLiteral("where")).toString());
            if (actual.unique != spec.value(QStringLiteral("unique")).toBool())
                differ(QStringLiteral("index %1: unique is %2").arg(name).arg(actual.unique));
            if (actual.nullsNotDistinct != spec.value(QStringLiteral("nulls_not_distinct")).toBool())
                differ(QStringLiteral("index %1: NULLS NOT DISTINCT is %2").arg(name).arg(actual.nullsNotDistinct));
        }
        for (const QString &name : live.keys()) {
            if (!indexes.contains(name))
                differ(QStringLiteral("index %1 is not in the specification").arg(name));
        }
        for (const QString &name : toStringList(m_expected.value(QStringLiteral("absent_indexes")))) {
            if (live.contains(name))
                differ(QStringLiteral("index %1 duplicates a unique index and must not exist (DESIGN §4.6)").arg(name));
        }
        reportDifferences();
    }

    void foreignKeys()
    {
        QSqlQuery q = query(QStringLiteral(
            "SELECT con.conname, con.conrelid::regclass::text, con.confrelid::regclass::text, con.confdeltype, con.confupdtype, "
            "  (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord) "
            "     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum), "
            "  (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord) "
            "     JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum), "
            "  con.convalidated "
            "FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace "
            "WHERE con.contype = 'f' AND n.nspname = 'public'"));
        QHash<QString, QStringList> live;
        while (q.next()) {
            live.insert(q.value(0).toString(),
                        {q.value(1).toString(), q.value(5).toString(), q.value(2).toString(), q.value(6).toString(),
                         deleteAction(q.value(3).toString()), deleteAction(q.value(4).toString())});
            if (!q.value(7).toBool())
                differ(QStringLiteral("foreign key %1 is NOT VALID").arg(q.value(0).toString()));
        }
        const QJsonObject keys = m_expected.value(QStringLiteral("foreign_keys")).toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            const QJsonObject spec = it.value().toObject();
            const QStringList want{spec.value(QStringLiteral("table")).toString(),
                                   toStringList(spec.value(QStringLiteral("columns"))).join(QLatin1Char(',')),
                                   spec.value(QStringLiteral("references_table")).toString(),
                                   toStringList(spec.value(QStringLiteral("references_columns"))).join(QLatin1Char(',')),
                                   spec.value(QStringLiteral("on_delete")).toString(),
                                   spec.value(QStringLiteral("on_update")).toString()};
            if (!live.contains(it.key()))
                differ(QStringLiteral("foreign key %1 is missing").arg(it.key()));
            else if (live.value(it.key()) != want)
                differ(QStringLiteral("foreign key %1 is %2, expected %3")
                           .arg(it.key(), live.value(it.key()).join(QLatin1Char(' ')), want.join(QLatin1Char(' '))));
        }
        for (const QString &name : live.keys()) {
            if (!keys.contains(name))
                differ(QStringLiteral("foreign key %1 is not in the specification").arg(name));
        }
        reportDifferences();
    }

    void checksAndTriggers()
    {
        const QJsonObject checks = m_expected.value(QStringLiteral("checks")).toObject();
        for (auto it = checks.begin(); it != checks.end(); ++it) {
            QSqlQuery q(m_database->connection());
            q.prepare(QStringLiteral("SELECT conrelid::regclass::text FROM pg_constraint WHERE contype = 'c' AND conname = ?"));
            q.addBindValue(it.key());
            QVERIFY(q.exec());
            if (!q.next())
                differ(QStringLiteral("check constraint %1 is missing").arg(it.key()));
            else if (q.value(0).toString() != it.value().toString())
                differ(QStringLiteral("check constraint %1 is on %2").arg(it.key(), q.value(0).toString()));
        }
        const QJsonObject triggers = m_expected.value(QStringLiteral("triggers")).toObject();
        for (auto it = triggers.begin(); it != triggers.end(); ++it) {
            for (const QString &table : toStringList(it.value())) {
                QSqlQuery q(m_database->connection());
                q.prepare(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname = ? AND tgrelid = to_regclass(?)"));
                q.addBindValue(it.key());
                q.addBindValue(table);
                QVERIFY(q.exec() && q.next());
                if (q.value(0).toInt() != 1)
                    differ(QStringLiteral("trigger %1 on %2 is missing").arg(it.key(), table));
            }
        }
        reportDifferences();
    }
};

QTEST_GUILESS_MAIN(TestSchemaCatalog)
#include "tst_schemacatalog.moc"
