#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// Defensive readers for Paystack's JSON, which is not consistent between endpoints and events: amounts come as
// numbers or numeric strings, metadata as 0, "", null, an object or a JSON string, customers as an id or an object,
// booleans as true or 1. Each reader accepts every documented shape and never crashes on the others.
namespace paydesk::json {

QString string(const QJsonValue& value);
// Integers sent as numbers or as digit strings; `fallback` for anything else.
qint64 integer(const QJsonValue& value, qint64 fallback = 0);
// 64-bit ids: a number, a digit string, or an object carrying "id".
std::optional<quint64> id(const QJsonValue& value);
// Minor units as a number or a decimal string ("5000", "5000.00").
MoneyResult amount(const QJsonValue& value, Currency currency);
QJsonObject metadata(const QJsonValue& value);
// An object, or {"id": n} when Paystack sent only the id.
QJsonObject objectOrId(const QJsonValue& value);
QDateTime time(const QJsonValue& value);
bool flag(const QJsonValue& value);
// The first present key's value: Paystack sends paid_at and paidAt, created_at and createdAt.
QJsonValue either(const QJsonObject& object, const QString& first, const QString& second);

} // namespace paydesk::json
