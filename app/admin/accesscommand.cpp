#include "accesscommand.h"

#include "security/accessrepository.h"

#include <QByteArray>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <iterator>
#include <optional>

#include <termios.h>
#include <unistd.h>

namespace dashboard::admin {

using security::AccessEntry;
using security::AccessRepository;
using security::AccessResult;

namespace {

// --- reading a password ------------------------------------------------------------------------

struct termios s_savedTerminal;
volatile sig_atomic_t s_echoIsOff = 0;

// Puts the terminal back before the signal's default action ends the process, so Ctrl-C at the
// prompt does not leave a shell without echo.
extern "C" void restoreTerminalAndReraise(int signal)
{
    if (s_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &s_savedTerminal) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            sigaction(kSignals[i], &action, &m_previous[i]);
        struct termios silent = s_savedTerminal;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        s_echoIsOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    ~EchoOff()
    {
        if (!s_echoIsOff)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
        s_echoIsOff = 0;
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            sigaction(kSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    static constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
    struct sigaction m_previous[std::size(kSignals)] = {};
};

// One line from standard input without its line end, unbuffered so nothing after the line is
// consumed. nullopt at end of input before any character.
std::optional<QByteArray> readLine()
{
    QByteArray line;
    bool any = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        any = true;
        if (c == '\n')
            break;
        line.append(c);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (!any)
        return std::nullopt;
    return line;
}

void prompt(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

struct PasswordReader
{
    Q_DECLARE_TR_FUNCTIONS(AccessCommand)

public:
    // The new password of `who`, or nullopt after telling the console why not.
    static std::optional<QString> read(const QString &who, Console &console)
    {
        if (!isatty(STDIN_FILENO)) {
            std::optional<QByteArray> line = readLine();
            if (!line) {
                console.error(tr("no password on standard input (expected one line)"));
                return std::nullopt;
            }
            QString password = QString::fromUtf8(*line);
            line->fill('\0');
            return password; // AccessRepository judges it
        }
        constexpr int kAttempts = 3;
        for (int attempt = 1; attempt <= kAttempts; ++attempt) {
            std::optional<QByteArray> first;
            std::optional<QByteArray> second;
            {
                EchoOff echoOff;
                prompt(tr("New password for %1: ").arg(who));
                first = readLine();
                prompt(QStringLiteral("\n"));
                if (!first) {
                    console.error(tr("no password entered"));
                    return std::nullopt;
                }
                const QString problem = AccessRepository::passwordProblem(QString::fromUtf8(*first));
                if (!problem.isEmpty()) {
                    first->fill('\0');
                    console.warning(problem);
                    continue;
                }
                prompt(tr("Repeat the password: "));
                second = readLine();
                prompt(QStringLiteral("\n"));
            }
            const bool same = second && *first == *second;
            QString password = QString::fromUtf8(*first);
            first->fill('\0');
            if (second)
                second->fill('\0');
            if (same)
                return password;
            password.fill(QChar(0));
            console.warning(tr("the passwords do not match"));
        }
        console.error(tr("no acceptable password after %n attempt(s); nothing was changed", nullptr, kAttempts));
        return std::nullopt;
    }
};

// --- the command ---------------------------------------------------------------------------------

enum class Action { Grant, Revoke, SetRole, Password, List };

struct ActionSpec
{
    const char *name;
    Action action;
    bool needsUser;
    bool needsRole;
};

constexpr ActionSpec kActions[] = {
    {"grant", Action::Grant, true, true},         {"revoke", Action::Revoke, true, false},
    {"set-role", Action::SetRole, true, true},    {"password", Action::Password, true, false},
    {"list", Action::List, false, false},
};

int report(const AccessResult &result, Console &console)
{
    if (!result.ok()) {
        console.error(result.message);
        return Failure;
    }
    console.print(result.message);
    return Success;
}

} // namespace

QString AccessCommand::summary() const
{
    return tr("Grant, change, revoke and list people's dashboard logins.");
}

void AccessCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("What to do:\n"
           "grant     new login for --user with --role\n"
           "revoke    drop the login of --user, end its sessions\n"
           "set-role  give the login of --user another --role\n"
           "password  set a new password for the login of --user\n"
           "list      everyone who has access\n"
           "Passwords are read from the terminal (twice, not shown), or as one line from standard input when it is "
           "not a terminal; never from the command line."),
        // The usage line names the program only, so the command goes into the syntax.
        QStringLiteral("access grant|revoke|set-role|password|list"));
    parser.addOption({QStringLiteral("user"),
                      tr("The person's e-mail address as in the student app (letter case does not matter). Their login "
                         "name is this address in lower case."),
                      tr("e-mail")});
    parser.addOption({QStringLiteral("role"),
                      tr("The access role: instructor (their own students), supervisor (their department and the "
                         "departments below it) or admin (everything)."),
                      tr("role")});
}

int AccessCommand::run(const QCommandLineParser &parser, Console &console)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        console.error(tr("no action given: use grant, revoke, set-role, password or list"));
        return UsageError;
    }
    const ActionSpec *spec = nullptr;
    for (const ActionSpec &candidate : kActions) {
        if (arguments.first() == QLatin1String(candidate.name))
            spec = &candidate;
    }
    if (!spec) {
        console.error(tr("unknown action '%1' for access: use grant, revoke, set-role, password or list").arg(arguments.first()));
        return UsageError;
    }
    const QString actionName = QLatin1String(spec->name);
    if (arguments.size() > 1) {
        console.error(tr("unexpected argument '%1' for access %2").arg(arguments.at(1), actionName));
        return UsageError;
    }
    const bool hasUser = parser.isSet(QStringLiteral("user"));
    const bool hasRole = parser.isSet(QStringLiteral("role"));
    const QString user = parser.value(QStringLiteral("user")).trimmed();
    const QString role = parser.value(QStringLiteral("role")).trimmed().toLower();
    if (spec->needsUser && user.isEmpty()) {
        console.error(tr("access %1 needs --user").arg(actionName));
        return UsageError;
    }
    if (!spec->needsUser && hasUser) {
        console.error(tr("access %1 takes no --user").arg(actionName));
        return UsageError;
    }
    if (spec->needsRole && role.isEmpty()) {
        console.error(tr("access %1 needs --role (%2)").arg(actionName, security::accessRoleNames().join(QLatin1Char('|'))));
        return UsageError;
    }
    if (!spec->needsRole && hasRole) {
        console.error(tr("access %1 takes no --role").arg(actionName));
        return UsageError;
    }
    if (spec->needsRole && !security::accessRoleFromName(role)) {
        console.error(tr("invalid --role '%1': use %2").arg(role, security::accessRoleNames().join(QLatin1String(", "))));
        return UsageError;
    }

