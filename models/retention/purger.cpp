#include "purger.h"

#include "db/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace dashboard::retention {

namespace {

// The server's message on one line: the primary text, then DETAIL and HINT in parentheses.
QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    static const QRegularExpression sqlState(QStringLiteral("^\\([0-9A-Z]{5}\\)$"));
    QString primary;
    QStringList details;
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty() || sqlState.match(line).hasMatch())
            continue;
        bool detail = false;
        for (const auto prefix : {QLatin1String("ERROR:"), QLatin1String("FATAL:"), QLatin1String("DETAIL:"), QLatin1String("HINT:"),
                                  QLatin1String("CONTEXT:")}) {
            if (line.startsWith(prefix)) {
                detail = prefix != QLatin1String("ERROR:") && prefix != QLatin1String("FATAL:");
                line = line.mid(prefix.size()).trimmed();
            }
        }
        if (primary.isEmpty() && !detail)
            primary = line;
        else
            details << line;
    }
    if (!details.isEmpty())
        primary += QStringLiteral(" (%1)").arg(details.join(QLatin1String("; ")));
    return primary;
}

QString quoted(const char *identifier)
{
    return QLatin1Char('"') + QLatin1String(identifier) + QLatin1Char('"');
}

// The rows of `table` past their retention period. The same comparison as the policies
// "<table>_retention_select|_delete" of 0013 (column < (SELECT dashboard_retention_cutoff(table))),
// so that the planner can use the column's index and what is counted is what may be deleted.
// The table and column names come from retentionTables(), never from input.
QString expiredCondition(const RetentionTable &table)
{
    return QStringLiteral("%1 < (SELECT public.dashboard_retention_cutoff(CAST(? AS text)))").arg(quoted(table.ageColumn));
}

} // namespace

const QList<RetentionTable> &retentionTables()
{
    // Matches 0013: audit_logs."timestamp", system_logs."timestamp", progress_snapshots.snapshot_date,
    // analytics_daily."date", module_analytics."date", messages.created_at; and 0018:
    // dashboard_sync_tombstones.deleted_at.
    static const QList<RetentionTable> tables{
        {"audit_logs", "timestamp"},      {"system_logs", "timestamp"},   {"progress_snapshots", "snapshot_date"},
        {"analytics_daily", "date"},      {"module_analytics", "date"},   {"messages", "created_at"},
        {"dashboard_sync_tombstones", "deleted_at"},
    };
    return tables;
}

std::optional<RetentionTable> findRetentionTable(const QString &name)
{
    for (const RetentionTable &table : retentionTables()) {
        if (name == QLatin1String(table.name))
            return table;
    }
    return std::nullopt;
}

QStringList retentionTableNames()
{
    QStringList names;
    for (const RetentionTable &table : retentionTables())
        names << QLatin1String(table.name);
    return names;
}

