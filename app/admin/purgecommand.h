#pragma once

#include "command.h"

#include <QCoreApplication>

namespace dashboard::admin {

// `purge`: deletes the rows that are past their retention period (dashboard_retention_policies),
// in short batches, as the role dashboard_retention only; `--dry-run` counts them instead.
// `purge --set TABLE=INTERVAL` changes a retention period (administrators and the migration
// owner only) and deletes nothing.
class PurgeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommand)

public:
    QString name() const override { return QStringLiteral("purge"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;
};

} // namespace dashboard::admin
