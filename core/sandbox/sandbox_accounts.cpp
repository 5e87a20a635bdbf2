// The sandbox's dedicated accounts, banks and refunds.
#include "paystack/json_read.h"
#include "sandbox/paystack_sandbox.h"
#include "sandbox/route.h"
#include "sandbox/sandbox_http.h"
#include "storage/sql.h"

#include <QTimer>

namespace paydesk::sandbox {

namespace {

QJsonArray providerList()
{
    return {QJsonObject{{QStringLiteral("provider_slug"), QStringLiteral("test-bank")},
                        {QStringLiteral("bank_id"), 24},
                        {QStringLiteral("bank_name"), QStringLiteral("Test Bank")},
                        {QStringLiteral("id"), 1}},
            QJsonObject{{QStringLiteral("provider_slug"), QStringLiteral("wema-bank")},
                        {QStringLiteral("bank_id"), 20},
                        {QStringLiteral("bank_name"), QStringLiteral("Wema Bank")},
                        {QStringLiteral("id"), 5}},
            QJsonObject{{QStringLiteral("provider_slug"), QStringLiteral("titan-paystack")},
                        {QStringLiteral("bank_id"), 171},
                        {QStringLiteral("bank_name"), QStringLiteral("Titan Trust Bank")},
                        {QStringLiteral("id"), 6}}};
}

QJsonObject bank(int id,
                 const char* name,
                 const char* slug,
                 const char* code,
                 const char* country,
                 const char* currency,
                 const char* type)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("slug"), QLatin1String(slug)},
            {QStringLiteral("code"), QLatin1String(code)},
            {QStringLiteral("longcode"), QString()},
            {QStringLiteral("gateway"), QJsonValue::Null},
            {QStringLiteral("pay_with_bank"), false},
            {QStringLiteral("active"), true},
            {QStringLiteral("is_deleted"), false},
            {QStringLiteral("country"), QLatin1String(country)},
            {QStringLiteral("currency"), QLatin1String(currency)},
            {QStringLiteral("type"), QLatin1String(type)}};
}

QList<QJsonObject> bankList()
{
    return {bank(1, "Access Bank", "access-bank", "044", "Nigeria", "NGN", "nuban"),
            bank(9, "First Bank of Nigeria", "first-bank-of-nigeria", "011", "Nigeria", "NGN", "nuban"),
            bank(7, "Guaranty Trust Bank", "guaranty-trust-bank", "058", "Nigeria", "NGN", "nuban"),
            bank(20, "Wema Bank", "wema-bank", "035", "Nigeria", "NGN", "nuban"),
            bank(21, "Zenith Bank", "zenith-bank", "057", "Nigeria", "NGN", "nuban"),
            bank(24, "Test Bank", "test-bank", "001", "Nigeria", "NGN", "nuban"),
            bank(28, "MTN", "mtn", "MTN", "Ghana", "GHS", "mobile_money"),
            bank(29, "AirtelTigo", "atl", "ATL", "Ghana", "GHS", "mobile_money"),
            bank(66, "Telecel", "vod", "VOD", "Ghana", "GHS", "mobile_money"),
            bank(230, "M-PESA", "mpesa", "MPESA", "Kenya", "KES", "mobile_money")};
}

} // namespace

