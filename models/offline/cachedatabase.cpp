#include "cachedatabase.h"

#include "cacheschema.h"
#include "sqlitetransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>

namespace dashboard::offline {

namespace {

// Long enough to outwait the longest write of another connection (a first fill of the largest table
// takes seconds): an outbox write that gave up would have to tell the person their change was not
// kept. Callers are worker threads, never the UI thread.
constexpr int kBusyTimeoutMs = 30000;
// Probing row by row between two unreadable stretches of a damaged outbox stops after this many
// sequence numbers: an outbox never holds more, and a garbage upper bound must not loop for long.
constexpr qint64 kMaxSalvageProbes = 200000;

QString metaLogin()
{
    return QStringLiteral("login");
}

QString metaServer()
{
    return QStringLiteral("server");
}

// One outbox row as read from a damaged file.
struct SalvagedEntry
{
    qint64 seq = 0;
    QString id;
    QString kind;
    QString payload;
    QString createdAt;
    QString state;
    QString reason;
};

const QString kSalvageColumns = QStringLiteral("seq, id, kind, payload, created_at, state, reason");

SalvagedEntry readSalvaged(const QSqlQuery &query)
{
    SalvagedEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.id = query.value(1).toString();
    entry.kind = query.value(2).toString();
    entry.payload = query.value(3).toString();
    entry.createdAt = query.value(4).toString();
    entry.state = query.value(5).toString();
    entry.reason = query.value(6).toString();
    return entry;
}

// A row read from damaged pages may be garbage that still parses as a row: queue only what an
// intact entry could look like.
bool plausible(const SalvagedEntry &entry)
{
    if (entry.seq <= 0 || entry.id.isEmpty() || entry.kind.isEmpty() || entry.createdAt.isEmpty())
        return false;
    if (entry.state != QLatin1String("pending") && entry.state != QLatin1String("rejected"))
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(entry.payload.toUtf8(), &parseError);
    return parseError.error == QJsonParseError::NoError && document.isObject();
}

QString utcStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
}

} // namespace

// The outcome of opening and checking the file once.
struct CacheDatabase::Inspection
{
    enum class Result { Ok, Damaged, Failed };
    Result result = Result::Failed;
    Damage damage = Damage::None;
    QString details;
    CacheError error;
    bool created = false;
    int previousVersion = 0;

    static Inspection failed(const CacheError &error)
    {
        Inspection inspection;
        inspection.error = error;
        return inspection;
    }
    // A damaged file shows itself by the error code of whichever statement first reads it.
    static Inspection fromError(const CacheError &error)
    {
        Inspection inspection;
        inspection.error = error;
        if (error.kind == CacheError::Kind::Corrupt) {
            inspection.result = Result::Damaged;
            inspection.damage = error.nativeCode.toInt() == 26 ? Damage::NotADatabase : Damage::Corrupt;
            inspection.details = error.message;
        }
        return inspection;
    }
};

CacheDatabase::CacheDatabase(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{
}

CacheDatabase::~CacheDatabase()
{
    close();
}

bool CacheDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase CacheDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void CacheDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CacheDatabase::openConnection(CacheError *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        if (error)
            *error = CacheError::fromSql(db.lastError(), tr("Could not open the local copy"));
        return false;
    }
    return true;
}

CacheError CacheDatabase::configure()
{
    const QSqlDatabase db = database();
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
            return CacheError::fromSql(query.lastError(), tr("Could not configure the local copy"));
        if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return CacheError::invalid(tr("The local copy cannot use write-ahead logging (journal mode %1)")
                                           .arg(query.value(0).toString()));
    }
    // cache_size: a first fill writes tens of megabytes of B-tree pages in random key order; with
    // SQLite's default 2 MiB page cache it spills them to the log and reads them back constantly
    // (twice as slow, measured). The cache grows only as far as a connection uses it: readers stay
    // small. journal_size_limit keeps the log from staying as large as the largest sync once it
    // was checkpointed.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -65536"),
          QStringLiteral("PRAGMA journal_size_limit = 16777216")}) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return CacheError::fromSql(query.lastError(), tr("Could not configure the local copy"));
    }
    return {};
}

