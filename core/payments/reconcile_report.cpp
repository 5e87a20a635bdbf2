#include "payments/reconcile_report.h"

#include "util/csv_text.h"

#include <QCoreApplication>

namespace paydesk {

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
    case ReconcileLine::Kind::Pending:
        return QStringLiteral("pending");
    case ReconcileLine::Kind::Unchecked:
        return QStringLiteral("unchecked");
    }
    return {};
}

QString reconcileKindTitle(ReconcileLine::Kind kind)
{
    switch (kind) {
    case ReconcileLine::Kind::Matched:
        return QCoreApplication::translate("Reconcile", "Matched");
    case ReconcileLine::Kind::Fixed:
        return QCoreApplication::translate("Reconcile", "Fixed");
    case ReconcileLine::Kind::MissingOurs:
        return QCoreApplication::translate("Reconcile", "Missing here");
    case ReconcileLine::Kind::MissingTheirs:
        return QCoreApplication::translate("Reconcile", "Missing there");
    case ReconcileLine::Kind::AmountMismatch:
        return QCoreApplication::translate("Reconcile", "Amount differs");
    case ReconcileLine::Kind::Pending:
        return QCoreApplication::translate("Reconcile", "In progress");
    case ReconcileLine::Kind::Unchecked:
        return QCoreApplication::translate("Reconcile", "Not checked");
    }
    return {};
}

QString reconcileSourceName(ReconcileLine::Source source)
{
    switch (source) {
    case ReconcileLine::Source::Transaction:
        return QStringLiteral("transaction");
    case ReconcileLine::Source::PaymentRequest:
        return QStringLiteral("payment_request");
    case ReconcileLine::Source::Airtime:
        return QStringLiteral("airtime");
    }
    return {};
}

QString reconcileSourceTitle(ReconcileLine::Source source)
{
    switch (source) {
    case ReconcileLine::Source::Transaction:
        return QCoreApplication::translate("Reconcile", "Paystack transaction");
    case ReconcileLine::Source::PaymentRequest:
        return QCoreApplication::translate("Reconcile", "Payment request");
    case ReconcileLine::Source::Airtime:
        return QCoreApplication::translate("Reconcile", "Airtime sale");
    }
    return {};
}

const QList<ReconcileLine::Kind>& allReconcileKinds()
{
    static const QList<ReconcileLine::Kind> kinds{
        ReconcileLine::Kind::Matched,       ReconcileLine::Kind::Fixed,          ReconcileLine::Kind::MissingOurs,
        ReconcileLine::Kind::MissingTheirs, ReconcileLine::Kind::AmountMismatch, ReconcileLine::Kind::Pending,
        ReconcileLine::Kind::Unchecked};
    return kinds;
}

const QList<ReconcileLine::Source>& allReconcileSources()
{
    static const QList<ReconcileLine::Source> sources{
        ReconcileLine::Source::Transaction, ReconcileLine::Source::PaymentRequest, ReconcileLine::Source::Airtime};
    return sources;
}

bool reconcileKindIsProblem(ReconcileLine::Kind kind)
{
    return kind == ReconcileLine::Kind::MissingOurs || kind == ReconcileLine::Kind::MissingTheirs ||
           kind == ReconcileLine::Kind::AmountMismatch || kind == ReconcileLine::Kind::Unchecked;
}

int ReconcileReport::count(ReconcileLine::Kind kind) const
{
    return int(
        std::count_if(lines.begin(), lines.end(), [kind](const ReconcileLine& line) { return line.kind == kind; }));
}

int ReconcileReport::count(ReconcileLine::Source source, ReconcileLine::Kind kind) const
{
    return int(std::count_if(lines.begin(), lines.end(), [source, kind](const ReconcileLine& line) {
        return line.source == source && line.kind == kind;
    }));
}

bool ReconcileReport::clean() const
{
    return std::none_of(lines.begin(), lines.end(),
                        [](const ReconcileLine& line) { return reconcileKindIsProblem(line.kind); });
}

QByteArray
reconcileCsv(const ReconcileReport& report, const QList<ReconcileLine>& lines, const QString& filterDescription)
{
    const auto plain = [](const Money& amount) { return amount.isValid() ? amount.toPlainString() : QString(); };
    const auto currency = [](const ReconcileLine& line) {
        return line.ours.isValid() ? line.ours.currency().code() : line.theirs.currency().code();
    };
    QStringList out{
        csv_text::line({QCoreApplication::translate("Reconcile", "Reconciliation"),
                        report.from.toUTC().toString(Qt::ISODate), report.to.toUTC().toString(Qt::ISODate),
                        filterDescription}),
        csv_text::line(
            {QCoreApplication::translate("Reconcile", "Source"), QCoreApplication::translate("Reconcile", "Result"),
             QCoreApplication::translate("Reconcile", "Reference"), QCoreApplication::translate("Reconcile", "Invoice"),
             QCoreApplication::translate("Reconcile", "Currency"), QCoreApplication::translate("Reconcile", "Ours"),
             QCoreApplication::translate("Reconcile", "Theirs"), QCoreApplication::translate("Reconcile", "Detail")})};
    for (const ReconcileLine& line : lines)
        out << csv_text::line({reconcileSourceName(line.source), reconcileKindName(line.kind), line.reference,
                               line.invoiceNumber, currency(line), plain(line.ours), plain(line.theirs), line.detail});
    return (out.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace paydesk
