#include "airtime/vtpass_provider.h"
#include "billing/attempt_repository.h"
#include "billing/invoice_repository.h"
#include "billing/patient_repository.h"
#include "billing/payment_engine.h"
#include "billing/price_list.h"
#include "billing/refund_engine.h"
#include "payments/reconcile_line_details.h"
#include "payments/reconciler.h"
#include "payments/reconciliation.h"
#include "payments/webhook_inbox.h"
#include "sandbox_rig.h"
#include "scratch_database.h"
#include "security/audit_log.h"
#include "security/user_repository.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

// Every payment method end to end: the payment engine against paydesk-sandbox over real loopback HTTP, with a
// real database behind it. The sandbox's control API plays the customer (a card tap, a USSD approval, a link paid).
class TestPaymentEngine : public QObject
{
    Q_OBJECT

    static Money ngn(qint64 kobo) { return Money::fromMinor(kobo, Currency::ngn()); }
    static constexpr const char* kTerminal = "2232WE17";

    std::unique_ptr<SandboxRig> m_sandbox;
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PaymentEngine> m_engine;
    Patient m_patient;
    PriceItem m_consultation;
    PriceItem m_drug;

    const Database& db() const { return m_scratch->db(); }
    static BillingActor cashier() { return {QStringLiteral("ada"), QStringLiteral("Desk 1"), QString()}; }

    void startEngine()
    {
        PaymentEngine::Options options;
        options.desk = QStringLiteral("Desk 1");
        options.firstCheckMs = 150;
        options.maxCheckMs = 600;
        options.deliveryCheckMs = 60;
        options.linkExpiryMinutes = 30;
        options.ussdExpiryMinutes = 10;
        m_engine = std::make_unique<PaymentEngine>(db(), *m_worker, m_sandbox->client(), options, *m_clock);
    }

    Invoice bill(QList<QPair<PriceItem, qint64>> items, const Patient& patient)
    {
        QList<InvoiceLineInput> lines;
        for (const auto& [item, quantity] : items) {
            InvoiceLineInput line;
            line.priceItemId = item.id;
            line.quantity = quantity;
            lines << line;
        }
        auto invoice = InvoiceRepository(db()).issue({patient.id, Currency::ngn(), lines}, cashier());
        if (!invoice)
            qFatal("invoice: %s", qPrintable(invoice.error()));
        return *invoice;
    }
    Invoice bill(QList<QPair<PriceItem, qint64>> items) { return bill(items, m_patient); }

