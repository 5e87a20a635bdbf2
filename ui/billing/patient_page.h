#pragma once

#include "app_context.h"
#include "billing/invoice.h"
#include "billing/patient.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace paydesk {

// One patient: their details, open invoices first, then history. Ctrl+B bills them, Enter takes payment on (or
// shows) the selected invoice, Ctrl+E edits the patient, Esc goes back to the search.
class PatientPage : public QWidget
{
    Q_OBJECT
  public:
    explicit PatientPage(AppContext& context, QWidget* parent = nullptr);
    void show(const Patient& patient);
    void reload();
    const Patient& patient() const { return m_patient; }

  signals:
    void back();
    void newBill(const paydesk::Patient& patient);
    void invoiceOpened(const paydesk::Invoice& invoice);
    void editRequested(const paydesk::Patient& patient);

  private:
    AppContext& m_context;
    Patient m_patient;
    QLabel* m_header = nullptr;
    QTableWidget* m_invoices = nullptr;
    QList<Invoice> m_list;
};

} // namespace paydesk
