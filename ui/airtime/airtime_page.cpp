#include "airtime/airtime_page.h"

#include "airtime/airtime_engine.h"
#include "airtime/airtime_receipt.h"
#include "airtime/kiosk_keypad.h"
#include "airtime/vendor_panel.h"
#include "billing/receipt_output.h"
#include "billing/thermal_printer.h"
#include "error_label.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QUuid>

namespace paydesk {

using namespace airtime;

namespace {

// The kiosk's look: large type and targets, high contrast, for a touchscreen in a bright shop.
const char* const kKioskStyle = R"(
    QWidget#airtimeKiosk { background: #ffffff; }
    QWidget#airtimeKiosk QLabel { color: #111111; font-size: 18pt; }
    QWidget#airtimeKiosk QLabel#stepTitle { font-size: 22pt; font-weight: bold; }
    QWidget#airtimeKiosk QLabel#resultTitle { font-size: 30pt; font-weight: bold; }
    QWidget#airtimeKiosk QLabel#airtimeUssdCode { font-size: 34pt; font-weight: bold; color: #0044cc; }
    QWidget#airtimeKiosk QComboBox { font-size: 18pt; min-height: 48px; padding: 4px 10px; }
    QWidget#airtimeKiosk QLineEdit { font-size: 28pt; padding: 8px; border: 3px solid #111111; }
    QWidget#airtimeKiosk QPushButton { font-size: 18pt; min-height: 56px; padding: 6px 18px;
        background: #f2f2f2; color: #111111; border: 2px solid #111111; border-radius: 6px; }
    QWidget#airtimeKiosk QPushButton:focus { border: 4px solid #0044cc; }
    QWidget#airtimeKiosk QPushButton:checked { background: #0044cc; color: #ffffff; }
    QWidget#airtimeKiosk QPushButton#primary { background: #006b2d; color: #ffffff; }
    QWidget#airtimeKiosk QPushButton:disabled { color: #777777; border-color: #999999; }
)";

QLabel* title(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("stepTitle"));
    label->setWordWrap(true);
    return label;
}

// Enter presses the focused button (autoDefault), as Space does; a key that went on from a field never does.
QPushButton* button(const QString& text, QWidget* parent, const QString& objectName = QString())
{
    auto* b = new QPushButton(text, parent);
    b->setAutoDefault(true);
    if (!objectName.isEmpty())
        b->setObjectName(objectName);
    return b;
}

void clearButtons(QWidget* holder)
{
    const auto buttons = holder->findChildren<QPushButton*>(Qt::FindDirectChildrenOnly);
    for (QPushButton* b : buttons)
        delete b;
}

} // namespace

