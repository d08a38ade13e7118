#include "studentsservice.h"

#include "db/database.h"
#include "offline/cachedatabase.h"
#include "offline/cachereader.h"
#include "offline/outbox.h"
#include "studentrepository.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QMutexLocker>
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

// This pool thread's connection to the cache file: attached on first use (the SyncEngine opened
// and checked the file), kept for the next jobs, closed with the thread.
struct ThreadCache
{
    std::unique_ptr<offline::CacheDatabase> cache;
};

QThreadStorage<ThreadCache *> s_threadCache;

std::optional<QSqlDatabase> cacheConnection(const QString &path)
{
    if (!s_threadCache.hasLocalData())
        s_threadCache.setLocalData(new ThreadCache);
    ThreadCache *local = s_threadCache.localData();
    if (local->cache && local->cache->path() != path)
        local->cache.reset();
    if (!local->cache) {
        auto cache = std::make_unique<offline::CacheDatabase>(path, db::Database::connectionNameForThread(QStringLiteral("cache-read")));
        const offline::CacheError error = cache->attach();
        if (error.isError()) {
            qWarning("cannot read the local copy: %s", qPrintable(error.summary()));
            return std::nullopt;
        }
        local->cache = std::move(cache);
    }
    return local->cache->database();
}

notes::StudentNote toNote(const offline::CachedNote &cached)
{
    notes::StudentNote note;
    note.id = cached.id;
    note.studentId = cached.studentId;
    note.authorId = cached.authorId;
    note.body = cached.body;
    note.flag = notes::flagFromString(cached.flag);
    note.createdAt = cached.createdAt;
    note.updatedAt = cached.updatedAt;
    note.delivery = cached.pending ? notes::StudentNote::Delivery::Pending : notes::StudentNote::Delivery::Synced;
    return note;
}

// The student's notes as the cache has them, with the person's unsent and refused writes.
std::optional<QList<notes::StudentNote>> cachedNotes(QSqlDatabase cache, const QString &studentId)
{
    offline::CacheReader reader(cache);
    const auto cached = reader.notes(studentId);
    if (!cached)
        return std::nullopt;
    QList<notes::StudentNote> result;
    for (const offline::CachedNote &note : *cached)
        result << toNote(note);
    offline::Outbox outbox(cache);
    if (const auto rejected = outbox.rejected()) {
        for (const offline::OutboxEntry &entry : *rejected) {
            if (entry.kind != offline::OutboxKind::noteUpsert()
                || entry.payload.value(QStringLiteral("student_id")).toString() != studentId)
                continue;
            const QString id = entry.payload.value(QStringLiteral("id")).toString();
            auto existing = std::find_if(result.begin(), result.end(), [&id](const notes::StudentNote &n) { return n.id == id; });
            notes::StudentNote note = existing != result.end() ? *existing : notes::StudentNote();
            note.id = id;
            note.studentId = studentId;
            note.body = entry.payload.value(QStringLiteral("body")).toString();
            note.flag = notes::flagFromString(entry.payload.value(QStringLiteral("flag")).toString());
            if (!note.createdAt.isValid())
                note.createdAt = offline::CacheReader::parseTimestamp(entry.payload.value(QStringLiteral("created_at")).toString());
            note.delivery = notes::StudentNote::Delivery::Rejected;
            note.rejectionReason = entry.reason;
            if (existing != result.end())
                *existing = note;
            else
                result << note;
        }
    }
    return result;
}

// A student's detail from the cache: the summary and the trend (sessions, submissions and
// missed items are the server's). std::nullopt when the cache does not have the student.
std::optional<StudentDetail> cachedDetail(QSqlDatabase cache, const QString &studentId, TrendRange range)
{
    offline::CacheReader reader(cache);
    const auto summary = reader.student(studentId);
    if (!summary || summary->studentId.isEmpty())
        return std::nullopt;
    StudentDetail detail;
    detail.summary = *summary;
    const auto all = reader.snapshots(studentId);
    if (all && !all->isEmpty()) {
        const QDate asOf = all->last().date;
        const int days = static_cast<int>(range);
        const QDate from = days > 0 ? asOf.addDays(1 - days) : QDate();
        for (const DailySnapshot &snapshot : *all) {
            if (!from.isValid() || snapshot.date >= from)
                detail.snapshots << snapshot;
        }
    }
    return detail;
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
    mutable QMutex cacheMutex;
    QString cachePath; // guarded by cacheMutex

    QString cache() const
    {
        QMutexLocker lock(&cacheMutex);
        return cachePath;
    }
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
    qRegisterMetaType<notes::StudentNote>();
    qRegisterMetaType<QList<notes::StudentNote>>();
}

