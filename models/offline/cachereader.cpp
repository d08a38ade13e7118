#include "cachereader.h"

#include "cacheschema.h"
#include "outbox.h"
#include "students/summaryrow.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace dashboard::offline {

namespace {

// The cache's version of resources/sql/students/student.sql: the same joins and the same
// figures, over the cached relations (which hold only what the person may see, so nothing is
// filtered here either). The SELECT list is the server's, in the server's order (and the list's
// order the server's, never-active students first among equal risks, as PostgreSQL sorts NULL
// in a descending order).
const QString kSummarySelect = QStringLiteral(R"(
SELECT sp.student_id,
       u.name,
       u.email,
       d.name AS department_name,
       i.name AS instructor_name,
       sp.risk_score,
       coalesce(sp.risk_factors, '[]') AS risk_factors,
       sp.overall_score,
       sp.codes_progress,
       sp.phonetic_progress,
       sp.protocol_progress,
       sp.last_active_at,
       sp.current_streak,
       coalesce(w.open_count, 0) AS open_assignments,
       coalesce(w.overdue_count, 0) AS overdue_assignments,
       sp.target_score,
       substr(sp.target_date, 1, 10) AS target_date,
       sp.goal_achieved
  FROM student_progress sp
  JOIN users u ON u.id = sp.student_id
  LEFT JOIN departments d ON d.id = u.department_id
  LEFT JOIN users i ON i.id = sp.instructor_id
  LEFT JOIN (SELECT s.student_id,
                    sum(s.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE')) AS open_count,
                    sum(s.status = 'OVERDUE') AS overdue_count
               FROM assignment_submissions s
              GROUP BY s.student_id) w ON w.student_id = sp.student_id
)");

// The local copy keeps timestamps and dates as ISO text, lists as JSON (cacheschema).
const students::SummaryRowFormat &cacheFormat()
{
    static const students::SummaryRowFormat format{
        [](const QVariant &value) { return CacheReader::parseTimestamp(value.toString()); },
        [](const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); },
        students::jsonStrings};
    return format;
}

struct PendingWrite
{
    QString kind;
    QJsonObject payload;
};

} // namespace

CacheReader::CacheReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QDateTime CacheReader::parseTimestamp(const QString &text)
{
    // Date and time parsed apart and joined as UTC: a wall-clock time inside the local
    // spring-forward gap must not turn the value invalid.
    if (text.size() < 19)
        return {};
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11), Qt::ISODateWithMs);
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

QString CacheReader::formatTimestamp(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) : QString();
}

template<typename T>
std::optional<T> CacheReader::failed(const QSqlQuery &query, const QString &what)
{
    m_error = CacheError::fromSql(query.lastError(), what);
    return std::nullopt;
}

std::optional<QList<students::StudentSummary>> CacheReader::students()
{
    m_error = {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(kSummarySelect
                    + QStringLiteral(" ORDER BY sp.risk_score DESC, sp.last_active_at DESC NULLS FIRST, sp.student_id"))) {
        return failed<QList<students::StudentSummary>>(query, tr("Could not read the students from the local copy"));
    }
    QList<students::StudentSummary> result;
    while (query.next())
        result.append(students::readSummaryRow(query, cacheFormat()));
    if (query.lastError().isValid())
        return failed<QList<students::StudentSummary>>(query, tr("Could not read the students from the local copy"));
    return result;
}

std::optional<students::StudentSummary> CacheReader::student(const QString &studentId)
{
    m_error = {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSummarySelect + QStringLiteral(" WHERE sp.student_id = ?"));
    query.addBindValue(studentId);
    if (!query.exec())
        return failed<students::StudentSummary>(query, tr("Could not read the student from the local copy"));
    if (!query.next())
        return students::StudentSummary();
    return students::readSummaryRow(query, cacheFormat());
}

