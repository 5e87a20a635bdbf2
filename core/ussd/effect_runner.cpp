#include "ussd/effect_runner.h"

#include "airtime/airtime_catalog.h"
#include "airtime/airtime_provider.h"
#include "airtime/mobile_number.h"
#include "money/money.h"
#include "paystack/paystack_client.h"
#include "security/secret_store.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace paydesk::ussd {

// One effect in flight: its deadline, its single callback and its log line.
class EffectRunner::Job
{
  public:
    Effect effect;
    QString sessionId;
    QPointer<QObject> context;
    Done done;
    EffectRunner* runner = nullptr;
    QElapsedTimer clock;
    QTimer deadline;
    EffectLog log;
    bool finished = false;
    std::function<void()> cancel; // aborts what is in flight when the deadline passes

    void finish(const EffectResult& result, const QString& response)
    {
        if (finished)
            return;
        finished = true;
        deadline.stop();
        log.response = response;
        log.outcome = result.outcome;
        log.elapsedMs = clock.elapsed();
        emit runner->ran(log);
        if (context && done)
            QMetaObject::invokeMethod(
                context.data(), [callback = done, result] { callback(result); }, Qt::QueuedConnection);
        if (cancel)
            std::exchange(cancel, nullptr)();
    }
};

namespace {

EffectResult failure(const QString& message, const QJsonValue& response = QJsonValue::Undefined)
{
    return {EffectResult::Outcome::Failure, response, message, 0};
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

EffectRunner::EffectRunner(QNetworkAccessManager& network,
                           SecretStore& secrets,
                           PaystackClient* paystack,
                           airtime::AirtimeProvider* airtime,
                           QObject* parent)
    : QObject(parent), m_network(network), m_secrets(secrets), m_paystack(paystack), m_airtime(airtime)
{}

void EffectRunner::run(const Effect& effect, const Session& session, QObject* context, Done done)
{
    auto job = std::make_shared<Job>();
    job->effect = effect;
    job->sessionId = session.id;
    job->context = context;
    job->done = std::move(done);
    job->runner = this;
    job->clock.start();
    job->log.sessionId = session.id;
    job->log.screenId = effect.screenId;
    job->deadline.setSingleShot(true);
    QObject::connect(&job->deadline, &QTimer::timeout, this, [weak = std::weak_ptr<Job>(job)] {
        if (auto alive = weak.lock())
            alive->finish({EffectResult::Outcome::Timeout, QJsonValue::Undefined,
                           QStringLiteral("no answer within %1 s").arg(alive->effect.timeoutMs / 1000.0), 0},
                          QStringLiteral("(no answer before the deadline)"));
    });
    job->deadline.start(effect.timeoutMs);
    if (effect.kind == Effect::Kind::Http)
        http(job);
    else
        action(job);
}

void EffectRunner::http(const std::shared_ptr<Job>& job)
{
    const Effect& e = job->effect;
    QString described = QString::fromLatin1(e.method) + u' ' + e.url;
    for (const auto& [name, value] : e.headers)
        described += u'\n' + name + QStringLiteral(": ") + value;
    if (!e.authSecret.isEmpty())
        described += QStringLiteral("\nAuthorization: ") + e.authScheme + QStringLiteral(" <redacted>");
    if (!e.body.isEmpty())
        described += u'\n' + QString::fromUtf8(e.body);
    job->log.request = described;

    const QUrl url(e.url);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        job->finish(failure(QStringLiteral("bad address")),
                    QStringLiteral("not sent: \"%1\" is not an http(s) address").arg(e.url));
        return;
    }
    auto send = [this, job, url](const QByteArray& authorization) {
        if (job->finished)
            return;
        const Effect& call = job->effect;
        QNetworkRequest request(url);
        request.setTransferTimeout(call.timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("Accept", "application/json");
        for (const auto& [name, value] : call.headers)
            request.setRawHeader(name.toUtf8(), value.toUtf8());
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!call.contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        QNetworkReply* reply = m_network.sendCustomRequest(request, call.method, call.body);
        job->cancel = [reply = QPointer<QNetworkReply>(reply)] {
            if (reply && reply->isRunning())
                reply->abort();
        };
        QObject::connect(reply, &QNetworkReply::finished, this, [job, reply] {
            reply->deleteLater();
            if (job->finished)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            const QString shown = QStringLiteral("HTTP %1\n%2").arg(status).arg(QString::fromUtf8(body.left(4096)));
            if (status == 0) {
                job->finish(failure(QStringLiteral("no connection")),
                            QStringLiteral("no answer: %1").arg(reply->errorString()));
                return;
            }
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(body, &error);
            const QJsonValue json = document.isObject()  ? QJsonValue(document.object())
                                    : document.isArray() ? QJsonValue(document.array())
                                                         : QJsonValue(QJsonValue::Undefined);
            EffectResult result;
            result.httpStatus = status;
            result.response = json;
            if (status >= 200 && status < 300) {
                result.outcome = EffectResult::Outcome::Success;
            } else {
                result.outcome = EffectResult::Outcome::Failure;
                const QString message = json.toObject().value(u"message").toString();
                result.message = message.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : message;
            }
            job->finish(result, shown);
        });
    };
    if (e.authSecret.isEmpty()) {
        send({});
        return;
    }
    m_secrets.read(e.authSecret, this, [job, send](const SecretReadResult& secret) {
        if (!secret) {
            qCWarning(lcUssd) << "USSD API call without its secret" << job->effect.authSecret << ":"
                              << secret.error().message;
            job->finish(failure(QStringLiteral("service not configured")),
                        QStringLiteral("not sent: the secret \"%1\" is not set").arg(job->effect.authSecret));
            return;
        }
        send(job->effect.authScheme.toUtf8() + ' ' + secret->reveal());
    });
}

void EffectRunner::action(const std::shared_ptr<Job>& job)
{
    const Effect& e = job->effect;
    QJsonObject params;
    for (auto it = e.params.cbegin(); it != e.params.cend(); ++it)
        params.insert(it.key(), it.value());
    job->log.request = e.action + u' ' + compact(params);
    auto param = [&e](const char* name) { return e.params.value(QString::fromLatin1(name)); };
    const auto ngn = *Currency::fromCode(u"NGN");

    auto paystackDone = [job](auto&& toJson) {
        return [job, toJson](const auto& result) {
            if (!result) {
                const bool unknown = result.error().kind == PaystackError::Kind::OutcomeUnknown;
                job->finish({unknown ? EffectResult::Outcome::Timeout : EffectResult::Outcome::Failure,
                             QJsonValue::Undefined, result.error().message, 0},
                            QStringLiteral("failed: %1").arg(result.error().message));
                return;
            }
            const QJsonObject out = toJson(*result);
            const bool ok = !out.contains(u"ok") || out.value(u"ok").toBool();
            job->finish({ok ? EffectResult::Outcome::Success : EffectResult::Outcome::Failure, out,
                         out.value(u"message").toString(), 0},
                        compact(out));
        };
    };

    const bool paystackAction = e.action.startsWith(u"paystack.");
    if (paystackAction && !m_paystack) {
        job->finish(failure(QStringLiteral("Paystack is not configured")),
                    QStringLiteral("not run: no Paystack client"));
        return;
    }
    if (e.action == u"paystack.create_customer") {
        paystack::CustomerInput input;
        input.email = param("email");
        input.phone = param("phone");
        input.firstName = param("first_name");
        input.lastName = param("last_name");
        m_paystack->createCustomer(input, this, paystackDone([](const paystack::Customer& customer) {
                                       return QJsonObject{{QStringLiteral("customer_code"), customer.code},
                                                          {QStringLiteral("id"), QString::number(customer.id)},
                                                          {QStringLiteral("email"), customer.email}};
                                   }));
        return;
    }
    if (e.action == u"paystack.ussd_charge") {
        bool ok = false;
        const qint64 minor = param("amount").toLongLong(&ok);
        if (!ok || minor <= 0) {
            job->finish(failure(QStringLiteral("invalid amount")),
                        QStringLiteral("not run: amount \"%1\"").arg(param("amount")));
            return;
        }
        paystack::ChargeInput input;
        input.email = param("email");
        input.amount = Money::fromMinor(minor, ngn);
        input.reference = param("reference").isEmpty() ? e.idempotencyKey : param("reference");
        input.channel = paystack::ChargeInput::Channel::Ussd;
        input.ussdType = param("bank").isEmpty() ? QStringLiteral("737") : param("bank");
        input.metadata = {{QStringLiteral("ussd_session"), job->sessionId}};
        m_paystack->createCharge(input, this, paystackDone([reference = input.reference](const paystack::Charge& c) {
                                     return QJsonObject{
                                         {QStringLiteral("reference"), c.reference.isEmpty() ? reference : c.reference},
                                         {QStringLiteral("ussd_code"), c.ussdCode},
                                         {QStringLiteral("status"), c.status},
                                         {QStringLiteral("display_text"), c.displayText},
                                         {QStringLiteral("ok"), !c.ussdCode.isEmpty() || c.status == u"success"},
                                         {QStringLiteral("message"), c.message}};
                                 }));
        return;
    }
    if (e.action == u"paystack.verify_transaction") {
        m_paystack->verifyTransaction(param("reference"), this, paystackDone([](const paystack::Transaction& t) {
                                          return QJsonObject{
                                              {QStringLiteral("status"), t.statusText},
                                              {QStringLiteral("reference"), t.reference},
                                              {QStringLiteral("amount"), QString::number(t.amount.minorUnits())},
                                              {QStringLiteral("paid_at"), t.paidAt.toString(Qt::ISODate)}};
                                      }));
        return;
    }
    if (e.action == u"paystack.dedicated_account") {
        m_paystack->createDedicatedAccount(
            param("customer"), param("bank").isEmpty() ? QStringLiteral("test-bank") : param("bank"), this,
            paystackDone([](const paystack::DedicatedAccount& account) {
                return QJsonObject{{QStringLiteral("account_number"), account.accountNumber},
                                   {QStringLiteral("account_name"), account.accountName},
                                   {QStringLiteral("bank_name"), account.bankName}};
            }));
        return;
    }
    if (e.action == u"airtime.vend") {
        if (!m_airtime) {
            job->finish(failure(QStringLiteral("airtime is not configured")),
                        QStringLiteral("not run: no airtime provider"));
            return;
        }
        const auto catalog = airtime::AirtimeCatalog::current();
        const airtime::Network* network = catalog->network(param("network"));
        auto number = airtime::parseMobileNumber(param("phone"), *catalog, QStringLiteral("NG"));
        bool ok = false;
        const qint64 minor = param("amount").toLongLong(&ok);
        QString problem;
        if (!network || !network->sellable || !m_airtime->sells(*network))
            problem = QStringLiteral("network not sold");
        else if (!number)
            problem = QStringLiteral("invalid number");
        else if (!ok || minor <= 0)
            problem = QStringLiteral("invalid amount");
        else if (auto checked = catalog->checkAmount(*network, Money::fromMinor(minor, ngn)); !checked)
            problem = checked.error();
        if (!problem.isEmpty()) {
            job->finish(failure(problem), QStringLiteral("not run: %1").arg(problem));
            return;
        }
        airtime::VendRequest request;
        request.requestId = m_airtime->newRequestId(QDateTime::currentDateTimeUtc());
        request.service = network->providerService;
        request.phone = number->national;
        request.amount = Money::fromMinor(minor, ngn);
        job->log.request += QStringLiteral(" request_id=") + request.requestId;
        m_airtime->vend(request, this, [job, requestId = request.requestId](const airtime::ProviderAnswer& answer) {
            using Outcome = airtime::ProviderAnswer::Outcome;
            QString status;
            switch (answer.outcome) {
            case Outcome::Delivered:
                status = QStringLiteral("delivered");
                break;
            case Outcome::Failed:
            case Outcome::NotCharged:
            case Outcome::NotSent:
            case Outcome::NoRecord:
                status = QStringLiteral("failed");
                break;
            case Outcome::Pending:
            case Outcome::Unknown:
                status = QStringLiteral("pending");
                break;
            }
            const QJsonObject out{{QStringLiteral("status"), status},
                                  {QStringLiteral("request_id"), requestId},
                                  {QStringLiteral("code"), answer.code},
                                  {QStringLiteral("message"), answer.message}};
            job->finish({status == u"failed" ? EffectResult::Outcome::Failure : EffectResult::Outcome::Success, out,
                         answer.message, 0},
                        compact(out));
        });
        return;
    }
    job->finish(failure(QStringLiteral("unknown action")), QStringLiteral("not run: unknown action %1").arg(e.action));
}

} // namespace paydesk::ussd
