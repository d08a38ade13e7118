#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace dashboard::db {
class CopyWriter;
}

namespace dashboard::demo {

// Every demo user's e-mail ends with this; any other user is a "non-demo" user.
inline constexpr char kDemoEmailSuffix[] = "@demo.instructor-dashboard.test";

// One top-level department of --departments ("MPD:Patrol,Traffic") and its sub-unit codes.
struct DepartmentSpec
{
    QString code;
    QStringList subUnits;
};

struct SeedOptions
{
    Q_DECLARE_TR_FUNCTIONS(SeedOptions)

public:
    int instructors = 12;
    int studentsPerInstructor = 80;
    int days = 120;
    quint64 seed = 1;
    QDate endDate; // UTC; the data covers the `days` days ending on it. Invalid = today (UTC).
    QList<DepartmentSpec> departments = defaultDepartments();
    bool force = false; // write even when the database has non-demo users

    static QString defaultDepartmentsText(); // "MPD:Patrol,Traffic;SHP:North,South;CSO:Jail,Court"
    static QList<DepartmentSpec> defaultDepartments();
    // Parses "CODE:SUB,SUB;CODE:SUB". nullopt with *error on a malformed or duplicate code.
    static std::optional<QList<DepartmentSpec>> parseDepartments(const QString &text, QString *error);
    // Why these options cannot be used, or an empty string.
    QString validate() const;
};

// How a simulated student behaves (deterministic per seed and student).
enum class Archetype {
    Regular,  // ~65 %: practises on 40-70 % of days and improves
    Drifting, // ~12 %: active early, stops 15-40 days before the end date
    Plateau,  // ~13 %: practises but stays around the same scores, below the pass mark
    Confuser, // ~10 %: improves, but keeps mixing up look-alike 10-codes (10-9/10-10, 10-7/10-8)
};

// The tables seed-demo fills, in foreign-key (load) order.
enum class DemoTable {
    Departments,
    Users,
    InstructorProfiles,
    StudentProgress,
    QuizSessions,
    VoicePracticeSessions,
    Assignments,
    AssignmentSubmissions,
    Messages,
    Notifications,
};

// Generates the demo data set: departments, an administrator, one supervisor per top
// department, instructors spread over the sub-units, their students with months of quiz and
// voice practice, assignments with submissions, messages and notifications.
//
// Deterministic: the same options (seed, end date, sizes) give byte-identical rows on every
// run and platform. Every random decision comes from a counter-based stream keyed by the seed
// and what it is about (student, day, ...), so any student's day can be regenerated on its own
// and rows are streamed: memory does not grow with the number of sessions.
class DemoGenerator
{
public:
    explicit DemoGenerator(const SeedOptions &options);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator &) = delete;
    DemoGenerator &operator=(const DemoGenerator &) = delete;

    static QList<DemoTable> tables(); // load order
    static QString tableName(DemoTable table);
    static QStringList columns(DemoTable table);

    // Exact number of rows write() produces (quick: no session content is generated).
    qint64 rowCount(DemoTable table) const;

    // Writes every row of the table into an open COPY. progress(rowsDone) is called every few
    // thousand rows. Returns false as soon as the writer fails.
    bool write(DemoTable table, db::CopyWriter &writer, const std::function<void(qint64)> &progress = {}) const;

    // --- what was generated, for tests and summaries --------------------------------------
    const SeedOptions &options() const;
    QDate firstDate() const;
    int studentCount() const;
    QString studentId(int student) const;
    QString studentEmail(int student) const;
    Archetype archetype(int student) const;
    QString instructorId(int instructor) const;
    QStringList departmentCodes() const;
    QStringList departmentNames() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dashboard::demo
