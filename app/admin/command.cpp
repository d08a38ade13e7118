#include "command.h"

#include "db/database.h"

namespace dashboard::admin {

std::optional<QSqlDatabase> openDatabase(const QString &dbOption, Console &console)
{
    db::ConnectionSettings settings;
    if (!dbOption.isEmpty()) {
        QString parseError;
        const auto parsed = db::ConnectionSettings::parse(dbOption, &parseError);
        if (!parsed) {
            console.error(QCoreApplication::translate("Command", "invalid --db value: %1").arg(parseError));
            return std::nullopt;
        }
        settings = *parsed;
    }
    db::ConnectionError error;
    QSqlDatabase db = db::Database::open(settings, db::Database::connectionNameForThread(QStringLiteral("admin")), &error);
    if (error.isError()) {
        console.error(error.summary());
        return std::nullopt;
    }
    return db;
}

} // namespace dashboard::admin
