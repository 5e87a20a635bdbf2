#pragma once

#include "airtime/airtime_sale.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QList>

namespace paydesk::airtime {

struct SaleError
{
    enum class Kind { InsufficientBalance, Invalid, Database };
    Kind kind = Kind::Database;
    QString message;
};

// Airtime sales, persisted before any call to the provider. create() writes the sale and debits the wallet in one
// transaction (a second create with the same client token returns the first sale and debits nothing); the state
// moves only through transition(), which credits the wallet back, once, when a sale is confirmed failed.
class SaleRepository
{
  public:
    explicit SaleRepository(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock) {}

    Result<AirtimeSale, SaleError> create(const NewSale& sale) const;
    Result<std::optional<AirtimeSale>, DbError> find(qint64 id) const;
    Result<std::optional<AirtimeSale>, DbError> findByRequestId(const QString& requestId) const;
    // Sales not yet delivered or failed (desk empty: every desk), oldest first: the queue and the requery list.
    Result<QList<AirtimeSale>, DbError> open(const QString& desk = QString()) const;
    // The newest sales first, created at or after `since` (invalid: any time).
    Result<QList<AirtimeSale>, DbError> recent(const QString& desk, const QDateTime& since, int limit = 200) const;
    Result<QList<AirtimeSale>, DbError> between(const QDateTime& from, const QDateTime& to) const;

    struct NetworkTotal
    {
        QString network;
        int count = 0;
        Money value;
        Money commission;
    };
    // Delivered sales per network since `since` (desk empty: every desk), summed in SQL.
    Result<QList<NetworkTotal>, DbError> deliveredByNetwork(const QString& desk, const QDateTime& since) const;

    // created → sent with the provider's request id, saved before the request goes out. A sale that has an id
    // keeps it: the provider treats a repeat of the same id as the same sale.
    Result<AirtimeSale, QString> markSent(qint64 id, const QString& requestId) const;

    struct Outcome
    {
        SaleState state = SaleState::Unknown;
        QString providerCode;
        QString providerTransactionId;
        QString detail;
        QDateTime nextCheckAt; // pending and unknown: when to requery
    };
    // The one way to move a sent sale on. Moving to the state it is in records the new detail and next check;
    // an invalid move changes nothing and says why. `failed` credits the wallet with the cost in the same
    // transaction (at most once per sale).
    Result<AirtimeSale, QString> transition(qint64 id, const Outcome& outcome, const QString& actor) const;

  private:
    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk::airtime