Purger::Purger(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString Purger::retentionLoginHowTo()
{
    return tr("Create a login for the purge job once, as the migration owner (or another role with CREATEROLE), in psql:\n"
              "    CREATE ROLE purge_job LOGIN IN ROLE dashboard_retention;\n"
              "    \\password purge_job\n"
              "then run purge as that login, e.g. --db \"postgresql://purge_job@HOST/DATABASE\" with the password in "
              "~/.pgpass or PGPASSWORD.");
}

bool Purger::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

bool Purger::failQuery(const QSqlQuery &query, const QString &what, db::Transaction *transaction)
{
    const QSqlError error = query.lastError();
    if (transaction)
        transaction->rollback();
    const Error kind = error.nativeErrorCode() == QLatin1String("42501") ? Error::NotAllowed : Error::DatabaseError;
    return fail(kind, tr("%1 failed: %2").arg(what, serverText(error)));
}

bool Purger::enterRetentionRole()
{
    m_error = Error::None;
    m_errorString.clear();
    if (m_inRetentionRole)
        return true;

    // Membership is read from pg_auth_members, following nested groups: pg_has_role() would also
    // say yes to any superuser, which is exactly the login this refuses (it bypasses every policy).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "WITH RECURSIVE memberships(roleid) AS ("
        "    SELECT m.roleid FROM pg_catalog.pg_auth_members m"
        "     WHERE m.member = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = session_user)"
        "    UNION"
        "    SELECT m.roleid FROM pg_catalog.pg_auth_members m JOIN memberships s ON m.member = s.roleid)"
        " SELECT session_user::text,"
        "        EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = CAST(? AS text)),"
        "        pg_catalog.to_regclass('public.dashboard_retention_policies') IS NOT NULL"
        "        AND pg_catalog.to_regprocedure('public.dashboard_retention_cutoff(text)') IS NOT NULL,"
        "        EXISTS (SELECT 1 FROM memberships s JOIN pg_catalog.pg_roles g ON g.oid = s.roleid"
        "                 WHERE g.rolname = CAST(? AS text)),"
        "        coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), false),"
        "        coalesce((SELECT pg_catalog.pg_get_userbyid(c.relowner) = session_user::text FROM pg_catalog.pg_class c"
        "                   WHERE c.oid = pg_catalog.to_regclass('public.audit_logs')), false)"));
    query.addBindValue(QLatin1String(kRetentionGroup));
    query.addBindValue(QLatin1String(kRetentionGroup));
    if (!query.exec() || !query.next())
        return failQuery(query, tr("checking the login's membership in dashboard_retention"));
    m_login = query.value(0).toString();
    const bool groupExists = query.value(1).toBool();
    const bool schemaReady = query.value(2).toBool();
    const bool member = query.value(3).toBool();
    const bool superuser = query.value(4).toBool();
    const bool owner = query.value(5).toBool();
    query.finish();

    if (!groupExists || !schemaReady)
        return fail(Error::NotMigrated, tr("the database is not migrated (the role dashboard_retention, the table "
                                           "dashboard_retention_policies or the function dashboard_retention_cutoff is "
                                           "missing): run 'migrate' first. Nothing was deleted."));
    if (!member) {
        QString who;
        if (owner)
            who = tr("login \"%1\" owns the dashboard tables and is not a member of dashboard_retention").arg(m_login);
        else if (superuser)
            who = tr("login \"%1\" is a superuser but not a member of dashboard_retention").arg(m_login);
        else
            who = tr("login \"%1\" is not a member of dashboard_retention").arg(m_login);
        return fail(Error::NotRetentionLogin,
                    tr("%1. purge runs only as the retention role, so that the database's retention policies bound "
                       "what it can delete; the migration owner and superusers are not used for it. Nothing was deleted.\n%2")
                        .arg(who, retentionLoginHowTo()));
    }

    // Outside any transaction, so it lasts for the session. From here on the session has the
    // group's privileges only, whatever else the login may do.
    QSqlQuery setRole(m_db);
    if (!setRole.exec(QStringLiteral("SET ROLE dashboard_retention")))
        return failQuery(setRole, tr("SET ROLE dashboard_retention"));
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("SELECT current_user::text")) || !check.next())
        return failQuery(check, tr("checking the current role"));
    if (check.value(0).toString() != QLatin1String(kRetentionGroup))
        return fail(Error::DatabaseError, tr("SET ROLE dashboard_retention did not take effect (current role: %1). Nothing was deleted.")
                                              .arg(check.value(0).toString()));
    m_inRetentionRole = true;
    return true;
}

bool Purger::readPolicy(const RetentionTable &table, PurgeTableResult *result, db::Transaction *transaction)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT p.keep_for::text, public.dashboard_retention_cutoff(p.table_name)"
                                 "  FROM public.dashboard_retention_policies p WHERE p.table_name = CAST(? AS text)"));
    query.addBindValue(QLatin1String(table.name));
    if (!query.exec())
        return failQuery(query, tr("reading the retention policy of %1").arg(QLatin1String(table.name)), transaction);
    result->hasPolicy = query.next();
    if (result->hasPolicy) {
        result->keepFor = query.value(0).toString();
        QDateTime cutoff = query.value(1).toDateTime();
        cutoff.setTimeZone(QTimeZone::utc()); // timestamp without time zone, in UTC
        result->cutoff = cutoff;
    }
    return true;
}

