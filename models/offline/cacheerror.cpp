#include "cacheerror.h"

namespace dashboard::offline {

namespace {

// SQLite's primary result codes (sqlite3.h); the driver reports them as decimal text.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

} // namespace

int CacheError::sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended result codes carry the primary code in their low byte (SQLITE_CORRUPT_INDEX = 779).
    return ok ? (code & 0xff) : -1;
}

CacheError::Kind CacheError::kindOfCode(int sqliteCode)
{
    switch (sqliteCode) {
    case kSqliteFull:
        return Kind::DiskFull;
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return Kind::Corrupt;
    case kSqliteBusy:
    case kSqliteLocked:
        return Kind::Busy;
    default:
        return Kind::Other;
    }
}

CacheError CacheError::fromSql(const QSqlError &error, const QString &what)
{
    CacheError result;
    result.nativeCode = error.nativeErrorCode();
    result.kind = kindOfCode(sqliteCode(error));
    const QString detail = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                                    : error.databaseText().trimmed();
    result.message = detail.isEmpty() ? what : tr("%1: %2").arg(what, detail);
    return result;
}

CacheError CacheError::invalid(const QString &message)
{
    CacheError result;
    result.kind = Kind::InvalidRequest;
    result.message = message;
    return result;
}

CacheError CacheError::notFound(const QString &message)
{
    CacheError result;
    result.kind = Kind::NotFound;
    result.message = message;
    return result;
}

QString CacheError::summary() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DiskFull:
        return tr("The disk is full: the local copy keeps the data it had and is not updated (%1)").arg(message);
    case Kind::Corrupt:
        return tr("The local copy is damaged and will be rebuilt when the application starts again (%1)").arg(message);
    case Kind::Busy:
        return tr("The local copy is in use by another program; try again (%1)").arg(message);
    case Kind::InvalidRequest:
    case Kind::NotFound:
    case Kind::Other:
        break;
    }
    return message;
}

} // namespace dashboard::offline
