#pragma once

#include "airtime/airtime_sale.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace paydesk::airtime {

// A customer paying for airtime through Paystack with their bank's USSD code (*737*…#). The row (with our
// reference and the whole order) is written before Paystack is asked for the code; the sale is recorded, and the
// wallet debited, only after the payment is verified, under this payment's client token, so it happens once
// however often the payment is verified or the kiosk restarts in between.
struct CustomerPayment
{
    enum class State {
        Created, // recorded; Paystack not asked yet, or its answer was lost
        Waiting, // the customer has the code to dial
        Paid,    // verified by Paystack for the exact amount
        Failed,  // declined, expired, cancelled, or no code could be had: nothing was taken
    };
    qint64 id = 0;
    QString clientToken; // the confirm screen's: also the sale's, so a paid order becomes one sale
    QString reference;   // ours, sent with the charge (AIR-…)
    QString bank;        // Paystack's USSD type: 737, 919, 822, 966
    QString ussdCode;    // what the customer dials, once Paystack has answered
    State state = State::Created;
    quint64 paystackTransactionId = 0;
    QString detail;
    NewSale order; // what is sold once paid (payment "paystack", this reference, this client token)
    QDateTime createdAt;
    QDateTime settledAt;
    QDateTime updatedAt;

    Money amount() const { return order.amount; }
};

QString customerPaymentStateName(CustomerPayment::State state);

class CustomerPaymentRepository
{
  public:
    explicit CustomerPaymentRepository(Database db, const Clock& clock = Clock::system())
        : m_db(std::move(db)), m_clock(&clock)
    {}

    // Records the order and its payment. The wallet must already cover the sale's cost (the sale is refused
    // otherwise, after the customer paid). The same client token twice returns the first payment.
    Result<CustomerPayment, QString> create(const NewSale& order, const QString& bank, const QString& reference) const;
    Result<std::optional<CustomerPayment>, DbError> find(qint64 id) const;
    // Created and waiting payments, oldest first (`desk` empty: every desk's): verified at start.
    Result<QList<CustomerPayment>, DbError> open(const QString& desk = QString()) const;
    // Paid payments whose sale is not recorded yet (a restart in between, or the wallet was too low).
    Result<QList<CustomerPayment>, DbError> paidNotSold(const QString& desk = QString()) const;
    // created → waiting with the code the customer dials.
    Result<CustomerPayment, QString> setUssdCode(qint64 id, const QString& ussdCode) const;
    // Verified: paid. A failed (expired, cancelled) payment that turns out paid becomes paid too: the customer's
    // money arrived, the airtime is owed.
    Result<CustomerPayment, QString> markPaid(qint64 id, quint64 paystackTransactionId) const;
    // Only an unpaid payment can fail; a paid one stays paid.
    Result<CustomerPayment, QString> markFailed(qint64 id, const QString& detail) const;
    // Why a paid payment is not sold yet (the wallet too low): shown to the vendor.
    Result<CustomerPayment, QString> setDetail(qint64 id, const QString& detail) const;

  private:
    Result<CustomerPayment, QString> update(qint64 id, const QString& statement, const QVariantList& params) const;

    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk::airtime
