#include "cachepaths.h"

#include "db/connectionsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace dashboard::offline {

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDirectory = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                        | QFileDevice::ExeOwner;

// QFileDevice reports the owner's bits twice (ReadOwner and ReadUser); compare the owner,
// group and other bits only.
constexpr QFileDevice::Permissions kCompared = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther
                                                | QFileDevice::ExeOther;

bool setExactly(const QString &path, QFileDevice::Permissions wanted, QString *error)
{
    if ((QFile::permissions(path) & kCompared) == wanted)
        return true;
    if (QFile::setPermissions(path, wanted) && (QFile::permissions(path) & kCompared) == wanted)
        return true;
    if (error)
        *error = CachePaths::tr("Could not restrict the access rights of %1").arg(QDir::toNativeSeparators(path));
    return false;
}

} // namespace

CacheIdentity CacheIdentity::fromSettings(const db::ConnectionSettings &settings)
{
    CacheIdentity identity;
    identity.host = settings.effective(QStringLiteral("host"));
    if (identity.host.isEmpty())
        identity.host = settings.effective(QStringLiteral("hostaddr"));
    // Host names are case-insensitive; socket directories and addresses are unaffected.
    identity.host = identity.host.toLower();
    identity.port = settings.effective(QStringLiteral("port"));
    identity.login = settings.effective(QStringLiteral("user"));
    identity.database = settings.effective(QStringLiteral("dbname"));
    // libpq's default database is the login's name.
    if (identity.database.isEmpty())
        identity.database = identity.login;
    return identity;
}

QString CacheIdentity::server() const
{
    return QStringLiteral("%1:%2/%3").arg(host, port, database);
}

QString CachePaths::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache");
}

QString CachePaths::fileName(const CacheIdentity &identity)
{
    // Length-prefixed fields: ("ab", "c") and ("a", "bc") must not hash alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("instructor-dashboard cache v1"));
    for (const QString &field : {identity.host, identity.port, identity.database, identity.login}) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex()) + QStringLiteral(".sqlite");
}

QString CachePaths::filePath(const CacheIdentity &identity, const QString &directory)
{
    const QString dir = directory.isEmpty() ? CachePaths::directory() : directory;
    return QDir(dir).filePath(fileName(identity));
}

QStringList CachePaths::databaseFiles(const QString &databasePath)
{
    return {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

bool CachePaths::ensurePrivateDirectory(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("Could not create the folder %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    return setExactly(directory, kPrivateDirectory, error);
}

bool CachePaths::createPrivateFile(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    // Created with 0600 from the start (the umask can only take bits away), then set exactly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivateFile)) {
        if (QFileInfo::exists(path)) // another thread or process created it meanwhile
            return setExactly(path, kPrivateFile, error);
        if (error)
            *error = tr("Could not create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.close();
    return setExactly(path, kPrivateFile, error);
}

bool CachePaths::securePermissions(const QString &databasePath, QString *error)
{
    bool ok = setExactly(QFileInfo(databasePath).absolutePath(), kPrivateDirectory, error);
    for (const QString &file : databaseFiles(databasePath)) {
        if (QFileInfo::exists(file))
            ok = setExactly(file, kPrivateFile, error) && ok;
    }
    return ok;
}

bool CachePaths::makePrivate(const QString &file, QString *error)
{
    return setExactly(file, kPrivateFile, error);
}

} // namespace dashboard::offline
