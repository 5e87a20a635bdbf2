#pragma once

#include "security/secret_store.h"

#include <QHash>

namespace paydesk {

// Secrets held in this process only; for tests and for a training desk that must not touch the keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
  public:
    using SecretStore::SecretStore;

    QString backendName() const override { return QStringLiteral("memory"); }
    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const Secret& value, QObject* context, WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;

  private:
    QHash<QString, Secret> m_values;
};

} // namespace paydesk
