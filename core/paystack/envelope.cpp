#include "paystack/envelope.h"

#include "paystack/json_read.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace paydesk {

namespace {

PaystackError::Kind kindFor(int httpStatus, const QString& type)
{
    if (httpStatus == 401)
        return PaystackError::Kind::Unauthorized;
    if (httpStatus == 404)
        return PaystackError::Kind::NotFound;
    if (httpStatus == 429)
        return PaystackError::Kind::RateLimited;
    if (httpStatus >= 500)
        return PaystackError::Kind::Server;
    if (type == u"validation_error" || httpStatus == 400)
        return PaystackError::Kind::Validation;
    if (type == u"processor_error")
        return PaystackError::Kind::Processor;
    return PaystackError::Kind::Api;
}

} // namespace

PageMeta Envelope::page() const
{
    PageMeta page;
    page.total = json::integer(meta.value(QStringLiteral("total")), -1);
    page.skipped = json::integer(meta.value(QStringLiteral("skipped")), 0);
    page.perPage = int(json::integer(meta.value(QStringLiteral("perPage")), 0));
    page.page = int(json::integer(meta.value(QStringLiteral("page")), 0));
    page.pageCount = int(json::integer(meta.value(QStringLiteral("pageCount")), 0));
    page.next = json::string(meta.value(QStringLiteral("next")));
    page.previous = json::string(meta.value(QStringLiteral("previous")));
    page.totalVolume = json::integer(meta.value(QStringLiteral("total_volume")), -1);
    return page;
}

Result<Envelope, PaystackError> parseEnvelope(int httpStatus, const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        PaystackError error;
        error.kind = httpStatus >= 500   ? PaystackError::Kind::Server
                     : httpStatus == 429 ? PaystackError::Kind::RateLimited
                                         : PaystackError::Kind::BadResponse;
        error.httpStatus = httpStatus;
        error.message =
            body.trimmed().startsWith('<')
                ? QCoreApplication::translate("Paystack", "an HTML page instead of JSON, HTTP %1").arg(httpStatus)
                : QCoreApplication::translate("Paystack", "not a JSON object, HTTP %1").arg(httpStatus);
        return error;
    }
    const QJsonObject object = document.object();
    Envelope envelope;
    envelope.status = object.value(QStringLiteral("status")).toBool(false);
    envelope.message = json::string(object.value(QStringLiteral("message")));
    envelope.data = object.value(QStringLiteral("data"));
    envelope.meta = object.value(QStringLiteral("meta")).toObject();

    const bool httpOk = httpStatus >= 200 && httpStatus < 300;
    if (httpOk && envelope.status)
        return envelope;

    PaystackError error;
    error.httpStatus = httpStatus;
    error.message = envelope.message;
    error.type = json::string(object.value(QStringLiteral("type")));
    error.code = json::string(object.value(QStringLiteral("code")));
    if (error.code.isEmpty())
        error.code = json::string(envelope.data.toObject().value(QStringLiteral("code")));
    error.nextStep = json::string(envelope.meta.value(QStringLiteral("nextStep")));
    error.data = envelope.data;
    error.kind = kindFor(httpStatus, error.type);
    if (httpOk && !object.contains(QStringLiteral("status"))) {
        error.kind = PaystackError::Kind::BadResponse;
        error.message = QCoreApplication::translate("Paystack", "the answer has no status");
    }
    return error;
}

} // namespace paydesk
