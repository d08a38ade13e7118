#pragma once

#include "cacheerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dashboard::offline {

// The cache's own schema: numbered SQL files under resources/cache/ (embedded as
// ":/cache/NNNN_name.sql"), applied in order, each in one transaction together with the
// PRAGMA user_version that records it. The cache is never migrated by the admin tool: every
// client upgrades its own file when it opens it.
class CacheSchema
{
    Q_DECLARE_TR_FUNCTIONS(CacheSchema)

public:
    // The version a fully migrated cache has (the number of the last file).
    static int latestVersion();

    // The relations of the sync contract that the cache mirrors (same names as on the server).
    static const QStringList &cachedTables();

    // The cached relations that belong to one student, and the column naming them: the rows
    // of a student who is no longer visible are removed from each.
    struct StudentKey
    {
        QString table;
        QString column;
    };
    static const QList<StudentKey> &studentKeyedTables();

    // PRAGMA user_version of the open database, or -1 on failure.
    static int version(const QSqlDatabase &db, CacheError *error = nullptr);

    // Applies the files after the database's version up to `target` (latestVersion() when -1).
    static bool migrate(const QSqlDatabase &db, CacheError *error, int target = -1);
};

} // namespace dashboard::offline
