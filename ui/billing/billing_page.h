#pragma once

#include "app_context.h"
#include "billing/invoice.h"
#include "billing/patient.h"
#include "billing/payment_dialog.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace paydesk {

class InvoiceEditor;
class InvoiceListPage;
class InvoicePage;
class PatientPage;
class PatientSearchPage;

// The cashier's section: patient search → patient → bill → payment → receipt, all by keyboard.
class BillingPage : public QWidget
{
    Q_OBJECT
  public:
    explicit BillingPage(AppContext& context, QWidget* parent = nullptr);

    PatientSearchPage* searchPage() const { return m_search; }
    PatientPage* patientPage() const { return m_patient; }
    InvoiceEditor* invoiceEditor() const { return m_editor; }
    InvoiceListPage* invoiceList() const { return m_invoices; }
    InvoicePage* invoicePage() const { return m_invoicePage; }
    PaymentDialog* paymentDialog() const { return m_payment; }
    QWidget* currentPage() const;
    // Shows an invoice found elsewhere (a reconciliation line); Esc returns to the patient search.
    void openInvoice(qint64 invoiceId);

  private:
    void showSearch();
    void showPatient(const Patient& patient);
    void registerPatient(const QString& searchText);
    void editPatient(const Patient& patient);
    void billPatient(const Patient& patient);
    void takePayment(const Invoice& invoice);
    void showInvoice(const Invoice& invoice);

    AppContext& m_context;
    QStackedWidget* m_stack = nullptr;
    PatientSearchPage* m_search = nullptr;
    PatientPage* m_patient = nullptr;
    InvoiceEditor* m_editor = nullptr;
    InvoiceListPage* m_invoices = nullptr;
    InvoicePage* m_invoicePage = nullptr;
    QWidget* m_invoiceReturn = nullptr; // where Esc on the invoice page goes back to
    QPointer<PaymentDialog> m_payment;
};

} // namespace paydesk
