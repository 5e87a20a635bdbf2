#include "airtime/sale_repository.h"

#include "airtime/wallet.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace paydesk::airtime {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, client_token, desk, vendor, phone, country, network, detected_network, provider, provider_service, "
    "currency, amount, commission, cost, payment, state, request_id, provider_code, provider_transaction_id, "
    "detail, tries, next_check_at, created_at, sent_at, settled_at, updated_at, payment_reference FROM airtime_sales ");

AirtimeSale readSale(const QSqlQuery& q)
{
    AirtimeSale s;
    s.id = q.value(0).toLongLong();
    s.clientToken = q.value(1).toString();
    s.desk = q.value(2).toString();
    s.vendor = q.value(3).toString();
    s.phone = q.value(4).toString();
    s.country = q.value(5).toString();
    s.network = q.value(6).toString();
    s.detectedNetwork = q.value(7).toString();
    s.provider = q.value(8).toString();
    s.providerService = q.value(9).toString();
    const Currency currency = Currency::fromCode(q.value(10).toString()).value_or(Currency());
    s.amount = Money::fromMinor(q.value(11).toLongLong(), currency);
    s.commission = Money::fromMinor(q.value(12).toLongLong(), currency);
    s.cost = Money::fromMinor(q.value(13).toLongLong(), currency);
    s.payment = q.value(14).toString();
    s.state = saleStateFromName(q.value(15).toString()).value_or(SaleState::Unknown);
    s.requestId = q.value(16).toString();
    s.providerCode = q.value(17).toString();
    s.providerTransactionId = q.value(18).toString();
    s.detail = q.value(19).toString();
    s.tries = q.value(20).toInt();
    s.nextCheckAt = sql::readTime(q.value(21));
    s.createdAt = sql::readTime(q.value(22));
    s.sentAt = sql::readTime(q.value(23));
    s.settledAt = sql::readTime(q.value(24));
    s.updatedAt = sql::readTime(q.value(25));
    s.paymentReference = q.value(26).toString();
    return s;
}

} // namespace

Result<AirtimeSale, SaleError> SaleRepository::create(const NewSale& sale) const
{
    if (sale.clientToken.isEmpty() || sale.phone.isEmpty() || sale.network.isEmpty() || !sale.amount.isValid() ||
        sale.amount.minorUnits() <= 0 || sale.commission.currency() != sale.amount.currency() ||
        sale.commission.isNegative() || sale.commission >= sale.amount ||
        (sale.payment != u"cash" && (sale.payment != u"paystack" || sale.paymentReference.isEmpty())))
        return SaleError{SaleError::Kind::Invalid,
                         QCoreApplication::translate("SaleRepository", "The sale is incomplete.")};
    auto findByToken = [&] {
        return sql::one(m_db, kSelect + QStringLiteral("WHERE client_token = ?"), {sale.clientToken}, readSale);
    };
    Transaction tx(m_db);
    if (!tx.isActive())
        return SaleError{SaleError::Kind::Database, tx.error().message};
    // The same confirm tapped twice (or resent after a crash): the first sale stands, nothing is debited again.
    auto existing = findByToken();
    if (!existing)
        return SaleError{SaleError::Kind::Database, existing.error().message};
    if (existing->has_value())
        return **existing;

    const Money cost = sale.cost();
    const QString now = sql::isoUtc(m_clock->nowUtc());
    auto inserted = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO airtime_sales (client_token, desk, vendor, phone, country, network, "
                       "detected_network, provider, provider_service, currency, amount, commission, cost, payment, "
                       "payment_reference, state, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'created', ?, ?)"),
        {sale.clientToken, sale.desk, sale.vendor, sale.phone, sale.country, sale.network,
         sql::text(sale.detectedNetwork), sale.provider, sale.providerService, sale.amount.currency().code(),
         sale.amount.minorUnits(), sale.commission.minorUnits(), cost.minorUnits(), sale.payment,
         sql::text(sale.paymentReference), now, now});
    if (!inserted)
        return SaleError{SaleError::Kind::Database, inserted.error().message};
    auto created = findByToken();
    if (!created || !created->has_value())
        return SaleError{SaleError::Kind::Database,
                         QCoreApplication::translate("SaleRepository", "The sale could not be read back.")};
    const Wallet wallet(m_db, *m_clock);
    auto debited = wallet.debit(cost, WalletEntry::Kind::Sale, (*created)->id, sale.vendor,
                                QStringLiteral("%1 %2").arg(sale.network, sale.phone));
    if (!debited)
        return SaleError{SaleError::Kind::Database, debited.error()};
    if (!*debited) {
        const auto balance = wallet.balance(cost.currency());
        return SaleError{SaleError::Kind::InsufficientBalance,
                         Wallet::shortfall(balance ? std::optional(*balance) : std::nullopt, cost)};
    }
    if (auto committed = tx.commit(); !committed)
        return SaleError{SaleError::Kind::Database, committed.error().message};
    return **created;
}

Result<std::optional<AirtimeSale>, DbError> SaleRepository::find(qint64 id) const
{
    return sql::one(m_db, kSelect + QStringLiteral("WHERE id = ?"), {id}, readSale);
}

