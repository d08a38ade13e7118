#pragma once

#include <QCoreApplication>
#include <QString>

namespace dashboard::db {

// Why a connection attempt failed, in terms a person can act on.
struct ConnectionError
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionError)

public:
    enum class Kind {
        None,
        Unreachable,      // nothing answers at host:port (down, firewalled, wrong address)
        Authentication,   // wrong password or no password given
        UnknownRole,      // the login role does not exist (never granted, or revoked)
        MissingDatabase,  // the server is there but the database is not
        Tls,              // TLS was required and could not be established
        NoDriver,         // the QPSQL plugin is not installed
        Other,
    };

    Kind kind = Kind::None;
    QString serverMessage; // libpq's own text, first line
    QString target;        // ConnectionSettings::describe()

    bool isError() const { return kind != Kind::None; }

    // Classifies libpq's message; libpq gives no error codes before a session exists.
    static ConnectionError fromServerMessage(const QString &message, const QString &target);

    // One line: what failed, where, and the cause.
    QString summary() const;
    // What the person can do about it.
    QString advice() const;
};

} // namespace dashboard::db
