#pragma once

#include "money/money.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace paydesk::airtime {

struct WalletEntry
{
    enum class Kind { Sale, Reversal, TopUp, Adjustment };
    qint64 id = 0;
    Kind kind = Kind::Sale;
    Money amount; // signed: a sale debits, a reversal or a top-up credits
    Money balanceAfter;
    qint64 saleId = 0;
    qint64 topUpId = 0;
    QString detail;
    QString actor;
    QDateTime at;
};

QString walletEntryKindName(WalletEntry::Kind kind);

// The vendor's prefunded balance, one per currency, in the local database. Every movement is an entry written in
// the same transaction as the change it pays for (the sale row, the confirmed failure, the verified top-up); the
// unique (kind, sale) and (kind, top-up) pairs make a second credit for the same thing impossible, whoever tries.
// Methods join the caller's transaction (Transaction nests as a savepoint).
class Wallet
{
  public:
    explicit Wallet(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock) {}

    Result<Money, DbError> balance(const Currency& currency) const;
    // Debits `amount` if the balance covers it: false (and nothing written) when it does not.
    Result<bool, QString> debit(
        const Money& amount, WalletEntry::Kind kind, qint64 saleId, const QString& actor, const QString& detail) const;
    // Credits `amount` once per (kind, sale or top-up): false when that credit was already made.
    Result<bool, QString> credit(const Money& amount,
                                 WalletEntry::Kind kind,
                                 qint64 saleId,
                                 qint64 topUpId,
                                 const QString& actor,
                                 const QString& detail) const;
    Result<QList<WalletEntry>, DbError> entries(const Currency& currency, int limit = 100) const;
    // What the vendor is told when the wallet cannot pay a sale's cost (an unreadable balance shows as "?").
    static QString shortfall(const std::optional<Money>& balance, const Money& cost);

  private:
    Result<Money, QString> move(const Money& signedAmount,
                                WalletEntry::Kind kind,
                                qint64 saleId,
                                qint64 topUpId,
                                const QString& actor,
                                const QString& detail,
                                bool* covered) const;

    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk::airtime