bool Purger::countExpired(const RetentionTable &table, PurgeTableResult *result, db::Transaction *transaction)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM public.%1 WHERE %2").arg(quoted(table.name), expiredCondition(table)));
    query.addBindValue(QLatin1String(table.name));
    if (!query.exec() || !query.next())
        return failQuery(query, tr("counting the expired rows of %1").arg(QLatin1String(table.name)), transaction);
    result->rows = query.value(0).toLongLong();
    return true;
}

bool Purger::deleteExpired(const RetentionTable &table, int batchSize, PurgeTableResult *result, const BatchCallback &onBatch)
{
    // One batch: the oldest expired rows, by ctid (a TID scan per row, no join over the whole
    // expired range as `id IN (…)` gets). The row-level policies apply on top.
    const QString sql = QStringLiteral("DELETE FROM public.%1 WHERE ctid IN (SELECT ctid FROM public.%1 WHERE %2 ORDER BY %3 LIMIT ?)")
                            .arg(quoted(table.name), expiredCondition(table), quoted(table.ageColumn));
    bool first = true;
    for (;;) {
        db::Transaction transaction(m_db);
        if (!transaction.isActive())
            return fail(Error::DatabaseError, tr("starting a transaction failed: %1").arg(serverText(m_db.lastError())));
        if (first) {
            // In the first batch's transaction, so the cut-off shown is the one it used.
            first = false;
            if (!readPolicy(table, result, &transaction))
                return false;
            if (!result->hasPolicy) {
                result->complete = true;
                return true;
            }
        }
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(QLatin1String(table.name));
        query.addBindValue(batchSize);
        if (!query.exec())
            return failQuery(query, tr("deleting expired rows of %1").arg(QLatin1String(table.name)), &transaction);
        const qint64 deleted = query.numRowsAffected();
        query.finish();
        if (!transaction.commit())
            return fail(Error::DatabaseError, tr("committing a batch of %1 failed: %2").arg(QLatin1String(table.name), serverText(m_db.lastError())));
        if (deleted > 0) {
            result->rows += deleted;
            ++result->batches;
            if (onBatch)
                onBatch(*result, deleted);
        }
        // A short batch means nothing was left at its cut-off. Rows that expire meanwhile (the
        // cut-off follows the clock) are the next run's.
        if (deleted < batchSize) {
            result->complete = true;
            return true;
        }
    }
}

bool Purger::purge(bool dryRun, int batchSize, QList<PurgeTableResult> *results, const BatchCallback &onBatch)
{
    m_error = Error::None;
    m_errorString.clear();
    if (!m_inRetentionRole)
        return fail(Error::NotRetentionLogin, tr("purge must run as dashboard_retention (enterRetentionRole() first)"));
    if (batchSize < 1 || batchSize > kMaximumBatchSize)
        return fail(Error::DatabaseError, tr("the batch size must be between 1 and %1").arg(kMaximumBatchSize));

    for (const RetentionTable &table : retentionTables()) {
        results->append(PurgeTableResult{});
        PurgeTableResult &result = results->last();
        result.table = QLatin1String(table.name);
        if (dryRun) {
            // Policy and count in one read-only transaction: the same cut-off for both.
            db::Transaction transaction(m_db);
            if (!transaction.isActive())
                return fail(Error::DatabaseError, tr("starting a transaction failed: %1").arg(serverText(m_db.lastError())));
            if (!readPolicy(table, &result, &transaction))
                return false;
            if (result.hasPolicy && !countExpired(table, &result, &transaction))
                return false;
            transaction.rollback();
            result.complete = true;
        } else if (!deleteExpired(table, batchSize, &result, onBatch)) {
            return false;
        }
    }
    return true;
}

