#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dashboard::migrations {

// One versioned SQL file embedded in the binary.
struct Migration
{
    Q_DECLARE_TR_FUNCTIONS(Migration)

public:
    QString version;     // "0003", or "baseline/0001" for the student-app baseline
    QString name;        // "student_progress"
    QString fileName;    // "0003_student_progress.sql", for messages
    QByteArray sql;
    QString checksum;    // SHA-256 of the file, hex
    bool transactional = true; // false when the file starts with "-- migrate: no-transaction"
    bool baseline = false;

    QString displayName() const { return version + QLatin1Char('_') + name; }

    static Migration fromFile(const QString &path, bool baseline, QString *error);
};

// The migrations embedded under :/migrations, in the order they apply.
// Baseline files (the student app's tables, for demos and tests) come from :/migrations/baseline.
QList<Migration> embeddedMigrations(bool includeBaseline, QString *error);

// The same, read from a directory on disk (tests use it to simulate changed files).
QList<Migration> migrationsFromDirectory(const QString &directory, bool baseline, QString *error);

} // namespace dashboard::migrations
