#include "airtime/airtime_catalog.h"
#include "airtime/airtime_receipt.h"
#include "airtime/airtime_report.h"
#include "airtime/airtime_sale.h"
#include "airtime/mobile_number.h"
#include "airtime/vtpass_provider.h"

#include <QTest>

using namespace paydesk;
using namespace paydesk::airtime;

// Numbers, networks, amounts and VTpass's answers: the rules the kiosk applies before and after any call.
class TestAirtimeRules : public QObject
{
    Q_OBJECT

    static Money ngn(qint64 kobo) { return Money::fromMinor(kobo, Currency::ngn()); }
    static const AirtimeCatalog& catalog() { return AirtimeCatalog::builtIn(); }

  private slots:
    void builtInCatalog()
    {
        const auto parsed = AirtimeCatalog::fromJson(AirtimeCatalog::builtInJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(catalog().asOf(), QDate(2024, 2, 15));
        QVERIFY(!catalog().source().isEmpty());
        QStringList sold;
        for (const Network* network : catalog().sellableNetworks(QStringLiteral("NG")))
            sold << network->code;
        QCOMPARE(sold, (QStringList{QStringLiteral("mtn"), QStringLiteral("airtel"), QStringLiteral("glo"),
                                    QStringLiteral("9mobile")}));
        for (const Network* network : catalog().sellableNetworks(QStringLiteral("NG"))) {
            QCOMPARE(network->presets.size(), 5);
            QCOMPARE(network->presets.first(), ngn(5000));
            QVERIFY(network->commissionBp >= 200 && network->commissionBp <= 500);
        }
    }

    void parsesWhatCustomersType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("national");
        QTest::newRow("national") << "08031234567"
                                  << "+2348031234567"
                                  << "08031234567";
        QTest::newRow("spaces") << "0803 123 4567"
                                << "+2348031234567"
                                << "08031234567";
        QTest::newRow("dashes") << "0803-123-4567"
                                << "+2348031234567"
                                << "08031234567";
        QTest::newRow("plus") << "+2348031234567"
                              << "+2348031234567"
                              << "08031234567";
        QTest::newRow("plus spaced") << "+234 803 123 4567"
                                     << "+2348031234567"
                                     << "08031234567";
        QTest::newRow("no plus") << "2348031234567"
                                 << "+2348031234567"
                                 << "08031234567";
        QTest::newRow("00") << "002348031234567"
                            << "+2348031234567"
                            << "08031234567";
        QTest::newRow("+234 0") << "+234 0803 123 4567"
                                << "+2348031234567"
                                << "08031234567";
        QTest::newRow("no trunk") << "8031234567"
                                  << "+2348031234567"
                                  << "08031234567";
        QTest::newRow("MTN 0707") << "07071234567"
                                  << "+2347071234567"
                                  << "07071234567";
        QTest::newRow("Airtel 0911") << "09111234567"
                                     << "+2349111234567"
                                     << "09111234567";
        QTest::newRow("Kenya") << "+254 712 345 678"
                               << "+254712345678"
                               << "0712345678";
        QTest::newRow("Kenya 01") << "254110345678"
                                  << "+254110345678"
                                  << "0110345678";
    }
    void parsesWhatCustomersType()
    {
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        QFETCH(QString, national);
        const auto number = parseMobileNumber(typed, catalog());
        QVERIFY2(number.ok(), qPrintable(number ? QString() : number.error().message));
        QCOMPARE(number->e164, e164);
        QCOMPARE(number->national, national);
    }

    void kenyanKioskReadsKenyanNumbers()
    {
        const auto number = parseMobileNumber(u"0712 345 678", catalog(), QStringLiteral("KE"));
        QVERIFY(number.ok());
        QCOMPARE(number->e164, QStringLiteral("+254712345678"));
        QCOMPARE(number->display(), QStringLiteral("+254 712 345 678"));
        QCOMPARE(parseMobileNumber(u"08031234567", catalog())->display(), QStringLiteral("+234 803 123 4567"));
    }

