// StudentsModel and StudentsFilterModel on known rows: the item-model contract (Qt's own tester),
// formatting, sorting by every column, quick filters with the search text, hostile search text,
// and a refresh that updates rows in place without disturbing the selection.
#include "students/studentsfiltermodel.h"
#include "students/studentsmodel.h"
#include "students/summaryrow.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using dashboard::students::StudentsFilterModel;
using dashboard::students::StudentsModel;
using dashboard::students::StudentSummary;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

StudentSummary student(const QString &id, const QString &name, double risk, const QStringList &factors, double overall,
                       double codes, double phonetic, double protocol, const QDateTime &lastActive, int streak, int open,
                       int overdue, std::optional<double> target)
{
    StudentSummary s;
    s.studentId = id;
    s.name = name;
    s.email = id + QStringLiteral("@example.test");
    s.departmentName = QStringLiteral("MPD Patrol Division");
    s.instructorName = QStringLiteral("Ana Instructor");
    s.riskScore = risk;
    s.riskFactors = factors;
    s.overallScore = overall;
    s.codesProgress = codes;
    s.phoneticProgress = phonetic;
    s.protocolProgress = protocol;
    s.lastActiveAt = lastActive;
    s.currentStreak = streak;
    s.openAssignments = open;
    s.overdueAssignments = overdue;
    s.targetScore = target;
    if (target)
        s.targetDate = QDate(2026, 12, 15);
    return s;
}

// Eight students whose every column is known; names start with A..H in the order s1..s8.
QList<StudentSummary> knownStudents()
{
    return {
        student(QStringLiteral("s1"), QStringLiteral("Alice Archer"), 80,
                {QStringLiteral("inactive_days:14:+30"), QStringLiteral("overdue_assignments:2:+20"), QStringLiteral("low_score:40:+10")},
                40, 10, 20, 30, kNow.addDays(-14), 0, 3, 2, 80.0),
        student(QStringLiteral("s2"), QStringLiteral("Bruno Díaz"), 15, {QStringLiteral("low_consistency:25:+15")}, 72.5, 60, 50,
                40, kNow.addDays(-1), 1, 1, 0, 70.0),
        student(QStringLiteral("s3"), QStringLiteral("Chen Wei"), 0, {}, 91.26, 100, 90, 80, kNow.addSecs(-2 * 3600), 12, 0, 0,
                std::nullopt),
        student(QStringLiteral("s4"), QStringLiteral("Dana O'Neil"), 40,
                {QStringLiteral("accuracy_drop:12:+20"), QStringLiteral("behind_target:8:+20")}, 70, 50, 45, 35, kNow.addDays(-3), 0, 2,
                0, 78.0),
        student(QStringLiteral("s5"), QStringLiteral("Emil 100% Sure_thing"), 60,
                {QStringLiteral("accuracy_drop:15:+20"), QStringLiteral("inactive_week:9:+15"), QStringLiteral("stuck_module:3:+15"),
                 QStringLiteral("low_score:55:+10")},
                55, 30, 35, 20, kNow.addDays(-9), 0, 1, 1, 75.0),
        student(QStringLiteral("s6"), QStringLiteral("Farah فرح"), 40, {QStringLiteral("never_active:0:+40")}, 0, 0, 0, 0, QDateTime(),
                0, 0, 0, std::nullopt),
        student(QStringLiteral("s7"), QStringLiteral("Gil \"The Wall\" גיל"), 25,
                {QStringLiteral("low_consistency:20:+15"), QStringLiteral("overdue_assignments:1:+10")}, 65, 40, 30, 50,
                kNow.addDays(-35), 0, 2, 1, 90.0),
        student(QStringLiteral("s8"), QStringLiteral("Hana C:\\Path"), 0, {}, 85, 70, 75, 65, kNow.addDays(-400), 0, 0, 0, 80.0),
    };
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(StudentsModel::StudentIdRole).toString();
    return result;
}

