#include "security/training_secret_store.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

// Training keeps a backup key of its own: its recovery code is shown to trainees, and a desk's real backups must
// never be readable with it.
QString ownKey(const QString& key)
{
    return key == SecretKey::BackupKey ? QStringLiteral("training/backup-key") : key;
}

} // namespace

TrainingSecretStore::TrainingSecretStore(std::unique_ptr<SecretStore> inner, QObject* parent)
    : SecretStore(parent), m_inner(std::move(inner))
{}

void TrainingSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    const QByteArray sandboxKey = key == SecretKey::PaystackSecret    ? kSandboxKey
                                  : key == SecretKey::VtpassApiKey    ? kVtpassApiKey
                                  : key == SecretKey::VtpassSecretKey ? kVtpassSecretKey
                                  : key == SecretKey::VtpassPublicKey ? kVtpassPublicKey
                                  : key == SecretKey::LoansApiKey     ? kLoansApiKey
                                                                      : QByteArray();
    if (!sandboxKey.isEmpty()) {
        deliver(context, std::move(callback), SecretReadResult(Secret(sandboxKey)));
        return;
    }
    m_inner->read(ownKey(key), context, std::move(callback));
}

void TrainingSecretStore::write(const QString& key, const Secret& value, QObject* context, WriteCallback callback)
{
    if (key == SecretKey::PaystackSecret || key.startsWith(QStringLiteral("vtpass/"))) {
        deliver(context, std::move(callback),
                SecretWriteResult(
                    SecretFailure{SecretFailure::Kind::ReadOnly,
                                  QCoreApplication::translate("SecretStore", "Training mode uses the sandbox's keys; "
                                                                             "start Paydesk without --training to "
                                                                             "set the real one.")}));
        return;
    }
    m_inner->write(ownKey(key), value, context, std::move(callback));
}

void TrainingSecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    m_inner->remove(ownKey(key), context, std::move(callback));
}

} // namespace paydesk
