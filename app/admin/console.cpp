#include "console.h"

#include <QCoreApplication>

#include <cstdio>

namespace dashboard::admin {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{
}

void Console::print(const QString &line)
{
    m_out << line << Qt::endl;
}

void Console::error(const QString &message)
{
    m_err << QCoreApplication::applicationName() << QStringLiteral(": ")
          << QCoreApplication::translate("Console", "error: %1").arg(message) << Qt::endl;
}

void Console::warning(const QString &message)
{
    m_err << QCoreApplication::applicationName() << QStringLiteral(": ")
          << QCoreApplication::translate("Console", "warning: %1").arg(message) << Qt::endl;
}

} // namespace dashboard::admin
