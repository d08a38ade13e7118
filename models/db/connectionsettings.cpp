#include "connectionsettings.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace dashboard::db {

namespace {

QString defaultFor(const QString &keyword)
{
    // PQconndefaults() reports libpq's defaults with the environment applied.
    PQconninfoOption *defaults = PQconndefaults();
    if (!defaults)
        return {};
    QString result;
    for (PQconninfoOption *option = defaults; option->keyword; ++option) {
        if (keyword == QLatin1String(option->keyword)) {
            if (option->val)
                result = QString::fromUtf8(option->val);
            break;
        }
    }
    PQconninfoFree(defaults);
    return result;
}

bool looksLikeConnectionString(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))
           || text.contains(QLatin1Char('='));
}

} // namespace

std::optional<ConnectionSettings> ConnectionSettings::parse(const QString &text, QString *error)
{
    ConnectionSettings settings;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ConnectionSettings", "the connection string is empty");
        return std::nullopt;
    }
    if (!looksLikeConnectionString(trimmed)) {
        settings.setValue(QStringLiteral("service"), trimmed);
        return settings;
    }

    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(trimmed.toUtf8().constData(), &parseError);
    if (!options) {
        if (error) {
            *error = parseError ? QString::fromUtf8(parseError).trimmed()
                                : QCoreApplication::translate("ConnectionSettings", "out of memory");
        }
        PQfreemem(parseError);
        return std::nullopt;
    }
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            settings.setValue(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    return settings;
}

void ConnectionSettings::setValue(const QString &keyword, const QString &value)
{
    if (value.isEmpty())
        m_options.remove(keyword);
    else
        m_options.insert(keyword, value);
}

QString ConnectionSettings::effective(const QString &keyword) const
{
    const QString explicitValue = m_options.value(keyword);
    return explicitValue.isEmpty() ? defaultFor(keyword) : explicitValue;
}

QString ConnectionSettings::describe() const
{
    QString host = effective(QStringLiteral("host"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QString port = effective(QStringLiteral("port"));
    if (port.isEmpty())
        port = QStringLiteral("5432");
    QString user = effective(QStringLiteral("user"));
    QString database = effective(QStringLiteral("dbname"));
    if (database.isEmpty())
        database = user;
    const QString service = effective(QStringLiteral("service"));
    QString text = QCoreApplication::translate("ConnectionSettings", "%1:%2 (database %3, user %4)")
                       .arg(host, port, database, user);
    if (!service.isEmpty())
        text += QCoreApplication::translate("ConnectionSettings", " via service %1").arg(service);
    return text;
}

} // namespace dashboard::db
