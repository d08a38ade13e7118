#include "testcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>

#include <unistd.h>

namespace {

QString clusterDir()
{
    return qEnvironmentVariable("DASHBOARD_TEST_CLUSTER");
}

QString pgCtl()
{
    return QDir(qEnvironmentVariable("DASHBOARD_TEST_PG_BIN")).filePath(QStringLiteral("pg_ctl"));
}

// Runs pg_ctl as the cluster's owner; returns its exit code, and its output in `output`.
int runPgCtl(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), pgCtl()} + arguments);
    else
        process.start(pgCtl(), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        if (output)
            *output = QStringLiteral("pg_ctl did not finish: %1").arg(process.errorString());
        return -1;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

QString TestCluster::environmentProblem()
{
    if (clusterDir().isEmpty() || qEnvironmentVariable("DASHBOARD_TEST_PG_BIN").isEmpty())
        return QStringLiteral("DASHBOARD_TEST_CLUSTER and DASHBOARD_TEST_PG_BIN are not set (run the tests through scripts/test)");
    if (!QFileInfo(pgCtl()).isExecutable())
        return QStringLiteral("%1 is not executable").arg(pgCtl());
    if (qEnvironmentVariable("PGPORT").isEmpty())
        return QStringLiteral("PGPORT is not set");
    return QString();
}

bool TestCluster::stop(QString *error)
{
    const QString data = QDir(clusterDir()).filePath(QStringLiteral("data"));
    QString output;
    const int code = runPgCtl({QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("immediate"),
                               QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
                              &output);
    if (code != 0 && error)
        *error = QStringLiteral("pg_ctl stop: %1").arg(output);
    return code == 0;
}

bool TestCluster::start(QString *error)
{
    const QString dir = clusterDir();
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200")
                                .arg(qEnvironmentVariable("PGPORT"), dir);
    QString output;
    const int code = runPgCtl({QStringLiteral("-D"), QDir(dir).filePath(QStringLiteral("data")), QStringLiteral("-l"),
                               QDir(dir).filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                               QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")},
                              &output);
    if (code != 0 && error)
        *error = QStringLiteral("pg_ctl start: %1").arg(output);
    return code == 0;
}

bool TestCluster::isRunning()
{
    return runPgCtl({QStringLiteral("-D"), QDir(clusterDir()).filePath(QStringLiteral("data")), QStringLiteral("status")}, nullptr) == 0;
}
