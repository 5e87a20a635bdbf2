#include "shifts/shift_report.h"

#include "billing/payment_attempt.h"
#include "util/csv_text.h"
#include "util/slip_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace paydesk::shifts {

namespace {

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString varianceText(const Money& variance, const MoneyText& text)
{
    if (variance.isZero())
        return QCoreApplication::translate("ShiftReport", "none");
    const QString amount = text(Money::fromMinor(std::abs(variance.minorUnits()), variance.currency()));
    return variance.isNegative() ? QCoreApplication::translate("ShiftReport", "short by %1").arg(amount)
                                 : QCoreApplication::translate("ShiftReport", "over by %1").arg(amount);
}

void countRows(ReportSection& section, const CashCount& count, const MoneyText& text)
{
    for (qint64 denomination : denominationsOf(count.currency())) {
        const int pieces = count.pieces(denomination);
        if (pieces == 0)
            continue;
        const auto line = Money::fromMinor(denomination, count.currency()).times(pieces);
        section.rows.append(
            {QStringLiteral("%1 x %2").arg(text(Money::fromMinor(denomination, count.currency()))).arg(pieces),
             line ? text(*line) : QString()});
    }
    const auto total = count.total();
    section.rows.append({QCoreApplication::translate("ShiftReport", "Total"), total ? text(*total) : QString()});
}

} // namespace

QString reportTitle(const Shift& shift)
{
    switch (shift.state) {
    case ShiftState::Signed:
        return QCoreApplication::translate("ShiftReport", "Z report %1").arg(shift.zLabel());
    case ShiftState::Closed:
        return QCoreApplication::translate("ShiftReport", "Shift report, waiting for sign-off");
    case ShiftState::Open:
        return QCoreApplication::translate("ShiftReport", "X report (shift still open)");
    }
    return {};
}

QList<ReportSection> reportSections(const Shift& shift, const ShiftFigures& f, MoneyText text)
{
    if (!text)
        text = [](const Money& m) { return m.format(); };
    const auto money = [&f, &text](qint64 minor) { return text(Money::fromMinor(minor, f.currency)); };
    const auto tally = [&money](const Tally& t) -> QString {
        return t.count == 0 ? QStringLiteral("0") : QStringLiteral("%1 (%2)").arg(money(t.amount)).arg(t.count);
    };
    QList<ReportSection> sections;

    ReportSection header{QCoreApplication::translate("ShiftReport", "Shift"), {}};
    header.rows = {{QCoreApplication::translate("ShiftReport", "Shift number"), QString::number(shift.id)},
                   {QCoreApplication::translate("ShiftReport", "Desk"), shift.desk},
                   {QCoreApplication::translate("ShiftReport", "Cashier"), shift.cashier},
                   {QCoreApplication::translate("ShiftReport", "Opened"), when(shift.openedAt)}};
    if (shift.state != ShiftState::Open)
        header.rows.append(
            {QCoreApplication::translate("ShiftReport", "Closed"),
             QCoreApplication::translate("ShiftReport", "%1 by %2").arg(when(shift.closedAt), shift.closedBy)});
    header.rows.append({QCoreApplication::translate("ShiftReport", "State"), shiftStateLabel(shift.state)});
    sections << header;

    ReportSection drawer{QCoreApplication::translate("ShiftReport", "Cash drawer"), {}};
    drawer.rows = {{QCoreApplication::translate("ShiftReport", "Opening float"), money(f.openingFloat)},
                   {QCoreApplication::translate("ShiftReport", "+ Cash payments"), tally(f.cashPayments)},
                   {QCoreApplication::translate("ShiftReport", "- Cash refunds"), tally(f.cashRefunds)},
                   {QCoreApplication::translate("ShiftReport", "+ Airtime sold for cash"), tally(f.cashAirtime)},
                   {QCoreApplication::translate("ShiftReport", "= Expected cash"), money(f.expectedCash)}};
    if (shift.state != ShiftState::Open) {
        drawer.rows.append({QCoreApplication::translate("ShiftReport", "Counted cash"), text(shift.countedCash)});
        drawer.rows.append(
            {QCoreApplication::translate("ShiftReport", "Variance"), varianceText(shift.variance, text)});
        if (!shift.varianceReason.isEmpty())
            drawer.rows.append({QCoreApplication::translate("ShiftReport", "Reason"), shift.varianceReason});
    }
    sections << drawer;

    ReportSection methods{QCoreApplication::translate("ShiftReport", "Payments by method"), {}};
    for (PaymentMethod method :
         {PaymentMethod::Terminal, PaymentMethod::Link, PaymentMethod::Ussd, PaymentMethod::Cash})
        methods.rows.append({describe(method), tally(f.byMethod.value(paymentMethodName(method)))});
    sections << methods;

    if (!f.byTerminal.isEmpty()) {
        ReportSection terminals{QCoreApplication::translate("ShiftReport", "Card payments by terminal"), {}};
        for (auto it = f.byTerminal.cbegin(); it != f.byTerminal.cend(); ++it)
            terminals.rows.append(
                {it.key().isEmpty() ? QCoreApplication::translate("ShiftReport", "(no terminal)") : it.key(),
                 tally(it.value())});
        sections << terminals;
    }

    sections << ReportSection{
        QCoreApplication::translate("ShiftReport", "Airtime"),
        {{QCoreApplication::translate("ShiftReport", "Delivered"), tally(f.airtimeDelivered)},
         {QCoreApplication::translate("ShiftReport", "Not settled yet"), tally(f.airtimeOpen)},
         {QCoreApplication::translate("ShiftReport", "Failed (cash returned)"), tally(f.airtimeFailed)},
         {QCoreApplication::translate("ShiftReport", "Paid by bank USSD"), tally(f.airtimeByPaystack)}}};
    sections << ReportSection{
        QCoreApplication::translate("ShiftReport", "Refunds, waivers and discounts"),
        {{QCoreApplication::translate("ShiftReport", "Refunds processed"), tally(f.refundsProcessed)},
         {QCoreApplication::translate("ShiftReport", "Refunds in progress"), tally(f.refundsInFlight)},
         {QCoreApplication::translate("ShiftReport", "Refunds failed"), tally(f.refundsFailed)},
         {QCoreApplication::translate("ShiftReport", "Waivers"), tally(f.waivers)},
         {QCoreApplication::translate("ShiftReport", "Discounts"), tally(f.discounts)}}};
    if (f.attemptsWaiting.count > 0 || f.attemptsUnknown.count > 0)
        sections << ReportSection{
            QCoreApplication::translate("ShiftReport", "Not settled at close"),
            {{QCoreApplication::translate("ShiftReport", "Payment requests waiting"), tally(f.attemptsWaiting)},
             {QCoreApplication::translate("ShiftReport", "Outcomes unknown"), tally(f.attemptsUnknown)}}};

    ReportSection opening{QCoreApplication::translate("ShiftReport", "Opening float by denomination"), {}};
    countRows(opening, shift.openingCount, text);
    sections << opening;
    if (shift.state != ShiftState::Open) {
        ReportSection closing{QCoreApplication::translate("ShiftReport", "Closing count by denomination"), {}};
        countRows(closing, shift.closingCount, text);
        sections << closing;
    }
    if (shift.state == ShiftState::Signed)
        sections << ReportSection{
            QCoreApplication::translate("ShiftReport", "Sign-off"),
            {{QCoreApplication::translate("ShiftReport", "Signed by"), shift.signedBy},
             {QCoreApplication::translate("ShiftReport", "Signed at"), when(shift.signedAt)},
             {QCoreApplication::translate("ShiftReport", "Note"), shift.signOffNote},
             {QCoreApplication::translate("ShiftReport", "Report hash"), shift.reportHash.left(16)}}};
    return sections;
}

