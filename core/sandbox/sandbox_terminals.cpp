// The sandbox's /terminal endpoints and what a card tap on a terminal does.
#include "paystack/json_read.h"
#include "sandbox/paystack_sandbox.h"
#include "sandbox/route.h"
#include "sandbox/sandbox_http.h"

#include <QRandomGenerator>
#include <QTimer>

namespace paydesk::sandbox {

namespace {

QString hexId()
{
    QString id;
    for (int i = 0; i < 24; ++i)
        id += QString::number(QRandomGenerator::global()->bounded(16), 16);
    return id;
}

} // namespace

HttpResponse PaystackSandbox::terminals(Call& call)
{
    const HttpRequest& request = call.request;
    const QJsonObject& body = call.body;
    if (request.method == "GET" && matchRoute(QStringLiteral("/terminal"), request.rawPath)) {
        const auto [items, meta] = paginate(m_store.all(kTerminal), request.query, true);
        return success(QStringLiteral("Terminals retrieved successfully"), items, meta);
    }
    if (request.method == "POST" && (matchRoute(QStringLiteral("/terminal/commission_device"), request.rawPath) ||
                                     matchRoute(QStringLiteral("/terminal/decommission_device"), request.rawPath))) {
        const QString serial = body.value(QStringLiteral("serial_number")).toString();
        if (serial.isEmpty())
            return missing(QStringLiteral("Serial number is required"));
        for (QJsonObject terminal : m_store.all(kTerminal)) {
            if (terminal.value(QStringLiteral("serial_number")).toString() != serial)
                continue;
            if (request.path.endsWith(u"/commission_device")) {
                if (terminal.value(QStringLiteral("status")).toString() == u"active")
                    return envelope(200, false, QStringLiteral("Device has been commissioned already"));
                terminal.insert(QStringLiteral("status"), QStringLiteral("active"));
                m_store.put(kTerminal, terminal.value(QStringLiteral("terminal_id")).toString(), terminal);
                return success(QStringLiteral("Device commissioned successfully"));
            }
            terminal.insert(QStringLiteral("status"), QStringLiteral("inactive"));
            m_store.put(kTerminal, terminal.value(QStringLiteral("terminal_id")).toString(), terminal);
            return success(QStringLiteral("Device decommissioned successfully"));
        }
        return failure(404, QStringLiteral("Device not found"));
    }

    auto params = matchRoute(QStringLiteral("/terminal/:id/event/:event"), request.rawPath);
    if (!params)
        params = matchRoute(QStringLiteral("/terminal/:id/:what"), request.rawPath);
    if (!params)
        params = matchRoute(QStringLiteral("/terminal/:id"), request.rawPath);
    if (!params)
        return failure(404, QStringLiteral("The requested resource was not found"));
    const QString terminalId = params->value(QStringLiteral("id"));
    auto terminal = m_store.get(kTerminal, terminalId);
    if (!terminal)
        return failure(404, QStringLiteral("Terminal not found"));
    const QString what = params->value(QStringLiteral("what"));

    if (what.isEmpty() && !params->contains(QStringLiteral("event"))) {
        if (request.method == "GET")
            return success(QStringLiteral("Terminal retrieved successfully"), visible(*terminal));
        if (request.method == "PUT") {
            for (const char* key : {"name", "address"}) {
                if (body.contains(QLatin1String(key)))
                    terminal->insert(QLatin1String(key), body.value(QLatin1String(key)));
            }
            m_store.put(kTerminal, terminalId, *terminal);
            return success(QStringLiteral("Terminal Details updated"));
        }
    }
    if (what == u"presence" && request.method == "GET") {
        return success(
            QStringLiteral("Terminal status retrieved"),
            QJsonObject{{QStringLiteral("online"), terminal->value(QStringLiteral("_online")).toBool()},
                        {QStringLiteral("available"), terminal->value(QStringLiteral("_available")).toBool()}});
    }
    if (params->contains(QStringLiteral("event")) && request.method == "GET") {
        const auto event = m_store.get(kEvent, params->value(QStringLiteral("event")));
        if (!event || event->value(QStringLiteral("_terminal")).toString() != terminalId) {
            return HttpResponse::json(400,
                                      R"({"status":false,"message":"The push notification ID provided is invalid",)"
                                      R"("data":{"code":"INVALID_PUSH_ID"}})");
        }
        return success(QStringLiteral("Message Status Retrieved"),
                       QJsonObject{{QStringLiteral("delivered"), event->value(QStringLiteral("delivered")).toBool()}});
    }
    if (what == u"event" && request.method == "POST") {
        const QString type = body.value(QStringLiteral("type")).toString();
        const QString action = body.value(QStringLiteral("action")).toString();
        const QJsonObject data = body.value(QStringLiteral("data")).toObject();
        if (type.isEmpty() || action.isEmpty() || data.isEmpty())
            return missing(QStringLiteral("type, action and data are required"));
        const bool knownPair = (type == u"invoice" && (action == u"process" || action == u"view")) ||
                               (type == u"transaction" && (action == u"process" || action == u"print"));
        if (!knownPair)
            return invalid(QStringLiteral("Invalid event type or action"));
        const QString target = json::string(data.value(QStringLiteral("id")));
        if (type == u"invoice") {
            const auto invoice = m_store.get(kPaymentRequest, target);
            if (!invoice || invoice->value(QStringLiteral("archived")).toBool())
                return failure(404, QStringLiteral("Invoice not found"));
            if (invoice->value(QStringLiteral("paid")).toBool())
                return invalid(QStringLiteral("Invoice has already been paid"));
            if (action == u"process" && !terminal->value(QStringLiteral("_available")).toBool())
                return failure(400, QStringLiteral("Terminal is busy with another payment"));
        } else if (!m_store.get(kTransaction, target)) {
            return failure(404, QStringLiteral("Transaction not found"));
        }
        const QString eventId = hexId();
        m_store.put(kEvent, eventId,
                    {{QStringLiteral("id"), eventId},
                     {QStringLiteral("_terminal"), terminalId},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("delivered"), false},
                     {QStringLiteral("created_at"), now()}});
        if (type == u"invoice" && action == u"process") {
            terminal->insert(QStringLiteral("_available"), false);
            terminal->insert(QStringLiteral("_pending_request"), target);
            m_store.put(kTerminal, terminalId, *terminal);
        }
        // The device picks the event up a moment later, if it is online; deliverPending() runs again when it
        // comes back online.
        QTimer::singleShot(int(scaled(2000)), this, [this, terminalId] { deliverPending(terminalId); });
        return success(QStringLiteral("Event sent to Terminal"), QJsonObject{{QStringLiteral("id"), eventId}});
    }
    return failure(404, QStringLiteral("The requested resource was not found"));
}

