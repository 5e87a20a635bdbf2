#pragma once

#include "stats/dashboard_figures.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace paydesk::dashboard {

// The payments behind a chart bar: invoice, time, method, cashier, desk, amount and Paystack reference, with the
// count and total at the top. Read-only; Esc closes it.
class PaymentsBehindDialog : public QDialog
{
    Q_OBJECT
  public:
    PaymentsBehindDialog(const QString& what, QWidget* parent = nullptr);
    void showLines(const QList<stats::PaymentLine>& lines, int limit);
    void showError(const QString& message);
    int rowCount() const;

  private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace paydesk::dashboard
