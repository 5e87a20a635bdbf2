#include "money/currency.h"

#include <array>

namespace paydesk {

namespace {

struct CurrencyInfo
{
    const char16_t* code;
    int minorDigits;
    const char16_t* symbol;
};

// The currencies Paystack settles in. XOF has no minor unit in use.
constexpr std::array<CurrencyInfo, 8> kCurrencies{{
    {u"NGN", 2, u"₦"},
    {u"KES", 2, u"KSh"},
    {u"GHS", 2, u"GH₵"},
    {u"ZAR", 2, u"R"},
    {u"USD", 2, u"$"},
    {u"EGP", 2, u"E£"},
    {u"XOF", 0, u"CFA"},
    {u"RWF", 0, u"FRw"},
}};

} // namespace

std::optional<Currency> Currency::fromCode(QStringView code)
{
    const QString upper = code.trimmed().toString().toUpper();
    for (int i = 0; i < int(kCurrencies.size()); ++i) {
        if (upper == QStringView(kCurrencies[size_t(i)].code))
            return Currency(i);
    }
    return std::nullopt;
}

Currency Currency::ngn()
{
    return Currency(0);
}

Currency Currency::kes()
{
    return Currency(1);
}

QString Currency::code() const
{
    return isValid() ? QString::fromUtf16(kCurrencies[size_t(m_index)].code) : QString();
}

int Currency::minorDigits() const
{
    return isValid() ? kCurrencies[size_t(m_index)].minorDigits : 0;
}

QString Currency::symbol() const
{
    return isValid() ? QString::fromUtf16(kCurrencies[size_t(m_index)].symbol) : QString();
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < minorDigits(); ++i)
        factor *= 10;
    return factor;
}

} // namespace paydesk