std::optional<QString> CacheDatabase::quickCheck(const QSqlDatabase &db, CacheError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(10)"))) {
        if (error)
            *error = CacheError::fromSql(query.lastError(), tr("Could not check the local copy"));
        return std::nullopt;
    }
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    if (query.lastError().isValid()) {
        if (error)
            *error = CacheError::fromSql(query.lastError(), tr("Could not check the local copy"));
        return std::nullopt;
    }
    return lines.join(QLatin1Char('\n'));
}

CacheDatabase::Inspection CacheDatabase::openAndInspect(const std::optional<CacheIdentity> &identity)
{
    QString problem;
    if (!CachePaths::ensurePrivateDirectory(QFileInfo(m_path).absolutePath(), &problem))
        return Inspection::failed(CacheError::invalid(problem));
    const QFileInfo info(m_path);
    Inspection inspection;
    // An empty file is what createPrivateFile() leaves before SQLite writes anything: new.
    inspection.created = !info.exists() || info.size() == 0;
    // Before SQLite reads a byte: a file somebody made readable to others is closed again first.
    if (!CachePaths::createPrivateFile(m_path, &problem) || !CachePaths::securePermissions(m_path, &problem))
        return Inspection::failed(CacheError::invalid(problem));

    CacheError error;
    if (!openConnection(&error))
        return Inspection::fromError(error);
    const QSqlDatabase db = database();

    inspection.previousVersion = CacheSchema::version(db, &error);
    if (inspection.previousVersion < 0)
        return Inspection::fromError(error);
    if (!inspection.created) {
        const std::optional<QString> check = quickCheck(db, &error);
        if (!check)
            return Inspection::fromError(error);
        if (*check != QLatin1String("ok")) {
            inspection.result = Inspection::Result::Damaged;
            inspection.damage = Damage::Corrupt;
            inspection.details = *check;
            return inspection;
        }
    }
    if (inspection.previousVersion > CacheSchema::latestVersion()) {
        inspection.result = Inspection::Result::Damaged;
        inspection.damage = Damage::NewerSchema;
        inspection.details = tr("schema version %1, this application knows %2")
                                 .arg(inspection.previousVersion)
                                 .arg(CacheSchema::latestVersion());
        return inspection;
    }
    error = configure();
    if (error.isError())
        return Inspection::fromError(error);
    if (!CacheSchema::migrate(db, &error))
        return Inspection::fromError(error);

    if (identity) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?)"));
        query.addBindValue(metaLogin());
        query.addBindValue(metaServer());
        if (!query.exec())
            return Inspection::fromError(CacheError::fromSql(query.lastError(), tr("Could not read the local copy")));
        QMap<QString, QString> stored;
        while (query.next())
            stored.insert(query.value(0).toString(), query.value(1).toString());
        if (stored.isEmpty()) {
            SqliteTransaction transaction(db);
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)"));
            insert.addBindValue(metaLogin());
            insert.addBindValue(identity->login);
            insert.addBindValue(metaServer());
            insert.addBindValue(identity->server());
            if (!transaction.isActive())
                return Inspection::fromError(transaction.error());
            if (!insert.exec())
                return Inspection::fromError(CacheError::fromSql(insert.lastError(), tr("Could not write the local copy")));
            if (!transaction.commit())
                return Inspection::fromError(transaction.error());
        } else if (stored.value(metaLogin()) != identity->login || stored.value(metaServer()) != identity->server()) {
            // The file name is derived from the identity, so this is a copied or renamed file.
            return Inspection::failed(CacheError::invalid(tr("The local copy %1 belongs to another sign-in")
                                                              .arg(QDir::toNativeSeparators(m_path))));
        }
    }

    // The -wal and -shm files exist now (journal_mode=WAL made them).
    if (!CachePaths::securePermissions(m_path, &problem))
        return Inspection::failed(CacheError::invalid(problem));
    inspection.result = Inspection::Result::Ok;
    return inspection;
}

CacheDatabase::OpenReport CacheDatabase::open(const std::optional<CacheIdentity> &identity)
{
    OpenReport report;
    Inspection inspection = openAndInspect(identity);
    report.previousVersion = std::max(0, inspection.previousVersion);

    if (inspection.result == Inspection::Result::Damaged) {
        report.damage = inspection.damage;
        report.damageDetails = inspection.details;
        close();
        CacheError error;
        report.movedAsidePath = moveAside(&error);
        if (report.movedAsidePath.isEmpty()) {
            report.error = error;
            return report;
        }
        inspection = openAndInspect(identity);
        if (inspection.result != Inspection::Result::Ok) {
            close();
            report.error = inspection.error;
            if (!report.error.isError())
                report.error = CacheError::invalid(tr("The rebuilt local copy is damaged too: %1").arg(inspection.details));
            return report;
        }
        salvageOutbox(report.movedAsidePath, &report);
        report.status = OpenStatus::Rebuilt;
    } else if (inspection.result == Inspection::Result::Failed) {
        close();
        report.error = inspection.error;
        return report;
    } else {
        report.status = inspection.created ? OpenStatus::Created : OpenStatus::Opened;
    }
    report.schemaVersion = CacheSchema::version(database());
    return report;
}

