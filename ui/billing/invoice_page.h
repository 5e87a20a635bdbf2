#pragma once

#include "app_context.h"
#include "billing/invoice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace paydesk {

// One invoice: its lines and totals, and the timeline of everything that happened to it (every payment attempt's
// every step, refunds, a void). Enter takes payment while something is left to pay; Esc goes back.
class InvoicePage : public QWidget
{
    Q_OBJECT
  public:
    explicit InvoicePage(AppContext& context, QWidget* parent = nullptr);
    void show(qint64 invoiceId);
    void reload();
    const Invoice& invoice() const { return m_invoice; }
    QStringList timelineTexts() const;

  signals:
    void back();
    void paymentRequested(const paydesk::Invoice& invoice);

  private:
    AppContext& m_context;
    Invoice m_invoice;
    QLabel* m_header = nullptr;
    QTableWidget* m_lines = nullptr;
    QTableWidget* m_timeline = nullptr;
    QPushButton* m_pay = nullptr;
};

} // namespace paydesk
