#pragma once

#include "connectionerror.h"
#include "connectionsettings.h"

#include <QString>

namespace dashboard::db {

// What the app knows about the server it talks to.
struct ServerInfo
{
    QString target;        // ConnectionSettings::describe()
    QString serverVersion; // e.g. "15.8 (Debian 15.8-0+deb12u1)"; empty when not connected
    QString user;          // the login role
    QString accessRole;    // "instructor" | "supervisor" | "admin"; empty for a login without dashboard access
    ConnectionError error; // why it is not connected, if it is not

    bool isConnected() const { return !error.isError() && !serverVersion.isEmpty(); }
};

// Connects, asks the server who and what it is, and disconnects. Blocking: call it off the
// UI thread (QtConcurrent::run); it uses a connection of its own thread.
ServerInfo probeServer(const ConnectionSettings &settings);

} // namespace dashboard::db