AirtimePage::AirtimePage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_catalog(AirtimeCatalog::current())
{
    setObjectName(QStringLiteral("airtimeKiosk"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(QString::fromLatin1(kKioskStyle));

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(buildNumberStep());
    m_steps->addWidget(buildNetworkStep());
    m_steps->addWidget(buildAmountStep());
    m_steps->addWidget(buildConfirmStep());
    m_steps->addWidget(buildPayStep());
    m_steps->addWidget(buildResultStep());
    m_keypad = new KioskKeypad(this);
    m_vendor = new VendorPanel(context, this);

    auto* left = new QVBoxLayout;
    left->addWidget(m_steps, 1);
    left->addWidget(m_keypad, 0, Qt::AlignLeft);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(m_vendor, 2);

    connect(m_keypad, &KioskKeypad::confirmed, this, [this] {
        if (step() == Step::Number)
            acceptNumber();
        else if (step() == Step::Amount)
            acceptCustomAmount();
    });
    if (m_context.airtime) {
        connect(m_context.airtime, &AirtimeEngine::saleChanged, this, [this](const AirtimeSale& sale) {
            if (m_sale && sale.id == m_sale->id)
                showSale(sale);
            m_vendor->refresh();
        });
        connect(m_context.airtime, &AirtimeEngine::linkChanged, m_vendor, &VendorPanel::refresh);
    }
    if (m_context.airtimePayments) {
        connect(m_context.airtimePayments, &CustomerPaymentService::paymentChanged, this,
                [this](const CustomerPayment& payment) {
                    if (m_payment && payment.id == m_payment->id && step() == Step::Pay)
                        showPayment(payment);
                    if (payment.state == CustomerPayment::State::Paid)
                        m_vendor->refresh(); // a paid order not sold yet is listed there
                });
        connect(m_context.airtimePayments, &CustomerPaymentService::paymentSold, this,
                [this](const CustomerPayment& payment, const AirtimeSale& sale) {
                    m_vendor->refresh();
                    if (!m_payment || payment.id != m_payment->id || step() != Step::Pay)
                        return;
                    m_payment = payment;
                    showSale(sale);
                    showStep(Step::Result);
                });
    }
    showStep(Step::Number);
}

QWidget* AirtimePage::buildNumberStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title(tr("Customer's phone number"), page));
    m_number = new QLineEdit(page);
    m_number->setObjectName(QStringLiteral("airtimeNumber"));
    m_number->setPlaceholderText(tr("0803 123 4567"));
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setMaxLength(24);
    layout->addWidget(m_number);
    m_numberError = makeErrorLabel(page, QStringLiteral("airtimeNumberError"));
    layout->addWidget(m_numberError);
    auto* next = button(tr("Next"), page, QStringLiteral("primary"));
    layout->addWidget(next, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_number, &QLineEdit::returnPressed, this, &AirtimePage::acceptNumber);
    connect(m_number, &QLineEdit::textEdited, m_numberError, [this] { m_numberError->clear(); });
    connect(next, &QPushButton::clicked, this, &AirtimePage::acceptNumber);
    return page;
}

QWidget* AirtimePage::buildNetworkStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title(tr("Which network?"), page));
    m_detected = new QLabel(page);
    m_detected->setObjectName(QStringLiteral("airtimeDetected"));
    m_detected->setWordWrap(true);
    layout->addWidget(m_detected);
    m_networkButtons = new QWidget(page);
    new QHBoxLayout(m_networkButtons);
    layout->addWidget(m_networkButtons);
    layout->addStretch(1);
    return page;
}

QWidget* AirtimePage::buildAmountStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title(tr("How much airtime?"), page));
    m_presetButtons = new QWidget(page);
    new QGridLayout(m_presetButtons);
    layout->addWidget(m_presetButtons);
    layout->addWidget(new QLabel(tr("Other amount (whole naira):"), page));
    m_amount = new QLineEdit(page);
    m_amount->setObjectName(QStringLiteral("airtimeAmount"));
    m_amount->setAccessibleName(tr("Other amount"));
    m_amount->setMaxLength(12);
    layout->addWidget(m_amount);
    m_amountError = makeErrorLabel(page, QStringLiteral("airtimeAmountError"));
    layout->addWidget(m_amountError);
    layout->addStretch(1);
    connect(m_amount, &QLineEdit::returnPressed, this, &AirtimePage::acceptCustomAmount);
    connect(m_amount, &QLineEdit::textEdited, m_amountError, [this] { m_amountError->clear(); });
    return page;
}

