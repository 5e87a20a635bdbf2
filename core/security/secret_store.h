#pragma once

#include "security/secret.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace paydesk {

// Names of the secrets Paydesk keeps. The environment store maps them to PAYDESK_<NAME> variables.
namespace SecretKey {
inline const QString PaystackSecret = QStringLiteral("paystack/secret");
inline const QString DatabasePassword = QStringLiteral("database/password");
// The bearer token of paydesk-server's admin HTTP routes (PAYDESK_SERVER_ADMIN_TOKEN[_FILE]).
inline const QString AdminToken = QStringLiteral("server/admin-token");
// The airtime provider's keys (VTpass: api-key on every call, secret-key on POST, public-key on GET).
inline const QString VtpassApiKey = QStringLiteral("vtpass/api-key");
inline const QString VtpassSecretKey = QStringLiteral("vtpass/secret-key");
inline const QString VtpassPublicKey = QStringLiteral("vtpass/public-key");
// The bearer key of the sample loans API that the *383# USSD flow calls (PAYDESK_LOANS_API_KEY[_FILE]).
inline const QString LoansApiKey = QStringLiteral("loans/api-key");
// The key backups are encrypted with, as its recovery code (PAYDESK_BACKUP_KEY[_FILE], credential backup-key).
inline const QString BackupKey = QStringLiteral("backup/key");
} // namespace SecretKey

struct SecretFailure
{
    enum class Kind {
        NotFound,     // not configured: a normal state, not an error to alarm anyone with
        NoBackend,    // no keychain service is running
        AccessDenied, // the keychain is locked or the user refused
        ReadOnly,     // this store cannot write (environment / systemd credentials)
        Other,
    };
    Kind kind = Kind::Other;
    QString message;
};

using SecretReadResult = Result<Secret, SecretFailure>;
using SecretWriteResult = Status<SecretFailure>;

// Where secrets live. Every call is asynchronous (the OS keychain may prompt or be slow) and its callback always
// runs later on the context object's thread, never inside the call, and never if the context is gone.
class SecretStore : public QObject
{
    Q_OBJECT
  public:
    using ReadCallback = std::function<void(const SecretReadResult&)>;
    using WriteCallback = std::function<void(const SecretWriteResult&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual QString backendName() const = 0;
    virtual void read(const QString& key, QObject* context, ReadCallback callback) = 0;
    virtual void write(const QString& key, const Secret& value, QObject* context, WriteCallback callback) = 0;
    virtual void remove(const QString& key, QObject* context, WriteCallback callback) = 0;

  protected:
    // Delivers a result on the context's event loop, dropping it if the context died meanwhile.
    template <typename R, typename F> static void deliver(QObject* context, F callback, R result)
    {
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback), result = std::move(result)] { callback(result); },
            Qt::QueuedConnection);
    }
};

} // namespace paydesk
