#include "migration.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace dashboard::migrations {

namespace {

const QLatin1String kNoTransactionMarker("-- migrate: no-transaction");

} // namespace

Migration Migration::fromFile(const QString &path, bool baseline, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    Migration migration;
    const QString fileName = QFileInfo(path).fileName();
    const auto match = pattern.match(fileName);
    if (!match.hasMatch()) {
        if (error)
            *error = tr("%1: a migration file is named NNNN_name.sql").arg(fileName);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return {};
    }
    migration.sql = file.readAll();
    migration.version = baseline ? QStringLiteral("baseline/") + match.captured(1) : match.captured(1);
    migration.name = match.captured(2);
    migration.fileName = baseline ? QStringLiteral("baseline/") + fileName : fileName;
    migration.baseline = baseline;
    migration.checksum = QString::fromLatin1(QCryptographicHash::hash(migration.sql, QCryptographicHash::Sha256).toHex());
    migration.transactional = !migration.sql.startsWith(QByteArray(kNoTransactionMarker.data(), kNoTransactionMarker.size()));
    return migration;
}

QList<Migration> migrationsFromDirectory(const QString &directory, bool baseline, QString *error)
{
    QList<Migration> result;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        QString fileError;
        Migration migration = Migration::fromFile(dir.filePath(fileName), baseline, &fileError);
        if (!fileError.isEmpty()) {
            if (error)
                *error = fileError;
            return {};
        }
        if (!result.isEmpty() && result.constLast().version == migration.version) {
            if (error)
                *error = Migration::tr("two migrations share version %1").arg(migration.version);
            return {};
        }
        result.append(migration);
    }
    return result;
}

QList<Migration> embeddedMigrations(bool includeBaseline, QString *error)
{
    QList<Migration> result;
    if (includeBaseline) {
        result = migrationsFromDirectory(QStringLiteral(":/migrations/baseline"), true, error);
        if (error && !error->isEmpty())
            return {};
    }
    result += migrationsFromDirectory(QStringLiteral(":/migrations"), false, error);
    return result;
}

} // namespace dashboard::migrations
