#include "ussd/gateway.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace paydesk::ussd::gateway {

namespace {

constexpr qsizetype MaxIdLength = 128;
constexpr qsizetype MaxTextLength = 1024;

// "+2348031234567", "2348031234567" → "+2348031234567"; nullopt when it is not a phone number (7 to 15 ASCII
// digits, as E.164 has them).
std::optional<QString> e164(const QString& phone)
{
    const QString trimmed = phone.trimmed();
    const bool plus = trimmed.startsWith(u'+');
    const QStringView digits = QStringView(trimmed).sliced(plus ? 1 : 0);
    if (digits.size() < 7 || digits.size() > 15)
        return std::nullopt;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return plus ? trimmed : u'+' + digits;
}

Result<Hop, QString>
cumulativeHop(Hop hop, const QString& sessionId, const QString& phone, const QString& code, const QString& text)
{
    if (sessionId.isEmpty() || sessionId.size() > MaxIdLength)
        return QStringLiteral("sessionId is missing or too long");
    const auto number = e164(phone);
    if (!number)
        return QStringLiteral("phoneNumber is not a phone number");
    const QStringView dialled = QStringView(code).trimmed(); // the shape splitDialString reads
    if (code.size() > 64 || dialled.size() < 3 || !dialled.startsWith(u'*') || !dialled.endsWith(u'#'))
        return QStringLiteral("serviceCode is not a USSD code");
    if (text.size() > MaxTextLength)
        return QStringLiteral("text is too long");
    hop.sessionId = sessionId;
    hop.phone = *number;
    hop.dialled = code;
    hop.kind = Hop::Kind::Dial;
    hop.cumulative = true;
    if (!text.isEmpty())
        hop.answers = text.split(u'*');
    return hop;
}

// Named fields of an application/x-www-form-urlencoded body, read in one pass: '+' is a space, then
// percent-decoding, then UTF-8; the first of repeated fields wins. QUrlQuery does the same through QUrl's general
// machinery at several times the cost, on every hop.
template <qsizetype N>
std::array<QString, N> formFields(QByteArrayView body, const std::array<QByteArrayView, N>& names)
{
    std::array<QString, N> values;
    std::array<bool, N> seen{};
    auto escaped = [](QByteArrayView raw) { return raw.contains('%') || raw.contains('+'); };
    auto decode = [](QByteArrayView raw) {
        QByteArray text = raw.toByteArray();
        text.replace('+', ' ');
        return QByteArray::fromPercentEncoding(text);
    };
    while (!body.isEmpty()) {
        const qsizetype end = body.indexOf('&');
        const QByteArrayView pair = end < 0 ? body : body.first(end);
        body = end < 0 ? QByteArrayView() : body.sliced(end + 1);
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView rawKey = equals < 0 ? pair : pair.first(equals);
        const QByteArray escapedKey = escaped(rawKey) ? decode(rawKey) : QByteArray();
        const QByteArrayView key = escapedKey.isNull() ? rawKey : QByteArrayView(escapedKey);
        for (qsizetype i = 0; i < N; ++i) {
            if (!seen[i] && key == names[i]) {
                seen[i] = true;
                const QByteArrayView value = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);
                values[i] = escaped(value) ? QString::fromUtf8(decode(value)) : QString::fromUtf8(value);
            }
        }
    }
    return values;
}

QJsonObject bodyObject(const HttpRequest& request, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("the body is not a JSON object");
        return {};
    }
    return document.object();
}

} // namespace

Result<Hop, QString> parseAfricasTalking(const HttpRequest& request)
{
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return QStringLiteral("expected a form (application/x-www-form-urlencoded)");
    auto [sessionId, phoneNumber, serviceCode, text, networkCode] =
        formFields<5>(request.body, {"sessionId", "phoneNumber", "serviceCode", "text", "networkCode"});
    Hop hop;
    hop.gateway = QStringLiteral("at");
    hop.network = networkCode;
    return cumulativeHop(hop, sessionId, phoneNumber.replace(u' ', u'+'), serviceCode, text);
}

