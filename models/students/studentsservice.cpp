#include "studentsservice.h"

#include "db/database.h"
#include "studentrepository.h"

#include <QAtomicInteger>
#include <QFuture>
#include <QList>
#include <QThreadPool>
#include <QThreadStorage>
#include <QtConcurrent/QtConcurrentRun>

#include <libpq-fe.h>

namespace dashboard::students {

namespace {

// The connection of one pool thread, opened on its first job and kept for the next ones;
// QThreadStorage deletes it (and with it the connection) when the thread ends, so a later
// thread that happens to get the same address never finds a connection of a dead thread.
struct ThreadConnection
{
    QString name;
    QMap<QString, QString> options; // what it was opened with: a new sign-in means a new connection

    ~ThreadConnection()
    {
        if (!name.isEmpty())
            db::Database::close(name);
    }
};

QThreadStorage<ThreadConnection *> s_threadConnection;

bool isHealthy(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    PGconn *handle = db::Database::pgHandle(db);
    return handle && PQstatus(handle) == CONNECTION_OK;
}

void dropThreadConnection()
{
    if (!s_threadConnection.hasLocalData())
        return;
    ThreadConnection *connection = s_threadConnection.localData();
    if (!connection->name.isEmpty())
        db::Database::close(connection->name);
    connection->name.clear();
    connection->options.clear();
}

// This thread's connection for these settings: kept from an earlier job when it still works,
// else (re)opened. An invalid QSqlDatabase and *error on failure.
QSqlDatabase threadConnection(const db::ConnectionSettings &settings, QString *error)
{
    if (!s_threadConnection.hasLocalData())
        s_threadConnection.setLocalData(new ThreadConnection);
    ThreadConnection *connection = s_threadConnection.localData();
    if (!connection->name.isEmpty()) {
        bool reusable = false;
        {
            const QSqlDatabase db = QSqlDatabase::database(connection->name, false);
            reusable = connection->options == settings.options() && isHealthy(db);
        }
        if (reusable)
            return QSqlDatabase::database(connection->name, false);
        dropThreadConnection();
    }

    const QString name = db::Database::connectionNameForThread(QStringLiteral("students"));
    db::ConnectionError connectionError;
    QSqlDatabase db = db::Database::open(settings, name, &connectionError);
    if (connectionError.isError() || !db.isOpen()) {
        if (error)
            *error = connectionError.summary();
        return {};
    }
    connection->name = name;
    connection->options = settings.options();
    return db;
}

// Runs `work` with this thread's connection; when it fails because the connection broke (the
// server restarted, the network came back), reconnects and tries once more.
template<typename Result, typename Work>
std::optional<Result> withConnection(const db::ConnectionSettings &settings, QString *error, Work work)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::optional<Result> result;
        bool broken = false;
        {
            QSqlDatabase db = threadConnection(settings, error);
            if (!db.isValid())
                return std::nullopt;
            result = work(db, error);
            broken = !result && !isHealthy(db);
        }
        if (result || !broken)
            return result;
        dropThreadConnection();
    }
    return std::nullopt;
}

} // namespace

struct StudentsService::Private
{
    db::ConnectionSettings settings;
    // One counter per kind of request: a result is delivered only when no newer request of
    // its kind was made meanwhile. Read by the pool threads to skip superseded work.
    QAtomicInteger<quint64> studentsGeneration = 0;
    QAtomicInteger<quint64> detailGeneration = 0;
    QAtomicInteger<quint64> countGeneration = 0;
    QList<QFuture<void>> running; // touched on the service's thread only

    void track(QFuture<void> future)
    {
        running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        running.append(std::move(future));
    }
};

StudentsService::StudentsService(db::ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->settings = std::move(settings);
    qRegisterMetaType<StudentSummary>();
    qRegisterMetaType<QList<StudentSummary>>();
    qRegisterMetaType<StudentDetail>();
}

StudentsService::~StudentsService()
{
    // Superseded work that has not started yet returns at once; running work finishes (its
    // queued result is dropped with this object).
    d->studentsGeneration.fetchAndAddOrdered(1);
    d->detailGeneration.fetchAndAddOrdered(1);
    d->countGeneration.fetchAndAddOrdered(1);
    for (QFuture<void> &future : d->running)
        future.waitForFinished();
    delete d;
}

void StudentsService::loadStudents()
{
    const quint64 generation = d->studentsGeneration.fetchAndAddOrdered(1) + 1;
    Private *const p = d;
    const db::ConnectionSettings settings = d->settings;
    d->track(QtConcurrent::run(QThreadPool::globalInstance(), [this, p, settings, generation] {
        if (p->studentsGeneration.loadAcquire() != generation)
            return;
        QString error;
        auto students = withConnection<QList<StudentSummary>>(settings, &error, [](QSqlDatabase db, QString *message) {
            StudentRepository repository(db);
            auto result = repository.fetchStudents();
            if (!result)
                *message = repository.errorString();
            return result;
        });
        QMetaObject::invokeMethod(
            this,
            [this, generation, students = std::move(students), error] {
                if (d->studentsGeneration.loadAcquire() != generation)
                    return;
                if (students)
                    emit studentsLoaded(*students);
                else
                    emit studentsFailed(error);
            },
            Qt::QueuedConnection);
    }));
}

void StudentsService::loadDetail(const QString &studentId, TrendRange range)
{
    const quint64 generation = d->detailGeneration.fetchAndAddOrdered(1) + 1;
    Private *const p = d;
    const db::ConnectionSettings settings = d->settings;
    d->track(QtConcurrent::run(QThreadPool::globalInstance(), [this, p, settings, generation, studentId, range] {
        if (p->detailGeneration.loadAcquire() != generation)
            return;
        QString error;
        auto detail = withConnection<StudentDetail>(settings, &error, [&studentId, range](QSqlDatabase db, QString *message) {
            StudentRepository repository(db);
            auto result = repository.fetchDetail(studentId, range);
            if (!result)
                *message = repository.errorString();
            return result;
        });
        QMetaObject::invokeMethod(
            this,
            [this, generation, studentId, detail = std::move(detail), error] {
                if (d->detailGeneration.loadAcquire() != generation)
                    return;
                if (detail)
                    emit detailLoaded(*detail);
                else
                    emit detailFailed(studentId, error);
            },
            Qt::QueuedConnection);
    }));
}

void StudentsService::loadUnreadNotificationCount()
{
    const quint64 generation = d->countGeneration.fetchAndAddOrdered(1) + 1;
    Private *const p = d;
    const db::ConnectionSettings settings = d->settings;
    d->track(QtConcurrent::run(QThreadPool::globalInstance(), [this, p, settings, generation] {
        if (p->countGeneration.loadAcquire() != generation)
            return;
        QString error;
        auto count = withConnection<int>(settings, &error, [](QSqlDatabase db, QString *message) -> std::optional<int> {
            StudentRepository repository(db);
            auto result = repository.fetchUnreadNotificationCount();
            if (!result)
                *message = repository.errorString();
            return result;
        });
        if (!count) {
            // The bell keeps its last number; the page that failed says why.
            qWarning("could not count unread notifications: %s", qPrintable(error));
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, n = *count] {
                if (d->countGeneration.loadAcquire() == generation)
                    emit unreadNotificationCountLoaded(n);
            },
            Qt::QueuedConnection);
    }));
}

} // namespace dashboard::students
