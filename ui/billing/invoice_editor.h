#pragma once

#include "app_context.h"
#include "billing/invoice.h"
#include "billing/patient.h"
#include "billing/price_list.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace paydesk {

// Bills a patient from the price list, by keyboard: type to find an item (code or name), ↑/↓ to choose, Enter to
// add it with the quantity in Alt+Q; Tab to the lines, Delete removes one, F2 edits its quantity; Ctrl+D gives a
// discount or waiver and Ctrl+T adds a free-text line (both need a supervisor); Ctrl+Enter saves and takes payment.
// Totals are worked out live by InvoiceMath; the saved invoice takes the price list's prices again in core.
class InvoiceEditor : public QWidget
{
    Q_OBJECT
  public:
    explicit InvoiceEditor(AppContext& context, QWidget* parent = nullptr);
    void start(const Patient& patient);
    int lineCount() const { return int(m_lines.size()); }
    QString totalText() const;

  signals:
    void cancelled();
    void issued(const paydesk::Invoice& invoice);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void searchPrices();
    void addSelected();
    void addLine(const InvoiceLineInput& line);
    void removeSelected();
    void discountSelected();
    void addFreeText();
    void recalculate();
    void save();
    bool ensureApproval(const QString& what);

    AppContext& m_context;
    Patient m_patient;
    qint64 m_taxRate = 750;
    QList<InvoiceLineInput> m_lines;
    QList<PriceItem> m_found;
    QString m_approver;
    quint64 m_sequence = 0;
    QLabel* m_title = nullptr;
    QLineEdit* m_search = nullptr;
    QSpinBox* m_quantity = nullptr;
    QListWidget* m_prices = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_error = nullptr;
    bool m_updating = false;
};

} // namespace paydesk