QWidget* AirtimePage::buildConfirmStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title(tr("Check with the customer"), page));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("airtimeSummary"));
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_changedWarning = new QLabel(page);
    m_changedWarning->setWordWrap(true);
    m_changedWarning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_changedWarning);
    m_confirmError = makeErrorLabel(page, QStringLiteral("airtimeConfirmError"));
    layout->addWidget(m_confirmError);
    m_confirm = button(tr("Confirm: cash received"), page, QStringLiteral("primary"));
    m_confirm->setAccessibleName(tr("Confirm the sale"));
    layout->addWidget(m_confirm, 0, Qt::AlignLeft);
    // Or the customer pays from their bank account by dialling a USSD code (Paystack; naira only).
    auto* ussd = new QHBoxLayout;
    m_payUssd = button(tr("Customer pays by bank USSD (F8)"), page, QStringLiteral("airtimePayUssd"));
    m_bank = new QComboBox(page);
    m_bank->setObjectName(QStringLiteral("airtimeBank"));
    m_bank->setAccessibleName(tr("Customer's bank"));
    m_bank->addItem(tr("GTBank *737#"), QStringLiteral("737"));
    m_bank->addItem(tr("UBA *919#"), QStringLiteral("919"));
    m_bank->addItem(tr("Sterling *822#"), QStringLiteral("822"));
    m_bank->addItem(tr("Zenith *966#"), QStringLiteral("966"));
    ussd->addWidget(m_payUssd);
    ussd->addWidget(m_bank);
    ussd->addStretch(1);
    layout->addLayout(ussd);
    const bool paystack = m_context.airtimePayments != nullptr;
    m_payUssd->setVisible(paystack);
    m_bank->setVisible(paystack);
    connect(m_payUssd, &QPushButton::clicked, this, &AirtimePage::payByUssd);
    auto* f8 = new QShortcut(QKeySequence(Qt::Key_F8), page);
    f8->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f8, &QShortcut::activated, this, &AirtimePage::payByUssd);
    auto* change = button(tr("Change (Esc)"), page);
    layout->addWidget(change, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_confirm, &QPushButton::clicked, this, &AirtimePage::confirm);
    connect(change, &QPushButton::clicked, this, &AirtimePage::back);
    return page;
}

QWidget* AirtimePage::buildPayStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title(tr("The customer dials this code on their phone"), page));
    m_ussdCode = new QLabel(page);
    m_ussdCode->setObjectName(QStringLiteral("airtimeUssdCode"));
    m_ussdCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_ussdCode);
    m_payStatus = new QLabel(page);
    m_payStatus->setObjectName(QStringLiteral("airtimePayStatus"));
    m_payStatus->setWordWrap(true);
    layout->addWidget(m_payStatus);
    auto* buttons = new QHBoxLayout;
    m_payCheck = button(tr("Check now (F5)"), page, QStringLiteral("airtimePayCheck"));
    m_payLeave = button(tr("Cancel payment (Esc)"), page, QStringLiteral("airtimePayLeave"));
    buttons->addWidget(m_payCheck);
    buttons->addWidget(m_payLeave);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    auto checkNow = [this] {
        if (m_payment && m_context.airtimePayments && m_payment->state != CustomerPayment::State::Failed) {
            m_payStatus->setText(tr("Asking Paystack…"));
            m_context.airtimePayments->checkNow(m_payment->id);
        }
    };
    connect(m_payCheck, &QPushButton::clicked, this, checkNow);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), page);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, checkNow);
    connect(m_payLeave, &QPushButton::clicked, this, &AirtimePage::leavePayment);
    return page;
}