CacheError CacheDatabase::attach()
{
    CacheError error;
    if (!openConnection(&error))
        return error;
    error = configure();
    if (!error.isError()) {
        const int version = CacheSchema::version(database(), &error);
        if (version >= 0 && version != CacheSchema::latestVersion())
            error = CacheError::invalid(tr("The local copy has not been prepared (schema version %1)").arg(version));
    }
    if (error.isError())
        close();
    return error;
}

QString CacheDatabase::moveAside(CacheError *error)
{
    const QString stamp = utcStamp();
    QString target = QStringLiteral("%1.corrupt-%2").arg(m_path, stamp);
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(m_path, stamp).arg(n);

    // The -wal and -shm go along under the matching names, so SQLite still reads the damaged
    // copy together with the changes its log holds.
    const QStringList sources = CachePaths::databaseFiles(m_path);
    const QStringList targets = CachePaths::databaseFiles(target);
    for (int i = 0; i < sources.size(); ++i) {
        if (!QFileInfo::exists(sources.at(i)))
            continue;
        if (!QFile::rename(sources.at(i), targets.at(i))) {
            if (error)
                *error = CacheError::invalid(tr("Could not move the damaged local copy %1 aside")
                                                 .arg(QDir::toNativeSeparators(sources.at(i))));
            // Without the main file moved, nothing can be rebuilt; a companion left behind would
            // be mistaken for the new file's, so it is removed.
            if (i == 0)
                return {};
            QFile::remove(sources.at(i));
            continue;
        }
        // The damaged copy holds the person's data as much as the cache did.
        CachePaths::makePrivate(targets.at(i), nullptr);
    }
    return target;
}

