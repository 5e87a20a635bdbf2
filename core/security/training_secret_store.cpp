#include "security/training_secret_store.h"

#include <QCoreApplication>

namespace paydesk {

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
    m_inner->read(key, context, std::move(callback));
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
    m_inner->write(key, value, context, std::move(callback));
}

void TrainingSecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    m_inner->remove(key, context, std::move(callback));
}

} // namespace paydesk
