#include "airtime/airtime_catalog.h"
#include "airtime/airtime_engine.h"
#include "airtime/airtime_reconciler.h"
#include "airtime/catalog_repository.h"
#include "airtime/customer_payment_service.h"
#include "airtime/mobile_number.h"
#include "airtime/topup_service.h"
#include "airtime/vtpass_provider.h"
#include "airtime/wallet.h"
#include "catalog_edit.h"
#include "sandbox_rig.h"
#include "scratch_database.h"
#include "security/audit_log.h"
#include "security/user_repository.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace paydesk;
using namespace paydesk::airtime;
using namespace paydesk::test;

// The airtime kiosk's money path end to end, on both databases: the engine against paydesk-sandbox's VTpass API
// over real loopback HTTP. The sandbox's control API decides what each number does (delivered, pending, failed,
// a timeout, a dropped connection, an answer that is not JSON), and the test takes the link down and back.
class TestAirtimeKiosk : public QObject
{
    Q_OBJECT

    static Money ngn(qint64 naira) { return Money::fromMinor(naira * 100, Currency::ngn()); }

    std::unique_ptr<SandboxRig> m_sandbox;
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<VtpassProvider> m_provider;
    std::unique_ptr<AirtimeEngine> m_engine;

    const Database& db() const { return m_scratch->db(); }

    void startEngine()
    {
        AirtimeEngine::Options options;
        options.desk = QStringLiteral("Kiosk 1");
        options.firstCheckMs = 100;
        options.maxCheckMs = 400;
        options.offlineRetryMs = 150;
        m_engine = std::make_unique<AirtimeEngine>(db(), *m_worker, *m_provider, options);
        m_engine->start();
    }

    bool prepare(const QString& backend)
    {
        m_sandbox = std::make_unique<SandboxRig>();
        if (!m_sandbox->isReady())
            return false;
        m_scratch = std::make_unique<ScratchDatabase>(backend);
        if (!m_scratch->isReady())
            return false;
        if (!m_scratch->migrate())
            return false;
        m_worker = std::make_unique<DatabaseWorker>();
        m_worker->adopt(db());
        VtpassProvider::Options options;
        options.baseUrl = m_sandbox->baseUrl();
        options.vendDeadlineMs = 400;
        options.queryDeadlineMs = 400;
        m_provider = std::make_unique<VtpassProvider>(m_sandbox->network(), m_sandbox->secrets(), options);
        // The vendor's float: ₦10,000 to start with.
        return Wallet(db())
            .credit(ngn(10000), WalletEntry::Kind::Adjustment, 0, 0, QStringLiteral("admin"),
                    QStringLiteral("opening float"))
            .ok();
    }

    void cleanup()
    {
        m_engine.reset();
        m_provider.reset();
        m_worker.reset();
        m_scratch.reset();
        m_sandbox.reset();
    }

