#include "payments/reconciler.h"

#include "billing/payment_engine.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QPointer>

namespace paydesk {

namespace {

constexpr int kPerPage = 100;
constexpr int kMaxPages = 200; // 20,000 records in one period: more needs a shorter period

struct OurPayment
{
    qint64 attemptId = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QString reference;         // ours
    QString paystackReference; // the transaction's, when verified
    quint64 transactionId = 0;
    QString requestCode; // terminal payments
    QString state;
    Money amount;
};

struct OurSide
{
    QList<OurPayment> payments;
    QList<paystack::CurrencyAmount> requestsPaid;
    QList<paystack::CurrencyAmount> requestsPending;
};

Money moneyIn(const QString& code, qint64 minor)
{
    return Money::fromMinor(minor, Currency::fromCode(code).value_or(Currency()));
}

QList<paystack::CurrencyAmount> amountsOf(const QMap<QString, qint64>& sums)
{
    QList<paystack::CurrencyAmount> list;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        list << paystack::CurrencyAmount{it.key(), moneyIn(it.key(), it.value())};
    return list;
}

bool waiting(const QString& state)
{
    return state == u"created" || state == u"sent" || state == u"delivered" || state == u"waiting" ||
           state == u"unknown";
}

Result<OurSide, DbError> loadOurSide(const Database& db, const QDateTime& from, const QDateTime& to)
{
    OurSide side;
    auto rows = sql::exec(db,
                          QStringLiteral("SELECT a.id, a.invoice_id, i.number, a.reference, a.paystack_reference, "
                                         "a.paystack_transaction_id, a.paystack_request_code, a.state, a.currency, "
                                         "a.amount FROM payment_attempts a JOIN invoices i ON i.id = a.invoice_id "
                                         "WHERE a.created_at >= ? AND a.created_at <= ? AND a.method <> 'cash'"),
                          {sql::timeValue(from), sql::timeValue(to)});
    if (!rows)
        return rows.error();
    while (rows->next())
        side.payments << OurPayment{rows->value(0).toLongLong(),
                                    rows->value(1).toLongLong(),
                                    rows->value(2).toString(),
                                    rows->value(3).toString(),
                                    rows->value(4).toString(),
                                    rows->value(5).toULongLong(),
                                    rows->value(6).toString(),
                                    rows->value(7).toString(),
                                    moneyIn(rows->value(8).toString(), rows->value(9).toLongLong())};
    // Paystack's request totals are for the whole account and all time: ours are summed the same way.
    auto totals = sql::exec(db, QStringLiteral("SELECT currency, state, SUM(amount) FROM payment_attempts "
                                               "WHERE paystack_request_code IS NOT NULL GROUP BY currency, state"));
    if (!totals)
        return totals.error();
    QMap<QString, qint64> paid;
    QMap<QString, qint64> pending;
    while (totals->next()) {
        const QString state = totals->value(1).toString();
        if (state == u"succeeded")
            paid[totals->value(0).toString()] += totals->value(2).toLongLong();
        else if (waiting(state))
            pending[totals->value(0).toString()] += totals->value(2).toLongLong();
    }
    side.requestsPaid = amountsOf(paid);
    side.requestsPending = amountsOf(pending);
    return side;
}

ReconcileLine ourLine(ReconcileLine::Source source, const OurPayment& ours)
{
    ReconcileLine line;
    line.source = source;
    line.ours = ours.amount;
    line.attemptId = ours.attemptId;
    line.invoiceId = ours.invoiceId;
    line.invoiceNumber = ours.invoiceNumber;
    return line;
}

// Paystack's successful transactions against our attempts; fills `fix` with the attempts to verify now.
void compareTransactions(const QList<OurPayment>& ours,
                         const QList<paystack::Transaction>& transactions,
                         const QList<paystack::PaymentRequest>& requests,
                         ReconcileReport& report,
                         QSet<qint64>& fix)
{
    QHash<QString, qsizetype> byReference;
    QHash<quint64, qsizetype> byTransaction;
    QHash<QString, qsizetype> byRequestCode;
    for (qsizetype i = 0; i < ours.size(); ++i) {
        byReference.insert(ours.at(i).reference, i);
        if (!ours.at(i).paystackReference.isEmpty())
            byReference.insert(ours.at(i).paystackReference, i);
        if (ours.at(i).transactionId)
            byTransaction.insert(ours.at(i).transactionId, i);
        if (!ours.at(i).requestCode.isEmpty())
            byRequestCode.insert(ours.at(i).requestCode, i);
    }
    // A terminal payment we have not verified yet is known here only by its request: the request names the
    // transaction that paid it.
    for (const paystack::PaymentRequest& r : requests) {
        const qsizetype index = byRequestCode.value(r.requestCode, -1);
        if (index < 0)
            continue;
        if (r.transactionId && !byTransaction.contains(r.transactionId))
            byTransaction.insert(r.transactionId, index);
        if (!r.transactionReference.isEmpty() && !byReference.contains(r.transactionReference))
            byReference.insert(r.transactionReference, index);
    }
    QSet<qsizetype> seen;
    QMap<QString, qint64> volume;
    for (const paystack::Transaction& t : transactions) {
        qsizetype index = -1;
        const QString metadataReference = t.metadata.value(QStringLiteral("paydesk_reference")).toString();
        if (byTransaction.contains(t.id))
            index = byTransaction.value(t.id);
        else if (byReference.contains(t.reference))
            index = byReference.value(t.reference);
        else if (!metadataReference.isEmpty() && byReference.contains(metadataReference))
            index = byReference.value(metadataReference);
        ReconcileLine line = index < 0 ? ReconcileLine{} : ourLine(ReconcileLine::Source::Transaction, ours.at(index));
        line.reference = t.reference;
        line.theirs = t.amount;
        line.paystackId = t.id;
        line.theirRecord = t.raw;
        if (index < 0) {
            line.kind = ReconcileLine::Kind::MissingOurs;
            line.detail =
                QCoreApplication::translate("Reconcile", "Paystack has a successful %1 payment we have no record of")
                    .arg(t.channel);
            report.lines << line;
            continue;
        }
        seen.insert(index);
        const OurPayment& o = ours.at(index);
        if (!(o.amount == t.amount)) {
            line.kind = ReconcileLine::Kind::AmountMismatch;
            line.detail = QCoreApplication::translate("Reconcile", "we asked %1, Paystack received %2")
                              .arg(o.amount.format(), t.amount.format());
        } else if (o.state != u"succeeded") {
            // A success we missed (the desk was off, the webhook lost): the engine verifies and records it.
            line.kind = ReconcileLine::Kind::Fixed;
            line.detail =
                QCoreApplication::translate("Reconcile", "our attempt was %1: checked with Paystack now").arg(o.state);
            fix.insert(o.attemptId);
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
        ReconcileLine line = ourLine(ReconcileLine::Source::Transaction, o);
        line.kind = ReconcileLine::Kind::MissingTheirs;
        line.reference = o.paystackReference.isEmpty() ? o.reference : o.paystackReference;
        line.paystackId = o.transactionId;
        line.detail =
            QCoreApplication::translate("Reconcile", "we recorded it as paid; Paystack lists no such success");
        report.lines << line;
    }
    report.ourVolume = amountsOf(volume);
}

// Paystack's payment requests (terminal payments) against the attempts that created them.
void compareRequests(const QList<OurPayment>& ours,
                     const QList<paystack::PaymentRequest>& requests,
                     ReconcileReport& report,
                     QSet<qint64>& fix)
{
    QHash<QString, qsizetype> byCode;
    for (qsizetype i = 0; i < ours.size(); ++i)
        if (!ours.at(i).requestCode.isEmpty())
            byCode.insert(ours.at(i).requestCode, i);
    QSet<qsizetype> seen;
    for (const paystack::PaymentRequest& r : requests) {
        const qsizetype index = byCode.value(r.requestCode, -1);
        ReconcileLine line =
            index < 0 ? ReconcileLine{} : ourLine(ReconcileLine::Source::PaymentRequest, ours.at(index));
        line.source = ReconcileLine::Source::PaymentRequest;
        line.reference = r.requestCode;
        line.theirs = r.amount;
        line.paystackId = r.id;
        line.theirRecord = r.raw;
        if (index < 0) {
            line.kind = r.paid ? ReconcileLine::Kind::MissingOurs : ReconcileLine::Kind::Pending;
            line.detail =
                r.paid
                    ? QCoreApplication::translate("Reconcile",
                                                  "Paystack has a paid payment request no desk of ours made")
                    : QCoreApplication::translate("Reconcile", "an open payment request (%1) that no desk of ours made")
                          .arg(r.statusText);
            report.lines << line;
            continue;
        }
        seen.insert(index);
        const OurPayment& o = ours.at(index);
        const bool ourSuccess = o.state == u"succeeded";
        if (!(o.amount == r.amount)) {
            line.kind = ReconcileLine::Kind::AmountMismatch;
            line.detail = QCoreApplication::translate("Reconcile", "we asked %1, the request is for %2")
                              .arg(o.amount.format(), r.amount.format());
        } else if (r.paid && ourSuccess) {
            line.kind = ReconcileLine::Kind::Matched;
        } else if (r.paid) {
            line.kind = ReconcileLine::Kind::Fixed;
            line.detail =
                QCoreApplication::translate("Reconcile", "the request is paid but our attempt was %1: checked with "
                                                         "Paystack now")
                    .arg(o.state);
            fix.insert(o.attemptId);
        } else if (ourSuccess) {
            line.kind = ReconcileLine::Kind::MissingTheirs;
            line.detail = QCoreApplication::translate("Reconcile", "we recorded it as paid; Paystack's request is %1")
                              .arg(r.statusText);
        } else if (waiting(o.state) || r.status == paystack::PaymentRequest::Status::Pending) {
            line.kind = ReconcileLine::Kind::Pending;
            line.detail = waiting(o.state)
                              ? QCoreApplication::translate("Reconcile", "waiting for the customer on both sides")
                              : QCoreApplication::translate(
                                    "Reconcile", "our attempt was %1 but the request is still open at Paystack")
                                    .arg(o.state);
        } else {
            line.kind = ReconcileLine::Kind::Matched;
            line.detail = QCoreApplication::translate("Reconcile", "not paid on either side");
        }
        report.lines << line;
    }
    for (qsizetype i = 0; i < ours.size(); ++i) {
        const OurPayment& o = ours.at(i);
        if (o.requestCode.isEmpty() || o.state != u"succeeded" || seen.contains(i))
            continue;
        ReconcileLine line = ourLine(ReconcileLine::Source::PaymentRequest, o);
        line.kind = ReconcileLine::Kind::MissingTheirs;
        line.reference = o.requestCode;
        line.detail = QCoreApplication::translate("Reconcile", "we recorded it as paid; Paystack lists no such request "
                                                               "in the period");
        report.lines << line;
    }
}

// Whether a list has pages after this one.
template <typename T> bool morePages(const paystack::Page<T>& got, int page)
{
    return got.items.size() == kPerPage && (got.meta.pageCount == 0 || page < got.meta.pageCount) && page < kMaxPages;
}

} // namespace

struct Reconciler::Job
{
    QDateTime from;
    QDateTime to;
    QPointer<QObject> context;
    Done done;
    QList<paystack::Transaction> transactions;
    QList<paystack::PaymentRequest> requests;
    ReconcileReport report;
    void finish(const Result<ReconcileReport, QString>& result)
    {
        if (context)
            done(result);
    }
    paystack::ListQuery query(int page) const
    {
        paystack::ListQuery q;
        q.perPage = kPerPage;
        q.page = page;
        q.from = from;
        q.to = to;
        return q;
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
                                     fetchTransactions(job, 1);
                                 });
}

void Reconciler::fetchTransactions(const std::shared_ptr<Job>& job, int page)
{
    paystack::ListQuery query = job->query(page);
    query.filters.insert(QStringLiteral("status"), QStringLiteral("success"));
    m_paystack.listTransactions(
        query, this, [this, job, page](const Result<paystack::Page<paystack::Transaction>, PaystackError>& got) {
            if (!got)
                return job->finish(got.error().describe());
            job->transactions << got->items;
            if (morePages(*got, page))
                return fetchTransactions(job, page + 1);
            fetchRequests(job, 1);
        });
}

void Reconciler::fetchRequests(const std::shared_ptr<Job>& job, int page)
{
    m_paystack.listPaymentRequests(
        job->query(page), this,
        [this, job, page](const Result<paystack::Page<paystack::PaymentRequest>, PaystackError>& got) {
            if (!got)
                return job->finish(got.error().describe());
            job->requests << got->items;
            if (morePages(*got, page))
                return fetchRequests(job, page + 1);
            fetchRequestTotals(job);
        });
}

void Reconciler::fetchRequestTotals(const std::shared_ptr<Job>& job)
{
    m_paystack.paymentRequestTotals(this,
                                    [this, job](const Result<paystack::PaymentRequestTotals, PaystackError>& totals) {
                                        if (!totals)
                                            return job->finish(totals.error().describe());
                                        job->report.requestsPaid = totals->successful;
                                        job->report.requestsPending = totals->pending;
                                        compare(job);
                                    });
}

void Reconciler::compare(const std::shared_ptr<Job>& job)
{
    m_worker.run([db = m_db, from = job->from, to = job->to] { return loadOurSide(db, from, to); }, this,
                 [this, job](const Result<OurSide, DbError>& loaded) {
                     if (!loaded)
                         return job->finish(loaded.error().message);
                     ReconcileReport& report = job->report;
                     report.ourRequestsPaid = loaded->requestsPaid;
                     report.ourRequestsPending = loaded->requestsPending;
                     QSet<qint64> fix;
                     compareTransactions(loaded->payments, job->transactions, job->requests, report, fix);
                     compareRequests(loaded->payments, job->requests, report, fix);
                     if (m_engine)
                         for (qint64 attemptId : std::as_const(fix))
                             m_engine->checkNow(attemptId);
                     job->finish(report);
                 });
}

} // namespace paydesk
