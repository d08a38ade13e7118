#pragma once

#include "connectionerror.h"
#include "connectionsettings.h"

#include <QSqlDatabase>
#include <QString>

typedef struct pg_conn PGconn;

namespace dashboard::db {

// Opening QtSql connections to PostgreSQL, one per thread.
//
// A QSqlDatabase belongs to the thread that opened it, so connections are named after the
// purpose and the thread (Akonadi's DataStore does the same) and closed by the thread
// that owns them.
namespace Database {

// A connection name unique to the calling thread, e.g. "sync@0x7f…".
QString connectionNameForThread(const QString &purpose);

// Opens a new QPSQL connection with the given name. On failure the connection is
// removed again and *error says why.
QSqlDatabase open(const ConnectionSettings &settings, const QString &connectionName, ConnectionError *error);

// Closes and removes a connection opened by this thread.
void close(const QString &connectionName);

// The libpq handle behind a QPSQL connection, for COPY and multi-statement scripts.
PGconn *pgHandle(const QSqlDatabase &db);

// "PostgreSQL 15.8" as the server reports it (server_version), or an empty string.
QString serverVersion(const QSqlDatabase &db);

} // namespace Database
} // namespace dashboard::db
