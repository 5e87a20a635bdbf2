#include "billing/invoice.h"
#include "billing/name_key.h"
#include "billing/payment_attempt.h"
#include "billing/phone_number.h"
#include "billing/price_list.h"
#include "billing/qr_code.h"
#include "billing/receipt.h"

#include <QRandomGenerator>
#include <QTest>

using namespace paydesk;

// The billing rules that need no database: phone numbers, search keys, the payment state machine, invoice
// arithmetic (property tests over random bills), the price list CSV reader, receipt layout and QR codes.
class TestBillingRules : public QObject
{
    Q_OBJECT

    static Money ngn(qint64 kobo) { return Money::fromMinor(kobo, Currency::ngn()); }

  private slots:
    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("e164");
        QTest::newRow("ng local") << "0803 123 4567"
                                  << "NG"
                                  << "+2348031234567";
        QTest::newRow("ng dashes") << "0803-123-4567"
                                   << "NG"
                                   << "+2348031234567";
        QTest::newRow("ng plus") << "+234 803 123 4567"
                                 << "NG"
                                 << "+2348031234567";
        QTest::newRow("ng no plus") << "2348031234567"
                                    << "NG"
                                    << "+2348031234567";
        QTest::newRow("ng plus zero") << "+234 0803 123 4567"
                                      << "NG"
                                      << "+2348031234567";
        QTest::newRow("ng 00") << "002348031234567"
                               << "NG"
                               << "+2348031234567";
        QTest::newRow("ke local") << "0712 345 678"
                                  << "KE"
                                  << "+254712345678";
        QTest::newRow("ke intl from ng desk") << "+254712345678"
                                              << "NG"
                                              << "+254712345678";
        QTest::newRow("ke no plus") << "254712345678"
                                    << "NG"
                                    << "+254712345678";
        QTest::newRow("uk") << "+44 20 7946 0958"
                            << "NG"
                            << "+442079460958";
        QTest::newRow("short") << "0803 123 456"
                               << "NG"
                               << "";
        QTest::newRow("long") << "0803 123 45678"
                              << "NG"
                              << "";
        QTest::newRow("letters") << "0803 CALL ME"
                                 << "NG"
                                 << "";
        QTest::newRow("empty") << "  "
                               << "NG"
                               << "";
        QTest::newRow("ke short") << "0712 345 67"
                                  << "KE"
                                  << "";
        QTest::newRow("intl short") << "+1234"
                                    << "NG"
                                    << "";
    }
    void phoneNumbers()
    {
        QFETCH(QString, typed);
        QFETCH(QString, country);
        QFETCH(QString, e164);
        const auto result = PhoneNumber::normalize(typed, country);
        if (e164.isEmpty()) {
            QVERIFY(!result);
            QVERIFY(!result.error().message.isEmpty());
        } else {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
            QCOMPARE(*result, e164);
        }
    }

    void phoneDisplay()
    {
        QCOMPARE(PhoneNumber::display(QStringLiteral("+2348031234567")), QStringLiteral("+234 803 123 4567"));
        QCOMPARE(PhoneNumber::display(QStringLiteral("+254712345678")), QStringLiteral("+254 712 345 678"));
    }

    void searchWordsAndSoundAlikes()
    {
        QCOMPARE(search_terms::words(QStringLiteral("Ọláolúwa  ADÉBÁYỌ-Smith")),
                 (QStringList{QStringLiteral("olaoluwa"), QStringLiteral("adebayo"), QStringLiteral("smith")}));
        using search_terms::phoneticKey;
        QCOMPARE(phoneticKey(QStringLiteral("adebayo")), phoneticKey(QStringLiteral("adebyo")));
        QCOMPARE(phoneticKey(QStringLiteral("adebayo")), phoneticKey(QStringLiteral("adebaiyo")));
        QCOMPARE(phoneticKey(QStringLiteral("chukwuemeka")), phoneticKey(QStringLiteral("chukwuemekka")));
        QCOMPARE(phoneticKey(QStringLiteral("oluwaseun")), phoneticKey(QStringLiteral("oluwasseun")));
        QCOMPARE(phoneticKey(QStringLiteral("stephen")), phoneticKey(QStringLiteral("stefen")));
        QVERIFY(phoneticKey(QStringLiteral("adebayo")) != phoneticKey(QStringLiteral("okafor")));
        QVERIFY(search_terms::upperBound(QStringLiteral("ade")) > QStringLiteral("adezzzz"));
    }

    void stateMachineTable()
    {
        using S = AttemptState;
        const QList<S> all{S::Created,   S::Sent,   S::Delivered, S::Waiting, S::Unknown,
                           S::Succeeded, S::Failed, S::Cancelled, S::Expired};
        const QList<PaymentMethod> methods{PaymentMethod::Terminal, PaymentMethod::Link, PaymentMethod::Ussd};
        // The allowed transitions for Paystack methods, written out in full so that a change to the table is a
        // deliberate change to this list.
        const QList<QPair<S, S>> allowed{
            {S::Created, S::Sent},        {S::Created, S::Unknown},   {S::Created, S::Succeeded},
            {S::Created, S::Failed},      {S::Created, S::Cancelled}, {S::Created, S::Expired},
            {S::Sent, S::Delivered},      {S::Sent, S::Waiting},      {S::Sent, S::Unknown},
            {S::Sent, S::Succeeded},      {S::Sent, S::Failed},       {S::Sent, S::Cancelled},
            {S::Sent, S::Expired},        {S::Delivered, S::Waiting}, {S::Delivered, S::Unknown},
            {S::Delivered, S::Succeeded}, {S::Delivered, S::Failed},  {S::Delivered, S::Cancelled},
            {S::Delivered, S::Expired},   {S::Waiting, S::Unknown},   {S::Waiting, S::Succeeded},
            {S::Waiting, S::Failed},      {S::Waiting, S::Cancelled}, {S::Waiting, S::Expired},
            {S::Unknown, S::Created},     {S::Unknown, S::Sent},      {S::Unknown, S::Delivered},
            {S::Unknown, S::Waiting},     {S::Unknown, S::Succeeded}, {S::Unknown, S::Failed},
            {S::Unknown, S::Cancelled},   {S::Unknown, S::Expired},
        };
        for (PaymentMethod method : methods) {
            for (S from : all) {
                for (S to : all) {
                    QVERIFY2(
                        canTransition(from, to, method) == allowed.contains({from, to}),
                        qPrintable(QStringLiteral("%1 -> %2 (%3)")
                                       .arg(attemptStateName(from), attemptStateName(to), paymentMethodName(method))));
                }
            }
        }
        // Cash: counted at the desk, so created -> succeeded or cancelled only.
        for (S from : all) {
            for (S to : all) {
                const bool expected = from == S::Created && (to == S::Succeeded || to == S::Cancelled);
                QCOMPARE(canTransition(from, to, PaymentMethod::Cash), expected);
            }
        }
        QVERIFY(!canTransition(S::Succeeded, S::Failed, PaymentMethod::Terminal));
        for (S state : all)
            QCOMPARE(attemptStateFromName(attemptStateName(state)), std::optional<S>(state));
    }

    void invoiceArithmeticExample()
    {
        // Consultation ₦5,000 x1, paracetamol ₦250 x3 taxable (7.5 %), lab test ₦12,000 less ₦2,000.
        QList<InvoiceLineInput> lines{
            {1, QStringLiteral("CONS"), QStringLiteral("Consultation"), ngn(500000), 1, Money(), false},
            {2, QStringLiteral("PARA"), QStringLiteral("Paracetamol"), ngn(25000), 3, Money(), true},
            {3, QStringLiteral("LAB"), QStringLiteral("Full blood count"), ngn(1200000), 1, ngn(200000), false},
        };
        const auto bill = InvoiceMath::calculate(lines, Currency::ngn(), 750);
        QVERIFY(bill);
        QCOMPARE(bill->lines.at(1).tax, ngn(5625)); // 75,000 kobo * 7.5 % = 5,625
        QCOMPARE(bill->totals.subtotal, ngn(500000 + 75000 + 1200000));
        QCOMPARE(bill->totals.discount, ngn(200000));
        QCOMPARE(bill->totals.tax, ngn(5625));
        QCOMPARE(bill->totals.total, ngn(500000 + 75000 + 5625 + 1000000));
    }

    void invoiceArithmeticProperties()
    {
        QRandomGenerator random(20261122);
        for (int bill = 0; bill < 5000; ++bill) {
            QList<InvoiceLineInput> lines;
            const int count = int(random.bounded(1, 12));
            for (int i = 0; i < count; ++i) {
                InvoiceLineInput line;
                line.priceItemId = i + 1;
                line.description = QStringLiteral("item %1").arg(i);
                line.unitPrice = ngn(random.bounded(0, 50000000));
                line.quantity = random.bounded(1, 100);
                line.taxable = random.bounded(2) == 1;
                const qint64 gross = line.unitPrice.minorUnits() * line.quantity;
                if (random.bounded(4) == 0)
                    line.discount = ngn(gross == 0 ? 0 : random.bounded(gross + 1));
                lines << line;
            }
            const qint64 rate = random.bounded(0, 2001);
            const auto result = InvoiceMath::calculate(lines, Currency::ngn(), rate);
            QVERIFY(result);
            qint64 subtotal = 0, discount = 0, tax = 0, total = 0;
            for (const InvoiceLine& line : result->lines) {
                const qint64 gross = line.input.unitPrice.minorUnits() * line.input.quantity;
                QCOMPARE(line.gross.minorUnits(), gross);
                QVERIFY(line.discount.minorUnits() >= 0 && line.discount.minorUnits() <= gross);
                const qint64 net = gross - line.discount.minorUnits();
                // Tax is within half a kobo of the exact value, and zero on untaxed lines.
                if (line.input.taxable) {
                    const qint64 exactTimes10000 = net * rate;
                    QVERIFY(std::abs(line.tax.minorUnits() * 10000 - exactTimes10000) <= 5000);
                } else {
                    QCOMPARE(line.tax.minorUnits(), 0);
                }
                QCOMPARE(line.total.minorUnits(), net + line.tax.minorUnits());
                subtotal += gross;
                discount += line.discount.minorUnits();
                tax += line.tax.minorUnits();
                total += line.total.minorUnits();
            }
            QCOMPARE(result->totals.subtotal.minorUnits(), subtotal);
            QCOMPARE(result->totals.discount.minorUnits(), discount);
            QCOMPARE(result->totals.tax.minorUnits(), tax);
            QCOMPARE(result->totals.total.minorUnits(), total);
            QCOMPARE(total, subtotal - discount + tax);
        }
    }

    void invoiceArithmeticRefusesBadBills_data()
    {
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("discount");
        QTest::newRow("zero quantity") << qint64(0) << qint64(1000) << qint64(0);
        QTest::newRow("negative quantity") << qint64(-2) << qint64(1000) << qint64(0);
        QTest::newRow("absurd quantity") << qint64(10001) << qint64(1000) << qint64(0);
        QTest::newRow("negative price") << qint64(1) << qint64(-1000) << qint64(0);
        QTest::newRow("discount above line") << qint64(1) << qint64(1000) << qint64(1001);
        QTest::newRow("negative discount") << qint64(1) << qint64(1000) << qint64(-1);
        QTest::newRow("overflow") << qint64(10000) << std::numeric_limits<qint64>::max() / 1000 << qint64(0);
    }
    void invoiceArithmeticRefusesBadBills()
    {
        QFETCH(qint64, quantity);
        QFETCH(qint64, price);
        QFETCH(qint64, discount);
        InvoiceLineInput line{1,    QStringLiteral("X"), QStringLiteral("Thing"), ngn(price), quantity, ngn(discount),
                              false};
        const auto result = InvoiceMath::calculate({line}, Currency::ngn(), 750);
        QVERIFY(!result);
        QVERIFY(result.error().contains(QStringLiteral("Line 1")));
        QVERIFY(!InvoiceMath::calculate({}, Currency::ngn(), 750));
        InvoiceLineInput kes{
            1, QStringLiteral("X"), QStringLiteral("Thing"), Money::fromMinor(100, Currency::kes()), 1, Money(), false};
        QVERIFY(!InvoiceMath::calculate({kes}, Currency::ngn(), 0));
    }

    void priceListCsv()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "code,name,category,unit_price,taxable,active\r\n"
                               "CONS-GP,General consultation,Consultation,5000.00,no,yes\r\n"
                               "LAB-FBC,\"Full blood count, adult\",Laboratory,\"12,000.00\",no,\r\n"
                               "BAD-PRICE,Thing,Misc,12.345,no,yes\r\n"
                               "BAD-FLAG,Thing,Misc,100,perhaps,yes\r\n"
                               ",No code,Misc,100,no,yes\r\n"
                               "SHORT,Too few fields\r\n"
                               "QUOTE,\"unterminated,Misc,100,no,yes\r\n"
                               "CONS-GP,Duplicate,Consultation,10,no,yes\r\n"
                               "DRUG-PCM,Paracetamol 500mg,Pharmacy,50,yes,yes\n";
        const PriceListCsv parsed = PriceListCsv::parse(csv, Currency::ngn());
        QCOMPARE(parsed.items.size(), 3);
        QCOMPARE(parsed.items.at(0).code, QStringLiteral("CONS-GP"));
        QCOMPARE(parsed.items.at(0).unitPrice, ngn(500000));
        QCOMPARE(parsed.items.at(1).name, QStringLiteral("Full blood count, adult"));
        QVERIFY(parsed.items.at(1).active);
        QCOMPARE(parsed.items.at(2).unitPrice, ngn(5000));
        QVERIFY(parsed.items.at(2).taxable);
        QList<int> rejectedLines;
        for (const auto& [line, reason] : parsed.rejected) {
            rejectedLines << line;
            QVERIFY(!reason.isEmpty());
        }
        QCOMPARE(rejectedLines, (QList<int>{4, 5, 6, 7, 8, 9}));
        // A file without the required header is refused as a whole.
        const PriceListCsv noHeader = PriceListCsv::parse("a,b,c\n1,2,3\n", Currency::ngn());
        QVERIFY(noHeader.items.isEmpty());
        QCOMPARE(noHeader.rejected.size(), 1);
    }

    void receiptLayout()
    {
        Receipt receipt;
        receipt.hospitalName = QStringLiteral("St. Ọlá Hospital");
        receipt.number = QStringLiteral("DESK1-R000017");
        receipt.invoiceNumber = QStringLiteral("DESK1-000042");
        receipt.patientName = QStringLiteral("Adebayo Okafor");
        receipt.hospitalNumber = QStringLiteral("HN-000123");
        InvoiceLine line;
        line.input.description = QStringLiteral("General consultation with a very long description that wraps");
        line.input.unitPrice = ngn(2550000);
        line.input.quantity = 1;
        line.gross = line.total = ngn(2550000);
        line.discount = line.tax = ngn(0);
        receipt.lines = {line};
        receipt.totals = {ngn(2550000), ngn(0), ngn(0), ngn(2550000)};
        receipt.method = PaymentMethod::Cash;
        receipt.amount = ngn(2550000);
        receipt.tendered = ngn(3000000);
        receipt.paidToDate = ngn(2550000);
        receipt.balance = ngn(0);
        receipt.reference = QStringLiteral("PD-DESK1-ABCDEFGHJK");
        receipt.cashier = QStringLiteral("Ada Cashier");
        receipt.paidAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
        for (int columns : {32, 48}) {
            const QStringList lines = receipt_layout::text(receipt, columns);
            for (const QString& text : lines) {
                QVERIFY2(text.size() <= columns, qPrintable(text));
                for (QChar c : text)
                    QVERIFY(c.unicode() >= 32 && c.unicode() < 127);
            }
            QVERIFY(lines.join(u'\n').contains(QStringLiteral("NGN 25,500.00")));
            QVERIFY(lines.join(u'\n').contains(QStringLiteral("NGN 4,500.00"))); // change
            QVERIFY(!lines.join(u'\n').contains(QStringLiteral("COPY")));
        }
        receipt.copy = true;
        QVERIFY(receipt_layout::text(receipt, 32).first().contains(QStringLiteral("COPY")));
        QVERIFY(receipt_layout::html(receipt).contains(QStringLiteral("COPY")));
        const QByteArray bytes = receipt_layout::escPos(receipt, 32);
        QVERIFY(bytes.startsWith(QByteArray("\x1b\x40", 2)));
        QVERIFY(bytes.endsWith(QByteArray("\x1d\x56\x42\x00", 4)));
    }

    void qrCode()
    {
        const auto code = QrCode::encode("http://127.0.0.1:8089/checkout/abc123");
        QVERIFY(code);
        QVERIFY(code->size >= 21);
        QCOMPARE(code->modules.size(), qsizetype(code->size) * code->size);
        // The three finder patterns: dark corners.
        QVERIFY(code->dark(0, 0) && code->dark(code->size - 1, 0) && code->dark(0, code->size - 1));
        QVERIFY(!QrCode::encode(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestBillingRules)
#include "test_billing_rules.moc"
