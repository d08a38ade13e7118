#pragma once

#include <QObject>
#include <QString>

namespace dashboard::security {

// Where remembered passwords live: the operating system's keychain, never a file of ours.
//
// Asynchronous, as the keychains behind it are (they may ask the person to unlock them):
// every request is answered later by a signal, never from within the call.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The key a password is remembered under: "user@host:port/database".
    static QString accountFor(const QString &user, const QString &host, int port, const QString &database);

    // False when there is nowhere safe to keep a password. Then nothing is kept anywhere and
    // the person is asked for it each time. May turn false later (availabilityChanged).
    virtual bool isAvailable() const = 0;

    // Answered by passwordRead().
    virtual void readPassword(const QString &account) = 0;
    // Answered by finished().
    virtual void writePassword(const QString &account, const QString &password) = 0;
    // Answered by finished(); removing a password that was never stored succeeds.
    virtual void removePassword(const QString &account) = 0;

signals:
    // found is false when nothing is stored for the account, or when the store failed
    // (then error says why).
    void passwordRead(const QString &account, const QString &password, bool found, const QString &error);
    // A write or remove is done; error is empty when ok.
    void finished(const QString &account, bool ok, const QString &error);
    void availabilityChanged(bool available);
};

} // namespace dashboard::security