QStringList Purger::unknownPolicyTables()
{
    QSqlQuery query(m_db);
    QStringList unknown;
    if (!query.exec(QStringLiteral("SELECT table_name FROM public.dashboard_retention_policies ORDER BY table_name")))
        return unknown;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!findRetentionTable(name))
            unknown << name;
    }
    return unknown;
}

bool Purger::setRetention(const QList<QPair<QString, QString>> &changes, bool dryRun, QList<RetentionChange> *applied)
{
    m_error = Error::None;
    m_errorString.clear();
    {
        QSqlQuery who(m_db);
        if (!who.exec(QStringLiteral("SELECT session_user::text")) || !who.next())
            return failQuery(who, tr("reading the login name"));
        m_login = who.value(0).toString();
    }

    // Everything is checked before anything is changed.
    for (const auto &[table, interval] : changes) {
        if (!findRetentionTable(table))
            return fail(Error::UnknownTable, tr("unknown table '%1' for --set: use one of %2")
                                                 .arg(table, retentionTableNames().join(QLatin1String(", "))));
        QSqlQuery parse(m_db);
        parse.prepare(QStringLiteral("SELECT CAST(CAST(? AS text) AS interval) > interval '0'"));
        parse.addBindValue(interval);
        if (!parse.exec() || !parse.next())
            return fail(Error::InvalidInterval, tr("invalid retention period '%1' for %2: %3")
                                                    .arg(interval, table, serverText(parse.lastError())));
        if (!parse.value(0).toBool())
            return fail(Error::InvalidInterval, tr("invalid retention period '%1' for %2: it must be longer than zero").arg(interval, table));
    }

    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(Error::DatabaseError, tr("starting a transaction failed: %1").arg(serverText(m_db.lastError())));
    QList<RetentionChange> done;
    for (const auto &[table, interval] : changes) {
        // FOR UPDATE needs the UPDATE privilege, so a login that may not change the period is
        // refused here, before anything is written.
        QSqlQuery current(m_db);
        current.prepare(QStringLiteral("SELECT p.keep_for::text, CAST(CAST(? AS text) AS interval)::text,"
                                       "       CAST(CAST(? AS text) AS interval) < p.keep_for"
                                       "  FROM public.dashboard_retention_policies p WHERE p.table_name = CAST(? AS text) FOR UPDATE"));
        current.addBindValue(interval);
        current.addBindValue(interval);
        current.addBindValue(table);
        if (!current.exec()) {
            failQuery(current, tr("reading the retention period of %1").arg(table), &transaction);
            if (m_error == Error::NotAllowed)
                m_errorString = tr("login \"%1\" may not change retention periods: only an administrator's login or the migration "
                                   "owner may (the change is audited). Nothing was changed.")
                                    .arg(m_login);
            return false;
        }
        if (!current.next())
            return fail(Error::NotAllowed, tr("no retention policy of %1 can be changed by this login: the row is missing, or the "
                                              "login is not an administrator's. Nothing was changed.")
                                               .arg(table));
        RetentionChange change;
        change.table = table;
        change.oldKeepFor = current.value(0).toString();
        change.newKeepFor = current.value(1).toString();
        change.shorter = current.value(2).toBool();
        current.finish();
        if (change.oldKeepFor != change.newKeepFor) {
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral("UPDATE public.dashboard_retention_policies SET keep_for = CAST(CAST(? AS text) AS interval)"
                                          " WHERE table_name = CAST(? AS text)"));
            update.addBindValue(interval);
            update.addBindValue(table);
            if (!update.exec())
                return failQuery(update, tr("changing the retention period of %1").arg(table), &transaction);
            if (update.numRowsAffected() != 1)
                return fail(Error::NotAllowed, tr("the retention period of %1 could not be changed by this login. Nothing was changed.").arg(table));
        }
        done << change;
    }
    if (dryRun) {
        transaction.rollback();
    } else if (!transaction.commit()) {
        return fail(Error::DatabaseError, tr("committing the change failed: %1. Nothing was changed.").arg(serverText(m_db.lastError())));
    }
    *applied = done;
    return true;
}

} // namespace dashboard::retention