QStringList sortedIds(const QAbstractItemModel &model)
{
    QStringList result = ids(model);
    result.sort();
    return result;
}

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestStudentsModel : public QObject
{
    Q_OBJECT

private:
    StudentsModel *m_model = nullptr;
    StudentsFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;

    QString display(const QString &id, int column, int role = Qt::DisplayRole)
    {
        return m_model->index(m_model->rowOf(id), column).data(role).toString();
    }

private slots:
    // risk_factors as QPSQL hands over a text[]: its array literal, quoted where PostgreSQL quotes.
    void postgresTextArrays_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QStringList>("elements");
        QTest::newRow("NULL") << QVariant() << QStringList();
        QTest::newRow("empty") << QVariant(QStringLiteral("{}")) << QStringList();
        QTest::newRow("factors") << QVariant(QStringLiteral("{inactive_days:14:+30,low_score:40:+10}"))
                                 << QStringList{QStringLiteral("inactive_days:14:+30"), QStringLiteral("low_score:40:+10")};
        QTest::newRow("quoted") << QVariant(QStringLiteral("{\"a,b\",\"say \\\"hi\\\"\",\"back\\\\slash\",plain}"))
                                << QStringList{QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("back\\slash"),
                                               QStringLiteral("plain")};
        QTest::newRow("NULL element") << QVariant(QStringLiteral("{x,NULL,\"NULL\"}"))
                                      << QStringList{QStringLiteral("x"), QStringLiteral("NULL")};
        QTest::newRow("not an array") << QVariant(QStringLiteral("[\"x\"]")) << QStringList();
        QTest::newRow("nested") << QVariant(QStringLiteral("{{a,b},{c,d}}")) << QStringList();
    }

    void postgresTextArrays()
    {
        QFETCH(QVariant, value);
        QFETCH(QStringList, elements);
        QCOMPARE(dashboard::students::postgresTextArray(value), elements);
    }

    void init()
    {
        m_model = new StudentsModel(this);
        m_model->setNow(kNow);
        m_proxy = new StudentsFilterModel(this);
        m_proxy->setNow(kNow);
        m_proxy->setSourceModel(m_model);
        m_modelTester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        m_proxyTester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        m_model->setStudents(knownStudents());
    }

    void cleanup()
    {
        delete m_proxyTester;
        delete m_modelTester;
        delete m_proxy;
        delete m_model;
    }

    void shape()
    {
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->columnCount(), int(StudentsModel::ColumnCount));
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
        QCOMPARE(m_model->rowOf(QStringLiteral("s4")), 3);
        QCOMPARE(m_model->rowOf(QStringLiteral("nobody")), -1);
        QCOMPARE(m_model->student(2)->name, QStringLiteral("Chen Wei"));
        QVERIFY(!m_model->student(8));
        QVERIFY(!m_model->student(-1));
        const auto summary = m_model->index(0, StudentsModel::Risk).data(StudentsModel::SummaryRole).value<StudentSummary>();
        QCOMPARE(summary, knownStudents().at(0));
    }

    void headers()
    {
        QCOMPARE(m_model->headerData(StudentsModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(m_model->headerData(StudentsModel::Risk, Qt::Horizontal).toString(), QStringLiteral("Risk"));
        QCOMPARE(m_model->headerData(StudentsModel::LastActive, Qt::Horizontal).toString(), QStringLiteral("Last active"));
        for (int column = 0; column < StudentsModel::ColumnCount; ++column) {
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
            QVERIFY(!m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        QSignalSpy headerChanged(m_model, &QAbstractItemModel::headerDataChanged);
        m_model->retranslate();
        QCOMPARE(headerChanged.size(), 1);
        QCOMPARE(headerChanged.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(headerChanged.at(0).at(1).toInt(), 0);
        QCOMPARE(headerChanged.at(0).at(2).toInt(), StudentsModel::ColumnCount - 1);
    }

    void displayFormatting()
    {
        QCOMPARE(display(QStringLiteral("s1"), StudentsModel::Name), QStringLiteral("Alice Archer"));
        QCOMPARE(display(QStringLiteral("s1"), StudentsModel::Risk), QStringLiteral("80"));
        QCOMPARE(display(QStringLiteral("s1"), StudentsModel::OverallScore), QStringLiteral("40.0"));
        QCOMPARE(display(QStringLiteral("s2"), StudentsModel::OverallScore), QStringLiteral("72.5"));
        QCOMPARE(display(QStringLiteral("s3"), StudentsModel::OverallScore), QStringLiteral("91.3"));
        QCOMPARE(display(QStringLiteral("s2"), StudentsModel::CodesProgress), QStringLiteral("60 %"));
        QCOMPARE(display(QStringLiteral("s2"), StudentsModel::PhoneticProgress), QStringLiteral("50 %"));
        QCOMPARE(display(QStringLiteral("s2"), StudentsModel::ProtocolProgress), QStringLiteral("40 %"));
        QCOMPARE(display(QStringLiteral("s3"), StudentsModel::Streak), QStringLiteral("12"));
        QCOMPARE(display(QStringLiteral("s1"), StudentsModel::OpenAssignments), QStringLiteral("3"));
        QCOMPARE(display(QStringLiteral("s1"), StudentsModel::Target), QStringLiteral("80 (50 %)"));
        QCOMPARE(display(QStringLiteral("s4"), StudentsModel::Target), QStringLiteral("78 (90 %)"));
        QCOMPARE(display(QStringLiteral("s3"), StudentsModel::Target), QString());
        QCOMPARE(display(QStringLiteral("s1"), StudentsModel::Target, Qt::ToolTipRole),
                 QStringLiteral("Target score 80 by %1").arg(QLocale().toString(QDate(2026, 12, 15), QLocale::ShortFormat)));
    }

    void lastActive()
    {
        QCOMPARE(display(QStringLiteral("s3"), StudentsModel::LastActive), QStringLiteral("today"));
        QCOMPARE(display(QStringLiteral("s2"), StudentsModel::LastActive), QStringLiteral("yesterday"));
        QCOMPARE(display(QStringLiteral("s4"), StudentsModel::LastActive), QStringLiteral("3 days ago"));
        QCOMPARE(display(QStringLiteral("s5"), StudentsModel::LastActive), QStringLiteral("9 days ago"));
        QCOMPARE(display(QStringLiteral("s1"), StudentsModel::LastActive), QStringLiteral("2 weeks ago"));
        QCOMPARE(display(QStringLiteral("s7"), StudentsModel::LastActive), QStringLiteral("5 weeks ago"));
        QCOMPARE(display(QStringLiteral("s8"), StudentsModel::LastActive), QStringLiteral("13 months ago"));
        QCOMPARE(display(QStringLiteral("s6"), StudentsModel::LastActive), QStringLiteral("never"));
        QCOMPARE(StudentsModel::relativeTime(kNow.addDays(-800), kNow), QStringLiteral("2 years ago"));

        // The tooltip is the exact local time.
        const QDateTime s4 = kNow.addDays(-3);
        QCOMPARE(display(QStringLiteral("s4"), StudentsModel::LastActive, Qt::ToolTipRole),
                 QLocale().toString(s4.toLocalTime(), QLocale::LongFormat));
        QCOMPARE(display(QStringLiteral("s6"), StudentsModel::LastActive, Qt::ToolTipRole), QStringLiteral("Has never practised"));

        // Moving "now" updates the relative text in place.
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->setNow(kNow.addDays(1));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(display(QStringLiteral("s3"), StudentsModel::LastActive), QStringLiteral("yesterday"));
    }

    void riskColumns()
    {
        QCOMPARE(display(QStringLiteral("s4"), StudentsModel::RiskFactors),
                 QStringLiteral("Accuracy dropped by 12 points this week; 8 points below target, due soon"));
        QCOMPARE(display(QStringLiteral("s5"), StudentsModel::RiskFactors),
                 QStringLiteral("Accuracy dropped by 15 points this week; No practice for 9 days"));
        QCOMPARE(display(QStringLiteral("s6"), StudentsModel::RiskFactors), QStringLiteral("Has never practised"));
        QCOMPARE(display(QStringLiteral("s3"), StudentsModel::RiskFactors), QString());
        // The tooltip lists every factor with its weight.
        const QStringList tooltip = display(QStringLiteral("s5"), StudentsModel::RiskFactors, Qt::ToolTipRole).split(QLatin1Char('\n'));
        QCOMPARE(tooltip.size(), 4);
        QCOMPARE(tooltip.at(0), QStringLiteral("Accuracy dropped by 15 points this week: +20"));
        QCOMPARE(tooltip.at(3), QStringLiteral("Overall score only 55: +10"));

        auto level = [this](const char *id) {
            return m_model->index(m_model->rowOf(QString::fromLatin1(id)), StudentsModel::Name).data(StudentsModel::RiskLevelRole).toInt();
        };
        QCOMPARE(level("s3"), 0);  // 0
        QCOMPARE(level("s2"), 0);  // 15
        QCOMPARE(level("s7"), 1);  // 25
        QCOMPARE(level("s4"), 1);  // 40
        QCOMPARE(level("s5"), 2);  // 60
        QCOMPARE(level("s1"), 2);  // 80

        auto colour = [this](const char *id) {
            const QVariant value = m_model->index(m_model->rowOf(QString::fromLatin1(id)), StudentsModel::Risk).data(Qt::DecorationRole);
            return value.value<QColor>();
        };
        const QColor low = colour("s2");
        const QColor medium = colour("s7");
        const QColor high = colour("s1");
        QVERIFY(low.isValid() && medium.isValid() && high.isValid());
        QVERIFY(low.green() > low.red());   // green
        QVERIFY(high.red() > high.green()); // red
        QVERIFY(medium.red() > medium.blue() && medium.green() > medium.blue()); // amber
        QVERIFY(low != medium && medium != high);
        QVERIFY(!m_model->index(0, StudentsModel::Name).data(Qt::DecorationRole).isValid());
    }

    void alignment()
    {
        for (int column = 0; column < StudentsModel::ColumnCount; ++column) {
            const auto alignment = m_model->index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
            const bool numeric = column != StudentsModel::Name && column != StudentsModel::RiskFactors
                                 && column != StudentsModel::LastActive;
            QCOMPARE(bool(alignment & Qt::AlignRight), numeric);
        }
    }

    void sortRoleValues()
    {
        const int s1 = m_model->rowOf(QStringLiteral("s1"));
        QCOMPARE(m_model->index(s1, StudentsModel::Risk).data(StudentsModel::SortRole).metaType(), QMetaType::fromType<double>());
        QCOMPARE(m_model->index(s1, StudentsModel::LastActive).data(StudentsModel::SortRole).toDateTime(), kNow.addDays(-14));
        QCOMPARE(m_model->index(s1, StudentsModel::Streak).data(StudentsModel::SortRole).metaType(), QMetaType::fromType<int>());
        QCOMPARE(m_model->index(s1, StudentsModel::Name).data(StudentsModel::SortRole).metaType(), QMetaType::fromType<QString>());
        QCOMPARE(m_model->index(s1, StudentsModel::Target).data(StudentsModel::SortRole).toDouble(), 50.0);
    }

    void sortsEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("name") << int(StudentsModel::Name) << split("s1 s2 s3 s4 s5 s6 s7 s8");
        QTest::newRow("risk") << int(StudentsModel::Risk) << split("s3 s8 s2 s7 s4 s6 s5 s1");
        QTest::newRow("risk factors") << int(StudentsModel::RiskFactors) << split("s3 s8 s4 s5 s6 s1 s7 s2");
        QTest::newRow("overall") << int(StudentsModel::OverallScore) << split("s6 s1 s5 s7 s4 s2 s8 s3");
        QTest::newRow("codes") << int(StudentsModel::CodesProgress) << split("s6 s1 s5 s7 s4 s2 s8 s3");
        QTest::newRow("phonetic") << int(StudentsModel::PhoneticProgress) << split("s6 s1 s7 s5 s4 s2 s8 s3");
        QTest::newRow("protocol") << int(StudentsModel::ProtocolProgress) << split("s6 s5 s1 s4 s2 s7 s8 s3");
        QTest::newRow("last active") << int(StudentsModel::LastActive) << split("s6 s8 s7 s1 s5 s4 s2 s3");
        QTest::newRow("streak") << int(StudentsModel::Streak) << split("s1 s4 s5 s6 s7 s8 s2 s3");
        QTest::newRow("open assignments") << int(StudentsModel::OpenAssignments) << split("s3 s6 s8 s2 s5 s4 s7 s1");
        QTest::newRow("target") << int(StudentsModel::Target) << split("s3 s6 s1 s7 s5 s4 s2 s8");
    }

    void sortsEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        m_proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(ids(*m_proxy), ascending);
        m_proxy->sort(column, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(ids(*m_proxy), descending);
    }

    void defaultOrderIsHighestRiskFirst()
    {
        m_proxy->sort(StudentsModel::Risk, Qt::DescendingOrder);
        QCOMPARE(ids(*m_proxy).mid(0, 3), split("s1 s5 s6"));
        QCOMPARE(m_proxy->sortRole(), int(StudentsModel::SortRole));
        QVERIFY(m_proxy->dynamicSortFilter());
    }

    void quickFilters_data()
    {
        using F = StudentsFilterModel;
        QTest::addColumn<int>("filters");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << int(F::NoFilter) << QString() << split("s1 s2 s3 s4 s5 s6 s7 s8");
        QTest::newRow("at risk") << int(F::AtRisk) << QString() << split("s1 s5");
        QTest::newRow("inactive 7 days") << int(F::Inactive7Days) << QString() << split("s1 s5 s6 s7 s8");
        QTest::newRow("below target") << int(F::BelowTarget) << QString() << split("s1 s4 s5 s7");
        QTest::newRow("has overdue") << int(F::HasOverdue) << QString() << split("s1 s5 s7");
        QTest::newRow("at risk + overdue") << int(F::AtRisk | F::HasOverdue) << QString() << split("s1 s5");
        QTest::newRow("inactive + below target") << int(F::Inactive7Days | F::BelowTarget) << QString() << split("s1 s5 s7");
        QTest::newRow("all four") << int(F::AtRisk | F::Inactive7Days | F::BelowTarget | F::HasOverdue) << QString() << split("s1 s5");
        QTest::newRow("inactive + search") << int(F::Inactive7Days) << QStringLiteral("gil") << split("s7");
        QTest::newRow("below target + search upper case") << int(F::BelowTarget) << QStringLiteral("DANA") << split("s4");
        QTest::newRow("at risk + search elsewhere") << int(F::AtRisk) << QStringLiteral("dana") << QStringList();
        QTest::newRow("overdue + search e-mail") << int(F::HasOverdue) << QStringLiteral("s5@example") << split("s5");
        QTest::newRow("below target + search many") << int(F::BelowTarget) << QStringLiteral("a") << split("s1 s4 s5 s7");
    }

    void quickFilters()
    {
        QFETCH(int, filters);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        QSignalSpy changed(m_proxy, &StudentsFilterModel::filterChanged);
        m_proxy->setQuickFilters(StudentsFilterModel::QuickFilters(filters));
        m_proxy->setSearchText(search);
        QCOMPARE(m_proxy->quickFilters(), StudentsFilterModel::QuickFilters(filters));
        QCOMPARE(m_proxy->searchText(), search);
        QCOMPARE(sortedIds(*m_proxy), expected);
        QCOMPARE(changed.size(), int(filters != 0) + int(!search.isEmpty()));
        // Clearing both shows everyone again.
        m_proxy->setQuickFilters(StudentsFilterModel::NoFilter);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 8);
    }

    void inactiveFollowsNow()
    {
        m_proxy->setQuickFilters(StudentsFilterModel::Inactive7Days);
        QCOMPARE(sortedIds(*m_proxy), split("s1 s5 s6 s7 s8"));
        m_proxy->setNow(kNow.addDays(4)); // s4 was active 3 days before kNow: now 7 days ago
        QCOMPARE(sortedIds(*m_proxy), split("s1 s4 s5 s6 s7 s8"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << split("s1 s2 s3 s4 s5 s6 s7 s8");
        QTest::newRow("name") << QStringLiteral("alice") << split("s1");
        QTest::newRow("name upper case") << QStringLiteral("ALICE ARCHER") << split("s1");
        QTest::newRow("middle of name") << QStringLiteral("ice arc") << split("s1");
        QTest::newRow("accented") << QStringLiteral("díaz") << split("s2");
        QTest::newRow("e-mail only") << QStringLiteral("s3@") << split("s3");
        QTest::newRow("shared domain") << QStringLiteral("example.test") << split("s1 s2 s3 s4 s5 s6 s7 s8");
        QTest::newRow("apostrophe") << QStringLiteral("'") << split("s4");
        QTest::newRow("o'neil") << QStringLiteral("o'neil") << split("s4");
        QTest::newRow("double quote") << QStringLiteral("\"") << split("s7");
        QTest::newRow("quoted word") << QStringLiteral("\"the wall\"") << split("s7");
        QTest::newRow("percent") << QStringLiteral("%") << split("s5");
        QTest::newRow("100 percent") << QStringLiteral("100%") << split("s5");
        QTest::newRow("two percents") << QStringLiteral("%%") << QStringList();
        QTest::newRow("underscore") << QStringLiteral("_") << split("s5");
        QTest::newRow("like pattern") << QStringLiteral("a%e") << QStringList();
        QTest::newRow("like single char") << QStringLiteral("A_ice") << QStringList();
        QTest::newRow("backslash") << QStringLiteral("\\") << split("s8");
        QTest::newRow("path") << QStringLiteral("c:\\path") << split("s8");
        QTest::newRow("two backslashes") << QStringLiteral("\\\\") << QStringList();
        QTest::newRow("escaped percent") << QStringLiteral("\\%") << QStringList();
        QTest::newRow("sql injection") << QStringLiteral("' OR '1'='1") << QStringList();
        QTest::newRow("regex any") << QStringLiteral(".*") << QStringList();
        QTest::newRow("regex class") << QStringLiteral("[a-z]") << QStringList();
        QTest::newRow("wildcard") << QStringLiteral("*") << QStringList();
        QTest::newRow("question mark") << QStringLiteral("?") << QStringList();
        QTest::newRow("long text") << QString(10000, QLatin1Char('a')) << QStringList();
        QTest::newRow("long percent") << QString(10000, QLatin1Char('%')) << QStringList();
        QTest::newRow("long name prefix") << QStringLiteral("Alice Archer") + QString(9988, QLatin1Char('x')) << QStringList();
        QTest::newRow("arabic") << QStringLiteral("فرح") << split("s6");
        QTest::newRow("arabic letter") << QStringLiteral("ح") << split("s6");
        QTest::newRow("arabic absent") << QStringLiteral("مرحبا") << QStringList();
        QTest::newRow("hebrew") << QStringLiteral("גיל") << split("s7");
        QTest::newRow("hebrew absent") << QStringLiteral("שלום") << QStringList();
        QTest::newRow("right-to-left mark") << QStringLiteral("\u200F") << QStringList();
        QTest::newRow("mark around arabic") << QStringLiteral("\u202Bفرح\u202C") << QStringList();
        QTest::newRow("nul character") << QString(QChar(0)) << QStringList();
        QTest::newRow("newline") << QStringLiteral("\n") << QStringList();
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setSearchText(text);
        QCOMPARE(sortedIds(*m_proxy), expected);
    }

    void refreshUpdatesChangedRowsInPlace()
    {
        m_proxy->sort(StudentsModel::Risk, Qt::DescendingOrder);
        QItemSelectionModel selection(m_proxy);
        auto proxyRowOf = [this](const QString &id) {
            return m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0)).row();
        };
        for (const QString &id : {QStringLiteral("s2"), QStringLiteral("s5")})
            selection.select(m_proxy->index(proxyRowOf(id), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.setCurrentIndex(m_proxy->index(proxyRowOf(QStringLiteral("s5")), 0), QItemSelectionModel::NoUpdate);

        QList<StudentSummary> fresh = knownStudents();
        fresh[0].overallScore = 42;                 // s1
        fresh[3].riskScore = 90;                    // s4: moves to the top of the sorted view
        fresh[6].lastActiveAt = kNow.addDays(-2);   // s7

        QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsAboutToBeRemoved);
        QSignalSpy layout(m_model, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy proxyReset(m_proxy, &QAbstractItemModel::modelAboutToBeReset);
        m_model->setStudents(fresh);

        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(proxyReset.size(), 0);
        QCOMPARE(dataChanged.size(), 3);
        QSet<int> rows;
        for (const QList<QVariant> &arguments : std::as_const(dataChanged)) {
            const auto topLeft = arguments.at(0).value<QModelIndex>();
            const auto bottomRight = arguments.at(1).value<QModelIndex>();
            QCOMPARE(topLeft.row(), bottomRight.row());
            QCOMPARE(topLeft.column(), 0);
            QCOMPARE(bottomRight.column(), StudentsModel::ColumnCount - 1);
            rows.insert(topLeft.row());
        }
        QCOMPARE(rows, (QSet<int>{m_model->rowOf(QStringLiteral("s1")), m_model->rowOf(QStringLiteral("s4")),
                                  m_model->rowOf(QStringLiteral("s7"))}));
        QCOMPARE(m_model->student(m_model->rowOf(QStringLiteral("s1")))->overallScore, 42.0);

        // The view re-sorted, and the same students are still selected and current.
        QCOMPARE(ids(*m_proxy).first(), QStringLiteral("s4"));
        QStringList selected;
        for (const QModelIndex &index : selection.selectedRows())
            selected << index.data(StudentsModel::StudentIdRole).toString();
        selected.sort();
        QCOMPARE(selected, split("s2 s5"));
        QCOMPARE(selection.currentIndex().data(StudentsModel::StudentIdRole).toString(), QStringLiteral("s5"));

        // The same rows again: nothing at all is signalled.
        dataChanged.clear();
        m_model->setStudents(fresh);
        QCOMPARE(dataChanged.size(), 0);
    }

    void refreshRemovesAndAppends()
    {
        QList<StudentSummary> fresh = knownStudents();
        fresh.removeAt(2); // s3 left
        fresh.removeAt(4); // s6 left (index 4 after the first removal)
        fresh.prepend(student(QStringLiteral("s9"), QStringLiteral("Ivan New"), 55, {}, 10, 0, 0, 0, QDateTime(), 0, 0, 0, std::nullopt));

        QSignalSpy reset(m_model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
        m_model->setStudents(fresh);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 6); // appended after the six who stayed
        QCOMPARE(dataChanged.size(), 0);
        QCOMPARE(ids(*m_model), split("s1 s2 s4 s5 s7 s8 s9"));
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->rowOf(m_model->student(row)->studentId), row);

        // Everyone gone, and back again (a reset only when starting from nothing).
        m_model->setStudents({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(reset.size(), 0);
        m_model->setStudents(knownStudents());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 8);
    }

    void duplicateIdsAreIgnored()
    {
        QList<StudentSummary> fresh = knownStudents();
        fresh.append(fresh.first());
        fresh.last().name = QStringLiteral("Duplicate");
        m_model->setStudents(fresh);
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->student(m_model->rowOf(QStringLiteral("s1")))->name, QStringLiteral("Alice Archer"));
    }

    void manyStudents()
    {
        QList<StudentSummary> many;
        for (int i = 0; i < 1500; ++i)
            many << student(QStringLiteral("m%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Student %1").arg(i), i % 101,
                            {}, i % 100, 0, 0, 0, kNow.addDays(-(i % 30)), i % 9, i % 4, i % 2, std::nullopt);
        m_model->setStudents(many);
        m_proxy->sort(StudentsModel::Risk, Qt::DescendingOrder);
        QCOMPARE(m_proxy->rowCount(), 1500);
        QCOMPARE(m_proxy->index(0, StudentsModel::Risk).data(StudentsModel::SortRole).toDouble(), 100.0);
        m_proxy->setQuickFilters(StudentsFilterModel::AtRisk | StudentsFilterModel::HasOverdue);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const auto s = m_proxy->index(row, 0).data(StudentsModel::SummaryRole).value<StudentSummary>();
            QVERIFY(s.riskScore >= 50 && s.overdueAssignments > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestStudentsModel)
#include "tst_studentsmodel.moc"
