#pragma once

#include "cacheerror.h"
#include "students/studentdetail.h"
#include "students/studentsummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dashboard::offline {

// A row of student_notes in the cache, or a note still in the outbox.
struct CachedNote
{
    QString id;
    QString studentId;
    QString authorId; // empty for a note only in the outbox (the server sets the author)
    QString body;
    QString flag; // as stored (text; empty for none)
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC, the server's; invalid for a note only in the outbox
    bool pending = false; // changed here and not yet confirmed by the server

    friend bool operator==(const CachedNote &, const CachedNote &) = default;
};

// A row of notifications in the cache.
struct CachedNotification
{
    QString id;
    QString userId;
    QString title;
    QString message;
    QString actionUrl;
    QString type;
    QString category;
    QString priority;
    bool isRead = false;
    bool isArchived = false;
    QJsonObject metadata;
    QDateTime expiresAt; // UTC
    QDateTime readAt;    // UTC
    QDateTime createdAt; // UTC
    bool pending = false; // marked read here, not yet on the server

    friend bool operator==(const CachedNotification &, const CachedNotification &) = default;
};

// Which students appeared and disappeared between the cache's known_students and a fresh list.
struct VisibilityChange
{
    QStringList added;   // visible now, not in the cache: fetch their rows whole
    QStringList removed; // in the cache, not visible any more
};

// Reads the cache for the pages: the same values the server's repositories give, from the local
// copy, instantly and offline. Blocking; one instance per thread with that thread's connection.
//
// Reads show the person's own unsent changes: notes and read marks waiting in the outbox are laid
// over the cached rows (marked `pending`), so what the person typed offline is on the page.
class CacheReader
{
    Q_DECLARE_TR_FUNCTIONS(CacheReader)

public:
    explicit CacheReader(QSqlDatabase db);

    // Every cached student, highest risk first: StudentRepository::fetchStudents() from the cache.
    std::optional<QList<students::StudentSummary>> students();
    // One student, or an invalid studentId when the cache does not have them.
    std::optional<students::StudentSummary> student(const QString &studentId);

    // One student's progress snapshots from `from` to `to` (either open when invalid), oldest first.
    std::optional<QList<students::DailySnapshot>> snapshots(const QString &studentId, QDate from = {}, QDate to = {});

    // A student's notes that are not deleted, newest first, with the outbox's pending note writes.
    std::optional<QList<CachedNote>> notes(const QString &studentId);

    // The notifications of one person that are not archived, newest first, with pending read marks.
    std::optional<QList<CachedNotification>> notifications(const QString &userId);
    std::optional<int> unreadNotificationCount(const QString &userId);

    // The server time of the last sync, for "offline — data from 10:42": the oldest of the
    // tables' last syncs, since the page may show any of them. Invalid when never synced.
    std::optional<QDateTime> lastSyncedAt();
    // A table's cursor ("0" when it was never synced: the first fill fetches everything).
    std::optional<QString> cursor(const QString &table);
    std::optional<QString> meta(const QString &key);

    std::optional<QStringList> knownStudents();
    std::optional<VisibilityChange> compareVisibleStudents(const QStringList &visibleStudentIds);

    const CacheError &lastError() const { return m_error; }
    QString errorString() const { return m_error.message; }

    // 'YYYY-MM-DDTHH:MM:SS.mmm' (UTC, no zone) as the cache stores timestamps, both ways.
    static QDateTime parseTimestamp(const QString &text);
    static QString formatTimestamp(const QDateTime &dateTime);

private:
    template<typename T>
    std::optional<T> failed(const QSqlQuery &query, const QString &what);

    QSqlDatabase m_db;
    CacheError m_error;
};

} // namespace dashboard::offline
