// The sandbox's /transaction and /charge endpoints, and the checkout page behind authorization_url.
#include "paystack/json_read.h"
#include "sandbox/paystack_sandbox.h"
#include "sandbox/route.h"
#include "sandbox/sandbox_http.h"
#include "storage/sql.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace paydesk::sandbox {

std::optional<QJsonObject> PaystackSandbox::findTransaction(const QString& idOrReference) const
{
    if (auto byId = m_store.get(kTransaction, idOrReference))
        return byId;
    for (const QJsonObject& transaction : m_store.all(kTransaction)) {
        if (transaction.value(QStringLiteral("reference")).toString() == idOrReference)
            return transaction;
    }
    return std::nullopt;
}

QJsonObject PaystackSandbox::newTransaction(const QJsonObject& customer,
                                            qint64 amount,
                                            const QString& currency,
                                            const QString& reference,
                                            const QString& channel)
{
    const qint64 id = m_store.next(kTransaction, 4099260516); // past 32 bits, as Paystack's are
    QJsonObject transaction{
        {QStringLiteral("id"), id},
        {QStringLiteral("domain"), domain()},
        {QStringLiteral("status"), QStringLiteral("abandoned")},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("requested_amount"), amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("gateway_response"), QStringLiteral("The transaction was not completed")},
        {QStringLiteral("message"), QJsonValue::Null},
        {QStringLiteral("paid_at"), QJsonValue::Null},
        {QStringLiteral("created_at"), now()},
        {QStringLiteral("metadata"), QJsonValue::Null},
        {QStringLiteral("fees"), QJsonValue::Null},
        {QStringLiteral("authorization"), QJsonObject()},
        {QStringLiteral("customer"),
         customer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customerSummary(customer))},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("source"), QStringLiteral("merchant_api")},
                                               {QStringLiteral("type"), QStringLiteral("api")},
                                               {QStringLiteral("identifier"), QJsonValue::Null}}},
        {QStringLiteral("_customer"), customer.value(QStringLiteral("id"))}};
    m_store.put(kTransaction, QString::number(id), transaction);
    return transaction;
}

void PaystackSandbox::succeedTransaction(QJsonObject& transaction,
                                         const QString& channel,
                                         const QJsonObject& authorization,
                                         const QJsonValue& webhookAmount,
                                         const QJsonValue& metadata)
{
    transaction.insert(QStringLiteral("status"), QStringLiteral("success"));
    transaction.insert(QStringLiteral("channel"), channel);
    transaction.insert(QStringLiteral("gateway_response"), QStringLiteral("Approved or completed successfully"));
    transaction.insert(QStringLiteral("message"), QStringLiteral("Payment Made"));
    transaction.insert(QStringLiteral("paid_at"), now());
    transaction.insert(QStringLiteral("paidAt"), transaction.value(QStringLiteral("paid_at")));
    transaction.insert(QStringLiteral("authorization"), authorization);
    m_store.put(kTransaction, QString::number(transaction.value(QStringLiteral("id")).toInteger()), transaction);
    QJsonObject event = visible(transaction);
    event.insert(QStringLiteral("amount"), webhookAmount);
    event.insert(QStringLiteral("metadata"), metadata);
    event.insert(QStringLiteral("log"), QJsonValue::Null);
    event.insert(QStringLiteral("plan"), QJsonObject());
    m_webhooks->send(QStringLiteral("charge.success"), event);
}

