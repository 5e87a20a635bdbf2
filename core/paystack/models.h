#pragma once

#include "money/money.h"
#include "paystack/envelope.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Typed views of Paystack's objects. Each keeps the whole object it was read from in `raw`, so fields this version
// does not model (and any Paystack adds later) are kept, not lost. Status strings are kept as sent; the enums
// below map the known ones, and anything else is Unknown, which callers treat as not final.
namespace paydesk::paystack {

template <typename T> struct Page
{
    QList<T> items;
    PageMeta meta;
};

struct Customer
{
    quint64 id = 0;
    QString code; // CUS_...
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    QString domain; // "test" or "live"
    QJsonObject metadata;
    QJsonObject raw;
    static Customer fromJson(const QJsonValue& value);
};

struct LineItem
{
    QString name;
    Money amount; // unit price
    qint64 quantity = 1;
};

struct TaxItem
{
    QString name;
    Money amount;
};

struct PaymentRequest
{
    enum class Status { Draft, Pending, Success, Failed, Unknown };
    quint64 id = 0;
    QString requestCode;      // PRQ_...
    QString offlineReference; // what a terminal or a customer types; stored, never derived
    QString statusText;
    Status status = Status::Unknown;
    bool paid = false;
    Money amount;
    QString currencyCode;
    QString description;
    QList<LineItem> lineItems;
    QList<TaxItem> tax;
    quint64 customerId = 0;
    QJsonObject customer; // the object on fetch/verify, {"id": n} on create
    bool archived = false;
    QDateTime createdAt;
    QDateTime paidAt;
    QDateTime dueDate;
    quint64 transactionId = 0;   // the successful transaction in `transactions[]`, when Paystack lists it
    QString transactionReference;
    QJsonObject metadata;
    QJsonObject raw;
    static PaymentRequest fromJson(const QJsonValue& value);
};

struct CurrencyAmount
{
    QString currencyCode;
    Money amount;
};

struct PaymentRequestTotals
{
    QList<CurrencyAmount> pending;
    QList<CurrencyAmount> successful;
    QList<CurrencyAmount> total;
    static PaymentRequestTotals fromJson(const QJsonValue& value);
};

struct Terminal
{
    quint64 id = 0;
    QString terminalId; // the string the terminal paths take
    QString serialNumber;
    QString name;
    QString address;
    QString status;
    QJsonObject raw;
    static Terminal fromJson(const QJsonValue& value);
};

struct TerminalPresence
{
    bool online = false;
    bool available = false;
    bool ready() const { return online && available; }
    static TerminalPresence fromJson(const QJsonValue& value);
};

struct Transaction
{
    enum class Status { Success, Failed, Abandoned, Ongoing, Pending, Processing, Queued, Reversed, Unknown };
    quint64 id = 0;
    QString reference;
    QString statusText;
    Status status = Status::Unknown;
    Money amount;
    Money requestedAmount;
    QString currencyCode;
    QString channel; // card, pos, ussd, bank, dedicated_nuban, mobile_money, ...
    QString gatewayResponse;
    QString message;
    QDateTime paidAt;
    QDateTime createdAt;
    QJsonObject metadata;
    QJsonObject authorization;
    QJsonObject customer;
    QJsonObject source;
    QJsonObject raw;
    static Transaction fromJson(const QJsonValue& value);
};

struct TransactionTotals
{
    qint64 totalTransactions = 0;
    QList<CurrencyAmount> volumeByCurrency;
    QList<CurrencyAmount> pendingTransfersByCurrency;
    static TransactionTotals fromJson(const QJsonValue& value);
};

struct CheckoutLink
{
    QString authorizationUrl;
    QString accessCode;
    QString reference;
    static CheckoutLink fromJson(const QJsonValue& value);
};

// The answer to POST /charge and GET /charge/:reference.
struct Charge
{
    QString reference;
    QString status; // pay_offline, pending, success, failed, send_otp, ...
    QString displayText;
    QString ussdCode;
    QString message;
    QJsonObject raw;
    bool isFinal() const { return status == u"success" || status == u"failed"; }
    static Charge fromJson(const QJsonValue& value);
};

struct DedicatedAccount
{
    quint64 id = 0;
    QString accountName;
    QString accountNumber;
    QString bankName;
    QString bankSlug;
    QString currencyCode;
    bool active = false;
    bool assigned = false;
    QJsonObject customer;
    QJsonObject raw;
    static DedicatedAccount fromJson(const QJsonValue& value);
};

struct DedicatedAccountProvider
{
    quint64 id = 0;
    quint64 bankId = 0;
    QString providerSlug;
    QString bankName;
    static DedicatedAccountProvider fromJson(const QJsonValue& value);
};

struct Bank
{
    quint64 id = 0;
    QString name;
    QString slug;
    QString code;
    QString country;
    QString currencyCode;
    QString type; // nuban, mobile_money, ghipps, kepss, basa
    bool active = false;
    static Bank fromJson(const QJsonValue& value);
};

struct Refund
{
    quint64 id = 0;
    quint64 transactionId = 0;
    QString statusText; // pending, processing, processed, failed, needs-attention
    Money amount;
    QString currencyCode;
    QString customerNote;
    QString merchantNote;
    QDateTime createdAt;
    QJsonObject raw;
    static Refund fromJson(const QJsonValue& value);
};

// Reads a list of objects with T::fromJson; anything that is not an array is an empty list.
template <typename T> QList<T> listOf(const QJsonValue& value)
{
    QList<T> items;
    const auto array = value.toArray();
    items.reserve(array.size());
    for (const QJsonValue& item : array)
        items << T::fromJson(item);
    return items;
}

} // namespace paydesk::paystack
