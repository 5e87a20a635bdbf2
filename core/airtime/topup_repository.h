#pragma once

#include "money/money.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace paydesk::airtime {

// A top-up of the vendor's wallet paid through Paystack: our reference is created first, then the checkout link;
// the wallet is credited once the payment is verified, in the same transaction as the row turns `paid`.
struct TopUp
{
    enum class State { Initialized, Paid, Failed };
    qint64 id = 0;
    QString reference; // ours, sent to transaction/initialize: a retry can never open a second payment
    Money amount;
    State state = State::Initialized;
    QString authorizationUrl; // empty until Paystack has answered
    quint64 paystackTransactionId = 0;
    QString detail;
    QString requestedBy;
    QString desk;
    QDateTime createdAt;
    QDateTime settledAt;
};

QString topUpStateName(TopUp::State state);

class TopUpRepository
{
  public:
    explicit TopUpRepository(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock)
    {}

    Result<TopUp, QString>
    create(const QString& reference, const Money& amount, const QString& requestedBy, const QString& desk) const;
    Result<std::optional<TopUp>, DbError> find(qint64 id) const;
    // Top-ups still waiting for their payment, oldest first (`desk` empty: every desk's).
    Result<QList<TopUp>, DbError> open(const QString& desk = QString()) const;
    Result<QList<TopUp>, DbError> recent(const QString& desk, int limit = 20) const;
    Result<TopUp, QString> setAuthorizationUrl(qint64 id, const QString& url) const;
    // Verified paid: the row turns `paid` and the wallet is credited, together; a second call changes nothing.
    Result<TopUp, QString> markPaid(qint64 id, quint64 paystackTransactionId, const QString& actor) const;
    // Only an unpaid top-up can fail; a paid one stays paid.
    Result<TopUp, QString> markFailed(qint64 id, const QString& detail) const;

  private:
    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk::airtime
