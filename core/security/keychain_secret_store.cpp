#include "security/keychain_secret_store.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace paydesk {

namespace {

SecretFailure toFailure(QKeychain::Error error, const QString& message)
{
    using K = SecretFailure::Kind;
    switch (error) {
    case QKeychain::EntryNotFound:
        return {K::NotFound, QCoreApplication::translate("SecretStore", "Not set in the keychain.")};
    case QKeychain::NoBackendAvailable:
        return {K::NoBackend,
                QCoreApplication::translate("SecretStore", "No keychain service is available: %1").arg(message)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {K::AccessDenied,
                QCoreApplication::translate("SecretStore", "The keychain refused access: %1").arg(message)};
    default:
        return {K::Other, QCoreApplication::translate("SecretStore", "Keychain error: %1").arg(message)};
    }
}

// Errors worth one retry: the Secret Service answers OtherError, not NoBackendAvailable, when it is not up yet.
bool mayBeStartupRace(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent), m_service(std::move(service))
{}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    startRead(key, context, std::move(callback), m_retryDelayMs > 0);
}

void KeychainSecretStore::startRead(const QString& key, QObject* context, ReadCallback callback, bool mayRetry)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, callback, mayRetry] {
        if (!guard)
            return;
        if (job->error() == QKeychain::NoError) {
            callback(Secret(job->binaryData()));
            return;
        }
        if (mayRetry && mayBeStartupRace(job->error())) {
            qCInfo(lcSecrets) << "keychain not ready, retrying once:" << job->errorString();
            QTimer::singleShot(m_retryDelayMs, guard.data(),
                               [this, key, guard, callback] { startRead(key, guard.data(), callback, false); });
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            qCWarning(lcSecrets) << "keychain read of" << key << "failed:" << job->errorString();
        callback(toFailure(job->error(), job->errorString()));
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const Secret& value, QObject* context, WriteCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(value.reveal());
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, key, guard, callback] {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcSecrets) << "keychain write of" << key << "failed:" << job->errorString();
            callback(toFailure(job->error(), job->errorString()));
            return;
        }
        callback({});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, callback] {
        if (!guard)
            return;
        // Deleting what is not there leaves the wanted state: not an error.
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            callback(toFailure(job->error(), job->errorString()));
            return;
        }
        callback({});
    });
    job->start();
}

} // namespace paydesk
