#pragma once

#include "db/connectionsettings.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

// A fresh PostgreSQL database for one test, created on the server that scripts/test started
// (found through the libpq environment variables) and dropped again when it goes away.
//
// Tests need a real server: when none is configured or reachable, creation fails and the
// test fails with the reason — it never skips.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &purpose);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString name() const { return m_name; }

    // Settings that reach this database (host, port, user, password from the environment).
    dashboard::db::ConnectionSettings settings() const;
    // "postgresql://..." form for --db arguments of the command-line tools.
    QString uri() const;

    // A connection of the calling thread to this database (opened on first use).
    QSqlDatabase connection(const QString &purpose = QStringLiteral("test"));

    // Forgets the connections opened so far (after the server was restarted, they are dead); the
    // next connection() opens a new one.
    void reconnect();

    // Runs statements that must succeed; on failure returns false with the server's message.
    bool exec(const QString &sql, QString *error = nullptr);
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    // Every row's first column, as strings.
    QStringList column(const QString &sql, const QVariantList &bindings = {});

    // Applies the baseline and the dashboard migrations (all, or the first `count` of the latter).
    bool migrate(QString *error, int dashboardCount = -1, bool withBaseline = true);

    // Why the libpq environment cannot reach a server, or an empty string.
    static QString environmentProblem();

private:
    QString m_name;
    QString m_error;
    QStringList m_connections;
};

// Fails the current test with the database's error when it could not be created.
#define REQUIRE_DATABASE(database)                                                                                     \
    do {                                                                                                               \
        if (!(database).isValid())                                                                                     \
            QFAIL(qPrintable(QStringLiteral("no test database: ") + (database).errorString()));                        \
    } while (false)
