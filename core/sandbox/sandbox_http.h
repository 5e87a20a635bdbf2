#pragma once

#include "server/http_server.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// Paystack-shaped answers and the small readers every sandbox endpoint shares.
namespace paydesk::sandbox {

inline const QString kCustomer = QStringLiteral("customer");
inline const QString kPaymentRequest = QStringLiteral("paymentrequest");
inline const QString kTerminal = QStringLiteral("terminal");
inline const QString kEvent = QStringLiteral("terminal_event");
inline const QString kTransaction = QStringLiteral("transaction");
inline const QString kRefund = QStringLiteral("refund");
inline const QString kDedicatedAccount = QStringLiteral("dedicated_account");

QString now();
// {"status": ok, "message": ..., "data": ..., "meta": ...}
HttpResponse envelope(int status,
                      bool ok,
                      const QString& message,
                      const QJsonValue& data = QJsonValue::Undefined,
                      const QJsonObject& meta = {});
HttpResponse
success(const QString& message, const QJsonValue& data = QJsonValue::Undefined, const QJsonObject& meta = {});
HttpResponse failure(int status,
                     const QString& message,
                     const QString& type = QStringLiteral("api_error"),
                     const QString& code = QString());
// Paystack's validation error: 400, type validation_error, a code and a next step.
HttpResponse invalid(const QString& message, const QString& code = QStringLiteral("invalid_params"));
HttpResponse missing(const QString& message);
// Paystack's smallest amounts per currency, in minor units; -1 for a currency it does not take.
qint64 minimumAmount(const QString& currency);
// An integer amount in minor units from a number or a digit string; nullopt for anything else.
std::optional<qint64> integerAmount(const QJsonValue& value);
// The public view of a stored object: fields starting with '_' are the emulator's own bookkeeping.
QJsonObject visible(QJsonObject object);
// Offset paging (page, perPage or per_page) or cursor paging (use_cursor, next, previous).
std::pair<QJsonArray, QJsonObject>
paginate(const QList<QJsonObject>& objects, const QUrlQuery& query, bool cursorByDefault = false);
// The object's creation time is within the query's from/to.
bool withinPeriod(const QJsonObject& object, const QUrlQuery& query);
// A small page with the sandbox's banner.
QString html(const QString& title, const QString& body);

} // namespace paydesk::sandbox