HttpResponse africasTalking(const Reply& reply)
{
    return HttpResponse::text(200, (reply.end ? QByteArrayLiteral("END ") : QByteArrayLiteral("CON ")) +
                                       reply.text.toUtf8());
}

HttpResponse africasTalkingError(const QString& message)
{
    return HttpResponse::text(400, "END " + message.toUtf8());
}

Result<Hop, QString> parseHubtel(const HttpRequest& request)
{
    QString error;
    const QJsonObject body = bodyObject(request, &error);
    if (!error.isEmpty())
        return error;
    Hop hop;
    hop.gateway = QStringLiteral("hubtel");
    hop.sessionId = body.value(u"SessionId").toString();
    if (hop.sessionId.isEmpty() || hop.sessionId.size() > MaxIdLength)
        return QStringLiteral("SessionId is missing or too long");
    const auto number = e164(body.value(u"Mobile").toString());
    if (!number)
        return QStringLiteral("Mobile is not a phone number");
    hop.phone = *number;
    hop.network = body.value(u"Operator").toString();
    const QString type = body.value(u"Type").toString();
    const QString message = body.value(u"Message").toString();
    if (message.size() > MaxTextLength)
        return QStringLiteral("Message is too long");
    if (type.compare(u"Initiation", Qt::CaseInsensitive) == 0) {
        hop.kind = Hop::Kind::Dial;
        // The whole dialled string, dial-through included ("*714*5*100#").
        hop.dialled = message;
        if (splitDialString(hop.dialled).first.isEmpty())
            return QStringLiteral("Message of an Initiation is not a USSD code");
    } else if (type.compare(u"Response", Qt::CaseInsensitive) == 0) {
        hop.kind = Hop::Kind::Answer;
        hop.input = message;
    } else if (type.compare(u"Release", Qt::CaseInsensitive) == 0) {
        hop.kind = Hop::Kind::Release;
    } else if (type.compare(u"Timeout", Qt::CaseInsensitive) == 0) {
        hop.kind = Hop::Kind::Timeout;
    } else {
        return QStringLiteral("Type must be Initiation, Response, Release or Timeout");
    }
    return hop;
}

HttpResponse hubtel(const Reply& reply)
{
    const QJsonObject body{{QStringLiteral("Type"), reply.end ? QStringLiteral("Release") : QStringLiteral("Response")},
                           {QStringLiteral("Message"), reply.text},
                           {QStringLiteral("ClientState"), QString()}};
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse hubtelError(const QString& message)
{
    const QJsonObject body{{QStringLiteral("Type"), QStringLiteral("Release")}, {QStringLiteral("Message"), message}};
    return HttpResponse::json(400, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<Hop, QString> parseJson(const HttpRequest& request)
{
    QString error;
    const QJsonObject body = bodyObject(request, &error);
    if (!error.isEmpty())
        return error;
    for (const char* name : {"sessionId", "phoneNumber", "serviceCode"}) {
        if (!body.value(QLatin1String(name)).isString())
            return QStringLiteral("%1 must be a string").arg(QLatin1String(name));
    }
    if (!body.value(u"text").isString() && !body.value(u"text").isUndefined() && !body.value(u"text").isNull())
        return QStringLiteral("text must be a string");
    Hop hop;
    hop.gateway = QStringLiteral("json");
    hop.network = body.value(u"networkCode").toString();
    return cumulativeHop(hop, body.value(u"sessionId").toString(), body.value(u"phoneNumber").toString(),
                         body.value(u"serviceCode").toString(), body.value(u"text").toString());
}

HttpResponse json(const Reply& reply)
{
    const QJsonObject body{
        {QStringLiteral("responseType"), reply.end ? QStringLiteral("notification") : QStringLiteral("input")},
        {QStringLiteral("message"), reply.text}};
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse jsonError(const QString& message)
{
    const QJsonObject body{{QStringLiteral("responseType"), QStringLiteral("notification")},
                           {QStringLiteral("message"), message}};
    return HttpResponse::json(400, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace paydesk::ussd::gateway
