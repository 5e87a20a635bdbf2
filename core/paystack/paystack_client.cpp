#include "paystack/paystack_client.h"

#include "util/logging.h"
#include "util/network_errors.h"
#include "util/one_shot_body.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

namespace paydesk {

using namespace paystack;

QString pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

namespace {

PaystackError outcomeUnknown(const QString& why)
{
    PaystackError error;
    error.kind = PaystackError::Kind::OutcomeUnknown;
    error.message = why;
    return error;
}

} // namespace

// One call from start to its single callback: reads the key, sends, retries, enforces the deadline.
class PaystackClient::Call : public QObject
{
  public:
    Call(PaystackClient& client, Request request, QObject* context, Done<Envelope> done)
        : QObject(&client), m_client(client), m_request(std::move(request)), m_context(context), m_done(std::move(done))
    {
        m_body = m_request.verb == "GET" ? QByteArray() : QJsonDocument(m_request.body).toJson(QJsonDocument::Compact);
        m_deadline.setSingleShot(true);
        m_retry.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &Call::deadlinePassed);
        connect(&m_retry, &QTimer::timeout, this, &Call::attempt);
    }

    void start()
    {
        m_elapsed.start();
        m_deadline.start(m_client.m_options.deadlineMs);
        m_client.m_secrets.read(SecretKey::PaystackSecret, this, [this](const SecretReadResult& key) {
            if (!key) {
                PaystackError error;
                error.kind = PaystackError::Kind::NotConfigured;
                error.message = key.error().message;
                finish(error);
                return;
            }
            m_key = *key;
            attempt();
        });
    }

  private:
    void attempt()
    {
        ++m_attempts;
        QUrl url = m_client.m_options.baseUrl;
        url.setPath(url.path(QUrl::FullyEncoded).chopped(url.path().endsWith(u'/') ? 1 : 0) + m_request.path,
                    QUrl::StrictMode);
        url.setQuery(m_request.query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_key.reveal());
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("User-Agent", "Paydesk/" + QCoreApplication::applicationVersion().toLatin1());
        if (!m_body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(m_client.m_options.transferTimeoutMs);

        // Paystack does not redirect API calls; following one could send the key elsewhere.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (m_request.safeToRepeat) {
            m_reply = m_client.m_network.sendCustomRequest(request, m_request.verb, m_body);
        } else {
            // A call that must not be repeated must not be repeated by Qt either (see sendOnce).
            m_reply = sendOnce(m_client.m_network, request, m_request.verb, m_body);
        }
        connect(m_reply, &QNetworkReply::finished, this, &Call::replied);
    }

    void replied()
    {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QNetworkReply::NetworkError networkError = reply->error();
        if (m_client.m_observer) {
            m_client.m_observer(
                {m_request.verb, m_request.path, m_request.query.toString(QUrl::FullyEncoded), m_body, status, body});
        }
        qCDebug(lcPaystack) << m_request.verb << m_request.path << "attempt" << m_attempts << "HTTP" << status
                            << networkError << m_elapsed.elapsed() << "ms";

        if (status == 0) { // no HTTP answer at all
            const QString why = reply->errorString();
            if (m_deadlineHit) {
                finish(outcomeUnknown(deadlineMessage()));
                return;
            }
            const bool unsent = nothingWasSent(networkError);
            if ((unsent || m_request.safeToRepeat) && retryLater(0))
                return;
            if (unsent) {
                PaystackError error;
                error.kind = PaystackError::Kind::Network;
                error.message = why;
                finish(error);
                return;
            }
            // Timed out, reset or closed after the request left: it may have been carried out.
            finish(outcomeUnknown(why));
            return;
        }

        auto envelope = parseEnvelope(status, body);
        if (envelope) {
            finish(*envelope);
            return;
        }
        PaystackError error = envelope.error();
        if (error.transient() && m_request.safeToRepeat) {
            const int retryAfterMs = reply->rawHeader("Retry-After").toInt() * 1000;
            if (retryLater(retryAfterMs))
                return;
        }
        // A 5xx on a call that must not be repeated may still have been carried out.
        if (error.kind == PaystackError::Kind::Server && !m_request.safeToRepeat)
            error.kind = PaystackError::Kind::OutcomeUnknown;
        // Our own reference already used: an earlier attempt of this very call got through.
        if (m_attempts > 1 && error.message.contains(QStringLiteral("Duplicate"), Qt::CaseInsensitive))
            error.kind = PaystackError::Kind::OutcomeUnknown;
        finish(error);
    }

