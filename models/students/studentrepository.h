#pragma once

#include "studentdetail.h"
#include "studentsummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dashboard::students {

// Reads students for the signed-in person. Blocking: call it on a worker thread with that
// thread's own connection. Row-level security and the dashboard_* views decide which students
// come back; nothing is filtered here.
class StudentRepository
{
    Q_DECLARE_TR_FUNCTIONS(StudentRepository)

public:
    explicit StudentRepository(QSqlDatabase db);

    // Every visible student, highest risk first. std::nullopt on failure (errorString()).
    std::optional<QList<StudentSummary>> fetchStudents();

    // One student's detail over a trend range ending at `asOf` (the latest snapshot date when
    // invalid). Records the view in the audit trail (dashboard_audit_view) first; a student the
    // person may not see fails with a clear message and returns std::nullopt.
    std::optional<StudentDetail> fetchDetail(const QString &studentId, TrendRange range, QDate asOf = {});

    // How many of the signed-in person's own notifications are unread and not archived (the bell).
    std::optional<int> fetchUnreadNotificationCount();

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace dashboard::students