    const auto db = openDatabase(parser.value(QStringLiteral("db")), console);
    if (!db)
        return Failure;
    AccessRepository repository(*db);

    switch (spec->action) {
    case Action::Grant: {
        // Refuse before asking for a password that would be thrown away.
        if (const AccessResult check = repository.checkGrant(user, role); !check.ok())
            return report(check, console);
        std::optional<QString> password = PasswordReader::read(AccessRepository::loginRoleName(user), console);
        if (!password)
            return Failure;
        const AccessResult result = repository.grant(user, role, *password);
        password->fill(QChar(0));
        return report(result, console);
    }
    case Action::Password: {
        if (const AccessResult check = repository.checkHasLogin(user); !check.ok())
            return report(check, console);
        std::optional<QString> password = PasswordReader::read(AccessRepository::loginRoleName(user), console);
        if (!password)
            return Failure;
        const AccessResult result = repository.setPassword(user, *password);
        password->fill(QChar(0));
        return report(result, console);
    }
    case Action::Revoke:
        return report(repository.revoke(user), console);
    case Action::SetRole:
        return report(repository.setRole(user, role), console);
    case Action::List:
        break;
    }

    AccessResult status;
    const QList<AccessEntry> entries = repository.list(&status);
    if (!status.ok())
        return report(status, console);
    if (entries.isEmpty()) {
        console.print(tr("No one has dashboard access yet. Grant it with 'access grant --user E-MAIL --role admin'."));
        return Success;
    }
    QList<QStringList> rows;
    rows << QStringList{tr("E-MAIL"), tr("ROLE"), tr("GRANTED AT (UTC)"), tr("GRANTED BY"), tr("LOGIN ALLOWED")};
    for (const AccessEntry &entry : entries) {
        QString who = entry.email;
        // After an e-mail change the login keeps its old name; show the name to sign in with.
        if (entry.roleName != AccessRepository::loginRoleName(entry.email))
            who += tr(" (login %1)").arg(entry.roleName);
        rows << QStringList{who, entry.accessRole, entry.grantedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), entry.grantedBy,
                            entry.canLogin ? tr("yes") : tr("no")};
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(widths[column]) + QLatin1String("  ");
        }
        console.print(line);
    }
    return Success;
}

} // namespace dashboard::admin
