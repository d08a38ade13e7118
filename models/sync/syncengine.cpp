#include "syncengine.h"

#include "db/connectionerror.h"
#include "db/database.h"
#include "offline/cachedatabase.h"
#include "offline/cachereader.h"
#include "offline/cuid.h"
#include "offline/outbox.h"
#include "synchronizer.h"

#include <QJsonValue>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>

namespace dashboard::sync {

namespace {

// Unreachable servers make libpq wait for TCP's own timeout (minutes); a laptop in a vehicle
// should know within seconds that it is offline.
constexpr auto kConnectTimeoutSeconds = "5";

bool isHealthy(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    PGconn *handle = db::Database::pgHandle(db);
    return handle && PQstatus(handle) == CONNECTION_OK;
}

} // namespace

SyncEngine::SyncEngine(db::ConnectionSettings settings, offline::CacheIdentity identity, QString cachePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_identity(std::move(identity))
    , m_cachePath(std::move(cachePath))
{
    if (!m_settings.contains(QStringLiteral("connect_timeout")))
        m_settings.setValue(QStringLiteral("connect_timeout"), QString::fromLatin1(kConnectTimeoutSeconds));
    qRegisterMetaType<dashboard::sync::SyncEngine::State>();
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncEngine::runSync);
    }
    m_cacheConnection = db::Database::connectionNameForThread(QStringLiteral("cache-sync"));
    m_serverConnection = db::Database::connectionNameForThread(QStringLiteral("sync"));
    m_cache = std::make_unique<offline::CacheDatabase>(m_cachePath, m_cacheConnection);
    const offline::CacheDatabase::OpenReport report = m_cache->open(m_identity);
    m_cacheUsable = report.isOpen();
    emit cacheOpened(m_cacheUsable, report.userMessage());
    if (!m_cacheUsable) {
        m_cache.reset();
        setState(State::Offline, report.error.summary());
        return;
    }
    emit cacheChanged(); // the pages can show the local copy now
    runSync();
}

void SyncEngine::syncNow()
{
    if (!m_cacheUsable)
        return;
    m_backoff.reset();
    runSync();
}

void SyncEngine::stop()
{
    if (m_timer)
        m_timer->stop();
    closeServer();
    if (m_cache) {
        m_cache->close();
        m_cache.reset();
    }
    m_cacheUsable = false;
}

void SyncEngine::closeServer()
{
    if (!m_serverConnection.isEmpty() && QSqlDatabase::contains(m_serverConnection))
        db::Database::close(m_serverConnection);
}

bool SyncEngine::openConnections(QString *error)
{
    if (QSqlDatabase::contains(m_serverConnection)) {
        if (isHealthy(QSqlDatabase::database(m_serverConnection, false)))
            return true;
        closeServer();
    }
    db::ConnectionError connectionError;
    QSqlDatabase db = db::Database::open(m_settings, m_serverConnection, &connectionError);
    if (connectionError.isError() || !db.isOpen()) {
        *error = connectionError.summary();
        return false;
    }
    return true;
}

void SyncEngine::runSync()
{
    if (!m_cacheUsable || m_syncing)
        return;
    m_syncing = true;
    m_timer->stop();
    setState(State::Syncing);

    Synchronizer::Result result;
    // Twice at most: a connection kept from the last sync may have died with a server restart
    // that has since come back; a fresh one then succeeds at once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool reused = QSqlDatabase::contains(m_serverConnection);
        QString error;
        if (!openConnections(&error)) {
            result = {};
            result.outcome = Synchronizer::Outcome::ServerUnavailable;
            result.error = error;
            break;
        }
        {
            Synchronizer synchronizer(QSqlDatabase::database(m_serverConnection, false), m_cache->database());
            result = synchronizer.run();
        }
        if (result.outcome != Synchronizer::Outcome::ServerUnavailable || !reused)
            break;
        closeServer();
    }
    m_syncing = false;

    switch (result.outcome) {
    case Synchronizer::Outcome::Done:
        setState(State::Online);
        if (result.rowsFetched > 0 || result.rowsDeleted > 0 || result.replayed > 0 || result.rejected > 0
            || !result.studentsRemoved.isEmpty())
            emit cacheChanged();
        if (result.rejected > 0)
            emit writesRejected(result.rejected);
        scheduleNext(true);
        return;
    case Synchronizer::Outcome::ServerUnavailable:
    case Synchronizer::Outcome::ServerFailed:
        closeServer();
        setState(State::Offline, result.error);
        break;
    case Synchronizer::Outcome::CacheFull:
        emit writeFailed(tr("The disk is full: the local copy could not be brought up to date. "
                            "The dashboard keeps showing what it has; free some space and sync again."));
        setState(State::Offline, result.error);
        break;
    case Synchronizer::Outcome::CacheFailed:
        setState(State::Offline, result.error);
        break;
    }
    // Replayed writes count even when the fetch after them failed.
    if (result.replayed > 0 || result.rejected > 0)
        emit cacheChanged();
    scheduleNext(false);
}

void SyncEngine::scheduleNext(bool success)
{
    if (success) {
        m_backoff.reset();
        m_timer->start(m_interval);
    } else {
        m_timer->start(m_backoff.next());
    }
}