void PaystackSandbox::deliverPending(const QString& terminalId)
{
    const auto terminal = m_store.get(kTerminal, terminalId);
    if (!terminal || !terminal->value(QStringLiteral("_online")).toBool())
        return;
    for (QJsonObject event : m_store.all(kEvent)) {
        if (event.value(QStringLiteral("_terminal")).toString() == terminalId &&
            !event.value(QStringLiteral("delivered")).toBool()) {
            event.insert(QStringLiteral("delivered"), true);
            m_store.put(kEvent, event.value(QStringLiteral("id")).toString(), event);
        }
    }
}

void PaystackSandbox::releaseTerminalsHolding(const QString& requestId)
{
    for (QJsonObject terminal : m_store.all(kTerminal)) {
        if (terminal.value(QStringLiteral("_pending_request")).toString() != requestId)
            continue;
        terminal.remove(QStringLiteral("_pending_request"));
        terminal.insert(QStringLiteral("_available"), true);
        m_store.put(kTerminal, terminal.value(QStringLiteral("terminal_id")).toString(), terminal);
    }
}

bool PaystackSandbox::tap(const QString& terminalId, bool approved, QString* error)
{
    auto terminal = m_store.get(kTerminal, terminalId);
    if (!terminal) {
        *error = QStringLiteral("Terminal not found");
        return false;
    }
    const QString requestId = terminal->value(QStringLiteral("_pending_request")).toString();
    auto invoice = m_store.get(kPaymentRequest, requestId);
    if (requestId.isEmpty() || !invoice || invoice->value(QStringLiteral("archived")).toBool()) {
        *error = QStringLiteral("No payment request is waiting on this terminal");
        return false;
    }
    bool delivered = false;
    for (const QJsonObject& event : m_store.all(kEvent)) {
        if (event.value(QStringLiteral("_terminal")).toString() == terminalId &&
            json::string(event.value(QStringLiteral("data")).toObject().value(QStringLiteral("id"))) == requestId)
            delivered = delivered || event.value(QStringLiteral("delivered")).toBool();
    }
    if (!delivered) {
        *error = QStringLiteral("The payment request has not reached the terminal yet (is it online?)");
        return false;
    }
    terminal->remove(QStringLiteral("_pending_request"));
    terminal->insert(QStringLiteral("_available"), true);
    m_store.put(kTerminal, terminalId, *terminal);

    const auto customer = findCustomer(QString::number(invoice->value(QStringLiteral("customer")).toInteger()));
    const qint64 amount = invoice->value(QStringLiteral("amount")).toInteger();
    const QString currency = invoice->value(QStringLiteral("currency")).toString();
    QJsonObject transaction = newTransaction(customer.value_or(QJsonObject()), amount, currency,
                                             QStringLiteral("pos_") + randomCode(10), QStringLiteral("pos"));
    transaction.insert(QStringLiteral("source"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("offline")},
                                   {QStringLiteral("source"), QStringLiteral("pos")},
                                   {QStringLiteral("entry_point"), QStringLiteral("pos_initialize")},
                                   {QStringLiteral("identifier"), terminalId}});
    transaction.insert(QStringLiteral("_payment_request"), requestId);
    if (!approved) {
        transaction.insert(QStringLiteral("status"), QStringLiteral("failed"));
        transaction.insert(QStringLiteral("gateway_response"), QStringLiteral("Declined"));
        transaction.insert(QStringLiteral("message"), QStringLiteral("Card declined"));
        m_store.put(kTransaction, QString::number(transaction.value(QStringLiteral("id")).toInteger()), transaction);
        QJsonObject failed = visible(*invoice);
        failed.insert(QStringLiteral("transaction"), visible(transaction));
        m_webhooks->send(QStringLiteral("invoice.payment_failed"), failed);
        return true;
    }
    // Terminal payments: string amount, metadata 0, the terminal in source.identifier, no request_code.
    succeedTransaction(transaction, QStringLiteral("pos"),
                       {{QStringLiteral("exp_month"), QJsonValue::Null},
                        {QStringLiteral("exp_year"), QJsonValue::Null},
                        {QStringLiteral("account_name"), QJsonValue::Null},
                        {QStringLiteral("receiver_bank_account_number"), QJsonValue::Null},
                        {QStringLiteral("receiver_bank"), QJsonValue::Null}},
                       QString::number(amount), 0);
    invoice->insert(QStringLiteral("status"), QStringLiteral("success"));
    invoice->insert(QStringLiteral("paid"), true);
    invoice->insert(QStringLiteral("_transaction"), transaction.value(QStringLiteral("id")));
    invoice->insert(QStringLiteral("paid_at"), now());
    m_store.put(kPaymentRequest, requestId, *invoice);
    QJsonObject paid = visible(*invoice);
    paid.remove(QStringLiteral("archived"));
    paid.insert(QStringLiteral("pdf_url"),
                QStringLiteral("%1/files/invoices/%2.pdf")
                    .arg(m_publicUrl.toString(), invoice->value(QStringLiteral("request_code")).toString()));
    m_webhooks->send(QStringLiteral("paymentrequest.success"), paid);
    return true;
}

} // namespace paydesk::sandbox
