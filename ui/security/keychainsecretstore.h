#pragma once

#include "security/secretstore.h"

namespace QKeychain {
class Job;
}

namespace dashboard::ui {

// Remembered passwords in the desktop's keychain (Secret Service, e.g. GNOME Keyring, or
// KWallet) through qtkeychain, under the service "instructor-dashboard".
//
// Without a keychain (no D-Bus session: tests, CI, Xvfb, a bare window manager) it is
// unavailable and keeps nothing: qtkeychain's plaintext fallback stays off.
class KeychainSecretStore : public security::SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    static QString serviceName();

    bool isAvailable() const override { return m_available; }
    void readPassword(const QString &account) override;
    void writePassword(const QString &account, const QString &password) override;
    void removePassword(const QString &account) override;

private:
    // qtkeychain 0.13 (Debian 12) has no QKeychain::isAvailable(): look for a backend it
    // would use, on the session bus, the way it chooses one.
    static bool detectBackend();
    void prepare(QKeychain::Job *job, const QString &account);
    void noteFailure(const QKeychain::Job *job);
    QString unavailableMessage() const;

    bool m_available = false;
};

} // namespace dashboard::ui
