#include "testdatabase.h"

#include "db/database.h"
#include "migrations/migrationrunner.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using dashboard::db::ConnectionError;
using dashboard::db::ConnectionSettings;
namespace Database = dashboard::db::Database;

namespace {

QAtomicInt s_counter;

ConnectionSettings maintenanceSettings()
{
    ConnectionSettings settings;
    settings.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
    return settings;
}

bool runOn(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

QString TestDatabase::environmentProblem()
{
    if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGPORT"))
        return QStringLiteral("PGHOST/PGPORT are not set: run the tests through scripts/test, which starts PostgreSQL");
    return {};
}

TestDatabase::TestDatabase(const QString &purpose)
{
    m_error = environmentProblem();
    if (!m_error.isEmpty())
        return;
    m_name = QStringLiteral("t_%1_%2_%3")
                 .arg(purpose.toLower().replace(QLatin1Char('-'), QLatin1Char('_')))
                 .arg(QCoreApplication::applicationPid())
                 .arg(s_counter.fetchAndAddRelaxed(1));
    const QString admin = QStringLiteral("testdb-admin-") + m_name;
    {
        ConnectionError error;
        QSqlDatabase db = Database::open(maintenanceSettings(), admin, &error);
        if (error.isError()) {
            m_error = error.summary();
        } else {
            runOn(db, QStringLiteral("CREATE DATABASE %1").arg(m_name), &m_error);
        }
    }
    Database::close(admin);
}

TestDatabase::~TestDatabase()
{
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    if (m_name.isEmpty())
        return;
    const QString admin = QStringLiteral("testdb-drop-") + m_name;
    {
        ConnectionError error;
        QSqlDatabase db = Database::open(maintenanceSettings(), admin, &error);
        if (!error.isError())
            runOn(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), nullptr);
    }
    Database::close(admin);
}

ConnectionSettings TestDatabase::settings() const
{
    ConnectionSettings settings;
    settings.setValue(QStringLiteral("dbname"), m_name);
    return settings;
}

QString TestDatabase::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(qEnvironmentVariable("PGHOST"));
    url.setPort(qEnvironmentVariableIntValue("PGPORT"));
    url.setUserName(qEnvironmentVariable("PGUSER"));
    url.setPath(QLatin1Char('/') + m_name);
    return url.toString(QUrl::FullyEncoded);
}

QSqlDatabase TestDatabase::connection(const QString &purpose)
{
    const QString name = Database::connectionNameForThread(m_name + QLatin1Char('-') + purpose);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    ConnectionError error;
    QSqlDatabase db = Database::open(settings(), name, &error);
    if (error.isError()) {
        m_error = error.summary();
        return {};
    }
    m_connections << name;
    return db;
}

void TestDatabase::reconnect()
{
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_connections.clear();
}

bool TestDatabase::exec(const QString &sql, QString *error)
{
    return runOn(connection(), sql, error);
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(connection());
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QStringList TestDatabase::column(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(connection());
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    QStringList values;
    if (!query.exec()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return values;
    }
    while (query.next())
        values << query.value(0).toString();
    return values;
}

bool TestDatabase::migrate(QString *error, int dashboardCount, bool withBaseline)
{
    using namespace dashboard::migrations;
    QString loadError;
    QList<Migration> baseline;
    QList<Migration> dashboard;
    for (const Migration &migration : embeddedMigrations(true, &loadError))
        (migration.baseline ? baseline : dashboard).append(migration);
    if (dashboardCount >= 0)
        dashboard = dashboard.mid(0, dashboardCount);
    MigrationRunner runner(connection(QStringLiteral("migrate")), baseline, dashboard);
    MigrationRunner::Options options;
    options.withBaseline = withBaseline;
    if (runner.migrate(options))
        return true;
    if (error)
        *error = runner.errorString();
    return false;
}