HttpResponse PaystackSandbox::transactions(Call& call)
{
    const HttpRequest& request = call.request;
    const QJsonObject& body = call.body;
    if (request.method == "POST" && matchRoute(QStringLiteral("/transaction/initialize"), request.rawPath)) {
        const QString email = body.value(QStringLiteral("email")).toString().trimmed();
        if (email.isEmpty())
            return missing(QStringLiteral("Email Address is required"));
        if (!body.contains(QStringLiteral("amount")))
            return missing(QStringLiteral("Amount is required"));
        const auto amount = integerAmount(body.value(QStringLiteral("amount")));
        if (!amount)
            return invalid(QStringLiteral("Invalid Amount Sent"));
        const QString currency = body.value(QStringLiteral("currency")).toString(QStringLiteral("NGN"));
        if (minimumAmount(currency) < 0)
            return invalid(QStringLiteral("Currency not supported by merchant"));
        if (*amount < minimumAmount(currency))
            return invalid(QStringLiteral("Invalid Amount Sent"));
        QString reference = body.value(QStringLiteral("reference")).toString();
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9.=-]+$"));
        if (!reference.isEmpty() && !allowed.match(reference).hasMatch())
            return invalid(QStringLiteral("Invalid character in transaction reference"));
        if (!reference.isEmpty() && findTransaction(reference))
            return invalid(QStringLiteral("Duplicate Transaction Reference"));
        if (reference.isEmpty())
            reference = randomCode(10);
        const auto existing = findCustomer(email);
        const QJsonObject customer = existing ? *existing : newCustomer(email, {});
        QJsonObject transaction = newTransaction(customer, *amount, currency, reference, QStringLiteral("card"));
        const QString accessCode = randomCode(15);
        transaction.insert(QStringLiteral("_access_code"), accessCode);
        transaction.insert(QStringLiteral("_callback_url"), body.value(QStringLiteral("callback_url")).toString());
        transaction.insert(QStringLiteral("metadata"), body.value(QStringLiteral("metadata")));
        m_store.put(kTransaction, QString::number(transaction.value(QStringLiteral("id")).toInteger()), transaction);
        return success(QStringLiteral("Authorization URL created"),
                       QJsonObject{{QStringLiteral("authorization_url"),
                                    QString(m_publicUrl.toString() + QStringLiteral("/checkout/") + accessCode)},
                                   {QStringLiteral("access_code"), accessCode},
                                   {QStringLiteral("reference"), reference}});
    }
    if (request.method != "GET")
        return failure(404, QStringLiteral("The requested resource was not found"));
    if (auto params = matchRoute(QStringLiteral("/transaction/verify/:reference"), request.rawPath)) {
        const auto transaction = findTransaction(params->value(QStringLiteral("reference")));
        if (!transaction ||
            transaction->value(QStringLiteral("reference")).toString() != params->value(QStringLiteral("reference")))
            return invalid(QStringLiteral("Transaction reference not found"));
        return success(QStringLiteral("Verification successful"), visible(*transaction));
    }
    if (matchRoute(QStringLiteral("/transaction/totals"), request.rawPath)) {
        qint64 count = 0;
        QHash<QString, qint64> volume;
        for (const QJsonObject& transaction : m_store.all(kTransaction)) {
            if (transaction.value(QStringLiteral("status")).toString() != u"success" ||
                !withinPeriod(transaction, request.query))
                continue;
            ++count;
            volume[transaction.value(QStringLiteral("currency")).toString()] +=
                transaction.value(QStringLiteral("amount")).toInteger();
        }
        QJsonArray byCurrency;
        qint64 total = 0;
        for (auto it = volume.cbegin(); it != volume.cend(); ++it) {
            byCurrency.append(
                QJsonObject{{QStringLiteral("currency"), it.key()}, {QStringLiteral("amount"), it.value()}});
            total += it.value();
        }
        return success(QStringLiteral("Transaction totals"),
                       QJsonObject{{QStringLiteral("total_transactions"), count},
                                   {QStringLiteral("total_volume"), total},
                                   {QStringLiteral("total_volume_by_currency"), byCurrency},
                                   {QStringLiteral("pending_transfers"), 0},
                                   {QStringLiteral("pending_transfers_by_currency"), QJsonArray()}});
    }
    if (matchRoute(QStringLiteral("/transaction"), request.rawPath)) {
        const QUrlQuery& query = request.query;
        QList<QJsonObject> selected;
        qint64 volume = 0;
        for (const QJsonObject& transaction : m_store.all(kTransaction)) {
            const QString status = query.queryItemValue(QStringLiteral("status"));
            const QString customer = query.queryItemValue(QStringLiteral("customer"));
            const QString terminal = query.queryItemValue(QStringLiteral("terminalid"));
            const QString channel = query.queryItemValue(QStringLiteral("channel"));
            if ((!status.isEmpty() && transaction.value(QStringLiteral("status")).toString() != status) ||
                (!customer.isEmpty() &&
                 QString::number(transaction.value(QStringLiteral("_customer")).toInteger()) != customer) ||
                (!terminal.isEmpty() && transaction.value(QStringLiteral("source"))
                                                .toObject()
                                                .value(QStringLiteral("identifier"))
                                                .toString() != terminal) ||
                (!channel.isEmpty() && transaction.value(QStringLiteral("channel")).toString() != channel) ||
                !withinPeriod(transaction, query))
                continue;
            selected << transaction;
            volume += transaction.value(QStringLiteral("amount")).toInteger();
        }
        auto [items, meta] = paginate(selected, query);
        meta.insert(QStringLiteral("total_volume"), volume);
        return success(QStringLiteral("Transactions retrieved"), items, meta);
    }
    if (auto params = matchRoute(QStringLiteral("/transaction/:id"), request.rawPath)) {
        const auto transaction = m_store.get(kTransaction, params->value(QStringLiteral("id")));
        if (!transaction)
            return failure(404, QStringLiteral("Transaction not found"));
        return success(QStringLiteral("Transaction retrieved"), visible(*transaction));
    }
    return failure(404, QStringLiteral("The requested resource was not found"));
}

