#include "security/memory_secret_store.h"

#include <QCoreApplication>

namespace paydesk {

void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    const auto found = m_values.constFind(key);
    if (found == m_values.constEnd()) {
        deliver(context, std::move(callback),
                SecretReadResult(SecretFailure{SecretFailure::Kind::NotFound,
                                               QCoreApplication::translate("SecretStore", "%1 is not set.").arg(key)}));
        return;
    }
    deliver(context, std::move(callback), SecretReadResult(*found));
}

void MemorySecretStore::write(const QString& key, const Secret& value, QObject* context, WriteCallback callback)
{
    m_values.insert(key, value);
    deliver(context, std::move(callback), SecretWriteResult());
}

void MemorySecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    m_values.remove(key);
    deliver(context, std::move(callback), SecretWriteResult());
}

} // namespace paydesk
