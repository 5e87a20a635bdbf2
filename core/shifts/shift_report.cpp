#include "shifts/shift_report.h"

#include "billing/payment_attempt.h"
#include "util/csv_text.h"
#include "util/slip_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace paydesk::shifts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ShiftReport", text);
}

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString varianceText(const Money& variance, const MoneyText& text)
{
    if (variance.isZero())
        return tr("none");
    const QString amount = text(Money::fromMinor(std::abs(variance.minorUnits()), variance.currency()));
    return variance.isNegative() ? tr("short by %1").arg(amount) : tr("over by %1").arg(amount);
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
    section.rows.append({tr("Total"), total ? text(*total) : QString()});
}

} // namespace

QString reportTitle(const Shift& shift)
{
    switch (shift.state) {
    case ShiftState::Signed:
        return tr("Z report %1").arg(shift.zLabel());
    case ShiftState::Closed:
        return tr("Shift report, waiting for sign-off");
    case ShiftState::Open:
        return tr("X report (shift still open)");
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

    ReportSection header{tr("Shift"), {}};
    header.rows = {{tr("Shift number"), QString::number(shift.id)},
                   {tr("Desk"), shift.desk},
                   {tr("Cashier"), shift.cashier},
                   {tr("Opened"), when(shift.openedAt)}};
    if (shift.state != ShiftState::Open)
        header.rows.append({tr("Closed"), tr("%1 by %2").arg(when(shift.closedAt), shift.closedBy)});
    header.rows.append({tr("State"), shiftStateLabel(shift.state)});
    sections << header;

    ReportSection drawer{tr("Cash drawer"), {}};
    drawer.rows = {{tr("Opening float"), money(f.openingFloat)},
                   {tr("+ Cash payments"), tally(f.cashPayments)},
                   {tr("- Cash refunds"), tally(f.cashRefunds)},
                   {tr("+ Airtime sold for cash"), tally(f.cashAirtime)},
                   {tr("= Expected cash"), money(f.expectedCash)}};
    if (shift.state != ShiftState::Open) {
        drawer.rows.append({tr("Counted cash"), text(shift.countedCash)});
        drawer.rows.append({tr("Variance"), varianceText(shift.variance, text)});
        if (!shift.varianceReason.isEmpty())
            drawer.rows.append({tr("Reason"), shift.varianceReason});
    }
    sections << drawer;

    ReportSection methods{tr("Payments by method"), {}};
    for (PaymentMethod method :
         {PaymentMethod::Terminal, PaymentMethod::Link, PaymentMethod::Ussd, PaymentMethod::Cash})
        methods.rows.append({describe(method), tally(f.byMethod.value(paymentMethodName(method)))});
    sections << methods;

    if (!f.byTerminal.isEmpty()) {
        ReportSection terminals{tr("Card payments by terminal"), {}};
        for (auto it = f.byTerminal.cbegin(); it != f.byTerminal.cend(); ++it)
            terminals.rows.append({it.key().isEmpty() ? tr("(no terminal)") : it.key(), tally(it.value())});
        sections << terminals;
    }

    sections << ReportSection{tr("Airtime"),
                              {{tr("Delivered"), tally(f.airtimeDelivered)},
                               {tr("Not settled yet"), tally(f.airtimeOpen)},
                               {tr("Failed (cash returned)"), tally(f.airtimeFailed)},
                               {tr("Paid by bank USSD"), tally(f.airtimeByPaystack)}}};
    sections << ReportSection{tr("Refunds, waivers and discounts"),
                              {{tr("Refunds processed"), tally(f.refundsProcessed)},
                               {tr("Refunds in progress"), tally(f.refundsInFlight)},
                               {tr("Refunds failed"), tally(f.refundsFailed)},
                               {tr("Waivers"), tally(f.waivers)},
                               {tr("Discounts"), tally(f.discounts)}}};
    if (f.attemptsWaiting.count > 0 || f.attemptsUnknown.count > 0)
        sections << ReportSection{tr("Not settled at close"),
                                  {{tr("Payment requests waiting"), tally(f.attemptsWaiting)},
                                   {tr("Outcomes unknown"), tally(f.attemptsUnknown)}}};

    ReportSection opening{tr("Opening float by denomination"), {}};
    countRows(opening, shift.openingCount, text);
    sections << opening;
    if (shift.state != ShiftState::Open) {
        ReportSection closing{tr("Closing count by denomination"), {}};
        countRows(closing, shift.closingCount, text);
        sections << closing;
    }
    if (shift.state == ShiftState::Signed)
        sections << ReportSection{tr("Sign-off"),
                                  {{tr("Signed by"), shift.signedBy},
                                   {tr("Signed at"), when(shift.signedAt)},
                                   {tr("Note"), shift.signOffNote},
                                   {tr("Report hash"), shift.reportHash.left(16)}}};
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
        csv_text::line({tr("Shifts"), filterDescription}),
        csv_text::line({tr("Z report"), tr("Shift"), tr("Desk"), tr("Cashier"), tr("State"), tr("Opened"), tr("Closed"),
                        tr("Currency"), tr("Opening float"), tr("Expected cash"), tr("Counted cash"), tr("Variance"),
                        tr("Reason"), tr("Signed by"), tr("Signed at")})};
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
