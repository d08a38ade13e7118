#include "copywriter.h"

#include "database.h"

#include <QDate>
#include <QDateTime>

#include <cmath>
#include <cstdlib>

#include <libpq-fe.h>

namespace dashboard::db {

namespace {

bool needsEscape(char c)
{
    return c == '\\' || c == '\t' || c == '\n' || c == '\r';
}

QString quotedIdentifier(PGconn *conn, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(conn, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!quoted)
        return {};
    QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

// The server's error on one line: primary message, then detail and context (which names the
// line and column of the COPY that failed).
QString resultError(const PGresult *result, QString *sqlState)
{
    const auto field = [result](int code) { return QString::fromUtf8(PQresultErrorField(result, code)).trimmed(); };
    if (sqlState)
        *sqlState = field(PG_DIAG_SQLSTATE);
    QString text = field(PG_DIAG_MESSAGE_PRIMARY);
    if (text.isEmpty())
        text = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    QStringList extra;
    for (int code : {PG_DIAG_MESSAGE_DETAIL, PG_DIAG_CONTEXT}) {
        const QString value = field(code);
        if (!value.isEmpty())
            extra << value.simplified();
    }
    if (!extra.isEmpty())
        text += QStringLiteral(" (%1)").arg(extra.join(QLatin1String("; ")));
    return text;
}

} // namespace

CopyWriter::CopyWriter(const QSqlDatabase &db, qsizetype chunkBytes)
    : CopyWriter(Database::pgHandle(db), chunkBytes)
{
}

CopyWriter::CopyWriter(PGconn *connection, qsizetype chunkBytes)
    : m_conn(connection)
    , m_chunkBytes(chunkBytes > 0 ? chunkBytes : kDefaultChunkBytes)
{
}

CopyWriter::~CopyWriter()
{
    if (m_active)
        abort(QStringLiteral("abandoned"));
}

bool CopyWriter::begin(const QString &table, const QStringList &columns)
{
    m_error.clear();
    m_sqlState.clear();
    m_table = table;
    m_rows = 0;
    m_rowsCopied = 0;
    m_bytesSent = 0;
    m_fieldsInRow = 0;
    m_buffer.clear();
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        m_error = tr("COPY into %1: no open PostgreSQL connection").arg(table);
        return false;
    }
    if (m_active) {
        m_error = tr("COPY into %1: another COPY is still open on this connection").arg(table);
        return false;
    }
    if (columns.isEmpty()) {
        m_error = tr("COPY into %1: no columns given").arg(table);
        return false;
    }
    QStringList quoted;
    for (const QString &column : columns)
        quoted << quotedIdentifier(m_conn, column);
    // Identifiers only (quoted by libpq); the data itself travels separately.
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(quotedIdentifier(m_conn, table), quoted.join(QLatin1String(", ")));
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COPY_IN) {
        m_error = tr("COPY into %1 could not start: %2").arg(table, resultError(result, &m_sqlState));
        PQclear(result);
        // A COPY OUT/BOTH cannot be what we sent; anything else is finished already.
        while (PGresult *more = PQgetResult(m_conn))
            PQclear(more);
        return false;
    }
    PQclear(result);
    m_columns = static_cast<int>(columns.size());
    m_active = true;
    m_buffer.reserve(m_chunkBytes + 64 * 1024);
    return true;
}

void CopyWriter::appendEscaped(QByteArrayView utf8)
{
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (!needsEscape(c))
            continue;
        m_buffer.append(data + start, i - start);
        m_buffer.append('\\');
        switch (c) {
        case '\\':
            m_buffer.append('\\');
            break;
        case '\t':
            m_buffer.append('t');
            break;
        case '\n':
            m_buffer.append('n');
            break;
        default:
            m_buffer.append('r');
            break;
        }
        start = i + 1;
    }
    m_buffer.append(data + start, size - start);
}

QByteArray CopyWriter::escaped(QByteArrayView utf8)
{
    CopyWriter writer(static_cast<PGconn *>(nullptr));
    writer.appendEscaped(utf8);
    return writer.m_buffer;
}