QWidget* AirtimePage::buildResultStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_resultTitle = new QLabel(page);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    m_resultTitle->setWordWrap(true);
    layout->addWidget(m_resultTitle);
    m_resultDetail = new QLabel(page);
    m_resultDetail->setObjectName(QStringLiteral("airtimeResult"));
    m_resultDetail->setWordWrap(true);
    m_resultDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultDetail);
    m_nextCustomer = button(tr("Next customer (Enter)"), page, QStringLiteral("primary"));
    layout->addWidget(m_nextCustomer, 0, Qt::AlignLeft);
    auto* receipts = new QHBoxLayout;
    auto* pdf = button(tr("Receipt PDF (Ctrl+S)"), page, QStringLiteral("receiptPdf"));
    auto* slip = button(tr("Print slip (Ctrl+R)"), page, QStringLiteral("receiptSlip"));
    receipts->addWidget(pdf);
    receipts->addWidget(slip);
    receipts->addStretch(1);
    layout->addLayout(receipts);
    m_receiptStatus = new QLabel(page);
    m_receiptStatus->setObjectName(QStringLiteral("receiptStatus"));
    m_receiptStatus->setWordWrap(true);
    layout->addWidget(m_receiptStatus);
    connect(pdf, &QPushButton::clicked, this, &AirtimePage::saveReceipt);
    connect(slip, &QPushButton::clicked, this, &AirtimePage::printReceipt);
    for (auto [keys, slot] : {std::pair{QKeySequence(QKeySequence::Save), &AirtimePage::saveReceipt},
                              std::pair{QKeySequence(Qt::CTRL | Qt::Key_R), &AirtimePage::printReceipt}}) {
        auto* shortcut = new QShortcut(keys, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    layout->addStretch(1);
    connect(m_nextCustomer, &QPushButton::clicked, this, &AirtimePage::startOver);
    return page;
}

AirtimePage::Step AirtimePage::step() const
{
    return Step(m_steps->currentIndex());
}

QString AirtimePage::resultText() const
{
    return m_resultTitle->text() + u'\n' + m_resultDetail->text();
}

QString AirtimePage::paymentText() const
{
    return m_ussdCode->text() + u'\n' + m_payStatus->text();
}

void AirtimePage::showStep(Step next)
{
    m_steps->setCurrentIndex(int(next));
    m_keypad->setVisible(next == Step::Number || next == Step::Amount);
    m_keypad->setTarget(next == Step::Number ? m_number : next == Step::Amount ? m_amount : nullptr);
    // The page hands the keyboard to the step's own field, also when the section is switched to (Ctrl+2).
    QWidget* target = nullptr;
    if (next == Step::Number)
        target = m_number;
    else if (next == Step::Amount)
        target = m_amount;
    else if (next == Step::Confirm)
        target = m_confirm;
    else if (next == Step::Pay)
        target = m_payLeave;
    else if (next == Step::Result)
        target = m_nextCustomer;
    else if (next == Step::Network) {
        const auto buttons = m_networkButtons->findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->isChecked() || (!target && b->isEnabled()))
                target = b;
        }
    }
    setFocusProxy(target);
    if (target)
        target->setFocus();
    else
        setFocus();
}

void AirtimePage::back()
{
    switch (step()) {
    case Step::Network:
        showStep(Step::Number);
        break;
    case Step::Amount:
        showStep(Step::Network);
        break;
    case Step::Confirm:
        showStep(Step::Amount);
        break;
    case Step::Pay:
        leavePayment();
        break;
    case Step::Number:
    case Step::Result:
        break;
    }
}

