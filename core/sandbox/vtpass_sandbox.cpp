#include "sandbox/vtpass_sandbox.h"

#include "sandbox/sandbox_http.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <openssl/crypto.h>

namespace paydesk::sandbox {

namespace {

const QString kSale = QStringLiteral("vtpass_sale");

HttpResponse vtpass(const QString& code, const QString& description, const QJsonObject& extra = {}, int status = 200)
{
    QJsonObject object{{QStringLiteral("code"), code}, {QStringLiteral("response_description"), description}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool sameKey(const QByteArray& given, const QByteArray& expected)
{
    return given.size() == expected.size() &&
           CRYPTO_memcmp(given.constData(), expected.constData(), size_t(given.size())) == 0;
}

// The first 12 characters must be the Lagos-time minute the request was made in (VTpass allows a little drift).
bool validRequestId(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{12})[A-Za-z0-9_-]*$"));
    const auto match = shape.match(id);
    if (!match.hasMatch())
        return false;
    const QDateTime stamp = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMddHHmm"));
    if (!stamp.isValid())
        return false;
    const QDateTime lagosNow = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(3600));
    const QDateTime stampAsLagos(stamp.date(), stamp.time(), QTimeZone(3600));
    return qAbs(stampAsLagos.secsTo(lagosNow)) <= 24 * 3600;
}

// The sandbox's commission per product, as the kiosk's default catalog has it (resources/airtime/catalog.json).
qint64 commissionKoboFor(const QString& service, qint64 naira)
{
    const qint64 percent = service == u"glo" || service == u"etisalat" ? 4 : 3;
    return naira * percent; // naira × 100 kobo × percent / 100
}

} // namespace

VtpassSandbox::VtpassSandbox(SandboxStore& store, Options options, QObject* parent)
    : QObject(parent), m_store(store), m_options(std::move(options))
{}

qint64 VtpassSandbox::balanceKobo()
{
    const auto wallet = m_store.get(QStringLiteral("vtpass_wallet"), QStringLiteral("balance"));
    return wallet ? wallet->value(QStringLiteral("kobo")).toInteger() : m_options.walletNaira * 100;
}

void VtpassSandbox::setBalanceKobo(qint64 kobo)
{
    m_store.put(QStringLiteral("vtpass_wallet"), QStringLiteral("balance"), {{QStringLiteral("kobo"), kobo}});
}

// What a sale to this number does: the control API's choice, VTpass's magic numbers, or the default.
QString VtpassSandbox::outcomeFor(const QString& phone)
{
    if (const auto chosen = m_store.get(QStringLiteral("vtpass_number"), phone))
        return chosen->value(QStringLiteral("outcome")).toString();
    static const QHash<QString, QString> magic{{QStringLiteral("08011111111"), QStringLiteral("delivered")},
                                               {QStringLiteral("201000000000"), QStringLiteral("pending")},
                                               {QStringLiteral("300000000000"), QStringLiteral("timeout")},
                                               {QStringLiteral("400000000000"), QStringLiteral("drop")},
                                               {QStringLiteral("500000000000"), QStringLiteral("unexpected")}};
    return magic.value(phone, m_options.otherNumbersDelivered ? QStringLiteral("delivered") : QStringLiteral("failed"));
}

HttpResponse VtpassSandbox::control(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    if (path == u"/_sandbox/vtpass/sales" && method == "GET") {
        QList<QJsonObject> sales = m_store.all(kSale);
        std::sort(sales.begin(), sales.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QStringLiteral("id")).toInteger() < b.value(QStringLiteral("id")).toInteger();
        });
        QJsonArray list;
        for (const QJsonObject& sale : std::as_const(sales))
            list.append(sale);
        return success(QStringLiteral("VTpass sales"), list);
    }
    if (method != "POST")
        return failure(405, QStringLiteral("Method not allowed"));
    if (path == u"/_sandbox/vtpass/numbers") {
        static const QStringList outcomes{QStringLiteral("delivered"), QStringLiteral("pending"),
                                          QStringLiteral("failed"),    QStringLiteral("timeout"),
                                          QStringLiteral("drop"),      QStringLiteral("unexpected")};
        const QString phone = body.value(QStringLiteral("phone")).toString();
        const QString outcome = body.value(QStringLiteral("outcome")).toString();
        if (phone.isEmpty() || !outcomes.contains(outcome))
            return invalid(QStringLiteral("phone and an outcome (%1) are required").arg(outcomes.join(u", ")));
        m_store.put(QStringLiteral("vtpass_number"), phone, {{QStringLiteral("outcome"), outcome}});
        return success(QStringLiteral("VTpass sales to %1 will be %2").arg(phone, outcome));
    }
    if (path == u"/_sandbox/vtpass/balance") {
        const auto naira = integerAmount(body.value(QStringLiteral("naira")));
        if (!naira || *naira < 0)
            return invalid(QStringLiteral("naira must be a whole number, 0 or more"));
        setBalanceKobo(*naira * 100);
        return success(QStringLiteral("VTpass wallet set to %1 naira").arg(*naira));
    }
    return failure(404, QStringLiteral("No such control"));
}