std::optional<QList<students::DailySnapshot>> CacheReader::snapshots(const QString &studentId, QDate from, QDate to)
{
    m_error = {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Dates are 'YYYY-MM-DD' text, which sorts and compares as the dates do.
    query.prepare(QStringLiteral("SELECT snapshot_date, overall_score, daily_accuracy, total_time_spent, "
                                 "sessions_completed, questions_answered "
                                 "FROM progress_snapshots "
                                 "WHERE student_id = ? AND snapshot_date >= ? AND snapshot_date <= ? "
                                 "ORDER BY snapshot_date"));
    query.addBindValue(studentId);
    query.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    query.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    if (!query.exec())
        return failed<QList<students::DailySnapshot>>(query, tr("Could not read the progress history from the local copy"));
    QList<students::DailySnapshot> result;
    while (query.next()) {
        students::DailySnapshot snapshot;
        snapshot.date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        snapshot.overallScore = query.value(1).toDouble();
        snapshot.dailyAccuracy = query.value(2).toDouble();
        snapshot.totalTimeSpent = query.value(3).toInt();
        snapshot.sessionsCompleted = query.value(4).toInt();
        snapshot.questionsAnswered = query.value(5).toInt();
        result.append(snapshot);
    }
    if (query.lastError().isValid())
        return failed<QList<students::DailySnapshot>>(query, tr("Could not read the progress history from the local copy"));
    return result;
}

std::optional<QList<CachedNote>> CacheReader::notes(const QString &studentId)
{
    m_error = {};
    QList<CachedNote> result;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, student_id, author_id, body, flag, created_at, updated_at "
                                     "FROM student_notes WHERE student_id = ? AND deleted_at IS NULL"));
        query.addBindValue(studentId);
        if (!query.exec())
            return failed<QList<CachedNote>>(query, tr("Could not read the notes from the local copy"));
        while (query.next()) {
            CachedNote note;
            note.id = query.value(0).toString();
            note.studentId = query.value(1).toString();
            note.authorId = query.value(2).toString();
            note.body = query.value(3).toString();
            note.flag = query.value(4).toString();
            note.createdAt = parseTimestamp(query.value(5).toString());
            note.updatedAt = parseTimestamp(query.value(6).toString());
            result.append(note);
        }
    }

    // The person's pending note writes, in the order they were made, over the server's rows.
    QSqlQuery pending(m_db);
    pending.setForwardOnly(true);
    pending.prepare(QStringLiteral("SELECT kind, payload FROM outbox WHERE state = 'pending' AND kind IN (?, ?) ORDER BY seq"));
    pending.addBindValue(OutboxKind::noteUpsert());
    pending.addBindValue(OutboxKind::noteDelete());
    if (!pending.exec())
        return failed<QList<CachedNote>>(pending, tr("Could not read the unsent notes"));
    while (pending.next()) {
        const QString kind = pending.value(0).toString();
        const QJsonObject payload = QJsonDocument::fromJson(pending.value(1).toString().toUtf8()).object();
        const QString id = payload.value(QLatin1String("id")).toString();
        auto existing = std::find_if(result.begin(), result.end(), [&id](const CachedNote &n) { return n.id == id; });
        if (kind == OutboxKind::noteDelete()) {
            if (existing != result.end())
                result.erase(existing);
            continue;
        }
        if (payload.value(QLatin1String("student_id")).toString() != studentId)
            continue;
        CachedNote note = existing != result.end() ? *existing : CachedNote();
        note.id = id;
        note.studentId = studentId;
        note.body = payload.value(QLatin1String("body")).toString();
        note.flag = payload.value(QLatin1String("flag")).toString();
        if (!note.createdAt.isValid())
            note.createdAt = parseTimestamp(payload.value(QLatin1String("created_at")).toString());
        note.pending = true;
        if (existing != result.end())
            *existing = note;
        else
            result.append(note);
    }

    std::stable_sort(result.begin(), result.end(), [](const CachedNote &a, const CachedNote &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id > b.id;
    });
    return result;
}

