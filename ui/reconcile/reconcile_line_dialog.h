#pragma once

#include "app_context.h"
#include "payments/reconcile_line_details.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace paydesk::reconcile {

// What is behind one line of a reconciliation: our record (the invoice, patient and payment, or the airtime
// sale), the webhook deliveries about it, and the other side's record as it came. Alt+I opens the invoice on the
// billing page; Esc closes.
class ReconcileLineDialog : public QDialog
{
    Q_OBJECT
  public:
    ReconcileLineDialog(AppContext& context, const ReconcileLine& line, QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    const ReconcileLineDetails& details() const { return m_details; }

  signals:
    void invoiceRequested(qint64 invoiceId);

  private:
    void display(const ReconcileLineDetails& details);

    AppContext& m_context;
    ReconcileLine m_line;
    ReconcileLineDetails m_details;
    bool m_loaded = false;
    QLabel* m_heading = nullptr;
    QFormLayout* m_ours = nullptr;
    QLabel* m_nothingOurs = nullptr;
    QTableWidget* m_events = nullptr;
    QPlainTextEdit* m_theirs = nullptr;
    QPushButton* m_invoice = nullptr;
};

} // namespace paydesk::reconcile
