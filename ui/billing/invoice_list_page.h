#pragma once

#include "app_context.h"
#include "billing/invoice.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace paydesk {

class InvoiceListModel;

// Every invoice, newest first, filtered in SQL by status, dates, cashier, method and number; paged so that it
// opens at once on a million invoices. Enter opens the selected invoice's payments; Esc goes back.
class InvoiceListPage : public QWidget
{
    Q_OBJECT
  public:
    explicit InvoiceListPage(AppContext& context, QWidget* parent = nullptr);
    void refresh();
    InvoiceListModel* model() const { return m_model; }

  signals:
    void back();
    void invoiceOpened(const paydesk::Invoice& invoice);

  private:
    void applyFilter();

    AppContext& m_context;
    InvoiceListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_method = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_cashier = nullptr;
    QLineEdit* m_number = nullptr;
    QLabel* m_info = nullptr;
};

} // namespace paydesk
