#include "airtime/airtime_reconciler.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QPointer>

namespace paydesk::airtime {

namespace {

constexpr int kInFlight = 4; // requeries at once: quick enough for a day, gentle on the provider
// After this many requeries in a row without an answer the provider is taken as down: the rest are reported as
// not checked at once rather than each waiting out its deadline.
constexpr int kGiveUpAfter = 8;

using Outcome = ProviderAnswer::Outcome;
using Kind = ReconcileLine::Kind;

bool settled(SaleState state)
{
    return state == SaleState::Delivered || state == SaleState::Failed;
}

} // namespace

ReconcileLine airtimeLine(const AirtimeSale& sale, const ProviderAnswer& answer)
{
    ReconcileLine line;
    line.source = ReconcileLine::Source::Airtime;
    line.reference = sale.requestId;
    line.saleId = sale.id;
    line.ours = sale.amount;
    line.theirs = answer.amount;
    line.theirRecord =
        QJsonObject{{QStringLiteral("code"), answer.code},
                    {QStringLiteral("message"), answer.message},
                    {QStringLiteral("transactionId"), answer.transactionId},
                    {QStringLiteral("amount"), answer.amount.isValid() ? answer.amount.toPlainString() : QString()}};
    const bool theyDelivered = answer.outcome == Outcome::Delivered;
    const bool theyDidNot = answer.outcome == Outcome::Failed || answer.outcome == Outcome::NotCharged ||
                            answer.outcome == Outcome::NoRecord;
    if (answer.outcome == Outcome::Unknown || answer.outcome == Outcome::NotSent) {
        line.kind = Kind::Unchecked;
        line.detail =
            QCoreApplication::translate("Reconcile", "the provider could not be asked: %1").arg(answer.message);
    } else if (sale.state == SaleState::Delivered && theyDelivered) {
        const bool sameAmount = !answer.amount.isValid() || answer.amount == sale.amount;
        line.kind = sameAmount ? Kind::Matched : Kind::AmountMismatch;
        if (!sameAmount)
            line.detail = QCoreApplication::translate("Reconcile", "we sold %1, the provider delivered %2")
                              .arg(sale.amount.format(), answer.amount.format());
    } else if (sale.state == SaleState::Delivered && theyDidNot) {
        line.kind = Kind::MissingTheirs;
        line.detail = QCoreApplication::translate("Reconcile", "we recorded it as delivered; the provider says: %1")
                          .arg(answer.message);
    } else if (sale.state == SaleState::Failed && theyDelivered) {
        line.kind = Kind::MissingOurs;
        line.detail = QCoreApplication::translate(
            "Reconcile", "the provider delivered a sale we recorded as failed (the customer's money was given back)");
    } else if (sale.state == SaleState::Failed && theyDidNot) {
        line.kind = Kind::Matched;
        line.detail = QCoreApplication::translate("Reconcile", "not delivered on either side");
    } else if (!settled(sale.state) && (theyDelivered || theyDidNot)) {
        line.kind = Kind::Pending;
        line.detail = QCoreApplication::translate(
                          "Reconcile", "still %1 here; the provider says: %2. The kiosk's next check settles it.")
                          .arg(saleStateName(sale.state), answer.message);
    } else {
        line.kind = Kind::Pending;
        line.detail =
            QCoreApplication::translate("Reconcile", "the provider is still processing it: %1").arg(answer.message);
    }
    return line;
}

struct AirtimeReconciler::Job
{
    QPointer<QObject> context;
    Done done;
    QList<AirtimeSale> sales;
    QList<ReconcileLine> lines; // one per sale, in the sales' order
    qsizetype next = 0;
    int inFlight = 0;
    int answered = 0;
    int unanswered = 0; // requeries in a row that got no answer
    void finish(const Result<QList<ReconcileLine>, QString>& result)
    {
        if (context)
            done(result);
    }
};

AirtimeReconciler::AirtimeReconciler(Database db, DatabaseWorker& worker, AirtimeProvider& provider, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_worker(worker), m_provider(provider)
{}

void AirtimeReconciler::run(const QDateTime& from, const QDateTime& to, QObject* context, Done done)
{
    auto job = std::make_shared<Job>();
    job->context = context;
    job->done = std::move(done);
    m_worker.run(
        [db = m_db, from = from.toUTC(), to = to.toUTC()] {
            return sql::all(
                db,
                QStringLiteral("SELECT id, state, request_id, provider, currency, amount FROM airtime_sales "
                               "WHERE created_at >= ? AND created_at <= ? ORDER BY created_at, id LIMIT ?"),
                {sql::timeValue(from), sql::timeValue(to), kMaxSales + 1}, [](const QSqlQuery& q) {
                    AirtimeSale sale;
                    sale.id = q.value(0).toLongLong();
                    sale.state = saleStateFromName(q.value(1).toString()).value_or(SaleState::Unknown);
                    sale.requestId = q.value(2).toString();
                    sale.provider = q.value(3).toString();
                    sale.amount = Money::fromMinor(q.value(5).toLongLong(),
                                                   Currency::fromCode(q.value(4).toString()).value_or(Currency()));
                    return sale;
                });
        },
        this,
        [this, job](const Result<QList<AirtimeSale>, DbError>& sales) {
            if (!sales)
                return job->finish(sales.error().message);
            if (sales->size() > kMaxSales)
                return job->finish(
                    QCoreApplication::translate("Reconcile",
                                                "More than %1 airtime sales in the period: reconcile a shorter one.")
                        .arg(kMaxSales));
            job->sales = *sales;
            job->lines.resize(job->sales.size());
            if (job->sales.isEmpty())
                return job->finish(job->lines);
            for (int i = 0; i < kInFlight; ++i)
                askNext(job);
        });
}

void AirtimeReconciler::askNext(const std::shared_ptr<Job>& job)
{
    while (job->next < job->sales.size()) {
        const qsizetype index = job->next++;
        const AirtimeSale& sale = job->sales.at(index);
        // A sale still queued on the kiosk has never been sent: there is nothing to ask about yet.
        if (sale.requestId.isEmpty()) {
            ReconcileLine line = airtimeLine(sale, ProviderAnswer{Outcome::Pending, {}, {}, {}, {}});
            line.detail = QCoreApplication::translate("Reconcile", "queued on the kiosk, not sent to the provider yet");
            job->lines[index] = line;
            ++job->answered;
            continue;
        }
        if (job->unanswered >= kGiveUpAfter) {
            ReconcileLine line = airtimeLine(sale, ProviderAnswer{Outcome::Unknown, {}, {}, {}, {}});
            line.detail = QCoreApplication::translate(
                "Reconcile", "not asked: the provider stopped answering during this reconciliation");
            job->lines[index] = line;
            ++job->answered;
            continue;
        }
        if (sale.provider != m_provider.name()) {
            ReconcileLine line = airtimeLine(sale, ProviderAnswer{Outcome::Unknown, {}, {}, {}, {}});
            line.detail = QCoreApplication::translate("Reconcile", "sold through %1, which this desk cannot ask")
                              .arg(sale.provider);
            job->lines[index] = line;
            ++job->answered;
            continue;
        }
        ++job->inFlight;
        m_provider.requery(sale.requestId, this, [this, job, index](const ProviderAnswer& answer) {
            job->lines[index] = airtimeLine(job->sales.at(index), answer);
            const bool noAnswer = answer.outcome == Outcome::Unknown || answer.outcome == Outcome::NotSent;
            job->unanswered = noAnswer ? job->unanswered + 1 : 0;
            --job->inFlight;
            ++job->answered;
            askNext(job);
        });
        return;
    }
    if (job->inFlight == 0 && job->answered == job->sales.size()) {
        job->answered = -1; // finished once
        job->finish(job->lines);
    }
}

} // namespace paydesk::airtime
