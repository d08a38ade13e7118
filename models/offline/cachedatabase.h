#pragma once

#include "cacheerror.h"
#include "cachepaths.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dashboard::offline {

// One connection to a person's cache file (SQLite, QSQLITE driver).
//
// QtSql connections belong to the thread that opened them: every thread that reads or writes the
// cache has a CacheDatabase of its own with its own connection name. The first one (open()) checks
// the file, repairs or migrates it; the others only attach() to the checked file.
//
// Settings of every connection: journal_mode=WAL (readers never wait for the writer),
// synchronous=NORMAL (a cached row written just before a power cut may be lost and is simply
// fetched again), foreign_keys on, a busy timeout. Outbox writes commit with synchronous=FULL
// (SqliteTransaction::Durability::Full): what the person typed survives a power cut as soon as
// the call returns.
//
// A damaged file (not a database, truncated, or failing PRAGMA quick_check) is moved aside to
// "<name>.corrupt-<UTC time>" with its -wal and -shm, a fresh cache is made, and the outbox is
// salvaged from the damaged copy: every entry that can still be read is queued again with its id,
// kind, payload, creation time and state. Cached rows are not salvaged: the next sync fetches them.
class CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)

public:
    enum class OpenStatus {
        Opened,  // an existing, healthy cache (migrated to the current schema if it was older)
        Created, // there was no cache: a new, empty one
        Rebuilt, // the file was damaged: moved aside, a new cache made, the outbox salvaged
        Failed,  // no usable cache (see error)
    };

    enum class Damage {
        None,
        NotADatabase, // the file is not an SQLite database (overwritten, encrypted, garbage)
        Corrupt,      // truncated, or PRAGMA quick_check found damaged pages
        NewerSchema,  // written by a newer version of the application
    };

    struct OpenReport
    {
        OpenStatus status = OpenStatus::Failed;
        Damage damage = Damage::None;
        QString damageDetails;     // SQLite's message or quick_check's first findings
        QString movedAsidePath;    // where the damaged file went
        int recoveredChanges = 0;  // outbox entries read back from the damaged file and queued again
        int unreadableChanges = 0; // outbox entries of the damaged file that could not be read
        int previousVersion = 0;   // schema version found (0 for a new file)
        int schemaVersion = 0;     // schema version now
        CacheError error;          // why the cache could not be opened (status Failed)

        bool isOpen() const { return status != OpenStatus::Failed; }
        // What to tell the person, or an empty string when there is nothing to tell.
        QString userMessage() const;
    };

    CacheDatabase(const QString &path, const QString &connectionName);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Opens the file, creating, checking, migrating or rebuilding it as needed. With an identity,
    // the cache records whose it is and refuses to open for anybody else.
    OpenReport open(const std::optional<CacheIdentity> &identity = std::nullopt);

    // Opens another connection (for another thread) to a cache that open() has checked.
    CacheError attach();

    bool isOpen() const;
    QSqlDatabase database() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }

    // Closes and removes this connection. Queries on it must be gone first (QtSql's rule).
    void close();

    // Sign-out: closes this connection and deletes the file, its -wal/-shm and any moved-aside
    // damaged copies. Every other connection to the file must be closed first. Unsent outbox
    // entries are deleted too: ask the person before.
    bool wipe(QString *error = nullptr);
    static bool wipeFiles(const QString &path, QString *error = nullptr);

    // PRAGMA quick_check: "ok", or the problems it lists (at most 10 lines).
    static std::optional<QString> quickCheck(const QSqlDatabase &db, CacheError *error = nullptr);

private:
    struct Inspection;
    Inspection openAndInspect(const std::optional<CacheIdentity> &identity);
    bool openConnection(CacheError *error);
    CacheError configure();
    QString moveAside(CacheError *error);
    void salvageOutbox(const QString &damagedPath, OpenReport *report);

    QString m_path;
    QString m_connectionName;
};

} // namespace dashboard::offline
