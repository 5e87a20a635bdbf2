#include "airtime/airtime_catalog.h"
#include "airtime/airtime_engine.h"
#include "airtime/mobile_number.h"
#include "airtime/vtpass_provider.h"
#include "airtime/wallet.h"
#include "sandbox_rig.h"
#include "scratch_database.h"
#include "storage/sql.h"

#include <QJsonArray>
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
        return Wallet(db()).credit(ngn(10000), WalletEntry::Kind::Adjustment, 0, 0, QStringLiteral("admin"),
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
        const QJsonArray sales = m_sandbox->controlGet(QStringLiteral("/_sandbox/vtpass/sales"))
                                     .value(QStringLiteral("data"))
                                     .toArray();
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
        QVERIFY(done.requestId.startsWith(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(3600)).toString(
            QStringLiteral("yyyyMMdd"))));
        QVERIFY(!done.providerTransactionId.isEmpty());
        QCOMPARE(done.providerCode, QStringLiteral("000"));
        QCOMPARE(wallet(), *ngn(10000).minus(ngn(97)));
        QCOMPARE(sandboxSales(QStringLiteral("08031234567")), 1);
    }
};

QTEST_GUILESS_MAIN(TestAirtimeKiosk)
#include "test_airtime_kiosk.moc"
