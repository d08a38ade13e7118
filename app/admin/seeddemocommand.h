#pragma once

#include "command.h"

#include <QCoreApplication>

namespace dashboard::admin {

// `seed-demo`: fills a demo database with realistic, deterministic demo data (departments,
// staff, students with months of practice, assignments, messages), by COPY, with a progress
// bar. Refuses databases that hold real (non-demo) users unless --force.
class SeedDemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SeedDemoCommand)

public:
    QString name() const override { return QStringLiteral("seed-demo"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;
};

} // namespace dashboard::admin
