#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace dashboard::db {

// Where and how to reach PostgreSQL, in libpq's own terms.
//
// Only what the user said explicitly is stored; everything left out is filled in by
// libpq from its environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD,
// PGSERVICE, PGSSLMODE, ...), exactly as psql would.
class ConnectionSettings
{
public:
    ConnectionSettings() = default;

    // Accepts a URI ("postgresql://user@host:5432/db?sslmode=require"), a keyword/value
    // string ("host=... dbname=..."), or a bare service name from pg_service.conf.
    static std::optional<ConnectionSettings> parse(const QString &text, QString *error);

    QString value(const QString &keyword) const { return m_options.value(keyword); }
    void setValue(const QString &keyword, const QString &value);
    bool contains(const QString &keyword) const { return m_options.contains(keyword); }
    const QMap<QString, QString> &options() const { return m_options; }

    // The value libpq will use for a keyword: the explicit one, else its default
    // (which includes the environment).
    QString effective(const QString &keyword) const;

    // "host:port (database db, user u)", for messages about this connection.
    QString describe() const;

private:
    QMap<QString, QString> m_options;
};

} // namespace dashboard::db
