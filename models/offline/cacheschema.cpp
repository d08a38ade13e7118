#include "cacheschema.h"

#include "migrations/sqlscript.h"
#include "sqlitetransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>

namespace dashboard::offline {

namespace {

// version -> resource path, from the embedded file names ("0002_outbox.sql" is version 2).
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/cache"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, dir.filePath(name));
    }
    return files;
}

} // namespace

int CacheSchema::latestVersion()
{
    static const int latest = [] {
        const QMap<int, QString> files = migrationFiles();
        if (files.isEmpty())
            qWarning("the cache schema files (resources/cache/*.sql) are missing from the build");
        return files.isEmpty() ? 0 : files.lastKey();
    }();
    return latest;
}

const QStringList &CacheSchema::cachedTables()
{
    static const QStringList tables{
        QStringLiteral("users"),
        QStringLiteral("departments"),
        QStringLiteral("student_progress"),
        QStringLiteral("progress_snapshots"),
        QStringLiteral("assignments"),
        QStringLiteral("assignment_submissions"),
        QStringLiteral("messages"),
        QStringLiteral("notifications"),
        QStringLiteral("analytics_daily"),
        QStringLiteral("student_notes"),
    };
    return tables;
}

const QList<CacheSchema::StudentKey> &CacheSchema::studentKeyedTables()
{
    // users is keyed by the student's own id; only rows of students (role USER) are removed from
    // it, so the signed-in person and other staff stay.
    static const QList<StudentKey> tables{
        {QStringLiteral("users"), QStringLiteral("id")},
        {QStringLiteral("student_progress"), QStringLiteral("student_id")},
        {QStringLiteral("progress_snapshots"), QStringLiteral("student_id")},
        {QStringLiteral("assignment_submissions"), QStringLiteral("student_id")},
        {QStringLiteral("student_notes"), QStringLiteral("student_id")},
    };
    return tables;
}

int CacheSchema::version(const QSqlDatabase &db, CacheError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = CacheError::fromSql(query.lastError(), tr("Could not read the version of the local copy"));
        return -1;
    }
    return query.value(0).toInt();
}

bool CacheSchema::migrate(const QSqlDatabase &db, CacheError *error, int target)
{
    const QMap<int, QString> files = migrationFiles();
    if (target < 0)
        target = latestVersion();
    const int current = version(db, error);
    if (current < 0)
        return false;

    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const int fileVersion = it.key();
        if (fileVersion <= current || fileVersion > target)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = CacheError::invalid(tr("The cache schema file %1 is missing").arg(it.value()));
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());

        SqliteTransaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        for (const migrations::SqlStatement &statement : migrations::SqlScript::split(script)) {
            QSqlQuery query(db);
            if (!query.exec(statement.text)) {
                if (error) {
                    *error = CacheError::fromSql(query.lastError(), tr("Could not upgrade the local copy (%1, line %2)")
                                                                        .arg(QFileInfo(it.value()).fileName())
                                                                        .arg(statement.line));
                }
                return false;
            }
        }
        // The version is part of the same transaction: a file is applied entirely or not at all.
        QSqlQuery setVersion(db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(fileVersion))) {
            if (error)
                *error = CacheError::fromSql(setVersion.lastError(), tr("Could not record the version of the local copy"));
            return false;
        }
        if (!transaction.commit()) {
            if (error)
                *error = transaction.error();
            return false;
        }
    }
    return true;
}

} // namespace dashboard::offline
