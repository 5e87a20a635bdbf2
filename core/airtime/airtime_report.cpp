#include "airtime/airtime_report.h"

#include "airtime/airtime_catalog.h"
#include "util/csv_text.h"

#include <QCoreApplication>
#include <QMap>

#include <tuple>

namespace paydesk::airtime {

namespace {

void count(AirtimeReport::Counts& counts, const AirtimeSale& sale)
{
    ++counts.sales;
    switch (sale.state) {
    case SaleState::Delivered:
        ++counts.delivered;
        counts.value = counts.value.plus(sale.amount).valueOr(counts.value);
        counts.commission = counts.commission.plus(sale.commission).valueOr(counts.commission);
        break;
    case SaleState::Failed:
        ++counts.failed;
        break;
    case SaleState::Created:
    case SaleState::Sent:
    case SaleState::Pending:
    case SaleState::Unknown:
        ++counts.open;
        break;
    }
}

template <typename T> T zeroed(const Currency& currency)
{
    T counts;
    counts.value = Money::fromMinor(0, currency);
    counts.commission = Money::fromMinor(0, currency);
    return counts;
}

QString networkName(const QString& code)
{
    const auto catalog = AirtimeCatalog::current();
    const Network* network = catalog->network(code);
    return network ? network->name : code;
}

QString rate(int permille)
{
    return permille < 0 ? QStringLiteral("-") : QStringLiteral("%1.%2 %").arg(permille / 10).arg(permille % 10);
}

QString seconds(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : QStringLiteral("%1.%2 s").arg(ms / 1000).arg((ms % 1000) / 100);
}

void csvRow(QString& out, const QStringList& fields)
{
    out += csv_text::line(fields) + QStringLiteral("\r\n");
}

} // namespace

int AirtimeReport::Counts::successPermille() const
{
    const int settled = delivered + failed;
    return settled == 0 ? -1 : int(qint64(delivered) * 1000 / settled);
}

QDateTime AirtimeReport::startUtc(QDate day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}

AirtimeReport AirtimeReport::build(const QList<AirtimeSale>& sales,
                                   QDate from,
                                   QDate to,
                                   const QString& desk,
                                   const Currency& currency,
                                   const QTimeZone& zone)
{
    AirtimeReport report;
    report.from = from;
    report.to = to;
    report.desk = desk;
    report.totals = zeroed<Counts>(currency);
    QMap<QDate, Day> days;
    QMap<QString, NetworkLine> networks;
    QMap<QString, qint64> deliveryMs;
    QMap<std::tuple<int, QString, QString>, Problem> problems;
    for (const AirtimeSale& sale : sales) {
        if (!desk.isEmpty() && sale.desk != desk)
            continue;
        if (sale.amount.currency() != currency)
            continue;
        const QDate day = sale.createdAt.toTimeZone(zone).date();
        if (day < from || day > to)
            continue;
        count(report.totals, sale);
        auto dayIt = days.find(day);
        if (dayIt == days.end()) {
            dayIt = days.insert(day, zeroed<Day>(currency));
            dayIt->date = day;
        }
        count(*dayIt, sale);
        auto netIt = networks.find(sale.network);
        if (netIt == networks.end()) {
            netIt = networks.insert(sale.network, zeroed<NetworkLine>(currency));
            netIt->network = sale.network;
        }
        count(*netIt, sale);
        if (sale.state == SaleState::Delivered && sale.settledAt.isValid())
            deliveryMs[sale.network] += qMax<qint64>(0, sale.createdAt.msecsTo(sale.settledAt));
        if (sale.state != SaleState::Delivered && sale.state != SaleState::Created && sale.state != SaleState::Sent) {
            const auto key = std::make_tuple(int(sale.state), sale.providerCode, sale.detail);
            auto problem = problems.find(key);
            if (problem == problems.end())
                problem = problems.insert(
                    key, Problem{sale.state, sale.providerCode, sale.detail, 0, Money::fromMinor(0, currency)});
            ++problem->count;
            problem->value = problem->value.plus(sale.amount).valueOr(problem->value);
        }
    }
    report.days = days.values();
    for (NetworkLine line : networks.values()) {
        if (line.delivered > 0)
            line.averageDeliveryMs = deliveryMs.value(line.network) / line.delivered;
        report.networks << line;
    }
    report.problems = problems.values();
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.count > b.count; });
    return report;
}

QString AirtimeReport::title() const
{
    const QString period = from == to
                               ? from.toString(Qt::ISODate)
                               : QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return QCoreApplication::translate("AirtimeReport", "Airtime report, %1, %2")
        .arg(desk.isEmpty() ? QCoreApplication::translate("AirtimeReport", "every desk") : desk, period);
}

