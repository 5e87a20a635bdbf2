#include "billing_page.h"

#include "billing/invoice_editor.h"
#include "billing/invoice_list_page.h"
#include "billing/invoice_page.h"
#include "billing/patient_dialog.h"
#include "billing/patient_page.h"
#include "billing/patient_search_page.h"
#include "billing/payment_dialog.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace paydesk {

BillingPage::BillingPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("billingPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_search = new PatientSearchPage(context, m_stack);
    m_patient = new PatientPage(context, m_stack);
    m_editor = new InvoiceEditor(context, m_stack);
    m_stack->addWidget(m_search);
    m_stack->addWidget(m_patient);
    m_stack->addWidget(m_editor);
    m_invoices = new InvoiceListPage(context, m_stack);
    m_stack->addWidget(m_invoices);
    connect(m_search, &PatientSearchPage::invoiceListRequested, this, [this] {
        m_invoices->refresh();
        m_stack->setCurrentWidget(m_invoices);
        m_invoices->setFocus();
    });
    connect(m_invoices, &InvoiceListPage::back, this, &BillingPage::showSearch);
    connect(m_invoices, &InvoiceListPage::invoiceOpened, this, &BillingPage::showInvoice);
    m_invoicePage = new InvoicePage(context, m_stack);
    m_stack->addWidget(m_invoicePage);
    connect(m_invoicePage, &InvoicePage::paymentRequested, this, &BillingPage::takePayment);
    connect(m_invoicePage, &InvoicePage::back, this, [this] {
        m_stack->setCurrentWidget(m_invoiceReturn ? m_invoiceReturn : m_search);
        if (m_invoiceReturn == m_patient)
            m_patient->reload();
        m_stack->currentWidget()->setFocus();
    });
    connect(m_search, &PatientSearchPage::patientChosen, this, &BillingPage::showPatient);
    connect(m_search, &PatientSearchPage::newPatientRequested, this, &BillingPage::registerPatient);
    connect(m_patient, &PatientPage::back, this, &BillingPage::showSearch);
    connect(m_patient, &PatientPage::newBill, this, &BillingPage::billPatient);
    connect(m_patient, &PatientPage::invoiceOpened, this, &BillingPage::showInvoice);
    connect(m_patient, &PatientPage::editRequested, this, &BillingPage::editPatient);
    connect(m_editor, &InvoiceEditor::cancelled, this, [this] { showPatient(m_patient->patient()); });
    connect(m_editor, &InvoiceEditor::issued, this, [this](const Invoice& invoice) {
        showPatient(m_patient->patient());
        takePayment(invoice);
    });
    setFocusProxy(m_search);
}

QWidget* BillingPage::currentPage() const
{
    return m_stack->currentWidget();
}

void BillingPage::showSearch()
{
    m_stack->setCurrentWidget(m_search);
    m_search->focusSearch();
}

void BillingPage::showPatient(const Patient& patient)
{
    m_patient->show(patient);
    m_stack->setCurrentWidget(m_patient);
    m_patient->setFocus();
}

void BillingPage::registerPatient(const QString& searchText)
{
    auto* dialog = new PatientDialog(m_context, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(searchText);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { showPatient(dialog->saved()); });
    dialog->open();
}

void BillingPage::editPatient(const Patient& patient)
{
    auto* dialog = new PatientDialog(m_context, patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { showPatient(dialog->saved()); });
    dialog->open();
}

void BillingPage::billPatient(const Patient& patient)
{
    m_editor->start(patient);
    m_stack->setCurrentWidget(m_editor);
    m_editor->setFocus();
}

void BillingPage::openInvoice(qint64 invoiceId)
{
    m_invoiceReturn = m_search;
    m_invoicePage->show(invoiceId);
    m_stack->setCurrentWidget(m_invoicePage);
    m_invoicePage->setFocus();
}

void BillingPage::showInvoice(const Invoice& invoice)
{
    m_invoiceReturn = m_stack->currentWidget();
    m_invoicePage->show(invoice.id);
    m_stack->setCurrentWidget(m_invoicePage);
    m_invoicePage->setFocus();
}

void BillingPage::takePayment(const Invoice& invoice)
{
    auto* dialog = new PaymentDialog(m_context, invoice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::invoiceChanged, m_patient, &PatientPage::reload);
    connect(dialog, &QDialog::finished, m_patient, [this] {
        m_patient->reload();
        if (m_stack->currentWidget() == m_invoicePage)
            m_invoicePage->reload();
        m_stack->currentWidget()->setFocus();
    });
    m_payment = dialog;
    dialog->open();
}

} // namespace paydesk