QString reportHtml(const Shift& shift, const ShiftFigures& figures)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(reportTitle(shift).toHtmlEscaped());
    for (const ReportSection& section : reportSections(shift, figures)) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3' width='100%'>")
                    .arg(section.title.toHtmlEscaped());
        for (const auto& [label, value] : section.rows)
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    return html;
}

QStringList reportSlipLines(const Shift& shift, const ShiftFigures& figures, int columns)
{
    QStringList lines{slip_text::centered(slip_text::ascii(reportTitle(shift)), columns), QString()};
    // Receipt printers' code pages have no naira sign: amounts are spelt "NGN 1,000.00".
    for (const ReportSection& section : reportSections(shift, figures, slip_text::plainAmount)) {
        lines << slip_text::ascii(section.title).toUpper();
        for (const auto& [label, value] : section.rows)
            lines << slip_text::leftRight(slip_text::ascii(label), slip_text::ascii(value), columns);
        lines << QString();
    }
    if (shift.state != ShiftState::Signed)
        lines << slip_text::centered(QStringLiteral("NOT SIGNED OFF"), columns);
    return lines;
}

QByteArray reportEscPos(const Shift& shift, const ShiftFigures& figures, int columns)
{
    const QStringList lines = reportSlipLines(shift, figures, columns);
    QStringList headings{lines.value(0)};
    for (const ReportSection& section : reportSections(shift, figures))
        headings << slip_text::ascii(section.title).toUpper();
    return slip_text::escPos(lines, [&headings](const QString& line) { return headings.contains(line); });
}

QByteArray shiftsCsv(const QList<Shift>& shifts, const QString& filterDescription)
{
    QStringList out{
        csv_text::line({QCoreApplication::translate("ShiftReport", "Shifts"), filterDescription}),
        csv_text::line(
            {QCoreApplication::translate("ShiftReport", "Z report"),
             QCoreApplication::translate("ShiftReport", "Shift"), QCoreApplication::translate("ShiftReport", "Desk"),
             QCoreApplication::translate("ShiftReport", "Cashier"), QCoreApplication::translate("ShiftReport", "State"),
             QCoreApplication::translate("ShiftReport", "Opened"), QCoreApplication::translate("ShiftReport", "Closed"),
             QCoreApplication::translate("ShiftReport", "Currency"),
             QCoreApplication::translate("ShiftReport", "Opening float"),
             QCoreApplication::translate("ShiftReport", "Expected cash"),
             QCoreApplication::translate("ShiftReport", "Counted cash"),
             QCoreApplication::translate("ShiftReport", "Variance"),
             QCoreApplication::translate("ShiftReport", "Reason"),
             QCoreApplication::translate("ShiftReport", "Signed by"),
             QCoreApplication::translate("ShiftReport", "Signed at")})};
    const auto plain = [](const Shift& s, const Money& m) {
        return s.state == ShiftState::Open ? QString() : m.toPlainString();
    };
    for (const Shift& s : shifts)
        out << csv_text::line({s.zLabel(), QString::number(s.id), s.desk, s.cashier, shiftStateName(s.state),
                               s.openedAt.toUTC().toString(Qt::ISODate), s.closedAt.toUTC().toString(Qt::ISODate),
                               s.currency.code(), s.openingFloat.toPlainString(), plain(s, s.expectedCash),
                               plain(s, s.countedCash), plain(s, s.variance), s.varianceReason, s.signedBy,
                               s.signedAt.toUTC().toString(Qt::ISODate)});
    return (out.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace paydesk::shifts
