#include "payments_behind_dialog.h"

#include "billing/payment_attempt.h"
#include "money/money.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk::dashboard {

PaymentsBehindDialog::PaymentsBehindDialog(const QString& what, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Payments: %1").arg(what));
    setObjectName(QStringLiteral("paymentsBehind"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading the payments…"), this);
    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Invoice"), tr("Paid at"), tr("Method"), tr("Cashier"), tr("Desk"), tr("Amount"), tr("Reference")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}

void PaymentsBehindDialog::showLines(const QList<stats::PaymentLine>& lines, int limit)
{
    stats::MoneyByCurrency total;
    m_table->setRowCount(int(lines.size()));
    const QLocale locale;
    for (int row = 0; row < lines.size(); ++row) {
        const stats::PaymentLine& line = lines.at(row);
        total[line.currency] += line.amount;
        const auto method = paymentMethodFromName(line.method);
        const QString amount =
            Money::fromMinor(line.amount, Currency::fromCode(line.currency).value_or(Currency::ngn())).format();
        const QStringList cells = {line.invoiceNumber,
                                   locale.toString(line.paidAt.toLocalTime(), QLocale::ShortFormat),
                                   method ? describe(*method) : line.method,
                                   line.cashier,
                                   line.desk,
                                   amount,
                                   line.reference};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        lines.size() >= limit
            ? tr("The latest %n payment(s), totalling %1 (there are more: narrow the period).", nullptr,
                 int(lines.size()))
                  .arg(stats::formatTotals(total))
            : tr("%n payment(s), totalling %1.", nullptr, int(lines.size())).arg(stats::formatTotals(total)));
    m_table->setFocus();
    if (!lines.isEmpty())
        m_table->selectRow(0);
}

void PaymentsBehindDialog::showError(const QString& message)
{
    m_summary->setText(message);
}

int PaymentsBehindDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace paydesk::dashboard
