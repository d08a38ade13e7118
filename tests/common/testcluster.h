#pragma once

#include <QString>

// The PostgreSQL cluster scripts/test started (DASHBOARD_TEST_CLUSTER, DASHBOARD_TEST_PG_BIN,
// PGPORT), stopped and started again by tests of what happens when the server goes away. As root
// the server runs as the postgres user (initdb refuses root), so pg_ctl is run through runuser.
//
// Every other test talks to the same server: a test that stops it must run alone
// (RUN_SERIAL in tests/CMakeLists.txt).
class TestCluster
{
public:
    // Why the environment cannot control the cluster, or an empty string.
    static QString environmentProblem();

    // Immediate shutdown: connections are cut as by a crash or a pulled cable.
    static bool stop(QString *error);
    // Starts it again on the same port and waits until it accepts connections.
    static bool start(QString *error);
    static bool isRunning();
};
