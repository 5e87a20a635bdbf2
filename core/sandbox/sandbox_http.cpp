#include "sandbox/sandbox_http.h"

#include "paystack/json_read.h"
#include "storage/sql.h"

#include <QJsonDocument>

namespace paydesk::sandbox {

QString now()
{
    return sql::isoUtc(QDateTime::currentDateTimeUtc());
}

HttpResponse envelope(int status, bool ok, const QString& message, const QJsonValue& data, const QJsonObject& meta)
{
    QJsonObject object{{QStringLiteral("status"), ok}, {QStringLiteral("message"), message}};
    if (!data.isUndefined())
        object.insert(QStringLiteral("data"), data);
    if (!meta.isEmpty())
        object.insert(QStringLiteral("meta"), meta);
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse success(const QString& message, const QJsonValue& data, const QJsonObject& meta)
{
    return envelope(200, true, message, data, meta);
}

HttpResponse failure(int status, const QString& message, const QString& type, const QString& code)
{
    QJsonObject object{{QStringLiteral("status"), false}, {QStringLiteral("message"), message}};
    if (!type.isEmpty())
        object.insert(QStringLiteral("type"), type);
    if (!code.isEmpty())
        object.insert(QStringLiteral("code"), code);
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Paystack's validation error: 400, type validation_error, a code and a next step.
HttpResponse invalid(const QString& message, const QString& code)
{
    QJsonObject object{{QStringLiteral("status"), false},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("meta"),
                        QJsonObject{{QStringLiteral("nextStep"),
                                     code == u"missing_params" ? QStringLiteral("Provide all required params")
                                                               : QStringLiteral("Ensure that all params are valid")}}},
                       {QStringLiteral("type"), QStringLiteral("validation_error")},
                       {QStringLiteral("code"), code}};
    return HttpResponse::json(400, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse missing(const QString& message)
{
    return invalid(message, QStringLiteral("missing_params"));
}

// Paystack's smallest amounts per currency, in minor units.
qint64 minimumAmount(const QString& currency)
{
    static const QHash<QString, qint64> minimums{{QStringLiteral("NGN"), 5000}, {QStringLiteral("USD"), 200},
                                                 {QStringLiteral("GHS"), 10},   {QStringLiteral("ZAR"), 100},
                                                 {QStringLiteral("KES"), 300},  {QStringLiteral("XOF"), 100}};
    return minimums.value(currency, -1);
}

// An integer amount in minor units from a number or a digit string; nullopt for anything else.
std::optional<qint64> integerAmount(const QJsonValue& value)
{
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(-1);
        return whole >= 0 ? std::optional<qint64>(whole) : std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok && parsed >= 0 ? std::optional<qint64>(parsed) : std::nullopt;
    }
    return std::nullopt;
}

// The public view of a stored object: fields starting with '_' are the emulator's own bookkeeping.
QJsonObject visible(QJsonObject object)
{
    for (const QString& key : object.keys()) {
        if (key.startsWith(u'_'))
            object.remove(key);
    }
    return object;
}

// Offset paging (page, perPage or per_page) or cursor paging (use_cursor, next, previous).
std::pair<QJsonArray, QJsonObject>
paginate(const QList<QJsonObject>& objects, const QUrlQuery& query, bool cursorByDefault)
{
    int perPage = query.queryItemValue(QStringLiteral("perPage")).toInt();
    if (perPage <= 0)
        perPage = query.queryItemValue(QStringLiteral("per_page")).toInt();
    if (perPage <= 0)
        perPage = 50;
    perPage = qMin(perPage, 1000);
    QJsonArray items;
    QJsonObject meta;
    const bool cursor = cursorByDefault || query.queryItemValue(QStringLiteral("use_cursor")) == u"true";
    if (cursor) {
        const QString next = query.queryItemValue(QStringLiteral("next"));
        const int start = next.isEmpty() ? 0 : QByteArray::fromBase64(next.toLatin1()).toInt();
        for (qsizetype i = start; i < objects.size() && items.size() < perPage; ++i)
            items.append(visible(objects.at(i)));
        const qsizetype end = start + items.size();
        meta.insert(QStringLiteral("next"), end < objects.size()
                                                ? QJsonValue(QString::fromLatin1(QByteArray::number(end).toBase64()))
                                                : QJsonValue(QJsonValue::Null));
        meta.insert(QStringLiteral("previous"),
                    start > 0 ? QJsonValue(QString::fromLatin1(QByteArray::number(qMax(0, start - perPage)).toBase64()))
                              : QJsonValue(QJsonValue::Null));
        meta.insert(QStringLiteral("perPage"), perPage);
        return {items, meta};
    }
    const int page = qMax(1, query.queryItemValue(QStringLiteral("page")).toInt());
    const qsizetype skipped = qsizetype(page - 1) * perPage;
    for (qsizetype i = skipped; i < objects.size() && items.size() < perPage; ++i)
        items.append(visible(objects.at(i)));
    meta = {{QStringLiteral("total"), qint64(objects.size())},
            {QStringLiteral("skipped"), qint64(skipped)},
            {QStringLiteral("perPage"), perPage},
            {QStringLiteral("page"), page},
            {QStringLiteral("pageCount"), qMax<qint64>(1, (objects.size() + perPage - 1) / perPage)}};
    return {items, meta};
}

bool withinPeriod(const QJsonObject& object, const QUrlQuery& query)
{
    const QDateTime created =
        json::time(json::either(object, QStringLiteral("created_at"), QStringLiteral("createdAt")));
    const QDateTime from = json::time(query.queryItemValue(QStringLiteral("from")));
    const QDateTime to = json::time(query.queryItemValue(QStringLiteral("to")));
    return (!from.isValid() || created >= from) && (!to.isValid() || created <= to);
}

QString html(const QString& title, const QString& body)
{
    return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}"
                          "button{font-size:1.1em;padding:.5em 1.2em;margin:.3em}.training{background:#f5b400;"
                          "padding:.4em;font-weight:bold;text-align:center}</style></head><body>"
                          "<div class=\"training\">paydesk-sandbox: no real money moves</div>%2</body></html>")
        .arg(title.toHtmlEscaped(), body);
}

} // namespace paydesk::sandbox
