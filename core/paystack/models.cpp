#include "paystack/models.h"

#include "paystack/json_read.h"

#include <QJsonArray>

namespace paydesk::paystack {

namespace {

QString text(const QJsonObject& object, const char* key)
{
    return json::string(object.value(QLatin1String(key)));
}

// An amount in the object's own currency; an invalid Money when the currency is unknown to Paydesk or the
// amount unreadable (the raw object still has it).
Money money(const QJsonValue& value, const QString& currencyCode)
{
    const auto currency = Currency::fromCode(currencyCode.isEmpty() ? QStringLiteral("NGN") : currencyCode);
    if (!currency)
        return {};
    return json::amount(value, *currency).valueOr(Money());
}

QList<CurrencyAmount> amountsByCurrency(const QJsonValue& value)
{
    QList<CurrencyAmount> amounts;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const QString code = text(object, "currency");
        amounts.append({code, money(object.value(QStringLiteral("amount")), code)});
    }
    return amounts;
}

} // namespace

Customer Customer::fromJson(const QJsonValue& value)
{
    const QJsonObject o = json::objectOrId(value);
    Customer c;
    c.id = json::id(o.value(QStringLiteral("id"))).value_or(0);
    c.code = text(o, "customer_code");
    c.email = text(o, "email");
    c.firstName = text(o, "first_name");
    c.lastName = text(o, "last_name");
    c.phone = text(o, "phone");
    c.domain = text(o, "domain");
    c.metadata = json::metadata(o.value(QStringLiteral("metadata")));
    c.raw = o;
    return c;
}

PaymentRequest PaymentRequest::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    PaymentRequest p;
    p.id = json::id(o.value(QStringLiteral("id"))).value_or(0);
    p.requestCode = text(o, "request_code");
    p.offlineReference = text(o, "offline_reference");
    p.statusText = text(o, "status");
    p.status = p.statusText == u"draft"     ? Status::Draft
               : p.statusText == u"pending" ? Status::Pending
               : p.statusText == u"success" ? Status::Success
               : p.statusText == u"failed"  ? Status::Failed
                                            : Status::Unknown;
    p.paid = json::flag(o.value(QStringLiteral("paid")));
    p.currencyCode = text(o, "currency");
    p.amount = money(o.value(QStringLiteral("amount")), p.currencyCode);
    p.description = text(o, "description");
    for (const QJsonValue& item : o.value(QStringLiteral("line_items")).toArray()) {
        const QJsonObject line = item.toObject();
        p.lineItems.append({text(line, "name"), money(line.value(QStringLiteral("amount")), p.currencyCode),
                            json::integer(line.value(QStringLiteral("quantity")), 1)});
    }
    for (const QJsonValue& item : o.value(QStringLiteral("tax")).toArray()) {
        const QJsonObject tax = item.toObject();
        p.tax.append({text(tax, "name"), money(tax.value(QStringLiteral("amount")), p.currencyCode)});
    }
    p.customer = json::objectOrId(o.value(QStringLiteral("customer")));
    p.customerId = json::id(p.customer).value_or(0);
    p.archived = json::flag(o.value(QStringLiteral("archived")));
    p.createdAt = json::time(json::either(o, QStringLiteral("created_at"), QStringLiteral("createdAt")));
    p.paidAt = json::time(json::either(o, QStringLiteral("paid_at"), QStringLiteral("paidAt")));
    p.dueDate = json::time(o.value(QStringLiteral("due_date")));
    p.metadata = json::metadata(o.value(QStringLiteral("metadata")));
    for (const QJsonValue& item : o.value(QStringLiteral("transactions")).toArray()) {
        const QJsonObject transaction = item.toObject();
        if (transaction.value(QStringLiteral("status")).toString() == u"success" || p.transactionId == 0) {
            p.transactionId = json::id(transaction.value(QStringLiteral("id"))).value_or(0);
            p.transactionReference = text(transaction, "reference");
        }
    }
    p.raw = o;
    return p;
}

PaymentRequestTotals PaymentRequestTotals::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {amountsByCurrency(o.value(QStringLiteral("pending"))),
            amountsByCurrency(o.value(QStringLiteral("successful"))),
            amountsByCurrency(o.value(QStringLiteral("total")))};
}

Terminal Terminal::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    Terminal t;
    t.id = json::id(o.value(QStringLiteral("id"))).value_or(0);
    t.terminalId = text(o, "terminal_id");
    t.serialNumber = text(o, "serial_number");
    t.name = text(o, "name");
    t.address = text(o, "address");
    t.status = text(o, "status");
    t.raw = o;
    return t;
}

