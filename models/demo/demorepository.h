#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace dashboard::demo {

// Every SQL statement of seed-demo except the COPYs: the checks before anything is written,
// removing earlier demo data, and refreshing the planner's statistics afterwards.
// Demo users are the users whose e-mail ends with kDemoEmailSuffix (case-insensitive); demo
// departments carry settings {"demo": true}.
class DemoRepository
{
    Q_DECLARE_TR_FUNCTIONS(DemoRepository)

public:
    explicit DemoRepository(QSqlDatabase db);

    // Why the schema cannot take demo data (missing student-app tables, pending migrations),
    // or an empty string. nullopt when the check itself failed (errorString()).
    std::optional<QString> schemaProblem();
    // Why the connected role cannot write every demo table (it is neither the owner of the
    // dashboard tables nor a superuser), or an empty string.
    std::optional<QString> ownershipProblem();

    // Session advisory lock that keeps two seed-demo runs apart. *acquired is false when
    // another session holds it.
    bool tryLock(bool *acquired);
    void unlock();

    std::optional<qint64> nonDemoUserCount();
    // Non-demo departments whose code or name a demo department would take ("MPD (Metro ...)").
    std::optional<QStringList> conflictingDepartments(const QStringList &codes, const QStringList &names);
    // Login roles (dashboard_logins) of demo users: they lose their mapping when the users go.
    std::optional<QStringList> demoLogins();

    // The tables that removing demo data touches, children first.
    static QStringList deleteOrder();
    // Deletes the demo rows of one table (one statement, so one transaction). With
    // derivedToo, rows derived from everybody's data (program-wide analytics, module
    // analytics) go as well: right when the database holds nothing but demo data.
    std::optional<qint64> deleteDemoRows(const QString &table, bool derivedToo);

    // ANALYZE of the given tables (identifiers quoted by the server).
    bool analyze(const QStringList &tables);

    QString errorString() const { return m_error; }

private:
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace dashboard::demo
