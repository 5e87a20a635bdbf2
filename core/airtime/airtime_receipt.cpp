#include "airtime/airtime_receipt.h"

#include "airtime/airtime_catalog.h"
#include "airtime/mobile_number.h"
#include "util/slip_text.h"

#include <QCoreApplication>

namespace paydesk::airtime::airtime_receipt {

using namespace slip_text;

namespace {

struct Fields
{
    QString network;
    QString phone;
    QString status;
    QString advice;
    QString paidBy;
};

Fields fieldsOf(const AirtimeSale& sale)
{
    Fields f;
    const auto catalog = AirtimeCatalog::current();
    const Network* network = catalog->network(sale.network);
    f.network = network ? network->name : sale.network;
    const auto number = parseMobileNumber(sale.phone, *catalog, sale.country);
    f.phone = number ? number->display() : sale.phone;
    f.paidBy = sale.payment == u"paystack" ? QCoreApplication::translate("AirtimeReceipt", "Bank USSD")
                                           : QCoreApplication::translate("AirtimeReceipt", "Cash");
    switch (sale.state) {
    case SaleState::Delivered:
        f.status = QCoreApplication::translate("AirtimeReceipt", "DELIVERED");
        break;
    case SaleState::Failed:
        f.status = QCoreApplication::translate("AirtimeReceipt", "FAILED");
        f.advice =
            QCoreApplication::translate("AirtimeReceipt", "Not delivered: the amount is due back to the customer.");
        break;
    case SaleState::Created:
        f.status = QCoreApplication::translate("AirtimeReceipt", "QUEUED");
        f.advice = QCoreApplication::translate(
            "AirtimeReceipt", "Paid and queued: sent automatically when the provider is reachable. Keep this slip.");
        break;
    case SaleState::Sent:
    case SaleState::Pending:
    case SaleState::Unknown:
        f.status = QCoreApplication::translate("AirtimeReceipt", "PENDING");
        f.advice = QCoreApplication::translate(
            "AirtimeReceipt", "Not confirmed yet: do not refund. Keep this slip until the airtime arrives.");
        break;
    }
    return f;
}

} // namespace

QStringList text(const AirtimeSale& sale, const QString& business, int columns)
{
    const Fields f = fieldsOf(sale);
    const QString rule(columns, u'-');
    QStringList out;
    out << centered(ascii(business), columns) << rule;
    out << centered(QCoreApplication::translate("AirtimeReceipt", "AIRTIME"), columns);
    out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Sale"), QString::number(sale.id), columns);
    out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Date"),
                     sale.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), columns);
    out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Network"), ascii(f.network), columns);
    out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Phone"), f.phone, columns);
    out << leftRight(QCoreApplication::translate("AirtimeReceipt", "AMOUNT"), plainAmount(sale.amount), columns);
    out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Paid"), f.paidBy, columns);
    if (!sale.paymentReference.isEmpty())
        out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Payment ref"),
                         sale.paymentReference.right(columns - 13), columns);
    out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Status"), f.status, columns);
    if (!sale.providerTransactionId.isEmpty())
        out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Provider ref"),
                         sale.providerTransactionId.right(columns - 14), columns);
    if (!sale.requestId.isEmpty())
        out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Request"), sale.requestId.right(columns - 9),
                         columns);
    out << leftRight(QCoreApplication::translate("AirtimeReceipt", "Vendor"), ascii(sale.vendor), columns);
    out << rule;
    // The advice wrapped at word boundaries.
    QString line;
    for (const QString& word : ascii(f.advice).split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > columns) {
            out << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word.left(columns);
    }
    if (!line.isEmpty())
        out << line;
    return out;
}

QByteArray escPos(const AirtimeSale& sale, const QString& business, int columns)
{
    const QString name = ascii(business).left(columns).trimmed();
    const QString amount = QCoreApplication::translate("AirtimeReceipt", "AMOUNT");
    return slip_text::escPos(text(sale, business, columns),
                             [&](const QString& line) { return line.trimmed() == name || line.startsWith(amount); });
}

QString html(const AirtimeSale& sale, const QString& business, const QLocale& locale)
{
    const Fields f = fieldsOf(sale);
    auto row = [](const QString& label, const QString& value) -> QString {
        return QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString out = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 10pt'>");
    out += QStringLiteral("<h2 align='center'>%1</h2><p align='center'><b>%2</b></p>")
               .arg(business.toHtmlEscaped(), QCoreApplication::translate("AirtimeReceipt", "Airtime").toHtmlEscaped());
    out += QStringLiteral("<table width='100%'>");
    out += row(QCoreApplication::translate("AirtimeReceipt", "Sale"), QString::number(sale.id));
    out += row(QCoreApplication::translate("AirtimeReceipt", "Date"),
               locale.toString(sale.createdAt.toLocalTime(), QLocale::ShortFormat));
    out += row(QCoreApplication::translate("AirtimeReceipt", "Network"), f.network);
    out += row(QCoreApplication::translate("AirtimeReceipt", "Phone"), f.phone);
    out += QStringLiteral("<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr>")
               .arg(QCoreApplication::translate("AirtimeReceipt", "Amount").toHtmlEscaped(),
                    sale.amount.format(locale).toHtmlEscaped());
    out += row(QCoreApplication::translate("AirtimeReceipt", "Paid"), f.paidBy);
    if (!sale.paymentReference.isEmpty())
        out += row(QCoreApplication::translate("AirtimeReceipt", "Payment ref"), sale.paymentReference);
    out += row(QCoreApplication::translate("AirtimeReceipt", "Status"), f.status);
    if (!sale.providerTransactionId.isEmpty())
        out += row(QCoreApplication::translate("AirtimeReceipt", "Provider ref"), sale.providerTransactionId);
    if (!sale.requestId.isEmpty())
        out += row(QCoreApplication::translate("AirtimeReceipt", "Request"), sale.requestId);
    out += row(QCoreApplication::translate("AirtimeReceipt", "Vendor"), sale.vendor);
    out += QStringLiteral("</table>");
    if (!f.advice.isEmpty())
        out += QStringLiteral("<p><b>%1</b></p>").arg(f.advice.toHtmlEscaped());
    return out + QStringLiteral("</body></html>");
}

} // namespace paydesk::airtime::airtime_receipt
