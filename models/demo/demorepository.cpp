#include "demorepository.h"

#include "demogenerator.h"
#include "migrations/migrationrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dashboard::demo {

namespace {

// pg_try_advisory_lock key of seed-demo ("seeddemo" in ASCII); other jobs use other keys.
constexpr qint64 kSeedLockKey = 0x7365656464656d6fLL;

// The users whose e-mail ends with the demo suffix. Two bound values: the suffix, twice.
const QString kDemoUsers = QStringLiteral(
    "SELECT u.id FROM users u WHERE right(lower(u.email), char_length(CAST(? AS text))) = CAST(? AS text)");

QVariantList demoSuffix()
{
    const QString suffix = QString::fromLatin1(kDemoEmailSuffix);
    return {suffix, suffix};
}

QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text.simplified();
}

} // namespace

DemoRepository::DemoRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool DemoRepository::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = serverText(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = serverText(query.lastError());
        return false;
    }
    return true;
}

std::optional<QString> DemoRepository::schemaProblem()
{
    QString loadError;
    QList<migrations::Migration> baseline;
    QList<migrations::Migration> dashboard;
    for (const auto &migration : migrations::embeddedMigrations(true, &loadError))
        (migration.baseline ? baseline : dashboard).append(migration);
    if (!loadError.isEmpty()) {
        m_error = loadError;
        return std::nullopt;
    }
    migrations::MigrationRunner runner(m_db, baseline, dashboard);
    const QStringList missing = runner.missingStudentAppObjects();
    if (!missing.isEmpty())
        return tr("the student app's tables are missing (%1); this is not an Instructor Dashboard database, or it was "
                  "migrated without --with-student-app-baseline")
            .arg(missing.join(QLatin1String(", ")));
    const auto states = runner.status(false);
    if (!states) {
        m_error = runner.errorString();
        return std::nullopt;
    }
    QStringList pending;
    for (const auto &state : *states) {
        if (!state.applied && !state.migration.baseline)
            pending << state.migration.fileName;
    }
    if (!pending.isEmpty())
        return tr("the database schema is not migrated (%n pending migration(s): %1); run 'instructor-dashboard-admin "
                  "migrate' first",
                  nullptr, static_cast<int>(pending.size()))
            .arg(pending.join(QLatin1String(", ")));
    return QString();
}

std::optional<QString> DemoRepository::ownershipProblem()
{
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT current_user, pg_catalog.pg_get_userbyid(c.relowner), "
                            "pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE'), "
                            "(SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) "
                            "FROM pg_catalog.pg_class c WHERE c.oid = CAST('public.departments' AS regclass)"),
             {}))
        return std::nullopt;
    if (!query.next()) {
        m_error = tr("the table departments is missing");
        return std::nullopt;
    }
    const QString me = query.value(0).toString();
    const QString owner = query.value(1).toString();
    const bool ownerOrMember = me == owner || query.value(2).toBool();
    const bool superuser = query.value(3).toBool();
    if (ownerOrMember || superuser)
        return QString();
    return tr("seed-demo must run as the role that owns the dashboard tables (the one that ran 'migrate'): %1; "
              "connected as %2")
        .arg(owner, me);
}

bool DemoRepository::tryLock(bool *acquired)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {kSeedLockKey}) || !query.next())
        return false;
    *acquired = query.value(0).toBool();
    return true;
}

void DemoRepository::unlock()
{
    QSqlQuery query(m_db);
    run(query, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kSeedLockKey});
}

std::optional<qint64> DemoRepository::nonDemoUserCount()
{
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT count(*) FROM users WHERE right(lower(email), char_length(CAST(? AS text))) "
                            "IS DISTINCT FROM CAST(? AS text)"),
             demoSuffix())
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<QStringList> DemoRepository::conflictingDepartments(const QStringList &codes, const QStringList &names)
{
    QSqlQuery query(m_db);
    const QString codesJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact));
    const QString namesJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
    if (!run(query,
             QStringLiteral("SELECT d.code, d.name FROM departments d "
                            "WHERE NOT (d.settings @> '{\"demo\": true}') "
                            "AND (d.code IN (SELECT jsonb_array_elements_text(CAST(? AS jsonb))) "
                            "OR d.name IN (SELECT jsonb_array_elements_text(CAST(? AS jsonb)))) ORDER BY d.code"),
             {codesJson, namesJson}))
        return std::nullopt;
    QStringList conflicts;
    while (query.next())
        conflicts << QStringLiteral("%1 (%2)").arg(query.value(0).toString(), query.value(1).toString());
    return conflicts;
}

std::optional<QStringList> DemoRepository::demoLogins()
{
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT l.role_name FROM dashboard_logins l WHERE l.user_id IN (%1) ORDER BY l.role_name").arg(kDemoUsers),
             demoSuffix()))
        return std::nullopt;
    QStringList logins;
    while (query.next())
        logins << query.value(0).toString();
    return logins;
}