    PaymentAttempt begin(const NewAttempt& input)
    {
        std::optional<Result<PaymentAttempt, QString>> result;
        m_engine->begin(input, cashier(), this, [&](const Result<PaymentAttempt, QString>& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            qFatal("begin() never answered");
        if (!*result)
            qFatal("begin(): %s", qPrintable(result->error()));
        return result->value();
    }

    PaymentAttempt attempt(qint64 id) const { return **AttemptRepository(db()).find(id); }

    bool waitFor(qint64 id, AttemptState state, int ms = 10000)
    {
        const bool reached = QTest::qWaitFor([&] { return attempt(id).state == state; }, ms);
        if (!reached)
            qWarning() << "attempt" << id << "is" << attemptStateName(attempt(id).state) << attempt(id).detail;
        return reached;
    }

    Invoice reload(qint64 id) const { return **InvoiceRepository(db()).find(id); }

    QStringList timeline(qint64 id) const
    {
        QStringList states;
        for (const AttemptEvent& event : *AttemptRepository(db()).events(id))
            states << attemptStateName(event.to);
        return states;
    }

    int tap(const QString& outcome)
    {
        return m_sandbox->control(QStringLiteral("/_sandbox/terminals/%1/tap").arg(QLatin1String(kTerminal)),
                                  {{QStringLiteral("outcome"), outcome}});
    }

  private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxRig>();
        QVERIFY(m_sandbox->isReady());
        m_scratch = std::make_unique<ScratchDatabase>(QStringLiteral("sqlite"));
        QVERIFY(m_scratch->migrate());
        m_worker = std::make_unique<DatabaseWorker>();
        m_worker->adopt(db());
        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        QVERIFY(UserRepository(db()).create(
            {QStringLiteral("ada"), QStringLiteral("Ada Cashier"), Role::Cashier, QStringLiteral("cashier-pass-1")},
            QStringLiteral("test")));
        m_patient = *PatientRepository(db()).create({QString(), QStringLiteral("Adebayo"), QStringLiteral("Okafor"),
                                                     QString(), QStringLiteral("08031234567"),
                                                     QStringLiteral("adebayo@example.com"), QDate(), QString()},
                                                    QStringLiteral("ada"));
        PriceListRepository prices(db());
        m_consultation = *prices.save({0, QStringLiteral("CONS"), QStringLiteral("Consultation"),
                                       QStringLiteral("Consultation"), ngn(500000), false, true},
                                      QStringLiteral("ada"));
        m_drug = *prices.save({0, QStringLiteral("PCM"), QStringLiteral("Paracetamol"), QStringLiteral("Pharmacy"),
                               ngn(30000), true, true},
                              QStringLiteral("ada"));
        startEngine();
    }

    void cleanup()
    {
        m_engine.reset();
        m_worker.reset();
        m_scratch.reset();
        m_sandbox.reset();
    }

    void terminalTapSucceeds()
    {
        const Invoice invoice = bill({{m_consultation, 1}, {m_drug, 2}}); // 5,000 + 600 + 45 VAT
        QCOMPARE(invoice.totals.total, ngn(500000 + 60000 + 4500));
        QSignalSpy paid(m_engine.get(), &PaymentEngine::invoicePaid);
        const PaymentAttempt started = begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                                              QString::fromLatin1(kTerminal), QString()});
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
        const PaymentAttempt waiting = attempt(started.id);
        QVERIFY(waiting.requestCode.startsWith(QLatin1String("PRQ_")));
        QVERIFY(!waiting.offlineReference.isEmpty());
        QVERIFY(!waiting.terminalEventId.isEmpty());
        // The payment request carries the bill's lines and VAT.
        const QJsonObject request = m_sandbox->get(QStringLiteral("/paymentrequest/") + waiting.requestCode);
        const QJsonObject data = request.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("line_items")).toArray().size(), 2);
        QCOMPARE(data.value(QStringLiteral("amount")).toInteger(), invoice.totals.total.minorUnits());
        QCOMPARE(tap(QStringLiteral("success")), 200);
        QVERIFY(waitFor(started.id, AttemptState::Succeeded));
        QCOMPARE(timeline(started.id),
                 (QStringList{QStringLiteral("created"), QStringLiteral("sent"), QStringLiteral("delivered"),
                              QStringLiteral("waiting"), QStringLiteral("succeeded")}));
        QCOMPARE(reload(invoice.id).status, InvoiceStatus::Paid);
        QVERIFY(paid.count() >= 1 || paid.wait(2000));
        QCOMPARE(paid.first().first().toLongLong(), invoice.id);
        // The patient became a Paystack customer exactly once, under their own e-mail.
        const Patient patient = **PatientRepository(db()).find(m_patient.id);
        QVERIFY(patient.paystackCustomerCode.startsWith(QLatin1String("CUS_")));
        QCOMPARE(patient.paystackEmail, QStringLiteral("adebayo@example.com"));
        // A second bill reuses the customer.
        const Invoice second = bill({{m_consultation, 1}});
        const PaymentAttempt again = begin({second.id, PaymentMethod::Terminal, second.totals.total, std::nullopt,
                                            QString::fromLatin1(kTerminal), QString()});
        QVERIFY(waitFor(again.id, AttemptState::Waiting));
        const QJsonObject customers = m_sandbox->get(QStringLiteral("/customer?perPage=100"));
        QCOMPARE(customers.value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(attempt(again.id).customerCode, patient.paystackCustomerCode);
    }

    void terminalDeclineThenCancelFreesTheTerminal()
    {
        const Invoice invoice = bill({{m_consultation, 1}});
        const PaymentAttempt started = begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                                              QString::fromLatin1(kTerminal), QString()});
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
        QCOMPARE(tap(QStringLiteral("declined")), 200);
        // A declined card leaves the request open: the customer may tap another card.
        m_engine->checkNow(started.id);
        QTest::qWait(300);
        QCOMPARE(attempt(started.id).state, AttemptState::Waiting);
        m_engine->cancel(started.id, QStringLiteral("ada"));
        QVERIFY(waitFor(started.id, AttemptState::Cancelled));
        QCOMPARE(reload(invoice.id).status, InvoiceStatus::Open);
        // The request was withdrawn: no tap can pay it, and the terminal takes the next payment.
        QCOMPARE(tap(QStringLiteral("success")), 409);
        const PaymentAttempt next = begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                                           QString::fromLatin1(kTerminal), QString()});
        QVERIFY(waitFor(next.id, AttemptState::Waiting));
        QCOMPARE(tap(QStringLiteral("success")), 200);
        QVERIFY(waitFor(next.id, AttemptState::Succeeded));
        QCOMPARE(reload(invoice.id).status, InvoiceStatus::Paid);
    }

    void offlineTerminalWaitsThenPushes()
    {
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/terminals/%1/presence").arg(QLatin1String(kTerminal)),
                                    {{QStringLiteral("online"), false}, {QStringLiteral("available"), true}}),
                 200);
        const Invoice invoice = bill({{m_consultation, 1}});
        const PaymentAttempt started = begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                                              QString::fromLatin1(kTerminal), QString()});
        QVERIFY(QTest::qWaitFor([&] { return attempt(started.id).detail.contains(QStringLiteral("offline")); }, 5000));
        QCOMPARE(attempt(started.id).state, AttemptState::Created);
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/terminals/%1/presence").arg(QLatin1String(kTerminal)),
                                    {{QStringLiteral("online"), true}, {QStringLiteral("available"), true}}),
                 200);
        m_engine->checkNow(started.id);
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
    }

    void linkPaidAndLinkAbandoned()
    {
        const Invoice invoice = bill({{m_consultation, 2}});
        const PaymentAttempt started =
            begin({invoice.id, PaymentMethod::Link, invoice.totals.total, std::nullopt, QString(), QString()});
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
        const PaymentAttempt waiting = attempt(started.id);
        QVERIFY(waiting.authorizationUrl.startsWith(m_sandbox->baseUrl().toString()));
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg(waiting.reference),
                                    {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        m_engine->hint(waiting.reference); // as the webhook would
        QVERIFY(waitFor(started.id, AttemptState::Succeeded));
        QCOMPARE(attempt(started.id).paystackReference, waiting.reference);
        QCOMPARE(reload(invoice.id).status, InvoiceStatus::Paid);

        // Nobody pays the second link: expired after the link's lifetime, never marked paid.
        const Invoice other = bill({{m_consultation, 1}});
        const PaymentAttempt abandoned =
            begin({other.id, PaymentMethod::Link, other.totals.total, std::nullopt, QString(), QString()});
        QVERIFY(waitFor(abandoned.id, AttemptState::Waiting));
        m_clock->advanceSeconds(31 * 60);
        m_engine->checkNow(abandoned.id);
        QVERIFY(waitFor(abandoned.id, AttemptState::Expired));
        QCOMPARE(reload(other.id).status, InvoiceStatus::Open);
    }

    void ussdCompletedAndFailed()
    {
        const Invoice invoice = bill({{m_consultation, 1}});
        const PaymentAttempt started = begin(
            {invoice.id, PaymentMethod::Ussd, invoice.totals.total, std::nullopt, QString(), QStringLiteral("737")});
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
        const PaymentAttempt waiting = attempt(started.id);
        QVERIFY2(waiting.ussdCode.startsWith(QLatin1String("*737*")) && waiting.ussdCode.endsWith(u'#'),
                 qPrintable(waiting.ussdCode));
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg(waiting.reference),
                                    {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        QVERIFY(waitFor(started.id, AttemptState::Succeeded));
        QCOMPARE(reload(invoice.id).methods, QStringLiteral(",ussd,"));

        const Invoice other = bill({{m_consultation, 1}});
        const PaymentAttempt failing =
            begin({other.id, PaymentMethod::Ussd, other.totals.total, std::nullopt, QString(), QStringLiteral("919")});
        QVERIFY(waitFor(failing.id, AttemptState::Waiting));
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg(failing.reference),
                                    {{QStringLiteral("outcome"), QStringLiteral("failed")}}),
                 200);
        QVERIFY(waitFor(failing.id, AttemptState::Failed));
        QVERIFY(attempt(failing.id).detail.contains(QStringLiteral("Insufficient funds")));
        QCOMPARE(reload(other.id).status, InvoiceStatus::Open);

        // A code nobody dials expires.
        const PaymentAttempt idle =
            begin({other.id, PaymentMethod::Ussd, other.totals.total, std::nullopt, QString(), QStringLiteral("737")});
        QVERIFY(waitFor(idle.id, AttemptState::Waiting));
        m_clock->advanceSeconds(11 * 60);
        m_engine->checkNow(idle.id);
        QVERIFY(waitFor(idle.id, AttemptState::Expired));
    }

    void cashAndSplitPayment()
    {
        const Invoice invoice = bill({{m_consultation, 3}}); // ₦15,000
        const PaymentAttempt cash =
            begin({invoice.id, PaymentMethod::Cash, ngn(500000), ngn(1000000), QString(), QString()});
        QCOMPARE(cash.state, AttemptState::Succeeded);
        QCOMPARE(reload(invoice.id).status, InvoiceStatus::PartPaid);
        QCOMPARE(reload(invoice.id).balance(), ngn(1000000));
        // The rest on the terminal; the payment request is for the part, without line items.
        const PaymentAttempt rest = begin({invoice.id, PaymentMethod::Terminal, ngn(1000000), std::nullopt,
                                           QString::fromLatin1(kTerminal), QString()});
        QVERIFY(waitFor(rest.id, AttemptState::Waiting));
        const QJsonObject request = m_sandbox->get(QStringLiteral("/paymentrequest/") + attempt(rest.id).requestCode);
        QCOMPARE(request.value(QStringLiteral("data")).toObject().value(QStringLiteral("amount")).toInteger(), 1000000);
        QCOMPARE(tap(QStringLiteral("success")), 200);
        QVERIFY(waitFor(rest.id, AttemptState::Succeeded));
        const Invoice settled = reload(invoice.id);
        QCOMPARE(settled.status, InvoiceStatus::Paid);
        QCOMPARE(settled.paid, ngn(1500000));
        QCOMPARE(settled.methods, QStringLiteral(",cash,terminal,"));
    }

    void restartResumesAttemptsInFlight()
    {
        const Invoice invoice = bill({{m_consultation, 1}});
        const PaymentAttempt started = begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                                              QString::fromLatin1(kTerminal), QString()});
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
        // The desk dies; the customer pays meanwhile; the desk comes back.
        m_engine.reset();
        QCOMPARE(tap(QStringLiteral("success")), 200);
        QTest::qWait(100);
        QCOMPARE(attempt(started.id).state, AttemptState::Waiting);
        startEngine();
        m_engine->start();
        QVERIFY(waitFor(started.id, AttemptState::Succeeded));
        QCOMPARE(reload(invoice.id).status, InvoiceStatus::Paid);
        auto payments =
            sql::exec(db(), QStringLiteral("SELECT COUNT(*) FROM payments WHERE invoice_id = ?"), {invoice.id});
        QVERIFY(payments && payments->next());
        QCOMPARE(payments->value(0).toInt(), 1);
    }

    void anEngineForEveryDeskResumesThemAtStart()
    {
        // paydesk-server's engine has no desk filter: after its restart it must pick up every desk's payments.
        const Invoice invoice = bill({{m_consultation, 1}});
        const PaymentAttempt started = begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                                              QString::fromLatin1(kTerminal), QString()});
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
        m_engine.reset();
        QCOMPARE(tap(QStringLiteral("success")), 200);
        PaymentEngine::Options everyDesk; // desk left empty, as serve has it
        everyDesk.firstCheckMs = 100;
        everyDesk.deliveryCheckMs = 30;
        PaymentEngine server(db(), *m_worker, m_sandbox->client(), everyDesk, *m_clock);
        server.start();
        QVERIFY(waitFor(started.id, AttemptState::Succeeded));
    }

    void lostAnswerIsSettledByListingNotBySendingAgain()
    {
        // Paystack creates the payment request, then the connection drops before the answer.
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/faults"),
                                    {{QStringLiteral("path"), QStringLiteral("/paymentrequest")},
                                     {QStringLiteral("mode"), QStringLiteral("drop")},
                                     {QStringLiteral("count"), 1}}),
                 200);
        const Invoice invoice = bill({{m_consultation, 1}});
        const PaymentAttempt started = begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                                              QString::fromLatin1(kTerminal), QString()});
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
        QVERIFY(timeline(started.id).contains(QStringLiteral("unknown")));
        // Exactly one payment request exists, and it is the one the attempt follows.
        const QJsonArray requests =
            m_sandbox->get(QStringLiteral("/paymentrequest?perPage=100")).value(QStringLiteral("data")).toArray();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().toObject().value(QStringLiteral("request_code")).toString(),
                 attempt(started.id).requestCode);
        QCOMPARE(tap(QStringLiteral("success")), 200);
        QVERIFY(waitFor(started.id, AttemptState::Succeeded));
    }

    void refundsTerminalLinkAndCash()
    {
        QVERIFY(UserRepository(db()).create({QStringLiteral("sam"), QStringLiteral("Sam Supervisor"), Role::Supervisor,
                                             QStringLiteral("supervisor-pass-1")},
                                            QStringLiteral("test")));
        RefundEngine::Options options;
        options.firstCheckMs = 100;
        options.maxCheckMs = 400;
        RefundEngine refunds(db(), *m_worker, m_sandbox->client(), options, *m_clock);
        auto refund = [&](qint64 attemptId, qint64 kobo, const BillingActor& actor) {
            const auto refundable = *RefundRepository(db()).refundableForAttempt(attemptId);
            std::optional<Result<Refund, QString>> result;
            refunds.request(refundable->first, Money::fromMinor(kobo, Currency::ngn()),
                            QStringLiteral("patient discharged early"), actor, this,
                            [&](const Result<Refund, QString>& r) { result = r; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
                qFatal("refund request never answered");
            return *result;
        };
        auto state = [&](qint64 id) { return (*RefundRepository(db()).find(id))->state; };
        const BillingActor approved{QStringLiteral("ada"), QStringLiteral("Desk 1"), QStringLiteral("sam")};

        // A terminal payment, partly refunded: Paystack's refund goes pending, then processed.
        const Invoice invoice = bill({{m_consultation, 2}}); // ₦10,000
        const PaymentAttempt paid = begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                                           QString::fromLatin1(kTerminal), QString()});
        QVERIFY(waitFor(paid.id, AttemptState::Waiting));
        QCOMPARE(tap(QStringLiteral("success")), 200);
        QVERIFY(waitFor(paid.id, AttemptState::Succeeded));
        QVERIFY(attempt(paid.id).transactionId != 0); // the payment request listed its transaction
        const auto refused = refund(paid.id, 300000, cashier());
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("supervisor")));
        QVERIFY(!refund(paid.id, 1000001, approved)); // more than was paid
        const auto partial = refund(paid.id, 300000, approved);
        QVERIFY2(partial, qPrintable(partial ? QString() : partial.error()));
        QVERIFY(QTest::qWaitFor([&] { return state(partial->id) == Refund::State::Processed; }, 10000));
        Invoice after = reload(invoice.id);
        QCOMPARE(after.refunded, ngn(300000));
        QCOMPARE(after.status, InvoiceStatus::Paid);
        const QJsonArray paystackRefunds =
            m_sandbox->get(QStringLiteral("/refund")).value(QStringLiteral("data")).toArray();
        QCOMPARE(paystackRefunds.size(), 1);
        // The rest: the invoice is then fully refunded.
        const auto rest = refund(paid.id, 700000, approved);
        QVERIFY(rest);
        QVERIFY(QTest::qWaitFor([&] { return state(rest->id) == Refund::State::Processed; }, 10000));
        QCOMPARE(reload(invoice.id).status, InvoiceStatus::Refunded);
        QVERIFY(!refund(paid.id, 1, approved)); // nothing left

        // A link payment refunded in full, with the refund's answer lost: settled by listing, not asked twice.
        const Invoice linked = bill({{m_consultation, 1}});
        const PaymentAttempt link =
            begin({linked.id, PaymentMethod::Link, linked.totals.total, std::nullopt, QString(), QString()});
        QVERIFY(waitFor(link.id, AttemptState::Waiting));
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg(attempt(link.id).reference),
                                    {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        m_engine->checkNow(link.id);
        QVERIFY(waitFor(link.id, AttemptState::Succeeded));
        QCOMPARE(
            m_sandbox->control(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("path"), QStringLiteral("/refund")},
                                                                    {QStringLiteral("mode"), QStringLiteral("drop")},
                                                                    {QStringLiteral("count"), 1}}),
            200);
        const auto full = refund(link.id, 500000, {QStringLiteral("sam"), QStringLiteral("Desk 1"), QString()});
        QVERIFY(full);
        QVERIFY(QTest::qWaitFor([&] { return state(full->id) == Refund::State::Processed; }, 15000));
        QCOMPARE(m_sandbox->get(QStringLiteral("/refund")).value(QStringLiteral("data")).toArray().size(), 3);
        QCOMPARE(reload(linked.id).status, InvoiceStatus::Refunded);

        // Cash goes back over the counter at once.
        const Invoice cashBill = bill({{m_consultation, 1}});
        const PaymentAttempt cash = begin(
            {cashBill.id, PaymentMethod::Cash, cashBill.totals.total, cashBill.totals.total, QString(), QString()});
        const auto handed = refund(cash.id, 500000, approved);
        QVERIFY(handed);
        QCOMPARE(handed->state, Refund::State::Processed);
        QCOMPARE(reload(cashBill.id).status, InvoiceStatus::Refunded);
    }

    void twoEnginesNeverDriveOnePaymentAtOnce()
    {
        // A desk's engine and paydesk-server's on one database: the attempt lease lets one work at a time.
        PaymentEngine::Options options;
        options.name = QStringLiteral("server-b");
        options.firstCheckMs = 100;
        options.maxCheckMs = 300;
        options.deliveryCheckMs = 30;
        PaymentEngine other(db(), *m_worker, m_sandbox->client(), options, *m_clock);
        QList<PaymentAttempt> seenByOther;
        connect(&other, &PaymentEngine::attemptChanged, this, [&](const PaymentAttempt& a) { seenByOther << a; });
        const Invoice invoice = bill({{m_consultation, 1}});
        const PaymentAttempt started = begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                                              QString::fromLatin1(kTerminal), QString()});
        for (int i = 0; i < 20; ++i) { // the other engine keeps trying to pick it up while this one creates and pushes
            other.checkNow(started.id);
            QTest::qWait(15);
        }
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
        QCOMPARE(tap(QStringLiteral("success")), 200);
        other.checkNow(started.id);
        m_engine->checkNow(started.id);
        QVERIFY(waitFor(started.id, AttemptState::Succeeded));
        QCOMPARE(m_sandbox->get(QStringLiteral("/paymentrequest?perPage=100"))
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(timeline(started.id).count(QStringLiteral("sent")), 1);
        QCOMPARE(timeline(started.id).count(QStringLiteral("succeeded")), 1);
        QVERIFY(!seenByOther.isEmpty());
    }

    void reconcileFixesMissedSuccessesAndReportsTheRest()
    {
        // Matched: a link paid while the desk watched.
        const Invoice first = bill({{m_consultation, 1}});
        const PaymentAttempt watched =
            begin({first.id, PaymentMethod::Link, first.totals.total, std::nullopt, QString(), QString()});
        QVERIFY(waitFor(watched.id, AttemptState::Waiting));
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg(watched.reference),
                                    {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        m_engine->checkNow(watched.id);
        QVERIFY(waitFor(watched.id, AttemptState::Succeeded));
        // Missed: the desk goes down, the customer pays, no webhook reaches anyone.
        const Invoice second = bill({{m_consultation, 1}});
        const PaymentAttempt missed = begin(
            {second.id, PaymentMethod::Ussd, second.totals.total, std::nullopt, QString(), QStringLiteral("737")});
        QVERIFY(waitFor(missed.id, AttemptState::Waiting));
        m_engine.reset();
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg(missed.reference),
                                    {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        // A stranger: a payment on the same Paystack account that this hospital's desks never made.
        paystack::TransactionInput stranger;
        stranger.email = QStringLiteral("someone@example.com");
        stranger.amount = ngn(250000);
        stranger.reference = QStringLiteral("OTHER-SHOP-1");
        std::optional<bool> initialized;
        m_sandbox->client().initializeTransaction(stranger, this, [&](const auto& r) { initialized = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return initialized.has_value(); }, 5000) && *initialized);
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/charges/OTHER-SHOP-1/complete"),
                                    {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        // Missing at Paystack: a payment recorded here that Paystack does not have (a ghost).
        const Invoice third = bill({{m_consultation, 1}});
        const PaymentAttempt ghost = *AttemptRepository(db()).create(
            {third.id, PaymentMethod::Link, third.totals.total, std::nullopt, QString(), QString()}, cashier());
        QVERIFY(AttemptRepository(db()).transition(
            ghost.id, AttemptState::Succeeded, QStringLiteral("test"), QStringLiteral("ghost"),
            VerifiedPayment{third.totals.total, QStringLiteral("PD-GHOST"), 0, QDateTime()}));

        startEngine(); // not started: only the reconciler's fix may record the missed payment
        Reconciler reconciler(db(), *m_worker, m_sandbox->client(), m_engine.get());
        std::optional<Result<ReconcileReport, QString>> report;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        reconciler.run(now.addSecs(-3600), now.addSecs(3600), this, [&](const auto& r) { report = r; });
        QVERIFY(QTest::qWaitFor([&] { return report.has_value(); }, 10000));
        QVERIFY2(*report, qPrintable(report->ok() ? QString() : report->error()));
        const ReconcileReport& r = report->value();
        QCOMPARE(r.count(ReconcileLine::Kind::Matched), 1);
        QCOMPARE(r.count(ReconcileLine::Kind::Fixed), 1);
        QCOMPARE(r.count(ReconcileLine::Kind::MissingOurs), 1);
        QCOMPARE(r.count(ReconcileLine::Kind::MissingTheirs), 1);
        QCOMPARE(r.count(ReconcileLine::Kind::AmountMismatch), 0);
        QVERIFY(!r.clean());
        for (const ReconcileLine& line : r.lines) {
            if (line.kind == ReconcileLine::Kind::MissingOurs)
                QCOMPARE(line.reference, QStringLiteral("OTHER-SHOP-1"));
            if (line.kind == ReconcileLine::Kind::MissingTheirs)
                QCOMPARE(line.attemptId, ghost.id);
        }
        // The fix is a verification, recorded once.
        QVERIFY(waitFor(missed.id, AttemptState::Succeeded));
        QCOMPARE(reload(second.id).status, InvoiceStatus::Paid);
    }

    // Terminal payments are also compared request by request, and the whole reconciliation is for supervisors:
    // checked in core, audited with its counts; a line opens onto the invoice and the deliveries behind it.
    void reconciliationComparesPaymentRequestsForSupervisorsOnly()
    {
        const auto terminalPayment = [&](const Invoice& invoice) {
            return begin({invoice.id, PaymentMethod::Terminal, invoice.totals.total, std::nullopt,
                          QString::fromLatin1(kTerminal), QString()});
        };
        // Matched: tapped while the desk watched.
        const Invoice first = bill({{m_consultation, 1}});
        const PaymentAttempt watched = terminalPayment(first);
        QVERIFY(waitFor(watched.id, AttemptState::Waiting));
        QCOMPARE(tap(QStringLiteral("success")), 200);
        QVERIFY(waitFor(watched.id, AttemptState::Succeeded));
        // Missed: the desk goes down once the request is on the terminal; the customer taps.
        const Invoice second = bill({{m_consultation, 1}});
        const PaymentAttempt missed = terminalPayment(second);
        QVERIFY(waitFor(missed.id, AttemptState::Waiting));
        m_engine.reset();
        QCOMPARE(tap(QStringLiteral("success")), 200);
        // A ghost: recorded here as paid on a terminal, under a request Paystack never had.
        const Invoice third = bill({{m_consultation, 1}});
        const PaymentAttempt ghost =
            *AttemptRepository(db()).create({third.id, PaymentMethod::Terminal, third.totals.total, std::nullopt,
                                             QStringLiteral("2232WE18"), QString()},
                                            cashier());
        QVERIFY(sql::exec(db(), QStringLiteral("UPDATE payment_attempts SET paystack_request_code = ? WHERE id = ?"),
                          {QStringLiteral("PRQ_ghost00000001"), ghost.id}));
        QVERIFY(AttemptRepository(db()).transition(
            ghost.id, AttemptState::Succeeded, QStringLiteral("test"), QStringLiteral("ghost"),
            VerifiedPayment{third.totals.total, QStringLiteral("PD-GHOST-TERMINAL"), 0, QDateTime()}));
        QVERIFY(UserRepository(db()).create({QStringLiteral("tunde"), QStringLiteral("Tunde Supervisor"),
                                             Role::Supervisor, QStringLiteral("supervisor-pass-1")},
                                            QStringLiteral("test")));

        startEngine();
        airtime::VtpassProvider::Options vtpass;
        vtpass.baseUrl = m_sandbox->baseUrl();
        airtime::VtpassProvider provider(m_sandbox->network(), m_sandbox->secrets(), vtpass);
        Reconciliation reconciliation(db(), *m_worker, m_sandbox->client(), m_engine.get(), &provider);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto run = [&](const QString& viewer) {
            std::optional<Result<ReconcileReport, QString>> got;
            reconciliation.run(viewer, now.addSecs(-3600), now.addSecs(3600), this, [&](const auto& r) { got = r; });
            if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
                qFatal("the reconciliation never answered");
            return *got;
        };
        const auto refused = run(QStringLiteral("ada"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("supervisors")), qPrintable(refused.error()));
        QVERIFY(AuditLog(db()).latest(1)->constFirst().action != u"reconcile.run");

        const auto report = run(QStringLiteral("tunde"));
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error()));
        using Kind = ReconcileLine::Kind;
        const auto requests = ReconcileLine::Source::PaymentRequest;
        QCOMPARE(report->count(requests, Kind::Matched), 1);
        QCOMPARE(report->count(requests, Kind::Fixed), 1);
        QCOMPARE(report->count(requests, Kind::MissingTheirs), 1);
        QCOMPARE(report->count(requests, Kind::MissingOurs), 0);
        QCOMPARE(report->count(ReconcileLine::Source::Transaction, Kind::MissingTheirs), 1);
        QCOMPARE(report->count(ReconcileLine::Source::Transaction, Kind::MissingOurs), 0);
        QCOMPARE(report->count(ReconcileLine::Source::Transaction, Kind::Matched), 1);
        QCOMPARE(report->count(ReconcileLine::Source::Transaction, Kind::Fixed), 1);
        QVERIFY(!report->clean());
        QVERIFY(report->airtimeChecked);
        QCOMPARE(report->requestsPaid.size(), 1);
        QCOMPARE(report->requestsPaid.constFirst().amount, *first.totals.total.plus(second.totals.total));
        const AuditEntry audited = AuditLog(db()).latest(1)->constFirst();
        QCOMPARE(audited.action, QStringLiteral("reconcile.run"));
        QCOMPARE(audited.actor, QStringLiteral("tunde"));
        QVERIFY(waitFor(missed.id, AttemptState::Succeeded)); // the fix: verified and recorded once
        QCOMPARE(reload(second.id).status, InvoiceStatus::Paid);

        // Opening the matched request's line: its invoice and the webhook delivery about it.
        const auto matched = std::find_if(report->lines.begin(), report->lines.end(), [&](const ReconcileLine& l) {
            return l.source == requests && l.kind == Kind::Matched;
        });
        QCOMPARE(matched->invoiceNumber, first.number);
        InboxEntry delivery;
        delivery.dedupeKey = QString(QStringLiteral("paymentrequest.success:") + matched->reference);
        delivery.event = QStringLiteral("paymentrequest.success");
        delivery.state = QStringLiteral("processed");
        delivery.body = "{}";
        delivery.headers = QStringLiteral("{}");
        delivery.source = QStringLiteral("127.0.0.1");
        delivery.receivedAt = now;
        QVERIFY(WebhookInbox(db()).storeBatch({delivery}));
        QVERIFY(!reconcileLineDetails(db(), QStringLiteral("ada"), *matched).ok());
        const auto details = reconcileLineDetails(db(), QStringLiteral("tunde"), *matched);
        QVERIFY2(details.ok(), qPrintable(details ? QString() : details.error()));
        QCOMPARE(details->events.size(), 1);
        QCOMPARE(details->events.constFirst().event, QStringLiteral("paymentrequest.success"));
        QVERIFY(std::any_of(details->ours.begin(), details->ours.end(),
                            [&](const auto& field) { return field.second == first.number; }));
    }

    void patientWithoutEmailGetsASyntheticAddress()
    {
        const Patient walkIn =
            *PatientRepository(db()).create({QStringLiteral("HN-555555"), QStringLiteral("Walk"), QStringLiteral("In"),
                                             QString(), QString(), QString(), QDate(), QString()},
                                            QStringLiteral("ada"));
        const Invoice invoice = bill({{m_consultation, 1}}, walkIn);
        const PaymentAttempt started = begin(
            {invoice.id, PaymentMethod::Ussd, invoice.totals.total, std::nullopt, QString(), QStringLiteral("737")});
        QVERIFY(waitFor(started.id, AttemptState::Waiting));
        const Patient linked = **PatientRepository(db()).find(walkIn.id);
        QCOMPARE(linked.paystackEmail, QStringLiteral("patient-hn555555@no-email.hospital.example"));
        QVERIFY(!linked.paystackCustomerCode.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPaymentEngine)
#include "test_payment_engine.moc"
