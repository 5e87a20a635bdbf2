#include "invoice_page.h"

#include "billing/invoice_repository.h"
#include "billing/invoice_timeline.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk {

namespace {

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers, int stretch)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

void fill(QTableWidget* t, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        t->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

struct Loaded
{
    std::optional<Invoice> invoice;
    QList<TimelineEntry> timeline;
    QString error;
};

} // namespace

InvoicePage::InvoicePage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("invoicePage"));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("invoiceHeader"));
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    auto* buttons = new QHBoxLayout;
    m_pay = new QPushButton(tr("Take &payment (Enter)"), this);
    m_pay->setObjectName(QStringLiteral("payInvoice"));
    connect(m_pay, &QPushButton::clicked, this, [this] { emit paymentRequested(m_invoice); });
    auto* backButton = new QPushButton(tr("Back (Esc)"), this);
    connect(backButton, &QPushButton::clicked, this, &InvoicePage::back);
    buttons->addWidget(m_pay);
    buttons->addStretch(1);
    buttons->addWidget(backButton);
    layout->addLayout(buttons);
    m_lines =
        table(this, "invoicePageLines",
              {tr("Code"), tr("Description"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("VAT"), tr("Amount")}, 1);
    layout->addWidget(m_lines, 1);
    layout->addWidget(new QLabel(tr("Timeline:"), this));
    m_timeline = table(this, "invoiceTimeline", {tr("When"), tr("What"), tr("Details"), tr("By")}, 2);
    layout->addWidget(m_timeline, 2);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), this);
    enter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enter, &QShortcut::activated, m_pay, &QPushButton::click);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &InvoicePage::back);
    setFocusProxy(m_timeline);
}

QStringList InvoicePage::timelineTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_timeline->rowCount(); ++row)
        texts << m_timeline->item(row, 1)->text() + QStringLiteral(" — ") + m_timeline->item(row, 2)->text();
    return texts;
}

void InvoicePage::show(qint64 invoiceId)
{
    m_invoice = Invoice();
    m_invoice.id = invoiceId;
    reload();
}

void InvoicePage::reload()
{
    m_context.worker->run(
        [db = m_context.db, id = m_invoice.id] {
            Loaded loaded;
            auto invoice = InvoiceRepository(db).find(id);
            auto timeline = loadInvoiceTimeline(db, id);
            if (!invoice || !invoice->has_value() || !timeline) {
                loaded.error = !invoice ? invoice.error().message : !timeline ? timeline.error().message : QString();
                return loaded;
            }
            loaded.invoice = **invoice;
            loaded.timeline = *timeline;
            return loaded;
        },
        this,
        [this](const Loaded& loaded) {
            if (!loaded.invoice) {
                m_header->setText(tr("<h2>Invoice not found</h2><p>%1</p>").arg(loaded.error.toHtmlEscaped()));
                return;
            }
            m_invoice = *loaded.invoice;
            const Invoice& i = m_invoice;
            m_header->setText(tr("<h2>Invoice %1 · %2</h2><p>%3 (%4) · %5 · by %6<br>Total <b>%7</b> · Paid %8 · "
                                 "Refunded %9 · Balance <b>%10</b></p>")
                                  .arg(i.number.toHtmlEscaped(), describe(i.status), i.patientName.toHtmlEscaped(),
                                       i.hospitalNumber.toHtmlEscaped(),
                                       QLocale().toString(i.createdAt.toLocalTime(), QLocale::ShortFormat),
                                       i.cashier.toHtmlEscaped(), i.totals.total.format(), i.paid.format(),
                                       i.refunded.format(), i.balance().format()));
            m_pay->setEnabled(i.status == InvoiceStatus::Open || i.status == InvoiceStatus::PartPaid ||
                              i.status == InvoiceStatus::Paid);
            m_lines->setRowCount(int(i.lines.size()));
            for (int row = 0; row < i.lines.size(); ++row) {
                const InvoiceLine& line = i.lines.at(row);
                fill(m_lines, row,
                     {line.input.code, line.input.description, QString::number(line.input.quantity),
                      line.input.unitPrice.format(), line.discount.isZero() ? QString() : line.discount.format(),
                      line.tax.isZero() ? QString() : line.tax.format(), line.total.format()});
            }
            m_timeline->setRowCount(int(loaded.timeline.size()));
            for (int row = 0; row < loaded.timeline.size(); ++row) {
                const TimelineEntry& entry = loaded.timeline.at(row);
                fill(m_timeline, row,
                     {QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")), entry.what,
                      entry.detail, entry.actor});
            }
            m_timeline->scrollToBottom();
        });
}

} // namespace paydesk
