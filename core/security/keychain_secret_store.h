#pragma once

#include "security/secret_store.h"

namespace paydesk {

// The desk's default: the OS keychain through QtKeychain (Secret Service / gnome-keyring or KWallet on Linux).
// Plain-text fallback is off. A keychain that is not up yet at login is retried once after a delay, because on
// Linux the service may start after the desktop session does.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
  public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Paydesk"), QObject* parent = nullptr);

    // The pause before the single retry; 0 turns the retry off.
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

    QString backendName() const override { return QStringLiteral("keychain"); }
    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const Secret& value, QObject* context, WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;

  private:
    void startRead(const QString& key, QObject* context, ReadCallback callback, bool mayRetry);

    QString m_service;
    int m_retryDelayMs = 3000;
};

} // namespace paydesk