    // Schedules another attempt if attempts and time are left; false when the call must end now.
    bool retryLater(int minimumDelayMs)
    {
        if (m_attempts >= m_client.m_options.maxAttempts)
            return false;
        const int base = m_client.m_options.backoffMs << (m_attempts - 1);
        const int jitter = int(QRandomGenerator::global()->bounded(base / 4 + 1));
        const int delay = qMax(minimumDelayMs, base + jitter);
        if (delay >= m_deadline.remainingTime())
            return false;
        m_retry.start(delay);
        return true;
    }

    void deadlinePassed()
    {
        m_deadlineHit = true;
        if (m_reply) {
            m_reply->abort(); // replied() reports it
            return;
        }
        m_retry.stop();
        finish(outcomeUnknown(deadlineMessage()));
    }

    QString deadlineMessage() const
    {
        return QCoreApplication::translate("Paystack", "no answer within %1 ms").arg(m_client.m_options.deadlineMs);
    }

    void finish(const Result<Envelope, PaystackError>& result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_deadline.stop();
        m_retry.stop();
        if (!result)
            qCInfo(lcPaystack) << m_request.verb << m_request.path << "failed:" << result.error().message;
        if (m_context)
            m_done(result);
        deleteLater();
    }

    PaystackClient& m_client;
    Request m_request;
    QPointer<QObject> m_context;
    Done<Envelope> m_done;
    QByteArray m_body;
    Secret m_key;
    QTimer m_deadline;
    QTimer m_retry;
    QElapsedTimer m_elapsed;
    QNetworkReply* m_reply = nullptr;
    int m_attempts = 0;
    bool m_deadlineHit = false;
    bool m_finished = false;
};

PaystackClient::PaystackClient(QNetworkAccessManager& network, SecretStore& secrets, Options options, QObject* parent)
    : QObject(parent), m_network(network), m_secrets(secrets), m_options(std::move(options))
{}

PaystackClient::~PaystackClient() = default;

void PaystackClient::setExchangeObserver(std::function<void(const PaystackExchange&)> observer)
{
    m_observer = std::move(observer);
}

void PaystackClient::send(const Request& request, QObject* context, Done<Envelope> done)
{
    auto* call = new Call(*this, request, context, std::move(done));
    call->start();
}

template <typename T, typename Parse>
void PaystackClient::call(const Request& request, QObject* context, Done<T> done, Parse parse)
{
    send(request, context, [done = std::move(done), parse](const Result<Envelope, PaystackError>& envelope) {
        if (!envelope) {
            done(envelope.error());
            return;
        }
        done(parse(*envelope));
    });
}

namespace {

template <typename T> auto item()
{
    return [](const Envelope& envelope) { return T::fromJson(envelope.data); };
}

template <typename T> auto page()
{
    return [](const Envelope& envelope) { return Page<T>{listOf<T>(envelope.data), envelope.page()}; };
}

auto ack()
{
    return [](const Envelope& envelope) { return PaystackClient::Ack{envelope.message}; };
}

using Request = PaystackClient::Request;

Request get(const QString& path, const QUrlQuery& query = {})
{
    return {"GET", path, query, {}, true};
}

Request post(const QString& path, const QJsonObject& body, bool safeToRepeat)
{
    return {"POST", path, {}, body, safeToRepeat};
}

Request put(const QString& path, const QJsonObject& body)
{
    return {"PUT", path, {}, body, true}; // the same update twice leaves the same state
}

} // namespace

void PaystackClient::createCustomer(const CustomerInput& input, QObject* context, Done<Customer> done)
{
    call(post(QStringLiteral("/customer"), input.toJson(), false), context, std::move(done), item<Customer>());
}

void PaystackClient::fetchCustomer(const QString& emailOrCode, QObject* context, Done<Customer> done)
{
    call(get(QStringLiteral("/customer/") + pathSegment(emailOrCode)), context, std::move(done), item<Customer>());
}

void PaystackClient::listCustomers(const ListQuery& query, QObject* context, Done<Page<Customer>> done)
{
    call(get(QStringLiteral("/customer"), query.toQuery()), context, std::move(done), page<Customer>());
}

