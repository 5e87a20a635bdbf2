#include "money/cash_count.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

constexpr int kMostPieces = 100000;

} // namespace

QList<qint64> denominationsOf(const Currency& currency)
{
    // Central Bank of Nigeria: notes of ₦1,000 down to ₦5, coins of ₦2, ₦1 and 50 kobo.
    if (currency == Currency::ngn())
        return {100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50};
    // Central Bank of Kenya: notes of KSh 1,000 down to KSh 50, coins of KSh 20, 10, 5 and 1.
    if (currency == Currency::kes())
        return {100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 100};
    // Other currencies count in whole major units of the common note sizes.
    const qint64 major = currency.isValid() ? currency.minorPerMajor() : 1;
    return {100 * major, 50 * major, 20 * major, 10 * major, 5 * major, 2 * major, 1 * major};
}

Status<QString> CashCount::set(qint64 denominationMinor, int pieces)
{
    if (!denominationsOf(m_currency).contains(denominationMinor))
        return QCoreApplication::translate("CashCount", "%1 is not a note or coin of %2.")
            .arg(Money::fromMinor(denominationMinor, m_currency).format(), m_currency.code());
    if (pieces < 0 || pieces > kMostPieces)
        return QCoreApplication::translate("CashCount", "Count between 0 and %1 pieces of %2.")
            .arg(kMostPieces)
            .arg(label(denominationMinor));
    if (pieces == 0)
        m_pieces.remove(denominationMinor);
    else
        m_pieces.insert(denominationMinor, pieces);
    return {};
}

MoneyResult CashCount::total() const
{
    Money sum = Money::zero(m_currency);
    for (auto it = m_pieces.cbegin(); it != m_pieces.cend(); ++it) {
        auto line = Money::fromMinor(it.key(), m_currency).times(it.value());
        if (!line)
            return line.error();
        auto added = sum.plus(*line);
        if (!added)
            return added.error();
        sum = *added;
    }
    return sum;
}

QJsonObject CashCount::toJson() const
{
    QJsonObject pieces;
    for (auto it = m_pieces.cbegin(); it != m_pieces.cend(); ++it)
        pieces.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("currency"), m_currency.code()}, {QStringLiteral("pieces"), pieces}};
}

Result<CashCount, QString> CashCount::fromJson(const QJsonObject& json)
{
    const auto currency = Currency::fromCode(json.value(QStringLiteral("currency")).toString());
    if (!currency)
        return QCoreApplication::translate("CashCount", "The count has no known currency.");
    CashCount count(*currency);
    const QJsonObject pieces = json.value(QStringLiteral("pieces")).toObject();
    for (auto it = pieces.constBegin(); it != pieces.constEnd(); ++it) {
        bool ok = false;
        const qint64 denomination = it.key().toLongLong(&ok);
        if (!ok || !it.value().isDouble())
            return QCoreApplication::translate("CashCount", "The count has an unreadable line \"%1\".").arg(it.key());
        if (auto set = count.set(denomination, it.value().toInt()); !set)
            return set.error();
    }
    return count;
}

QString CashCount::label(qint64 denominationMinor) const
{
    return Money::fromMinor(denominationMinor, m_currency).format();
}

} // namespace paydesk
