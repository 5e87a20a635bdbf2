#pragma once

#include "money/money.h"
#include "paystack/models.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// What Paydesk sends to Paystack. Amounts are Money and go out as integer minor units.
namespace paydesk::paystack {

// Paging and filters for the list endpoints: offset paging (page) or cursor paging (useCursor, next, previous).
struct ListQuery
{
    int perPage = 50;
    int page = 0;
    bool useCursor = false;
    QString next;
    QString previous;
    QDateTime from;
    QDateTime to;
    QMap<QString, QString> filters; // customer, status, currency, terminalid, ...
    QUrlQuery toQuery() const;
};

struct CustomerInput
{
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    QJsonObject metadata;
    QJsonObject toJson() const;
};

struct PaymentRequestInput
{
    QString customer;            // id or CUS_ code
    std::optional<Money> amount; // only when there are no line items
    QString currencyCode = QStringLiteral("NGN");
    QList<LineItem> lineItems;
    QList<TaxItem> tax;
    QDate dueDate;
    QString description;
    bool sendNotification = false; // a desk hands over a receipt; Paystack's e-mail is opt-in
    bool draft = false;
    bool hasInvoice = true;
    QJsonObject metadata;
    QJsonObject toJson() const;
};

// What a terminal is asked to do: process or view a payment request, process or print a transaction.
struct TerminalEvent
{
    QString type;             // invoice | transaction
    QString action;           // process | view | print
    quint64 id = 0;           // payment request id or transaction id
    QString offlineReference; // for invoices; sent as a string
    static TerminalEvent processInvoice(const PaymentRequest& request)
    {
        return {QStringLiteral("invoice"), QStringLiteral("process"), request.id, request.offlineReference};
    }
    QJsonObject toJson() const;
};

struct TransactionInput
{
    QString email;
    Money amount;
    QString reference; // ours: makes the call safe to repeat
    QString callbackUrl;
    QStringList channels;
    QJsonObject metadata;
    QJsonObject toJson() const;
};

// A new reference of ours for a transaction (`prefix` says what it pays for: TOPUP-, AIR-): chosen before Paystack
// is asked, so that a repeated call or a verify after a lost answer finds the same transaction.
QString newReference(const QString& prefix);

// POST /charge: exactly one channel.
struct ChargeInput
{
    enum class Channel { Ussd, MobileMoney, Bank, BankTransfer };
    QString email;
    Money amount;
    QString reference; // ours: makes the call safe to repeat
    Channel channel = Channel::Ussd;
    QString ussdType = QStringLiteral("737");
    QString mobileMoneyPhone;
    QString mobileMoneyProvider; // mtn, atl, vod, mpesa
    QString bankCode;
    QString accountNumber;
    QJsonObject metadata;
    QJsonObject toJson() const;
};

struct DedicatedAccountAssignInput
{
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    QString preferredBank;
    QString country = QStringLiteral("NG");
    QJsonObject toJson() const;
};

struct BankQuery
{
    QString country;  // nigeria, ghana, kenya, south africa
    QString currency; // NGN, GHS, ...
    QString type;     // nuban, mobile_money, ...
    bool payWithBankTransfer = false;
    int perPage = 100;
    QString next;
    QUrlQuery toQuery() const;
};

struct RefundInput
{
    QString transaction;         // reference or id
    std::optional<Money> amount; // default: the whole transaction
    QString customerNote;
    QString merchantNote;
    QJsonObject toJson() const;
};

} // namespace paydesk::paystack