void PaystackClient::updateCustomer(const QString& code,
                                    const CustomerInput& input,
                                    QObject* context,
                                    Done<Customer> done)
{
    QJsonObject body = input.toJson();
    body.remove(QStringLiteral("email")); // not updatable
    call(put(QStringLiteral("/customer/") + pathSegment(code), body), context, std::move(done), item<Customer>());
}

void PaystackClient::createPaymentRequest(const PaymentRequestInput& input, QObject* context, Done<PaymentRequest> done)
{
    call(post(QStringLiteral("/paymentrequest"), input.toJson(), false), context, std::move(done),
         item<PaymentRequest>());
}

void PaystackClient::listPaymentRequests(const ListQuery& query, QObject* context, Done<Page<PaymentRequest>> done)
{
    call(get(QStringLiteral("/paymentrequest"), query.toQuery()), context, std::move(done), page<PaymentRequest>());
}

void PaystackClient::fetchPaymentRequest(const QString& idOrCode, QObject* context, Done<PaymentRequest> done)
{
    call(get(QStringLiteral("/paymentrequest/") + pathSegment(idOrCode)), context, std::move(done),
         item<PaymentRequest>());
}

void PaystackClient::verifyPaymentRequest(const QString& code, QObject* context, Done<PaymentRequest> done)
{
    call(get(QStringLiteral("/paymentrequest/verify/") + pathSegment(code)), context, std::move(done),
         item<PaymentRequest>());
}

void PaystackClient::notifyPaymentRequest(const QString& code, QObject* context, Done<Ack> done)
{
    call(post(QStringLiteral("/paymentrequest/notify/") + pathSegment(code), {}, false), context, std::move(done),
         ack());
}

void PaystackClient::paymentRequestTotals(QObject* context, Done<PaymentRequestTotals> done)
{
    call(get(QStringLiteral("/paymentrequest/totals")), context, std::move(done), item<PaymentRequestTotals>());
}

void PaystackClient::finalizePaymentRequest(const QString& code,
                                            bool sendNotification,
                                            QObject* context,
                                            Done<PaymentRequest> done)
{
    call(post(QStringLiteral("/paymentrequest/finalize/") + pathSegment(code),
              {{QStringLiteral("send_notification"), sendNotification}}, true),
         context, std::move(done), item<PaymentRequest>());
}

void PaystackClient::updatePaymentRequest(const QString& idOrCode,
                                          const PaymentRequestInput& input,
                                          QObject* context,
                                          Done<PaymentRequest> done)
{
    call(put(QStringLiteral("/paymentrequest/") + pathSegment(idOrCode), input.toJson()), context, std::move(done),
         item<PaymentRequest>());
}

void PaystackClient::archivePaymentRequest(const QString& idOrCode, QObject* context, Done<Ack> done)
{
    call(post(QStringLiteral("/paymentrequest/archive/") + pathSegment(idOrCode), {}, true), context, std::move(done),
         ack());
}

void PaystackClient::listTerminals(const ListQuery& query, QObject* context, Done<Page<Terminal>> done)
{
    call(get(QStringLiteral("/terminal"), query.toQuery()), context, std::move(done), page<Terminal>());
}

void PaystackClient::fetchTerminal(const QString& terminalId, QObject* context, Done<Terminal> done)
{
    call(get(QStringLiteral("/terminal/") + pathSegment(terminalId)), context, std::move(done), item<Terminal>());
}

void PaystackClient::updateTerminal(
    const QString& terminalId, const QString& name, const QString& address, QObject* context, Done<Ack> done)
{
    call(put(QStringLiteral("/terminal/") + pathSegment(terminalId),
             {{QStringLiteral("name"), name}, {QStringLiteral("address"), address}}),
         context, std::move(done), ack());
}

void PaystackClient::sendTerminalEvent(const QString& terminalId,
                                       const TerminalEvent& event,
                                       QObject* context,
                                       Done<QString> done)
{
    // Never repeated automatically: a second push would put the bill on the terminal twice.
    call(post(QStringLiteral("/terminal/") + pathSegment(terminalId) + QStringLiteral("/event"), event.toJson(), false),
         context, std::move(done),
         [](const Envelope& envelope) { return envelope.data.toObject().value(QStringLiteral("id")).toString(); });
}

