#pragma once

#include "console.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dashboard::admin {

// One sub-command of the admin tool ("migrate", ...).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Whether the command reads positional arguments of its own (a sub-action such as
    // `access grant`); otherwise any positional argument is a usage error.
    virtual bool takesArguments() const { return false; }
    virtual int run(const QCommandLineParser &parser, Console &console) = 0;
};

// Opens the database named by --db (URI, keyword/value string or service name), or by the
// libpq environment variables when --db is absent. Reports a failure in one line naming
// host, port and cause.
std::optional<QSqlDatabase> openDatabase(const QString &dbOption, Console &console);

} // namespace dashboard::admin