void CopyWriter::addDouble(double value)
{
    separate();
    if (std::isnan(value)) {
        m_buffer.append("NaN", 3);
    } else if (std::isinf(value)) {
        m_buffer.append(value > 0 ? QByteArrayView("Infinity") : QByteArrayView("-Infinity"));
    } else {
        char digits[32];
        const auto result = std::to_chars(digits, digits + sizeof digits, value);
        m_buffer.append(digits, result.ptr - digits);
    }
}

bool CopyWriter::endRow()
{
    if (!m_active)
        return false;
    if (m_fieldsInRow != m_columns) {
        const int fields = m_fieldsInRow;
        m_fieldsInRow = 0;
        abort(QStringLiteral("malformed row"));
        m_error = tr("COPY into %1: row %2 has %3 fields, expected %4").arg(m_table).arg(m_rows + 1).arg(fields).arg(m_columns);
        return false;
    }
    m_buffer.append('\n');
    m_fieldsInRow = 0;
    ++m_rows;
    if (m_buffer.size() >= m_chunkBytes)
        return flush();
    return true;
}

bool CopyWriter::addRow(const QVariantList &fields)
{
    for (const QVariant &field : fields) {
        if (field.isNull()) {
            addNull();
            continue;
        }
        switch (field.metaType().id()) {
        case QMetaType::Bool:
            addBool(field.toBool());
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
            addInt(field.toLongLong());
            break;
        case QMetaType::ULongLong:
        case QMetaType::ULong:
            addText(QByteArray::number(field.toULongLong()));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            addDouble(field.toDouble());
            break;
        case QMetaType::QDateTime:
            addRaw(field.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toLatin1());
            break;
        case QMetaType::QDate:
            addRaw(field.toDate().toString(Qt::ISODate).toLatin1());
            break;
        case QMetaType::QByteArray:
            addText(QByteArrayView(field.toByteArray()));
            break;
        default:
            addText(field.toString());
            break;
        }
    }
    return endRow();
}

bool CopyWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (PQputCopyData(m_conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1) {
        // The server broke off the COPY (it reports why in its result) or the connection died.
        fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return false;
    }
    m_bytesSent += m_buffer.size();
    m_buffer.resize(0); // keeps the capacity
    return true;
}

bool CopyWriter::finish()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = tr("COPY into %1: no COPY in progress").arg(m_table);
        return false;
    }
    if (m_fieldsInRow != 0) {
        abort(QStringLiteral("unfinished row"));
        m_error = tr("COPY into %1: the last row was not ended").arg(m_table);
        return false;
    }
    if (!flush())
        return false;
    m_active = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1) {
        m_error = tr("COPY into %1 failed: %2").arg(m_table, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        collectResult(false);
        return false;
    }
    collectResult(true);
    return m_error.isEmpty();
}

void CopyWriter::abort(const QString &reason)
{
    if (!m_active)
        return;
    m_active = false;
    m_buffer.clear();
    m_fieldsInRow = 0;
    PQputCopyEnd(m_conn, reason.toUtf8().constData());
    const QString previous = m_error;
    collectResult(false);
    m_error = previous.isEmpty() ? tr("COPY into %1 was cancelled: %2").arg(m_table, reason) : previous;
}

void CopyWriter::fail(const QString &message)
{
    m_active = false;
    m_buffer.clear();
    // The server's own words are in the result that ends the COPY; fall back on libpq's.
    PQputCopyEnd(m_conn, "client error");
    collectResult(true);
    if (m_error.isEmpty())
        m_error = tr("COPY into %1 failed: %2").arg(m_table, message);
}

void CopyWriter::collectResult(bool expectSuccess)
{
    int stillCopying = 0;
    while (PGresult *result = PQgetResult(m_conn)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_COMMAND_OK) {
            m_rowsCopied = std::strtoll(PQcmdTuples(result), nullptr, 10);
        } else if (status == PGRES_COPY_IN) {
            // The end of the COPY did not get through yet: try once more, then leave it to the
            // connection's owner (its next statement fails and says so).
            PQclear(result);
            if (++stillCopying > 1 || PQputCopyEnd(m_conn, "client error") != 1) {
                if (m_error.isEmpty())
                    m_error = tr("COPY into %1 failed: %2").arg(m_table, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
                return;
            }
            continue;
        } else if (expectSuccess && m_error.isEmpty()) {
            m_error = tr("COPY into %1 failed: %2").arg(m_table, resultError(result, &m_sqlState));
        }
        PQclear(result);
    }
}

} // namespace dashboard::db
