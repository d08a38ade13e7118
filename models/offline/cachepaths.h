#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dashboard::db {
class ConnectionSettings;
}

namespace dashboard::offline {

// Whose cache a file is: one signed-in person (login) on one server (host, port, database).
// Never holds a password.
struct CacheIdentity
{
    QString host;
    QString port;
    QString database;
    QString login;

    // The values libpq will actually use (explicit settings, else its environment defaults), so
    // "localhost" given or defaulted names the same cache.
    static CacheIdentity fromSettings(const db::ConnectionSettings &settings);

    // "host:port/database", as stored in the cache's meta table.
    QString server() const;

    friend bool operator==(const CacheIdentity &, const CacheIdentity &) = default;
};

// Where a person's cache lives and who may read it.
//
// <AppDataLocation>/cache/<sha-256 of the identity>.sqlite: switching user or server never opens
// another person's cache, and the file name reveals neither. The directory is 0700 and the files
// (with SQLite's -wal and -shm) 0600, set explicitly rather than left to the umask, and checked
// again on every open.
class CachePaths
{
    Q_DECLARE_TR_FUNCTIONS(CachePaths)

public:
    // <AppDataLocation>/cache
    static QString directory();

    // "<64 hex digits>.sqlite"
    static QString fileName(const CacheIdentity &identity);

    // directory()/fileName(identity), or inside `directory` when given.
    static QString filePath(const CacheIdentity &identity, const QString &directory = {});

    // The database file and the companions SQLite keeps next to it.
    static QStringList databaseFiles(const QString &databasePath);

    // Creates the directory (and its parents) and makes it 0700.
    static bool ensurePrivateDirectory(const QString &directory, QString *error);

    // Creates an empty database file readable by the owner alone (0600), unless it exists.
    static bool createPrivateFile(const QString &path, QString *error);

    // Makes the database file and those of its companions that exist 0600, and its directory
    // 0700; returns false when one of them could not be changed.
    static bool securePermissions(const QString &databasePath, QString *error);

    // Makes one existing file 0600.
    static bool makePrivate(const QString &file, QString *error);
};

} // namespace dashboard::offline
