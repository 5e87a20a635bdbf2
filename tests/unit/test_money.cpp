#include "money/money.h"

#include <QRandomGenerator>
#include <QTest>

using namespace paydesk;

namespace {

Money ngn(qint64 kobo)
{
    return Money::fromMinor(kobo, Currency::ngn());
}

QLocale en()
{
    return QLocale(QLocale::English, QLocale::Nigeria);
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

  private slots:
    void currencies()
    {
        QCOMPARE(Currency::fromCode(u"ngn")->code(), QStringLiteral("NGN"));
        QCOMPARE(Currency::fromCode(u"XOF")->minorDigits(), 0);
        QCOMPARE(Currency::ngn().minorPerMajor(), 100);
        QVERIFY(!Currency::fromCode(u"ABC"));
        QVERIFY(!Currency().isValid());
    }

    void parseUserText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("kobo");
        QTest::newRow("grouped with decimals") << QStringLiteral("1,250.50") << qint64(125050);
        QTest::newRow("plain") << QStringLiteral("1250") << qint64(125000);
        QTest::newRow("naira sign") << QStringLiteral("₦1,250") << qint64(125000);
        QTest::newRow("code prefix") << QStringLiteral("NGN 1,250.5") << qint64(125050);
        QTest::newRow("code suffix") << QStringLiteral("1250 ngn") << qint64(125000);
        QTest::newRow("spaces around") << QStringLiteral("  42.07 ") << qint64(4207);
        QTest::newRow("fraction only") << QStringLiteral(".5") << qint64(50);
        QTest::newRow("trailing point") << QStringLiteral("12.") << qint64(1200);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("millions") << QStringLiteral("1,000,000.01") << qint64(100000001);
    }
    void parseUserText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, kobo);
        const auto parsed = Money::parse(text, Currency::ngn(), en());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : describe(parsed.error())));
        QCOMPARE(parsed->minorUnits(), kobo);
        QCOMPARE(parsed->currency(), Currency::ngn());
    }

    void parseRejectsTypos_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << QString() << int(MoneyError::Empty);
        QTest::newRow("symbol only") << QStringLiteral("₦") << int(MoneyError::Empty);
        QTest::newRow("letter o for zero") << QStringLiteral("1o0") << int(MoneyError::InvalidCharacter);
        QTest::newRow("three decimals") << QStringLiteral("12.345") << int(MoneyError::TooManyDecimals);
        QTest::newRow("two points") << QStringLiteral("1.2.3") << int(MoneyError::InvalidCharacter);
        QTest::newRow("bad grouping") << QStringLiteral("1,2,50") << int(MoneyError::BadGrouping);
        QTest::newRow("short last group") << QStringLiteral("12,50") << int(MoneyError::BadGrouping);
        QTest::newRow("long first group") << QStringLiteral("1250,000") << int(MoneyError::BadGrouping);
        QTest::newRow("negative") << QStringLiteral("-5") << int(MoneyError::NegativeNotAllowed);
        QTest::newRow("other currency") << QStringLiteral("GHS 50") << int(MoneyError::CurrencyMismatch);
        QTest::newRow("overflow") << QStringLiteral("999999999999999999999") << int(MoneyError::Overflow);
        QTest::newRow("arabic-indic digits") << QStringLiteral("١٢") << int(MoneyError::InvalidCharacter);
        QTest::newRow("exponent") << QStringLiteral("1e5") << int(MoneyError::InvalidCharacter);
    }
    void parseRejectsTypos()
    {
        QFETCH(QString, text);
        QFETCH(int, error);
        const auto parsed = Money::parse(text, Currency::ngn(), en());
        QVERIFY(!parsed.ok());
        QCOMPARE(int(parsed.error()), error);
        QVERIFY(!describe(parsed.error()).isEmpty());
    }

    void parseNegativeWhenAllowed()
    {
        const auto parsed = Money::parse(u"-₦1,000.25", Currency::ngn(), en(), Money::Sign::AllowNegative);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->minorUnits(), qint64(-100025));
    }

    void parseFrenchLocale()
    {
        const QLocale fr(QLocale::French, QLocale::France);
        const auto parsed = Money::parse(QStringLiteral("1 250,50"), Currency::ngn(), fr);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->minorUnits(), qint64(125050));
        const auto narrowSpace = Money::parse(QStringLiteral("1\u202F250,50"), Currency::ngn(), fr);
        QVERIFY(narrowSpace.ok());
        QCOMPARE(narrowSpace->minorUnits(), qint64(125050));
    }

    void zeroDecimalCurrency()
    {
        const Currency xof = *Currency::fromCode(u"XOF");
        QCOMPARE(Money::parse(u"1,500", xof, en())->minorUnits(), qint64(1500));
        QCOMPARE(int(Money::parse(u"1,500.5", xof, en()).error()), int(MoneyError::TooManyDecimals));
        QCOMPARE(Money::fromMinor(1500, xof).toPlainString(), QStringLiteral("1500"));
    }

    void paystackAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("kobo");
        QTest::newRow("integer string") << QStringLiteral("500000") << true << qint64(500000);
        QTest::newRow("decimal zeros") << QStringLiteral("500000.00") << true << qint64(500000);
        QTest::newRow("negative") << QStringLiteral("-150") << true << qint64(-150);
        QTest::newRow("fraction of a kobo") << QStringLiteral("10.5") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("garbage") << QStringLiteral("12abc") << false << qint64(0);
        QTest::newRow("max") << QStringLiteral("9223372036854775807") << true << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << QStringLiteral("-9223372036854775808") << true << std::numeric_limits<qint64>::min();
        QTest::newRow("past max") << QStringLiteral("9223372036854775808") << false << qint64(0);
    }
    void paystackAmounts()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, kobo);
        const auto parsed = Money::fromMinorString(text, Currency::ngn());
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed->minorUnits(), kobo);
    }

    void arithmeticChecksOverflowAndCurrency()
    {
        const Money max = ngn(std::numeric_limits<qint64>::max());
        QCOMPARE(int(max.plus(ngn(1)).error()), int(MoneyError::Overflow));
        QCOMPARE(int(ngn(std::numeric_limits<qint64>::min()).minus(ngn(1)).error()), int(MoneyError::Overflow));
        QCOMPARE(int(max.times(2).error()), int(MoneyError::Overflow));
        QCOMPARE(int(ngn(std::numeric_limits<qint64>::min()).negated().error()), int(MoneyError::Overflow));
        QCOMPARE(int(ngn(100).plus(Money::fromMinor(100, Currency::kes())).error()), int(MoneyError::CurrencyMismatch));
        QCOMPARE(int(Money().plus(ngn(1)).error()), int(MoneyError::InvalidCurrency));
        QCOMPARE(ngn(250).times(3)->minorUnits(), qint64(750));
        QCOMPARE(ngn(250).minus(ngn(300))->minorUnits(), qint64(-50));
        QCOMPARE(int(ngn(1).fraction(1, 0).error()), int(MoneyError::DivisionByZero));
    }

    void percentageRounding_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("basisPoints");
        QTest::addColumn<int>("rounding");
        QTest::addColumn<qint64>("expected");
        // 7.5 % VAT on ₦1.00 = 7.5 kobo
        QTest::newRow("half even down") << qint64(100) << qint64(750) << int(Rounding::HalfEven) << qint64(8);
        QTest::newRow("half even 2.5") << qint64(50) << qint64(500) << int(Rounding::HalfEven) << qint64(2);
        QTest::newRow("half even 3.5") << qint64(70) << qint64(500) << int(Rounding::HalfEven) << qint64(4);
        QTest::newRow("half up 2.5") << qint64(50) << qint64(500) << int(Rounding::HalfUp) << qint64(3);
        QTest::newRow("half even -2.5") << qint64(-50) << qint64(500) << int(Rounding::HalfEven) << qint64(-2);
        QTest::newRow("half up -2.5") << qint64(-50) << qint64(500) << int(Rounding::HalfUp) << qint64(-3);
        QTest::newRow("floor -2.5") << qint64(-50) << qint64(500) << int(Rounding::Floor) << qint64(-3);
        QTest::newRow("ceiling 2.1") << qint64(42) << qint64(500) << int(Rounding::Ceiling) << qint64(3);
        QTest::newRow("toward zero 2.9") << qint64(58) << qint64(500) << int(Rounding::TowardZero) << qint64(2);
        QTest::newRow("commission 2.5%") << qint64(100000) << qint64(250) << int(Rounding::HalfEven) << qint64(2500);
    }
    void percentageRounding()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, basisPoints);
        QFETCH(int, rounding);
        QFETCH(qint64, expected);
        QCOMPARE(ngn(amount).percentage(basisPoints, Rounding(rounding))->minorUnits(), expected);
    }

    void formatting()
    {
        QCOMPARE(ngn(125050).format(en()), QStringLiteral("₦1,250.50"));
        QCOMPARE(ngn(-5).format(en()), QStringLiteral("-₦0.05"));
        QCOMPARE(ngn(125050).toPlainString(), QStringLiteral("1250.50"));
        QCOMPARE(ngn(-125050).toPlainString(), QStringLiteral("-1250.50"));
        QCOMPARE(ngn(std::numeric_limits<qint64>::min()).toPlainString(), QStringLiteral("-92233720368547758.08"));
        const QString french = ngn(125050).format(QLocale(QLocale::French, QLocale::France));
        QVERIFY2(french.contains(QStringLiteral("250,50")) && french.contains(QStringLiteral("₦")), qPrintable(french));
    }

    // Property: for many random amounts, format -> parse gives the same amount, in two locales.
    void propertyFormatParseRoundTrip()
    {
        QRandomGenerator random(20261122);
        const QLocale locales[] = {en(), QLocale(QLocale::French, QLocale::France)};
        for (int i = 0; i < 20000; ++i) {
            const qint64 kobo = qint64(random.bounded(std::numeric_limits<qint64>::max() / 2)) >> random.bounded(60);
            const Money amount = ngn(kobo);
            for (const QLocale& locale : locales) {
                const QString text = amount.format(locale);
                const auto back = Money::parse(text, Currency::ngn(), locale);
                QVERIFY2(back.ok(), qPrintable(text));
                QCOMPARE(back->minorUnits(), kobo);
            }
            const auto plain = Money::parse(amount.toPlainString(), Currency::ngn(), QLocale::c());
            QVERIFY(plain.ok());
            QCOMPARE(*plain, amount);
        }
    }

    // Property: checked arithmetic agrees with 128-bit arithmetic and reports overflow exactly when it happens.
    void propertyArithmeticMatchesWideIntegers()
    {
        __extension__ typedef __int128 Wide;
        QRandomGenerator random(7);
        const auto fits = [](Wide v) {
            return v >= Wide(std::numeric_limits<qint64>::min()) && v <= Wide(std::numeric_limits<qint64>::max());
        };
        for (int i = 0; i < 50000; ++i) {
            const qint64 a = qint64(random.generate64()) >> random.bounded(63);
            const qint64 b = qint64(random.generate64()) >> random.bounded(63);
            const qint64 q = qint64(random.generate64()) >> random.bounded(40, 63);
            const auto sum = ngn(a).plus(ngn(b));
            QCOMPARE(sum.ok(), fits(Wide(a) + b));
            if (sum.ok())
                QCOMPARE(sum->minorUnits(), a + b);
            const auto product = ngn(a).times(q);
            QCOMPARE(product.ok(), fits(Wide(a) * q));
            if (product.ok())
                QCOMPARE(Wide(product->minorUnits()), Wide(a) * q);
        }
    }

    // Property: half-even percentages never drift more than half a minor unit from the exact value, and splitting
    // an amount into a percentage and the rest always adds back up.
    void propertyPercentageBounds()
    {
        __extension__ typedef __int128 Wide;
        QRandomGenerator random(11);
        for (int i = 0; i < 50000; ++i) {
            const qint64 amount = qint64(random.bounded(2000000000)) - 1000000000;
            const qint64 bp = random.bounded(0, 10001);
            const auto part = ngn(amount).percentage(bp);
            QVERIFY(part.ok());
            const Wide exactTimes10000 = Wide(amount) * bp;
            const Wide error = Wide(part->minorUnits()) * 10000 - exactTimes10000;
            QVERIFY((error < 0 ? -error : error) <= 5000);
            const auto rest = ngn(amount).minus(*part);
            QCOMPARE(rest->plus(*part)->minorUnits(), amount);
        }
    }

    void ordering()
    {
        QVERIFY(ngn(1) < ngn(2));
        QVERIFY(ngn(2) == ngn(2));
        QVERIFY(!(ngn(2) == Money::fromMinor(2, Currency::kes())));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
