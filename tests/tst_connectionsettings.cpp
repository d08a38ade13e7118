// Reading connection strings the way libpq does, and classifying connection failures.
#include "db/connectionerror.h"
#include "db/connectionsettings.h"

#include <QTest>

using dashboard::db::ConnectionError;
using dashboard::db::ConnectionSettings;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void parsesUris()
    {
        QString error;
        const auto settings =
            ConnectionSettings::parse(QStringLiteral("postgresql://ana@db.example:6543/training?sslmode=verify-full"), &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->value(QStringLiteral("host")), QStringLiteral("db.example"));
        QCOMPARE(settings->value(QStringLiteral("port")), QStringLiteral("6543"));
        QCOMPARE(settings->value(QStringLiteral("dbname")), QStringLiteral("training"));
        QCOMPARE(settings->value(QStringLiteral("user")), QStringLiteral("ana"));
        QCOMPARE(settings->value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(settings->describe(), QStringLiteral("db.example:6543 (database training, user ana)"));
    }

    void parsesKeywordValueStrings()
    {
        QString error;
        const auto settings = ConnectionSettings::parse(QStringLiteral("host=10.0.0.5 dbname='my db' sslmode=require"), &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->value(QStringLiteral("dbname")), QStringLiteral("my db"));
        QCOMPARE(settings->value(QStringLiteral("sslmode")), QStringLiteral("require"));
    }

    void treatsABareWordAsAServiceName()
    {
        QString error;
        const auto settings = ConnectionSettings::parse(QStringLiteral("training-prod"), &error);
        QVERIFY(settings);
        QCOMPARE(settings->value(QStringLiteral("service")), QStringLiteral("training-prod"));
    }

    void rejectsMalformedStrings()
    {
        QString error;
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("host=a nonsense"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("postgresql://host/db?no_such_option=1"), &error));
        QVERIFY(error.contains(QStringLiteral("no_such_option")));
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("   "), &error));
    }

    void classifiesFailures_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("refused") << QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection refused")
                                 << int(ConnectionError::Kind::Unreachable);
        QTest::newRow("password") << QStringLiteral("FATAL:  password authentication failed for user \"ana\"")
                                  << int(ConnectionError::Kind::Authentication);
        QTest::newRow("role") << QStringLiteral("FATAL:  role \"ana\" does not exist") << int(ConnectionError::Kind::UnknownRole);
        QTest::newRow("nologin") << QStringLiteral("FATAL:  role \"ana@example.org\" is not permitted to log in")
                                 << int(ConnectionError::Kind::UnknownRole);
        QTest::newRow("database") << QStringLiteral("FATAL:  database \"nope\" does not exist")
                                  << int(ConnectionError::Kind::MissingDatabase);
        QTest::newRow("tls") << QStringLiteral("server does not support SSL, but SSL was required") << int(ConnectionError::Kind::Tls);
    }

    void classifiesFailures()
    {
        QFETCH(QString, message);
        QFETCH(int, kind);
        const ConnectionError error = ConnectionError::fromServerMessage(message, QStringLiteral("h:1 (database d, user u)"));
        QCOMPARE(int(error.kind), kind);
        QVERIFY(error.summary().contains(QStringLiteral("h:1")));
        QVERIFY(!error.advice().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
