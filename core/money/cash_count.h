#pragma once

#include "money/money.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace paydesk {

// The notes and coins in circulation for a currency, largest first, in minor units. The count screens offer one
// line each; an amount that is not one of them cannot be counted.
QList<qint64> denominationsOf(const Currency& currency);

// A drawer counted by denomination: how many pieces of each. The total is derived, never typed, so a count and
// its total cannot disagree.
class CashCount
{
  public:
    CashCount() = default;
    explicit CashCount(Currency currency) : m_currency(currency) {}

    Currency currency() const { return m_currency; }
    // Refuses a denomination the currency does not have and a negative or absurd count (over 100,000 pieces).
    Status<QString> set(qint64 denominationMinor, int pieces);
    int pieces(qint64 denominationMinor) const { return m_pieces.value(denominationMinor); }
    const QMap<qint64, int>& lines() const { return m_pieces; } // only denominations with pieces
    MoneyResult total() const;

    // {"currency": "NGN", "pieces": {"100000": 3, ...}}: keys are minor units as text.
    QJsonObject toJson() const;
    static Result<CashCount, QString> fromJson(const QJsonObject& json);
    // "₦1,000.00" for a note, "₦0.50" for a coin.
    QString label(qint64 denominationMinor) const;

  private:
    Currency m_currency;
    QMap<qint64, int> m_pieces;
};

} // namespace paydesk
