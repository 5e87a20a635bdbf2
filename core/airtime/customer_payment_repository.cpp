#include "airtime/customer_payment_repository.h"

#include "airtime/wallet.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace paydesk::airtime {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, client_token, reference, bank, ussd_code, currency, amount, state, paystack_transaction_id, "
    "detail, desk, vendor, phone, country, network, detected_network, provider, provider_service, commission, "
    "created_at, settled_at, updated_at FROM airtime_payments ");

std::optional<CustomerPayment::State> stateFromName(const QString& name)
{
    using S = CustomerPayment::State;
    for (S state : {S::Created, S::Waiting, S::Paid, S::Failed}) {
        if (customerPaymentStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

CustomerPayment readPayment(const QSqlQuery& q)
{
    CustomerPayment p;
    p.id = q.value(0).toLongLong();
    p.clientToken = q.value(1).toString();
    p.reference = q.value(2).toString();
    p.bank = q.value(3).toString();
    p.ussdCode = q.value(4).toString();
    const Currency currency = Currency::fromCode(q.value(5).toString()).value_or(Currency());
    p.state = stateFromName(q.value(7).toString()).value_or(CustomerPayment::State::Failed);
    p.paystackTransactionId = q.value(8).toULongLong();
    p.detail = q.value(9).toString();
    NewSale& o = p.order;
    o.clientToken = p.clientToken;
    o.desk = q.value(10).toString();
    o.vendor = q.value(11).toString();
    o.phone = q.value(12).toString();
    o.country = q.value(13).toString();
    o.network = q.value(14).toString();
    o.detectedNetwork = q.value(15).toString();
    o.provider = q.value(16).toString();
    o.providerService = q.value(17).toString();
    o.amount = Money::fromMinor(q.value(6).toLongLong(), currency);
    o.commission = Money::fromMinor(q.value(18).toLongLong(), currency);
    o.payment = QStringLiteral("paystack");
    o.paymentReference = p.reference;
    p.createdAt = sql::readTime(q.value(19));
    p.settledAt = sql::readTime(q.value(20));
    p.updatedAt = sql::readTime(q.value(21));
    return p;
}

QString unreadable()
{
    return QCoreApplication::translate("CustomerPaymentRepository", "The payment could not be read back.");
}

} // namespace

QString customerPaymentStateName(CustomerPayment::State state)
{
    switch (state) {
    case CustomerPayment::State::Created:
        return QStringLiteral("created");
    case CustomerPayment::State::Waiting:
        return QStringLiteral("waiting");
    case CustomerPayment::State::Paid:
        return QStringLiteral("paid");
    case CustomerPayment::State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

Result<CustomerPayment, QString>
CustomerPaymentRepository::create(const NewSale& order, const QString& bank, const QString& reference) const
{
    if (order.clientToken.isEmpty() || reference.isEmpty() || bank.isEmpty() || order.phone.isEmpty() ||
        order.network.isEmpty() || !order.amount.isValid() || order.amount.minorUnits() <= 0 ||
        order.commission.currency() != order.amount.currency() || order.commission.isNegative() ||
        order.commission >= order.amount)
        return QCoreApplication::translate("CustomerPaymentRepository", "The order is incomplete.");
    auto findByToken = [&] {
        return sql::one(m_db, kSelect + QStringLiteral("WHERE client_token = ?"), {order.clientToken}, readPayment);
    };
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto existing = findByToken();
    if (!existing)
        return existing.error().message;
    if (existing->has_value())
        return **existing; // the same confirm tapped twice: one payment, one code
    // The customer must not pay for a sale the wallet cannot make: the balance is checked before the code.
    const Money cost = order.cost();
    auto balance = Wallet(m_db, *m_clock).balance(cost.currency());
    if (!balance)
        return balance.error().message;
    if (*balance < cost)
        return Wallet::shortfall(*balance, cost);
    const QString now = sql::isoUtc(m_clock->nowUtc());
    auto inserted = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO airtime_payments (client_token, reference, method, bank, currency, amount, state, "
                       "desk, vendor, phone, country, network, detected_network, provider, provider_service, "
                       "commission, created_at, updated_at) "
                       "VALUES (?, ?, 'ussd', ?, ?, ?, 'created', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {order.clientToken, reference, bank, order.amount.currency().code(), order.amount.minorUnits(), order.desk,
         order.vendor, order.phone, order.country, order.network, sql::text(order.detectedNetwork), order.provider,
         order.providerService, order.commission.minorUnits(), now, now});
    if (!inserted)
        return inserted.error().message;
    return commitAndReadBack(tx, findByToken, unreadable());
}

Result<std::optional<CustomerPayment>, DbError> CustomerPaymentRepository::find(qint64 id) const
{
    return sql::one(m_db, kSelect + QStringLiteral("WHERE id = ?"), {id}, readPayment);
}

Result<QList<CustomerPayment>, DbError> CustomerPaymentRepository::open(const QString& desk) const
{
    return sql::all(
        m_db, kSelect + QStringLiteral("WHERE state IN ('created', 'waiting') AND (? = '' OR desk = ?) ORDER BY id"),
        {sql::text(desk), sql::text(desk)}, readPayment);
}

Result<QList<CustomerPayment>, DbError> CustomerPaymentRepository::paidNotSold(const QString& desk) const
{
    return sql::all(m_db,
                    kSelect + QStringLiteral("WHERE state = 'paid' AND (? = '' OR desk = ?) AND NOT EXISTS "
                                             "(SELECT 1 FROM airtime_sales s WHERE s.client_token = "
                                             "airtime_payments.client_token) ORDER BY id"),
                    {sql::text(desk), sql::text(desk)}, readPayment);
}

Result<CustomerPayment, QString>
CustomerPaymentRepository::update(qint64 id, const QString& statement, const QVariantList& params) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    if (auto updated = sql::exec(m_db, statement, params); !updated)
        return updated.error().message;
    return commitAndReadBack(
        tx, [&] { return find(id); }, unreadable());
}

Result<CustomerPayment, QString> CustomerPaymentRepository::setUssdCode(qint64 id, const QString& ussdCode) const
{
    return update(id,
                  QStringLiteral("UPDATE airtime_payments SET state = 'waiting', ussd_code = ?, updated_at = ? "
                                 "WHERE id = ? AND state = 'created'"),
                  {ussdCode, sql::isoUtc(m_clock->nowUtc()), id});
}

Result<CustomerPayment, QString> CustomerPaymentRepository::markPaid(qint64 id, quint64 paystackTransactionId) const
{
    const QString now = sql::isoUtc(m_clock->nowUtc());
    return update(
        id,
        QStringLiteral("UPDATE airtime_payments SET state = 'paid', paystack_transaction_id = ?, detail = '', "
                       "settled_at = ?, updated_at = ? WHERE id = ? AND state <> 'paid'"),
        {qint64(paystackTransactionId), now, now, id});
}

Result<CustomerPayment, QString> CustomerPaymentRepository::markFailed(qint64 id, const QString& detail) const
{
    const QString now = sql::isoUtc(m_clock->nowUtc());
    return update(id,
                  QStringLiteral("UPDATE airtime_payments SET state = 'failed', detail = ?, settled_at = ?, "
                                 "updated_at = ? WHERE id = ? AND state IN ('created', 'waiting')"),
                  {detail, now, now, id});
}

Result<CustomerPayment, QString> CustomerPaymentRepository::setDetail(qint64 id, const QString& detail) const
{
    return update(id, QStringLiteral("UPDATE airtime_payments SET detail = ?, updated_at = ? WHERE id = ?"),
                  {detail, sql::isoUtc(m_clock->nowUtc()), id});
}

} // namespace paydesk::airtime