HttpResponse PaystackSandbox::checkout(Call& call)
{
    const HttpRequest& request = call.request;
    const auto params = matchRoute(QStringLiteral("/checkout/:code"), request.rawPath);
    std::optional<QJsonObject> transaction;
    for (const QJsonObject& candidate : m_store.all(kTransaction)) {
        if (params &&
            candidate.value(QStringLiteral("_access_code")).toString() == params->value(QStringLiteral("code")))
            transaction = candidate;
    }
    auto page = [](int status, const QString& title, const QString& body) {
        HttpResponse response = HttpResponse::text(status, html(title, body).toUtf8());
        response.contentType = "text/html; charset=utf-8";
        return response;
    };
    if (!transaction)
        return page(404, QStringLiteral("Not found"), QStringLiteral("<h1>This payment link is not valid</h1>"));
    const QString reference = transaction->value(QStringLiteral("reference")).toString();
    const auto currency = Currency::fromCode(transaction->value(QStringLiteral("currency")).toString());
    const QString amount = currency
                               ? Money::fromMinor(transaction->value(QStringLiteral("amount")).toInteger(), *currency)
                                     .format(QLocale(QLocale::English, QLocale::Nigeria))
                               : QString::number(transaction->value(QStringLiteral("amount")).toInteger());
    const QString status = transaction->value(QStringLiteral("status")).toString();
    if (request.method == "GET") {
        if (status == u"success" || status == u"failed")
            return page(200, QStringLiteral("Payment"),
                        QStringLiteral("<h1>Payment %1</h1><p>Reference %2</p>")
                            .arg(status.toHtmlEscaped(), reference.toHtmlEscaped()));
        return page(200, QStringLiteral("Pay %1").arg(amount),
                    QStringLiteral("<h1>Pay %1</h1><p>%2</p><p>Reference <code>%3</code></p>"
                                   "<form method=\"post\"><button name=\"outcome\" value=\"success\">Pay</button>"
                                   "<button name=\"outcome\" value=\"failed\">Decline</button></form>")
                        .arg(amount.toHtmlEscaped(),
                             transaction->value(QStringLiteral("customer"))
                                 .toObject()
                                 .value(QStringLiteral("email"))
                                 .toString()
                                 .toHtmlEscaped(),
                             reference.toHtmlEscaped()));
    }
    if (status != u"abandoned")
        return page(409, QStringLiteral("Payment"), QStringLiteral("<h1>This payment is already %1</h1>").arg(status));
    const bool approved = call.body.value(QStringLiteral("outcome")).toString() == u"success";
    if (approved) {
        succeedTransaction(*transaction, QStringLiteral("card"),
                           {{QStringLiteral("authorization_code"), QString(QStringLiteral("AUTH_") + randomCode(10))},
                            {QStringLiteral("bin"), QStringLiteral("408408")},
                            {QStringLiteral("last4"), QStringLiteral("4081")},
                            {QStringLiteral("exp_month"), QStringLiteral("12")},
                            {QStringLiteral("exp_year"), QStringLiteral("2030")},
                            {QStringLiteral("channel"), QStringLiteral("card")},
                            {QStringLiteral("card_type"), QStringLiteral("visa DEBIT")},
                            {QStringLiteral("bank"), QStringLiteral("TEST BANK")},
                            {QStringLiteral("country_code"), QStringLiteral("NG")},
                            {QStringLiteral("brand"), QStringLiteral("visa")},
                            {QStringLiteral("reusable"), true}},
                           transaction->value(QStringLiteral("amount")),
                           transaction->value(QStringLiteral("metadata")));
    } else {
        transaction->insert(QStringLiteral("status"), QStringLiteral("failed"));
        transaction->insert(QStringLiteral("gateway_response"), QStringLiteral("Declined"));
        m_store.put(kTransaction, QString::number(transaction->value(QStringLiteral("id")).toInteger()), *transaction);
    }
    const QString callback = transaction->value(QStringLiteral("_callback_url")).toString();
    if (!callback.isEmpty()) {
        HttpResponse redirect = HttpResponse::text(302, {});
        redirect.headers.append({"Location", (callback + (callback.contains(u'?') ? u'&' : u'?') +
                                              QStringLiteral("trxref=%1&reference=%1").arg(reference))
                                                 .toUtf8()});
        return redirect;
    }
    return page(200, QStringLiteral("Payment"),
                approved ? QStringLiteral("<h1>Payment successful</h1><p>You can close this page.</p>")
                         : QStringLiteral("<h1>Payment declined</h1>"));
}

