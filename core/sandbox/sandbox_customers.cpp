// The sandbox's /customer endpoints.
#include "paystack/json_read.h"
#include "sandbox/paystack_sandbox.h"
#include "sandbox/route.h"
#include "sandbox/sandbox_http.h"

namespace paydesk::sandbox {

std::optional<QJsonObject> PaystackSandbox::findCustomer(const QString& idEmailOrCode) const
{
    for (const QJsonObject& customer : m_store.all(kCustomer)) {
        if (QString::number(customer.value(QStringLiteral("id")).toInteger()) == idEmailOrCode ||
            customer.value(QStringLiteral("customer_code")).toString() == idEmailOrCode ||
            customer.value(QStringLiteral("email")).toString().compare(idEmailOrCode, Qt::CaseInsensitive) == 0)
            return customer;
    }
    return std::nullopt;
}

QJsonObject PaystackSandbox::newCustomer(const QString& email, const QJsonObject& details)
{
    const qint64 id = m_store.next(kCustomer, 1173);
    QJsonObject customer{{QStringLiteral("email"), email.toLower()},
                         {QStringLiteral("metadata"), json::metadata(details.value(QStringLiteral("metadata")))},
                         {QStringLiteral("integration"), m_options.integrationId},
                         {QStringLiteral("domain"), domain()},
                         {QStringLiteral("customer_code"), QString(QStringLiteral("CUS_") + randomCode(15))},
                         {QStringLiteral("id"), id},
                         {QStringLiteral("risk_action"), QStringLiteral("default")},
                         {QStringLiteral("identified"), false},
                         {QStringLiteral("identifications"), QJsonValue::Null},
                         {QStringLiteral("createdAt"), now()},
                         {QStringLiteral("updatedAt"), now()}};
    for (const char* key : {"first_name", "last_name", "phone"}) {
        const QJsonValue given = details.value(QLatin1String(key));
        customer.insert(QLatin1String(key), given.isString() ? given : QJsonValue(QJsonValue::Null));
    }
    m_store.put(kCustomer, QString::number(id), customer);
    return customer;
}

QJsonObject PaystackSandbox::customerSummary(const QJsonObject& customer) const
{
    QJsonObject summary;
    for (const char* key :
         {"id", "first_name", "last_name", "email", "customer_code", "phone", "metadata", "risk_action"})
        summary.insert(QLatin1String(key), customer.value(QLatin1String(key)));
    summary.insert(QStringLiteral("international_format_phone"), customer.value(QStringLiteral("phone")));
    return summary;
}

HttpResponse PaystackSandbox::customers(Call& call)
{
    const HttpRequest& request = call.request;
    const QJsonObject& body = call.body;
    if (request.method == "POST" && matchRoute(QStringLiteral("/customer"), request.rawPath)) {
        const QString email = body.value(QStringLiteral("email")).toString().trimmed();
        if (email.isEmpty())
            return missing(QStringLiteral("Email Address is required"));
        if (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@'))
            return invalid(QStringLiteral("Invalid Email Address Passed"));
        if (auto existing = findCustomer(email))
            return success(QStringLiteral("Customer created"), visible(*existing));
        const QJsonObject customer = newCustomer(email, body);
        QJsonObject created = customer;
        created.insert(QStringLiteral("transactions"), QJsonArray());
        created.insert(QStringLiteral("subscriptions"), QJsonArray());
        created.insert(QStringLiteral("authorizations"), QJsonArray());
        return success(QStringLiteral("Customer created"), created);
    }
    if (request.method == "GET" && matchRoute(QStringLiteral("/customer"), request.rawPath)) {
        QList<QJsonObject> all;
        for (const QJsonObject& customer : m_store.all(kCustomer)) {
            if (withinPeriod(customer, request.query))
                all << customer;
        }
        const auto [items, meta] = paginate(all, request.query);
        return success(QStringLiteral("Customers retrieved"), items, meta);
    }
    if (auto params = matchRoute(QStringLiteral("/customer/:key"), request.rawPath)) {
        auto customer = findCustomer(params->value(QStringLiteral("key")));
        if (!customer)
            return failure(404, QStringLiteral("Customer not found"));
        if (request.method == "GET") {
            QJsonObject view = visible(*customer);
            qint64 count = 0;
            qint64 value = 0;
            for (const QJsonObject& transaction : m_store.all(kTransaction)) {
                if (transaction.value(QStringLiteral("_customer")).toInteger() ==
                        customer->value(QStringLiteral("id")).toInteger() &&
                    transaction.value(QStringLiteral("status")).toString() == u"success") {
                    ++count;
                    value += transaction.value(QStringLiteral("amount")).toInteger();
                }
            }
            view.insert(QStringLiteral("authorizations"), QJsonArray());
            view.insert(QStringLiteral("total_transactions"), count);
            view.insert(QStringLiteral("total_transaction_value"),
                        QJsonArray{QJsonObject{{QStringLiteral("currency"), QStringLiteral("NGN")},
                                               {QStringLiteral("amount"), value}}});
            view.insert(QStringLiteral("dedicated_account"), QJsonValue::Null);
            return success(QStringLiteral("Customer retrieved"), view);
        }
        if (request.method == "PUT") {
            for (const char* key : {"first_name", "last_name", "phone"}) {
                if (call.body.contains(QLatin1String(key)))
                    customer->insert(QLatin1String(key), call.body.value(QLatin1String(key)));
            }
            if (call.body.contains(QStringLiteral("metadata")))
                customer->insert(QStringLiteral("metadata"),
                                 json::metadata(call.body.value(QStringLiteral("metadata"))));
            customer->insert(QStringLiteral("updatedAt"), now());
            m_store.put(kCustomer, QString::number(customer->value(QStringLiteral("id")).toInteger()), *customer);
            return success(QStringLiteral("Customer updated"), visible(*customer));
        }
    }
    return failure(404, QStringLiteral("The requested resource was not found"));
}

} // namespace paydesk::sandbox
