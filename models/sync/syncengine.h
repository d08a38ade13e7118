#pragma once

#include "db/connectionsettings.h"
#include "offline/cachepaths.h"
#include "reconnectbackoff.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

class QThread;
class QTimer;

namespace dashboard::offline {
class CacheDatabase;
}

namespace dashboard::sync {

// Keeps a person's local copy in step with the server, on a thread of its own (its own
// PostgreSQL and SQLite connections; the UI thread never waits for either).
//
// start() opens the cache (checking, migrating or rebuilding it) and syncs. After that it syncs
// every `interval` while the server answers, and after a failure tries again with a growing,
// jittered wait (ReconnectBackoff); syncNow() does not wait. Writes (notes, read marks) go into
// the outbox first — durably, before writeAccepted — and are sent at once when the server
// answers, else with the next successful sync.
//
// Create it, then moveToThread() (SyncController does both); call its slots through queued
// invocations; its signals arrive queued on the receiver's thread.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Starting, // the cache is being opened
        Syncing,
        Online,   // the last sync completed
        Offline,  // the server could not be reached (reason); the cache is what there is
    };
    Q_ENUM(State)

    SyncEngine(db::ConnectionSettings settings, offline::CacheIdentity identity, QString cachePath,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Between two syncs while online (default 60 s).
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }

    QString cachePath() const { return m_cachePath; }

public slots:
    void start();
    void syncNow();
    // Closes the connections; call on the engine's thread before it ends.
    void stop();

    // A new note (noteId empty: a new id is made) or an edit of one (its id kept).
    void writeNote(const QString &studentId, const QString &noteId, const QString &body, const QString &flag);
    void deleteNote(const QString &noteId);
    // Drops every unsent write of this note (pending or rejected).
    void discardNoteChanges(const QString &noteId);
    void markNotificationRead(const QString &notificationId);

signals:
    // The cache is open (message: what to tell the person, e.g. that it was rebuilt; may be empty)
    // or could not be opened (usable false: the app works from the server only).
    void cacheOpened(bool usable, const QString &message);
    // dataFrom: the server time of the last completed sync (invalid before the first one).
    void stateChanged(dashboard::sync::SyncEngine::State state, const QString &reason, const QDateTime &dataFrom);
    // The cache's rows changed (a sync brought something, or the person wrote something): pages
    // read it again.
    void cacheChanged();
    // The person's write is in the outbox (safe from here on) or was sent.
    void writeAccepted(const QString &noteOrNotificationId);
    // A write could not even be stored locally (disk full): nothing was saved, say so.
    void writeFailed(const QString &message);
    // Writes the server refused, now kept as rejected.
    void writesRejected(int count);

private:
    bool openConnections(QString *error);
    void closeServer();
    void runSync();
    void scheduleNext(bool success);
    void setState(State state, const QString &reason = QString());
    QDateTime lastSyncedAt();
    bool enqueue(const QString &kind, const QJsonObject &payload, const QString &subjectId);
    // After a local write: send it now if the server answers (a replay, then a fetch).
    void sendSoon();

    db::ConnectionSettings m_settings;
    offline::CacheIdentity m_identity;
    QString m_cachePath;
    QString m_serverConnection;
    QString m_cacheConnection;
    std::unique_ptr<offline::CacheDatabase> m_cache;
    QTimer *m_timer = nullptr;
    ReconnectBackoff m_backoff;
    std::chrono::milliseconds m_interval = std::chrono::seconds(60);
    State m_state = State::Starting;
    bool m_cacheUsable = false;
    bool m_syncing = false;
};

// Owns a SyncEngine and the thread it runs on; the UI thread's handle on it. Its methods return
// at once (queued calls).
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(db::ConnectionSettings settings, offline::CacheIdentity identity, QString cachePath,
                   QObject *parent = nullptr);
    ~SyncController() override; // stops the engine and waits for its thread

    SyncEngine *engine() const { return m_engine; }

    void start();
    void syncNow();
    void writeNote(const QString &studentId, const QString &noteId, const QString &body, const QString &flag);
    void deleteNote(const QString &noteId);
    void discardNoteChanges(const QString &noteId);
    void markNotificationRead(const QString &notificationId);

private:
    QThread *m_thread = nullptr;
    SyncEngine *m_engine = nullptr;
};

} // namespace dashboard::sync
