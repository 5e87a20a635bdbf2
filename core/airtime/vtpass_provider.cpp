#include "airtime/vtpass_provider.h"

#include "security/secret_store.h"
#include "util/network_errors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

namespace paydesk::airtime {

namespace {

using Outcome = ProviderAnswer::Outcome;

ProviderAnswer answer(Outcome outcome, const QString& code, const QString& message, const QString& transactionId = {})
{
    return ProviderAnswer{outcome, code, message, transactionId, {}};
}

// content.transactions.status of a "000" answer.
Outcome fromStatus(const QString& status)
{
    if (status == u"delivered")
        return Outcome::Delivered;
    if (status == u"reversed" || status == u"failed")
        return Outcome::Failed;
    return Outcome::Pending; // initiated, pending, resolved, or anything new: ask again
}

} // namespace

VtpassProvider::VtpassProvider(QNetworkAccessManager& network, SecretStore& secrets, Options options, QObject* parent)
    : AirtimeProvider(parent), m_network(network), m_secrets(secrets), m_options(std::move(options))
{}

bool VtpassProvider::sells(const Network& network) const
{
    static const QStringList services{QStringLiteral("mtn"), QStringLiteral("glo"), QStringLiteral("airtel"),
                                      QStringLiteral("etisalat")};
    return network.sellable && network.country == u"NG" && services.contains(network.providerService);
}

QString VtpassProvider::newRequestId(const QDateTime& nowUtc) const
{
    // VTpass: at least 12 characters, the first 12 the current minute in Lagos time (UTC+1, no daylight saving).
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id = nowUtc.toTimeZone(QTimeZone(3600)).toString(QStringLiteral("yyyyMMddHHmm"));
    for (int i = 0; i < 16; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return id;
}

ProviderAnswer VtpassProvider::interpret(const QByteArray& body, int httpStatus, bool isRequery)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        if (httpStatus == 401 || httpStatus == 403)
            return answer(Outcome::NotCharged, {}, tr("VTpass refused the API keys."));
        return answer(Outcome::Unknown, {},
                      tr("VTpass gave an answer that is not JSON (HTTP %1); checking again.").arg(httpStatus));
    }
    const QJsonObject root = document.object();
    const QString code = root.value(QStringLiteral("code")).toVariant().toString();
    const QString description = root.value(QStringLiteral("response_description")).toString();
    const QJsonObject transaction =
        root.value(QStringLiteral("content")).toObject().value(QStringLiteral("transactions")).toObject();
    QString transactionId = root.value(QStringLiteral("transactionId")).toVariant().toString();
    if (transactionId.isEmpty())
        transactionId = transaction.value(QStringLiteral("transactionId")).toVariant().toString();
    // VTpass gives naira, as a number or as text with kobo as decimals: read through text, never as a binary
    // fraction in arithmetic.
    QJsonValue amountValue = transaction.value(QStringLiteral("amount"));
    if (amountValue.isUndefined() || amountValue.isNull())
        amountValue = root.value(QStringLiteral("amount"));
    const auto amount = Money::parse(amountValue.toVariant().toString(), Currency::ngn(), QLocale::c());
    const auto with = [&](Outcome outcome, const QString& message) {
        ProviderAnswer given = answer(outcome, code, message, transactionId);
        if (amount)
            given.amount = *amount;
        return given;
    };

    if (code == u"000") {
        const QString status = transaction.value(QStringLiteral("status")).toString();
        const Outcome outcome = fromStatus(status);
        if (outcome == Outcome::Delivered)
            return with(outcome, tr("Delivered."));
        if (outcome == Outcome::Failed)
            return with(outcome, tr("VTpass reversed the sale (%1).").arg(status));
        return with(outcome, tr("VTpass is processing it (%1).").arg(status.isEmpty() ? description : status));
    }
    if (code == u"099" || code == u"001" || code == u"044" || code == u"030")
        return with(Outcome::Pending, tr("VTpass is processing it (%1 %2).").arg(code, description));
    if (code == u"016")
        return with(Outcome::Failed, tr("VTpass says the sale failed (016)."));
    if (code == u"091")
        return with(Outcome::NotCharged, tr("VTpass did not process the sale (091)."));
    if (code == u"018")
        return with(Outcome::NotCharged, tr("The VTpass wallet is too low for this sale (018): fund it."));
    if (code == u"019")
        return with(Outcome::NotCharged,
                    tr("This number was topped up with the same network less than 30 seconds ago (019)."));
    if (code == u"087" || code == u"021" || code == u"022" || code == u"023" || code == u"024")
        return with(Outcome::NotCharged, tr("VTpass refused the account (%1 %2).").arg(code, description));
    if (code == u"010" || code == u"011" || code == u"012" || code == u"013" || code == u"017")
        return with(Outcome::NotCharged, tr("VTpass refused the request (%1 %2).").arg(code, description));
    if (code == u"014") // our id already exists: the first send got through; its requery says how it went
        return with(Outcome::Unknown, tr("VTpass already has this request; checking how it went."));
    if (code == u"015" && isRequery)
        return with(Outcome::NoRecord, tr("VTpass has no record of this request (015)."));
    return with(Outcome::Unknown,
                tr("VTpass answered %1 %2, which is not a final answer; checking again.").arg(code, description));
}