QStringList DemoRepository::deleteOrder()
{
    return {QStringLiteral("notifications"),         QStringLiteral("messages"),         QStringLiteral("assignment_submissions"),
            QStringLiteral("assignments"),           QStringLiteral("analytics_daily"),  QStringLiteral("module_analytics"),
            QStringLiteral("progress_snapshots"),    QStringLiteral("student_progress"), QStringLiteral("voice_practice_sessions"),
            QStringLiteral("quiz_sessions"),         QStringLiteral("instructor_profiles"), QStringLiteral("users"),
            QStringLiteral("departments")};
}

std::optional<qint64> DemoRepository::deleteDemoRows(const QString &table, bool derivedToo)
{
    // Each statement names its table literally; %1 is the demo-user subquery above.
    QString sql;
    QVariantList values = demoSuffix();
    if (table == QLatin1String("notifications")) {
        sql = QStringLiteral("DELETE FROM notifications WHERE user_id IN (%1)");
    } else if (table == QLatin1String("messages")) {
        sql = QStringLiteral("DELETE FROM messages WHERE sender_id IN (%1)");
    } else if (table == QLatin1String("assignment_submissions")) {
        sql = QStringLiteral("DELETE FROM assignment_submissions WHERE student_id IN (%1) "
                             "OR assignment_id IN (SELECT a.id FROM assignments a WHERE a.instructor_id IN (%1))");
        values += demoSuffix();
    } else if (table == QLatin1String("assignments")) {
        sql = QStringLiteral("DELETE FROM assignments WHERE instructor_id IN (%1)");
    } else if (table == QLatin1String("analytics_daily")) {
        if (derivedToo) {
            sql = QStringLiteral("DELETE FROM analytics_daily");
            values.clear();
        } else {
            sql = QStringLiteral("DELETE FROM analytics_daily WHERE instructor_id IN (%1) OR department_id IN "
                                 "(SELECT d.id FROM departments d WHERE d.settings @> '{\"demo\": true}')");
        }
    } else if (table == QLatin1String("module_analytics")) {
        if (!derivedToo)
            return 0; // computed from everybody's sessions: left to the next aggregate run
        sql = QStringLiteral("DELETE FROM module_analytics");
        values.clear();
    } else if (table == QLatin1String("progress_snapshots")) {
        sql = QStringLiteral("DELETE FROM progress_snapshots WHERE student_id IN (%1)");
    } else if (table == QLatin1String("student_progress")) {
        sql = QStringLiteral("DELETE FROM student_progress WHERE student_id IN (%1)");
    } else if (table == QLatin1String("voice_practice_sessions")) {
        sql = QStringLiteral("DELETE FROM voice_practice_sessions WHERE user_id IN (%1)");
    } else if (table == QLatin1String("quiz_sessions")) {
        sql = QStringLiteral("DELETE FROM quiz_sessions WHERE user_id IN (%1)");
    } else if (table == QLatin1String("instructor_profiles")) {
        // Profiles that a non-demo student's progress row still points at go with their user
        // (the department rule refuses to delete such a profile on its own).
        sql = QStringLiteral("DELETE FROM instructor_profiles ip WHERE ip.user_id IN (%1) "
                             "AND NOT EXISTS (SELECT 1 FROM student_progress sp WHERE sp.instructor_id = ip.user_id)");
    } else if (table == QLatin1String("users")) {
        sql = QStringLiteral("DELETE FROM users WHERE id IN (%1)");
    } else if (table == QLatin1String("departments")) {
        sql = QStringLiteral("DELETE FROM departments WHERE settings @> '{\"demo\": true}'");
        values.clear();
    } else {
        m_error = tr("no demo data is kept in table %1").arg(table);
        return std::nullopt;
    }
    if (sql.contains(QLatin1String("%1")))
        sql = sql.arg(kDemoUsers);
    QSqlQuery query(m_db);
    if (!run(query, sql, values)) {
        m_error = tr("deleting the previous demo data from %1 failed: %2").arg(table, m_error);
        return std::nullopt;
    }
    return query.numRowsAffected();
}

bool DemoRepository::analyze(const QStringList &tables)
{
    for (const QString &table : tables) {
        // ANALYZE takes no parameters: the server quotes the identifier into the statement.
        QSqlQuery quote(m_db);
        if (!run(quote, QStringLiteral("SELECT format('ANALYZE %I', CAST(? AS text))"), {table}) || !quote.next())
            return false;
        const QString statement = quote.value(0).toString();
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            m_error = serverText(query.lastError());
            return false;
        }
    }
    return true;
}

} // namespace dashboard::demo