std::optional<QList<CachedNotification>> CacheReader::notifications(const QString &userId)
{
    m_error = {};
    QHash<QString, QString> pendingReads; // notification id -> read_at
    {
        QSqlQuery pending(m_db);
        pending.setForwardOnly(true);
        pending.prepare(QStringLiteral("SELECT payload FROM outbox WHERE state = 'pending' AND kind = ? ORDER BY seq"));
        pending.addBindValue(OutboxKind::notificationRead());
        if (!pending.exec())
            return failed<QList<CachedNotification>>(pending, tr("Could not read the unsent read marks"));
        while (pending.next()) {
            const QJsonObject payload = QJsonDocument::fromJson(pending.value(0).toString().toUtf8()).object();
            const QString id = payload.value(QLatin1String("id")).toString();
            if (!pendingReads.contains(id)) // the first read mark counts, as coalesce() on the server
                pendingReads.insert(id, payload.value(QLatin1String("read_at")).toString());
        }
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, user_id, title, message, action_url, type, category, priority, is_read, "
                                 "is_archived, metadata, expires_at, read_at, created_at "
                                 "FROM notifications WHERE user_id = ? AND NOT coalesce(is_archived, 0) "
                                 "ORDER BY created_at DESC, id DESC"));
    query.addBindValue(userId);
    if (!query.exec())
        return failed<QList<CachedNotification>>(query, tr("Could not read the notifications from the local copy"));
    QList<CachedNotification> result;
    while (query.next()) {
        CachedNotification n;
        n.id = query.value(0).toString();
        n.userId = query.value(1).toString();
        n.title = query.value(2).toString();
        n.message = query.value(3).toString();
        n.actionUrl = query.value(4).toString();
        n.type = query.value(5).toString();
        n.category = query.value(6).toString();
        n.priority = query.value(7).toString();
        n.isRead = query.value(8).toInt() != 0;
        n.isArchived = query.value(9).toInt() != 0;
        n.metadata = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
        n.expiresAt = parseTimestamp(query.value(11).toString());
        n.readAt = parseTimestamp(query.value(12).toString());
        n.createdAt = parseTimestamp(query.value(13).toString());
        if (!n.isRead && pendingReads.contains(n.id)) {
            n.isRead = true;
            n.readAt = parseTimestamp(pendingReads.value(n.id));
            n.pending = true;
        }
        result.append(n);
    }
    if (query.lastError().isValid())
        return failed<QList<CachedNotification>>(query, tr("Could not read the notifications from the local copy"));
    return result;
}

std::optional<int> CacheReader::unreadNotificationCount(const QString &userId)
{
    const std::optional<QList<CachedNotification>> all = notifications(userId);
    if (!all)
        return std::nullopt;
    return static_cast<int>(std::count_if(all->cbegin(), all->cend(), [](const CachedNotification &n) { return !n.isRead; }));
}

std::optional<QDateTime> CacheReader::lastSyncedAt()
{
    m_error = {};
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT min(synced_at) FROM sync_state")) || !query.next())
        return failed<QDateTime>(query, tr("Could not read when the local copy was last updated"));
    return parseTimestamp(query.value(0).toString());
}

std::optional<QString> CacheReader::cursor(const QString &table)
{
    m_error = {};
    if (!CacheSchema::cachedTables().contains(table)) {
        m_error = CacheError::invalid(tr("%1 is not a table of the local copy").arg(table));
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT cursor FROM sync_state WHERE table_name = ?"));
    query.addBindValue(table);
    if (!query.exec())
        return failed<QString>(query, tr("Could not read the sync state of the local copy"));
    return query.next() ? query.value(0).toString() : QStringLiteral("0");
}

std::optional<QString> CacheReader::meta(const QString &key)
{
    m_error = {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return failed<QString>(query, tr("Could not read the local copy"));
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<QStringList> CacheReader::knownStudents()
{
    m_error = {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM known_students ORDER BY id")))
        return failed<QStringList>(query, tr("Could not read the visible students from the local copy"));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

std::optional<VisibilityChange> CacheReader::compareVisibleStudents(const QStringList &visibleStudentIds)
{
    const std::optional<QStringList> known = knownStudents();
    if (!known)
        return std::nullopt;
    const QSet<QString> before(known->cbegin(), known->cend());
    const QSet<QString> now(visibleStudentIds.cbegin(), visibleStudentIds.cend());
    VisibilityChange change;
    for (const QString &id : now) {
        if (!before.contains(id))
            change.added << id;
    }
    for (const QString &id : before) {
        if (!now.contains(id))
            change.removed << id;
    }
    change.added.sort();
    change.removed.sort();
    return change;
}

} // namespace dashboard::offline
