#pragma once

#include "sandbox/loans_sandbox.h"
#include "sandbox/sandbox_store.h"
#include "sandbox/vtpass_sandbox.h"
#include "sandbox/webhook_dispatcher.h"
#include "security/secret.h"
#include "server/http_server.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace paydesk::sandbox {

// A local stand-in for Paystack's API (the parts Paydesk uses), for training and tests. Same paths, envelopes,
// messages, status codes and shape quirks as the real service; bearer auth with one secret key; webhooks signed
// and retried as Paystack does; a control API under /_sandbox/ to tap cards, complete USSD charges, switch
// terminals on and off and inject faults; a checkout page for pay-by-link; under /api/, the VTpass airtime API;
// and under /loans/, a lender's API for the *383# USSD sample. Documented in docs/sandbox.md.
class PaystackSandbox : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        Secret secretKey;
        QUrl webhookUrl;
        QStringList terminals{QStringLiteral("2232WE17")};
        int timeScale = 1; // 60: Paystack's minutes pass in seconds
        QString dataFile;  // empty: state lives in memory only
        qint64 integrationId = 463433;
        VtpassSandbox::Options vtpass; // under /api/
        LoansSandbox::Options loans;   // under /loans/
    };

    PaystackSandbox(QNetworkAccessManager& network, Options options, QObject* parent = nullptr);
    ~PaystackSandbox() override;

    // Loads persisted state (when a data file is set) and registers the configured terminals.
    Status<QString> open();
    // Where checkout links point (the address the server listens on).
    void setPublicUrl(const QUrl& url) { m_publicUrl = url; }
    // The HttpServer handler.
    void handle(const HttpRequest& request, HttpResponder responder);

    WebhookDispatcher& webhooks() { return *m_webhooks; }

  private:
    struct Fault
    {
        QString pathPrefix;
        QString mode; // "500", "html", "hang", "drop"
        int remaining = 0;
    };
    struct Call // one request being handled
    {
        const HttpRequest& request;
        QJsonObject body; // the JSON or form body, read once
    };

    HttpResponse route(Call& call);
    HttpResponse control(Call& call);
    HttpResponse checkout(Call& call);
    HttpResponse customers(Call& call);
    HttpResponse paymentRequests(Call& call);
    HttpResponse terminals(Call& call);
    HttpResponse transactions(Call& call);
    HttpResponse charges(Call& call);
    HttpResponse dedicatedAccounts(Call& call);
    HttpResponse banks(Call& call);
    HttpResponse refunds(Call& call);

    // Shared steps
    std::optional<QJsonObject> findCustomer(const QString& idEmailOrCode) const;
    std::optional<QJsonObject> findPaymentRequest(const QString& idOrCode) const;
    std::optional<QJsonObject> findTransaction(const QString& idOrReference) const;
    QJsonObject customerSummary(const QJsonObject& customer) const;
    // Creates and stores a customer; names and phone come from `details` when given (null otherwise).
    QJsonObject newCustomer(const QString& email, const QJsonObject& details);
    QJsonObject paymentRequestView(const QJsonObject& stored, bool verify) const;
    QJsonObject newTransaction(const QJsonObject& customer,
                               qint64 amount,
                               const QString& currency,
                               const QString& reference,
                               const QString& channel);
    void succeedTransaction(QJsonObject& transaction,
                            const QString& channel,
                            const QJsonObject& authorization,
                            const QJsonValue& webhookAmount,
                            const QJsonValue& metadata);
    // A card tap on the terminal for the payment request pushed to it; false with a reason if there is none.
    bool tap(const QString& terminalId, bool approved, QString* error);
    void deliverPending(const QString& terminalId);
    void releaseTerminalsHolding(const QString& requestId);
    QString domain() const;
    qint64 scaled(qint64 paystackMilliseconds) const;
    QString randomCode(int length) const;

    QNetworkAccessManager& m_network;
    Options m_options;
    SandboxStore m_store;
    std::unique_ptr<WebhookDispatcher> m_webhooks;
    std::unique_ptr<VtpassSandbox> m_vtpass;
    std::unique_ptr<LoansSandbox> m_loans;
    QList<Fault> m_faults;
    QUrl m_publicUrl;
};

} // namespace paydesk::sandbox
