#include "money/money.h"

#include <QCoreApplication>

#include <limits>

namespace paydesk {

namespace {

__extension__ typedef __int128 Wide; // 128-bit intermediate: products of two int64 never overflow

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

bool fitsInt64(Wide v)
{
    return v >= Wide(kMin) && v <= Wide(kMax);
}

Wide absWide(Wide v)
{
    return v < 0 ? -v : v;
}

// numerator / denominator (denominator > 0) rounded as asked.
Wide divideRounded(Wide numerator, Wide denominator, Rounding rounding)
{
    Wide quotient = numerator / denominator; // truncates toward zero
    const Wide remainder = numerator % denominator;
    if (remainder == 0)
        return quotient;
    const bool negative = numerator < 0;
    const Wide twiceRemainder = absWide(remainder) * 2;
    auto awayFromZero = [&] { quotient += negative ? -1 : 1; };
    switch (rounding) {
    case Rounding::TowardZero:
        break;
    case Rounding::Floor:
        if (negative)
            quotient -= 1;
        break;
    case Rounding::Ceiling:
        if (!negative)
            quotient += 1;
        break;
    case Rounding::HalfUp:
        if (twiceRemainder >= denominator)
            awayFromZero();
        break;
    case Rounding::HalfEven:
        if (twiceRemainder > denominator || (twiceRemainder == denominator && quotient % 2 != 0))
            awayFromZero();
        break;
    }
    return quotient;
}

bool isSpaceSeparator(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

bool isGroupSeparator(QChar c, const QLocale& locale)
{
    const QString group = locale.groupSeparator();
    if (group.size() == 1 && isSpaceSeparator(group.at(0)))
        return isSpaceSeparator(c);
    return group == QString(c);
}

// Removes this currency's code or symbol from either end; reports another known currency's code as a mismatch.
Result<QString, MoneyError> stripCurrency(QString text, Currency currency)
{
    text = text.trimmed();
    for (const QString& marker : {currency.code(), currency.symbol()}) {
        if (text.startsWith(marker, Qt::CaseInsensitive)) {
            text = text.mid(marker.size()).trimmed();
            break;
        }
        if (text.endsWith(marker, Qt::CaseInsensitive)) {
            text.chop(marker.size());
            text = text.trimmed();
            break;
        }
    }
    // Three leading or trailing letters that name another currency: refuse rather than guess.
    for (const QString& edge : {text.left(3), text.right(3)}) {
        if (edge.size() == 3 && edge.at(0).isLetter()) {
            const auto other = Currency::fromCode(edge);
            if (other && !(*other == currency))
                return MoneyError::CurrencyMismatch;
        }
    }
    return text;
}

} // namespace

QString describe(MoneyError error)
{
    switch (error) {
    case MoneyError::InvalidCurrency:
        return QCoreApplication::translate("Money", "The amount has no currency.");
    case MoneyError::CurrencyMismatch:
        return QCoreApplication::translate("Money", "The amounts are in different currencies.");
    case MoneyError::Overflow:
        return QCoreApplication::translate("Money", "The amount is too large.");
    case MoneyError::Empty:
        return QCoreApplication::translate("Money", "Enter an amount.");
    case MoneyError::InvalidCharacter:
        return QCoreApplication::translate("Money", "The amount contains a character that is not a digit.");
    case MoneyError::TooManyDecimals:
        return QCoreApplication::translate("Money", "The amount has more decimal places than the currency allows.");
    case MoneyError::BadGrouping:
        return QCoreApplication::translate("Money", "The thousands separators are in the wrong places.");
    case MoneyError::NegativeNotAllowed:
        return QCoreApplication::translate("Money", "The amount cannot be negative.");
    case MoneyError::DivisionByZero:
        return QCoreApplication::translate("Money", "Division by zero.");
    }
    return {};
}

MoneyResult Money::fromMajor(qint64 majorUnits, Currency currency)
{
    if (!currency.isValid())
        return MoneyError::InvalidCurrency;
    const Wide minor = Wide(majorUnits) * currency.minorPerMajor();
    if (!fitsInt64(minor))
        return MoneyError::Overflow;
    return Money(qint64(minor), currency);
}

MoneyResult Money::parse(QStringView input, Currency currency, const QLocale& locale, Sign sign)
{
    if (!currency.isValid())
        return MoneyError::InvalidCurrency;
    auto stripped = stripCurrency(input.toString(), currency);
    if (!stripped)
        return stripped.error();
    QString text = stripped.value();

    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(locale.negativeSign())) {
        negative = true;
        text = text.mid(text.startsWith(u'-') ? 1 : locale.negativeSign().size()).trimmed();
        // "-₦50" as well as "₦-50"
        auto again = stripCurrency(text, currency);
        if (!again)
            return again.error();
        text = again.value();
    }
    if (negative && sign == Sign::PositiveOnly)
        return MoneyError::NegativeNotAllowed;
    if (text.isEmpty())
        return MoneyError::Empty;

