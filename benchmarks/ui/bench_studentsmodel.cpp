// bench_studentsmodel: sorting and filtering 1000 synthetic students in StudentsFilterModel over
// StudentsModel (goal: each <= 16 ms, one frame). No database, no display needed.
//   build/bench/benchmarks/ui/bench_studentsmodel            (QBENCHMARK walltime, ms per iteration)
//   build/bench/benchmarks/ui/bench_studentsmodel -median 9  (median of 9 runs of each)
#include "students/studentsfiltermodel.h"
#include "students/studentsmodel.h"
#include "students/studentsummary.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using dashboard::students::StudentsFilterModel;
using dashboard::students::StudentsModel;
using dashboard::students::StudentSummary;

namespace {

// QBENCHMARK with -median runs a test function several times: say things once.
bool firstRun(const char *function, const char *tag)
{
    static QSet<QString> seen;
    const QString key = QString::fromLatin1(function) + QLatin1Char('/') + QString::fromLatin1(tag ? tag : "");
    if (seen.contains(key))
        return false;
    seen.insert(key);
    return true;
}

constexpr int kStudents = 1000;

QList<StudentSummary> syntheticStudents(int count)
{
    static const char *const first[] = {"Ana", "Daniel", "Jordan", "Maria", "Juan", "Susan", "Brian", "Diana", "Ethan", "Grace",
                                        "Hannah", "Ivan", "Kevin", "Laura", "Mohammed", "Nina", "Oscar", "Priya", "Quinn", "Zoë"};
    static const char *const last[] = {"Anderson", "Brown", "Chen", "Delgado", "Evans", "Fernández", "Garcia", "Hansen", "Ivanova",
                                       "Johnson", "Khan", "Lopez", "Morgan", "Nguyen", "O'Brien", "Patel", "Ryan", "Smith", "Tanaka", "Wright"};
    QRandomGenerator random(20250630); // deterministic
    const QDateTime now = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);
    QList<StudentSummary> students;
    students.reserve(count);
    for (int i = 0; i < count; ++i) {
        StudentSummary s;
        s.studentId = QStringLiteral("stu_%1").arg(i, 5, 10, QLatin1Char('0'));
        s.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(first[random.bounded(20)]), QString::fromUtf8(last[random.bounded(20)]));
        s.email = QStringLiteral("student%1@example.org").arg(i);
        s.departmentName = QStringLiteral("Dispatch");
        s.instructorName = QStringLiteral("Bench Instructor");
        s.riskScore = double(random.bounded(101)); // whole numbers: many ties, so the name tie-break runs
        if (s.riskScore >= 50)
            s.riskFactors = {QStringLiteral("inactive:9:+25"), QStringLiteral("low_accuracy:48:+20")};
        else if (s.riskScore >= 25)
            s.riskFactors = {QStringLiteral("inactive:9:+25")};
        s.overallScore = random.bounded(100.0);
        s.codesProgress = random.bounded(100.0);
        s.phoneticProgress = random.bounded(100.0);
        s.protocolProgress = random.bounded(100.0);
        if (random.bounded(20) != 0) // 5 % never active
            s.lastActiveAt = now.addSecs(-qint64(random.bounded(60 * 24 * 3600)));
        s.currentStreak = random.bounded(30);
        s.openAssignments = random.bounded(5);
        s.overdueAssignments = random.bounded(3) == 0 ? random.bounded(3) : 0;
        if (random.bounded(2) == 0) {
            s.targetScore = 70 + random.bounded(25);
            s.targetDate = QDate(2025, 8, 1);
        }
        students << s;
    }
    return students;
}

} // namespace

class BenchStudentsModel : public QObject
{
    Q_OBJECT

private:
    StudentsModel m_model;
    StudentsFilterModel m_filter;

private slots:
    void initTestCase()
    {
        const QDateTime now(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);
        m_model.setNow(now);
        m_filter.setNow(now);
        m_model.setStudents(syntheticStudents(kStudents));
        m_filter.setSourceModel(&m_model);
        m_filter.sort(StudentsModel::Risk, Qt::DescendingOrder); // as the page starts
        QCOMPARE(m_filter.rowCount(), kStudents);
    }

    void init()
    {
        m_filter.setSearchText(QString());
        m_filter.setQuickFilters(StudentsFilterModel::NoFilter);
        m_filter.sort(StudentsModel::Risk, Qt::DescendingOrder);
    }

    // One full sort per iteration: the order alternates, because sorting again on the same
    // column and order is a no-op in QSortFilterProxyModel.
    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("Risk") << int(StudentsModel::Risk);
        QTest::newRow("Name") << int(StudentsModel::Name);
        QTest::newRow("LastActive") << int(StudentsModel::LastActive);
    }
    void sort()
    {
        QFETCH(int, column);
        m_filter.sort(column, Qt::AscendingOrder);
        bool descending = true;
        QBENCHMARK {
            m_filter.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            descending = !descending;
        }
        QCOMPARE(m_filter.rowCount(), kStudents);
    }

    // Each iteration is one filter change (typing "an" / clearing it, alternately), the list
    // sorted by risk as on the page (dynamic sort re-sorts the accepted rows).
    void searchText()
    {
        bool on = true;
        int shown = 0;
        QBENCHMARK {
            m_filter.setSearchText(on ? QStringLiteral("an") : QString());
            if (on)
                shown = m_filter.rowCount();
            on = !on;
        }
        QVERIFY(shown > 0 && shown < kStudents);
        if (firstRun(QTest::currentTestFunction(), QTest::currentDataTag()))
            qInfo("search \"an\" shows %d of %d rows", shown, kStudents);
    }

    void quickFilterToggle_data()
    {
        QTest::addColumn<int>("filter");
        QTest::newRow("AtRisk") << int(StudentsFilterModel::AtRisk);
        QTest::newRow("Inactive7Days") << int(StudentsFilterModel::Inactive7Days);
        QTest::newRow("HasOverdue") << int(StudentsFilterModel::HasOverdue);
    }
    void quickFilterToggle()
    {
        QFETCH(int, filter);
        bool on = true;
        int shown = 0;
        QBENCHMARK {
            m_filter.setQuickFilters(on ? StudentsFilterModel::QuickFilters(filter) : StudentsFilterModel::NoFilter);
            if (on)
                shown = m_filter.rowCount();
            on = !on;
        }
        QVERIFY(shown > 0 && shown < kStudents);
        if (firstRun(QTest::currentTestFunction(), QTest::currentDataTag()))
            qInfo("quick filter shows %d of %d rows", shown, kStudents);
    }
};

QTEST_GUILESS_MAIN(BenchStudentsModel)
#include "bench_studentsmodel.moc"
