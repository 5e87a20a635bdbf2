#pragma once

#include "airtime/topup_repository.h"
#include "app_context.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace paydesk {

class QrWidget;

// Tops the vendor's wallet up through Paystack: the amount (whole naira), then the checkout link as a QR code
// and as text, followed live until Paystack confirms it ("Paid: ₦5,000.00 added to the wallet") or it fails.
// F5 checks now; Alt+C gives up on it (verified first: a payment that went through is still credited).
class TopUpDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit TopUpDialog(AppContext& context, QWidget* parent = nullptr);

    QString statusText() const;
    QString link() const;
    qint64 topUpId() const { return m_topUp.id; }

  private:
    void request();
    void show(const airtime::TopUp& topUp);

    AppContext& m_context;
    airtime::TopUp m_topUp;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_getLink = nullptr;
    QLabel* m_status = nullptr;
    QrWidget* m_qr = nullptr;
    QLineEdit* m_link = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace paydesk
