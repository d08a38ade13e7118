// RiskFactor: reading the stored "factor:value:+weight" entries back and saying them in words.
#include "risk/riskfactor.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using dashboard::risk::RiskFactor;

namespace {

// Stands in for the English catalog's plural forms, so the test proves that every count goes
// through tr()'s numerus argument (a count formatted with arg() would never reach a translator).
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int n) const override
    {
        if (qstrcmp(context, "RiskFactor") != 0 || n < 0)
            return {};
        const QString source = QString::fromUtf8(sourceText);
        if (source == QLatin1String("No practice for %n days"))
            return n == 1 ? QStringLiteral("No practice for %n day") : QStringLiteral("No practice for %n days");
        if (source == QLatin1String("%n overdue assignment(s)"))
            return n == 1 ? QStringLiteral("%n overdue assignment") : QStringLiteral("%n overdue assignments");
        if (source == QLatin1String("Failed the same module %n times in two weeks"))
            return n == 1 ? QStringLiteral("Failed the same module once in two weeks")
                          : QStringLiteral("Failed the same module %n times in two weeks");
        return {};
    }
};

} // namespace

class TestRiskFactor : public QObject
{
    Q_OBJECT

private slots:
    void parsesWellFormedEntries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("factor");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("weight");
        QTest::newRow("inactive days") << QStringLiteral("inactive_days:14:+30") << QStringLiteral("inactive_days") << 14.0 << 30;
        QTest::newRow("decimal value") << QStringLiteral("accuracy_drop:12.5:+20") << QStringLiteral("accuracy_drop") << 12.5 << 20;
        QTest::newRow("zero value") << QStringLiteral("never_active:0:+40") << QStringLiteral("never_active") << 0.0 << 40;
        QTest::newRow("negative value") << QStringLiteral("accuracy_drop:-3:+20") << QStringLiteral("accuracy_drop") << -3.0 << 20;
        QTest::newRow("bare weight") << QStringLiteral("low_score:42:10") << QStringLiteral("low_score") << 42.0 << 10;
        QTest::newRow("surrounding blanks") << QStringLiteral("  overdue_assignments:3:+25 \n") << QStringLiteral("overdue_assignments") << 3.0 << 25;
        QTest::newRow("unknown factor") << QStringLiteral("new_factor_2:7:+5") << QStringLiteral("new_factor_2") << 7.0 << 5;
    }

    void parsesWellFormedEntries()
    {
        QFETCH(QString, text);
        QFETCH(QString, factor);
        QFETCH(double, value);
        QFETCH(int, weight);
        const auto parsed = RiskFactor::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->factor, factor);
        QCOMPARE(parsed->value, value);
        QCOMPARE(parsed->weight, weight);
    }

    void refusesMalformedEntries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("name only") << QStringLiteral("inactive_days");
        QTest::newRow("two parts") << QStringLiteral("inactive_days:14");
        QTest::newRow("four parts") << QStringLiteral("inactive_days:14:+30:1");
        QTest::newRow("no name") << QStringLiteral(":14:+30");
        QTest::newRow("no value") << QStringLiteral("inactive_days::+30");
        QTest::newRow("text value") << QStringLiteral("inactive_days:fourteen:+30");
        QTest::newRow("nan value") << QStringLiteral("inactive_days:nan:+30");
        QTest::newRow("infinite value") << QStringLiteral("inactive_days:inf:+30");
        QTest::newRow("comma decimal") << QStringLiteral("accuracy_drop:12,5:+20");
        QTest::newRow("no weight") << QStringLiteral("inactive_days:14:");
        QTest::newRow("sign only") << QStringLiteral("inactive_days:14:+");
        QTest::newRow("negative weight") << QStringLiteral("inactive_days:14:-30");
        QTest::newRow("double sign") << QStringLiteral("inactive_days:14:++30");
        QTest::newRow("decimal weight") << QStringLiteral("inactive_days:14:+30.5");
        QTest::newRow("text weight") << QStringLiteral("inactive_days:14:+3x");
        QTest::newRow("huge weight") << QStringLiteral("inactive_days:14:+99999999999999999999");
        QTest::newRow("spaces in name") << QStringLiteral("inactive days:14:+30");
        QTest::newRow("upper case name") << QStringLiteral("Inactive_Days:14:+30");
        QTest::newRow("sql in name") << QStringLiteral("x';DROP TABLE users;--:1:+1");
        QTest::newRow("right-to-left name") << QStringLiteral("غير_نشط:14:+30");
    }

    void refusesMalformedEntries()
    {
        QFETCH(QString, text);
        QVERIFY(!RiskFactor::parse(text).has_value());
    }

    void parseAllKeepsOrderAndSkipsMalformed()
    {
        const QList<RiskFactor> factors = RiskFactor::parseAll(
            {QStringLiteral("inactive_days:21:+30"), QStringLiteral("garbage"), QStringLiteral("accuracy_drop:12:+20"),
             QString(), QStringLiteral("low_score:48:+10")});
        QCOMPARE(factors.size(), 3);
        QCOMPARE(factors.at(0).factor, QStringLiteral("inactive_days"));
        QCOMPARE(factors.at(1).factor, QStringLiteral("accuracy_drop"));
        QCOMPARE(factors.at(2).factor, QStringLiteral("low_score"));
        QVERIFY(RiskFactor::parseAll({}).isEmpty());
    }

    void reasons_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("description");
        QTest::newRow("never_active") << QStringLiteral("never_active:0:+40") << QStringLiteral("Has never practised")
                                      << QStringLiteral("Has never practised: +40");
        QTest::newRow("inactive_days") << QStringLiteral("inactive_days:14:+30") << QStringLiteral("No practice for 14 days")
                                       << QStringLiteral("No practice for 14 days: +30");
        QTest::newRow("inactive_week") << QStringLiteral("inactive_week:9:+15") << QStringLiteral("No practice for 9 days")
                                       << QStringLiteral("No practice for 9 days: +15");
        QTest::newRow("accuracy_drop") << QStringLiteral("accuracy_drop:12:+20")
                                       << QStringLiteral("Accuracy dropped by 12 points this week")
                                       << QStringLiteral("Accuracy dropped by 12 points this week: +20");
        QTest::newRow("accuracy_drop decimal") << QStringLiteral("accuracy_drop:12.5:+20")
                                               << QStringLiteral("Accuracy dropped by 12.5 points this week")
                                               << QStringLiteral("Accuracy dropped by 12.5 points this week: +20");
        QTest::newRow("low_consistency") << QStringLiteral("low_consistency:21:+15")
                                         << QStringLiteral("Practised on only 21 % of recent days")
                                         << QStringLiteral("Practised on only 21 % of recent days: +15");
        QTest::newRow("overdue_assignments") << QStringLiteral("overdue_assignments:2:+20")
                                             << QStringLiteral("2 overdue assignments")
                                             << QStringLiteral("2 overdue assignments: +20");
        QTest::newRow("stuck_module") << QStringLiteral("stuck_module:4:+15")
                                      << QStringLiteral("Failed the same module 4 times in two weeks")
                                      << QStringLiteral("Failed the same module 4 times in two weeks: +15");
        QTest::newRow("behind_target") << QStringLiteral("behind_target:8:+20")
                                       << QStringLiteral("8 points below target, due soon")
                                       << QStringLiteral("8 points below target, due soon: +20");
        QTest::newRow("low_score") << QStringLiteral("low_score:48:+10") << QStringLiteral("Overall score only 48")
                                   << QStringLiteral("Overall score only 48: +10");
        QTest::newRow("unknown") << QStringLiteral("mystery_factor:3.5:+5") << QStringLiteral("mystery_factor (3.5)")
                                 << QStringLiteral("mystery_factor (3.5): +5");
    }

    void reasons()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QFETCH(QString, description);
        EnglishPlurals english;
        QCoreApplication::installTranslator(&english);
        const auto factor = RiskFactor::parse(text);
        QVERIFY(factor.has_value());
        QCOMPARE(factor->reason(), reason);
        QCOMPARE(factor->describe(), description);
        QCoreApplication::removeTranslator(&english);
    }

    void pluralsInEnglish()
    {
        EnglishPlurals english;
        QCoreApplication::installTranslator(&english);
        auto reason = [](const char *text) { return RiskFactor::parse(QString::fromLatin1(text))->reason(); };
        QCOMPARE(reason("overdue_assignments:1:+10"), QStringLiteral("1 overdue assignment"));
        QCOMPARE(reason("overdue_assignments:2:+20"), QStringLiteral("2 overdue assignments"));
        QCOMPARE(reason("inactive_days:1:+30"), QStringLiteral("No practice for 1 day"));
        QCOMPARE(reason("inactive_week:7:+15"), QStringLiteral("No practice for 7 days"));
        QCOMPARE(reason("stuck_module:1:+15"), QStringLiteral("Failed the same module once in two weeks"));
        QCOMPARE(reason("stuck_module:3:+15"), QStringLiteral("Failed the same module 3 times in two weeks"));
        // Counts are whole numbers: a stored 13.6 days reads as 14.
        QCOMPARE(reason("inactive_days:13.6:+30"), QStringLiteral("No practice for 14 days"));
        QCoreApplication::removeTranslator(&english);

        // Without any catalog the source text still reads correctly for the counts that occur.
        QCOMPARE(reason("inactive_days:14:+30"), QStringLiteral("No practice for 14 days"));
        QCOMPARE(reason("stuck_module:3:+15"), QStringLiteral("Failed the same module 3 times in two weeks"));
    }
};

QTEST_GUILESS_MAIN(TestRiskFactor)
#include "tst_riskfactor.moc"
