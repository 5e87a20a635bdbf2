#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace paydesk {

// An ISO 4217 currency that Paydesk knows how to handle: its code, the number of digits in its
// minor unit and the symbol shown to people. Only currencies Paystack settles in are listed.
class Currency
{
  public:
    Currency() = default; // invalid: no currency

    static std::optional<Currency> fromCode(QStringView code);
    static Currency ngn();
    static Currency kes();

    bool isValid() const { return m_index >= 0; }
    QString code() const;
    int minorDigits() const;
    QString symbol() const;
    // 10^minorDigits(): how many minor units make one major unit.
    qint64 minorPerMajor() const;

    friend bool operator==(const Currency& a, const Currency& b) { return a.m_index == b.m_index; }

  private:
    explicit Currency(int index) : m_index(index) {}
    int m_index = -1;
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::Currency)
