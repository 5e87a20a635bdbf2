#include "airtime/airtime_engine.h"

#include "util/backoff.h"
#include "util/logging.h"

#include <QTimer>

namespace paydesk::airtime {

namespace {

using Outcome = ProviderAnswer::Outcome;

const QString kActor = QStringLiteral("airtime-engine");

// The sale keeps E.164; providers want the national form: the trunk 0 in place of the calling code.
QString nationalForm(const AirtimeSale& sale)
{
    const auto catalog = AirtimeCatalog::current();
    const CountryPlan* plan = catalog->country(sale.country);
    return plan ? QStringLiteral("0") + sale.phone.mid(1 + plan->callingCode.size()) : sale.phone;
}

} // namespace

AirtimeEngine::AirtimeEngine(Database db,
                             DatabaseWorker& worker,
                             AirtimeProvider& provider,
                             Options options,
                             const Clock& clock,
                             QObject* parent)
    : QObject(parent),
      m_db(std::move(db)),
      m_worker(worker),
      m_provider(provider),
      m_options(std::move(options)),
      m_clock(&clock),
      m_offlineRetry(new QTimer(this)),
      m_checks(
          this, [this](qint64 id) { check(id); }, m_options.firstCheckMs, m_options.maxCheckMs)
{
    m_offlineRetry->setSingleShot(true);
    connect(m_offlineRetry, &QTimer::timeout, this, &AirtimeEngine::pump);
}

AirtimeEngine::~AirtimeEngine() = default;

void AirtimeEngine::start()
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    const QString desk = m_options.desk;
    m_worker.run([db, clock, desk] { return SaleRepository(db, *clock).open(desk); }, this,
                 [this](const Result<QList<AirtimeSale>, DbError>& open) {
                     if (!open) {
                         qCWarning(lcAirtime) << "airtime: open sales could not be read:" << open.error().message;
                         return;
                     }
                     for (const AirtimeSale& sale : *open) {
                         if (sale.state == SaleState::Created) {
                             if (!m_queue.contains(sale.id))
                                 m_queue << sale.id;
                         } else {
                             m_checks.at(sale.id, 0); // in flight when the kiosk stopped: ask at once
                         }
                     }
                     pump();
                 });
}

void AirtimeEngine::sell(const NewSale& sale, QObject* context, Done done)
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    QPointer<QObject> guard(context);
    m_worker.run([db, clock, sale] { return SaleRepository(db, *clock).create(sale); }, this,
                 [this, guard, done = std::move(done)](const Result<AirtimeSale, SaleError>& created) {
                     if (created && created->state == SaleState::Created && !m_queue.contains(created->id) &&
                         !m_busy.contains(created->id))
                         m_queue << created->id;
                     if (guard)
                         done(created);
                     if (created)
                         emit saleChanged(*created);
                     pump();
                 });
}

void AirtimeEngine::checkNow(qint64 saleId)
{
    if (m_queue.contains(saleId)) {
        m_offlineRetry->stop();
        pump();
        return;
    }
    m_checks.at(saleId, 0);
}

void AirtimeEngine::pump()
{
    if (m_sending || m_queue.isEmpty() || m_offlineRetry->isActive())
        return;
    sendNext(m_queue.first());
}

void AirtimeEngine::sendNext(qint64 id)
{
    m_sending = true;
    m_busy.insert(id);
    const Database db = m_db;
    const Clock* clock = m_clock;
    const QString requestId = m_provider.newRequestId(m_clock->nowUtc());
    m_worker.run([db, clock, id, requestId] { return SaleRepository(db, *clock).markSent(id, requestId); }, this,
                 [this, id](const Result<AirtimeSale, QString>& sent) {
                     if (!sent) {
                         // Sent, settled or gone meanwhile (another engine on the same desk): not ours to send.
                         qCWarning(lcAirtime) << "airtime: sale" << id << "not sent:" << sent.error();
                         m_queue.removeAll(id);
                         m_sending = false;
                         finished(id);
                         pump();
                         return;
                     }
                     emit saleChanged(*sent);
                     const AirtimeSale sale = *sent;
                     m_provider.vend({sale.requestId, sale.providerService, nationalForm(sale), sale.amount}, this,
                                     [this, sale](const ProviderAnswer& answer) { onAnswer(sale, answer, false); });
                 });
}

