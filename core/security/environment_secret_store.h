#pragma once

#include "security/secret_store.h"

#include <QProcessEnvironment>

namespace paydesk {

// Read-only secrets for paydesk-server, looked up in this order for a key such as "paystack/secret":
//   1. $CREDENTIALS_DIRECTORY/paystack-secret  (systemd LoadCredential=)
//   2. the file named by PAYDESK_PAYSTACK_SECRET_FILE
//   3. the variable PAYDESK_PAYSTACK_SECRET
// A trailing newline in a file is dropped. Files readable by other users are refused.
class EnvironmentSecretStore final : public SecretStore
{
    Q_OBJECT
  public:
    explicit EnvironmentSecretStore(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                                    QObject* parent = nullptr);

    static QString variableName(const QString& key);

    QString backendName() const override { return QStringLiteral("environment"); }
    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const Secret& value, QObject* context, WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;

    // The same lookup, synchronously: the environment never blocks.
    SecretReadResult readNow(const QString& key) const;

  private:
    QProcessEnvironment m_environment;
};

} // namespace paydesk
