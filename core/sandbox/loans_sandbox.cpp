#include "sandbox/loans_sandbox.h"

#include "sandbox/route.h"
#include "sandbox/sandbox_http.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/crypto.h>

namespace paydesk::sandbox {

namespace {

const QString kLoan = QStringLiteral("loan");
const QString kEntry = QStringLiteral("loan_entry");

HttpResponse
reply(int status, const QString& message, const QJsonValue& data = QJsonValue::Undefined, const QJsonObject& meta = {})
{
    return envelope(status, status < 300, message, data, meta);
}

// "+2348031234567", "2348031234567" and "08031234567" are one borrower.
QString borrower(const QString& phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.startsWith(u"234") && digits.size() == 13)
        return u'0' + digits.mid(3);
    return digits;
}

QString naira(qint64 kobo)
{
    return QStringLiteral("NGN %L1").arg(double(kobo) / 100.0, 0, 'f', 2);
}

} // namespace

HttpResponse LoansSandbox::handle(const HttpRequest& request, const QJsonObject& body)
{
    const QByteArray authorization = request.header("authorization");
    const QByteArray key = authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    if (key.size() != m_options.apiKey.size() ||
        CRYPTO_memcmp(key.constData(), m_options.apiKey.constData(), size_t(key.size())) != 0)
        return reply(401, QStringLiteral("A valid bearer key is required"));
    const QString phone = request.query.queryItemValue(QStringLiteral("phone"));
    if (request.path == u"/loans/requests" && request.method == "POST")
        return create(body);
    if (request.path == u"/loans/requests" && request.method == "GET")
        return list(phone);
    if (auto match = matchRoute(QStringLiteral("/loans/requests/:id/approve"), request.rawPath);
        match && request.method == "POST")
        return approve(match->value(QStringLiteral("id")), body);
    if (request.path == u"/loans/balance" && request.method == "GET")
        return balance(phone);
    if (request.path == u"/loans/transactions" && request.method == "GET") {
        const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
        return transactions(phone, limit > 0 ? limit : 5);
    }
    return reply(404, QStringLiteral("No such loans endpoint"));
}

HttpResponse LoansSandbox::create(const QJsonObject& body)
{
    const QString phone = borrower(body.value(u"phone").toString());
    const qint64 amount = integerAmount(body.value(u"amount")).value_or(-1);
    const int term = body.value(u"term_days").toVariant().toInt();
    if (phone.size() < 10)
        return reply(422, QStringLiteral("phone is required"));
    if (amount < 500000 || amount > 50000000)
        return reply(422, QStringLiteral("Amount must be from NGN 5,000 to NGN 500,000"));
    if (term != 30 && term != 60 && term != 90)
        return reply(422, QStringLiteral("term_days must be 30, 60 or 90"));
    const qint64 id = m_store.next(QStringLiteral("loan"), 1001);
    const QJsonObject loan{{QStringLiteral("id"), id},
                           {QStringLiteral("phone"), phone},
                           {QStringLiteral("amount"), amount},
                           {QStringLiteral("term_days"), term},
                           {QStringLiteral("status"), QStringLiteral("pending")},
                           {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    m_store.put(kLoan, QString::number(id), loan);
    return reply(201, QStringLiteral("Loan request received"), loan);
}

HttpResponse LoansSandbox::list(const QString& phone)
{
    QJsonArray loans;
    for (const QJsonObject& loan : m_store.all(kLoan)) {
        if (loan.value(u"phone").toString() == borrower(phone))
            loans.append(loan);
    }
    return reply(200, QStringLiteral("Loans retrieved"), loans, {{QStringLiteral("total"), loans.size()}});
}

HttpResponse LoansSandbox::approve(const QString& id, const QJsonObject& body)
{
    auto loan = m_store.get(kLoan, id);
    if (!loan)
        return reply(404, QStringLiteral("Loan %1 not found").arg(id));
    const QByteArray pin = body.value(u"pin").toString().toUtf8();
    if (pin.size() != m_options.officerPin.size() ||
        CRYPTO_memcmp(pin.constData(), m_options.officerPin.constData(), size_t(pin.size())) != 0)
        return reply(403, QStringLiteral("Wrong officer PIN"));
    if (loan->value(u"status").toString() != u"pending")
        return reply(409, QStringLiteral("Loan %1 is already %2").arg(id, loan->value(u"status").toString()));
    const qint64 amount = qint64(loan->value(u"amount").toDouble());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    loan->insert(QStringLiteral("status"), QStringLiteral("approved"));
    loan->insert(QStringLiteral("approved_at"), now.toString(Qt::ISODate));
    loan->insert(QStringLiteral("outstanding"), amount + amount * m_options.interestBp / 10000);
    loan->insert(QStringLiteral("due_on"), now.date().addDays(loan->value(u"term_days").toInt()).toString(Qt::ISODate));
    m_store.put(kLoan, id, *loan);
    const qint64 entry = m_store.next(QStringLiteral("loan_entry"), 1);
    m_store.put(kEntry, QString::number(entry),
                QJsonObject{{QStringLiteral("id"), entry},
                            {QStringLiteral("phone"), loan->value(u"phone")},
                            {QStringLiteral("kind"), QStringLiteral("disbursed")},
                            {QStringLiteral("amount"), amount},
                            {QStringLiteral("at"), now.toString(Qt::ISODate)},
                            {QStringLiteral("description"), QString(now.toString(QStringLiteral("d MMM")) +
                                                                    QStringLiteral(" disbursed ") + naira(amount))}});
    return reply(200, QStringLiteral("Loan %1 approved").arg(id), *loan);
}

HttpResponse LoansSandbox::balance(const QString& phone)
{
    qint64 outstanding = 0;
    QString nextDue;
    int open = 0;
    for (const QJsonObject& loan : m_store.all(kLoan)) {
        if (loan.value(u"phone").toString() != borrower(phone) || loan.value(u"status").toString() != u"approved")
            continue;
        outstanding += qint64(loan.value(u"outstanding").toDouble());
        const QString due = loan.value(u"due_on").toString();
        if (nextDue.isEmpty() || due < nextDue)
            nextDue = due;
        ++open;
    }
    return reply(200, QStringLiteral("Balance retrieved"),
                 QJsonObject{{QStringLiteral("outstanding"), outstanding},
                             {QStringLiteral("next_due"), nextDue.isEmpty() ? QJsonValue() : QJsonValue(nextDue)},
                             {QStringLiteral("open_loans"), open}});
}

HttpResponse LoansSandbox::transactions(const QString& phone, int limit)
{
    QJsonArray entries;
    for (const QJsonObject& entry : m_store.all(kEntry)) {
        if (entry.value(u"phone").toString() == borrower(phone) && entries.size() < limit)
            entries.append(entry);
    }
    return reply(200, QStringLiteral("Transactions retrieved"), entries, {{QStringLiteral("total"), entries.size()}});
}

} // namespace paydesk::sandbox