HttpResponse PaystackSandbox::dedicatedAccounts(Call& call)
{
    const HttpRequest& request = call.request;
    const QJsonObject& body = call.body;
    if (request.method == "GET" &&
        matchRoute(QStringLiteral("/dedicated_account/available_providers"), request.rawPath))
        return success(QStringLiteral("Dedicated account providers retrieved"), providerList());
    if (request.method == "POST" && matchRoute(QStringLiteral("/dedicated_account/assign"), request.rawPath)) {
        for (const char* field : {"email", "first_name", "last_name", "phone", "preferred_bank", "country"}) {
            if (body.value(QLatin1String(field)).toString().isEmpty())
                return missing(QStringLiteral("%1 is required").arg(QLatin1String(field)));
        }
        const QString email = body.value(QStringLiteral("email")).toString();
        QTimer::singleShot(int(scaled(5000)), this, [this, email] {
            m_webhooks->send(
                QStringLiteral("dedicatedaccount.assign.success"),
                QJsonObject{{QStringLiteral("customer"), QJsonObject{{QStringLiteral("email"), email}}},
                            {QStringLiteral("dedicated_account"),
                             QJsonObject{{QStringLiteral("account_number"),
                                          QStringLiteral("9930000%1").arg(m_store.next(QStringLiteral("nuban"), 100))},
                                         {QStringLiteral("bank"), providerList().at(0)}}}});
        });
        return success(QStringLiteral("Assign dedicated account in progress"));
    }
    if (request.method == "POST" && matchRoute(QStringLiteral("/dedicated_account"), request.rawPath)) {
        const auto customer = findCustomer(json::string(body.value(QStringLiteral("customer"))));
        if (!customer)
            return invalid(QStringLiteral("Customer not found"));
        const QString preferred = body.value(QStringLiteral("preferred_bank")).toString(QStringLiteral("test-bank"));
        QJsonObject provider;
        for (const QJsonValue& candidate : providerList()) {
            if (candidate.toObject().value(QStringLiteral("provider_slug")).toString() == preferred)
                provider = candidate.toObject();
        }
        if (provider.isEmpty())
            return invalid(QStringLiteral("Invalid preferred bank"));
        const qint64 id = m_store.next(kDedicatedAccount, 253);
        const QJsonObject account{
            {QStringLiteral("bank"), QJsonObject{{QStringLiteral("name"), provider.value(QStringLiteral("bank_name"))},
                                                 {QStringLiteral("id"), provider.value(QStringLiteral("bank_id"))},
                                                 {QStringLiteral("slug"), preferred}}},
            {QStringLiteral("account_name"),
             QStringLiteral("PAYDESK/%1").arg(customer->value(QStringLiteral("email")).toString().toUpper())},
            {QStringLiteral("account_number"), QStringLiteral("99300%1").arg(id, 5, 10, QChar(u'0'))},
            {QStringLiteral("assigned"), true},
            {QStringLiteral("currency"), QStringLiteral("NGN")},
            {QStringLiteral("active"), true},
            {QStringLiteral("id"), id},
            {QStringLiteral("created_at"), now()},
            {QStringLiteral("assignment"),
             QJsonObject{{QStringLiteral("integration"), m_options.integrationId},
                         {QStringLiteral("assignee_id"), customer->value(QStringLiteral("id"))},
                         {QStringLiteral("assignee_type"), QStringLiteral("Customer")},
                         {QStringLiteral("expired"), false},
                         {QStringLiteral("account_type"), QStringLiteral("PAY-WITH-TRANSFER-RECURRING")},
                         {QStringLiteral("assigned_at"), now()}}},
            {QStringLiteral("customer"), customerSummary(*customer)}};
        m_store.put(kDedicatedAccount, QString::number(id), account);
        return success(QStringLiteral("NUBAN successfully created"), account);
    }
    return failure(404, QStringLiteral("The requested resource was not found"));
}

HttpResponse PaystackSandbox::banks(Call& call)
{
    const HttpRequest& request = call.request;
    if (request.method != "GET" || !matchRoute(QStringLiteral("/bank"), request.rawPath))
        return failure(404, QStringLiteral("The requested resource was not found"));
    const QString country = request.query.queryItemValue(QStringLiteral("country"));
    const QString currency = request.query.queryItemValue(QStringLiteral("currency"));
    const QString type = request.query.queryItemValue(QStringLiteral("type"));
    QList<QJsonObject> selected;
    for (const QJsonObject& candidate : bankList()) {
        if ((!country.isEmpty() &&
             candidate.value(QStringLiteral("country")).toString().compare(country, Qt::CaseInsensitive) != 0) ||
            (!currency.isEmpty() && candidate.value(QStringLiteral("currency")).toString() != currency) ||
            (!type.isEmpty() && candidate.value(QStringLiteral("type")).toString() != type))
            continue;
        selected << candidate;
    }
    const auto [items, meta] = paginate(selected, request.query, true);
    return success(QStringLiteral("Banks retrieved"), items, meta);
}

