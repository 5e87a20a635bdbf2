#pragma once

#include "airtime/airtime_provider.h"

#include <QUrl>

class QNetworkAccessManager;

namespace paydesk {
class SecretStore;
}

namespace paydesk::airtime {

// VTpass (Nigeria): POST /api/pay, POST /api/requery, GET /api/balance with the api-key and secret-key (POST) or
// public-key (GET) headers from the SecretStore. Codes are mapped as VTpass documents them, and anything it does
// not document (a timeout, an HTML page, a 5xx, a code we do not know) is Unknown: "treat as pending and requery".
class VtpassProvider final : public AirtimeProvider
{
    Q_OBJECT
  public:
    struct Options
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://vtpass.com/"));
        int vendDeadlineMs = 45000;
        int queryDeadlineMs = 15000;
    };

    VtpassProvider(QNetworkAccessManager& network, SecretStore& secrets, Options options, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("vtpass"); }
    bool sells(const Network& network) const override;
    QString newRequestId(const QDateTime& nowUtc) const override;
    void vend(const VendRequest& request, QObject* context, AnswerCallback done) override;
    void requery(const QString& requestId, QObject* context, AnswerCallback done) override;
    void balance(QObject* context, BalanceCallback done) override;

    // The mapping of a VTpass answer (exposed for the tests).
    static ProviderAnswer interpret(const QByteArray& body, int httpStatus, bool isRequery);

  private:
    struct Exchange
    {
        int httpStatus = 0;
        QByteArray body;
        bool nothingSent = false;
        bool timedOut = false;
        QString transportError;
    };
    using ExchangeCallback = std::function<void(const Exchange&)>;
    void send(const QByteArray& verb,
              const QString& path,
              const QByteArray& body,
              int deadlineMs,
              QObject* context,
              ExchangeCallback done);
    static ProviderAnswer fromExchange(const Exchange& exchange, bool isRequery);

    QNetworkAccessManager& m_network;
    SecretStore& m_secrets;
    Options m_options;
};

} // namespace paydesk::airtime
