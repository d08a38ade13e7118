#include "connectionerror.h"

namespace dashboard::db {

ConnectionError ConnectionError::fromServerMessage(const QString &message, const QString &target)
{
    ConnectionError error;
    error.target = target;
    // libpq may report one failure per address tried; the last line is the final cause.
    QStringList lines;
    for (const QString &line : message.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && trimmed != QLatin1String("QPSQL: Unable to connect"))
            lines.append(trimmed);
    }
    error.serverMessage = lines.isEmpty() ? message.trimmed() : lines.join(QLatin1String("; "));
    const QString m = message.toLower();

    if (m.contains(QLatin1String("password authentication failed")) || m.contains(QLatin1String("no password supplied"))
        || m.contains(QLatin1String("authentication failed"))) {
        error.kind = Kind::Authentication;
    } else if ((m.contains(QLatin1String("role \"")) && m.contains(QLatin1String("does not exist")))
               || m.contains(QLatin1String("is not permitted to log in"))) {
        // A login that does not exist (trust or peer authentication) or was disabled (NOLOGIN).
        error.kind = Kind::UnknownRole;
    } else if (m.contains(QLatin1String("database \"")) && m.contains(QLatin1String("does not exist"))) {
        error.kind = Kind::MissingDatabase;
    } else if (m.contains(QLatin1String("ssl")) || m.contains(QLatin1String("tls"))) {
        error.kind = Kind::Tls;
    } else if (m.contains(QLatin1String("connection refused")) || m.contains(QLatin1String("could not translate host name"))
               || m.contains(QLatin1String("timeout expired")) || m.contains(QLatin1String("no route to host"))
               || m.contains(QLatin1String("network is unreachable")) || m.contains(QLatin1String("no such file or directory"))
               || m.contains(QLatin1String("could not connect"))) {
        error.kind = Kind::Unreachable;
    } else if (m.contains(QLatin1String("driver not loaded"))) {
        error.kind = Kind::NoDriver;
    } else {
        error.kind = Kind::Other;
    }
    return error;
}

QString ConnectionError::summary() const
{
    QString cause;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        cause = tr("server unreachable");
        break;
    case Kind::Authentication:
        cause = tr("wrong user name or password");
        break;
    case Kind::UnknownRole:
        cause = tr("no such login (access not granted or revoked)");
        break;
    case Kind::MissingDatabase:
        cause = tr("database does not exist");
        break;
    case Kind::Tls:
        cause = tr("secure (TLS) connection failed");
        break;
    case Kind::NoDriver:
        cause = tr("the PostgreSQL driver for Qt (QPSQL) is not installed");
        break;
    case Kind::Other:
        cause = tr("connection failed");
        break;
    }
    return tr("cannot connect to %1: %2 (%3)").arg(target, cause, serverMessage);
}

QString ConnectionError::advice() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        return tr("Check the server name and port, and that the server is running and reachable from this computer.");
    case Kind::Authentication:
        // With SCRAM authentication PostgreSQL answers a revoked (dropped) login exactly like a wrong
        // password, so that logins cannot be probed: the advice names both.
        return tr("Check the user name and password. If they are right, your access may have been revoked: ask an "
                  "administrator to check it or to reset your password.");
    case Kind::UnknownRole:
        return tr("This login does not exist on the server. Ask an administrator to grant you access.");
    case Kind::MissingDatabase:
        return tr("Check the database name. An administrator creates it and runs 'instructor-dashboard-admin migrate'.");
    case Kind::Tls:
        return tr("The server and this computer could not agree on a secure connection. Check the TLS mode (sslmode) with your administrator.");
    case Kind::NoDriver:
        return tr("Install the package libqt6sql6-psql.");
    case Kind::Other:
        return tr("See the server's message for details.");
    }
    return {};
}

} // namespace dashboard::db