HttpResponse PaystackSandbox::refunds(Call& call)
{
    const HttpRequest& request = call.request;
    const QJsonObject& body = call.body;
    if (request.method == "POST" && matchRoute(QStringLiteral("/refund"), request.rawPath)) {
        const QString key = json::string(body.value(QStringLiteral("transaction")));
        if (key.isEmpty())
            return missing(QStringLiteral("Transaction reference or id is required"));
        auto transaction = findTransaction(key);
        if (!transaction)
            return invalid(QStringLiteral("Transaction not found"));
        if (transaction->value(QStringLiteral("status")).toString() != u"success")
            return invalid(QStringLiteral("Transaction has not been paid or has been reversed"));
        const qint64 paid = transaction->value(QStringLiteral("amount")).toInteger();
        qint64 refunded = 0;
        for (const QJsonObject& refund : m_store.all(kRefund)) {
            if (refund.value(QStringLiteral("_transaction")).toInteger() ==
                    transaction->value(QStringLiteral("id")).toInteger() &&
                refund.value(QStringLiteral("status")).toString() != u"failed")
                refunded += refund.value(QStringLiteral("amount")).toInteger();
        }
        const qint64 amount = body.contains(QStringLiteral("amount"))
                                  ? integerAmount(body.value(QStringLiteral("amount"))).value_or(-1)
                                  : paid - refunded;
        if (amount <= 0)
            return invalid(QStringLiteral("Invalid Amount Sent"));
        if (amount > paid - refunded)
            return invalid(
                QStringLiteral("Refund amount cannot be greater than the transaction amount left to refund"));
        const qint64 id = m_store.next(kRefund, 3018284);
        QJsonObject refund{{QStringLiteral("id"), id},
                           {QStringLiteral("integration"), m_options.integrationId},
                           {QStringLiteral("domain"), domain()},
                           {QStringLiteral("transaction"), transaction->value(QStringLiteral("id"))},
                           {QStringLiteral("dispute"), QJsonValue::Null},
                           {QStringLiteral("settlement"), QJsonValue::Null},
                           {QStringLiteral("amount"), amount},
                           {QStringLiteral("deducted_amount"), 0},
                           {QStringLiteral("fully_deducted"), 0},
                           {QStringLiteral("currency"), transaction->value(QStringLiteral("currency"))},
                           {QStringLiteral("channel"), transaction->value(QStringLiteral("channel"))},
                           {QStringLiteral("status"), QStringLiteral("pending")},
                           {QStringLiteral("refunded_by"), QStringLiteral("paydesk-sandbox")},
                           {QStringLiteral("refunded_at"), QJsonValue::Null},
                           {QStringLiteral("expected_at"), sql::isoUtc(QDateTime::currentDateTimeUtc().addDays(10))},
                           {QStringLiteral("customer_note"), body.value(QStringLiteral("customer_note")).toString()},
                           {QStringLiteral("merchant_note"), body.value(QStringLiteral("merchant_note")).toString()},
                           {QStringLiteral("createdAt"), now()},
                           {QStringLiteral("created_at"), now()},
                           {QStringLiteral("_transaction"), transaction->value(QStringLiteral("id"))}};
        m_store.put(kRefund, QString::number(id), refund);
        const QString reference = transaction->value(QStringLiteral("reference")).toString();
        auto event = [this, reference](const QJsonObject& stored, const QJsonValue& refundReference) {
            return QJsonObject{
                {QStringLiteral("status"), stored.value(QStringLiteral("status"))},
                {QStringLiteral("transaction_reference"), reference},
                {QStringLiteral("refund_reference"), refundReference},
                {QStringLiteral("amount"), QString::number(stored.value(QStringLiteral("amount")).toInteger())},
                {QStringLiteral("currency"), stored.value(QStringLiteral("currency"))},
                {QStringLiteral("integration"), m_options.integrationId},
                {QStringLiteral("domain"), domain()}};
        };
        m_webhooks->send(QStringLiteral("refund.pending"), event(refund, QJsonValue::Null));
        // Paystack processes refunds later; a minute of Paystack time here.
        QTimer::singleShot(int(scaled(60000)), this, [this, id, event, left = paid - refunded - amount] {
            auto stored = m_store.get(kRefund, QString::number(id));
            if (!stored)
                return;
            stored->insert(QStringLiteral("status"), QStringLiteral("processed"));
            stored->insert(QStringLiteral("refunded_at"), now());
            stored->insert(QStringLiteral("fully_deducted"), 1);
            stored->insert(QStringLiteral("deducted_amount"), stored->value(QStringLiteral("amount")));
            m_store.put(kRefund, QString::number(id), *stored);
            if (left == 0) {
                const QString reversedKey = QString::number(stored->value(QStringLiteral("_transaction")).toInteger());
                if (auto reversed = m_store.get(kTransaction, reversedKey)) {
                    reversed->insert(QStringLiteral("status"), QStringLiteral("reversed"));
                    m_store.put(kTransaction, reversedKey, *reversed);
                }
            }
            m_webhooks->send(QStringLiteral("refund.processed"), event(*stored, QString::number(id * 43)));
        });
        QJsonObject created = visible(refund);
        created.insert(QStringLiteral("transaction"), visible(*transaction));
        created.insert(QStringLiteral("fully_deducted"), false); // a boolean here, 0/1 in lists (both in the spec)
        return success(QStringLiteral("Refund has been queued for processing"), created);
    }
    if (request.method == "GET" && matchRoute(QStringLiteral("/refund"), request.rawPath)) {
        const QString transaction = request.query.queryItemValue(QStringLiteral("transaction"));
        QList<QJsonObject> selected;
        for (const QJsonObject& refund : m_store.all(kRefund)) {
            if (!transaction.isEmpty() &&
                QString::number(refund.value(QStringLiteral("transaction")).toInteger()) != transaction)
                continue;
            if (withinPeriod(refund, request.query))
                selected << refund;
        }
        const auto [items, meta] = paginate(selected, request.query);
        return success(QStringLiteral("Refunds retrieved"), items, meta);
    }
    if (auto params = matchRoute(QStringLiteral("/refund/:id"), request.rawPath); params && request.method == "GET") {
        const auto refund = m_store.get(kRefund, params->value(QStringLiteral("id")));
        if (!refund)
            return failure(404, QStringLiteral("Refund not found"));
        return success(QStringLiteral("Refund retrieved"), visible(*refund));
    }
    return failure(404, QStringLiteral("The requested resource was not found"));
}

} // namespace paydesk::sandbox