HttpResponse PaystackSandbox::charges(Call& call)
{
    const HttpRequest& request = call.request;
    const QJsonObject& body = call.body;
    if (request.method == "POST" && matchRoute(QStringLiteral("/charge"), request.rawPath)) {
        const QString email = body.value(QStringLiteral("email")).toString().trimmed();
        if (email.isEmpty())
            return missing(QStringLiteral("Email Address is required"));
        const auto amount = integerAmount(body.value(QStringLiteral("amount")));
        if (!amount)
            return invalid(QStringLiteral("Invalid Amount Sent"));
        const QString currency = body.value(QStringLiteral("currency")).toString(QStringLiteral("NGN"));
        if (*amount < minimumAmount(currency))
            return invalid(QStringLiteral("Invalid Amount Sent"));
        const QStringList channels{QStringLiteral("ussd"), QStringLiteral("mobile_money"), QStringLiteral("bank"),
                                   QStringLiteral("bank_transfer")};
        QStringList given;
        for (const QString& channel : channels) {
            if (body.contains(channel))
                given << channel;
        }
        if (given.size() != 1)
            return invalid(
                QStringLiteral("Provide exactly one payment channel: ussd, mobile_money, bank or bank_transfer"));
        const QString channel = given.first();
        QString reference = body.value(QStringLiteral("reference")).toString();
        if (!reference.isEmpty() && findTransaction(reference))
            return invalid(QStringLiteral("Duplicate charge request for reference"));
        if (reference.isEmpty())
            reference = randomCode(15);
        QJsonObject data{{QStringLiteral("reference"), reference}};
        if (channel == u"ussd") {
            const QString type = body.value(QStringLiteral("ussd")).toObject().value(QStringLiteral("type")).toString();
            if (!QStringList{QStringLiteral("737"), QStringLiteral("919"), QStringLiteral("822"), QStringLiteral("966")}
                     .contains(type))
                return invalid(QStringLiteral("Invalid USSD type"));
            if (currency != u"NGN")
                return invalid(QStringLiteral("USSD is only available for NGN"));
            const QString code =
                QStringLiteral("*%1*33*4*%2#").arg(type).arg(QRandomGenerator::global()->bounded(10000, 99999));
            data.insert(QStringLiteral("status"), QStringLiteral("pay_offline"));
            data.insert(QStringLiteral("display_text"),
                        QStringLiteral("Please dial %1 on your mobile phone to complete the transaction").arg(code));
            data.insert(QStringLiteral("ussd_code"), code);
        } else if (channel == u"mobile_money") {
            data.insert(QStringLiteral("status"), QStringLiteral("pay_offline"));
            data.insert(QStringLiteral("display_text"),
                        QStringLiteral("Please complete authorization process on your mobile phone"));
        } else if (channel == u"bank_transfer") {
            data.insert(QStringLiteral("status"), QStringLiteral("pending_bank_transfer"));
            data.insert(QStringLiteral("account_name"), QStringLiteral("PAYSTACK CHECKOUT"));
            data.insert(QStringLiteral("account_number"), QStringLiteral("1230001644"));
            data.insert(QStringLiteral("bank"), QJsonObject{{QStringLiteral("slug"), QStringLiteral("test-bank")},
                                                            {QStringLiteral("name"), QStringLiteral("Test Bank")},
                                                            {QStringLiteral("id"), 24}});
            data.insert(QStringLiteral("account_expires_at"),
                        sql::isoUtc(QDateTime::currentDateTimeUtc().addSecs(25 * 60)));
        } else {
            data.insert(QStringLiteral("status"), QStringLiteral("send_otp"));
            data.insert(QStringLiteral("display_text"), QStringLiteral("Please enter the OTP sent to your phone"));
        }
        const auto existing = findCustomer(email);
        QJsonObject transaction =
            newTransaction(existing ? *existing : newCustomer(email, {}), *amount, currency, reference, channel);
        transaction.insert(QStringLiteral("status"), QStringLiteral("pending"));
        transaction.insert(QStringLiteral("_charge_status"), data.value(QStringLiteral("status")));
        transaction.insert(QStringLiteral("metadata"), body.value(QStringLiteral("metadata")));
        m_store.put(kTransaction, QString::number(transaction.value(QStringLiteral("id")).toInteger()), transaction);
        return success(QStringLiteral("Charge attempted"), data);
    }
    if (auto params = matchRoute(QStringLiteral("/charge/:reference"), request.rawPath);
        params && request.method == "GET") {
        const auto transaction = findTransaction(params->value(QStringLiteral("reference")));
        if (!transaction)
            return invalid(QStringLiteral("Transaction reference not found"));
        const QString status = transaction->value(QStringLiteral("status")).toString();
        QJsonObject data{{QStringLiteral("reference"), transaction->value(QStringLiteral("reference"))},
                         {QStringLiteral("status"), status == u"pending" ? QStringLiteral("pending") : status}};
        if (status == u"failed")
            data.insert(QStringLiteral("message"), transaction->value(QStringLiteral("message")));
        return success(QStringLiteral("Reference check successful"), data);
    }
    return failure(404, QStringLiteral("The requested resource was not found"));
}

} // namespace paydesk::sandbox