ProviderAnswer VtpassProvider::fromExchange(const Exchange& exchange, bool isRequery)
{
    if (exchange.nothingSent)
        return answer(Outcome::NotSent, {}, tr("VTpass cannot be reached (%1).").arg(exchange.transportError));
    if (exchange.timedOut)
        return answer(Outcome::Unknown, {}, tr("VTpass did not answer in time; checking again."));
    if (exchange.httpStatus == 0)
        return answer(Outcome::Unknown, {},
                      tr("The connection to VTpass broke (%1); checking again.").arg(exchange.transportError));
    return interpret(exchange.body, exchange.httpStatus, isRequery);
}

void VtpassProvider::vend(const VendRequest& request, QObject* context, AnswerCallback done)
{
    const QJsonObject body{
        {QStringLiteral("request_id"), request.requestId},
        {QStringLiteral("serviceID"), request.service},
        {QStringLiteral("amount"), request.amount.minorUnits() / request.amount.currency().minorPerMajor()},
        {QStringLiteral("phone"), request.phone}};
    send("POST", QStringLiteral("api/pay"), QJsonDocument(body).toJson(QJsonDocument::Compact),
         m_options.vendDeadlineMs, context,
         [done = std::move(done)](const Exchange& exchange) { done(fromExchange(exchange, false)); });
}

void VtpassProvider::requery(const QString& requestId, QObject* context, AnswerCallback done)
{
    const QJsonObject body{{QStringLiteral("request_id"), requestId}};
    send("POST", QStringLiteral("api/requery"), QJsonDocument(body).toJson(QJsonDocument::Compact),
         m_options.queryDeadlineMs, context,
         [done = std::move(done)](const Exchange& exchange) { done(fromExchange(exchange, true)); });
}

void VtpassProvider::balance(QObject* context, BalanceCallback done)
{
    send("GET", QStringLiteral("api/balance"), {}, m_options.queryDeadlineMs, context,
         [done = std::move(done)](const Exchange& exchange) {
             if (exchange.nothingSent || exchange.timedOut || exchange.httpStatus != 200) {
                 done(tr("VTpass's balance could not be read (%1).")
                          .arg(exchange.timedOut     ? tr("no answer in time")
                               : exchange.httpStatus ? QStringLiteral("HTTP %1").arg(exchange.httpStatus)
                                                     : exchange.transportError));
                 return;
             }
             const QJsonValue value = QJsonDocument::fromJson(exchange.body)
                                          .object()
                                          .value(QStringLiteral("contents"))
                                          .toObject()
                                          .value(QStringLiteral("balance"));
             // VTpass sends naira as a JSON number with kobo as decimals; read it through text, never as a
             // binary fraction in arithmetic.
             const auto naira = Money::parse(value.toVariant().toString(), Currency::ngn(), QLocale::c());
             if (!value.isDouble() || !naira) {
                 done(tr("VTpass's balance answer could not be read."));
                 return;
             }
             done(*naira);
         });
}

void VtpassProvider::send(const QByteArray& verb,
                          const QString& path,
                          const QByteArray& body,
                          int deadlineMs,
                          QObject* context,
                          ExchangeCallback done)
{
    const QString secondKey = verb == "GET" ? SecretKey::VtpassPublicKey : SecretKey::VtpassSecretKey;
    QPointer<QObject> guard(context);
    auto fail = [guard, done](const QString& why) {
        if (!guard)
            return;
        Exchange exchange;
        exchange.nothingSent = true;
        exchange.transportError = why;
        done(exchange);
    };
    m_secrets.read(SecretKey::VtpassApiKey, this, [=, this](const SecretReadResult& apiKey) {
        if (!apiKey || apiKey->isEmpty()) {
            fail(tr("the VTpass API key is not set"));
            return;
        }
        m_secrets.read(secondKey, this, [=, this](const SecretReadResult& otherKey) {
            if (!otherKey || otherKey->isEmpty()) {
                fail(tr("the VTpass secret or public key is not set"));
                return;
            }
            QNetworkRequest request(m_options.baseUrl.resolved(QUrl(path)));
            request.setRawHeader("api-key", apiKey->reveal());
            request.setRawHeader(verb == "GET" ? "public-key" : "secret-key", otherKey->reveal());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            request.setTransferTimeout(deadlineMs);
            QNetworkReply* reply = verb == "GET" ? m_network.get(request) : m_network.post(request, body);
            auto* deadline = new QTimer(reply);
            deadline->setSingleShot(true);
            auto timedOut = std::make_shared<bool>(false);
            connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
                *timedOut = true;
                reply->abort();
            });
            deadline->start(deadlineMs);
            connect(reply, &QNetworkReply::finished, this, [reply, guard, done, timedOut] {
                reply->deleteLater();
                if (!guard)
                    return;
                Exchange exchange;
                exchange.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->isOpen())
                    exchange.body = reply->readAll();
                exchange.timedOut = *timedOut || reply->error() == QNetworkReply::OperationCanceledError;
                exchange.nothingSent = !exchange.timedOut && nothingWasSent(reply->error());
                if (reply->error() != QNetworkReply::NoError && exchange.httpStatus == 0)
                    exchange.transportError = reply->errorString();
                done(exchange);
            });
        });
    });
}

} // namespace paydesk::airtime
