#include "serverchanges.h"

#include "db/sqlresource.h"
#include "db/transaction.h"
#include "serverwriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace dashboard::sync {

namespace {

struct TableSpec
{
    const char *name;
    bool whole;         // read whole every time, no cursor (no bound values)
    bool studentKeyed;  // $2: students to read whole
};

// In the order a sync best reads them: the people and departments the other rows refer to first.
const QList<TableSpec> &tableSpecs()
{
    static const QList<TableSpec> specs{
        {"users", true, false},
        {"departments", true, false},
        {"student_progress", false, true},
        {"progress_snapshots", false, true},
        {"assignments", false, false},
        {"assignment_submissions", false, true},
        {"messages", false, false},
        {"notifications", false, false},
        {"analytics_daily", false, false},
        {"student_notes", false, true},
    };
    return specs;
}

const TableSpec *findSpec(const QString &table)
{
    for (const TableSpec &spec : tableSpecs()) {
        if (table == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

// A cursor is an xid8 in text form: decimal digits only (anything else would fail on the server
// with a less helpful message).
bool isCursor(const QString &cursor)
{
    if (cursor.isEmpty() || cursor.size() > 20)
        return false;
    for (const QChar c : cursor) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// A text[] literal of the ids, each quoted and escaped, so any id arrives as itself.
QString arrayLiteral(const QStringList &values)
{
    QString literal;
    literal.reserve(values.size() * 28 + 2);
    literal += QLatin1Char('{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += QLatin1Char(',');
        literal += QLatin1Char('"');
        for (const QChar c : values.at(i)) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                literal += QLatin1Char('\\');
            literal += c;
        }
        literal += QLatin1Char('"');
    }
    literal += QLatin1Char('}');
    return literal;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString syncSql(const QString &name)
{
    return db::sqlResource(QStringLiteral("sync/") + name);
}

ServerChanges::ServerChanges(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ServerChanges::~ServerChanges() = default;

const QStringList &ServerChanges::tables()
{
    static const QStringList names = [] {
        QStringList list;
        for (const TableSpec &spec : tableSpecs())
            list << QLatin1String(spec.name);
        return list;
    }();
    return names;
}

bool ServerChanges::isWhole(const QString &table)
{
    const TableSpec *spec = findSpec(table);
    return spec && spec->whole;
}

bool ServerChanges::isStudentKeyed(const QString &table)
{
    const TableSpec *spec = findSpec(table);
    return spec && spec->studentKeyed;
}

bool ServerChanges::isOlder(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return !b.isEmpty();
    if (b.isEmpty())
        return false;
    return a.toULongLong() < b.toULongLong();
}

bool ServerChanges::isActive() const
{
    return m_transaction && m_transaction->isActive();
}

bool ServerChanges::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

bool ServerChanges::failQuery(const QSqlQuery &query, const QString &what)
{
    return failWith(query.lastError(), what);
}

bool ServerChanges::failWith(const QSqlError &error, const QString &what)
{
    abort();
    const QString state = error.nativeErrorCode();
    Error kind = Error::Failed;
    if (ServerWriter::classify(error) == WriteResult::Outcome::Retry)
        kind = Error::Unavailable;
    else if (state == QLatin1String("42501"))
        kind = Error::NotAllowed;
    else if (state == QLatin1String("42P01") || state == QLatin1String("42703") || state == QLatin1String("42883"))
        kind = Error::NotMigrated; // undefined table, column or function: the server lacks 0018
    return fail(kind, tr("%1 failed: %2").arg(what, ServerWriter::serverText(error)));
}

bool ServerChanges::requireActive()
{
    if (isActive())
        return true;
    return fail(Error::Failed, tr("no sync is in progress (begin() first, or it ended after an error)"));
}

bool ServerChanges::run(QSqlQuery *query, const QString &name, const QVariantList &values, const QString &what)
{
    query->setForwardOnly(true);
    if (!query->prepare(syncSql(name)))
        return failQuery(*query, what);
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!query->exec())
        return failQuery(*query, what);
    return true;
}

std::optional<QString> ServerChanges::begin()
{
    m_error = Error::None;
    m_errorString.clear();
    abort();
    m_transaction = std::make_unique<db::Transaction>(m_db);
    if (!m_transaction->isActive()) {
        const QSqlError error = m_db.lastError();
        m_transaction.reset();
        fail(ServerWriter::classify(error) == WriteResult::Outcome::Retry ? Error::Unavailable : Error::Failed,
             tr("Starting the sync failed: %1").arg(ServerWriter::serverText(error)));
        return std::nullopt;
    }
    // Before any query: the snapshot is taken by the first one, and the cursor is its xmin.
    // JIT is left out because these are plain scans that run once (compiling took 200 ms of a
    // 450 ms first fill, measured); sorts of a few thousand rows (students fetched whole) stay in
    // memory.
    for (const QString &statement : {QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
                                     QStringLiteral("SET LOCAL jit = off"), QStringLiteral("SET LOCAL work_mem = '64MB'")}) {
        QSqlQuery setting(m_db);
        if (!setting.exec(statement)) {
            failQuery(setting, tr("Starting the sync"));
            return std::nullopt;
        }
    }
    QSqlQuery query(m_db);
    if (!run(&query, QStringLiteral("cursor"), {}, tr("Reading the change cursor")))
        return std::nullopt;
    if (!query.next()) {
        failQuery(query, tr("Reading the change cursor"));
        return std::nullopt;
    }
    const QString cursor = query.value(0).toString();
    query.finish();
    return cursor;
}

std::optional<QStringList> ServerChanges::visibleStudentIds()
{
    m_error = Error::None;
    m_errorString.clear();
    if (!requireActive())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!run(&query, QStringLiteral("visible_students"), {}, tr("Reading the visible students")))
        return std::nullopt;
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    if (query.lastError().isValid()) {
        failQuery(query, tr("Reading the visible students"));
        return std::nullopt;
    }
    return ids;
}

bool ServerChanges::fetch(const QString &table, const QString &cursor, const QStringList &studentIds,
                          const BatchCallback &onBatch, int batchSize)
{
    m_error = Error::None;
    m_errorString.clear();
    const TableSpec *spec = findSpec(table);
    if (!spec)
        return fail(Error::Failed, tr("%1 is not a synced table").arg(table));
    const QString from = cursor.isEmpty() ? initialCursor() : cursor;
    if (!spec->whole && !isCursor(from))
        return fail(Error::Failed, tr("'%1' is not a sync cursor").arg(cursor));
    if (!requireActive())
        return false;
    batchSize = qMax(1, batchSize);

    QVariantList values;
    if (!spec->whole) {
        values << from;
        if (spec->studentKeyed)
            values << (studentIds.isEmpty() ? nullText() : QVariant(arrayLiteral(studentIds)));
    }
    const QString what = tr("Reading %1").arg(table);
    // Forward only: QPSQL then reads the result row by row (libpq's single-row mode) instead of
    // holding it whole: a first fill of 365,000 snapshots stayed within 21 MB of memory.
    QSqlQuery query(m_db);
    if (!run(&query, table, values, what))
        return false;

    const QSqlRecord record = query.record();
    const int columnCount = record.count();
    QStringList columns;
    columns.reserve(columnCount);
    for (int i = 0; i < columnCount; ++i)
        columns << record.fieldName(i);

    QList<QVariantList> batch;
    batch.reserve(batchSize);
    while (query.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            row.append(query.value(i));
        batch.append(std::move(row));
        if (batch.size() >= batchSize) {
            if (!onBatch(columns, batch)) {
                query.finish();
                return fail(Error::Stopped, tr("%1: stopped by the receiver").arg(what));
            }
            batch.clear();
        }
    }
    // The rows stream in: a connection lost half-way ends the loop early, with the error here.
    if (query.lastError().isValid())
        return failQuery(query, what);
    if (!batch.isEmpty() && !onBatch(columns, batch))
        return fail(Error::Stopped, tr("%1: stopped by the receiver").arg(what));
    return true;
}

std::optional<QList<Tombstone>> ServerChanges::tombstones(const QString &cursor)
{
    m_error = Error::None;
    m_errorString.clear();
    const QString from = cursor.isEmpty() ? initialCursor() : cursor;
    if (!isCursor(from)) {
        fail(Error::Failed, tr("'%1' is not a sync cursor").arg(cursor));
        return std::nullopt;
    }
    if (!requireActive())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!run(&query, QStringLiteral("tombstones"), {from}, tr("Reading deleted rows")))
        return std::nullopt;
    QList<Tombstone> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    if (query.lastError().isValid()) {
        failQuery(query, tr("Reading deleted rows"));
        return std::nullopt;
    }
    return result;
}

std::optional<QString> ServerChanges::oldestTombstone()
{
    m_error = Error::None;
    m_errorString.clear();
    if (!requireActive())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!run(&query, QStringLiteral("oldest_tombstone"), {}, tr("Reading how far deletions are kept")))
        return std::nullopt;
    if (!query.next()) {
        failQuery(query, tr("Reading how far deletions are kept"));
        return std::nullopt;
    }
    const QString oldest = query.value(0).toString();
    query.finish();
    return oldest;
}

bool ServerChanges::finish()
{
    m_error = Error::None;
    m_errorString.clear();
    if (!requireActive())
        return false;
    const bool committed = m_transaction->commit();
    const QSqlError error = m_db.lastError();
    m_transaction.reset();
    if (!committed)
        return fail(ServerWriter::classify(error) == WriteResult::Outcome::Retry ? Error::Unavailable : Error::Failed,
                    tr("Ending the sync failed: %1").arg(ServerWriter::serverText(error)));
    return true;
}

void ServerChanges::abort()
{
    if (m_transaction)
        m_transaction->rollback();
    m_transaction.reset();
}

} // namespace dashboard::sync
