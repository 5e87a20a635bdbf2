#pragma once

#include "money/currency.h"
#include "util/result.h"

#include <QLocale>
#include <QMetaType>
#include <QString>

#include <compare>

namespace paydesk {

enum class MoneyError {
    InvalidCurrency,  // an operand has no currency
    CurrencyMismatch, // operands (or the text's symbol) are in different currencies
    Overflow,         // the result does not fit in 64-bit minor units
    Empty,            // no digits at all
    InvalidCharacter, // something that is not a digit, separator, sign or this currency's symbol
    TooManyDecimals,  // more fraction digits than the currency's minor unit has
    BadGrouping,      // thousands separators in the wrong places ("1,2,50")
    NegativeNotAllowed,
    DivisionByZero,
};

QString describe(MoneyError error);

enum class Rounding {
    HalfEven, // banker's rounding: the default for tax and percentages
    HalfUp,   // half away from zero
    TowardZero,
    Floor,
    Ceiling,
};

class Money;
using MoneyResult = Result<Money, MoneyError>;

// An amount of money: a signed 64-bit count of minor units (kobo, cents) and its currency.
// There is deliberately no constructor from a binary fraction type: amounts enter as integers or text.
class Money
{
  public:
    Money() = default; // zero with no currency: not valid for arithmetic

    static Money fromMinor(qint64 minorUnits, Currency currency) { return Money(minorUnits, currency); }
    static Money zero(Currency currency) { return Money(0, currency); }
    // Whole major units (naira, shillings), checked for overflow.
    static MoneyResult fromMajor(qint64 majorUnits, Currency currency);

    enum class Sign { PositiveOnly, AllowNegative };
    // What a person typed: "1,250.50", "1250", "₦1,250", "NGN 1 250,50" (per locale). Strict: a typo is an error,
    // never a silently different amount.
    static MoneyResult
    parse(QStringView text, Currency currency, const QLocale& locale = QLocale(), Sign sign = Sign::PositiveOnly);
    // Paystack's amounts: an integer count of minor units, possibly sent as a decimal string ("500000" or
    // "500000.00"). A non-zero fraction of a minor unit is an error.
    static MoneyResult fromMinorString(QStringView text, Currency currency);

    bool isValid() const { return m_currency.isValid(); }
    qint64 minorUnits() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    MoneyResult plus(const Money& other) const;
    MoneyResult minus(const Money& other) const;
    MoneyResult times(qint64 quantity) const;
    MoneyResult negated() const;
    // this * numerator / denominator, rounded once at the end.
    MoneyResult fraction(qint64 numerator, qint64 denominator, Rounding rounding = Rounding::HalfEven) const;
    // basisPoints / 10000 of this amount: 750 is 7.5 %.
    MoneyResult percentage(qint64 basisPoints, Rounding rounding = Rounding::HalfEven) const;

    // "₦1,250.50" in the given locale's conventions.
    QString format(const QLocale& locale = QLocale()) const;
    // "1250.50": no symbol, no grouping, '.' as decimal point; for files, logs and the database's text exports.
    QString toPlainString() const;

    // Only amounts in the same currency compare; comparing across currencies compares the codes first so that
    // sorting is stable, never the numbers.
    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_currency == b.m_currency && a.m_minor == b.m_minor;
    }
    friend std::strong_ordering operator<=>(const Money& a, const Money& b)
    {
        if (!(a.m_currency == b.m_currency))
            return a.m_currency.code().compare(b.m_currency.code()) <=> 0;
        return a.m_minor <=> b.m_minor;
    }

  private:
    Money(qint64 minor, Currency currency) : m_minor(minor), m_currency(currency) {}
    MoneyResult sameCurrency(const Money& other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::Money)