void CacheDatabase::salvageOutbox(const QString &damagedPath, OpenReport *report)
{
    const QString salvageName = m_connectionName + QStringLiteral("-salvage");
    QList<SalvagedEntry> entries;
    int unreadable = 0;
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), salvageName);
        damaged.setDatabaseName(damagedPath);
        damaged.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        if (damaged.open()) {
            // With writable_schema SQLite reads a truncated file as far as it goes instead of
            // refusing it whole; on a read-only connection it cannot change anything.
            QSqlQuery(damaged).exec(QStringLiteral("PRAGMA writable_schema = ON"));
            QMap<qint64, SalvagedEntry> found;
            int failedReads = 0;

            // 1. In order from the start until the first unreadable page.
            qint64 forwardLast = 0;
            bool forwardComplete = false;
            bool tableReadable = false;
            {
                QSqlQuery query(damaged);
                query.setForwardOnly(true);
                if (query.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(kSalvageColumns))) {
                    tableReadable = true;
                    while (query.next()) {
                        const SalvagedEntry entry = readSalvaged(query);
                        found.insert(entry.seq, entry);
                        forwardLast = std::max(forwardLast, entry.seq);
                    }
                    forwardComplete = !query.lastError().isValid();
                    if (!forwardComplete)
                        ++failedReads;
                }
            }
            // 2. From the end backwards until the first unreadable page.
            qint64 backwardFirst = -1;
            if (tableReadable && !forwardComplete) {
                QSqlQuery query(damaged);
                query.setForwardOnly(true);
                if (query.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq DESC").arg(kSalvageColumns))) {
                    while (query.next()) {
                        const SalvagedEntry entry = readSalvaged(query);
                        if (entry.seq <= forwardLast)
                            break;
                        found.insert(entry.seq, entry);
                        backwardFirst = backwardFirst < 0 ? entry.seq : std::min(backwardFirst, entry.seq);
                    }
                }
                // 3. Between the two, one sequence number at a time: each lookup descends the
                // tree on its own, so only the entries on damaged pages are lost. The upper bound
                // is the first entry read from the end, else the highest number ever handed out.
                qint64 upper = backwardFirst;
                if (upper < 0) {
                    QSqlQuery sequence(damaged);
                    if (sequence.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"))
                        && sequence.next()) {
                        upper = sequence.value(0).toLongLong() + 1;
                    }
                }
                if (upper > forwardLast + 1) {
                    const qint64 last = std::min(upper - 1, forwardLast + kMaxSalvageProbes);
                    QSqlQuery probe(damaged);
                    probe.setForwardOnly(true);
                    probe.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(kSalvageColumns));
                    for (qint64 seq = forwardLast + 1; seq <= last; ++seq) {
                        probe.bindValue(0, seq);
                        if (!probe.exec()) {
                            ++failedReads;
                            continue;
                        }
                        if (probe.next()) {
                            const SalvagedEntry entry = readSalvaged(probe);
                            if (entry.seq == seq)
                                found.insert(entry.seq, entry);
                        } else if (probe.lastError().isValid()) {
                            ++failedReads;
                        }
                        probe.finish();
                    }
                }
            }

            for (const SalvagedEntry &entry : std::as_const(found)) {
                if (plausible(entry))
                    entries.append(entry);
                else
                    ++unreadable;
            }
            // How many entries the damaged outbox had: count(*) reads the smallest index, which
            // may well be intact when table pages are not. Without it, the failed reads are the
            // best estimate.
            QSqlQuery count(damaged);
            if (count.exec(QStringLiteral("SELECT count(*) FROM outbox")) && count.next())
                unreadable = std::max(unreadable, count.value(0).toInt() - static_cast<int>(entries.size()));
            else if (!forwardComplete)
                unreadable += failedReads;
        }
        damaged.close();
    }
    QSqlDatabase::removeDatabase(salvageName);

    // Queued again with their own sequence numbers (the replay order stays), in one durable
    // transaction. AUTOINCREMENT then continues after the highest of them.
    int recovered = 0;
    if (!entries.isEmpty()) {
        const QSqlDatabase db = database();
        SqliteTransaction transaction(db, SqliteTransaction::Durability::Full);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO outbox (seq, id, kind, payload, created_at, state, reason, "
                                      "revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"));
        const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"));
        for (const SalvagedEntry &entry : std::as_const(entries)) {
            insert.bindValue(0, entry.seq);
            insert.bindValue(1, entry.id);
            insert.bindValue(2, entry.kind);
            insert.bindValue(3, entry.payload);
            insert.bindValue(4, entry.createdAt);
            insert.bindValue(5, entry.state);
            insert.bindValue(6, entry.reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.reason));
            insert.bindValue(7, now);
            if (insert.exec() && insert.numRowsAffected() > 0)
                ++recovered;
        }
        if (!transaction.commit()) {
            report->error = transaction.error();
            unreadable += recovered;
            recovered = 0;
        }
    }
    report->recoveredChanges = recovered;
    report->unreadableChanges = unreadable;
}

bool CacheDatabase::wipe(QString *error)
{
    close();
    return wipeFiles(m_path, error);
}

bool CacheDatabase::wipeFiles(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QStringList files = CachePaths::databaseFiles(path);
    // Damaged copies moved aside hold the same person's data.
    const QDir dir = info.absoluteDir();
    for (const QString &name : dir.entryList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files | QDir::Hidden))
        files << dir.filePath(name);

    bool ok = true;
    for (const QString &file : std::as_const(files)) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            ok = false;
            if (error)
                *error = tr("Could not delete %1").arg(QDir::toNativeSeparators(file));
        }
    }
    return ok;
}

QString CacheDatabase::OpenReport::userMessage() const
{
    switch (status) {
    case OpenStatus::Opened:
    case OpenStatus::Created:
        return {};
    case OpenStatus::Failed:
        return tr("The local copy could not be opened: %1").arg(error.summary());
    case OpenStatus::Rebuilt:
        break;
    }
    QString message = damage == Damage::NewerSchema
                          ? tr("The local copy was made by a newer version of the application and has been rebuilt.")
                          : tr("The local copy was damaged and has been rebuilt.");
    if (recoveredChanges > 0)
        message += QLatin1Char(' ') + tr("%n unsent change(s) were recovered.", "", recoveredChanges);
    if (unreadableChanges > 0)
        message += QLatin1Char(' ') + tr("%n unsent change(s) could not be read and are lost.", "", unreadableChanges);
    return message;
}

} // namespace dashboard::offline