void AirtimePage::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        back();
        return;
    }
    if (key == Qt::Key_F11) {
        QWidget* top = window();
        top->isFullScreen() ? top->showNormal() : top->showFullScreen();
        return;
    }
    // Digits pick the n-th network or preset, as numbered on the buttons.
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && (step() == Step::Network)) {
        const auto buttons = m_networkButtons->findChildren<QPushButton*>();
        if (key - Qt::Key_1 < buttons.size())
            buttons.at(key - Qt::Key_1)->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AirtimePage::acceptNumber()
{
    m_catalog = AirtimeCatalog::current(); // an admin's new prefix table applies from the next customer on
    const auto parsed = parseMobileNumber(m_number->text(), *m_catalog, QStringLiteral("NG"));
    if (!parsed) {
        m_numberError->setText(parsed.error().message);
        m_number->setFocus();
        return;
    }
    m_parsed = *parsed;
    const Network* detected = m_catalog->detect(parsed->country, QStringView(parsed->national).mid(1));
    m_detectedNetwork = detected ? detected->code : QString();
    if (detected && detected->sellable)
        m_detected->setText(tr("The number %1 started on %2. Numbers can move between networks: ask the customer "
                               "and change it if needed.")
                                .arg(parsed->display(), detected->name));
    else if (detected)
        m_detected->setText(tr("The number %1 started on %2, which this kiosk does not sell. Ask the customer "
                               "which network the number is on now.")
                                .arg(parsed->display(), detected->name));
    else
        m_detected->setText(tr("The network of %1 is not known: ask the customer.").arg(parsed->display()));

    clearButtons(m_networkButtons);
    int index = 0;
    for (const Network* network : m_catalog->sellableNetworks(parsed->country)) {
        const bool sold = !m_context.airtimeProvider || m_context.airtimeProvider->sells(*network);
        auto* choice = button(QStringLiteral("%1  %2").arg(++index).arg(network->name), m_networkButtons,
                              QStringLiteral("network_%1").arg(network->code));
        choice->setCheckable(true);
        choice->setChecked(network->code == m_detectedNetwork);
        choice->setEnabled(sold);
        if (!sold)
            choice->setToolTip(tr("The airtime provider of this kiosk does not sell %1.").arg(network->name));
        m_networkButtons->layout()->addWidget(choice);
        connect(choice, &QPushButton::clicked, this, [this, code = network->code] { chooseNetwork(code); });
    }
    showStep(Step::Network);
}

void AirtimePage::chooseNetwork(const QString& code)
{
    const Network* network = m_catalog->network(code);
    if (!network)
        return;
    m_network = code;
    clearButtons(m_presetButtons);
    int index = 0;
    for (const Money& preset : network->presets) {
        auto* choice = button(preset.format(), m_presetButtons, QStringLiteral("preset_%1").arg(index));
        static_cast<QGridLayout*>(m_presetButtons->layout())->addWidget(choice, index / 3, index % 3);
        ++index;
        connect(choice, &QPushButton::clicked, this, [this, preset] { acceptAmount(preset); });
    }
    m_amount->clear();
    m_amountError->clear();
    showStep(Step::Amount);
}

void AirtimePage::acceptCustomAmount()
{
    const Network* network = m_catalog->network(m_network);
    const CountryPlan* plan = network ? m_catalog->country(network->country) : nullptr;
    if (!plan)
        return;
    const auto typed = Money::parse(m_amount->text(), plan->currency, QLocale());
    if (!typed) {
        m_amountError->setText(
            m_amount->text().trimmed().isEmpty()
                ? tr("Pick an amount or type one.")
                : tr("\"%1\" is not an amount. Type whole naira, such as 1500.").arg(m_amount->text()));
        return;
    }
    acceptAmount(*typed);
}

void AirtimePage::acceptAmount(const Money& amount)
{
    const Network* network = m_catalog->network(m_network);
    if (!network)
        return;
    const auto checked = m_catalog->checkAmount(*network, amount);
    if (!checked) {
        m_amountError->setText(checked.error());
        m_amount->setFocus();
        return;
    }
    m_price = amount;
    m_clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_summary->setText(tr("<p><b>%1</b> airtime</p><p>to <b>%2</b></p><p>for <b>%3</b></p>")
                           .arg(network->name.toHtmlEscaped(), m_parsed->display(), amount.format()));
    const Network* detected = m_catalog->network(m_detectedNetwork);
    m_changedWarning->setText(detected && detected->code != network->code
                                  ? tr("The number started on %1; the customer chose %2. Airtime for the wrong "
                                       "network cannot be taken back.")
                                        .arg(detected->name, network->name)
                                  : QString());
    m_confirmError->clear();
    m_confirm->setEnabled(true);
    showStep(Step::Confirm);
}

std::optional<NewSale> AirtimePage::order() const
{
    const Network* network = m_catalog->network(m_network);
    if (!m_context.airtime || !m_parsed || !network)
        return std::nullopt;
    NewSale sale;
    sale.clientToken = m_clientToken;
    sale.desk = m_context.desk();
    sale.vendor = m_context.user.username;
    sale.phone = m_parsed->e164;
    sale.country = m_parsed->country;
    sale.network = network->code;
    sale.detectedNetwork = m_detectedNetwork;
    sale.provider = m_context.airtimeProvider->name();
    sale.providerService = network->providerService;
    sale.amount = m_price;
    sale.commission = AirtimeCatalog::commission(*network, m_price);
    return sale;
}

void AirtimePage::confirm()
{
    const auto sale = order();
    if (!sale || !m_confirm->isEnabled())
        return;
    // A second tap while the first is recorded finds the same sale (same token) and changes nothing.
    m_confirm->setEnabled(false);
    m_payUssd->setEnabled(false);
    m_context.airtime->sell(*sale, this, [this](const Result<AirtimeSale, SaleError>& made) {
        m_payUssd->setEnabled(true);
        if (!made) {
            m_confirmError->setText(made.error().message);
            m_confirm->setEnabled(made.error().kind != SaleError::Kind::InsufficientBalance);
            return;
        }
        m_sale = *made;
        showSale(*made);
        showStep(Step::Result);
        m_vendor->refresh();
    });
}

void AirtimePage::payByUssd()
{
    const auto sale = order();
    if (!sale || !m_context.airtimePayments || step() != Step::Confirm || !m_payUssd->isEnabled())
        return;
    if (sale->amount.currency() != Currency::ngn()) {
        m_confirmError->setText(tr("Bank USSD payments are for naira only: take cash."));
        return;
    }
    m_confirm->setEnabled(false);
    m_payUssd->setEnabled(false);
    m_confirmError->setText(tr("Asking Paystack for the code…"));
    m_context.airtimePayments->pay(*sale, m_bank->currentData().toString(), this,
                                   [this](const Result<CustomerPayment, QString>& made) {
                                       m_confirm->setEnabled(true);
                                       m_payUssd->setEnabled(true);
                                       if (!made) {
                                           m_confirmError->setText(made.error());
                                           // Nothing was sold under this token; a new try is a new payment.
                                           m_clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
                                           return;
                                       }
                                       m_confirmError->clear();
                                       m_payment = *made;
                                       showPayment(*made);
                                       showStep(Step::Pay);
                                   });
}

void AirtimePage::showPayment(const CustomerPayment& payment)
{
    m_payment = payment;
    m_ussdCode->setText(payment.ussdCode);
    const QString amount = payment.amount().format();
    switch (payment.state) {
    case CustomerPayment::State::Created:
    case CustomerPayment::State::Waiting:
        m_payStatus->setText(
            (payment.detail.isEmpty()
                 ? tr("Ask the customer to dial the code on the phone registered with their bank and approve %1. "
                      "The airtime is sent as soon as Paystack confirms the payment; this is checked automatically.")
                       .arg(amount)
                 : payment.detail) +
            QStringLiteral("\n\n") + tr("Payment %1").arg(payment.reference));
        m_payLeave->setText(tr("Cancel payment (Esc)"));
        break;
    case CustomerPayment::State::Paid:
        m_payStatus->setText(payment.detail.isEmpty() ? tr("Paid: %1 received. Sending the airtime…").arg(amount)
                                                      : payment.detail);
        m_payLeave->setText(tr("Back (Esc)"));
        break;
    case CustomerPayment::State::Failed:
        m_payStatus->setText(
            tr("Not paid: %1 Nothing was taken from the customer; take cash or try again.").arg(payment.detail));
        m_payLeave->setText(tr("Back to the sale (Esc)"));
        break;
    }
    m_payCheck->setEnabled(payment.state != CustomerPayment::State::Failed);
}

void AirtimePage::leavePayment()
{
    if (!m_payment) {
        showStep(Step::Confirm);
        return;
    }
    switch (m_payment->state) {
    case CustomerPayment::State::Created:
    case CustomerPayment::State::Waiting:
        // Verified before it is given up: a payment that did go through is sold, never lost.
        m_payStatus->setText(tr("Cancelling: checking with Paystack first…"));
        m_context.airtimePayments->cancel(m_payment->id, m_context.user.username);
        return;
    case CustomerPayment::State::Paid:
        // The customer has paid: the airtime is theirs. The sale is made (or waits for a top-up); the next
        // customer can be served meanwhile, and the vendor panel lists it.
        startOver();
        return;
    case CustomerPayment::State::Failed:
        m_clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_payment.reset();
        m_confirmError->clear();
        showStep(Step::Confirm);
        return;
    }
}

void AirtimePage::showSale(const AirtimeSale& sale)
{
    m_sale = sale;
    const Network* network = m_catalog->network(sale.network);
    const auto number = parseMobileNumber(sale.phone, *m_catalog, sale.country);
    const QString what =
        tr("%1 %2 airtime to %3")
            .arg(sale.amount.format(), network ? network->name : sale.network, number ? number->display() : sale.phone);
    const QString reference =
        tr("Sale %1, request %2").arg(sale.id).arg(sale.requestId.isEmpty() ? tr("not sent yet") : sale.requestId);
    QString heading;
    QString detail;
    switch (sale.state) {
    case SaleState::Created:
        heading = tr("Queued");
        detail = tr("%1 is recorded and paid for. The provider cannot be reached now, so it will be sent "
                    "automatically when the link is back. The customer does not need to pay again.")
                     .arg(what);
        break;
    case SaleState::Sent:
        heading = tr("Sending…");
        detail = what;
        break;
    case SaleState::Delivered:
        heading = tr("Delivered");
        detail = tr("%1 was delivered. Provider transaction %2.").arg(what, sale.providerTransactionId);
        break;
    case SaleState::Pending:
    case SaleState::Unknown:
        heading = tr("Pending: do not refund");
        detail = tr("%1 has not been confirmed by the provider yet (%2). It is checked automatically; the "
                    "customer may already have the airtime.")
                     .arg(what, sale.detail);
        break;
    case SaleState::Failed:
        heading = tr("Failed: give the customer %1 back").arg(sale.amount.format());
        detail = tr("%1 was not delivered (%2). The wallet has been credited.").arg(what, sale.detail);
        break;
    }
    m_resultTitle->setText(heading);
    m_resultDetail->setText(detail + QStringLiteral("\n\n") + reference);
}

QString AirtimePage::receiptStatus() const
{
    return m_receiptStatus->text();
}

void AirtimePage::saveReceipt()
{
    if (!m_sale)
        return;
    const QString path =
        QDir(receipt_output::receiptsFolder()).filePath(QStringLiteral("airtime-%1.pdf").arg(m_sale->id));
    const auto saved = receipt_output::saveSlipPdf(airtime_receipt::html(*m_sale, m_context.desk()),
                                                   tr("Airtime sale %1").arg(m_sale->id), path);
    m_receiptStatus->setText(saved ? tr("Receipt saved: %1").arg(QDir::toNativeSeparators(path)) : saved.error());
}

void AirtimePage::printReceipt()
{
    if (!m_sale)
        return;
    const QString target = m_context.config->receiptPrinter();
    if (target.isEmpty()) {
        m_receiptStatus->setText(tr("No receipt printer is set (Settings): save the receipt as PDF instead."));
        return;
    }
    auto* printer = new ThermalPrinter(this);
    printer->send(airtime_receipt::escPos(*m_sale, m_context.desk(), m_context.config->receiptColumns()), target, this,
                  [this, printer, id = m_sale->id](const Status<QString>& sent) {
                      printer->deleteLater();
                      m_receiptStatus->setText(sent ? tr("Slip for sale %1 printed.").arg(id) : sent.error());
                  });
}

void AirtimePage::startOver()
{
    m_receiptStatus->clear();
    m_parsed.reset();
    m_sale.reset();
    m_payment.reset();
    m_network.clear();
    m_detectedNetwork.clear();
    m_number->clear();
    m_numberError->clear();
    showStep(Step::Number);
}

} // namespace paydesk