    void numberDoes(const QString& national, const QString& outcome)
    {
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/vtpass/numbers"),
                                    {{QStringLiteral("phone"), national}, {QStringLiteral("outcome"), outcome}}),
                 200);
    }

    NewSale newSale(const QString& typed, qint64 naira, const QString& network = QString())
    {
        const AirtimeCatalog& catalog = AirtimeCatalog::builtIn();
        const auto number = parseMobileNumber(typed, catalog);
        if (!number)
            qFatal("bad test number %s", qPrintable(typed));
        const Network* detected = catalog.detect(number->country, number->national.mid(1));
        const Network* chosen = network.isEmpty() ? detected : catalog.network(network);
        NewSale sale;
        sale.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        sale.desk = QStringLiteral("Kiosk 1");
        sale.vendor = QStringLiteral("amina");
        sale.phone = number->e164;
        sale.country = number->country;
        sale.network = chosen->code;
        sale.detectedNetwork = detected ? detected->code : QString();
        sale.provider = m_provider->name();
        sale.providerService = chosen->providerService;
        sale.amount = ngn(naira);
        sale.commission = AirtimeCatalog::commission(*chosen, sale.amount);
        return sale;
    }

    Result<AirtimeSale, SaleError> sell(const NewSale& sale)
    {
        std::optional<Result<AirtimeSale, SaleError>> result;
        m_engine->sell(sale, this, [&](const Result<AirtimeSale, SaleError>& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            qFatal("sell() did not answer");
        return *result;
    }

    AirtimeSale read(qint64 id) const { return **SaleRepository(db()).find(id); }

    bool waitForState(qint64 id, SaleState state, int ms = 8000) const
    {
        return QTest::qWaitFor([&] { return read(id).state == state; }, ms);
    }

    Money wallet() const { return *Wallet(db()).balance(Currency::ngn()); }

    // The sales VTpass made to this number (from the sandbox's own books).
    int sandboxSales(const QString& national)
    {
        int count = 0;
        const QJsonArray sales =
            m_sandbox->controlGet(QStringLiteral("/_sandbox/vtpass/sales")).value(QStringLiteral("data")).toArray();
        for (const QJsonValue& sale : sales)
            count += sale.toObject().value(QStringLiteral("phone")).toString() == national ? 1 : 0;
        return count;
    }

  private slots:
    void delivered_data() { addBackendRows(); }
    void delivered()
    {
        QFETCH(QString, backend);
        QVERIFY(prepare(backend));
        startEngine();
        numberDoes(QStringLiteral("08031234567"), QStringLiteral("delivered"));
        const auto sale = sell(newSale(QStringLiteral("0803 123 4567"), 100));
        QVERIFY2(sale.ok(), qPrintable(sale ? QString() : sale.error().message));
        QCOMPARE(sale->network, QStringLiteral("mtn"));
        QCOMPARE(sale->commission, ngn(3));
        QCOMPARE(wallet(), *ngn(10000).minus(ngn(97))); // debited with the sale, before anything was sent
        QVERIFY(waitForState(sale->id, SaleState::Delivered));
        const AirtimeSale done = read(sale->id);
        QVERIFY(done.requestId.startsWith(
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(3600)).toString(QStringLiteral("yyyyMMdd"))));
        QVERIFY(!done.providerTransactionId.isEmpty());
        QCOMPARE(done.providerCode, QStringLiteral("000"));
        QCOMPARE(wallet(), *ngn(10000).minus(ngn(97)));
        QCOMPARE(sandboxSales(QStringLiteral("08031234567")), 1);
    }

    // A confirmed failure gives the wallet the cost back, once.
    void failedCreditsTheWalletOnce_data() { addBackendRows(); }
    void failedCreditsTheWalletOnce()
    {
        QFETCH(QString, backend);
        QVERIFY(prepare(backend));
        startEngine();
        numberDoes(QStringLiteral("08051234567"), QStringLiteral("failed"));
        const auto sale = sell(newSale(QStringLiteral("+234 805 123 4567"), 500));
        QVERIFY(sale.ok());
        QCOMPARE(sale->network, QStringLiteral("glo"));
        QCOMPARE(sale->commission, ngn(20)); // Glo: 4 %
        QVERIFY(waitForState(sale->id, SaleState::Failed));
        QCOMPARE(read(sale->id).providerCode, QStringLiteral("016"));
        QCOMPARE(wallet(), ngn(10000));
        // Telling the repository again changes nothing and credits nothing.
        SaleRepository::Outcome again;
        again.state = SaleState::Failed;
        again.detail = QStringLiteral("again");
        QVERIFY(SaleRepository(db()).transition(sale->id, again, QStringLiteral("test")).ok());
        QCOMPARE(wallet(), ngn(10000));
        const auto entries = *Wallet(db()).entries(Currency::ngn());
        QCOMPARE(std::count_if(entries.begin(), entries.end(),
                               [](const WalletEntry& e) { return e.kind == WalletEntry::Kind::Reversal; }),
                 1);
    }

    // Pending, a timeout, a dropped connection and an answer that is not JSON: never refunded, requeried until
    // VTpass says how it went.
    void unclearAnswersAreRequeriedNeverRefunded_data() { addBackendRows(); }
    void unclearAnswersAreRequeriedNeverRefunded()
    {
        QFETCH(QString, backend);
        QVERIFY(prepare(backend));
        startEngine();
        const QStringList outcomes{QStringLiteral("pending"), QStringLiteral("timeout"), QStringLiteral("drop"),
                                   QStringLiteral("unexpected")};
        QHash<qint64, QList<SaleState>> seen;
        connect(m_engine.get(), &AirtimeEngine::saleChanged, this,
                [&](const AirtimeSale& sale) { seen[sale.id] << sale.state; });
        QList<qint64> ids;
        for (int i = 0; i < outcomes.size(); ++i) {
            const QString national = QStringLiteral("0806000000%1").arg(i);
            numberDoes(national, outcomes.at(i));
            const auto sale = sell(newSale(national, 100));
            QVERIFY(sale.ok());
            ids << sale->id;
        }
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY2(waitForState(ids.at(i), SaleState::Delivered), qPrintable(outcomes.at(i)));
            const QList<SaleState>& states = seen.value(ids.at(i));
            const SaleState unclear = outcomes.at(i) == u"pending" ? SaleState::Pending : SaleState::Unknown;
            QVERIFY2(states.contains(unclear), qPrintable(outcomes.at(i)));
            QVERIFY(!states.contains(SaleState::Failed));
            QCOMPARE(sandboxSales(QStringLiteral("0806000000%1").arg(i)), 1);
        }
        QCOMPARE(wallet(), *ngn(10000).minus(ngn(4 * 97)));
    }

    // The provider cannot be reached: sales are taken, told "queued", and sent in order when the link returns.
    void offlineSalesQueueAndFlushInOrder_data() { addBackendRows(); }
    void offlineSalesQueueAndFlushInOrder()
    {
        QFETCH(QString, backend);
        QVERIFY(prepare(backend));
        startEngine();
        QSignalSpy link(m_engine.get(), &AirtimeEngine::linkChanged);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            numberDoes(QStringLiteral("0703000000%1").arg(i), QStringLiteral("delivered"));
        m_sandbox->stopListening();
        for (int i = 0; i < 3; ++i) {
            const QString national = QStringLiteral("0703000000%1").arg(i);
            const auto sale = sell(newSale(national, 200));
            QVERIFY(sale.ok());
            ids << sale->id;
        }
        QVERIFY(QTest::qWaitFor([&] { return !m_engine->isOnline(); }, 5000));
        QVERIFY(!link.isEmpty());
        QVERIFY(!m_engine->linkDetail().isEmpty());
        QTest::qWait(400); // a few retries while the link is down
        // A retry in flight shows the sale as Sending for a moment (longer on a loaded machine); it falls back to
        // Created when the link is found down. Read the sales between retries.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(ids.begin(), ids.end(),
                                   [&](qint64 id) { return read(id).state == SaleState::Created; });
            },
            5000));
        for (qint64 id : ids) {
            QCOMPARE(read(id).state, SaleState::Created);
            QCOMPARE(read(id).detail.isEmpty(), id != ids.first()); // the first one tried and was told why
        }
        QVERIFY(m_sandbox->listenAgain());
        for (qint64 id : ids)
            QVERIFY(waitForState(id, SaleState::Delivered));
        QVERIFY(m_engine->isOnline());
        // VTpass got each once, in the order they were sold.
        const QJsonArray sales =
            m_sandbox->controlGet(QStringLiteral("/_sandbox/vtpass/sales")).value(QStringLiteral("data")).toArray();
        QCOMPARE(sales.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sales.at(i).toObject().value(QStringLiteral("request_id")).toString(), read(ids.at(i)).requestId);
    }

    // The kiosk stops mid-sale: after the request left (the answer never came), and before it left.
    void rebootMidSale_data() { addBackendRows(); }
    void rebootMidSale()
    {
        QFETCH(QString, backend);
        QVERIFY(prepare(backend));
        startEngine();
        numberDoes(QStringLiteral("08090000001"), QStringLiteral("timeout"));
        const auto inFlight = sell(newSale(QStringLiteral("08090000001"), 1000));
        QVERIFY(inFlight.ok());
        QVERIFY(waitForState(inFlight->id, SaleState::Sent));
        m_engine.reset(); // the power goes while VTpass is doing it

        // A second sale whose request id was saved but never sent.
        numberDoes(QStringLiteral("08180000002"), QStringLiteral("delivered"));
        const NewSale never = newSale(QStringLiteral("08180000002"), 100);
        const auto created = SaleRepository(db()).create(never);
        QVERIFY(created.ok());
        const auto sent =
            SaleRepository(db()).markSent(created->id, m_provider->newRequestId(QDateTime::currentDateTimeUtc()));
        QVERIFY(sent.ok());

        startEngine(); // the reboot
        QVERIFY(waitForState(inFlight->id, SaleState::Delivered));
        QVERIFY(waitForState(created->id, SaleState::Delivered));
        QCOMPARE(sandboxSales(QStringLiteral("08090000001")), 1);
        QCOMPARE(sandboxSales(QStringLiteral("08180000002")), 1);
        QCOMPARE(read(created->id).requestId, sent->requestId); // sent again under its own id, never a new one
        QCOMPARE(wallet(), *ngn(10000).minus(ngn(960)).value().minus(ngn(96)));
    }

    // Confirm tapped twice, a wallet too low, VTpass's float too low.
    void doubleTapsAndBalances_data() { addBackendRows(); }
    void doubleTapsAndBalances()
    {
        QFETCH(QString, backend);
        QVERIFY(prepare(backend));
        startEngine();
        const NewSale sale = newSale(QStringLiteral("0813 000 0003"), 100);
        std::optional<Result<AirtimeSale, SaleError>> first;
        std::optional<Result<AirtimeSale, SaleError>> second;
        m_engine->sell(sale, this, [&](const auto& r) { first = r; });
        m_engine->sell(sale, this, [&](const auto& r) { second = r; });
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 5000));
        QVERIFY(first->ok() && second->ok());
        QCOMPARE((*first)->id, (*second)->id);
        QVERIFY(waitForState((*first)->id, SaleState::Failed)); // sandbox numbers fail unless told otherwise
        QCOMPARE(sandboxSales(QStringLiteral("08130000003")), 1);
        QCOMPARE(wallet(), ngn(10000));

        const auto tooMuch = sell(newSale(QStringLiteral("08130000004"), 20000));
        QVERIFY(!tooMuch.ok());
        QCOMPARE(tooMuch.error().kind, SaleError::Kind::InsufficientBalance);
        QVERIFY2(tooMuch.error().message.contains(u"Top the wallet up"), qPrintable(tooMuch.error().message));
        QCOMPARE(SaleRepository(db()).recent(QString(), QDateTime())->size(), 1); // nothing recorded
        QCOMPARE(wallet(), ngn(10000));

        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/vtpass/balance"), {{QStringLiteral("naira"), 10}}), 200);
        numberDoes(QStringLiteral("08130000005"), QStringLiteral("delivered"));
        const auto lowFloat = sell(newSale(QStringLiteral("08130000005"), 100));
        QVERIFY(lowFloat.ok());
        QVERIFY(waitForState(lowFloat->id, SaleState::Failed));
        QCOMPARE(read(lowFloat->id).providerCode, QStringLiteral("018"));
        QCOMPARE(wallet(), ngn(10000));
        QCOMPARE(sandboxSales(QStringLiteral("08130000005")), 0);
    }

    // A top-up through Paystack: the checkout link first, the wallet credited only when the payment is verified,
    // and once however often it is verified; an unpaid one cancelled, a declined one failed, a restart resumes.
    void topUpThroughPaystack_data() { addBackendRows(); }
    void topUpThroughPaystack()
    {
        QFETCH(QString, backend);
        QVERIFY(prepare(backend));
        TopUpService::Options options;
        options.desk = QStringLiteral("Kiosk 1");
        options.email = QStringLiteral("vendor@kiosk.example.org");
        options.firstCheckMs = 50;
        options.maxCheckMs = 200;
        auto service = std::make_unique<TopUpService>(db(), *m_worker, m_sandbox->client(), options);
        auto request = [&](qint64 naira) {
            std::optional<Result<TopUp, QString>> answer;
            service->request(ngn(naira), QStringLiteral("amina"), this,
                             [&](const Result<TopUp, QString>& r) { answer = r; });
            if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
                qFatal("request() did not answer");
            return *answer;
        };
        auto read = [&](qint64 id) { return **TopUpRepository(db()).find(id); };
        auto complete = [&](const QString& reference, const QString& outcome) {
            return m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg(reference),
                                      {{QStringLiteral("outcome"), outcome}});
        };

        const auto paid = request(5000);
        QVERIFY2(paid.ok(), qPrintable(paid ? QString() : paid.error()));
        QVERIFY(paid->reference.startsWith(QStringLiteral("TOPUP-")));
        QVERIFY(paid->authorizationUrl.startsWith(m_sandbox->baseUrl().toString()));
        QCOMPARE(paid->state, TopUp::State::Initialized);
        QTest::qWait(300); // verified a few times while unpaid: nothing credited
        QCOMPARE(wallet(), ngn(10000));
        QCOMPARE(complete(paid->reference, QStringLiteral("success")), 200);
        QVERIFY(QTest::qWaitFor([&] { return read(paid->id).state == TopUp::State::Paid; }, 5000));
        QCOMPARE(wallet(), ngn(15000));
        QVERIFY(read(paid->id).paystackTransactionId > 0);
        // Verified again by the vendor and marked paid again directly: still one credit.
        service->checkNow(paid->id);
        QTest::qWait(200);
        QVERIFY(TopUpRepository(db()).markPaid(paid->id, 1, QStringLiteral("test")).ok());
        QCOMPARE(wallet(), ngn(15000));

        // Declined at checkout: failed with Paystack's words, nothing credited.
        const auto declined = request(2000);
        QVERIFY(declined.ok());
        QCOMPARE(complete(declined->reference, QStringLiteral("failed")), 200);
        QVERIFY(QTest::qWaitFor([&] { return read(declined->id).state == TopUp::State::Failed; }, 5000));
        QVERIFY2(read(declined->id).detail.contains(QStringLiteral("Insufficient funds")),
                 qPrintable(read(declined->id).detail));
        QCOMPARE(wallet(), ngn(15000));

        // Cancelled while unpaid: failed and says who.
        const auto abandoned = request(1000);
        QVERIFY(abandoned.ok());
        service->cancel(abandoned->id, QStringLiteral("amina"));
        QVERIFY(QTest::qWaitFor([&] { return read(abandoned->id).state == TopUp::State::Failed; }, 5000));
        QVERIFY(read(abandoned->id).detail.contains(QStringLiteral("amina")));

        // Paid while the kiosk was off: the next start verifies it and credits it.
        const auto whileOff = request(3000);
        QVERIFY(whileOff.ok());
        service.reset();
        QCOMPARE(complete(whileOff->reference, QStringLiteral("success")), 200);
        QCOMPARE(wallet(), ngn(15000));
        service = std::make_unique<TopUpService>(db(), *m_worker, m_sandbox->client(), options);
        service->start();
        QVERIFY(QTest::qWaitFor([&] { return read(whileOff->id).state == TopUp::State::Paid; }, 5000));
        QCOMPARE(wallet(), ngn(18000));

        // Cancelling one that was in fact paid credits it instead of losing it.
        const auto paidThenCancelled = request(700);
        QVERIFY(paidThenCancelled.ok());
        QCOMPARE(complete(paidThenCancelled->reference, QStringLiteral("success")), 200);
        service->cancel(paidThenCancelled->id, QStringLiteral("amina"));
        QVERIFY(QTest::qWaitFor([&] { return read(paidThenCancelled->id).state == TopUp::State::Paid; }, 5000));
        QCOMPARE(wallet(), ngn(18700));

        // Paystack unreachable when the link is asked for: failed with the reason, nothing to pay.
        m_sandbox->stopListening();
        const auto unreachable = request(1000);
        QVERIFY(!unreachable.ok());
        QVERIFY2(!unreachable.error().isEmpty(), "no reason given");
        QVERIFY(m_sandbox->listenAgain());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return TopUpRepository(db()).recent(QStringLiteral("Kiosk 1"))->first().state == TopUp::State::Failed;
            },
            5000));
        QCOMPARE(wallet(), ngn(18700));
        const auto entries = *Wallet(db()).entries(Currency::ngn());
        QCOMPARE(std::count_if(entries.begin(), entries.end(),
                               [](const WalletEntry& e) { return e.kind == WalletEntry::Kind::TopUp; }),
                 3);
    }

    // The customer pays with a bank's USSD code: the airtime is sold only once Paystack verifies the payment, once
    // however often it is verified; declined, cancelled and unaffordable payments sell nothing; a payment made while
    // the kiosk was off is sold at the next start; one the wallet could not cover is sold after a top-up.
    void paidByBankUssd_data() { addBackendRows(); }
    void paidByBankUssd()
    {
        QFETCH(QString, backend);
        QVERIFY(prepare(backend));
        startEngine();
        CustomerPaymentService::Options options;
        options.desk = QStringLiteral("Kiosk 1");
        options.email = QStringLiteral("vendor@kiosk.example.org");
        options.firstCheckMs = 50;
        options.maxCheckMs = 200;
        auto service =
            std::make_unique<CustomerPaymentService>(db(), *m_worker, m_sandbox->client(), *m_engine, options);
        auto pay = [&](const NewSale& order) {
            std::optional<Result<CustomerPayment, QString>> answer;
            service->pay(order, QStringLiteral("737"), this,
                         [&](const Result<CustomerPayment, QString>& r) { answer = r; });
            if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
                qFatal("pay() did not answer");
            return *answer;
        };
        auto payment = [&](qint64 id) { return **CustomerPaymentRepository(db()).find(id); };
        auto saleFor = [&](const CustomerPayment& p) {
            return *sql::one(db(), QStringLiteral("SELECT id FROM airtime_sales WHERE client_token = ?"),
                             {p.clientToken}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        };
        auto complete = [&](const QString& reference, const QString& outcome) {
            return m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg(reference),
                                      {{QStringLiteral("outcome"), outcome}});
        };
        numberDoes(QStringLiteral("08031234567"), QStringLiteral("delivered"));

        const NewSale order = newSale(QStringLiteral("08031234567"), 100);
        const auto waiting = pay(order);
        QVERIFY2(waiting.ok(), qPrintable(waiting ? QString() : waiting.error()));
        QCOMPARE(waiting->state, CustomerPayment::State::Waiting);
        QVERIFY2(waiting->ussdCode.startsWith(QStringLiteral("*737*")), qPrintable(waiting->ussdCode));
        QVERIFY(waiting->reference.startsWith(QStringLiteral("AIR-")));
        QTest::qWait(300); // verified a few times while not dialled: nothing sold, nothing debited
        QVERIFY(!saleFor(*waiting).has_value());
        QCOMPARE(wallet(), ngn(10000));
        QSignalSpy sold(service.get(), &CustomerPaymentService::paymentSold);
        QCOMPARE(complete(waiting->reference, QStringLiteral("success")), 200);
        QVERIFY(QTest::qWaitFor([&] { return saleFor(*waiting).has_value(); }, 5000));
        const qint64 saleId = *saleFor(*waiting);
        QVERIFY(waitForState(saleId, SaleState::Delivered));
        const AirtimeSale sale = read(saleId);
        QCOMPARE(sale.payment, QStringLiteral("paystack"));
        QCOMPARE(sale.paymentReference, waiting->reference);
        QCOMPARE(sale.amount, ngn(100));
        QCOMPARE(payment(waiting->id).state, CustomerPayment::State::Paid);
        QVERIFY(payment(waiting->id).paystackTransactionId > 0);
        QCOMPARE(wallet(), *ngn(10000).minus(ngn(97)));
        QVERIFY(QTest::qWaitFor([&] { return sold.count() == 1; }, 2000));
        // The same confirm again, and the vendor's check: the first payment, no second charge, one sale.
        const auto again = pay(order);
        QVERIFY(again.ok());
        QCOMPARE(again->id, waiting->id);
        service->checkNow(waiting->id);
        QTest::qWait(300);
        QCOMPARE(sandboxSales(QStringLiteral("08031234567")), 1);
        QCOMPARE(wallet(), *ngn(10000).minus(ngn(97)));

        // Declined by the bank: failed with the reason, nothing sold.
        const auto declined = pay(newSale(QStringLiteral("08031234567"), 200));
        QVERIFY(declined.ok());
        QCOMPARE(complete(declined->reference, QStringLiteral("failed")), 200);
        QVERIFY(QTest::qWaitFor([&] { return payment(declined->id).state == CustomerPayment::State::Failed; }, 5000));
        QVERIFY2(!payment(declined->id).detail.isEmpty(), "no reason");
        QVERIFY(!saleFor(*declined).has_value());

        // Cancelled before it was dialled: failed and says who.
        const auto cancelled = pay(newSale(QStringLiteral("08031234567"), 50));
        QVERIFY(cancelled.ok());
        service->cancel(cancelled->id, QStringLiteral("amina"));
        QVERIFY(QTest::qWaitFor([&] { return payment(cancelled->id).state == CustomerPayment::State::Failed; }, 5000));
        QVERIFY(payment(cancelled->id).detail.contains(QStringLiteral("amina")));

        // More than the wallet can sell: refused before the customer is given a code.
        const auto tooMuch = pay(newSale(QStringLiteral("08031234567"), 20000));
        QVERIFY(!tooMuch.ok());
        QVERIFY2(tooMuch.error().contains(QStringLiteral("Top the wallet up")), qPrintable(tooMuch.error()));

        // Paid while the kiosk was off: sold at the next start.
        const auto whileOff = pay(newSale(QStringLiteral("08031234567"), 500));
        QVERIFY(whileOff.ok());
        service.reset();
        QCOMPARE(complete(whileOff->reference, QStringLiteral("success")), 200);
        service = std::make_unique<CustomerPaymentService>(db(), *m_worker, m_sandbox->client(), *m_engine, options);
        service->start();
        QVERIFY(QTest::qWaitFor([&] { return saleFor(*whileOff).has_value(); }, 5000));
        QVERIFY(waitForState(*saleFor(*whileOff), SaleState::Delivered));

        // Paid, but a cash sale took the wallet meanwhile: paid and not sold, told why; sold after a top-up.
        const auto squeezed = pay(newSale(QStringLiteral("08031234567"), 5000));
        QVERIFY(squeezed.ok());
        numberDoes(QStringLiteral("08051234567"), QStringLiteral("delivered"));
        QVERIFY(sell(newSale(QStringLiteral("08051234567"), 5000)).ok());
        QCOMPARE(complete(squeezed->reference, QStringLiteral("success")), 200);
        QVERIFY(
            QTest::qWaitFor([&] { return payment(squeezed->id).detail.contains(QStringLiteral("Paid, but")); }, 5000));
        QCOMPARE(payment(squeezed->id).state, CustomerPayment::State::Paid);
        QVERIFY(!saleFor(*squeezed).has_value());
        QCOMPARE(CustomerPaymentRepository(db()).paidNotSold(QStringLiteral("Kiosk 1"))->size(), 1);
        QVERIFY(Wallet(db())
                    .credit(ngn(5000), WalletEntry::Kind::Adjustment, 0, 0, QStringLiteral("admin"),
                            QStringLiteral("float"))
                    .ok());
        service->retryUnsold();
        QVERIFY(QTest::qWaitFor([&] { return saleFor(*squeezed).has_value(); }, 5000));
        QVERIFY(waitForState(*saleFor(*squeezed), SaleState::Delivered));
        QVERIFY(CustomerPaymentRepository(db()).paidNotSold(QStringLiteral("Kiosk 1"))->isEmpty());

        // Paystack unreachable when the code is asked for: refused with the reason, the payment failed.
        m_sandbox->stopListening();
        const auto unreachable = pay(newSale(QStringLiteral("08031234567"), 100));
        QVERIFY(!unreachable.ok());
        QVERIFY2(!unreachable.error().isEmpty(), "no reason given");
        QVERIFY(m_sandbox->listenAgain());
        QVERIFY(QTest::qWaitFor(
            [&] { return CustomerPaymentRepository(db()).open(QStringLiteral("Kiosk 1"))->isEmpty(); }, 5000));
        QCOMPARE(sandboxSales(QStringLiteral("08031234567")), 3);
    }

    // The admin's prefix table: only an active admin may save it (checked in core against the users table), a
    // broken document is refused with the field named and nothing stored, a saved one is what the kiosk detects
    // with, every change is audited, and a reset goes back to the built-in table.
    void adminEditsThePrefixTable_data() { addBackendRows(); }
    void adminEditsThePrefixTable()
    {
        QFETCH(QString, backend);
        ScratchDatabase scratch(backend);
        PAYDESK_REQUIRE_READY(scratch);
        QVERIFY(scratch.migrate());
        const Database& database = scratch.db();
        const UserRepository users(database);
        QVERIFY(
            users
                .create({QStringLiteral("root1"), QStringLiteral("Admin"), Role::Admin, QStringLiteral("s3cret-pass")},
                        QStringLiteral("setup"))
                .ok());
        QVERIFY(users
                    .create({QStringLiteral("cash1"), QStringLiteral("Cashier"), Role::Cashier,
                             QStringLiteral("s3cret-pass")},
                            QStringLiteral("setup"))
                    .ok());
        const CatalogRepository catalogs(database);
        const QString unallocated = QStringLiteral("7191234567"); // 0719: no network in the shipped table
        QVERIFY(!AirtimeCatalog::builtIn().detect(QStringLiteral("NG"), unallocated));

        // The admin's edit: MTN gains the 0719 range, the table a new date.
        const QByteArray edited =
            withPrefix(AirtimeCatalog::builtInJson(), 0, QStringLiteral("719"), QStringLiteral("2026-11-01"));
        QCOMPARE(AirtimeCatalog::builtIn().networks().at(0).code, QStringLiteral("mtn"));

        // Not an admin, or nobody: refused, nothing stored.
        const auto byCashier = catalogs.save(edited, QStringLiteral("cash1"));
        QVERIFY(!byCashier.ok());
        QVERIFY2(byCashier.error().contains(QStringLiteral("administrator")), qPrintable(byCashier.error()));
        QVERIFY(!catalogs.save(edited, QStringLiteral("nobody")).ok());
        QVERIFY(!catalogs.reset(QStringLiteral("cash1")).ok());
        QVERIFY(!catalogs.load()->has_value());

        // A typo in a prefix: refused with the field named, nothing stored.
        const auto broken = catalogs.save(withPrefix(edited, 0, QStringLiteral("7a9"), QStringLiteral("2026-11-01")),
                                          QStringLiteral("root1"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(QStringLiteral("networks[0].prefixes")), qPrintable(broken.error()));
        QVERIFY(!catalogs.save("{ not json", QStringLiteral("root1")).ok());
        QVERIFY(!catalogs.load()->has_value());
        QVERIFY(!catalogs.effective()->get()); // the built-in one

        // The admin's: stored, and what detection uses.
        const auto saved = catalogs.save(edited, QStringLiteral("root1"));
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error()));
        QCOMPARE(saved->asOf(), QDate(2026, 11, 1));
        const auto stored = *catalogs.load();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->updatedBy, QStringLiteral("root1"));
        QCOMPARE(stored->asOf, QDate(2026, 11, 1));
        const auto effective = *catalogs.effective();
        QVERIFY(effective);
        const Network* detected = effective->detect(QStringLiteral("NG"), unallocated);
        QVERIFY(detected);
        QCOMPARE(detected->code, QStringLiteral("mtn"));
        // Saved again: still one table.
        QVERIFY(catalogs.save(edited, QStringLiteral("root1")).ok());
        QCOMPARE(*sql::one(database, QStringLiteral("SELECT COUNT(*) FROM airtime_catalog"), {},
                           [](const QSqlQuery& q) { return q.value(0).toInt(); }),
                 1);

        QVERIFY(catalogs.reset(QStringLiteral("root1")).ok());
        QVERIFY(!catalogs.load()->has_value());
        QVERIFY(!catalogs.effective()->get());
        QStringList actions;
        for (const AuditEntry& entry : *AuditLog(database).latest(10))
            actions << entry.action + u'/' + entry.actor;
        QVERIFY2(actions.contains(QStringLiteral("airtime.catalog.saved/root1")), qPrintable(actions.join(u' ')));
        QVERIFY(actions.contains(QStringLiteral("airtime.catalog.reset/root1")));
        QVERIFY(AuditLog(database).verify()->intact);
    }

    // The provider's balance, read as money.
    void providerBalance()
    {
        SandboxRig rig;
        QVERIFY(rig.isReady());
        VtpassProvider::Options options;
        options.baseUrl = rig.baseUrl();
        VtpassProvider provider(rig.network(), rig.secrets(), options);
        std::optional<Result<Money, QString>> balance;
        provider.balance(this, [&](const Result<Money, QString>& b) { balance = b; });
        QVERIFY(QTest::qWaitFor([&] { return balance.has_value(); }, 5000));
        QVERIFY(balance->ok());
        QCOMPARE(**balance, ngn(100000));
    }

    // A period's sales against VTpass's own record of each: agreeing, a different amount, a delivery we recorded
    // that VTpass never made, a delivery VTpass made that we recorded as failed, and a sale still queued here.
    void reconcileAgainstTheProvider_data() { addBackendRows(); }
    void reconcileAgainstTheProvider()
    {
        QFETCH(QString, backend);
        QVERIFY(prepare(backend));
        startEngine();
        numberDoes(QStringLiteral("08031234567"), QStringLiteral("delivered"));
        const auto sold = sell(newSale(QStringLiteral("0803 123 4567"), 100));
        QVERIFY(sold.ok());
        QVERIFY(waitForState(sold->id, SaleState::Delivered));
        m_engine.reset(); // from here on the rows are arranged by hand

        // VTpass delivers ₦100 under an id, and ₦200 under another; nothing under a third.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString vendedSmall = m_provider->newRequestId(now);
        const QString vendedForFailed = m_provider->newRequestId(now);
        const QString neverVended = m_provider->newRequestId(now);
        for (const auto& [id, naira] : {std::pair{vendedSmall, 100}, std::pair{vendedForFailed, 200}}) {
            std::optional<ProviderAnswer> vended;
            m_provider->vend({id, QStringLiteral("mtn"), QStringLiteral("08031234567"), ngn(naira)}, this,
                             [&](const ProviderAnswer& a) { vended = a; });
            QVERIFY(QTest::qWaitFor([&] { return vended.has_value(); }, 5000));
            QCOMPARE(vended->outcome, ProviderAnswer::Outcome::Delivered);
        }
        SaleRepository sales(db());
        const auto arrange = [&](qint64 naira, const QString& requestId, std::optional<SaleState> state) -> qint64 {
            const auto created = sales.create(newSale(QStringLiteral("08031234567"), naira));
            if (!created)
                qFatal("create: %s", qPrintable(created.error().message));
            if (requestId.isEmpty())
                return created->id;
            if (!sales.markSent(created->id, requestId))
                qFatal("markSent");
            SaleRepository::Outcome outcome;
            outcome.state = *state;
            outcome.detail = QStringLiteral("arranged");
            if (!sales.transition(created->id, outcome, QStringLiteral("test")))
                qFatal("transition");
            return created->id;
        };
        const qint64 mismatched = arrange(150, vendedSmall, SaleState::Delivered);
        const qint64 ghost = arrange(100, neverVended, SaleState::Delivered);
        const qint64 failedHere = arrange(200, vendedForFailed, SaleState::Failed);
        const qint64 queued = arrange(50, QString(), std::nullopt);

        AirtimeReconciler reconciler(db(), *m_worker, *m_provider);
        const auto run = [&] {
            std::optional<Result<QList<ReconcileLine>, QString>> got;
            reconciler.run(now.addSecs(-3600), now.addSecs(3600), this, [&](const auto& r) { got = r; });
            if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
                qFatal("the airtime reconciliation never answered");
            return *got;
        };
        const auto lines = run();
        QVERIFY2(lines.ok(), qPrintable(lines ? QString() : lines.error()));
        QCOMPARE(lines->size(), 5);
        QHash<qint64, ReconcileLine> bySale;
        for (const ReconcileLine& line : *lines) {
            QCOMPARE(line.source, ReconcileLine::Source::Airtime);
            bySale.insert(line.saleId, line);
        }
        QCOMPARE(bySale.value(sold->id).kind, ReconcileLine::Kind::Matched);
        QCOMPARE(bySale.value(sold->id).theirs, ngn(100));
        QCOMPARE(bySale.value(mismatched).kind, ReconcileLine::Kind::AmountMismatch);
        QCOMPARE(bySale.value(mismatched).ours, ngn(150));
        QCOMPARE(bySale.value(mismatched).theirs, ngn(100));
        QCOMPARE(bySale.value(ghost).kind, ReconcileLine::Kind::MissingTheirs);
        QCOMPARE(bySale.value(ghost).reference, neverVended);
        QCOMPARE(bySale.value(failedHere).kind, ReconcileLine::Kind::MissingOurs);
        QCOMPARE(bySale.value(queued).kind, ReconcileLine::Kind::Pending);
        QVERIFY(!bySale.value(queued).detail.isEmpty());

        // VTpass out of reach: every sent sale is "not checked", none is called matched or missing; after eight
        // requeries in a row without an answer the rest are not even asked.
        for (int i = 0; i < 10; ++i)
            arrange(100, m_provider->newRequestId(now), SaleState::Delivered);
        m_sandbox->stopListening();
        const auto unreachable = run();
        QVERIFY(unreachable.ok());
        QCOMPARE(std::count_if(unreachable->begin(), unreachable->end(),
                               [](const ReconcileLine& l) { return l.kind == ReconcileLine::Kind::Unchecked; }),
                 14);
        const auto notAsked = std::count_if(unreachable->begin(), unreachable->end(), [](const ReconcileLine& l) {
            return l.detail.contains(QStringLiteral("stopped answering"));
        });
        QVERIFY2(notAsked >= 14 - 8 - 3 && notAsked <= 14 - 8, qPrintable(QString::number(notAsked)));
        QVERIFY(m_sandbox->listenAgain());
    }

    // The comparison itself, for the answers the sandbox cannot be made to give.
    void airtimeLineForEachAnswer()
    {
        AirtimeSale sale;
        sale.id = 7;
        sale.requestId = QStringLiteral("202611221200abcd");
        sale.amount = ngn(100);
        const auto line = [&](SaleState state, ProviderAnswer::Outcome outcome) {
            sale.state = state;
            return airtimeLine(sale, ProviderAnswer{outcome, QStringLiteral("000"), QStringLiteral("said"), {}, {}});
        };
        using O = ProviderAnswer::Outcome;
        using K = ReconcileLine::Kind;
        QCOMPARE(line(SaleState::Delivered, O::Delivered).kind, K::Matched); // no amount given: not a mismatch
        QCOMPARE(line(SaleState::Delivered, O::Pending).kind, K::Pending);
        QCOMPARE(line(SaleState::Delivered, O::NotCharged).kind, K::MissingTheirs);
        QCOMPARE(line(SaleState::Failed, O::NoRecord).kind, K::Matched);
        QCOMPARE(line(SaleState::Failed, O::Pending).kind, K::Pending);
        QCOMPARE(line(SaleState::Unknown, O::Delivered).kind, K::Pending);
        QCOMPARE(line(SaleState::Pending, O::Failed).kind, K::Pending);
        QCOMPARE(line(SaleState::Delivered, O::Unknown).kind, K::Unchecked);
        QCOMPARE(line(SaleState::Sent, O::NotSent).kind, K::Unchecked);
        QCOMPARE(line(SaleState::Delivered, O::Unknown).reference, sale.requestId);
    }
};

QTEST_GUILESS_MAIN(TestAirtimeKiosk)
#include "test_airtime_kiosk.moc"
