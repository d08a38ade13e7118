#pragma once

#include "command.h"

#include <QCoreApplication>

namespace dashboard::admin {

// `access grant|revoke|set-role|password|list`: who may sign in to the dashboard.
//
// Passwords are read from the terminal (twice, without echo) or, when standard input is not a
// terminal, as one line from it — never from the command line, where other users of the
// machine and the shell history would see them.
class AccessCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AccessCommand)

public:
    QString name() const override { return QStringLiteral("access"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    bool takesArguments() const override { return true; }
    int run(const QCommandLineParser &parser, Console &console) override;
};

} // namespace dashboard::admin