Result<std::optional<AirtimeSale>, DbError> SaleRepository::findByRequestId(const QString& requestId) const
{
    return sql::one(m_db, kSelect + QStringLiteral("WHERE request_id = ?"), {requestId}, readSale);
}

Result<QList<AirtimeSale>, DbError> SaleRepository::open(const QString& desk) const
{
    return sql::all(m_db,
                    kSelect + QStringLiteral("WHERE state IN ('created', 'sent', 'pending', 'unknown') "
                                             "AND (? = '' OR desk = ?) ORDER BY id"),
                    {sql::text(desk), sql::text(desk)}, readSale);
}

Result<QList<AirtimeSale>, DbError> SaleRepository::recent(const QString& desk, const QDateTime& since, int limit) const
{
    const QDateTime from = since.isValid() ? since : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    return sql::all(m_db,
                    kSelect + QStringLiteral("WHERE created_at >= ? AND (? = '' OR desk = ?) "
                                             "ORDER BY created_at DESC, id DESC LIMIT ?"),
                    {sql::timeValue(from), sql::text(desk), sql::text(desk), limit}, readSale);
}

Result<QList<AirtimeSale>, DbError> SaleRepository::between(const QDateTime& from, const QDateTime& to) const
{
    return sql::all(m_db, kSelect + QStringLiteral("WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id"),
                    {sql::timeValue(from), sql::timeValue(to)}, readSale);
}

Result<QList<SaleRepository::NetworkTotal>, DbError> SaleRepository::deliveredByNetwork(const QString& desk,
                                                                                        const QDateTime& since) const
{
    return sql::all(m_db,
                    QStringLiteral("SELECT network, currency, COUNT(*), SUM(amount), SUM(commission) FROM "
                                   "airtime_sales WHERE state = 'delivered' AND created_at >= ? AND (? = '' OR "
                                   "desk = ?) GROUP BY network, currency ORDER BY network"),
                    {sql::timeValue(since), sql::text(desk), sql::text(desk)}, [](const QSqlQuery& q) {
                        const Currency currency = Currency::fromCode(q.value(1).toString()).value_or(Currency());
                        return NetworkTotal{q.value(0).toString(), q.value(2).toInt(),
                                            Money::fromMinor(q.value(3).toLongLong(), currency),
                                            Money::fromMinor(q.value(4).toLongLong(), currency)};
                    });
}

Result<AirtimeSale, QString> SaleRepository::markSent(qint64 id, const QString& requestId) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    const QString now = sql::isoUtc(m_clock->nowUtc());
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE airtime_sales SET state = 'sent', request_id = COALESCE("
                                            "request_id, ?), sent_at = COALESCE(sent_at, ?), tries = tries + 1, "
                                            "updated_at = ? WHERE id = ? AND state = 'created'"),
                             {requestId, now, now, id});
    if (!updated)
        return updated.error().message;
    if (updated->numRowsAffected() == 0)
        return QCoreApplication::translate("SaleRepository", "The sale is not waiting to be sent.");
    return commitAndReadBack(
        tx, [&] { return find(id); },
        QCoreApplication::translate("SaleRepository", "The sale could not be read back."));
}

Result<AirtimeSale, QString> SaleRepository::transition(qint64 id, const Outcome& outcome, const QString& actor) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto current = find(id);
    if (!current)
        return current.error().message;
    if (!current->has_value())
        return QCoreApplication::translate("SaleRepository", "No such sale.");
    const AirtimeSale& sale = **current;
    if (sale.state != outcome.state && !canTransition(sale.state, outcome.state))
        return QCoreApplication::translate("SaleRepository", "A sale that is %1 cannot become %2.")
            .arg(saleStateName(sale.state), saleStateName(outcome.state));
    const QString now = sql::isoUtc(m_clock->nowUtc());
    const bool final = isFinal(outcome.state);
    auto updated = sql::exec(
        m_db,
        QStringLiteral("UPDATE airtime_sales SET state = ?, provider_code = ?, provider_transaction_id = "
                       "CASE WHEN ? = '' THEN provider_transaction_id ELSE ? END, detail = ?, next_check_at = ?, "
                       "settled_at = ?, updated_at = ? WHERE id = ? AND state = ?"),
        {saleStateName(outcome.state), sql::text(outcome.providerCode), sql::text(outcome.providerTransactionId),
         sql::text(outcome.providerTransactionId), sql::text(outcome.detail),
         final ? QVariant() : sql::timeValue(outcome.nextCheckAt), final ? QVariant(now) : QVariant(), now, id,
         saleStateName(sale.state)});
    if (!updated)
        return updated.error().message;
    if (updated->numRowsAffected() == 0)
        return QCoreApplication::translate("SaleRepository", "The sale changed meanwhile; read it again.");
    if (outcome.state == SaleState::Failed) {
        // Confirmed failed: the provider kept nothing, so the vendor's float gets the cost back (once).
        auto credited = Wallet(m_db, *m_clock)
                            .credit(sale.cost, WalletEntry::Kind::Reversal, sale.id, 0, actor,
                                    QStringLiteral("%1 %2: %3").arg(sale.network, sale.phone, outcome.detail));
        if (!credited)
            return credited.error();
    }
    return commitAndReadBack(
        tx, [&] { return find(id); },
        QCoreApplication::translate("SaleRepository", "The sale could not be read back."));
}

} // namespace paydesk::airtime
