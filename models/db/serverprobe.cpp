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
        if (query.exec(QStringLiteral("SELECT current_setting('server_version'), current_user")) && query.next()) {
            info.serverVersion = query.value(0).toString();
            info.user = query.value(1).toString();
        }
    }
    Database::close(name);
    return info;
}

} // namespace dashboard::db
