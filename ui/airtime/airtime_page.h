#pragma once

#include "airtime/airtime_catalog.h"
#include "airtime/airtime_sale.h"
#include "airtime/customer_payment_repository.h"
#include "airtime/mobile_number.h"
#include "app_context.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace paydesk {

class KioskKeypad;
class VendorPanel;

// The airtime kiosk: number → network (pre-selected from the prefix, the customer confirms or changes it) →
// amount (presets or custom) → confirm → paid in cash, or by the customer's bank USSD code through Paystack
// (sold only once verified) → the result, followed live until the provider says delivered or failed. Large touch
// targets and an on-screen keypad; every step works from the keyboard too (Enter goes on, Esc goes back, digits pick a
// network, Tab and Enter a preset). F11 switches full-screen kiosk mode.
class AirtimePage : public QWidget
{
    Q_OBJECT
  public:
    enum class Step { Number, Network, Amount, Confirm, Pay, Result };

    explicit AirtimePage(AppContext& context, QWidget* parent = nullptr);

    Step step() const;
    QLineEdit* numberField() const { return m_number; }
    QLineEdit* amountField() const { return m_amount; }
    VendorPanel* vendorPanel() const { return m_vendor; }
    QString resultText() const;
    QString paymentText() const;
    std::optional<airtime::CustomerPayment> payment() const { return m_payment; }
    QString receiptStatus() const;
    std::optional<airtime::AirtimeSale> sale() const { return m_sale; }

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    QWidget* buildNumberStep();
    QWidget* buildNetworkStep();
    QWidget* buildAmountStep();
    QWidget* buildConfirmStep();
    QWidget* buildPayStep();
    QWidget* buildResultStep();
    void showStep(Step step);
    void back();
    void acceptNumber();
    void chooseNetwork(const QString& code);
    void acceptAmount(const Money& amount);
    void acceptCustomAmount();
    std::optional<airtime::NewSale> order() const;
    void confirm();
    void payByUssd();
    void showPayment(const airtime::CustomerPayment& payment);
    void leavePayment();
    void showSale(const airtime::AirtimeSale& sale);
    void startOver();
    void saveReceipt();
    void printReceipt();

    AppContext& m_context;
    std::shared_ptr<const airtime::AirtimeCatalog> m_catalog; // taken afresh for each customer
    QStackedWidget* m_steps = nullptr;
    VendorPanel* m_vendor = nullptr;
    KioskKeypad* m_keypad = nullptr;
    // Number
    QLineEdit* m_number = nullptr;
    QLabel* m_numberError = nullptr;
    // Network
    QLabel* m_detected = nullptr;
    QWidget* m_networkButtons = nullptr;
    // Amount
    QWidget* m_presetButtons = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountError = nullptr;
    // Confirm
    QLabel* m_summary = nullptr;
    QLabel* m_changedWarning = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_confirmError = nullptr;
    QComboBox* m_bank = nullptr;
    QPushButton* m_payUssd = nullptr;
    // Pay (bank USSD)
    QLabel* m_ussdCode = nullptr;
    QLabel* m_payStatus = nullptr;
    QPushButton* m_payCheck = nullptr;
    QPushButton* m_payLeave = nullptr;
    // Result
    QLabel* m_resultTitle = nullptr;
    QLabel* m_resultDetail = nullptr;
    QPushButton* m_nextCustomer = nullptr;
    QLabel* m_receiptStatus = nullptr;

    std::optional<airtime::MobileNumber> m_parsed;
    QString m_detectedNetwork;
    QString m_network;
    Money m_price;
    QString m_clientToken; // one per confirm screen
    std::optional<airtime::AirtimeSale> m_sale;
    std::optional<airtime::CustomerPayment> m_payment;
};

} // namespace paydesk
