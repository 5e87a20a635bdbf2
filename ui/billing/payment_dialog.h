#pragma once

#include "app_context.h"
#include "billing/invoice.h"
#include "billing/payment_attempt.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace paydesk {

class QrWidget;

// Takes payment on one invoice and shows, in plain words, where it is: "Sent to terminal 2232WE17 · Delivered to
// terminal 2232WE17 · Waiting for card · Paid ₦25,500.00". Methods: terminal (Alt+T), pay-by-link with a QR
// code (Alt+L), bank USSD with the code in large type (Alt+U), cash with change (Alt+C); the amount defaults to
// the balance and may be less (split payment), never more. While a payment is in flight: F5 checks now, F6
// re-pushes to the terminal, F8 cancels it. Once paid: Ctrl+S saves the receipt PDF, Ctrl+P prints it, Ctrl+R
// sends it to the receipt printer, Ctrl+N takes another payment if a balance is left.
// Opening it on an invoice with a payment in flight (after a restart) shows that payment and its true state.
class PaymentDialog : public QDialog
{
    Q_OBJECT
  public:
    PaymentDialog(AppContext& context, const Invoice& invoice, QWidget* parent = nullptr);

    qint64 attemptId() const { return m_attempt.id; }
    AttemptState attemptState() const { return m_attempt.state; }
    QString progressText() const;
    QString lastReceiptPath() const { return m_receiptPath; }

  signals:
    void invoiceChanged(qint64 invoiceId);

  private:
    void reloadInvoice(bool pickAttempt);
    void startPayment();
    void showAttempt(const PaymentAttempt& attempt);
    void refreshTimeline();
    void updateCashChange();
    void saveReceipt();
    void printReceipt();
    void sendToReceiptPrinter();
    void showChooser();
    void refund();
    PaymentMethod selectedMethod() const;

    AppContext& m_context;
    Invoice m_invoice;
    PaymentAttempt m_attempt;
    QString m_receiptPath;
    QLabel* m_header = nullptr;
    QStackedWidget* m_pages = nullptr;
    // Choosing
    QLineEdit* m_amount = nullptr;
    QButtonGroup* m_methods = nullptr;
    QComboBox* m_bank = nullptr;
    QLineEdit* m_tendered = nullptr;
    QLabel* m_change = nullptr;
    QPushButton* m_start = nullptr;
    // Following
    QLabel* m_headline = nullptr;
    QLabel* m_steps = nullptr;
    QrWidget* m_qr = nullptr;
    QLineEdit* m_link = nullptr;
    QLabel* m_ussdCode = nullptr;
    QPushButton* m_checkNow = nullptr;
    QPushButton* m_repush = nullptr;
    QPushButton* m_cancelPayment = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_thermal = nullptr;
    QPushButton* m_another = nullptr;
    QPushButton* m_refund = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace paydesk
