#pragma once

#include "db/connectionsettings.h"
#include "notes/studentnote.h"
#include "studentdetail.h"
#include "studentsummary.h"

#include <QObject>
#include <QString>

namespace dashboard::students {

// Runs the student reads off the UI thread (QtConcurrent, one QtSql connection per pool
// thread, named after the thread) and delivers the results as queued signals. A newer request
// of the same kind supersedes an older one still running: only the newest result is delivered.
//
// With a local copy (setCache), reads come from it: the Students list, the notifications count
// and the notes always (the SyncEngine keeps the copy fresh and says when it changed), a
// student's detail first from the copy and then, when the server answers, from the server (it
// holds the sessions the copy does not keep). Without one, everything comes from the server.
class StudentsService : public QObject
{
    Q_OBJECT

public:
    explicit StudentsService(db::ConnectionSettings settings, QObject *parent = nullptr);
    ~StudentsService() override; // waits for running work

    void loadStudents();
    void loadDetail(const QString &studentId, TrendRange range);
    void loadUnreadNotificationCount();
    void loadNotes(const QString &studentId);

    // The person's cache file, already opened (checked, migrated) by the SyncEngine; empty: none.
    void setCache(const QString &cachePath);
    QString cachePath() const;

signals:
    void studentsLoaded(const QList<dashboard::students::StudentSummary> &students);
    void studentsFailed(const QString &error);
    void detailLoaded(const dashboard::students::StudentDetail &detail);
    void detailFailed(const QString &studentId, const QString &error);
    void unreadNotificationCountLoaded(int count);
    // From the local copy: the unread notifications, newest first (parallel lists).
    void unreadNotificationsLoaded(const QStringList &ids, const QStringList &titles, const QStringList &messages);
    void notesLoaded(const QString &studentId, const QList<dashboard::notes::StudentNote> &notes);
    // A student's detail from the local copy, before the server's (detailLoaded or detailFailed
    // follows): the summary and the trend; sessions, submissions and missed items are the server's.
    void detailFromLocalCopy(const dashboard::students::StudentDetail &detail);

private:
    struct Private;
    Private *d;
};

} // namespace dashboard::students