void StudentsService::setCache(const QString &cachePath)
{
    QMutexLocker lock(&d->cacheMutex);
    d->cachePath = cachePath;
}

QString StudentsService::cachePath() const
{
    return d->cache();
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
    const QString cachePath = d->cache();
    d->track(QtConcurrent::run(QThreadPool::globalInstance(), [this, p, settings, generation, cachePath] {
        if (p->studentsGeneration.loadAcquire() != generation)
            return;
        QString error;
        std::optional<QList<StudentSummary>> students;
        if (!cachePath.isEmpty()) {
            // The local copy, once it has been filled at least once; before that, the server.
            if (const auto cache = cacheConnection(cachePath)) {
                offline::CacheReader reader(*cache);
                const auto synced = reader.lastSyncedAt();
                if (synced && synced->isValid())
                    students = reader.students();
            }
        }
        if (!students)
            students = withConnection<QList<StudentSummary>>(settings, &error, [](QSqlDatabase db, QString *message) {
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
    const QString cachePath = d->cache();
    d->track(QtConcurrent::run(QThreadPool::globalInstance(), [this, p, settings, generation, studentId, range, cachePath] {
        if (p->detailGeneration.loadAcquire() != generation)
            return;
        // The local copy at once, then the server's fuller answer when it comes.
        if (!cachePath.isEmpty()) {
            if (const auto cache = cacheConnection(cachePath)) {
                if (auto cached = cachedDetail(*cache, studentId, range)) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, cached = std::move(*cached)] {
                            if (d->detailGeneration.loadAcquire() != generation)
                                return;
                            emit detailFromLocalCopy(cached);
                        },
                        Qt::QueuedConnection);
                }
            }
        }
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
    const QString cachePath = d->cache();
    d->track(QtConcurrent::run(QThreadPool::globalInstance(), [this, p, settings, generation, cachePath] {
        if (p->countGeneration.loadAcquire() != generation)
            return;
        QString error;
        std::optional<int> count;
        if (!cachePath.isEmpty()) {
            if (const auto cache = cacheConnection(cachePath)) {
                offline::CacheReader reader(*cache);
                const auto userId = reader.meta(QStringLiteral("user_id"));
                if (userId && !userId->isEmpty()) {
                    count = reader.unreadNotificationCount(*userId);
                    if (const auto all = reader.notifications(*userId)) {
                        QStringList ids, titles, messages;
                        for (const offline::CachedNotification &n : *all) {
                            if (n.isRead)
                                continue;
                            ids << n.id;
                            titles << n.title;
                            messages << n.message;
                        }
                        QMetaObject::invokeMethod(
                            this,
                            [this, generation, ids, titles, messages] {
                                if (d->countGeneration.loadAcquire() == generation)
                                    emit unreadNotificationsLoaded(ids, titles, messages);
                            },
                            Qt::QueuedConnection);
                    }
                }
            }
        }
        if (!count)
            count = withConnection<int>(settings, &error, [](QSqlDatabase db, QString *message) -> std::optional<int> {
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

void StudentsService::loadNotes(const QString &studentId)
{
    // Not superseded like the other reads: every open detail tab asks for its own student's notes.
    const QString cachePath = d->cache();
    if (cachePath.isEmpty())
        return; // notes travel through the local copy and its outbox only
    d->track(QtConcurrent::run(QThreadPool::globalInstance(), [this, studentId, cachePath] {
        const auto cache = cacheConnection(cachePath);
        if (!cache)
            return;
        auto loaded = cachedNotes(*cache, studentId);
        if (!loaded) {
            qWarning("could not read the notes of %s from the local copy", qPrintable(studentId));
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, studentId, notes = std::move(*loaded)] { emit notesLoaded(studentId, notes); },
            Qt::QueuedConnection);
    }));
}

} // namespace dashboard::students