void PaystackClient::terminalEventDelivered(const QString& terminalId,
                                            const QString& eventId,
                                            QObject* context,
                                            Done<bool> done)
{
    call(get(QStringLiteral("/terminal/") + pathSegment(terminalId) + QStringLiteral("/event/") + pathSegment(eventId)),
         context, std::move(done), [](const Envelope& envelope) {
             return envelope.data.toObject().value(QStringLiteral("delivered")).toBool(false);
         });
}

void PaystackClient::terminalPresence(const QString& terminalId, QObject* context, Done<TerminalPresence> done)
{
    call(get(QStringLiteral("/terminal/") + pathSegment(terminalId) + QStringLiteral("/presence")), context,
         std::move(done), item<TerminalPresence>());
}

void PaystackClient::initializeTransaction(const TransactionInput& input, QObject* context, Done<CheckoutLink> done)
{
    call(post(QStringLiteral("/transaction/initialize"), input.toJson(), !input.reference.isEmpty()), context,
         std::move(done), item<CheckoutLink>());
}

void PaystackClient::verifyTransaction(const QString& reference, QObject* context, Done<Transaction> done)
{
    call(get(QStringLiteral("/transaction/verify/") + pathSegment(reference)), context, std::move(done),
         item<Transaction>());
}

void PaystackClient::fetchTransaction(quint64 id, QObject* context, Done<Transaction> done)
{
    call(get(QStringLiteral("/transaction/") + QString::number(id)), context, std::move(done), item<Transaction>());
}

void PaystackClient::listTransactions(const ListQuery& query, QObject* context, Done<Page<Transaction>> done)
{
    call(get(QStringLiteral("/transaction"), query.toQuery()), context, std::move(done), page<Transaction>());
}

void PaystackClient::transactionTotals(const QDateTime& from,
                                       const QDateTime& to,
                                       QObject* context,
                                       Done<TransactionTotals> done)
{
    ListQuery query;
    query.from = from;
    query.to = to;
    QUrlQuery params = query.toQuery();
    params.removeAllQueryItems(QStringLiteral("perPage"));
    call(get(QStringLiteral("/transaction/totals"), params), context, std::move(done), item<TransactionTotals>());
}

void PaystackClient::createCharge(const ChargeInput& input, QObject* context, Done<Charge> done)
{
    call(post(QStringLiteral("/charge"), input.toJson(), !input.reference.isEmpty()), context, std::move(done),
         item<Charge>());
}

void PaystackClient::checkPendingCharge(const QString& reference, QObject* context, Done<Charge> done)
{
    call(get(QStringLiteral("/charge/") + pathSegment(reference)), context, std::move(done), item<Charge>());
}

void PaystackClient::createDedicatedAccount(const QString& customer,
                                            const QString& preferredBank,
                                            QObject* context,
                                            Done<DedicatedAccount> done)
{
    call(post(QStringLiteral("/dedicated_account"),
              {{QStringLiteral("customer"), customer}, {QStringLiteral("preferred_bank"), preferredBank}}, false),
         context, std::move(done), item<DedicatedAccount>());
}

void PaystackClient::assignDedicatedAccount(const DedicatedAccountAssignInput& input, QObject* context, Done<Ack> done)
{
    call(post(QStringLiteral("/dedicated_account/assign"), input.toJson(), false), context, std::move(done), ack());
}

void PaystackClient::dedicatedAccountProviders(QObject* context, Done<QList<DedicatedAccountProvider>> done)
{
    call(get(QStringLiteral("/dedicated_account/available_providers")), context, std::move(done),
         [](const Envelope& envelope) { return listOf<DedicatedAccountProvider>(envelope.data); });
}

void PaystackClient::listBanks(const BankQuery& query, QObject* context, Done<Page<Bank>> done)
{
    call(get(QStringLiteral("/bank"), query.toQuery()), context, std::move(done), page<Bank>());
}

void PaystackClient::createRefund(const RefundInput& input, QObject* context, Done<Refund> done)
{
    call(post(QStringLiteral("/refund"), input.toJson(), false), context, std::move(done), item<Refund>());
}

void PaystackClient::listRefunds(const ListQuery& query, QObject* context, Done<Page<Refund>> done)
{
    call(get(QStringLiteral("/refund"), query.toQuery()), context, std::move(done), page<Refund>());
}

void PaystackClient::fetchRefund(quint64 id, QObject* context, Done<Refund> done)
{
    call(get(QStringLiteral("/refund/") + QString::number(id)), context, std::move(done), item<Refund>());
}

} // namespace paydesk
