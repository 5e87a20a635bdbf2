// The airtime kiosk's two figures: how many typed numbers per second are normalised and matched to a network
// (target: 1,000,000/s), and how long a burst of 1,000 sales queued while the link was down takes to reach
// paydesk-sandbox's VTpass once it is back, on SQLite and on PostgreSQL, and whether any sale reached VTpass twice.
// Prints figures; asserts nothing (a duplicate is printed, and the exit status says so).
#include "airtime/airtime_catalog.h"
#include "airtime/airtime_engine.h"
#include "airtime/mobile_number.h"
#include "airtime/vtpass_provider.h"
#include "airtime/wallet.h"
#include "sandbox_rig.h"
#include "scratch_database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace paydesk;
using namespace paydesk::airtime;
using namespace paydesk::test;

namespace {

// Runs the event loop until `done` holds (checked every 10 ms) or `ms` pass. Not QTest::qWaitFor: it sleeps
// between rounds of events, which would add its sleeps to every hop between the engine's, the database worker's
// and the network's threads, and so measure the benchmark rather than the kiosk.
template <typename Predicate> bool waitUntil(Predicate done, int ms)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    poll.start(10);
    if (!done())
        loop.exec();
    return done();
}

Money naira(qint64 amount)
{
    return Money::fromMinor(amount * 100, Currency::ngn());
}

// Numbers the way customers type them: local, with the country code, spaced, dashed, Kenyan.
QStringList typedNumbers(int count)
{
    static const char* prefixes[] = {"0803", "0806", "0703", "0813", "0902", "0805", "0807", "0815",
                                     "0802", "0808", "0701", "0809", "0817", "0909", "0810", "0916"};
    QRandomGenerator random(11);
    QStringList numbers;
    numbers.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString local = QLatin1String(prefixes[random.bounded(int(std::size(prefixes)))]) +
                              QStringLiteral("%1").arg(random.bounded(10000000), 7, 10, QLatin1Char('0'));
        switch (i % 5) {
        case 0:
            numbers << local;
            break;
        case 1:
            numbers << QStringLiteral("+234") + local.mid(1);
            break;
        case 2:
            numbers << local.left(4) + QLatin1Char(' ') + local.mid(4, 3) + QLatin1Char(' ') + local.mid(7);
            break;
        case 3:
            numbers << QStringLiteral("234-") + local.mid(1, 3) + QLatin1Char('-') + local.mid(4);
            break;
        default:
            numbers << QStringLiteral("+254 7%1").arg(random.bounded(10000000, 99999999));
            break;
        }
    }
    return numbers;
}

void benchDetection(int count)
{
    const AirtimeCatalog& catalog = AirtimeCatalog::builtIn();
    const QStringList numbers = typedNumbers(count);
    int detected = 0;
    int rejected = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString& typed : numbers) {
        const auto number = parseMobileNumber(typed, catalog);
        if (!number) {
            ++rejected;
            continue;
        }
        detected += catalog.detect(number->country, QStringView(number->national).mid(1)) ? 1 : 0;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("airtime detection    %d typed numbers (5 forms, NG and KE) normalised and matched in %.3f s: "
                "%.0f numbers/s (target 1,000,000/s); %d matched a network, %d rejected\n",
                count, seconds, count / seconds, detected, rejected);
}

