#include "invoice_list_page.h"

#include "billing/invoice_list_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace paydesk {

InvoiceListPage::InvoiceListPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("invoiceListPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Invoices</h2>"), this));
    auto* filters = new QHBoxLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("invoiceNumberFilter"));
    m_number->setPlaceholderText(tr("Invoice number"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("invoiceStatusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (InvoiceStatus status : {InvoiceStatus::Open, InvoiceStatus::PartPaid, InvoiceStatus::Paid, InvoiceStatus::Void,
                                 InvoiceStatus::Refunded})
        m_status->addItem(describe(status), invoiceStatusName(status));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("invoiceMethodFilter"));
    m_method->addItem(tr("Any method"), QString());
    for (PaymentMethod method :
         {PaymentMethod::Terminal, PaymentMethod::Link, PaymentMethod::Ussd, PaymentMethod::Cash})
        m_method->addItem(describe(method), paymentMethodName(method));
    m_cashier = new QLineEdit(this);
    m_cashier->setPlaceholderText(tr("Cashier"));
    m_useDates = new QCheckBox(tr("Da&tes:"), this); // Alt+D is the Desk menu
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_number, m_status, m_method, m_cashier, m_useDates, m_from, m_to})
        filters->addWidget(w);
    layout->addLayout(filters);
    m_model = new InvoiceListModel(context.db, *context.worker, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invoiceList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Patient, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    m_info = new QLabel(this);
    layout->addWidget(m_info);
    connect(m_model, &InvoiceListModel::pageLoaded, this, [this](int, qint64 ms) {
        // Size the columns from the first page only: measuring every loaded row on each page would grow with scrolling.
        if (m_model->rowCount() <= InvoiceListModel::kPageSize) {
            m_view->resizeColumnsToContents();
            m_view->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Patient, QHeaderView::Stretch);
        }
        m_info->setText(tr("%n invoice(s) shown, newest first (last page in %1 ms). Enter opens, Esc goes back.",
                           nullptr, m_model->rowCount())
                            .arg(ms));
    });
    connect(m_model, &InvoiceListModel::loadFailed, m_info, &QLabel::setText);
    for (QLineEdit* edit : {m_number, m_cashier})
        connect(edit, &QLineEdit::textChanged, this, &InvoiceListPage::applyFilter);
    for (QComboBox* box : {m_status, m_method})
        connect(box, &QComboBox::currentIndexChanged, this, &InvoiceListPage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, &InvoiceListPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoiceListPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoiceListPage::applyFilter);
    auto open = [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            emit invoiceOpened(m_model->invoiceAt(index.row()));
    };
    connect(m_view, &QTableView::activated, this, open);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &InvoiceListPage::back);
    setFocusProxy(m_number);
}

void InvoiceListPage::refresh()
{
    applyFilter();
}

void InvoiceListPage::applyFilter()
{
    InvoiceRepository::Filter filter;
    filter.numberPrefix = m_number->text();
    filter.cashier = m_cashier->text().trimmed().toLower();
    if (auto status = invoiceStatusFromName(m_status->currentData().toString()))
        filter.status = status;
    if (auto method = paymentMethodFromName(m_method->currentData().toString()))
        filter.method = method;
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    m_model->setFilter(filter);
}

} // namespace paydesk
