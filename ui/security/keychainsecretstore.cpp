#include "keychainsecretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLibrary>
#include <QMetaObject>

#include <qt6keychain/keychain.h>

namespace dashboard::ui {

namespace {

bool onSessionBus(QDBusConnectionInterface *bus, const QStringList &activatable, const QString &name)
{
    return bus->isServiceRegistered(name).value() || activatable.contains(name);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
    , m_available(detectBackend())
{
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("instructor-dashboard");
}

bool KeychainSecretStore::detectBackend()
{
    // Every Linux backend of qtkeychain talks D-Bus: libsecret to org.freedesktop.secrets
    // (GNOME Keyring, KeePassXC, ...), the KWallet one to kwalletd5.
    QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected() || !session.interface())
        return false;
    QDBusConnectionInterface *bus = session.interface();
    const QStringList activatable = bus->activatableServiceNames().value();
    if (onSessionBus(bus, activatable, QStringLiteral("org.kde.kwalletd5")))
        return true;
    // qtkeychain reaches the Secret Service through libsecret, which it loads at run time.
    return onSessionBus(bus, activatable, QStringLiteral("org.freedesktop.secrets"))
           && QLibrary(QStringLiteral("secret-1"), 0).load();
}

QString KeychainSecretStore::unavailableMessage() const
{
    return tr("No keychain is available on this computer.");
}

void KeychainSecretStore::prepare(QKeychain::Job *job, const QString &account)
{
    // Never the plaintext QSettings store qtkeychain offers when no keychain answers.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
}

void KeychainSecretStore::noteFailure(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable && m_available) {
        m_available = false;
        emit availabilityChanged(false);
    }
}

void KeychainSecretStore::readPassword(const QString &account)
{
    if (!m_available) {
        QMetaObject::invokeMethod(
            this, [this, account] { emit passwordRead(account, QString(), false, unavailableMessage()); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    prepare(job, account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finishedJob) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finishedJob);
        switch (read->error()) {
        case QKeychain::NoError:
            emit passwordRead(account, read->textData(), true, QString());
            break;
        case QKeychain::EntryNotFound:
            emit passwordRead(account, QString(), false, QString());
            break;
        default:
            noteFailure(read);
            emit passwordRead(account, QString(), false, read->errorString());
            break;
        }
    });
    job->start();
}

void KeychainSecretStore::writePassword(const QString &account, const QString &password)
{
    if (!m_available) {
        QMetaObject::invokeMethod(
            this, [this, account] { emit finished(account, false, unavailableMessage()); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    prepare(job, account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finishedJob) {
        if (finishedJob->error() == QKeychain::NoError) {
            emit finished(account, true, QString());
        } else {
            noteFailure(finishedJob);
            emit finished(account, false, finishedJob->errorString());
        }
    });
    job->start();
}

void KeychainSecretStore::removePassword(const QString &account)
{
    if (!m_available) {
        // Nothing of ours can be reached, and nothing was ever kept anywhere else.
        QMetaObject::invokeMethod(this, [this, account] { emit finished(account, true, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    prepare(job, account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finishedJob) {
        const QKeychain::Error error = finishedJob->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            emit finished(account, true, QString());
        } else {
            noteFailure(finishedJob);
            emit finished(account, false, finishedJob->errorString());
        }
    });
    job->start();
}

} // namespace dashboard::ui
