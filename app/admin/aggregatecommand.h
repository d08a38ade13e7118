#pragma once

#include "command.h"

#include <QCoreApplication>

namespace dashboard::admin {

// `aggregate`: computes the dashboard's derived tables (snapshots, module and daily analytics,
// student progress and risk, overdue submissions, notifications) for a day or a range of days.
class AggregateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AggregateCommand)

public:
    QString name() const override { return QStringLiteral("aggregate"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;
};

} // namespace dashboard::admin
