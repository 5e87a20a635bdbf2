#pragma once

#include "airtime/airtime_sale.h"
#include "app_context.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace paydesk {

// The vendor's side of the kiosk: the wallet balance, whether the provider can be reached, today's sales by
// network, and the sales not yet settled (queued, pending, unknown) with "check now" (F5); the wallet's top-up
// through Paystack (F7), its comparison with the provider's own balance (F6), and the report (F9).
class VendorPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit VendorPanel(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    QString walletText() const;
    QListWidget* openSales() const { return m_open; }
    QTableWidget* todayTable() const { return m_today; }
    QString reconciliationText() const;
    void topUp();
    void reconcile();
    void openReport();
    void openCatalog();

  private:
    struct Figures;
    void show(const Figures& figures);
    void checkSelected();

    AppContext& m_context;
    QLabel* m_wallet = nullptr;
    QLabel* m_link = nullptr;
    QLabel* m_reconciliation = nullptr;
    Money m_walletBalance;
    int m_unsold = 0;   // paid by bank USSD, not sold yet
    Money m_queuedCost; // debited here, not yet at the provider
    QTableWidget* m_today = nullptr;
    QListWidget* m_open = nullptr;
    QPushButton* m_check = nullptr;
    bool m_refreshing = false;
    bool m_again = false;
};

} // namespace paydesk
