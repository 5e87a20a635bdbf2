#include "paystack/requests.h"

#include "storage/sql.h"

#include <QJsonArray>
#include <QUuid>

namespace paydesk::paystack {

namespace {

void putIfSet(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

qint64 minor(const Money& amount)
{
    return amount.minorUnits();
}

} // namespace

QUrlQuery ListQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("perPage"), QString::number(perPage));
    if (useCursor) {
        query.addQueryItem(QStringLiteral("use_cursor"), QStringLiteral("true"));
        if (!next.isEmpty())
            query.addQueryItem(QStringLiteral("next"), next);
        if (!previous.isEmpty())
            query.addQueryItem(QStringLiteral("previous"), previous);
    } else if (page > 0) {
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
    }
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), sql::isoUtc(from));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), sql::isoUtc(to));
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    return query;
}

QJsonObject CustomerInput::toJson() const
{
    QJsonObject object{{QStringLiteral("email"), email}};
    putIfSet(object, QStringLiteral("first_name"), firstName);
    putIfSet(object, QStringLiteral("last_name"), lastName);
    putIfSet(object, QStringLiteral("phone"), phone);
    if (!metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

QJsonObject PaymentRequestInput::toJson() const
{
    QJsonObject object{{QStringLiteral("customer"), customer},
                       {QStringLiteral("currency"), currencyCode},
                       {QStringLiteral("send_notification"), sendNotification},
                       {QStringLiteral("draft"), draft},
                       {QStringLiteral("has_invoice"), hasInvoice}};
    if (amount)
        object.insert(QStringLiteral("amount"), minor(*amount));
    QJsonArray lines;
    for (const LineItem& line : lineItems) {
        lines.append(QJsonObject{{QStringLiteral("name"), line.name},
                                 {QStringLiteral("amount"), minor(line.amount)},
                                 {QStringLiteral("quantity"), line.quantity}});
    }
    if (!lines.isEmpty())
        object.insert(QStringLiteral("line_items"), lines);
    QJsonArray taxes;
    for (const TaxItem& item : tax)
        taxes.append(QJsonObject{{QStringLiteral("name"), item.name}, {QStringLiteral("amount"), minor(item.amount)}});
    if (!taxes.isEmpty())
        object.insert(QStringLiteral("tax"), taxes);
    if (dueDate.isValid())
        object.insert(QStringLiteral("due_date"), dueDate.toString(Qt::ISODate));
    putIfSet(object, QStringLiteral("description"), description);
    if (!metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

QJsonObject TerminalEvent::toJson() const
{
    QJsonObject data{{QStringLiteral("id"), qint64(id)}};
    if (!offlineReference.isEmpty())
        data.insert(QStringLiteral("reference"), offlineReference);
    return {{QStringLiteral("type"), type}, {QStringLiteral("action"), action}, {QStringLiteral("data"), data}};
}

QJsonObject TransactionInput::toJson() const
{
    QJsonObject object{{QStringLiteral("email"), email},
                       {QStringLiteral("amount"), minor(amount)},
                       {QStringLiteral("currency"), amount.currency().code()}};
    putIfSet(object, QStringLiteral("reference"), reference);
    putIfSet(object, QStringLiteral("callback_url"), callbackUrl);
    if (!channels.isEmpty())
        object.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
    if (!metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

QJsonObject ChargeInput::toJson() const
{
    QJsonObject object{{QStringLiteral("email"), email},
                       {QStringLiteral("amount"), minor(amount)},
                       {QStringLiteral("currency"), amount.currency().code()}};
    putIfSet(object, QStringLiteral("reference"), reference);
    switch (channel) {
    case Channel::Ussd:
        object.insert(QStringLiteral("ussd"), QJsonObject{{QStringLiteral("type"), ussdType}});
        break;
    case Channel::MobileMoney:
        object.insert(QStringLiteral("mobile_money"), QJsonObject{{QStringLiteral("phone"), mobileMoneyPhone},
                                                                  {QStringLiteral("provider"), mobileMoneyProvider}});
        break;
    case Channel::Bank:
        object.insert(QStringLiteral("bank"), QJsonObject{{QStringLiteral("code"), bankCode},
                                                          {QStringLiteral("account_number"), accountNumber}});
        break;
    case Channel::BankTransfer:
        object.insert(QStringLiteral("bank_transfer"), QJsonObject{});
        break;
    }
    if (!metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

QJsonObject DedicatedAccountAssignInput::toJson() const
{
    return {{QStringLiteral("email"), email},
            {QStringLiteral("first_name"), firstName},
            {QStringLiteral("last_name"), lastName},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("preferred_bank"), preferredBank},
            {QStringLiteral("country"), country}};
}

QUrlQuery BankQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("perPage"), QString::number(perPage));
    if (!country.isEmpty())
        query.addQueryItem(QStringLiteral("country"), country);
    if (!currency.isEmpty())
        query.addQueryItem(QStringLiteral("currency"), currency);
    if (!type.isEmpty())
        query.addQueryItem(QStringLiteral("type"), type);
    if (payWithBankTransfer)
        query.addQueryItem(QStringLiteral("pay_with_bank_transfer"), QStringLiteral("true"));
    if (!next.isEmpty()) {
        query.addQueryItem(QStringLiteral("use_cursor"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("next"), next);
    }
    return query;
}

QJsonObject RefundInput::toJson() const
{
    QJsonObject object{{QStringLiteral("transaction"), transaction}};
    if (amount) {
        object.insert(QStringLiteral("amount"), minor(*amount));
        object.insert(QStringLiteral("currency"), amount->currency().code());
    }
    putIfSet(object, QStringLiteral("customer_note"), customerNote);
    putIfSet(object, QStringLiteral("merchant_note"), merchantNote);
    return object;
}

QString newReference(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(20).toUpper();
}

} // namespace paydesk::paystack