void VtpassSandbox::handle(const HttpRequest& request, HttpResponder responder)
{
    const bool post = request.method == "POST";
    if (!sameKey(request.header("api-key"), m_options.apiKey) ||
        !sameKey(request.header(post ? "secret-key" : "public-key"),
                 post ? m_options.secretKey : m_options.publicKey)) {
        responder.respond(vtpass(QStringLiteral("087"), QStringLiteral("INVALID CREDENTIALS"), {}, 401));
        return;
    }
    QJsonObject body;
    if (post) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject()) {
            responder.respond(vtpass(QStringLiteral("011"), QStringLiteral("INVALID ARGUMENTS")));
            return;
        }
        body = document.object();
    }
    if (request.path == u"/api/balance" && !post) {
        responder.respond(HttpResponse::json(
            200, QJsonDocument(
                     QJsonObject{{QStringLiteral("code"), 1},
                                 {QStringLiteral("contents"),
                                  QJsonObject{{QStringLiteral("balance"), double(balanceKobo()) / 100.0}}}})
                     .toJson(QJsonDocument::Compact)));
        return;
    }
    if (request.path == u"/api/services" && !post) {
        QJsonArray services;
        for (const auto& [id, name] :
             {std::pair{"mtn", "MTN Airtime VTU"}, std::pair{"glo", "GLO Airtime VTU"},
              std::pair{"airtel", "Airtel Airtime VTU"}, std::pair{"etisalat", "9mobile Airtime VTU"}}) {
            services.append(QJsonObject{{QStringLiteral("serviceID"), QLatin1String(id)},
                                        {QStringLiteral("name"), QLatin1String(name)},
                                        {QStringLiteral("minimium_amount"), QStringLiteral("50")},
                                        {QStringLiteral("maximum_amount"), 50000}});
        }
        responder.respond(HttpResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("response_description"), QStringLiteral("000")},
                                           {QStringLiteral("content"), services}})
                     .toJson(QJsonDocument::Compact)));
        return;
    }
    if (request.path == u"/api/requery" && post) {
        responder.respond(requery(body));
        return;
    }
    if (request.path == u"/api/pay" && post) {
        bool hang = false;
        bool drop = false;
        const HttpResponse response = pay(body, &hang, &drop);
        if (hang)
            return; // VTpass got it and did it; the answer never comes
        responder.respond(drop ? HttpResponse::drop() : response);
        return;
    }
    responder.respond(vtpass(QStringLiteral("012"), QStringLiteral("PRODUCT DOES NOT EXIST"), {}, 404));
}

QJsonObject VtpassSandbox::transactionView(const QJsonObject& sale) const
{
    QString status = sale.value(QStringLiteral("status")).toString();
    // A pending sale resolves a while after it was made: two minutes of VTpass time.
    if (status == u"pending") {
        const QDateTime made =
            QDateTime::fromString(sale.value(QStringLiteral("made_at")).toString(), Qt::ISODateWithMs);
        if (made.msecsTo(QDateTime::currentDateTimeUtc()) >= 120000 / qMax(1, m_options.timeScale))
            status = QStringLiteral("delivered");
    }
    const qint64 amount = sale.value(QStringLiteral("amount")).toInteger();
    const qint64 commissionKobo = commissionKoboFor(sale.value(QStringLiteral("service")).toString(), amount);
    return {{QStringLiteral("status"), status},
            {QStringLiteral("product_name"), sale.value(QStringLiteral("product_name"))},
            {QStringLiteral("unique_element"), sale.value(QStringLiteral("phone"))},
            {QStringLiteral("unit_price"), amount},
            {QStringLiteral("quantity"), 1},
            {QStringLiteral("channel"), QStringLiteral("api")},
            {QStringLiteral("commission"), double(commissionKobo) / 100.0},
            {QStringLiteral("total_amount"), double(amount * 100 - commissionKobo) / 100.0},
            {QStringLiteral("type"), QStringLiteral("Airtime Recharge")},
            {QStringLiteral("phone"), sale.value(QStringLiteral("phone"))},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("transactionId"), sale.value(QStringLiteral("transactionId"))}};
}

