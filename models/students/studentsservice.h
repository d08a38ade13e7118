#pragma once

#include "db/connectionsettings.h"
#include "studentdetail.h"
#include "studentsummary.h"

#include <QObject>
#include <QString>

namespace dashboard::students {

// Runs the student reads off the UI thread (QtConcurrent, one QtSql connection per pool
// thread, named after the thread) and delivers the results as queued signals. A newer request
// of the same kind supersedes an older one still running: only the newest result is delivered.
class StudentsService : public QObject
{
    Q_OBJECT

public:
    explicit StudentsService(db::ConnectionSettings settings, QObject *parent = nullptr);
    ~StudentsService() override; // waits for running work

    void loadStudents();
    void loadDetail(const QString &studentId, TrendRange range);
    void loadUnreadNotificationCount();

signals:
    void studentsLoaded(const QList<dashboard::students::StudentSummary> &students);
    void studentsFailed(const QString &error);
    void detailLoaded(const dashboard::students::StudentDetail &detail);
    void detailFailed(const QString &studentId, const QString &error);
    void unreadNotificationCountLoaded(int count);

private:
    struct Private;
    Private *d;
};

} // namespace dashboard::students
