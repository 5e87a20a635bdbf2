#include "sandbox/paystack_sandbox.h"

#include "money/money.h"
#include "paystack/json_read.h"
#include "sandbox/route.h"
#include "sandbox/sandbox_http.h"
#include "storage/sql.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <openssl/crypto.h>

namespace paydesk::sandbox {

PaystackSandbox::PaystackSandbox(QNetworkAccessManager& network, Options options, QObject* parent)
    : QObject(parent), m_network(network), m_options(std::move(options))
{
    m_webhooks = std::make_unique<WebhookDispatcher>(
        m_network, WebhookDispatcher::Options{m_options.webhookUrl, m_options.secretKey, m_options.timeScale, 30000},
        this);
    m_options.vtpass.timeScale = m_options.timeScale;
    m_vtpass = std::make_unique<VtpassSandbox>(m_store, m_options.vtpass, this);
    m_loans = std::make_unique<LoansSandbox>(m_store, m_options.loans);
}

PaystackSandbox::~PaystackSandbox() = default;

Status<QString> PaystackSandbox::open()
{
    if (!m_options.dataFile.isEmpty()) {
        if (auto opened = m_store.open(m_options.dataFile); !opened)
            return opened.error().message;
    }
    int serial = 0;
    for (const QString& terminalId : std::as_const(m_options.terminals)) {
        ++serial;
        if (m_store.get(kTerminal, terminalId))
            continue;
        m_store.put(kTerminal, terminalId,
                    {{QStringLiteral("id"), m_store.next(QStringLiteral("terminal"), 30)},
                     {QStringLiteral("serial_number"), QStringLiteral("0333015041%1").arg(serial, 9, 10, QChar(u'0'))},
                     {QStringLiteral("device_make"), QJsonValue::Null},
                     {QStringLiteral("terminal_id"), terminalId},
                     {QStringLiteral("integration"), m_options.integrationId},
                     {QStringLiteral("domain"), domain()},
                     {QStringLiteral("name"), QStringLiteral("Sandbox Terminal %1").arg(serial)},
                     {QStringLiteral("address"), QJsonValue::Null},
                     {QStringLiteral("status"), QStringLiteral("active")},
                     {QStringLiteral("_online"), true},
                     {QStringLiteral("_available"), true}});
    }
    return {};
}

QString PaystackSandbox::domain() const
{
    return m_options.secretKey.reveal().startsWith("sk_live_") ? QStringLiteral("live") : QStringLiteral("test");
}

qint64 PaystackSandbox::scaled(qint64 paystackMilliseconds) const
{
    return paystackMilliseconds / qMax(1, m_options.timeScale);
}

QString PaystackSandbox::randomCode(int length) const
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString code;
    for (int i = 0; i < length; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return code;
}

void PaystackSandbox::handle(const HttpRequest& request, HttpResponder responder)
{
    const bool api = !request.path.startsWith(u"/_sandbox") && !request.path.startsWith(u"/checkout");
    QString faultMode;
    if (api) {
        for (Fault& fault : m_faults) {
            if (fault.remaining > 0 && request.path.startsWith(fault.pathPrefix)) {
                --fault.remaining;
                faultMode = fault.mode;
                break;
            }
        }
    }
    if (faultMode == u"hang") {
        qCInfo(lcSandbox) << "fault: hanging" << request.method << request.path;
        return; // the responder is dropped unanswered: the client waits until it gives up
    }
    if (faultMode == u"500") {
        responder.respond(failure(500, QStringLiteral("An error occurred"), QString()));
        return;
    }
    if (faultMode == u"html") {
        HttpResponse page = HttpResponse::text(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
        page.contentType = "text/html";
        responder.respond(page);
        return;
    }

    if (request.path.startsWith(u"/api/")) {
        m_vtpass->handle(request, std::move(responder));
        return;
    }

    Call call{request, {}};
    HttpResponse response;
    if (request.method == "POST" || request.method == "PUT") {
        const QByteArray type = request.header("content-type");
        if (type.startsWith("application/x-www-form-urlencoded")) {
            const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
            for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded))
                call.body.insert(key, value);
        } else if (!request.body.trimmed().isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                responder.respond(invalid(QStringLiteral("Invalid JSON body: %1").arg(error.errorString())));
                return;
            }
            call.body = document.object();
        }
    }
    response = route(call);
    qCDebug(lcSandbox) << request.method << request.path << response.status;
    if (faultMode == u"drop") {
        qCInfo(lcSandbox) << "fault: done, then dropping the connection" << request.method << request.path;
        response = HttpResponse::drop();
    }
    responder.respond(response);
}

HttpResponse PaystackSandbox::route(Call& call)
{
    const QString& path = call.request.path;
    if (path.startsWith(u"/_sandbox/"))
        return control(call);
    if (path.startsWith(u"/checkout/"))
        return checkout(call);
    if (path.startsWith(u"/loans/"))
        return m_loans->handle(call.request, call.body);

    // Bearer authentication, with Paystack's three messages.
    const QByteArray authorization = call.request.header("authorization");
    if (authorization.isEmpty())
        return failure(401, QStringLiteral("No Authorization Header was found"), QString());
    if (!authorization.startsWith("Bearer "))
        return failure(401, QStringLiteral("Format is Authorization Bearer [secret key]"), QString());
    const QByteArray key = authorization.mid(7).trimmed();
    const QByteArray& expected = m_options.secretKey.reveal();
    if (key.size() != expected.size() || CRYPTO_memcmp(key.constData(), expected.constData(), size_t(key.size())) != 0)
        return failure(401, QStringLiteral("Invalid key"), QString());

    const QString first = path.section(u'/', 1, 1);
    if (first == u"customer")
        return customers(call);
    if (first == u"paymentrequest")
        return paymentRequests(call);
    if (first == u"terminal")
        return terminals(call);
    if (first == u"transaction")
        return transactions(call);
    if (first == u"charge")
        return charges(call);
    if (first == u"dedicated_account")
        return dedicatedAccounts(call);
    if (first == u"bank")
        return banks(call);
    if (first == u"refund")
        return refunds(call);
    return failure(404, QStringLiteral("The requested resource was not found"), QString());
}

} // namespace paydesk::sandbox