HttpResponse VtpassSandbox::pay(const QJsonObject& body, bool* hang, bool* drop)
{
    const QString requestId = body.value(QStringLiteral("request_id")).toString();
    const QString service = body.value(QStringLiteral("serviceID")).toString();
    const QString phone = body.value(QStringLiteral("phone")).toString();
    const auto amount = integerAmount(body.value(QStringLiteral("amount")));
    if (!validRequestId(requestId) || phone.isEmpty() || !amount)
        return vtpass(QStringLiteral("011"), QStringLiteral("INVALID ARGUMENTS"));
    if (m_store.get(kSale, requestId))
        return vtpass(QStringLiteral("014"), QStringLiteral("REQUEST ID ALREADY EXIST"));
    static const QHash<QString, QString> products{{QStringLiteral("mtn"), QStringLiteral("MTN Airtime VTU")},
                                                  {QStringLiteral("glo"), QStringLiteral("GLO Airtime VTU")},
                                                  {QStringLiteral("airtel"), QStringLiteral("Airtel Airtime VTU")},
                                                  {QStringLiteral("etisalat"), QStringLiteral("9mobile Airtime VTU")}};
    if (!products.contains(service))
        return vtpass(QStringLiteral("012"), QStringLiteral("PRODUCT DOES NOT EXIST"));
    if (*amount < 50)
        return vtpass(QStringLiteral("013"), QStringLiteral("BELOW MINIMUM AMOUNT ALLOWED"));
    if (*amount > 50000)
        return vtpass(QStringLiteral("017"), QStringLiteral("ABOVE MAXIMUM AMOUNT ALLOWED"));
    for (const QJsonObject& sale : m_store.all(kSale)) {
        const QDateTime made =
            QDateTime::fromString(sale.value(QStringLiteral("made_at")).toString(), Qt::ISODateWithMs);
        if (sale.value(QStringLiteral("phone")).toString() == phone &&
            sale.value(QStringLiteral("service")).toString() == service &&
            made.secsTo(QDateTime::currentDateTimeUtc()) < 30 / qMax(1, m_options.timeScale))
            return vtpass(QStringLiteral("019"), QStringLiteral("LIKELY DUPLICATE TRANSACTION"));
    }
    // The vendor pays the face value less its commission (kobo are kept: VTpass balances have decimals).
    const qint64 cost = *amount * 100 - commissionKoboFor(service, *amount);
    if (cost > balanceKobo())
        return vtpass(QStringLiteral("018"), QStringLiteral("LOW WALLET BALANCE"));

    const QString outcome = outcomeFor(phone);
    QString status;
    if (outcome == u"delivered" || outcome == u"timeout" || outcome == u"drop")
        status = QStringLiteral("delivered");
    else if (outcome == u"pending" || outcome == u"unexpected")
        status = QStringLiteral("pending");
    else
        status = QStringLiteral("failed");
    QJsonObject sale{{QStringLiteral("id"), m_store.next(QStringLiteral("vtpass_sale"), 1)},
                     {QStringLiteral("request_id"), requestId},
                     {QStringLiteral("service"), service},
                     {QStringLiteral("product_name"), products.value(service)},
                     {QStringLiteral("phone"), phone},
                     {QStringLiteral("amount"), *amount},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("made_at"), now()},
                     {QStringLiteral("transactionId"),
                      QStringLiteral("17%1").arg(QRandomGenerator::global()->bounded(100000000, 999999999))}};
    m_store.put(kSale, requestId, sale);
    if (status != u"failed")
        setBalanceKobo(balanceKobo() - cost);

    const QJsonObject extra{
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("transactions"), transactionView(sale)}}},
        {QStringLiteral("requestId"), requestId},
        {QStringLiteral("amount"), *amount},
        {QStringLiteral("transaction_date"), now()},
        {QStringLiteral("purchased_code"), QString()}};
    if (outcome == u"timeout") {
        *hang = true;
        return {};
    }
    if (outcome == u"drop") {
        *drop = true;
        return {};
    }
    if (outcome == u"unexpected")
        return HttpResponse::text(200, "<html><body>Service temporarily busy</body></html>");
    if (status == u"failed")
        return vtpass(QStringLiteral("016"), QStringLiteral("TRANSACTION FAILED"), extra);
    if (status == u"pending")
        return vtpass(QStringLiteral("099"), QStringLiteral("TRANSACTION IS PROCESSING"), extra);
    return vtpass(QStringLiteral("000"), QStringLiteral("TRANSACTION SUCCESSFUL"), extra);
}

HttpResponse VtpassSandbox::requery(const QJsonObject& body)
{
    const QString requestId = body.value(QStringLiteral("request_id")).toString();
    const auto sale = m_store.get(kSale, requestId);
    if (!sale)
        return vtpass(QStringLiteral("015"), QStringLiteral("INVALID REQUEST ID"));
    const QJsonObject view = transactionView(*sale);
    const QString status = view.value(QStringLiteral("status")).toString();
    const QJsonObject extra{{QStringLiteral("content"), QJsonObject{{QStringLiteral("transactions"), view}}},
                            {QStringLiteral("requestId"), requestId},
                            {QStringLiteral("amount"), sale->value(QStringLiteral("amount"))},
                            {QStringLiteral("transaction_date"), sale->value(QStringLiteral("made_at"))},
                            {QStringLiteral("purchased_code"), QString()}};
    if (status == u"failed")
        return vtpass(QStringLiteral("016"), QStringLiteral("TRANSACTION FAILED"), extra);
    return vtpass(QStringLiteral("000"), QStringLiteral("TRANSACTION PROCESSED"), extra);
}

} // namespace paydesk::sandbox
