#pragma once

#include "sandbox/sandbox_store.h"
#include "security/training_secret_store.h"
#include "server/http_server.h"

#include <QObject>

namespace paydesk::sandbox {

// The VTpass airtime API (/api/pay, /api/requery, /api/balance, /api/services) as its sandbox behaves, for the
// airtime kiosk: request_id rules (12 leading digits = YYYYMMDDHHII, Africa/Lagos), response codes, a prefunded
// wallet in naira, and its magic numbers: 08011111111 delivered, 201000000000 pending until requeried a while
// later, 300000000000 times out (the sale happens, the answer never comes), 400000000000 no response (connection
// dropped after the sale), 500000000000 an unexpected answer, anything else failed (or delivered, for training:
// Options::otherNumbersDelivered). The control API sets the outcome of any number and the wallet's balance.
class VtpassSandbox : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QByteArray apiKey = TrainingSecretStore::kVtpassApiKey;
        QByteArray secretKey = TrainingSecretStore::kVtpassSecretKey;
        QByteArray publicKey = TrainingSecretStore::kVtpassPublicKey;
        qint64 walletNaira = 100000;
        int timeScale = 1;
        bool otherNumbersDelivered = false; // VTpass's sandbox fails them; training mode delivers them
    };

    VtpassSandbox(SandboxStore& store, Options options, QObject* parent = nullptr);

    // Answers a request under /api/; may keep the responder unanswered (timeout) or drop the connection.
    void handle(const HttpRequest& request, HttpResponder responder);
    // POST /_sandbox/vtpass/numbers {"phone","outcome"}, POST /_sandbox/vtpass/balance {"naira"},
    // GET /_sandbox/vtpass/sales (every sale VTpass made, oldest first).
    HttpResponse control(const QByteArray& method, const QString& path, const QJsonObject& body);

  private:
    HttpResponse pay(const QJsonObject& body, bool* hang, bool* drop);
    HttpResponse requery(const QJsonObject& body);
    QJsonObject transactionView(const QJsonObject& sale) const;
    QString outcomeFor(const QString& phone);
    qint64 balanceKobo();
    void setBalanceKobo(qint64 kobo);

    SandboxStore& m_store;
    Options m_options;
};

} // namespace paydesk::sandbox