    void refusesTypos_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        using K = NumberError::Kind;
        QTest::newRow("empty") << "  " << int(K::Empty) << "Enter the phone number";
        QTest::newRow("letters") << "0803l234567" << int(K::NotDigits) << "only digits";
        QTest::newRow("O for 0") << "O8031234567" << int(K::NotDigits) << "only digits";
        QTest::newRow("short") << "0803123456" << int(K::WrongLength) << "10 digits";
        QTest::newRow("long") << "080312345678" << int(K::WrongLength) << "10 digits";
        QTest::newRow("far too long") << "08031234567890123456" << int(K::WrongLength) << "too many digits";
        QTest::newRow("landline") << "01 234 5678 90" << int(K::NotMobile) << "not a Nigeria mobile number";
        QTest::newRow("UK") << "+44 7700 900123" << int(K::UnknownCountry) << "+234";
        QTest::newRow("Kenya short") << "+254 712 345 67" << int(K::WrongLength) << "9 digits";
        QTest::newRow("Kenya landline") << "+254 20 123 4567" << int(K::NotMobile) << "Kenya";
        QTest::newRow("two plus") << "++2348031234567" << int(K::NotDigits) << "only digits";
    }
    void refusesTypos()
    {
        QFETCH(QString, typed);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const auto number = parseMobileNumber(typed, catalog());
        QVERIFY(!number.ok());
        QCOMPARE(int(number.error().kind), kind);
        QVERIFY2(number.error().message.contains(says), qPrintable(number.error().message));
    }

    void detectsTheOriginalNetwork_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("network");
        QTest::newRow("MTN 0803") << "08031234567"
                                  << "mtn";
        QTest::newRow("MTN 07025") << "07025123456"
                                   << "mtn";
        QTest::newRow("Smile 07020") << "07020123456"
                                     << "smile";
        QTest::newRow("Airtel 0911") << "09111234567"
                                     << "airtel";
        QTest::newRow("Glo 0915") << "09151234567"
                                  << "glo";
        QTest::newRow("9mobile 0909") << "09091234567"
                                      << "9mobile";
        QTest::newRow("MAFAB 0801") << "08011111111"
                                    << "mafab";
        QTest::newRow("unallocated 07023") << "07023123456"
                                           << "";
        QTest::newRow("Safaricom 0712") << "+254712345678"
                                        << "safaricom";
        QTest::newRow("Safaricom 0110") << "+254110345678"
                                        << "safaricom";
        QTest::newRow("Airtel KE 0733") << "+254733345678"
                                        << "airtel-ke";
        QTest::newRow("Airtel KE 0100") << "+254100345678"
                                        << "airtel-ke";
        QTest::newRow("0744 is not Safaricom") << "+254744345678"
                                               << "other-ke";
        QTest::newRow("Telkom 077") << "+254771345678"
                                    << "telkom-ke";
    }
    void detectsTheOriginalNetwork()
    {
        QFETCH(QString, typed);
        QFETCH(QString, network);
        const auto number = parseMobileNumber(typed, catalog());
        QVERIFY2(number.ok(), qPrintable(number ? QString() : number.error().message));
        const Network* found = catalog().detect(number->country, QStringView(number->national).mid(1));
        QCOMPARE(found ? found->code : QString(), network);
    }

    void amountsAndCommission()
    {
        const Network& mtn = *catalog().network(QStringLiteral("mtn"));
        QVERIFY(catalog().checkAmount(mtn, ngn(5000)).ok());
        QVERIFY(catalog().checkAmount(mtn, ngn(5000000)).ok());
        QVERIFY(catalog().checkAmount(mtn, ngn(4900)).error().contains(u"from"));
        QVERIFY(catalog().checkAmount(mtn, ngn(5000100)).error().contains(u"to"));
        QVERIFY(catalog().checkAmount(mtn, ngn(15050)).error().contains(u"whole NGN"));
        QVERIFY(catalog().checkAmount(mtn, Money::fromMinor(10000, Currency::kes())).error().contains(u"NGN"));
        QVERIFY(!catalog().checkAmount(*catalog().network(QStringLiteral("smile")), ngn(10000)).ok());
        QCOMPARE(AirtimeCatalog::commission(mtn, ngn(10000)), ngn(300));
        QCOMPARE(AirtimeCatalog::commission(*catalog().network(QStringLiteral("glo")), ngn(15000)), ngn(600));
        QCOMPARE(AirtimeCatalog::commission(mtn, ngn(5100)), ngn(153));
    }

    void badCatalogsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        const QByteArray country = "{\"code\":\"NG\",\"name\":\"Nigeria\",\"calling_code\":\"234\",\"national_digits\":"
                                   "10,\"currency\":\"NGN\","
                                   "\"mobile_prefixes\":[\"80\"],\"min_amount\":5000,\"max_amount\":5000000}";
        QTest::newRow("not json") << QByteArray("{") << "Not valid JSON";
        QTest::newRow("format") << QByteArray("{\"format\":2}") << "format";
        QTest::newRow("no date") << QByteArray("{\"format\":1,\"countries\":[" + country + "]}") << "as_of";
        QTest::newRow("bad prefix")
            << QByteArray(
                   "{\"format\":1,\"as_of\":\"2024-01-01\",\"countries\":[" + country +
                   "],\"networks\":[{\"code\":\"mtn\",\"name\":\"MTN\",\"country\":\"NG\",\"provider_service\":\"mtn\","
                   "\"commission_bp\":300,\"presets\":[5000],\"prefixes\":[\"803\",\"8O6\"]}]}")
            << "networks[0].prefixes[1]";
        QTest::newRow("unknown country") << QByteArray("{\"format\":1,\"as_of\":\"2024-01-01\",\"countries\":[" +
                                                       country +
                                                       "],\"networks\":[{\"code\":\"x\",\"name\":\"X\",\"country\":"
                                                       "\"GH\",\"sellable\":false,\"prefixes\":[]}]}")
                                         << "networks[0].country";
        QTest::newRow("preset out of range")
            << QByteArray(
                   "{\"format\":1,\"as_of\":\"2024-01-01\",\"countries\":[" + country +
                   "],\"networks\":[{\"code\":\"mtn\",\"name\":\"MTN\",\"country\":\"NG\",\"provider_service\":\"mtn\","
                   "\"commission_bp\":300,\"presets\":[100],\"prefixes\":[\"803\"]}]}")
            << "networks[0].presets[0]";
    }
    void badCatalogsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto parsed = AirtimeCatalog::fromJson(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(says), qPrintable(parsed.error()));
    }

    void vtpassAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("http");
        QTest::addColumn<bool>("requery");
        QTest::addColumn<int>("outcome");
        using O = ProviderAnswer::Outcome;
        auto code = [](const char* c, const char* status = nullptr) -> QByteArray {
            QByteArray body = QByteArray("{\"code\":\"") + c + "\",\"response_description\":\"X\"";
            if (status)
                body += QByteArray(",\"content\":{\"transactions\":{\"status\":\"") + status +
                        "\",\"transactionId\":\"17\"}}";
            return body + "}";
        };
        QTest::newRow("000 delivered") << code("000", "delivered") << 200 << false << int(O::Delivered);
        QTest::newRow("000 pending") << code("000", "pending") << 200 << false << int(O::Pending);
        QTest::newRow("000 initiated") << code("000", "initiated") << 200 << true << int(O::Pending);
        QTest::newRow("000 reversed") << code("000", "reversed") << 200 << true << int(O::Failed);
        QTest::newRow("099") << code("099") << 200 << false << int(O::Pending);
        QTest::newRow("030") << code("030") << 200 << false << int(O::Pending);
        QTest::newRow("016") << code("016") << 200 << false << int(O::Failed);
        QTest::newRow("091") << code("091") << 200 << false << int(O::NotCharged);
        QTest::newRow("018") << code("018") << 200 << false << int(O::NotCharged);
        QTest::newRow("013") << code("013") << 200 << false << int(O::NotCharged);
        QTest::newRow("019") << code("019") << 200 << false << int(O::NotCharged);
        QTest::newRow("014") << code("014") << 200 << false << int(O::Unknown);
        QTest::newRow("015 requery") << code("015") << 200 << true << int(O::NoRecord);
        QTest::newRow("015 pay") << code("015") << 200 << false << int(O::Unknown);
        QTest::newRow("new code") << code("777") << 200 << false << int(O::Unknown);
        QTest::newRow("html") << QByteArray("<html>busy</html>") << 200 << false << int(O::Unknown);
        QTest::newRow("502 page") << QByteArray("<html>502</html>") << 502 << false << int(O::Unknown);
        QTest::newRow("401") << QByteArray("Unauthorized") << 401 << false << int(O::NotCharged);
    }
    void vtpassAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, http);
        QFETCH(bool, requery);
        QFETCH(int, outcome);
        const ProviderAnswer answer = VtpassProvider::interpret(body, http, requery);
        QCOMPARE(int(answer.outcome), outcome);
        QVERIFY(!answer.message.isEmpty());
    }

    void saleStates()
    {
        QVERIFY(canTransition(SaleState::Created, SaleState::Sent));
        QVERIFY(!canTransition(SaleState::Created, SaleState::Delivered));
        QVERIFY(canTransition(SaleState::Sent, SaleState::Created)); // provably never left
        QVERIFY(!canTransition(SaleState::Pending, SaleState::Created));
        QVERIFY(!canTransition(SaleState::Unknown, SaleState::Created));
        QVERIFY(!canTransition(SaleState::Delivered, SaleState::Failed));
        QVERIFY(!canTransition(SaleState::Failed, SaleState::Delivered));
        for (const QString& name : {QStringLiteral("created"), QStringLiteral("sent"), QStringLiteral("delivered"),
                                    QStringLiteral("failed"), QStringLiteral("pending"), QStringLiteral("unknown")})
            QCOMPARE(saleStateName(*saleStateFromName(name)), name);
    }

    // The report's figures, by hand: days in Lagos time, success rate over settled sales only, the average time
    // to delivery, problems grouped by what the provider said, and a CSV a spreadsheet cannot be tricked by.
    void report()
    {
        const Currency ngn = Currency::ngn();
        const QTimeZone lagos(3600);
        auto sale = [&](const QString& network, qint64 naira, SaleState state, const QString& createdUtc,
                        qint64 deliveredAfterMs = 0, const QString& code = QString(),
                        const QString& detail = QString()) {
            AirtimeSale s;
            s.desk = QStringLiteral("Kiosk 1");
            s.network = network;
            s.amount = Money::fromMinor(naira * 100, ngn);
            s.commission = *s.amount.percentage(network == u"glo" ? 400 : 300, Rounding::Floor);
            s.state = state;
            s.createdAt = QDateTime::fromString(createdUtc, Qt::ISODate);
            if (state == SaleState::Delivered || state == SaleState::Failed)
                s.settledAt = s.createdAt.addMSecs(deliveredAfterMs);
            s.providerCode = code;
            s.detail = detail;
            return s;
        };
        QList<AirtimeSale> sales{
            sale(QStringLiteral("mtn"), 100, SaleState::Delivered, QStringLiteral("2026-11-20T08:00:00Z"), 2000),
            sale(QStringLiteral("mtn"), 200, SaleState::Delivered, QStringLiteral("2026-11-20T09:00:00Z"), 4000),
            sale(QStringLiteral("mtn"), 500, SaleState::Failed, QStringLiteral("2026-11-20T10:00:00Z"), 1000,
                 QStringLiteral("016"), QStringLiteral("TRANSACTION FAILED")),
            // 23:30 UTC is 00:30 the next day in Lagos.
            sale(QStringLiteral("glo"), 1000, SaleState::Delivered, QStringLiteral("2026-11-20T23:30:00Z"), 60000),
            sale(QStringLiteral("glo"), 50, SaleState::Pending, QStringLiteral("2026-11-21T09:00:00Z"), 0,
                 QStringLiteral("099"), QStringLiteral("=HYPERLINK(\"x\")")),
            sale(QStringLiteral("mtn"), 300, SaleState::Failed, QStringLiteral("2026-11-21T10:00:00Z"), 1000,
                 QStringLiteral("016"), QStringLiteral("TRANSACTION FAILED")),
            // Outside the period, another desk: left out.
            sale(QStringLiteral("mtn"), 100, SaleState::Delivered, QStringLiteral("2026-11-22T08:00:00Z"), 1000),
        };
        AirtimeSale elsewhere = sales.first();
        elsewhere.desk = QStringLiteral("Kiosk 2");
        sales << elsewhere;

        const auto report = AirtimeReport::build(sales, QDate(2026, 11, 20), QDate(2026, 11, 21),
                                                 QStringLiteral("Kiosk 1"), ngn, lagos);
        QCOMPARE(report.totals.sales, 6);
        QCOMPARE(report.totals.delivered, 3);
        QCOMPARE(report.totals.failed, 2);
        QCOMPARE(report.totals.open, 1);
        QCOMPARE(report.totals.value, Money::fromMinor(130000, ngn));
        QCOMPARE(report.totals.commission, Money::fromMinor(300 + 600 + 4000, ngn));
        QCOMPARE(report.totals.successPermille(), 600); // 3 of 5 settled
        QCOMPARE(report.days.size(), 2);
        QCOMPARE(report.days.at(0).date, QDate(2026, 11, 20));
        QCOMPARE(report.days.at(0).sales, 3);
        QCOMPARE(report.days.at(1).sales, 3);
        QCOMPARE(report.days.at(1).value, Money::fromMinor(100000, ngn));
        QCOMPARE(report.networks.size(), 2);
        const auto& glo = report.networks.at(0);
        const auto& mtn = report.networks.at(1);
        QCOMPARE(glo.network, QStringLiteral("glo"));
        QCOMPARE(glo.successPermille(), 1000);
        QCOMPARE(glo.averageDeliveryMs, 60000);
        QCOMPARE(mtn.successPermille(), 500);
        QCOMPARE(mtn.averageDeliveryMs, 3000);
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.problems.first().code, QStringLiteral("016"));
        QCOMPARE(report.problems.first().count, 2);
        QCOMPARE(report.problems.first().value, Money::fromMinor(80000, ngn));

        const QString csv = QString::fromUtf8(report.toCsv());
        QVERIFY2(csv.startsWith(QStringLiteral("\"Airtime report, Kiosk 1, 2026-11-20 – 2026-11-21\"\r\n")),
                 qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("2026-11-20,3,2,1,0,300.00,9.00,66.6 %")));
        QVERIFY(csv.contains(QStringLiteral("total,6,3,2,1,1300.00,49.00,60.0 %")));
        QVERIFY(csv.contains(QStringLiteral("MTN,4,2,2,0,300.00,9.00,50.0 %,3.0 s")));
        // A provider's words that look like a formula are quoted and defused.
        QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")), qPrintable(csv));
        QVERIFY(!csv.contains(QStringLiteral(",=HYPERLINK")));
        const QString html = report.toHtml();
        QVERIFY(html.contains(QStringLiteral("<td>TRANSACTION FAILED</td><td align=\"right\">2</td>")));
        QVERIFY2(html.contains(QStringLiteral("=HYPERLINK(&quot;x&quot;)")), qPrintable(html));
    }

    // The customer's slip: the sale in plain ASCII within the paper's width; a pending sale says not to refund it.
    void receiptSlip()
    {
        AirtimeSale sale;
        sale.id = 42;
        sale.phone = QStringLiteral("+2348031234567");
        sale.country = QStringLiteral("NG");
        sale.network = QStringLiteral("mtn");
        sale.vendor = QStringLiteral("amina");
        sale.amount = Money::fromMinor(150000, Currency::ngn());
        sale.state = SaleState::Pending;
        sale.requestId = QStringLiteral("202611221251W3wejyhvAzwvTYtW");
        sale.createdAt = QDateTime::currentDateTimeUtc();
        for (int columns : {32, 48}) {
            const QStringList lines = airtime_receipt::text(sale, QStringLiteral("Kiosk Ọ̀yọ́ 1"), columns);
            for (const QString& line : lines) {
                QVERIFY2(line.size() <= columns, qPrintable(line));
                for (const QChar c : line)
                    QVERIFY2(c.unicode() >= 32 && c.unicode() < 127, qPrintable(line));
            }
            const QString all = lines.join(u'\n');
            QVERIFY(all.contains(QStringLiteral("Kiosk Oyo 1")));
            QVERIFY(all.contains(QStringLiteral("NGN 1,500.00")));
            QVERIFY(all.contains(QStringLiteral("+234 803 123 4567")));
            QVERIFY(all.contains(QStringLiteral("PENDING")));
            QVERIFY(lines.join(u' ').contains(QStringLiteral("do not refund"))); // wrapped at words
        }
        // Paid by bank USSD: said so, with our payment reference (cut to the width, never past it).
        sale.payment = QStringLiteral("paystack");
        sale.paymentReference = QStringLiteral("AIR-0123456789ABCDEF0123");
        for (int columns : {32, 48}) {
            const QStringList lines = airtime_receipt::text(sale, QStringLiteral("K"), columns);
            for (const QString& line : lines)
                QVERIFY2(line.size() <= columns, qPrintable(line));
            QVERIFY(lines.join(u'\n').contains(QStringLiteral("Bank USSD")));
            QVERIFY(lines.join(u'\n').contains(QStringLiteral("ABCDEF0123")));
        }
        QVERIFY(airtime_receipt::html(sale, QStringLiteral("K")).contains(QStringLiteral("AIR-0123456789ABCDEF0123")));
        sale.state = SaleState::Failed;
        QVERIFY(airtime_receipt::text(sale, QStringLiteral("K"), 48).join(u' ').contains(QStringLiteral("due back")));
        const QByteArray bytes = airtime_receipt::escPos(sale, QStringLiteral("K"), 32);
        QVERIFY(bytes.startsWith(QByteArray("\x1b\x40", 2)));
        QVERIFY(bytes.endsWith(QByteArray("\x1d\x56\x42\x00", 4)));
        QVERIFY(airtime_receipt::html(sale, QStringLiteral("<b>K</b>")).contains(QStringLiteral("&lt;b&gt;K")));
    }
};

QTEST_GUILESS_MAIN(TestAirtimeRules)
#include "test_airtime_rules.moc"
