#pragma once

#include "airtime/airtime_catalog.h"
#include "money/money.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace paydesk::airtime {

struct VendRequest
{
    QString requestId; // ours, saved with the sale before the call
    QString service;   // the provider's product (Network::providerService)
    QString phone;     // national form, "08031234567"
    Money amount;
};

// What a provider's answer means for the sale. Only Failed and NotCharged release the customer's money.
struct ProviderAnswer
{
    enum class Outcome {
        Delivered,
        Pending,    // the provider is processing it: requery
        Failed,     // the provider confirms it failed or reversed it
        NotCharged, // refused before anything happened (bad arguments, low provider balance, locked account)
        Unknown,    // timeout, dropped connection, 5xx, an answer we cannot read: requery, never resend
        NotSent,    // the request provably never left (no connection): the same request may be sent again
        NoRecord,   // a requery of an id the provider never recorded
    };
    Outcome outcome = Outcome::Unknown;
    QString code;          // the provider's own code ("000", "016") or empty
    QString message;       // plain words for the vendor
    QString transactionId; // the provider's id when it gave one
    Money amount;          // what the provider recorded for the sale, when it said; invalid otherwise
};

// An airtime provider (VTpass today; Reloadly or Africa's Talking fit behind the same calls). Every call is
// asynchronous, has a deadline and ends in exactly one callback on the context's thread (dropped if it died).
class AirtimeProvider : public QObject
{
    Q_OBJECT
  public:
    using QObject::QObject;
    using AnswerCallback = std::function<void(const ProviderAnswer&)>;
    using BalanceCallback = std::function<void(const Result<Money, QString>&)>;

    virtual QString name() const = 0;
    // Whether this provider sells the network's airtime (it knows the network's providerService).
    virtual bool sells(const Network& network) const = 0;
    // A new client reference in the provider's format; unique, and the same id is never used for two sales.
    virtual QString newRequestId(const QDateTime& nowUtc) const = 0;

    virtual void vend(const VendRequest& request, QObject* context, AnswerCallback done) = 0;
    virtual void requery(const QString& requestId, QObject* context, AnswerCallback done) = 0;
    virtual void balance(QObject* context, BalanceCallback done) = 0;
};

} // namespace paydesk::airtime
