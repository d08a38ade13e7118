#pragma once

#include "secretstore.h"

#include <QHash>

namespace dashboard::security {

// A SecretStore in memory, for tests: answers asynchronously like a keychain, can be made
// unavailable or made to refuse writes, and shows what it holds.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    bool isAvailable() const override { return m_available; }
    void readPassword(const QString &account) override;
    void writePassword(const QString &account, const QString &password) override;
    void removePassword(const QString &account) override;

    void setAvailable(bool available);
    // Every following write fails with this message (empty: writes succeed again).
    void setWriteError(const QString &error) { m_writeError = error; }

    bool contains(const QString &account) const { return m_passwords.contains(account); }
    QString password(const QString &account) const { return m_passwords.value(account); }
    int size() const { return int(m_passwords.size()); }

private:
    QHash<QString, QString> m_passwords;
    QString m_writeError;
    bool m_available = true;
};

} // namespace dashboard::security