TerminalPresence TerminalPresence::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {json::flag(o.value(QStringLiteral("online"))), json::flag(o.value(QStringLiteral("available")))};
}

Transaction Transaction::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    Transaction t;
    t.id = json::id(o.value(QStringLiteral("id"))).value_or(0);
    t.reference = text(o, "reference");
    t.statusText = text(o, "status");
    static const QList<std::pair<QString, Status>> statuses{
        {QStringLiteral("success"), Status::Success},     {QStringLiteral("failed"), Status::Failed},
        {QStringLiteral("abandoned"), Status::Abandoned}, {QStringLiteral("ongoing"), Status::Ongoing},
        {QStringLiteral("pending"), Status::Pending},     {QStringLiteral("processing"), Status::Processing},
        {QStringLiteral("queued"), Status::Queued},       {QStringLiteral("reversed"), Status::Reversed}};
    for (const auto& [name, status] : statuses) {
        if (t.statusText == name)
            t.status = status;
    }
    t.currencyCode = text(o, "currency");
    t.amount = money(o.value(QStringLiteral("amount")), t.currencyCode);
    t.requestedAmount = money(o.value(QStringLiteral("requested_amount")), t.currencyCode);
    t.channel = text(o, "channel");
    t.gatewayResponse = text(o, "gateway_response");
    t.message = text(o, "message");
    t.paidAt = json::time(json::either(o, QStringLiteral("paid_at"), QStringLiteral("paidAt")));
    t.createdAt = json::time(json::either(o, QStringLiteral("created_at"), QStringLiteral("createdAt")));
    t.metadata = json::metadata(o.value(QStringLiteral("metadata")));
    t.authorization = o.value(QStringLiteral("authorization")).toObject();
    t.customer = json::objectOrId(o.value(QStringLiteral("customer")));
    t.source = o.value(QStringLiteral("source")).toObject();
    t.raw = o;
    return t;
}

TransactionTotals TransactionTotals::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {json::integer(o.value(QStringLiteral("total_transactions"))),
            amountsByCurrency(o.value(QStringLiteral("total_volume_by_currency"))),
            amountsByCurrency(o.value(QStringLiteral("pending_transfers_by_currency")))};
}

CheckoutLink CheckoutLink::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {text(o, "authorization_url"), text(o, "access_code"), text(o, "reference")};
}

Charge Charge::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {text(o, "reference"), text(o, "status"),  text(o, "display_text"),
            text(o, "ussd_code"), text(o, "message"), o};
}

DedicatedAccount DedicatedAccount::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    const QJsonObject bank = o.value(QStringLiteral("bank")).toObject();
    DedicatedAccount d;
    d.id = json::id(o.value(QStringLiteral("id"))).value_or(0);
    d.accountName = text(o, "account_name");
    d.accountNumber = text(o, "account_number");
    d.bankName = text(bank, "name");
    d.bankSlug = text(bank, "slug");
    d.currencyCode = text(o, "currency");
    d.active = json::flag(o.value(QStringLiteral("active")));
    d.assigned = json::flag(o.value(QStringLiteral("assigned")));
    d.customer = json::objectOrId(o.value(QStringLiteral("customer")));
    d.raw = o;
    return d;
}

DedicatedAccountProvider DedicatedAccountProvider::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {json::id(o.value(QStringLiteral("id"))).value_or(0),
            json::id(o.value(QStringLiteral("bank_id"))).value_or(0), text(o, "provider_slug"), text(o, "bank_name")};
}

Bank Bank::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {json::id(o.value(QStringLiteral("id"))).value_or(0),
            text(o, "name"),
            text(o, "slug"),
            text(o, "code"),
            text(o, "country"),
            text(o, "currency"),
            text(o, "type"),
            json::flag(o.value(QStringLiteral("active")))};
}

Refund Refund::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    Refund r;
    r.id = json::id(o.value(QStringLiteral("id"))).value_or(0);
    r.transactionId = json::id(o.value(QStringLiteral("transaction"))).value_or(0);
    r.statusText = text(o, "status");
    r.currencyCode = text(o, "currency");
    r.amount = money(o.value(QStringLiteral("amount")), r.currencyCode);
    r.customerNote = text(o, "customer_note");
    r.merchantNote = text(o, "merchant_note");
    r.createdAt = json::time(json::either(o, QStringLiteral("created_at"), QStringLiteral("createdAt")));
    r.raw = o;
    return r;
}

} // namespace paydesk::paystack
