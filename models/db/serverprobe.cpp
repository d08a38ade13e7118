#include "serverprobe.h"

#include "database.h"

#include <QSqlQuery>

namespace dashboard::db {

ServerInfo probeServer(const ConnectionSettings &settings)
{
    ServerInfo info;
    info.target = settings.describe();
    const QString name = Database::connectionNameForThread(QStringLiteral("probe"));
    {
        QSqlDatabase db = Database::open(settings, name, &info.error);
        if (info.error.isError())
            return info;
        QSqlQuery query(db);
        // The access role exists once the security migrations are applied.
        if (query.exec(QStringLiteral("SELECT current_setting('server_version'), session_user, "
                                      "to_regproc('public.dashboard_current_access_role') IS NOT NULL"))
            && query.next()) {
            info.serverVersion = query.value(0).toString();
            info.user = query.value(1).toString();
            if (query.value(2).toBool() && query.exec(QStringLiteral("SELECT dashboard_current_access_role()")) && query.next())
                info.accessRole = query.value(0).toString();
        }
    }
    Database::close(name);
    return info;
}

} // namespace dashboard::db
