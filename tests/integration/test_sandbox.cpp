#include "cli/exit_codes.h"
#include "paystack/paystack_client.h"
#include "paystack/webhook_signature.h"
#include "sandbox/paystack_sandbox.h"
#include "sandbox/sandbox_cli.h"
#include "security/memory_secret_store.h"
#include "server/http_server.h"
#include "util/one_shot_body.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace paydesk;
using namespace paydesk::paystack;

namespace {

const QByteArray kKey = "sk_test_sandboxsuite0123456789abcdef";

struct Webhook
{
    QString event;
    QJsonObject data;
    QByteArray body;
    bool signatureValid = false;
};

} // namespace

// The client against paydesk-sandbox over real loopback HTTP, with a webhook listener on another port.
class TestSandbox : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<HttpServer> m_listener;
    std::unique_ptr<sandbox::PaystackSandbox> m_sandbox;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<PaystackClient> m_client;
    QList<Webhook> m_webhooks;
    int m_listenerFailuresLeft = 0;
    QUrl m_base;

    void startSandbox(const QString& dataFile = QString())
    {
        m_server.reset();
        m_sandbox.reset();
        sandbox::PaystackSandbox::Options options;
        options.secretKey = Secret(kKey);
        options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/paystack/webhook").arg(m_listener->port()));
        options.terminals = {QStringLiteral("2232WE17"), QStringLiteral("2232WE18")};
        options.timeScale = 1000;
        options.dataFile = dataFile;
        m_sandbox = std::make_unique<sandbox::PaystackSandbox>(m_network, options);
        QVERIFY(m_sandbox->open().ok());
        m_server = std::make_unique<HttpServer>(HttpServer::Limits{});
        m_server->setHandler([this](const HttpRequest& request, HttpResponder responder) {
            m_sandbox->handle(request, std::move(responder));
        });
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
        m_sandbox->setPublicUrl(m_base);
        PaystackClient::Options clientOptions;
        clientOptions.baseUrl = m_base;
        clientOptions.backoffMs = 20;
        clientOptions.deadlineMs = 5000;
        m_client = std::make_unique<PaystackClient>(m_network, *m_secrets, clientOptions);
        // For the OpenAPI conformance check (tests/conformance): every exchange as one JSON line.
        if (const QString log = qEnvironmentVariable("PAYDESK_EXCHANGE_LOG"); !log.isEmpty()) {
            m_client->setExchangeObserver([log](const PaystackExchange& exchange) {
                QFile file(log);
                if (!file.open(QIODevice::Append))
                    qFatal("cannot write %s", qPrintable(log));
                file.write(
                    QJsonDocument(QJsonObject{{QStringLiteral("verb"), QString::fromLatin1(exchange.verb)},
                                              {QStringLiteral("path"), exchange.path},
                                              {QStringLiteral("query"), exchange.query},
                                              {QStringLiteral("request"), QString::fromUtf8(exchange.requestBody)},
                                              {QStringLiteral("status"), exchange.httpStatus},
                                              {QStringLiteral("response"), QString::fromUtf8(exchange.responseBody)}})
                        .toJson(QJsonDocument::Compact) +
                    '\n');
            });
        }
    }

    template <typename T, typename Start> Result<T, PaystackError> await(Start start)
    {
        std::optional<Result<T, PaystackError>> result;
        start([&](const Result<T, PaystackError>& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
            qFatal("no callback");
        return *result;
    }

    // A control-API call, as a trainer's curl would make it.
    QJsonObject control(const QString& path, const QJsonObject& body, int* status = nullptr)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            qFatal("control call hung");
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    bool waitForWebhook(const QString& event, int count = 1)
    {
        return QTest::qWaitFor(
            [&] {
                return std::count_if(m_webhooks.cbegin(), m_webhooks.cend(),
                                     [&](const Webhook& w) { return w.event == event; }) >= count;
            },
            5000);
    }

    Webhook webhook(const QString& event) const
    {
        for (const Webhook& w : m_webhooks) {
            if (w.event == event)
                return w;
        }
        return {};
    }

    QString paidCheckout(const QString& reference, qint64 kobo)
    {
        TransactionInput input{
            QStringLiteral("payer@example.com"), Money::fromMinor(kobo, Currency::ngn()), reference, {}, {}, {}};
        const auto link = await<CheckoutLink>([&](auto done) { m_client->initializeTransaction(input, this, done); });
        if (!link)
            return {};
        QNetworkRequest request(QUrl(link->authorizationUrl));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_network.post(request, "outcome=success");
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return reference;
    }

  private slots:
    void init()
    {
        m_webhooks.clear();
        m_listenerFailuresLeft = 0;
        m_listener = std::make_unique<HttpServer>(HttpServer::Limits{});
        m_listener->setHandler([this](const HttpRequest& request, HttpResponder responder) {
            if (m_listenerFailuresLeft > 0) {
                --m_listenerFailuresLeft;
                responder.respond(HttpResponse::json(500, "{}"));
                return;
            }
            const QJsonObject envelope = QJsonDocument::fromJson(request.body).object();
            m_webhooks.append(
                {envelope.value(QStringLiteral("event")).toString(), envelope.value(QStringLiteral("data")).toObject(),
                 request.body,
                 verifyPaystackWebhook(request.body, request.header("x-paystack-signature"), Secret(kKey))});
            responder.respond(HttpResponse::json(200, "{}"));
        });
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0).ok());
        m_secrets = std::make_unique<MemorySecretStore>();
        bool written = false;
        m_secrets->write(SecretKey::PaystackSecret, Secret(kKey), this, [&](const auto&) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 1000));
        startSandbox();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_sandbox.reset();
        m_listener.reset();
    }

    void terminalPaymentFromPushToSignedWebhooks()
    {
        const auto customer = await<Customer>([&](auto done) {
            m_client->createCustomer({QStringLiteral("ngozi@example.com"),
                                      QStringLiteral("Ngozi"),
                                      QStringLiteral("Eze"),
                                      QStringLiteral("+2348031234567"),
                                      {}},
                                     this, done);
        });
        QVERIFY(customer.ok());
        QVERIFY(customer->code.startsWith(QStringLiteral("CUS_")));

        PaymentRequestInput bill;
        bill.customer = customer->code;
        bill.description = QStringLiteral("INV-000042");
        bill.lineItems = {{QStringLiteral("Consultation"), Money::fromMinor(500000, Currency::ngn()), 1},
                          {QStringLiteral("Malaria test"), Money::fromMinor(25000, Currency::ngn()), 2}};
        const auto request =
            await<PaymentRequest>([&](auto done) { m_client->createPaymentRequest(bill, this, done); });
        QVERIFY(request.ok());
        QCOMPARE(request->amount, Money::fromMinor(550000, Currency::ngn()));
        QCOMPARE(request->customerId, customer->id); // an id on create
        QVERIFY(!request->offlineReference.isEmpty());

        const auto presence = await<TerminalPresence>(
            [&](auto done) { m_client->terminalPresence(QStringLiteral("2232WE17"), this, done); });
        QVERIFY(presence->ready());
        const auto eventId = await<QString>([&](auto done) {
            m_client->sendTerminalEvent(QStringLiteral("2232WE17"), TerminalEvent::processInvoice(*request), this,
                                        done);
        });
        QCOMPARE(eventId->size(), 24);
        bool delivered = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto status = await<bool>([&](auto done) {
                    m_client->terminalEventDelivered(QStringLiteral("2232WE17"), *eventId, this, done);
                });
                delivered = status.ok() && *status;
                return delivered;
            },
            5000));
        QVERIFY(!await<TerminalPresence>([&](auto done) {
                     m_client->terminalPresence(QStringLiteral("2232WE17"), this, done);
                 })->available); // busy with our bill

        QCOMPARE(control(QStringLiteral("/_sandbox/terminals/2232WE17/tap"),
                         {{QStringLiteral("outcome"), QStringLiteral("success")}})
                     .value(QStringLiteral("status"))
                     .toBool(),
                 true);
        QVERIFY(waitForWebhook(QStringLiteral("paymentrequest.success")));
        QVERIFY(waitForWebhook(QStringLiteral("charge.success")));
        QVERIFY(waitForWebhook(QStringLiteral("paymentrequest.pending")));
        for (const Webhook& w : std::as_const(m_webhooks))
            QVERIFY2(w.signatureValid, qPrintable(w.event));
        const Webhook charge = webhook(QStringLiteral("charge.success"));
        QVERIFY(charge.body.startsWith(R"({"event":"charge.success","data":{)")); // Paystack's key order
        QVERIFY(charge.data.value(QStringLiteral("amount")).isString());          // as a terminal sends it
        QCOMPARE(charge.data.value(QStringLiteral("amount")).toString(), QStringLiteral("550000"));
        QCOMPARE(charge.data.value(QStringLiteral("channel")).toString(), QStringLiteral("pos"));
        QCOMPARE(charge.data.value(QStringLiteral("metadata")).toInt(-1), 0);
        QCOMPARE(charge.data.value(QStringLiteral("source")).toObject().value(QStringLiteral("identifier")).toString(),
                 QStringLiteral("2232WE17"));
        const Webhook paid = webhook(QStringLiteral("paymentrequest.success"));
        QCOMPARE(paid.data.value(QStringLiteral("request_code")).toString(), request->requestCode);
        QVERIFY(paid.data.value(QStringLiteral("customer")).isDouble()); // an id in webhooks

        const auto verified =
            await<PaymentRequest>([&](auto done) { m_client->verifyPaymentRequest(request->requestCode, this, done); });
        QCOMPARE(verified->status, PaymentRequest::Status::Success);
        QVERIFY(verified->paid);
        QCOMPARE(verified->customer.value(QStringLiteral("customer_code")).toString(), customer->code); // an object
        QVERIFY(verified->raw.value(QStringLiteral("integration")).isObject());
        QVERIFY(await<TerminalPresence>([&](auto done) {
                    m_client->terminalPresence(QStringLiteral("2232WE17"), this, done);
                })->available);
    }

    void busyAndOfflineTerminals()
    {
        const auto customer = await<Customer>([&](auto done) {
            m_client->createCustomer({QStringLiteral("b@example.com"), {}, {}, {}, {}}, this, done);
        });
        PaymentRequestInput bill;
        bill.customer = QString::number(customer->id);
        bill.amount = Money::fromMinor(100000, Currency::ngn());
        const auto first = await<PaymentRequest>([&](auto done) { m_client->createPaymentRequest(bill, this, done); });
        const auto second = await<PaymentRequest>([&](auto done) { m_client->createPaymentRequest(bill, this, done); });
        QVERIFY(await<QString>([&](auto done) {
                    m_client->sendTerminalEvent(QStringLiteral("2232WE18"), TerminalEvent::processInvoice(*first), this,
                                                done);
                }).ok());
        const auto refused = await<QString>([&](auto done) {
            m_client->sendTerminalEvent(QStringLiteral("2232WE18"), TerminalEvent::processInvoice(*second), this, done);
        });
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("busy")));

        int status = 0;
        control(QStringLiteral("/_sandbox/terminals/2232WE17/presence"),
                {{QStringLiteral("online"), false}, {QStringLiteral("available"), true}}, &status);
        QCOMPARE(status, 200);
        const auto eventId = await<QString>([&](auto done) {
            m_client->sendTerminalEvent(QStringLiteral("2232WE17"), TerminalEvent::processInvoice(*second), this, done);
        });
        QTest::qWait(50); // long enough for an online terminal to have taken it
        QCOMPARE(*await<bool>([&](auto done) {
            m_client->terminalEventDelivered(QStringLiteral("2232WE17"), *eventId, this, done);
        }),
                 false);
        control(QStringLiteral("/_sandbox/terminals/2232WE17/tap"),
                {{QStringLiteral("outcome"), QStringLiteral("success")}}, &status);
        QCOMPARE(status, 409); // nothing reached the terminal
        control(QStringLiteral("/_sandbox/terminals/2232WE17/presence"),
                {{QStringLiteral("online"), true}, {QStringLiteral("available"), false}}, &status);
        QCOMPARE(*await<bool>([&](auto done) {
            m_client->terminalEventDelivered(QStringLiteral("2232WE17"), *eventId, this, done);
        }),
                 true);
        const auto unknownPush = await<bool>([&](auto done) {
            m_client->terminalEventDelivered(QStringLiteral("2232WE17"), QStringLiteral("nope"), this, done);
        });
        QCOMPARE(unknownPush.error().code, QStringLiteral("INVALID_PUSH_ID"));
        PaymentRequest ghost;
        ghost.id = 1;
        QCOMPARE(await<QString>([&](auto done) {
                     m_client->sendTerminalEvent(QStringLiteral("2232WE17"), TerminalEvent::processInvoice(ghost), this,
                                                 done);
                 })
                     .error()
                     .kind,
                 PaystackError::Kind::NotFound);
    }

    void paystackShapedErrors()
    {
        const auto noEmail = await<Customer>([&](auto done) { m_client->createCustomer({}, this, done); });
        QCOMPARE(noEmail.error().kind, PaystackError::Kind::Validation);
        QCOMPARE(noEmail.error().message, QStringLiteral("Email Address is required"));
        QCOMPARE(noEmail.error().code, QStringLiteral("missing_params"));
        const auto slug = await<PaymentRequest>(
            [&](auto done) { m_client->verifyPaymentRequest(QStringLiteral("PRQ_doesnotexist"), this, done); });
        QCOMPARE(slug.error().message, QStringLiteral("Slug is invalid"));
        PaymentRequestInput tooSmall;
        tooSmall.customer = QStringLiteral("nobody@example.com");
        tooSmall.amount = Money::fromMinor(100, Currency::ngn());
        QCOMPARE(await<PaymentRequest>([&](auto done) { m_client->createPaymentRequest(tooSmall, this, done); })
                     .error()
                     .kind,
                 PaystackError::Kind::Validation);

        m_secrets->write(SecretKey::PaystackSecret, Secret("sk_test_wrongwrongwrongwrong0000"), this,
                         [](const auto&) {});
        QTest::qWait(10); // the write lands on the next event loop turn
        const auto wrongKey = await<Page<Customer>>([&](auto done) { m_client->listCustomers({}, this, done); });
        QCOMPARE(wrongKey.error().kind, PaystackError::Kind::Unauthorized);
        QCOMPARE(wrongKey.error().message, QStringLiteral("Invalid key"));
    }

    void faultsTurnIntoTypedOutcomes()
    {
        const QString reference = paidCheckout(QStringLiteral("PD-FAULT-1"), 200000);
        control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("path"), QStringLiteral("/transaction/verify")},
                                                     {QStringLiteral("mode"), QStringLiteral("500")},
                                                     {QStringLiteral("count"), 2}});
        const auto verified =
            await<Transaction>([&](auto done) { m_client->verifyTransaction(reference, this, done); });
        QVERIFY2(verified.ok(), "a read survives two 500s by retrying");
        QCOMPARE(verified->status, Transaction::Status::Success);

        control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("path"), QStringLiteral("/customer")},
                                                     {QStringLiteral("mode"), QStringLiteral("drop")}});
        const auto dropped = await<Customer>([&](auto done) {
            m_client->createCustomer({QStringLiteral("dropped@example.com"), {}, {}, {}, {}}, this, done);
        });
        QCOMPARE(dropped.error().kind, PaystackError::Kind::OutcomeUnknown);
        // ...and it did happen: the customer exists.
        QVERIFY(await<Customer>([&](auto done) {
                    m_client->fetchCustomer(QStringLiteral("dropped@example.com"), this, done);
                }).ok());

        PaystackClient::Options quick = m_client->options();
        quick.deadlineMs = 400;
        PaystackClient impatient(m_network, *m_secrets, quick);
        control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("path"), QStringLiteral("/paymentrequest")},
                                                     {QStringLiteral("mode"), QStringLiteral("hang")}});
        const auto hung = await<PaymentRequest>([&](auto done) { impatient.createPaymentRequest({}, this, done); });
        QCOMPARE(hung.error().kind, PaystackError::Kind::OutcomeUnknown);

        control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("path"), QStringLiteral("/bank")},
                                                     {QStringLiteral("mode"), QStringLiteral("html")},
                                                     {QStringLiteral("count"), 5}});
        const auto html = await<Page<Bank>>([&](auto done) { m_client->listBanks({}, this, done); });
        QCOMPARE(html.error().kind, PaystackError::Kind::Server);
        QVERIFY(html.error().message.contains(QStringLiteral("HTML")));
        int status = 0;
        control(QStringLiteral("/_sandbox/faults"),
                {{QStringLiteral("path"), QStringLiteral("/x")}, {QStringLiteral("mode"), QStringLiteral("explode")}},
                &status);
        QCOMPARE(status, 400);
    }

    void ussdChargeCompletesByControl()
    {
        ChargeInput charge;
        charge.email = QStringLiteral("ussd@example.com");
        charge.amount = Money::fromMinor(1000000, Currency::ngn());
        charge.reference = QStringLiteral("PD-USSD-1");
        const auto started = await<Charge>([&](auto done) { m_client->createCharge(charge, this, done); });
        QVERIFY(started.ok());
        QCOMPARE(started->status, QStringLiteral("pay_offline"));
        QVERIFY(started->ussdCode.startsWith(QStringLiteral("*737*")));
        QVERIFY(started->displayText.contains(started->ussdCode));
        QCOMPARE(await<Charge>([&](auto done) { m_client->checkPendingCharge(charge.reference, this, done); })->status,
                 QStringLiteral("pending"));
        control(QStringLiteral("/_sandbox/charges/PD-USSD-1/complete"),
                {{QStringLiteral("outcome"), QStringLiteral("success")}});
        QVERIFY(waitForWebhook(QStringLiteral("charge.success")));
        const Webhook success = webhook(QStringLiteral("charge.success"));
        QCOMPARE(success.data.value(QStringLiteral("channel")).toString(), QStringLiteral("ussd"));
        QCOMPARE(success.data.value(QStringLiteral("metadata")).toString(QStringLiteral("x")), QString());
        QCOMPARE(success.data.value(QStringLiteral("authorization"))
                     .toObject()
                     .value(QStringLiteral("card_type"))
                     .toString(),
                 QStringLiteral("offline"));
        QCOMPARE(
            await<Transaction>([&](auto done) { m_client->verifyTransaction(charge.reference, this, done); })->status,
            Transaction::Status::Success);
        QCOMPARE(await<Charge>([&](auto done) { m_client->createCharge(charge, this, done); }).error().message,
                 QStringLiteral("Duplicate charge request for reference"));
    }

    void checkoutLinkAndRefund()
    {
        QVERIFY(!paidCheckout(QStringLiteral("PD-LINK-1"), 300000).isEmpty());
        QVERIFY(waitForWebhook(QStringLiteral("charge.success")));
        const auto paid = await<Transaction>(
            [&](auto done) { m_client->verifyTransaction(QStringLiteral("PD-LINK-1"), this, done); });
        QCOMPARE(paid->status, Transaction::Status::Success);
        QCOMPARE(paid->channel, QStringLiteral("card"));
        TransactionInput again{QStringLiteral("payer@example.com"),
                               Money::fromMinor(300000, Currency::ngn()),
                               QStringLiteral("PD-LINK-1"),
                               {},
                               {},
                               {}};
        QCOMPARE(
            await<CheckoutLink>([&](auto done) { m_client->initializeTransaction(again, this, done); }).error().message,
            QStringLiteral("Duplicate Transaction Reference"));

        RefundInput refund{
            QStringLiteral("PD-LINK-1"), Money::fromMinor(100000, Currency::ngn()), {}, QStringLiteral("overcharged")};
        const auto queued = await<Refund>([&](auto done) { m_client->createRefund(refund, this, done); });
        QVERIFY(queued.ok());
        QCOMPARE(queued->statusText, QStringLiteral("pending"));
        QCOMPARE(queued->transactionId, paid->id); // an object on create
        refund.amount = Money::fromMinor(250000, Currency::ngn());
        QCOMPARE(await<Refund>([&](auto done) { m_client->createRefund(refund, this, done); }).error().kind,
                 PaystackError::Kind::Validation);
        QVERIFY(waitForWebhook(QStringLiteral("refund.processed")));
        QCOMPARE(await<Refund>([&](auto done) { m_client->fetchRefund(queued->id, this, done); })->statusText,
                 QStringLiteral("processed"));
        QCOMPARE(await<Page<Refund>>([&](auto done) { m_client->listRefunds({}, this, done); })->items.size(), 1);
    }

    void listsBanksAccountsAndTotals()
    {
        for (int i = 0; i < 3; ++i) {
            QVERIFY(
                await<Customer>([&](auto done) {
                    m_client->createCustomer({QStringLiteral("c%1@example.com").arg(i), {}, {}, {}, {}}, this, done);
                }).ok());
        }
        ListQuery query;
        query.perPage = 2;
        const auto page = await<Page<Customer>>([&](auto done) { m_client->listCustomers(query, this, done); });
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->meta.pageCount, 2);
        QVERIFY(page->meta.hasMore());
        query.useCursor = true;
        const auto cursor = await<Page<Customer>>([&](auto done) { m_client->listCustomers(query, this, done); });
        QVERIFY(!cursor->meta.next.isEmpty());
        query.next = cursor->meta.next;
        QCOMPARE(await<Page<Customer>>([&](auto done) { m_client->listCustomers(query, this, done); })->items.size(),
                 1);

        BankQuery momo;
        momo.currency = QStringLiteral("GHS");
        momo.type = QStringLiteral("mobile_money");
        const auto banks = await<Page<Bank>>([&](auto done) { m_client->listBanks(momo, this, done); });
        QCOMPARE(banks->items.size(), 3);
        const auto providers =
            await<QList<DedicatedAccountProvider>>([&](auto done) { m_client->dedicatedAccountProviders(this, done); });
        QVERIFY(providers->size() >= 1);
        const auto account = await<DedicatedAccount>([&](auto done) {
            m_client->createDedicatedAccount(QStringLiteral("c0@example.com"), QStringLiteral("test-bank"), this, done);
        });
        QVERIFY(account.ok());
        QCOMPARE(account->accountNumber.size(), 10);
        const auto terminals = await<Page<Terminal>>([&](auto done) { m_client->listTerminals({}, this, done); });
        QCOMPARE(terminals->items.size(), 2);
        paidCheckout(QStringLiteral("PD-TOT-1"), 700000);
        const auto totals =
            await<TransactionTotals>([&](auto done) { m_client->transactionTotals({}, {}, this, done); });
        QCOMPARE(totals->totalTransactions, 1);
        QCOMPARE(totals->volumeByCurrency.first().amount.minorUnits(), 700000);
    }

    void webhooksAreRetriedAndFaultsInjected()
    {
        QCOMPARE(sandbox::WebhookDispatcher::retryOffsetSeconds(2), 180);
        QCOMPARE(sandbox::WebhookDispatcher::retryOffsetSeconds(5), 720);
        QCOMPARE(sandbox::WebhookDispatcher::retryOffsetSeconds(6), 720 + 3600);
        QCOMPARE(sandbox::WebhookDispatcher::retryOffsetSeconds(200), -1); // given up after 72 hours

        m_listenerFailuresLeft = 2;
        paidCheckout(QStringLiteral("PD-HOOK-1"), 100000);
        QVERIFY(waitForWebhook(QStringLiteral("charge.success")));
        QCOMPARE(m_webhooks.size(), 1); // delivered on the third attempt (3 minutes each, scaled)

        control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("webhooks"), QStringLiteral("duplicate")}});
        paidCheckout(QStringLiteral("PD-HOOK-2"), 100000);
        QVERIFY(waitForWebhook(QStringLiteral("charge.success"), 3));
        QCOMPARE(m_webhooks.at(1).body, m_webhooks.at(2).body);

        control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("webhooks"), QStringLiteral("bad_signature")}});
        paidCheckout(QStringLiteral("PD-HOOK-3"), 100000);
        QVERIFY(waitForWebhook(QStringLiteral("charge.success"), 4));
        QVERIFY(!m_webhooks.last().signatureValid);

        auto reference = [](const Webhook& w) { return w.data.value(QStringLiteral("reference")).toString(); };
        control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("webhooks"), QStringLiteral("out_of_order")}});
        paidCheckout(QStringLiteral("PD-HOOK-4"), 100000);
        paidCheckout(QStringLiteral("PD-HOOK-5"), 100000);
        QVERIFY(waitForWebhook(QStringLiteral("charge.success"), 6));
        QCOMPARE(reference(m_webhooks.at(4)), QStringLiteral("PD-HOOK-5")); // the held-back event comes after
        QCOMPARE(reference(m_webhooks.at(5)), QStringLiteral("PD-HOOK-4"));

        control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("webhooks"), QStringLiteral("late")},
                                                     {QStringLiteral("delay_ms"), 600000}}); // 0.6 s at this scale
        paidCheckout(QStringLiteral("PD-HOOK-6"), 100000);
        paidCheckout(QStringLiteral("PD-HOOK-7"), 100000);
        QVERIFY(waitForWebhook(QStringLiteral("charge.success"), 8));
        QCOMPARE(reference(m_webhooks.at(6)), QStringLiteral("PD-HOOK-7"));
        QCOMPARE(reference(m_webhooks.at(7)), QStringLiteral("PD-HOOK-6"));
        for (const Webhook& w : std::as_const(m_webhooks).mid(4))
            QVERIFY(w.signatureValid);
    }

    // Nothing a client sends makes the sandbox crash or answer outside Paystack's envelope.
    void badInputGetsPaystackShapedErrors_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("invalid json") << QByteArray("POST") << QStringLiteral("/customer") << QByteArray("{\"email\":")
                                      << 400;
        QTest::newRow("body is an array")
            << QByteArray("POST") << QStringLiteral("/customer") << QByteArray("[1,2]") << 400;
        QTest::newRow("email as number") << QByteArray("POST") << QStringLiteral("/customer")
                                         << QByteArray(R"({"email":42})") << 400;
        QTest::newRow("amount as object") << QByteArray("POST") << QStringLiteral("/transaction/initialize")
                                          << QByteArray(R"({"email":"a@b.c","amount":{"x":1}})") << 400;
        QTest::newRow("amount with fraction") << QByteArray("POST") << QStringLiteral("/transaction/initialize")
                                              << QByteArray(R"({"email":"a@b.c","amount":5000.5})") << 400;
        QTest::newRow("huge amount") << QByteArray("POST") << QStringLiteral("/transaction/initialize")
                                     << QByteArray(R"({"email":"a@b.c","amount":"99999999999999999999999"})") << 400;
        QTest::newRow("bad reference") << QByteArray("POST") << QStringLiteral("/transaction/initialize")
                                       << QByteArray(R"({"email":"a@b.c","amount":10000,"reference":"a b/c"})") << 400;
        QTest::newRow("line items as string") << QByteArray("POST") << QStringLiteral("/paymentrequest")
                                              << QByteArray(R"({"customer":"x","line_items":"lots"})") << 400;
        QTest::newRow("customer as array") << QByteArray("POST") << QStringLiteral("/paymentrequest")
                                           << QByteArray(R"({"customer":[1],"amount":10000})") << 400;
        QTest::newRow("event without data") << QByteArray("POST") << QStringLiteral("/terminal/2232WE17/event")
                                            << QByteArray(R"({"type":"invoice","action":"process"})") << 400;
        QTest::newRow("unknown event type") << QByteArray("POST") << QStringLiteral("/terminal/2232WE17/event")
                                            << QByteArray(R"({"type":"x","action":"y","data":{"id":1}})") << 400;
        QTest::newRow("two channels") << QByteArray("POST") << QStringLiteral("/charge")
                                      << QByteArray(
                                             R"({"email":"a@b.c","amount":10000,"ussd":{"type":"737"},"bank":{}})")
                                      << 400;
        QTest::newRow("ussd type") << QByteArray("POST") << QStringLiteral("/charge")
                                   << QByteArray(R"({"email":"a@b.c","amount":10000,"ussd":{"type":"000"}})") << 400;
        QTest::newRow("refund unknown") << QByteArray("POST") << QStringLiteral("/refund")
                                        << QByteArray(R"({"transaction":"nope"})") << 400;
        QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/no/such/thing") << QByteArray() << 404;
        QTest::newRow("unknown terminal")
            << QByteArray("GET") << QStringLiteral("/terminal/XYZ/presence") << QByteArray() << 404;
        QTest::newRow("encoded slash") << QByteArray("GET") << QStringLiteral("/customer/a%2F..%2Fb") << QByteArray()
                                       << 404;
        QTest::newRow("control garbage") << QByteArray("POST") << QStringLiteral("/_sandbox/terminals/2232WE17/tap")
                                         << QByteArray(R"({"outcome":7})") << 400;
        QTest::newRow("unknown verb") << QByteArray("DELETE") << QStringLiteral("/customer") << QByteArray() << 404;
    }
    void badInputGetsPaystackShapedErrors()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QNetworkRequest request(QUrl(m_base.toString() + path));
        request.setRawHeader("Authorization", "Bearer " + kKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(answer.value(QStringLiteral("status")).toBool(true), false);
        QVERIFY(!answer.value(QStringLiteral("message")).toString().isEmpty());
    }

    // Every call of the client that the flows above do not make, so the whole surface runs over HTTP.
    void theRestOfTheClientSurface()
    {
        const auto customer = await<Customer>([&](auto done) {
            m_client->createCustomer({QStringLiteral("rest@example.com"), {}, {}, {}, {}}, this, done);
        });
        const auto updated = await<Customer>([&](auto done) {
            m_client->updateCustomer(customer->code, {{}, QStringLiteral("Rest"), QStringLiteral("Okoro"), {}, {}},
                                     this, done);
        });
        QCOMPARE(updated->firstName, QStringLiteral("Rest"));

        PaymentRequestInput draft;
        draft.customer = customer->code;
        draft.amount = Money::fromMinor(800000, Currency::ngn());
        draft.draft = true;
        const auto created =
            await<PaymentRequest>([&](auto done) { m_client->createPaymentRequest(draft, this, done); });
        QCOMPARE(created->status, PaymentRequest::Status::Draft);
        draft.amount = Money::fromMinor(900000, Currency::ngn());
        draft.description = QStringLiteral("corrected");
        QCOMPARE(await<PaymentRequest>([&](auto done) {
                     m_client->updatePaymentRequest(created->requestCode, draft, this, done);
                 })->amount.minorUnits(),
                 900000);
        QCOMPARE(await<PaymentRequest>([&](auto done) {
                     m_client->finalizePaymentRequest(created->requestCode, false, this, done);
                 })->status,
                 PaymentRequest::Status::Pending);
        QCOMPARE(await<PaymentRequest>([&](auto done) {
                     m_client->fetchPaymentRequest(QString::number(created->id), this, done);
                 })->description,
                 QStringLiteral("corrected"));
        QVERIFY(await<PaystackClient::Ack>([&](auto done) {
                    m_client->notifyPaymentRequest(created->requestCode, this, done);
                }).ok());
        ListQuery pending;
        pending.filters.insert(QStringLiteral("status"), QStringLiteral("pending"));
        QCOMPARE(await<Page<PaymentRequest>>([&](auto done) {
                     m_client->listPaymentRequests(pending, this, done);
                 })->items.size(),
                 1);
        const auto totals = await<PaymentRequestTotals>([&](auto done) { m_client->paymentRequestTotals(this, done); });
        QCOMPARE(totals->pending.first().amount.minorUnits(), 900000);
        QVERIFY(await<PaystackClient::Ack>([&](auto done) {
                    m_client->archivePaymentRequest(created->requestCode, this, done);
                }).ok());
        QCOMPARE(await<Page<PaymentRequest>>([&](auto done) {
                     m_client->listPaymentRequests({}, this, done);
                 })->items.size(),
                 0); // archived requests leave the list

        QVERIFY(await<PaystackClient::Ack>([&](auto done) {
                    m_client->updateTerminal(QStringLiteral("2232WE17"), QStringLiteral("OPD desk 1"),
                                             QStringLiteral("Ground floor"), this, done);
                }).ok());
        QCOMPARE(
            await<Terminal>([&](auto done) { m_client->fetchTerminal(QStringLiteral("2232WE17"), this, done); })->name,
            QStringLiteral("OPD desk 1"));

        paidCheckout(QStringLiteral("PD-REST-1"), 120000);
        const auto listed = await<Page<Transaction>>([&](auto done) { m_client->listTransactions({}, this, done); });
        QCOMPARE(listed->items.size(), 1);
        QCOMPARE(await<Transaction>([&](auto done) {
                     m_client->fetchTransaction(listed->items.first().id, this, done);
                 })->reference,
                 QStringLiteral("PD-REST-1"));
        QVERIFY(await<PaystackClient::Ack>([&](auto done) {
                    m_client->assignDedicatedAccount({QStringLiteral("rest@example.com"), QStringLiteral("Rest"),
                                                      QStringLiteral("Okoro"), QStringLiteral("+2348030000000"),
                                                      QStringLiteral("test-bank"), QStringLiteral("NG")},
                                                     this, done);
                }).ok());
        QVERIFY(waitForWebhook(QStringLiteral("dedicatedaccount.assign.success")));
    }

    // The VTpass airtime API under /api/: request ids, response codes, wallet, and the sandbox's magic numbers.
    void vtpassAirtime()
    {
        auto call = [&](const QByteArray& verb, const QString& path, const QJsonObject& body, int* status = nullptr,
                        int timeoutMs = 5000) {
            QNetworkRequest request(m_base.resolved(QUrl(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("api-key", "vtpass-sandbox-api-key");
            request.setRawHeader(verb == "GET" ? "public-key" : "secret-key",
                                 verb == "GET" ? "PK_vtpass_sandbox_public" : "SK_vtpass_sandbox_secret");
            request.setTransferTimeout(timeoutMs);
            // As a kiosk's VTpass client must: never let Qt send a sale twice (see sendOnce).
            QNetworkReply* reply = verb == "GET" ? m_network.get(request)
                                                 : sendOnce(m_network, request, verb, QJsonDocument(body).toJson());
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!done.wait(timeoutMs + 5000))
                qFatal("VTpass call hung");
            reply->deleteLater();
            if (status)
                *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            return QJsonDocument::fromJson(reply->readAll()).object();
        };
        auto saleStatus = [](const QJsonObject& answer) {
            return answer.value(QStringLiteral("content"))
                .toObject()
                .value(QStringLiteral("transactions"))
                .toObject()
                .value(QStringLiteral("status"))
                .toString();
        };
        const QString minute =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(3600)).toString(QStringLiteral("yyyyMMddHHmm"));
        auto pay = [&](const QString& suffix, const QString& phone, int amount, int* status = nullptr,
                       int timeoutMs = 5000) {
            return call("POST", QStringLiteral("/api/pay"),
                        {{QStringLiteral("request_id"), QString(minute + suffix)},
                         {QStringLiteral("serviceID"), QStringLiteral("mtn")},
                         {QStringLiteral("amount"), amount},
                         {QStringLiteral("phone"), phone}},
                        status, timeoutMs);
        };
        const qint64 before = call("GET", QStringLiteral("/api/balance"), {})
                                  .value(QStringLiteral("contents"))
                                  .toObject()
                                  .value(QStringLiteral("balance"))
                                  .toInteger();
        QCOMPARE(before, 100000);

        const QJsonObject delivered = pay(QStringLiteral("ok01"), QStringLiteral("08011111111"), 100);
        QCOMPARE(delivered.value(QStringLiteral("code")).toString(), QStringLiteral("000"));
        QCOMPARE(saleStatus(delivered), QStringLiteral("delivered"));
        QCOMPARE(
            pay(QStringLiteral("ok01"), QStringLiteral("08011111111"), 100).value(QStringLiteral("code")).toString(),
            QStringLiteral("014")); // the request id is the idempotency key

        const QJsonObject pending = pay(QStringLiteral("pend01"), QStringLiteral("201000000000"), 200);
        QCOMPARE(pending.value(QStringLiteral("code")).toString(), QStringLiteral("099"));
        QTest::qWait(150); // two minutes of VTpass time at --time-scale 1000
        const QJsonObject resolved = call("POST", QStringLiteral("/api/requery"),
                                          {{QStringLiteral("request_id"), QString(minute + QStringLiteral("pend01"))}});
        QCOMPARE(saleStatus(resolved), QStringLiteral("delivered"));

        const QJsonObject failed = pay(QStringLiteral("fail01"), QStringLiteral("08099999999"), 100);
        QCOMPARE(failed.value(QStringLiteral("code")).toString(), QStringLiteral("016"));

        int status = 0;
        pay(QStringLiteral("time01"), QStringLiteral("300000000000"), 100, &status, 300);
        QCOMPARE(status, 0); // no answer: the kiosk must treat it as pending...
        const QJsonObject timedOut = call("POST", QStringLiteral("/api/requery"),
                                          {{QStringLiteral("request_id"), QString(minute + QStringLiteral("time01"))}});
        QCOMPARE(saleStatus(timedOut), QStringLiteral("delivered")); // ...because it was delivered
        pay(QStringLiteral("drop01"), QStringLiteral("400000000000"), 100, &status);
        QCOMPARE(status, 0);
        QVERIFY(pay(QStringLiteral("odd01"), QStringLiteral("500000000000"), 100, &status).isEmpty()); // not JSON
        QCOMPARE(status, 200);

        QCOMPARE(call("POST", QStringLiteral("/api/pay"),
                      {{QStringLiteral("request_id"), QStringLiteral("2026")},
                       {QStringLiteral("serviceID"), QStringLiteral("mtn")},
                       {QStringLiteral("amount"), 100},
                       {QStringLiteral("phone"), QStringLiteral("08011111111")}})
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("011")); // a request id must start with the 12-digit Lagos minute...
        QCOMPARE(call("POST", QStringLiteral("/api/pay"),
                      {{QStringLiteral("request_id"), QStringLiteral("199901011200abc")},
                       {QStringLiteral("serviceID"), QStringLiteral("mtn")},
                       {QStringLiteral("amount"), 100},
                       {QStringLiteral("phone"), QStringLiteral("08011111111")}})
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("011")); // ...or carries another day
        QCOMPARE(
            pay(QStringLiteral("small1"), QStringLiteral("08022222222"), 20).value(QStringLiteral("code")).toString(),
            QStringLiteral("013"));
        QCOMPARE(call("POST", QStringLiteral("/api/requery"),
                      {{QStringLiteral("request_id"), QStringLiteral("202601011200none")}})
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("015"));
        const qint64 after = call("GET", QStringLiteral("/api/balance"), {})
                                 .value(QStringLiteral("contents"))
                                 .toObject()
                                 .value(QStringLiteral("balance"))
                                 .toInteger();
        QCOMPARE(after, before - (97 + 194 + 97 + 97 + 97)); // delivered and pending sales, less 3 % commission

        QNetworkRequest noKeys(m_base.resolved(QUrl(QStringLiteral("/api/balance"))));
        QNetworkReply* refused = m_network.get(noKeys);
        QSignalSpy done(refused, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        refused->deleteLater();
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sandbox.sqlite3"));
        startSandbox(file);
        const auto customer = await<Customer>([&](auto done) {
            m_client->createCustomer({QStringLiteral("kept@example.com"), {}, {}, {}, {}}, this, done);
        });
        QVERIFY(customer.ok());
        startSandbox(file);
        const auto again = await<Customer>(
            [&](auto done) { m_client->fetchCustomer(QStringLiteral("kept@example.com"), this, done); });
        QVERIFY(again.ok());
        QCOMPARE(again->code, customer->code);
        const auto next = await<Customer>([&](auto done) {
            m_client->createCustomer({QStringLiteral("new@example.com"), {}, {}, {}, {}}, this, done);
        });
        QCOMPARE(next->id, customer->id + 1); // sequences persist too
    }

    void commandLineErrors()
    {
        auto run = [](QStringList args) {
            QString out;
            QString err;
            QTextStream o(&out);
            QTextStream e(&err);
            return runSandboxCli(QStringList{QStringLiteral("paydesk-sandbox")} + args, o, e);
        };
        qunsetenv("PAYDESK_PAYSTACK_SECRET");
        QCOMPARE(run({}), int(ExitSecretMissing));
        QCOMPARE(run({QStringLiteral("--secret"), QStringLiteral("pk_test_abcdefghijklmnopqrstuvwx")}), int(ExitUsage));
        QCOMPARE(run({QStringLiteral("--secret"), QString::fromLatin1(kKey), QStringLiteral("--listen"),
                      QStringLiteral("everywhere")}),
                 int(ExitUsage));
        QCOMPARE(run({QStringLiteral("--secret"), QString::fromLatin1(kKey), QStringLiteral("--time-scale"),
                      QStringLiteral("0")}),
                 int(ExitUsage));
        QCOMPARE(run({QStringLiteral("--help")}), int(ExitOk));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "test_sandbox.moc"