// Sells `count` sales with the link down (each is recorded and queued), brings the link back and times the flush.
bool benchFlush(const QString& backend, int count)
{
    SandboxRig sandbox;
    ScratchDatabase scratch(backend);
    if (!sandbox.isReady() || !scratch.isReady() || !scratch.migrate()) {
        std::printf("airtime flush        %-10s skipped: %s\n", qPrintable(backend), qPrintable(scratch.skipReason()));
        return true;
    }
    DatabaseWorker worker;
    worker.adopt(scratch.db());
    VtpassProvider::Options providerOptions;
    providerOptions.baseUrl = sandbox.baseUrl();
    VtpassProvider provider(sandbox.network(), sandbox.secrets(), providerOptions);
    if (!Wallet(scratch.db())
             .credit(naira(50LL * count), WalletEntry::Kind::Adjustment, 0, 0, QStringLiteral("bench"),
                     QStringLiteral("float"))
             .ok()) {
        std::printf("airtime flush        %-10s could not fund the wallet\n", qPrintable(backend));
        return false;
    }
    sandbox.control(QStringLiteral("/_sandbox/vtpass/balance"), {{QStringLiteral("naira"), 50.0 * count}});
    AirtimeEngine::Options options;
    options.desk = QStringLiteral("Kiosk 1");
    options.offlineRetryMs = 50;
    AirtimeEngine engine(scratch.db(), worker, provider, options);
    engine.start();

    const AirtimeCatalog& catalog = AirtimeCatalog::builtIn();
    const Network* mtn = catalog.network(QStringLiteral("mtn"));
    QStringList nationals;
    for (int i = 0; i < count; ++i) {
        const QString national = QStringLiteral("0803%1").arg(i, 7, 10, QLatin1Char('0'));
        nationals << national;
        sandbox.control(
            QStringLiteral("/_sandbox/vtpass/numbers"),
            {{QStringLiteral("phone"), national}, {QStringLiteral("outcome"), QStringLiteral("delivered")}});
    }

    sandbox.stopListening();
    int recorded = 0;
    QElapsedTimer selling;
    selling.start();
    for (const QString& national : nationals) {
        NewSale sale;
        sale.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        sale.desk = options.desk;
        sale.vendor = QStringLiteral("bench");
        sale.phone = QStringLiteral("+234") + national.mid(1);
        sale.country = QStringLiteral("NG");
        sale.network = mtn->code;
        sale.detectedNetwork = mtn->code;
        sale.provider = provider.name();
        sale.providerService = mtn->providerService;
        sale.amount = naira(50);
        sale.commission = AirtimeCatalog::commission(*mtn, sale.amount);
        engine.sell(sale, &engine, [&](const auto& result) { recorded += result.ok() ? 1 : 0; });
    }
    if (!waitUntil([&] { return recorded == count; }, 120000)) {
        std::printf("airtime flush        %-10s only %d of %d sales recorded\n", qPrintable(backend), recorded, count);
        return false;
    }
    const double sellMs = selling.nsecsElapsed() / 1e6;
    // The first sale finds the link down; the rest queue behind it.
    const bool allQueued = waitUntil([&] { return engine.queued() == count && !engine.isOnline(); }, 10000);
    const int queued = engine.queued();

    SaleRepository sales(scratch.db());
    QElapsedTimer flushing;
    flushing.start();
    if (!sandbox.listenAgain()) {
        std::printf("airtime flush        %-10s could not listen again\n", qPrintable(backend));
        return false;
    }
    const auto delivered = [&] {
        if (engine.queued() > 0)
            return false;
        const auto open = sales.open(options.desk);
        return open.ok() && open->isEmpty();
    };
    const bool flushed = waitUntil(delivered, 600000);
    const double flushSeconds = flushing.nsecsElapsed() / 1e9;

    const QJsonArray made =
        sandbox.controlGet(QStringLiteral("/_sandbox/vtpass/sales")).value(QStringLiteral("data")).toArray();
    QSet<QString> requestIds;
    QSet<QString> phones;
    for (const QJsonValue& sale : made) {
        requestIds << sale.toObject().value(QStringLiteral("request_id")).toString();
        phones << sale.toObject().value(QStringLiteral("phone")).toString();
    }
    const int duplicates = int(made.size()) - int(phones.size());
    std::printf("airtime flush        %-10s %d sales recorded offline in %.0f ms (%d queued); flushed in %.2f s "
                "(%.0f sales/s); VTpass made %lld sales for %lld numbers under %lld request ids: %d duplicated\n",
                qPrintable(backend), recorded, sellMs, queued, flushSeconds, count / flushSeconds,
                static_cast<long long>(made.size()), static_cast<long long>(phones.size()),
                static_cast<long long>(requestIds.size()), duplicates);
    if (!allQueued || !flushed)
        std::printf("airtime flush        %-10s %s\n", qPrintable(backend),
                    allQueued ? "not every sale settled within 10 minutes" : "the sales were not all queued");
    return allQueued && flushed && duplicates == 0 && made.size() == count;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int numbers = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int burst = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    benchDetection(numbers);
    bool clean = benchFlush(QStringLiteral("sqlite"), burst);
    clean = benchFlush(QStringLiteral("postgresql"), burst) && clean;
    return clean ? 0 : 1;
}
