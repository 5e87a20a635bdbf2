#pragma once

#include "security/secret_store.h"

namespace paydesk {

// Training mode: the Paystack key (and VTpass's keys) are the local sandbox's well-known training keys, whatever the keychain holds, so a
// trainee can never reach Paystack with a real key from a training desk. Every other secret comes from `inner`.
class TrainingSecretStore final : public SecretStore
{
    Q_OBJECT
  public:
    // The key ./dev.sh run starts paydesk-sandbox with. Not a secret: it opens nothing but the local emulator.
    static inline const QByteArray kSandboxKey = "sk_test_paydesktrainingsandbox000000";
    // The sandbox's VTpass keys, the same in every sandbox (VTpass's own sandbox hands out keys per account).
    static inline const QByteArray kVtpassApiKey = "vtpass-sandbox-api-key";
    static inline const QByteArray kVtpassSecretKey = "SK_vtpass_sandbox_secret";
    static inline const QByteArray kVtpassPublicKey = "PK_vtpass_sandbox_public";
    // The sandbox's sample loans API (the *383# USSD flow calls it with the secret "loans/api-key").
    static inline const QByteArray kLoansApiKey = "loans-sandbox-api-key";

    TrainingSecretStore(std::unique_ptr<SecretStore> inner, QObject* parent = nullptr);

    QString backendName() const override { return QStringLiteral("training + ") + m_inner->backendName(); }
    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const Secret& value, QObject* context, WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;

  private:
    std::unique_ptr<SecretStore> m_inner;
};

} // namespace paydesk
