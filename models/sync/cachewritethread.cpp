#include "cachewritethread.h"

#include "db/database.h"
#include "offline/cachedatabase.h"
#include "offline/cachewriter.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace dashboard::sync {

namespace {

// Batches waiting at most: enough to keep SQLite busy while the server sends the next.
constexpr std::size_t kMaxQueued = 4;

} // namespace

struct CacheWriteThread::Private
{
    using Work = std::function<offline::CacheError(offline::CacheWriter &)>;
    struct Task
    {
        Work work;
        bool quit = false;
        bool endsTable = false;
    };

    QString path;
    std::thread thread;
    mutable std::mutex mutex;
    std::condition_variable changed;
    std::deque<Task> queue;
    bool busy = false;
    offline::CacheError error;  // the first error of the current table
    offline::CacheError result; // of the last finished table
    bool tableFinished = false;

    void post(Task task, bool waitForRoom)
    {
        std::unique_lock lock(mutex);
        if (waitForRoom)
            changed.wait(lock, [this] { return queue.size() < kMaxQueued; });
        queue.push_back(std::move(task));
        changed.notify_all();
    }

    void run()
    {
        const QString name = db::Database::connectionNameForThread(QStringLiteral("cache-write"));
        {
            offline::CacheDatabase cache(path, name);
            const offline::CacheError attached = cache.attach();
            std::unique_ptr<offline::CacheWriter> writer;
            if (!attached.isError())
                writer = std::make_unique<offline::CacheWriter>(cache.database());
            for (;;) {
                Task task;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [this] { return !queue.empty(); });
                    task = std::move(queue.front());
                    queue.pop_front();
                    busy = true;
                    changed.notify_all();
                }
                if (task.quit) {
                    if (writer)
                        writer->rollback();
                    break;
                }
                offline::CacheError outcome;
                bool skip = false;
                {
                    std::lock_guard lock(mutex);
                    skip = error.isError() && !task.endsTable;
                }
                if (!writer)
                    outcome = attached;
                else if (!skip)
                    outcome = task.work(*writer);
                std::lock_guard lock(mutex);
                if (outcome.isError() && !error.isError())
                    error = outcome;
                if (task.endsTable) {
                    result = error.isError() ? error : outcome;
                    error = {};
                    tableFinished = true;
                }
                busy = false;
                changed.notify_all();
            }
            writer.reset();
            cache.close();
        }
    }
};

CacheWriteThread::CacheWriteThread(const QString &cachePath)
    : d(std::make_unique<Private>())
{
    d->path = cachePath;
    d->thread = std::thread([p = d.get()] { p->run(); });
}

CacheWriteThread::~CacheWriteThread()
{
    Private::Task quit;
    quit.quit = true;
    d->post(std::move(quit), false);
    d->thread.join();
}

void CacheWriteThread::beginTable(const QString &table)
{
    d->post({[table](offline::CacheWriter &w) { return w.beginTable(table); }}, false);
}

void CacheWriteThread::clearTable(const QString &table)
{
    d->post({[table](offline::CacheWriter &w) { return w.clearTable(table); }}, false);
}

void CacheWriteThread::deleteIds(const QString &table, const QStringList &ids)
{
    d->post({[table, ids](offline::CacheWriter &w) { return w.deleteIds(table, ids); }}, false);
}

void CacheWriteThread::upsertRows(const QString &table, const QStringList &columns, QList<QVariantList> rows)
{
    d->post({[table, columns, rows = std::move(rows)](offline::CacheWriter &w) { return w.upsertRows(table, columns, rows); }},
            true);
}

offline::CacheError CacheWriteThread::finishTable(const QString &table, const QString &cursor, const QString &serverTime,
                                                  bool commit)
{
    Private::Task task;
    task.endsTable = true;
    task.work = [table, cursor, serverTime, commit](offline::CacheWriter &w) -> offline::CacheError {
        // After an error CacheWriter has rolled the table back already; rollback() is harmless then.
        if (!commit) {
            w.rollback();
            return {};
        }
        if (!w.inTable())
            return offline::CacheError::invalid(QStringLiteral("the table %1 was rolled back").arg(table));
        return w.commitTable(table, cursor, serverTime);
    };
    {
        std::unique_lock lock(d->mutex);
        d->tableFinished = false;
    }
    d->post(std::move(task), false);
    std::unique_lock lock(d->mutex);
    d->changed.wait(lock, [this] { return d->tableFinished; });
    return d->result;
}

bool CacheWriteThread::hasFailed() const
{
    std::lock_guard lock(d->mutex);
    return d->error.isError();
}

} // namespace dashboard::sync
