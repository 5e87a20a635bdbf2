#include "airtime/wallet.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace paydesk::airtime {

namespace {

constexpr std::pair<WalletEntry::Kind, const char*> kKinds[] = {
    {WalletEntry::Kind::Sale, "sale"},
    {WalletEntry::Kind::Reversal, "reversal"},
    {WalletEntry::Kind::TopUp, "topup"},
    {WalletEntry::Kind::Adjustment, "adjustment"},
};

WalletEntry::Kind kindFromName(const QString& name)
{
    for (const auto& [kind, text] : kKinds) {
        if (name == QLatin1String(text))
            return kind;
    }
    return WalletEntry::Kind::Adjustment;
}

} // namespace

QString walletEntryKindName(WalletEntry::Kind kind)
{
    for (const auto& [k, text] : kKinds) {
        if (k == kind)
            return QLatin1String(text);
    }
    return {};
}

Result<Money, DbError> Wallet::balance(const Currency& currency) const
{
    auto row = sql::one(m_db, QStringLiteral("SELECT balance FROM airtime_wallets WHERE currency = ?"),
                        {currency.code()}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!row)
        return row.error();
    return Money::fromMinor(row->value_or(0), currency);
}

Result<bool, QString> Wallet::debit(
    const Money& amount, WalletEntry::Kind kind, qint64 saleId, const QString& actor, const QString& detail) const
{
    bool covered = true;
    const auto negated = amount.negated();
    if (!negated)
        return QStringLiteral("Amount out of range.");
    auto moved = move(*negated, kind, saleId, 0, actor, detail, &covered);
    if (!moved)
        return moved.error();
    return covered;
}

Result<bool, QString> Wallet::credit(const Money& amount,
                                     WalletEntry::Kind kind,
                                     qint64 saleId,
                                     qint64 topUpId,
                                     const QString& actor,
                                     const QString& detail) const
{
    // The unique (kind, sale_id) / (kind, topup_id) pair is the guarantee; this read only avoids a failed insert.
    auto already = sql::one(
        m_db, QStringLiteral("SELECT id FROM airtime_wallet_entries WHERE kind = ? AND (sale_id = ? OR topup_id = ?)"),
        {walletEntryKindName(kind), saleId, topUpId}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!already)
        return already.error().message;
    if (already->has_value())
        return false;
    bool covered = true;
    auto moved = move(amount, kind, saleId, topUpId, actor, detail, &covered);
    if (!moved)
        return moved.error();
    return true;
}

Result<Money, QString> Wallet::move(const Money& signedAmount,
                                    WalletEntry::Kind kind,
                                    qint64 saleId,
                                    qint64 topUpId,
                                    const QString& actor,
                                    const QString& detail,
                                    bool* covered) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    const QString now = sql::isoUtc(m_clock->nowUtc());
    const QString currency = signedAmount.currency().code();
    if (auto created = sql::exec(m_db,
                                 QStringLiteral("INSERT INTO airtime_wallets (currency, balance, updated_at) "
                                                "SELECT ?, 0, ? WHERE NOT EXISTS (SELECT 1 FROM airtime_wallets "
                                                "WHERE currency = ?)"),
                                 {currency, now, currency});
        !created)
        return created.error().message;
    // One conditional UPDATE: the balance check and the debit cannot be split by another writer.
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE airtime_wallets SET balance = balance + ?, updated_at = ? "
                                            "WHERE currency = ? AND balance + ? >= 0"),
                             {signedAmount.minorUnits(), now, currency, signedAmount.minorUnits()});
    if (!updated)
        return updated.error().message;
    if (updated->numRowsAffected() == 0) {
        *covered = false;
        return Money::zero(signedAmount.currency());
    }
    auto after = balance(signedAmount.currency());
    if (!after)
        return after.error().message;
    if (auto entry = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO airtime_wallet_entries (currency, kind, amount, balance_after, sale_id, "
                           "topup_id, detail, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {currency, walletEntryKindName(kind), signedAmount.minorUnits(), after->minorUnits(),
             sql::nullableId(saleId), sql::nullableId(topUpId), sql::text(detail), actor, now});
        !entry)
        return entry.error().message;
    if (auto committed = tx.commit(); !committed)
        return committed.error().message;
    return *after;
}

Result<QList<WalletEntry>, DbError> Wallet::entries(const Currency& currency, int limit) const
{
    return sql::all(m_db,
                    QStringLiteral("SELECT id, kind, amount, balance_after, sale_id, topup_id, detail, actor, at "
                                   "FROM airtime_wallet_entries WHERE currency = ? ORDER BY id DESC LIMIT ?"),
                    {currency.code(), limit}, [currency](const QSqlQuery& q) {
                        WalletEntry e;
                        e.id = q.value(0).toLongLong();
                        e.kind = kindFromName(q.value(1).toString());
                        e.amount = Money::fromMinor(q.value(2).toLongLong(), currency);
                        e.balanceAfter = Money::fromMinor(q.value(3).toLongLong(), currency);
                        e.saleId = q.value(4).toLongLong();
                        e.topUpId = q.value(5).toLongLong();
                        e.detail = q.value(6).toString();
                        e.actor = q.value(7).toString();
                        e.at = sql::readTime(q.value(8));
                        return e;
                    });
}

QString Wallet::shortfall(const std::optional<Money>& balance, const Money& cost)
{
    return QCoreApplication::translate("Wallet", "The wallet has %1; this sale needs %2. Top the wallet up first.")
        .arg(balance ? balance->format() : QStringLiteral("?"), cost.format());
}

} // namespace paydesk::airtime
