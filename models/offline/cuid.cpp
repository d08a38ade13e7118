#include "cuid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSysInfo>

#include <atomic>

namespace dashboard::offline::Cuid {

namespace {

constexpr int kBlock = 4;
constexpr quint32 kBlockRange = 36 * 36 * 36 * 36; // 36^4 = 1,679,616 values per block

// Writes `value` as exactly `width` base-36 digits (lower case), keeping the low digits.
void appendBase36(QString &out, quint64 value, int width)
{
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QChar buffer[16];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = QLatin1Char(kDigits[value % 36]);
        value /= 36;
    }
    out.append(buffer, width);
}

// Two digits of the process id and two of a hash of the host name, fixed for the process.
QString makeFingerprint()
{
    QString fingerprint;
    const quint64 pid = static_cast<quint64>(QCoreApplication::applicationPid());
    appendBase36(fingerprint, pid % (36 * 36), 2);
    const QByteArray host = QCryptographicHash::hash(QSysInfo::machineUniqueId() + QSysInfo::machineHostName().toUtf8(),
                                                     QCryptographicHash::Sha256);
    const quint64 hostValue = (static_cast<quint8>(host.at(0)) << 8) | static_cast<quint8>(host.at(1));
    appendBase36(fingerprint, hostValue % (36 * 36), 2);
    return fingerprint;
}

const QString &fingerprint()
{
    static const QString value = makeFingerprint();
    return value;
}

// Starts at a random value so two processes with the same fingerprint (pid reuse across hosts
// with the same hash) do not walk the same sequence.
std::atomic<quint32> &counter()
{
    static std::atomic<quint32> value{QRandomGenerator::system()->bounded(kBlockRange)};
    return value;
}

} // namespace

QString generate()
{
    QString id;
    id.reserve(kLength);
    id.append(QLatin1Char('c'));
    appendBase36(id, static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()), 8);
    appendBase36(id, counter().fetch_add(1, std::memory_order_relaxed) % kBlockRange, kBlock);
    id.append(fingerprint());
    // QRandomGenerator::global() is seeded from the system's entropy once per process and is safe
    // to share between threads.
    const quint64 random = QRandomGenerator::global()->generate64();
    appendBase36(id, (random & 0xffffffffu) % kBlockRange, kBlock);
    appendBase36(id, (random >> 32) % kBlockRange, kBlock);
    return id;
}

bool isValid(const QString &id)
{
    if (id.size() != kLength || id.at(0) != QLatin1Char('c'))
        return false;
    for (const QChar c : id) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool letter = c >= QLatin1Char('a') && c <= QLatin1Char('z');
        if (!digit && !letter)
            return false;
    }
    return true;
}

} // namespace dashboard::offline::Cuid
