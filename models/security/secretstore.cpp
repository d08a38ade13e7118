#include "secretstore.h"

namespace dashboard::security {

QString SecretStore::accountFor(const QString &user, const QString &host, int port, const QString &database)
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace dashboard::security
