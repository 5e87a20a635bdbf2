#include "paystack/json_read.h"

#include <QJsonDocument>

namespace paydesk::json {

QString string(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        return whole != std::numeric_limits<qint64>::min() ? QString::number(whole) : QString::number(value.toDouble());
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

qint64 integer(const QJsonValue& value, qint64 fallback)
{
    if (value.isDouble())
        return value.toInteger(fallback);
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

std::optional<quint64> id(const QJsonValue& value)
{
    if (value.isObject())
        return id(value.toObject().value(QStringLiteral("id")));
    if (value.isDouble()) {
        const qint64 number = value.toInteger(-1);
        return number >= 0 ? std::optional<quint64>(quint64(number)) : std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const quint64 parsed = value.toString().trimmed().toULongLong(&ok);
        return ok ? std::optional<quint64>(parsed) : std::nullopt;
    }
    return std::nullopt;
}

MoneyResult amount(const QJsonValue& value, Currency currency)
{
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        if (whole == std::numeric_limits<qint64>::min())
            return MoneyError::TooManyDecimals;
        return Money::fromMinor(whole, currency);
    }
    if (value.isString())
        return Money::fromMinorString(value.toString(), currency);
    return MoneyError::Empty;
}

QJsonObject metadata(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject();
    if (value.isString()) {
        const QJsonDocument inner = QJsonDocument::fromJson(value.toString().toUtf8());
        if (inner.isObject())
            return inner.object();
    }
    return {};
}

QJsonObject objectOrId(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject();
    if (const auto number = id(value))
        return QJsonObject{{QStringLiteral("id"), qint64(*number)}};
    return {};
}

QDateTime time(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.toUTC();
}

bool flag(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toInteger(0) != 0;
    if (value.isString())
        return value.toString() == u"true" || value.toString() == u"1";
    return false;
}

QJsonValue either(const QJsonObject& object, const QString& first, const QString& second)
{
    const QJsonValue value = object.value(first);
    return value.isUndefined() || value.isNull() ? object.value(second) : value;
}

} // namespace paydesk::json
