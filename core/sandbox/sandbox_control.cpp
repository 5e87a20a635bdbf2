// The sandbox's control API under /_sandbox/: what a trainer or a test does in place of a customer or a network.
#include "sandbox/paystack_sandbox.h"
#include "sandbox/route.h"
#include "sandbox/sandbox_http.h"

namespace paydesk::sandbox {

HttpResponse PaystackSandbox::control(Call& call)
{
    const HttpRequest& request = call.request;
    const QJsonObject& body = call.body;
    const QString outcome = body.value(QStringLiteral("outcome")).toString();

    if (request.path.startsWith(u"/_sandbox/vtpass/"))
        return m_vtpass->control(request.method, request.path, body);
    if (request.method == "GET" && matchRoute(QStringLiteral("/_sandbox/health"), request.rawPath))
        return success(QStringLiteral("paydesk-sandbox is running"));
    if (request.method == "GET" && matchRoute(QStringLiteral("/_sandbox/webhooks"), request.rawPath))
        return success(QStringLiteral("Webhook deliveries"), m_webhooks->deliveries());

    if (auto params = matchRoute(QStringLiteral("/_sandbox/terminals/:id/tap"), request.rawPath);
        params && request.method == "POST") {
        if (outcome != u"success" && outcome != u"declined")
            return invalid(QStringLiteral("outcome must be \"success\" or \"declined\""));
        QString error;
        if (!tap(params->value(QStringLiteral("id")), outcome == u"success", &error))
            return failure(409, error);
        return success(outcome == u"success" ? QStringLiteral("Card tapped: payment approved")
                                             : QStringLiteral("Card tapped: payment declined"));
    }
    if (auto params = matchRoute(QStringLiteral("/_sandbox/terminals/:id/presence"), request.rawPath);
        params && request.method == "POST") {
        const QString terminalId = params->value(QStringLiteral("id"));
        auto terminal = m_store.get(kTerminal, terminalId);
        if (!terminal)
            return failure(404, QStringLiteral("Terminal not found"));
        if (!body.value(QStringLiteral("online")).isBool() || !body.value(QStringLiteral("available")).isBool())
            return invalid(QStringLiteral("online and available must be true or false"));
        terminal->insert(QStringLiteral("_online"), body.value(QStringLiteral("online")).toBool());
        terminal->insert(QStringLiteral("_available"), body.value(QStringLiteral("available")).toBool());
        m_store.put(kTerminal, terminalId, *terminal);
        deliverPending(terminalId);
        return success(QStringLiteral("Terminal presence set"));
    }
    if (auto params = matchRoute(QStringLiteral("/_sandbox/charges/:reference/complete"), request.rawPath);
        params && request.method == "POST") {
        if (outcome != u"success" && outcome != u"failed")
            return invalid(QStringLiteral("outcome must be \"success\" or \"failed\""));
        auto transaction = findTransaction(params->value(QStringLiteral("reference")));
        if (!transaction)
            return failure(404, QStringLiteral("Charge not found"));
        const QString status = transaction->value(QStringLiteral("status")).toString();
        if (status != u"pending" && status != u"abandoned")
            return failure(409, QStringLiteral("The charge is already %1").arg(status));
        const QString channel = transaction->value(QStringLiteral("channel")).toString();
        if (outcome == u"success") {
            // Offline channels (USSD, mobile money, transfer): no card details, metadata "" as Paystack sends it.
            succeedTransaction(
                *transaction, channel,
                {{QStringLiteral("authorization_code"), QString(QStringLiteral("AUTH_") + randomCode(10))},
                 {QStringLiteral("channel"), channel},
                 {QStringLiteral("card_type"), QStringLiteral("offline")},
                 {QStringLiteral("brand"), QStringLiteral("offline")},
                 {QStringLiteral("bank"), QStringLiteral("Guaranty Trust Bank")},
                 {QStringLiteral("country_code"), QStringLiteral("NG")},
                 {QStringLiteral("reusable"), false}},
                transaction->value(QStringLiteral("amount")), QString());
        } else {
            transaction->insert(QStringLiteral("status"), QStringLiteral("failed"));
            transaction->insert(QStringLiteral("message"), QStringLiteral("Insufficient funds"));
            transaction->insert(QStringLiteral("gateway_response"), QStringLiteral("Insufficient funds"));
            m_store.put(kTransaction, QString::number(transaction->value(QStringLiteral("id")).toInteger()),
                        *transaction);
        }
        return success(QStringLiteral("Charge completed: %1").arg(outcome));
    }
    if (matchRoute(QStringLiteral("/_sandbox/faults"), request.rawPath)) {
        if (request.method == "DELETE") {
            m_faults.clear();
            m_webhooks->clearFaults();
            return success(QStringLiteral("Faults cleared"));
        }
        if (request.method == "GET") {
            QJsonArray faults;
            for (const Fault& fault : std::as_const(m_faults)) {
                faults.append(QJsonObject{{QStringLiteral("path"), fault.pathPrefix},
                                          {QStringLiteral("mode"), fault.mode},
                                          {QStringLiteral("remaining"), fault.remaining}});
            }
            return success(QStringLiteral("Faults"), faults);
        }
        const int count = body.value(QStringLiteral("count")).toInt(1);
        if (count < 1)
            return invalid(QStringLiteral("count must be at least 1"));
        if (body.contains(QStringLiteral("webhooks"))) {
            static const QHash<QString, WebhookDispatcher::Fault> kinds{
                {QStringLiteral("duplicate"), WebhookDispatcher::Fault::Duplicate},
                {QStringLiteral("out_of_order"), WebhookDispatcher::Fault::OutOfOrder},
                {QStringLiteral("late"), WebhookDispatcher::Fault::Late},
                {QStringLiteral("bad_signature"), WebhookDispatcher::Fault::BadSignature}};
            const QString kind = body.value(QStringLiteral("webhooks")).toString();
            if (!kinds.contains(kind))
                return invalid(QStringLiteral("webhooks must be duplicate, out_of_order, late or bad_signature"));
            m_webhooks->injectFault(kinds.value(kind), count, body.value(QStringLiteral("delay_ms")).toInt(30000));
            return success(QStringLiteral("Webhook fault set"));
        }
        const QString path = body.value(QStringLiteral("path")).toString();
        const QString mode = body.value(QStringLiteral("mode")).toString();
        if (!path.startsWith(u'/'))
            return invalid(QStringLiteral("path must start with /"));
        if (!QStringList{QStringLiteral("500"), QStringLiteral("html"), QStringLiteral("hang"), QStringLiteral("drop")}
                 .contains(mode))
            return invalid(QStringLiteral("mode must be 500, html, hang or drop"));
        m_faults.append({path, mode, count});
        return success(QStringLiteral("Fault set"));
    }
    return failure(404, QStringLiteral("Unknown control endpoint; see docs/sandbox.md"));
}

} // namespace paydesk::sandbox
