#include "patient_page.h"

#include "billing/invoice_repository.h"
#include "billing/phone_number.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk {

PatientPage::PatientPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("patientPage"));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("patientHeader"));
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    auto* buttons = new QHBoxLayout;
    auto* bill = new QPushButton(tr("New &bill (Ctrl+B)"), this);
    bill->setObjectName(QStringLiteral("newBill"));
    bill->setShortcut(QKeySequence(QStringLiteral("Ctrl+B")));
    connect(bill, &QPushButton::clicked, this, [this] { emit newBill(m_patient); });
    auto* edit = new QPushButton(tr("&Edit patient (Ctrl+E)"), this);
    edit->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(edit, &QPushButton::clicked, this, [this] { emit editRequested(m_patient); });
    auto* backButton = new QPushButton(tr("Back to search (Esc)"), this);
    connect(backButton, &QPushButton::clicked, this, &PatientPage::back);
    buttons->addWidget(bill);
    buttons->addWidget(edit);
    buttons->addStretch(1);
    buttons->addWidget(backButton);
    layout->addLayout(buttons);
    m_invoices = new QTableWidget(0, 6, this);
    m_invoices->setObjectName(QStringLiteral("patientInvoices"));
    m_invoices->setHorizontalHeaderLabels(
        {tr("Invoice"), tr("Date"), tr("Status"), tr("Total"), tr("Paid"), tr("Balance")});
    m_invoices->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_invoices->verticalHeader()->hide();
    m_invoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(new QLabel(tr("Invoices (Enter opens one: its lines, payments and timeline):"), this));
    layout->addWidget(m_invoices, 1);
    auto open = [this] {
        const int row = m_invoices->currentRow();
        if (row >= 0 && row < m_list.size())
            emit invoiceOpened(m_list.at(row));
    };
    connect(m_invoices, &QTableWidget::cellActivated, this, open);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_invoices, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, open);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PatientPage::back);
    setFocusProxy(m_invoices);
}

void PatientPage::show(const Patient& patient)
{
    m_patient = patient;
    m_header->setText(tr("<h2>%1</h2><p>%2 · %3 · %4 · born %5</p>")
                          .arg(patient.fullName().toHtmlEscaped(), patient.hospitalNumber.toHtmlEscaped(),
                               PhoneNumber::display(patient.phone).toHtmlEscaped(),
                               patient.email.isEmpty() ? tr("no e-mail") : patient.email.toHtmlEscaped(),
                               patient.birthDate.isValid() ? patient.birthDate.toString(Qt::ISODate) : tr("unknown")));
    reload();
}

void PatientPage::reload()
{
    m_context.worker->run(
        [db = m_context.db, id = m_patient.id] { return InvoiceRepository(db).forPatient(id, 200); }, this,
        [this](const Result<QList<Invoice>, DbError>& invoices) {
            if (!invoices)
                return;
            // Open invoices first: they are what the cashier is here for.
            m_list = *invoices;
            std::stable_partition(m_list.begin(), m_list.end(), [](const Invoice& i) {
                return i.status == InvoiceStatus::Open || i.status == InvoiceStatus::PartPaid;
            });
            m_invoices->setRowCount(int(m_list.size()));
            for (int row = 0; row < m_list.size(); ++row) {
                const Invoice& i = m_list.at(row);
                const QStringList cells{
                    i.number,           QLocale().toString(i.createdAt.toLocalTime(), QLocale::ShortFormat),
                    describe(i.status), i.totals.total.format(),
                    i.paid.format(),    i.balance().format()};
                for (int column = 0; column < cells.size(); ++column) {
                    auto* item = new QTableWidgetItem(cells.at(column));
                    if (column >= 3)
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_invoices->setItem(row, column, item);
                }
            }
            if (!m_list.isEmpty())
                m_invoices->selectRow(0);
        });
}

} // namespace paydesk
