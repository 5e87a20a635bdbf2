#pragma once

#include "paystack/envelope.h"
#include "paystack/models.h"
#include "paystack/requests.h"
#include "security/secret_store.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace paydesk {

// One HTTP exchange, as seen by PaystackClient: for the conformance test and for diagnostics. The Authorization
// header is never part of it.
struct PaystackExchange
{
    QByteArray verb;
    QString path;
    QString query;
    QByteArray requestBody;
    int httpStatus = 0;
    QByteArray responseBody;
};

// Paystack's API, asynchronous and typed. Every call:
//  - reads the secret key from the SecretStore when it is made (never cached, never logged),
//  - has an overall deadline on top of QNetworkRequest's transfer (inactivity) timeout,
//  - is retried with backoff only when repeating it cannot do anything twice: reads, updates, and creates that carry
//    our own reference; HTTP 429 and 5xx back off (429 honours Retry-After),
//  - ends in exactly one callback, on the context object's thread, unless the context died first.
// A call that may have reached Paystack but gave no answer ends in PaystackError::Kind::OutcomeUnknown.
class PaystackClient : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.paystack.co"));
        int transferTimeoutMs = 20000; // no byte for this long: give up on the attempt
        int deadlineMs = 30000;        // the whole call, retries included
        int maxAttempts = 3;
        int backoffMs = 400; // doubled per attempt, with jitter
    };

    template <typename T> using Done = std::function<void(const Result<T, PaystackError>&)>;
    struct Ack // calls whose answer is only a message ("Notification sent")
    {
        QString message;
    };

    PaystackClient(QNetworkAccessManager& network, SecretStore& secrets, Options options, QObject* parent = nullptr);
    ~PaystackClient() override;

    const Options& options() const { return m_options; }
    void setExchangeObserver(std::function<void(const PaystackExchange&)> observer);

    // Customers
    void createCustomer(const paystack::CustomerInput& input, QObject* context, Done<paystack::Customer> done);
    void fetchCustomer(const QString& emailOrCode, QObject* context, Done<paystack::Customer> done);
    void
    listCustomers(const paystack::ListQuery& query, QObject* context, Done<paystack::Page<paystack::Customer>> done);
    void updateCustomer(const QString& code,
                        const paystack::CustomerInput& input,
                        QObject* context,
                        Done<paystack::Customer> done);

    // Payment requests
    void createPaymentRequest(const paystack::PaymentRequestInput& input,
                              QObject* context,
                              Done<paystack::PaymentRequest> done);
    void listPaymentRequests(const paystack::ListQuery& query,
                             QObject* context,
                             Done<paystack::Page<paystack::PaymentRequest>> done);
    void fetchPaymentRequest(const QString& idOrCode, QObject* context, Done<paystack::PaymentRequest> done);
    void verifyPaymentRequest(const QString& code, QObject* context, Done<paystack::PaymentRequest> done);
    void notifyPaymentRequest(const QString& code, QObject* context, Done<Ack> done);
    void paymentRequestTotals(QObject* context, Done<paystack::PaymentRequestTotals> done);
    void finalizePaymentRequest(const QString& code,
                                bool sendNotification,
                                QObject* context,
                                Done<paystack::PaymentRequest> done);
    void updatePaymentRequest(const QString& idOrCode,
                              const paystack::PaymentRequestInput& input,
                              QObject* context,
                              Done<paystack::PaymentRequest> done);
    void archivePaymentRequest(const QString& idOrCode, QObject* context, Done<Ack> done);

    // Terminals (paths take the string terminal_id)
    void
    listTerminals(const paystack::ListQuery& query, QObject* context, Done<paystack::Page<paystack::Terminal>> done);
    void fetchTerminal(const QString& terminalId, QObject* context, Done<paystack::Terminal> done);
    void updateTerminal(
        const QString& terminalId, const QString& name, const QString& address, QObject* context, Done<Ack> done);
    // The event id, to confirm delivery with terminalEventStatus().
    void sendTerminalEvent(const QString& terminalId,
                           const paystack::TerminalEvent& event,
                           QObject* context,
                           Done<QString> done);
    void terminalEventDelivered(const QString& terminalId, const QString& eventId, QObject* context, Done<bool> done);
    void terminalPresence(const QString& terminalId, QObject* context, Done<paystack::TerminalPresence> done);

    // Transactions
    void
    initializeTransaction(const paystack::TransactionInput& input, QObject* context, Done<paystack::CheckoutLink> done);
    void verifyTransaction(const QString& reference, QObject* context, Done<paystack::Transaction> done);
    void fetchTransaction(quint64 id, QObject* context, Done<paystack::Transaction> done);
    void listTransactions(const paystack::ListQuery& query,
                          QObject* context,
                          Done<paystack::Page<paystack::Transaction>> done);
    void transactionTotals(const QDateTime& from,
                           const QDateTime& to,
                           QObject* context,
                           Done<paystack::TransactionTotals> done);

    // Charges: USSD (*737#...), mobile money, bank
    void createCharge(const paystack::ChargeInput& input, QObject* context, Done<paystack::Charge> done);
    void checkPendingCharge(const QString& reference, QObject* context, Done<paystack::Charge> done);

    // Dedicated virtual accounts and banks
    void createDedicatedAccount(const QString& customer,
                                const QString& preferredBank,
                                QObject* context,
                                Done<paystack::DedicatedAccount> done);
    void assignDedicatedAccount(const paystack::DedicatedAccountAssignInput& input, QObject* context, Done<Ack> done);
    void dedicatedAccountProviders(QObject* context, Done<QList<paystack::DedicatedAccountProvider>> done);
    void listBanks(const paystack::BankQuery& query, QObject* context, Done<paystack::Page<paystack::Bank>> done);

    // Refunds
    void createRefund(const paystack::RefundInput& input, QObject* context, Done<paystack::Refund> done);
    void listRefunds(const paystack::ListQuery& query, QObject* context, Done<paystack::Page<paystack::Refund>> done);
    void fetchRefund(quint64 id, QObject* context, Done<paystack::Refund> done);

    // The request machinery, public for calls this class does not wrap yet.
    struct Request
    {
        QByteArray verb; // GET, POST, PUT
        QString path;    // "/customer", with path parameters already percent-encoded
        QUrlQuery query;
        QJsonObject body;
        bool safeToRepeat = false; // reads, updates and creates carrying our own reference
    };
    void send(const Request& request, QObject* context, Done<Envelope> done);

  private:
    class Call;
    friend class Call;
    template <typename T, typename Parse>
    void call(const Request& request, QObject* context, Done<T> done, Parse parse);

    QNetworkAccessManager& m_network;
    SecretStore& m_secrets;
    Options m_options;
    std::function<void(const PaystackExchange&)> m_observer;
};

// Percent-encodes one path segment (an e-mail, a code) so it cannot change the path.
QString pathSegment(const QString& value);

} // namespace paydesk