    const QString decimalPoint = locale.decimalPoint();
    const qsizetype decimalAt = text.indexOf(decimalPoint);
    if (decimalAt >= 0 && text.indexOf(decimalPoint, decimalAt + 1) >= 0)
        return MoneyError::InvalidCharacter;
    const QStringView integerPart = decimalAt >= 0 ? QStringView(text).left(decimalAt) : QStringView(text);
    const QStringView fractionPart =
        decimalAt >= 0 ? QStringView(text).mid(decimalAt + decimalPoint.size()) : QStringView();

    // Integer part: digits, optionally grouped in threes after a first group of one to three digits.
    Wide major = 0;
    int digitsInGroup = 0;
    int groups = 0;
    bool sawSeparator = false;
    for (const QChar c : integerPart) {
        if (c.isDigit() && c.unicode() < 128) {
            major = major * 10 + (c.unicode() - u'0');
            if (major > Wide(kMax))
                return MoneyError::Overflow;
            ++digitsInGroup;
        } else if (isGroupSeparator(c, locale)) {
            if (digitsInGroup == 0 || (groups == 0 && digitsInGroup > 3) || (groups > 0 && digitsInGroup != 3))
                return MoneyError::BadGrouping;
            sawSeparator = true;
            ++groups;
            digitsInGroup = 0;
        } else {
            return MoneyError::InvalidCharacter;
        }
    }
    if (sawSeparator && digitsInGroup != 3)
        return MoneyError::BadGrouping;

    Wide minor = 0;
    int fractionDigits = 0;
    for (const QChar c : fractionPart) {
        if (!(c.isDigit() && c.unicode() < 128))
            return MoneyError::InvalidCharacter;
        ++fractionDigits;
        if (fractionDigits > currency.minorDigits())
            return MoneyError::TooManyDecimals;
        minor = minor * 10 + (c.unicode() - u'0');
    }
    if (integerPart.isEmpty() && fractionDigits == 0)
        return MoneyError::Empty;
    for (int i = fractionDigits; i < currency.minorDigits(); ++i)
        minor *= 10;

    Wide total = major * currency.minorPerMajor() + minor;
    if (negative)
        total = -total;
    if (!fitsInt64(total))
        return MoneyError::Overflow;
    return Money(qint64(total), currency);
}

MoneyResult Money::fromMinorString(QStringView input, Currency currency)
{
    if (!currency.isValid())
        return MoneyError::InvalidCurrency;
    const QStringView text = input.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && text.at(i) == u'-') {
        negative = true;
        ++i;
    }
    Wide value = 0;
    qsizetype digits = 0;
    for (; i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128; ++i, ++digits) {
        value = value * 10 + (text.at(i).unicode() - u'0');
        if (value > Wide(kMax) + 1)
            return MoneyError::Overflow;
    }
    if (digits == 0)
        return MoneyError::Empty;
    if (i < text.size() && text.at(i) == u'.') {
        for (++i; i < text.size(); ++i) {
            if (text.at(i) != u'0')
                return text.at(i).isDigit() ? MoneyError::TooManyDecimals : MoneyError::InvalidCharacter;
        }
    }
    if (i != text.size())
        return MoneyError::InvalidCharacter;
    if (negative)
        value = -value;
    if (!fitsInt64(value))
        return MoneyError::Overflow;
    return Money(qint64(value), currency);
}

