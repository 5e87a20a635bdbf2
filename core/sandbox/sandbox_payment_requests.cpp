// The sandbox's /paymentrequest endpoints.
#include "paystack/json_read.h"
#include "sandbox/paystack_sandbox.h"
#include "sandbox/route.h"
#include "sandbox/sandbox_http.h"

namespace paydesk::sandbox {

namespace {

// Reads line items and tax, keeping each amount exactly as it was sent (Paystack echoes string amounts back).
// Returns the total, or an error response.
std::variant<qint64, HttpResponse> readLines(const QJsonObject& body, QJsonArray& lines, QJsonArray& taxes)
{
    qint64 total = 0;
    for (const QJsonValue& value : body.value(QStringLiteral("line_items")).toArray()) {
        QJsonObject line = value.toObject();
        const auto amount = integerAmount(line.value(QStringLiteral("amount")));
        if (!amount || line.value(QStringLiteral("name")).toString().isEmpty())
            return invalid(QStringLiteral("Each line item needs a name and an integer amount in the subunit"));
        const qint64 quantity =
            line.contains(QStringLiteral("quantity")) ? json::integer(line.value(QStringLiteral("quantity")), -1) : 1;
        if (quantity < 1)
            return invalid(QStringLiteral("Line item quantity must be a positive integer"));
        total += *amount * quantity;
        lines.append(line);
    }
    for (const QJsonValue& value : body.value(QStringLiteral("tax")).toArray()) {
        const QJsonObject tax = value.toObject();
        const auto amount = integerAmount(tax.value(QStringLiteral("amount")));
        if (!amount)
            return invalid(QStringLiteral("Each tax needs an integer amount in the subunit"));
        total += *amount;
        taxes.append(tax);
    }
    return total;
}

} // namespace

std::optional<QJsonObject> PaystackSandbox::findPaymentRequest(const QString& idOrCode) const
{
    if (auto byId = m_store.get(kPaymentRequest, idOrCode))
        return byId;
    for (const QJsonObject& request : m_store.all(kPaymentRequest)) {
        if (request.value(QStringLiteral("request_code")).toString() == idOrCode)
            return request;
    }
    return std::nullopt;
}

// Create and webhooks carry the customer id; fetch, list and verify the customer object; verify also the
// integration object.
QJsonObject PaystackSandbox::paymentRequestView(const QJsonObject& stored, bool verify) const
{
    QJsonObject view = visible(stored);
    if (auto customer = findCustomer(QString::number(stored.value(QStringLiteral("customer")).toInteger())))
        view.insert(QStringLiteral("customer"), customerSummary(*customer));
    // The transactions that paid it (Paystack lists them on fetch): what a refund is made against.
    QJsonArray transactions;
    if (stored.contains(QStringLiteral("_transaction"))) {
        if (auto paid = findTransaction(QString::number(stored.value(QStringLiteral("_transaction")).toInteger())))
            transactions.append(QJsonObject{{QStringLiteral("id"), paid->value(QStringLiteral("id"))},
                                            {QStringLiteral("reference"), paid->value(QStringLiteral("reference"))},
                                            {QStringLiteral("amount"), paid->value(QStringLiteral("amount"))},
                                            {QStringLiteral("currency"), paid->value(QStringLiteral("currency"))},
                                            {QStringLiteral("status"), paid->value(QStringLiteral("status"))}});
    }
    view.insert(QStringLiteral("transactions"), transactions);
    if (verify) {
        view.insert(QStringLiteral("integration"),
                    QJsonObject{{QStringLiteral("key"), QStringLiteral("pk_test_sandbox")},
                                {QStringLiteral("name"), QStringLiteral("Paydesk Sandbox Hospital")},
                                {QStringLiteral("logo"), QString()},
                                {QStringLiteral("allowed_currencies"), QJsonArray{QStringLiteral("NGN")}}});
        view.insert(QStringLiteral("pending_amount"), stored.value(QStringLiteral("paid")).toBool()
                                                          ? 0
                                                          : stored.value(QStringLiteral("amount")).toInteger());
    }
    return view;
}

HttpResponse PaystackSandbox::paymentRequests(Call& call)
{
    const HttpRequest& request = call.request;
    const QJsonObject& body = call.body;
    const auto notFound = [] { return invalid(QStringLiteral("Slug is invalid")); };

    if (request.method == "POST" && matchRoute(QStringLiteral("/paymentrequest"), request.rawPath)) {
        const QString customerKey = json::string(body.value(QStringLiteral("customer")));
        if (customerKey.isEmpty())
            return missing(QStringLiteral("Customer is required"));
        const auto customer = findCustomer(customerKey);
        if (!customer)
            return invalid(QStringLiteral("Customer with code %1 does not exist").arg(customerKey));
        const QString currency = body.value(QStringLiteral("currency")).toString(QStringLiteral("NGN"));
        if (minimumAmount(currency) < 0)
            return invalid(QStringLiteral("Currency not supported by merchant"));
        QJsonArray lines;
        QJsonArray taxes;
        const auto read = readLines(body, lines, taxes);
        if (std::holds_alternative<HttpResponse>(read))
            return std::get<HttpResponse>(read);
        qint64 amount = std::get<qint64>(read);
        if (lines.isEmpty() && taxes.isEmpty()) {
            const auto given = integerAmount(body.value(QStringLiteral("amount")));
            if (!body.contains(QStringLiteral("amount")))
                return missing(QStringLiteral("Amount is required when there are no line items"));
            if (!given)
                return invalid(QStringLiteral("Amount must be an integer"));
            amount = *given;
        }
        if (amount < minimumAmount(currency))
            return invalid(
                QStringLiteral("Amount must be at least %1 %2 subunits").arg(minimumAmount(currency)).arg(currency));
        const qint64 id = m_store.next(kPaymentRequest, 6304434);
        const bool draft = body.value(QStringLiteral("draft")).toBool(false);
        QJsonObject stored{
            {QStringLiteral("id"), id},
            {QStringLiteral("integration"), m_options.integrationId},
            {QStringLiteral("domain"), domain()},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("due_date"),
             body.value(QStringLiteral("due_date")).isString()
                 ? QJsonValue(body.value(QStringLiteral("due_date")).toString() + QStringLiteral("T00:00:00.000Z"))
                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("has_invoice"), body.value(QStringLiteral("has_invoice")).toBool(true)},
            {QStringLiteral("invoice_number"), m_store.next(QStringLiteral("invoice_number"), 1)},
            {QStringLiteral("description"), body.value(QStringLiteral("description")).toString()},
            {QStringLiteral("line_items"), lines},
            {QStringLiteral("tax"), taxes},
            {QStringLiteral("request_code"), QString(QStringLiteral("PRQ_") + randomCode(15))},
            {QStringLiteral("status"), draft ? QStringLiteral("draft") : QStringLiteral("pending")},
            {QStringLiteral("paid"), false},
            {QStringLiteral("paid_at"), QJsonValue::Null},
            {QStringLiteral("metadata"), body.contains(QStringLiteral("metadata"))
                                             ? body.value(QStringLiteral("metadata"))
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("notifications"), QJsonArray()},
            {QStringLiteral("offline_reference"),
             QString(QString::number(m_options.integrationId) + QString::number(id))},
            {QStringLiteral("customer"), customer->value(QStringLiteral("id"))},
            {QStringLiteral("created_at"), now()},
            {QStringLiteral("archived"), false}};
        m_store.put(kPaymentRequest, QString::number(id), stored);
        QJsonObject created = visible(stored);
        created.remove(QStringLiteral("archived"));
        created.insert(QStringLiteral("discount"), QJsonValue::Null);
        created.insert(QStringLiteral("split_code"), QJsonValue::Null);
        if (!draft)
            m_webhooks->send(QStringLiteral("paymentrequest.pending"), created);
        return success(QStringLiteral("Payment request created"), created);
    }
    if (request.method == "GET" && matchRoute(QStringLiteral("/paymentrequest"), request.rawPath)) {
        const QUrlQuery& query = request.query;
        const bool includeArchived = query.queryItemValue(QStringLiteral("include_archive")) == u"true";
        QList<QJsonObject> selected;
        for (const QJsonObject& stored : m_store.all(kPaymentRequest)) {
            if (stored.value(QStringLiteral("archived")).toBool() && !includeArchived)
                continue;
            const QString customer = query.queryItemValue(QStringLiteral("customer"));
            const QString status = query.queryItemValue(QStringLiteral("status"));
            const QString currency = query.queryItemValue(QStringLiteral("currency"));
            if ((!customer.isEmpty() &&
                 QString::number(stored.value(QStringLiteral("customer")).toInteger()) != customer) ||
                (!status.isEmpty() && stored.value(QStringLiteral("status")).toString() != status) ||
                (!currency.isEmpty() && stored.value(QStringLiteral("currency")).toString() != currency) ||
                !withinPeriod(stored, query))
                continue;
            selected << paymentRequestView(stored, false);
        }
        const auto [items, meta] = paginate(selected, query);
        return success(QStringLiteral("Payment requests retrieved"), items, meta);
    }
    if (request.method == "GET" && matchRoute(QStringLiteral("/paymentrequest/totals"), request.rawPath)) {
        QHash<QString, qint64> pending;
        QHash<QString, qint64> successful;
        for (const QJsonObject& stored : m_store.all(kPaymentRequest)) {
            const QString currency = stored.value(QStringLiteral("currency")).toString();
            const qint64 amount = stored.value(QStringLiteral("amount")).toInteger();
            if (stored.value(QStringLiteral("paid")).toBool())
                successful[currency] += amount;
            else if (stored.value(QStringLiteral("status")).toString() == u"pending")
                pending[currency] += amount;
        }
        auto list = [](const QHash<QString, qint64>& sums) {
            QJsonArray array;
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                array.append(
                    QJsonObject{{QStringLiteral("currency"), it.key()}, {QStringLiteral("amount"), it.value()}});
            return array;
        };
        QHash<QString, qint64> total = pending;
        for (auto it = successful.cbegin(); it != successful.cend(); ++it)
            total[it.key()] += it.value();
        return success(QStringLiteral("Payment request totals"),
                       QJsonObject{{QStringLiteral("pending"), list(pending)},
                                   {QStringLiteral("successful"), list(successful)},
                                   {QStringLiteral("total"), list(total)}});
    }
    if (auto params = matchRoute(QStringLiteral("/paymentrequest/verify/:code"), request.rawPath)) {
        const auto stored = findPaymentRequest(params->value(QStringLiteral("code")));
        if (!stored || stored->value(QStringLiteral("archived")).toBool())
            return notFound();
        return success(QStringLiteral("Payment request retrieved"), paymentRequestView(*stored, true));
    }
    if (auto params = matchRoute(QStringLiteral("/paymentrequest/notify/:code"), request.rawPath)) {
        if (!findPaymentRequest(params->value(QStringLiteral("code"))))
            return notFound();
        return success(QStringLiteral("Notification sent"));
    }
    if (auto params = matchRoute(QStringLiteral("/paymentrequest/finalize/:code"), request.rawPath)) {
        auto stored = findPaymentRequest(params->value(QStringLiteral("code")));
        if (!stored)
            return notFound();
        if (stored->value(QStringLiteral("status")).toString() == u"draft") {
            stored->insert(QStringLiteral("status"), QStringLiteral("pending"));
            m_store.put(kPaymentRequest, QString::number(stored->value(QStringLiteral("id")).toInteger()), *stored);
            m_webhooks->send(QStringLiteral("paymentrequest.pending"), visible(*stored));
        }
        return success(QStringLiteral("Payment request finalized"), paymentRequestView(*stored, false));
    }
    if (auto params = matchRoute(QStringLiteral("/paymentrequest/archive/:code"), request.rawPath)) {
        auto stored = findPaymentRequest(params->value(QStringLiteral("code")));
        if (!stored)
            return notFound();
        stored->insert(QStringLiteral("archived"), true);
        const QString id = QString::number(stored->value(QStringLiteral("id")).toInteger());
        m_store.put(kPaymentRequest, id, *stored);
        // A terminal showing the withdrawn request drops it and is free again.
        releaseTerminalsHolding(id);
        return success(QStringLiteral("Payment request has been archived"));
    }
    if (auto params = matchRoute(QStringLiteral("/paymentrequest/:code"), request.rawPath)) {
        auto stored = findPaymentRequest(params->value(QStringLiteral("code")));
        if (!stored)
            return notFound();
        if (request.method == "GET")
            return success(QStringLiteral("Payment request retrieved"), paymentRequestView(*stored, false));
        if (request.method == "PUT") {
            if (stored->value(QStringLiteral("paid")).toBool())
                return failure(400, QStringLiteral("A paid payment request cannot be updated"));
            QJsonArray lines;
            QJsonArray taxes;
            if (body.contains(QStringLiteral("line_items")) || body.contains(QStringLiteral("tax"))) {
                const auto read = readLines(body, lines, taxes);
                if (std::holds_alternative<HttpResponse>(read))
                    return std::get<HttpResponse>(read);
                stored->insert(QStringLiteral("line_items"), lines);
                stored->insert(QStringLiteral("tax"), taxes);
                stored->insert(QStringLiteral("amount"), std::get<qint64>(read));
            } else if (const auto amount = integerAmount(body.value(QStringLiteral("amount")))) {
                stored->insert(QStringLiteral("amount"), *amount);
            }
            if (body.contains(QStringLiteral("description")))
                stored->insert(QStringLiteral("description"), body.value(QStringLiteral("description")).toString());
            m_store.put(kPaymentRequest, QString::number(stored->value(QStringLiteral("id")).toInteger()), *stored);
            return success(QStringLiteral("Payment request updated"), paymentRequestView(*stored, false));
        }
    }
    return failure(404, QStringLiteral("The requested resource was not found"));
}

} // namespace paydesk::sandbox
