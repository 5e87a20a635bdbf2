#include "payments/reconciler.h"

#include "billing/payment_engine.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QPointer>

namespace paydesk {

namespace {

constexpr int kMaxPages = 200; // 20,000 transactions in one period: more needs a shorter period

struct OurPayment
{
    qint64 attemptId = 0;
    QString reference;         // ours
    QString paystackReference; // the transaction's, when verified
    quint64 transactionId = 0;
    QString state;
    Money amount;
};

} // namespace

QString reconcileKindName(ReconcileLine::Kind kind)
{
    switch (kind) {
    case ReconcileLine::Kind::Matched:
        return QStringLiteral("matched");
    case ReconcileLine::Kind::Fixed:
        return QStringLiteral("fixed");
    case ReconcileLine::Kind::MissingOurs:
        return QStringLiteral("missing_ours");
    case ReconcileLine::Kind::MissingTheirs:
        return QStringLiteral("missing_theirs");
    case ReconcileLine::Kind::AmountMismatch:
        return QStringLiteral("amount_mismatch");
    }
    return {};
}

int ReconcileReport::count(ReconcileLine::Kind kind) const
{
    return int(
        std::count_if(lines.begin(), lines.end(), [kind](const ReconcileLine& line) { return line.kind == kind; }));
}

bool ReconcileReport::clean() const
{
    return count(ReconcileLine::Kind::MissingOurs) == 0 && count(ReconcileLine::Kind::MissingTheirs) == 0 &&
           count(ReconcileLine::Kind::AmountMismatch) == 0;
}

struct Reconciler::Job
{
    QDateTime from;
    QDateTime to;
    QPointer<QObject> context;
    Done done;
    QList<paystack::Transaction> transactions;
    ReconcileReport report;
    void finish(const Result<ReconcileReport, QString>& result)
    {
        if (context)
            done(result);
    }
};

Reconciler::Reconciler(
    Database db, DatabaseWorker& worker, PaystackClient& paystack, PaymentEngine* engine, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_worker(worker), m_paystack(paystack), m_engine(engine)
{}

void Reconciler::run(const QDateTime& from, const QDateTime& to, QObject* context, Done done)
{
    auto job = std::make_shared<Job>();
    job->from = from.toUTC();
    job->to = to.toUTC();
    job->context = context;
    job->done = std::move(done);
    job->report.from = job->from;
    job->report.to = job->to;
    m_paystack.transactionTotals(job->from, job->to, this,
                                 [this, job](const Result<paystack::TransactionTotals, PaystackError>& totals) {
                                     if (!totals)
                                         return job->finish(totals.error().describe());
                                     job->report.paystackVolume = totals->volumeByCurrency;
                                     fetchPage(job, 1);
                                 });
}

void Reconciler::fetchPage(const std::shared_ptr<Job>& job, int page)
{
    paystack::ListQuery query;
    query.perPage = 100;
    query.page = page;
    query.from = job->from;
    query.to = job->to;
    query.filters.insert(QStringLiteral("status"), QStringLiteral("success"));
    m_paystack.listTransactions(
        query, this, [this, job, page](const Result<paystack::Page<paystack::Transaction>, PaystackError>& got) {
            if (!got)
                return job->finish(got.error().describe());
            job->transactions << got->items;
            const bool more = got->items.size() == 100 && (got->meta.pageCount == 0 || page < got->meta.pageCount);
            if (more && page < kMaxPages)
                return fetchPage(job, page + 1);
            compare(job);
        });
}

void Reconciler::compare(const std::shared_ptr<Job>& job)
{
    m_worker.run(
        [db = m_db, from = job->from, to = job->to]() -> Result<QList<OurPayment>, DbError> {
            auto rows = sql::exec(db,
                                  QStringLiteral("SELECT id, reference, paystack_reference, paystack_transaction_id, "
                                                 "state, currency, amount FROM payment_attempts WHERE method <> 'cash' "
                                                 "AND created_at >= ? AND created_at <= ?"),
                                  {sql::timeValue(from), sql::timeValue(to)});
            if (!rows)
                return rows.error();
            QList<OurPayment> ours;
            while (rows->next()) {
                ours << OurPayment{
                    rows->value(0).toLongLong(),
                    rows->value(1).toString(),
                    rows->value(2).toString(),
                    rows->value(3).toULongLong(),
                    rows->value(4).toString(),
                    Money::fromMinor(rows->value(6).toLongLong(),
                                     Currency::fromCode(rows->value(5).toString()).value_or(Currency()))};
            }
            return ours;
        },
        this,
        [this, job](const Result<QList<OurPayment>, DbError>& loaded) {
            if (!loaded)
                return job->finish(loaded.error().message);
            ReconcileReport& report = job->report;
            QList<OurPayment> ours = *loaded;
            QHash<QString, qsizetype> byReference;
            QHash<quint64, qsizetype> byTransaction;
            for (qsizetype i = 0; i < ours.size(); ++i) {
                byReference.insert(ours.at(i).reference, i);
                if (!ours.at(i).paystackReference.isEmpty())
                    byReference.insert(ours.at(i).paystackReference, i);
                if (ours.at(i).transactionId)
                    byTransaction.insert(ours.at(i).transactionId, i);
            }
            QSet<qsizetype> seen;
            QMap<QString, qint64> volume;
            for (const paystack::Transaction& t : job->transactions) {
                qsizetype index = -1;
                const QString metadataReference = t.metadata.value(QStringLiteral("paydesk_reference")).toString();
                if (byTransaction.contains(t.id))
                    index = byTransaction.value(t.id);
                else if (byReference.contains(t.reference))
                    index = byReference.value(t.reference);
                else if (!metadataReference.isEmpty() && byReference.contains(metadataReference))
                    index = byReference.value(metadataReference);
                ReconcileLine line;
                line.reference = t.reference;
                line.theirs = t.amount;
                if (index < 0) {
                    line.kind = ReconcileLine::Kind::MissingOurs;
                    line.detail = QCoreApplication::translate(
                                      "Reconcile", "Paystack has a successful %1 payment we have no record of")
                                      .arg(t.channel);
                    report.lines << line;
                    continue;
                }
                seen.insert(index);
                const OurPayment& ours_ = ours.at(index);
                line.ours = ours_.amount;
                line.attemptId = ours_.attemptId;
                if (!(ours_.amount == t.amount)) {
                    line.kind = ReconcileLine::Kind::AmountMismatch;
                    line.detail = QCoreApplication::translate("Reconcile", "we asked %1, Paystack received %2")
                                      .arg(ours_.amount.format(), t.amount.format());
                } else if (ours_.state != u"succeeded") {
                    // A success we missed (the desk was off, the webhook lost): the engine verifies and records it.
                    line.kind = ReconcileLine::Kind::Fixed;
                    line.detail =
                        QCoreApplication::translate("Reconcile", "our attempt was %1: checked with Paystack now")
                            .arg(ours_.state);
                    if (m_engine)
                        m_engine->checkNow(ours_.attemptId);
                } else {
                    line.kind = ReconcileLine::Kind::Matched;
                }
                report.lines << line;
            }
            for (qsizetype i = 0; i < ours.size(); ++i) {
                const OurPayment& o = ours.at(i);
                if (o.state == u"succeeded")
                    volume[o.amount.currency().code()] += o.amount.minorUnits();
                if (o.state != u"succeeded" || seen.contains(i))
                    continue;
                ReconcileLine line;
                line.kind = ReconcileLine::Kind::MissingTheirs;
                line.reference = o.paystackReference.isEmpty() ? o.reference : o.paystackReference;
                line.ours = o.amount;
                line.attemptId = o.attemptId;
                line.detail =
                    QCoreApplication::translate("Reconcile", "we recorded it as paid; Paystack lists no such success");
                report.lines << line;
            }
            for (auto it = volume.cbegin(); it != volume.cend(); ++it)
                report.ourVolume << paystack::CurrencyAmount{
                    it.key(), Money::fromMinor(it.value(), Currency::fromCode(it.key()).value_or(Currency()))};
            job->finish(report);
        });
}

} // namespace paydesk
