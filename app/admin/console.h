#pragma once

#include <QString>
#include <QTextStream>

namespace dashboard::admin {

// Where the admin tool speaks: results to stdout, diagnostics to stderr.
class Console
{
public:
    Console();
    void print(const QString &line);
    void error(const QString &message); // "instructor-dashboard-admin: error: …"
    void warning(const QString &message);

private:
    QTextStream m_out;
    QTextStream m_err;
};

// Exit codes of the admin tool.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

} // namespace dashboard::admin
