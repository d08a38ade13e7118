#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace dashboard::offline {

// Why a cache operation failed, classified so callers can react: a full disk is told to the
// person and the sync stops (the cache keeps what it had); a damaged file is rebuilt at the next
// open; a busy file is retried.
struct CacheError
{
    Q_DECLARE_TR_FUNCTIONS(CacheError)

public:
    enum class Kind {
        None,
        DiskFull,       // SQLITE_FULL: no room on the disk (or the page limit of the file)
        Corrupt,        // SQLITE_CORRUPT / SQLITE_NOTADB: the file is damaged
        Busy,           // SQLITE_BUSY / SQLITE_LOCKED beyond the busy timeout
        InvalidRequest, // an unknown table or column, a malformed row: nothing was written
        NotFound,       // no such entry
        Other,
    };

    Kind kind = Kind::None;
    QString message;    // what failed, for logs and for the person
    QString nativeCode; // SQLite's result code as QtSql reports it ("13"), when there is one

    bool isError() const { return kind != Kind::None; }

    // Classifies a QtSql error of the QSQLITE driver; `what` says what was being done.
    static CacheError fromSql(const QSqlError &error, const QString &what);
    static CacheError invalid(const QString &message);
    static CacheError notFound(const QString &message);

    // SQLite's primary result code of a QSqlError (extended codes reduced), or -1.
    static int sqliteCode(const QSqlError &error);
    static Kind kindOfCode(int sqliteCode);

    // One sentence for the person: the cause in plain words, then the details.
    QString summary() const;
};

} // namespace dashboard::offline