MoneyResult Money::sameCurrency(const Money& other) const
{
    if (!isValid() || !other.isValid())
        return MoneyError::InvalidCurrency;
    if (!(m_currency == other.m_currency))
        return MoneyError::CurrencyMismatch;
    return *this;
}

MoneyResult Money::plus(const Money& other) const
{
    if (auto check = sameCurrency(other); !check)
        return check;
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return MoneyError::Overflow;
    return Money(sum, m_currency);
}

MoneyResult Money::minus(const Money& other) const
{
    if (auto check = sameCurrency(other); !check)
        return check;
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return MoneyError::Overflow;
    return Money(difference, m_currency);
}

MoneyResult Money::times(qint64 quantity) const
{
    if (!isValid())
        return MoneyError::InvalidCurrency;
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, quantity, &product))
        return MoneyError::Overflow;
    return Money(product, m_currency);
}

MoneyResult Money::negated() const
{
    return times(-1);
}

MoneyResult Money::fraction(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    if (!isValid())
        return MoneyError::InvalidCurrency;
    if (denominator == 0)
        return MoneyError::DivisionByZero;
    Wide top = Wide(m_minor) * numerator; // |m_minor * numerator| < 2^126: cannot overflow 128 bits
    Wide bottom = denominator;
    if (bottom < 0) {
        top = -top;
        bottom = -bottom;
    }
    const Wide result = divideRounded(top, bottom, rounding);
    if (!fitsInt64(result))
        return MoneyError::Overflow;
    return Money(qint64(result), m_currency);
}

MoneyResult Money::percentage(qint64 basisPoints, Rounding rounding) const
{
    return fraction(basisPoints, 10000, rounding);
}

QString Money::toPlainString() const
{
    const qint64 per = m_currency.minorPerMajor();
    const Wide magnitude = absWide(Wide(m_minor));
    const auto majorPart = qulonglong(magnitude / per);
    const auto minorPart = qulonglong(magnitude % per);
    QString text = m_minor < 0 ? QStringLiteral("-") : QString();
    text += QString::number(majorPart);
    if (m_currency.minorDigits() > 0)
        text += u'.' + QString::number(minorPart).rightJustified(m_currency.minorDigits(), u'0');
    return text;
}

QString Money::format(const QLocale& locale) const
{
    const qint64 per = m_currency.minorPerMajor();
    const Wide magnitude = absWide(Wide(m_minor));
    const auto majorPart = qulonglong(magnitude / per);
    const auto minorPart = qulonglong(magnitude % per);
    QString number = locale.toString(majorPart);
    if (m_currency.minorDigits() > 0)
        number += locale.decimalPoint() + QString::number(minorPart).rightJustified(m_currency.minorDigits(), u'0');

    // Let the locale decide where the symbol goes by formatting a marker amount, then substitute ours.
    static const QString kSymbolMarker = QStringLiteral("\u00A4");
    QString pattern = locale.toCurrencyString(qlonglong(7), kSymbolMarker);
    const qsizetype digitAt = pattern.indexOf(u'7');
    if (digitAt < 0 || !pattern.contains(kSymbolMarker))
        pattern = kSymbolMarker + u'7';
    pattern.replace(pattern.indexOf(u'7'), 1, number);
    pattern.replace(kSymbolMarker, m_currency.symbol());
    return m_minor < 0 ? locale.negativeSign() + pattern : pattern;
}

} // namespace paydesk
