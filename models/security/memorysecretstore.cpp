#include "memorysecretstore.h"

#include <QMetaObject>

namespace dashboard::security {

namespace {

// The test store's own message; tests compare it, nobody reads it.
QString unavailableMessage()
{
    return QStringLiteral("the in-memory store is unavailable");
}

} // namespace

void MemorySecretStore::readPassword(const QString &account)
{
    const bool found = m_available && m_passwords.contains(account);
    const QString password = found ? m_passwords.value(account) : QString();
    const QString error = m_available ? QString() : unavailableMessage();
    QMetaObject::invokeMethod(
        this, [this, account, password, found, error] { emit passwordRead(account, password, found, error); },
        Qt::QueuedConnection);
}

void MemorySecretStore::writePassword(const QString &account, const QString &password)
{
    QString error = m_available ? m_writeError : unavailableMessage();
    if (error.isEmpty())
        m_passwords.insert(account, password);
    QMetaObject::invokeMethod(
        this, [this, account, error] { emit finished(account, error.isEmpty(), error); }, Qt::QueuedConnection);
}

void MemorySecretStore::removePassword(const QString &account)
{
    const QString error = m_available ? QString() : unavailableMessage();
    if (error.isEmpty())
        m_passwords.remove(account);
    QMetaObject::invokeMethod(
        this, [this, account, error] { emit finished(account, error.isEmpty(), error); }, Qt::QueuedConnection);
}

void MemorySecretStore::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

} // namespace dashboard::security
