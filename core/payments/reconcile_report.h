#pragma once

#include "paystack/models.h"
#include "stats/period.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace paydesk {

// One line of a reconciliation: a record as we have it against the same record as the other side (Paystack or
// the airtime provider) has it.
struct ReconcileLine
{
    enum class Source {
        Transaction,    // our Paystack payments against Paystack's successful transactions
        PaymentRequest, // our terminal payments against Paystack's payment requests
        Airtime,        // our airtime sales against the provider's record of each
    };
    enum class Kind {
        Matched,        // both sides agree
        Fixed,          // the other side has a success we had not recorded: handed to the engine, which verifies it
        MissingOurs,    // the other side has a success (a delivery) we have no record of, or recorded as failed
        MissingTheirs,  // we recorded a success the other side does not have
        AmountMismatch, // both sides, different amounts
        Pending,        // still in progress on one side or both: nothing to do yet
        Unchecked,      // the other side could not be asked about it
    };
    Source source = Source::Transaction;
    Kind kind = Kind::Matched;
    QString reference; // the other side's reference (transaction reference, request code, provider request id)
    Money ours;        // invalid when we have no record
    Money theirs;      // invalid when they have none
    qint64 attemptId = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    qint64 saleId = 0;       // airtime
    quint64 paystackId = 0;  // the transaction's or the payment request's id at Paystack
    QString detail;          // translated
    QJsonObject theirRecord; // what the other side sent, shown when the line is opened
};

QString reconcileKindName(ReconcileLine::Kind kind);        // "matched", "fixed", ... (stable, for scripts)
QString reconcileKindTitle(ReconcileLine::Kind kind);       // translated
QString reconcileSourceName(ReconcileLine::Source source);  // "transaction", "payment_request", "airtime"
QString reconcileSourceTitle(ReconcileLine::Source source); // translated
const QList<ReconcileLine::Kind>& allReconcileKinds();
const QList<ReconcileLine::Source>& allReconcileSources();
// Whether a line of this kind needs someone to look at it.
bool reconcileKindIsProblem(ReconcileLine::Kind kind);

struct ReconcileReport
{
    QDateTime from;
    QDateTime to;
    stats::Period days; // the hospital's days, when the period was chosen as days
    QList<ReconcileLine> lines;
    QList<paystack::CurrencyAmount> paystackVolume;     // /transaction/totals for the period
    QList<paystack::CurrencyAmount> ourVolume;          // our Paystack payments that succeeded in the period
    QList<paystack::CurrencyAmount> requestsPaid;       // /paymentrequest/totals: successful, all time
    QList<paystack::CurrencyAmount> requestsPending;    // /paymentrequest/totals: pending, all time
    QList<paystack::CurrencyAmount> ourRequestsPaid;    // our terminal payments with a request, succeeded, all time
    QList<paystack::CurrencyAmount> ourRequestsPending; // ... still waiting, all time
    bool airtimeChecked = false;
    QString airtimeNote; // why airtime was not compared, when it was not

    int count(ReconcileLine::Kind kind) const;
    int count(ReconcileLine::Source source, ReconcileLine::Kind kind) const;
    bool clean() const; // nothing missing, mismatched or unchecked
};

// The lines as CSV for finance: a first line with the period and the filter that chose the lines, a header, then
// one line per record. Amounts are decimal text in their own currency.
QByteArray
reconcileCsv(const ReconcileReport& report, const QList<ReconcileLine>& lines, const QString& filterDescription);

} // namespace paydesk
