// instructor-dashboard-admin: the administrators' command-line tool.
#include "accesscommand.h"
#include "aggregatecommand.h"
#include "command.h"
#include "console.h"
#include "migratecommand.h"
#include "purgecommand.h"
#include "seeddemocommand.h"

#include "i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <vector>

using namespace dashboard::admin;

namespace {

// Gives this file's free functions a translation context.
struct AdminMain
{
    Q_DECLARE_TR_FUNCTIONS(AdminMain)
};

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<AccessCommand>());
    commands.push_back(std::make_unique<AggregateCommand>());
    commands.push_back(std::make_unique<SeedDemoCommand>());
    commands.push_back(std::make_unique<PurgeCommand>());
    return commands;
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      AdminMain::tr("Connection URI (postgresql://user@host:port/db?sslmode=require), keyword/value string, or "
                         "service name. Without it the libpq environment variables (PGHOST, PGPORT, PGDATABASE, "
                         "PGUSER, PGPASSWORD, PGSERVICE, PGSSLMODE) are used."),
                      AdminMain::tr("connection")});
}

QString commandList(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = AdminMain::tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("instructor-dashboard-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("InstructorDashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DASHBOARD_VERSION));
    dashboard::i18n::install(QLocale::system());

    Console console;
    const auto commands = allCommands();

    // First pass: global options and the command name; the rest belongs to the command.
    QCommandLineParser parser;
    parser.setApplicationDescription(AdminMain::tr("Administration of the Instructor Dashboard database.") + QLatin1Char('\n')
                                     + commandList(commands));
    parser.addHelpOption();
    parser.addVersionOption();
    addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), AdminMain::tr("The command to run (see above)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments())) {
        console.error(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(Success);
        console.error(AdminMain::tr("no command given. Try '%1 --help'.").arg(QCoreApplication::applicationName()));
        return UsageError;
    }

    const QString name = positional.first();
    Command *command = nullptr;
    for (const auto &candidate : commands) {
        if (candidate->name() == name)
            command = candidate.get();
    }
    if (!command) {
        console.error(AdminMain::tr("unknown command '%1'. Try '%2 --help'.").arg(name, QCoreApplication::applicationName()));
        return UsageError;
    }

    // Second pass: the command's own options (global ones are accepted after it too).
    QCommandLineParser commandParser;
    commandParser.setApplicationDescription(command->summary());
    commandParser.addHelpOption();
    addGlobalOptions(commandParser);
    command->addOptions(commandParser);
    QStringList commandArguments = positional;
    commandArguments.first() = QCoreApplication::applicationName() + QLatin1Char(' ') + name;
    if (!commandParser.parse(commandArguments)) {
        console.error(commandParser.errorText());
        return UsageError;
    }
    if (commandParser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help")))
        commandParser.showHelp(Success);
    if (!command->takesArguments() && !commandParser.positionalArguments().isEmpty()) {
        console.error(AdminMain::tr("unexpected argument '%1' for %2").arg(commandParser.positionalArguments().first(), name));
        return UsageError;
    }
    // --db given before the command name counts too.
    if (parser.isSet(QStringLiteral("db")) && !commandParser.isSet(QStringLiteral("db"))) {
        QStringList withDb = commandArguments;
        withDb.insert(1, QStringLiteral("--db=") + parser.value(QStringLiteral("db")));
        commandParser.parse(withDb);
    }
    const int exitCode = command->run(commandParser, console);
    for (const QString &connection : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(connection);
    return exitCode;
}
