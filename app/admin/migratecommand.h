#pragma once

#include "command.h"

#include <QCoreApplication>

namespace dashboard::admin {

// `migrate`: applies the embedded schema migrations, or shows their status or plan.
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;
};

} // namespace dashboard::admin
