#include "airtime/topup_repository.h"

#include "airtime/wallet.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace paydesk::airtime {

namespace {

const QString kSelect = QStringLiteral("SELECT id, reference, currency, amount, state, authorization_url, "
                                       "paystack_transaction_id, detail, requested_by, desk, created_at, settled_at "
                                       "FROM airtime_topups ");

std::optional<TopUp::State> stateFromName(const QString& name)
{
    if (name == u"initialized")
        return TopUp::State::Initialized;
    if (name == u"paid")
        return TopUp::State::Paid;
    if (name == u"failed")
        return TopUp::State::Failed;
    return std::nullopt;
}

TopUp readTopUp(const QSqlQuery& q)
{
    TopUp t;
    t.id = q.value(0).toLongLong();
    t.reference = q.value(1).toString();
    t.amount =
        Money::fromMinor(q.value(3).toLongLong(), Currency::fromCode(q.value(2).toString()).value_or(Currency()));
    t.state = stateFromName(q.value(4).toString()).value_or(TopUp::State::Failed);
    t.authorizationUrl = q.value(5).toString();
    t.paystackTransactionId = q.value(6).toULongLong();
    t.detail = q.value(7).toString();
    t.requestedBy = q.value(8).toString();
    t.desk = q.value(9).toString();
    t.createdAt = sql::readTime(q.value(10));
    t.settledAt = sql::readTime(q.value(11));
    return t;
}

QString unreadable()
{
    return QCoreApplication::translate("TopUpRepository", "The top-up could not be read back.");
}

} // namespace

QString topUpStateName(TopUp::State state)
{
    switch (state) {
    case TopUp::State::Initialized:
        return QStringLiteral("initialized");
    case TopUp::State::Paid:
        return QStringLiteral("paid");
    case TopUp::State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

Result<TopUp, QString> TopUpRepository::create(const QString& reference,
                                               const Money& amount,
                                               const QString& requestedBy,
                                               const QString& desk) const
{
    if (reference.isEmpty() || !amount.isValid() || amount.minorUnits() <= 0)
        return QCoreApplication::translate("TopUpRepository", "A top-up needs a reference and an amount above zero.");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto inserted = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO airtime_topups (reference, currency, amount, state, "
                       "requested_by, desk, created_at) VALUES (?, ?, ?, 'initialized', ?, ?, ?)"),
        {reference, amount.currency().code(), amount.minorUnits(), requestedBy, desk, sql::isoUtc(m_clock->nowUtc())});
    if (!inserted)
        return inserted.error().message;
    return commitAndReadBack(
        tx, [&] { return sql::one(m_db, kSelect + QStringLiteral("WHERE reference = ?"), {reference}, readTopUp); },
        unreadable());
}

Result<std::optional<TopUp>, DbError> TopUpRepository::find(qint64 id) const
{
    return sql::one(m_db, kSelect + QStringLiteral("WHERE id = ?"), {id}, readTopUp);
}

Result<QList<TopUp>, DbError> TopUpRepository::open(const QString& desk) const
{
    return sql::all(m_db, kSelect + QStringLiteral("WHERE state = 'initialized' AND (? = '' OR desk = ?) ORDER BY id"),
                    {sql::text(desk), sql::text(desk)}, readTopUp);
}

Result<QList<TopUp>, DbError> TopUpRepository::recent(const QString& desk, int limit) const
{
    return sql::all(m_db, kSelect + QStringLiteral("WHERE (? = '' OR desk = ?) ORDER BY id DESC LIMIT ?"),
                    {sql::text(desk), sql::text(desk), limit}, readTopUp);
}

Result<TopUp, QString> TopUpRepository::setAuthorizationUrl(qint64 id, const QString& url) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto updated =
        sql::exec(m_db, QStringLiteral("UPDATE airtime_topups SET authorization_url = ? WHERE id = ?"), {url, id});
    if (!updated)
        return updated.error().message;
    return commitAndReadBack(
        tx, [&] { return find(id); }, unreadable());
}

Result<TopUp, QString> TopUpRepository::markPaid(qint64 id, quint64 paystackTransactionId, const QString& actor) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto found = find(id);
    if (!found || !found->has_value())
        return found ? unreadable() : found.error().message;
    const TopUp topUp = **found;
    if (topUp.state == TopUp::State::Paid)
        return topUp; // verified twice (the poller and the vendor's check): credited once already
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE airtime_topups SET state = 'paid', paystack_transaction_id = ?, "
                                            "detail = '', settled_at = ? WHERE id = ? AND state <> 'paid'"),
                             {qint64(paystackTransactionId), sql::isoUtc(m_clock->nowUtc()), id});
    if (!updated)
        return updated.error().message;
    // The unique (kind, top-up) entry makes a second credit impossible even if two desks verify at once.
    auto credited =
        Wallet(m_db, *m_clock)
            .credit(topUp.amount, WalletEntry::Kind::TopUp, 0, id, actor,
                    QCoreApplication::translate("TopUpRepository", "Paystack top-up %1").arg(topUp.reference));
    if (!credited)
        return credited.error();
    return commitAndReadBack(
        tx, [&] { return find(id); }, unreadable());
}

Result<TopUp, QString> TopUpRepository::markFailed(qint64 id, const QString& detail) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE airtime_topups SET state = 'failed', detail = ?, settled_at = ? "
                                            "WHERE id = ? AND state = 'initialized'"),
                             {detail, sql::isoUtc(m_clock->nowUtc()), id});
    if (!updated)
        return updated.error().message;
    return commitAndReadBack(
        tx, [&] { return find(id); }, unreadable());
}

} // namespace paydesk::airtime