void AirtimeEngine::check(qint64 id)
{
    if (m_busy.contains(id)) {
        m_checks.at(id, 500); // a send or requery is under way; look again when it is done
        return;
    }
    m_busy.insert(id);
    const Database db = m_db;
    const Clock* clock = m_clock;
    m_worker.run([db, clock, id] { return SaleRepository(db, *clock).find(id); }, this,
                 [this, id](const Result<std::optional<AirtimeSale>, DbError>& found) {
                     if (!found || !found->has_value() || isFinal((*found)->state) ||
                         (*found)->state == SaleState::Created) {
                         finished(id);
                         return;
                     }
                     const AirtimeSale sale = **found;
                     m_provider.requery(sale.requestId, this,
                                        [this, sale](const ProviderAnswer& answer) { onAnswer(sale, answer, true); });
                 });
}

void AirtimeEngine::resend(const AirtimeSale& sale)
{
    // The provider never recorded this request id (the kiosk stopped before it left, or the request was lost on
    // the way): send it again under the same id. Had it arrived after all, the provider answers "already exists".
    m_provider.vend({sale.requestId, sale.providerService, nationalForm(sale), sale.amount}, this,
                    [this, sale](const ProviderAnswer& answer) {
                        ProviderAnswer effective = answer;
                        if (answer.outcome == Outcome::NoRecord)
                            effective.outcome = Outcome::Unknown;
                        onAnswer(sale, effective, true);
                    });
}

void AirtimeEngine::onAnswer(const AirtimeSale& sale, const ProviderAnswer& answer, bool fromRequery)
{
    const bool fromQueue = !fromRequery;
    if (answer.outcome != Outcome::NotSent)
        setOnline(true, QString());

    SaleRepository::Outcome outcome;
    outcome.providerCode = answer.code;
    outcome.providerTransactionId = answer.transactionId;
    outcome.detail = answer.message;
    switch (answer.outcome) {
    case Outcome::Delivered:
        outcome.state = SaleState::Delivered;
        break;
    case Outcome::Failed:
    case Outcome::NotCharged:
        outcome.state = SaleState::Failed;
        break;
    case Outcome::Pending:
        outcome.state = SaleState::Pending;
        break;
    case Outcome::Unknown:
        outcome.state = sale.state == SaleState::Pending ? SaleState::Pending : SaleState::Unknown;
        break;
    case Outcome::NoRecord:
        resend(sale);
        return;
    case Outcome::NotSent:
        setOnline(false, answer.message);
        if (fromQueue && sale.state == SaleState::Sent) {
            // Nothing left the kiosk: back to the front of the queue, and the queue waits for the link.
            outcome.state = SaleState::Created;
            outcome.detail = answer.message;
            settle(sale, outcome, [this, id = sale.id] {
                m_sending = false;
                finished(id);
                m_offlineRetry->start(m_options.offlineRetryMs);
            });
        } else {
            finished(sale.id);
            m_checks.at(sale.id, m_options.offlineRetryMs);
        }
        return;
    }
    if (!isFinal(outcome.state))
        outcome.nextCheckAt = m_clock->nowUtc().addMSecs(m_checks.nextDelayMs(sale.id));
    settle(sale, outcome, [this, id = sale.id, fromQueue, outcome] {
        if (fromQueue) {
            m_queue.removeAll(id);
            m_sending = false;
        }
        finished(id);
        if (!isFinal(outcome.state))
            m_checks.at(id, int(qMax<qint64>(0, m_clock->nowUtc().msecsTo(outcome.nextCheckAt))));
        else
            m_checks.forget(id);
        pump();
    });
}

void AirtimeEngine::settle(const AirtimeSale& sale, const SaleRepository::Outcome& outcome, std::function<void()> after)
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    const qint64 id = sale.id;
    m_worker.run([db, clock, id, outcome] { return SaleRepository(db, *clock).transition(id, outcome, kActor); }, this,
                 [this, id, after = std::move(after)](const Result<AirtimeSale, QString>& moved) {
                     if (moved)
                         emit saleChanged(*moved);
                     else
                         qCWarning(lcAirtime) << "airtime: sale" << id << "could not be updated:" << moved.error();
                     after();
                 });
}

void AirtimeEngine::setOnline(bool online, const QString& detail)
{
    if (online == m_online && detail == m_linkDetail)
        return;
    m_online = online;
    m_linkDetail = detail;
    emit linkChanged(online, detail);
}

void AirtimeEngine::finished(qint64 id)
{
    m_busy.remove(id);
    m_checks.dropIfIdle(id);
}

} // namespace paydesk::airtime
