#include "studentrepository.h"
#include "summaryrow.h"

#include "db/sqlresource.h"
#include "db/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dashboard::students {

namespace {

// The statements live in resources/sql/students/*.sql (embedded by resources/CMakeLists.txt).
QString sql(const QString &name)
{
    return db::sqlResource(QStringLiteral("students/") + name);
}

// timestamp(3) columns hold UTC without a zone; QPSQL hands them over as local wall-clock time
// with the stored date and time. A time in the local spring-forward gap is an invalid local
// QDateTime that still carries them, so validity is judged after the switch to UTC.
QDateTime utc(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime dateTime = value.toDateTime();
    if (!dateTime.date().isValid())
        return {};
    dateTime.setTimeSpec(Qt::UTC);
    return dateTime.isValid() ? dateTime : QDateTime();
}

// PostgreSQL returns the columns typed, risk_factors as its text[] literal.
const SummaryRowFormat &serverFormat()
{
    static const SummaryRowFormat format{utc, [](const QVariant &value) { return value.toDate(); }, postgresTextArray};
    return format;
}

} // namespace

StudentRepository::StudentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<StudentSummary>> StudentRepository::fetchStudents()
{
    m_error.clear();
    // A plain instructor's own students come from the covering index in the list's order
    // (students_own.sql); anyone else's through the view students.sql reads.
    bool ownStudentsOnly = false;
    {
        QSqlQuery scope(m_db);
        if (!scope.prepare(sql(QStringLiteral("list_scope"))) || !scope.exec() || !scope.next()) {
            m_error = tr("Could not read the students: %1").arg(scope.lastError().databaseText().trimmed());
            return std::nullopt;
        }
        ownStudentsOnly = scope.value(0).toBool();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql(ownStudentsOnly ? QStringLiteral("students_own") : QStringLiteral("students"))) || !query.exec()) {
        m_error = tr("Could not read the students: %1").arg(query.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    QList<StudentSummary> students;
    while (query.next())
        students.append(readSummaryRow(query, serverFormat()));
    return students;
}

std::optional<int> StudentRepository::fetchUnreadNotificationCount()
{
    m_error.clear();
    QSqlQuery query(m_db);
    if (!query.prepare(sql(QStringLiteral("unread_notifications"))) || !query.exec() || !query.next()) {
        m_error = tr("Could not count the unread notifications: %1").arg(query.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<StudentDetail> StudentRepository::fetchDetail(const QString &studentId, TrendRange range, QDate asOf)
{
    m_error.clear();
    db::Transaction transaction(m_db);
    // Failures roll back while the failed query still exists: QPSQL frees its prepared statement
    // when the query goes away, which an aborted transaction would refuse.
    auto failed = [this, &transaction](const QSqlQuery &query, const QString &what) -> std::optional<StudentDetail> {
        m_error = tr("Could not read the student's %1: %2").arg(what, query.lastError().databaseText().trimmed());
        transaction.rollback();
        return std::nullopt;
    };

    if (!transaction.isActive()) {
        m_error = tr("Could not start reading the student: %1").arg(m_db.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    {
        // One snapshot for every read below, so the charts and tables agree with each other.
        QSqlQuery isolation(m_db);
        isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    }

    // The audit row first: the function also refuses a student this person may not see.
    {
        QSqlQuery audit(m_db);
        audit.prepare(sql(QStringLiteral("audit_view")));
        audit.addBindValue(studentId);
        if (!audit.exec()) {
            if (audit.lastError().nativeErrorCode() == QLatin1String("42501"))
                m_error = tr("This student is not visible to you");
            else
                m_error = tr("Could not open the student: %1").arg(audit.lastError().databaseText().trimmed());
            transaction.rollback();
            return std::nullopt;
        }
    }

    StudentDetail detail;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql(QStringLiteral("student")));
        query.addBindValue(studentId);
        if (!query.exec())
            return failed(query, tr("summary"));
        if (!query.next()) {
            m_error = tr("This student is not visible to you");
            return std::nullopt;
        }
        detail.summary = readSummaryRow(query, serverFormat());
    }

    // The trend range ends at asOf: the latest snapshot when not given, else today (UTC).
    if (!asOf.isValid()) {
        QSqlQuery query(m_db);
        query.prepare(sql(QStringLiteral("latest_snapshot_date")));
        query.addBindValue(studentId);
        if (!query.exec())
            return failed(query, tr("progress history"));
        if (query.next() && !query.value(0).isNull())
            asOf = query.value(0).toDate();
        if (!asOf.isValid())
            asOf = QDateTime::currentDateTimeUtc().date();
    }
    {
        const int days = static_cast<int>(range);
        const QVariant from = days > 0 ? QVariant(asOf.addDays(1 - days)) : QVariant(QMetaType::fromType<QDate>());
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql(QStringLiteral("snapshots")));
        query.addBindValue(studentId);
        query.addBindValue(from);
        query.addBindValue(asOf);
        if (!query.exec())
            return failed(query, tr("progress history"));
        while (query.next()) {
            DailySnapshot snapshot;
            snapshot.date = query.value(0).toDate();
            snapshot.overallScore = query.value(1).toDouble();
            snapshot.dailyAccuracy = query.value(2).toDouble();
            snapshot.totalTimeSpent = query.value(3).toInt();
            snapshot.sessionsCompleted = query.value(4).toInt();
            snapshot.questionsAnswered = query.value(5).toInt();
            detail.snapshots.append(snapshot);
        }
    }
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql(QStringLiteral("sessions")));
        query.addBindValue(studentId);
        query.addBindValue(studentId);
        if (!query.exec())
            return failed(query, tr("sessions"));
        while (query.next()) {
            SessionRecord session;
            session.kind = query.value(0).toString() == QLatin1String("voice") ? SessionRecord::Kind::Voice
                                                                               : SessionRecord::Kind::Quiz;
            session.id = query.value(1).toString();
            session.startedAt = utc(query.value(2));
            session.completedAt = utc(query.value(3));
            session.moduleId = query.value(4).toString();
            session.category = query.value(5).toString();
            session.difficulty = query.value(6).toString();
            session.score = optionalDouble(query.value(7));
            session.questionsAnswered = query.value(8).toInt();
            session.correctAnswers = query.value(9).toInt();
            session.durationSeconds = query.value(10).toInt();
            detail.recentSessions.append(session);
        }
    }
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql(QStringLiteral("submissions")));
        query.addBindValue(studentId);
        if (!query.exec())
            return failed(query, tr("assignments"));
        while (query.next()) {
            SubmissionRecord submission;
            submission.assignmentId = query.value(0).toString();
            submission.assignmentTitle = query.value(1).toString();
            submission.dueDate = utc(query.value(2));
            submission.status = query.value(3).toString();
            submission.attemptNumber = query.value(4).toInt();
            submission.score = optionalDouble(query.value(5));
            submission.targetScore = query.value(6).toDouble();
            submission.submittedAt = utc(query.value(7));
            submission.instructorFeedback = query.value(8).toString();
            detail.submissions.append(submission);
        }
    }
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql(QStringLiteral("missed_items")));
        query.addBindValue(studentId);
        if (!query.exec())
            return failed(query, tr("missed items"));
        while (query.next()) {
            MissedItem item;
            item.item = query.value(0).toString();
            item.attempts = query.value(1).toInt();
            item.wrong = query.value(2).toInt();
            detail.missedItems.append(item);
        }
    }

    if (!transaction.commit()) {
        m_error = tr("Could not finish reading the student: %1").arg(m_db.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    return detail;
}

} // namespace dashboard::students