void SyncEngine::setState(State state, const QString &reason)
{
    m_state = state;
    emit stateChanged(state, reason, lastSyncedAt());
}

QDateTime SyncEngine::lastSyncedAt()
{
    if (!m_cache)
        return {};
    offline::CacheReader reader(m_cache->database());
    return reader.lastSyncedAt().value_or(QDateTime());
}

bool SyncEngine::enqueue(const QString &kind, const QJsonObject &payload, const QString &subjectId)
{
    if (!m_cacheUsable) {
        emit writeFailed(tr("There is no local copy to keep the change in, and it could not be sent."));
        return false;
    }
    offline::Outbox outbox(m_cache->database());
    if (!outbox.enqueue(kind, payload)) {
        emit writeFailed(tr("The change could not be saved: %1").arg(outbox.lastError().summary()));
        return false;
    }
    emit writeAccepted(subjectId);
    emit cacheChanged();
    return true;
}

void SyncEngine::sendSoon()
{
    // Offline: the next attempt (backoff) sends it. Online: now.
    if (m_state != State::Offline)
        QTimer::singleShot(0, this, &SyncEngine::runSync);
}

void SyncEngine::writeNote(const QString &studentId, const QString &noteId, const QString &body, const QString &flag)
{
    if (!m_cacheUsable) {
        emit writeFailed(tr("There is no local copy to keep the note in."));
        return;
    }
    const QString id = noteId.isEmpty() ? offline::Cuid::generate() : noteId;
    QJsonObject payload{{QStringLiteral("id"), id},
                        {QStringLiteral("student_id"), studentId},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("flag"), flag.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(flag)},
                        {QStringLiteral("created_at"), offline::CacheReader::formatTimestamp(QDateTime::currentDateTimeUtc())}};

    // An unsent write of the same note is edited rather than followed by a second one: the
    // server then gets the note once, as it reads now.
    offline::Outbox outbox(m_cache->database());
    for (const auto &list : {outbox.pending(), outbox.rejected()}) {
        if (!list)
            continue;
        for (const offline::OutboxEntry &entry : *list) {
            if (entry.kind != offline::OutboxKind::noteUpsert() || entry.payload.value(QStringLiteral("id")).toString() != id)
                continue;
            payload.insert(QStringLiteral("created_at"), entry.payload.value(QStringLiteral("created_at")));
            if (outbox.edit(entry.id, payload) == offline::Outbox::Result::Failed) {
                emit writeFailed(tr("The note could not be saved: %1").arg(outbox.lastError().summary()));
                return;
            }
            emit writeAccepted(id);
            emit cacheChanged();
            sendSoon();
            return;
        }
    }
    if (enqueue(offline::OutboxKind::noteUpsert(), payload, id))
        sendSoon();
}

void SyncEngine::deleteNote(const QString &noteId)
{
    if (enqueue(offline::OutboxKind::noteDelete(), QJsonObject{{QStringLiteral("id"), noteId}}, noteId))
        sendSoon();
}

void SyncEngine::discardNoteChanges(const QString &noteId)
{
    if (!m_cacheUsable)
        return;
    offline::Outbox outbox(m_cache->database());
    bool discarded = false;
    for (const auto &list : {outbox.pending(), outbox.rejected()}) {
        if (!list)
            continue;
        for (const offline::OutboxEntry &entry : *list) {
            if (entry.payload.value(QStringLiteral("id")).toString() == noteId
                && outbox.discard(entry.id) == offline::Outbox::Result::Done)
                discarded = true;
        }
    }
    if (discarded)
        emit cacheChanged();
}

void SyncEngine::markNotificationRead(const QString &notificationId)
{
    const QJsonObject payload{{QStringLiteral("id"), notificationId},
                              {QStringLiteral("read_at"), offline::CacheReader::formatTimestamp(QDateTime::currentDateTimeUtc())}};
    if (enqueue(offline::OutboxKind::notificationRead(), payload, notificationId))
        sendSoon();
}

// --- SyncController ---

SyncController::SyncController(db::ConnectionSettings settings, offline::CacheIdentity identity, QString cachePath,
                               QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_engine = new SyncEngine(std::move(settings), std::move(identity), std::move(cachePath));
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->start();
}

SyncController::~SyncController()
{
    // The engine closes its connections on its own thread (QtSql's rule), then the thread ends
    // and deletes it.
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncController::start()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncController::writeNote(const QString &studentId, const QString &noteId, const QString &body, const QString &flag)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, studentId, noteId, body, flag] {
        engine->writeNote(studentId, noteId, body, flag);
    }, Qt::QueuedConnection);
}

void SyncController::deleteNote(const QString &noteId)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, noteId] { engine->deleteNote(noteId); }, Qt::QueuedConnection);
}

void SyncController::discardNoteChanges(const QString &noteId)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, noteId] { engine->discardNoteChanges(noteId); },
                              Qt::QueuedConnection);
}

void SyncController::markNotificationRead(const QString &notificationId)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, notificationId] { engine->markNotificationRead(notificationId); },
                              Qt::QueuedConnection);
}

} // namespace dashboard::sync