QByteArray AirtimeReport::toCsv() const
{
    QString out;
    csvRow(out, {title()});
    csvRow(out, {QCoreApplication::translate("AirtimeReport", "Filter"),
                 QCoreApplication::translate("AirtimeReport", "desk"),
                 desk.isEmpty() ? QCoreApplication::translate("AirtimeReport", "every desk") : desk,
                 QCoreApplication::translate("AirtimeReport", "from"), from.toString(Qt::ISODate),
                 QCoreApplication::translate("AirtimeReport", "to"), to.toString(Qt::ISODate),
                 QCoreApplication::translate("AirtimeReport", "currency"), totals.value.currency().code()});
    out += QStringLiteral("\r\n");
    const QStringList countHeader{QCoreApplication::translate("AirtimeReport", "sales"),
                                  QCoreApplication::translate("AirtimeReport", "delivered"),
                                  QCoreApplication::translate("AirtimeReport", "failed"),
                                  QCoreApplication::translate("AirtimeReport", "open"),
                                  QCoreApplication::translate("AirtimeReport", "value"),
                                  QCoreApplication::translate("AirtimeReport", "commission"),
                                  QCoreApplication::translate("AirtimeReport", "success rate")};
    auto countFields = [](const Counts& c) -> QStringList {
        return QStringList{QString::number(c.sales), QString::number(c.delivered), QString::number(c.failed),
                           QString::number(c.open),  c.value.toPlainString(),      c.commission.toPlainString(),
                           rate(c.successPermille())};
    };
    csvRow(out, QStringList{QCoreApplication::translate("AirtimeReport", "day")} + countHeader);
    for (const Day& day : days)
        csvRow(out, QStringList{day.date.toString(Qt::ISODate)} + countFields(day));
    csvRow(out, QStringList{QCoreApplication::translate("AirtimeReport", "total")} + countFields(totals));
    out += QStringLiteral("\r\n");
    csvRow(out, QStringList{QCoreApplication::translate("AirtimeReport", "network")} + countHeader +
                    QStringList{QCoreApplication::translate("AirtimeReport", "average time to delivery")});
    for (const NetworkLine& line : networks)
        csvRow(out, QStringList{networkName(line.network)} + countFields(line) +
                        QStringList{seconds(line.averageDeliveryMs)});
    out += QStringLiteral("\r\n");
    csvRow(out, {QCoreApplication::translate("AirtimeReport", "problem"),
                 QCoreApplication::translate("AirtimeReport", "provider code"),
                 QCoreApplication::translate("AirtimeReport", "provider's words"),
                 QCoreApplication::translate("AirtimeReport", "sales"),
                 QCoreApplication::translate("AirtimeReport", "value")});
    for (const Problem& problem : problems)
        csvRow(out, {saleStateLabel(problem.state), problem.code, problem.detail, QString::number(problem.count),
                     problem.value.toPlainString()});
    return out.toUtf8();
}

QString AirtimeReport::toHtml() const
{
    auto cell = [](const QString& text, bool number = false) -> QString {
        return QStringLiteral("<td%1>%2</td>")
            .arg(number ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
    };
    auto head = [](const QStringList& names) -> QString {
        QString row = QStringLiteral("<tr>");
        for (const QString& name : names)
            row += QStringLiteral("<th align=\"left\">%1</th>").arg(name.toHtmlEscaped());
        return row + QStringLiteral("</tr>");
    };
    auto counts = [&](const Counts& c) -> QString {
        return cell(QString::number(c.sales), true) + cell(QString::number(c.delivered), true) +
               cell(QString::number(c.failed), true) + cell(QString::number(c.open), true) +
               cell(c.value.format(), true) + cell(c.commission.format(), true) + cell(rate(c.successPermille()), true);
    };
    const QStringList countHeader{QCoreApplication::translate("AirtimeReport", "Sales"),
                                  QCoreApplication::translate("AirtimeReport", "Delivered"),
                                  QCoreApplication::translate("AirtimeReport", "Failed"),
                                  QCoreApplication::translate("AirtimeReport", "Open"),
                                  QCoreApplication::translate("AirtimeReport", "Value"),
                                  QCoreApplication::translate("AirtimeReport", "Commission"),
                                  QCoreApplication::translate("AirtimeReport", "Success")};
    const QString table = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    QString html = QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("AirtimeReport", "Delivered: %n sale(s)", nullptr, totals.delivered) +
                     QStringLiteral(", ") +
                     QCoreApplication::translate("AirtimeReport", "%1, commission %2. Failed: %3. Not settled yet: %4.")
                         .arg(totals.value.format(), totals.commission.format())
                         .arg(totals.failed)
                         .arg(totals.open)
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("AirtimeReport", "By day").toHtmlEscaped()) +
            table + head(QStringList{QCoreApplication::translate("AirtimeReport", "Day")} + countHeader);
    for (const Day& day : days)
        html += QStringLiteral("<tr>") + cell(day.date.toString(Qt::ISODate)) + counts(day) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + cell(QCoreApplication::translate("AirtimeReport", "Total")) + counts(totals) +
            QStringLiteral("</tr></table>");
    html +=
        QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("AirtimeReport", "By network").toHtmlEscaped()) +
        table +
        head(QStringList{QCoreApplication::translate("AirtimeReport", "Network")} + countHeader +
             QStringList{QCoreApplication::translate("AirtimeReport", "Average to delivery")});
    for (const NetworkLine& line : networks)
        html += QStringLiteral("<tr>") + cell(networkName(line.network)) + counts(line) +
                cell(seconds(line.averageDeliveryMs), true) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>")
                .arg(QCoreApplication::translate("AirtimeReport", "What went wrong").toHtmlEscaped());
    if (problems.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("AirtimeReport", "Nothing failed or is waiting.").toHtmlEscaped());
    } else {
        html += table + head({QCoreApplication::translate("AirtimeReport", "State"),
                              QCoreApplication::translate("AirtimeReport", "Code"),
                              QCoreApplication::translate("AirtimeReport", "Provider's words"),
                              QCoreApplication::translate("AirtimeReport", "Sales"),
                              QCoreApplication::translate("AirtimeReport", "Value")});
        for (const Problem& problem : problems)
            html += QStringLiteral("<tr>") + cell(saleStateLabel(problem.state)) + cell(problem.code) +
                    cell(problem.detail) + cell(QString::number(problem.count), true) +
                    cell(problem.value.format(), true) + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace paydesk::airtime
