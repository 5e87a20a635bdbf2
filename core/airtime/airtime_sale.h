#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace paydesk::airtime {

// created → sent → delivered | failed | pending | unknown; pending and unknown → delivered | failed (requeried).
// `created` is also the offline queue: the sale is recorded and paid for, the provider has not been asked yet.
// `failed` means the provider confirmed nothing was delivered (or it reversed the sale): only then does the wallet
// get the cost back. `pending` is the provider saying "processing"; `unknown` is a timeout, a dropped connection or
// an answer we could not read: the sale may have happened, so it is requeried, never re-sent or refunded.
enum class SaleState { Created, Sent, Delivered, Failed, Pending, Unknown };

QString saleStateName(SaleState state); // the database value
std::optional<SaleState> saleStateFromName(const QString& name);
QString saleStateLabel(SaleState state); // for the vendor ("Delivered", "Pending: checking with the provider")
bool isFinal(SaleState state);
bool canTransition(SaleState from, SaleState to);

struct NewSale
{
    QString clientToken; // one per confirm screen: a second tap on Confirm finds the first sale
    QString desk;
    QString vendor;
    QString phone; // E.164
    QString country;
    QString network;
    QString detectedNetwork; // what the prefix said (empty: nothing detected)
    QString provider;
    QString providerService;
    Money amount;
    Money commission;
    QString payment = QStringLiteral("cash"); // or "paystack": paid through Paystack, verified before the sale
    QString paymentReference;                 // the Paystack payment's reference (ours)

    // What the provider takes from the vendor's float (checked valid: commission is below amount, same currency).
    Money cost() const { return amount.minus(commission).valueOr(amount); }
};

struct AirtimeSale
{
    qint64 id = 0;
    QString clientToken;
    QString desk;
    QString vendor;
    QString phone;
    QString country;
    QString network;
    QString detectedNetwork;
    QString provider;
    QString providerService;
    Money amount;
    Money commission;
    Money cost; // what the provider takes from the vendor's float: amount less commission
    QString payment = QStringLiteral("cash");
    QString paymentReference;
    SaleState state = SaleState::Created;
    QString requestId;
    QString providerCode;
    QString providerTransactionId;
    QString detail;
    int tries = 0;
    QDateTime nextCheckAt;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime settledAt;
    QDateTime updatedAt;

    bool networkChanged() const { return !detectedNetwork.isEmpty() && detectedNetwork != network; }
};

} // namespace paydesk::airtime
