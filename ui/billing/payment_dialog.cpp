#include "payment_dialog.h"

#include "billing/approval_dialog.h"
#include "billing/attempt_repository.h"
#include "billing/qr_widget.h"
#include "billing/receipt.h"
#include "billing/receipt_output.h"
#include "billing/refund_repository.h"
#include "billing/thermal_printer.h"
#include "error_label.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace paydesk {

namespace {

struct InvoiceState
{
    std::optional<Invoice> invoice;
    QList<PaymentAttempt> attempts;
    QString error;
};

QPushButton* actionButton(QWidget* parent, const QString& text, const char* shortcut, const char* name)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setShortcut(QKeySequence(QLatin1String(shortcut)));
    button->setAutoDefault(false);
    return button;
}

} // namespace

PaymentDialog::PaymentDialog(AppContext& context, const Invoice& invoice, QWidget* parent)
    : QDialog(parent), m_context(context), m_invoice(invoice)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment – invoice %1").arg(invoice.number));
    setMinimumWidth(620);
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("paymentHeader"));
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Choosing the amount and the method
    auto* choose = new QWidget(m_pages);
    auto* form = new QFormLayout(choose);
    m_amount = new QLineEdit(choose);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    form->addRow(tr("&Amount:"), m_amount);
    auto* methods = new QHBoxLayout;
    m_methods = new QButtonGroup(this);
    const QList<QPair<PaymentMethod, QString>> labels{{PaymentMethod::Terminal, tr("&Terminal")},
                                                      {PaymentMethod::Link, tr("Pay-by-&link / QR")},
                                                      {PaymentMethod::Ussd, tr("Bank &USSD")},
                                                      {PaymentMethod::Cash, tr("&Cash")}};
    for (const auto& [method, label] : labels) {
        auto* radio = new QRadioButton(label, choose);
        radio->setObjectName(QStringLiteral("method_") + paymentMethodName(method));
        m_methods->addButton(radio, int(method));
        // A mnemonic (Alt+U) "clicks" 100 ms later; an Enter typed in between must already take the new method.
        connect(radio, &QAbstractButton::pressed, radio, [radio] { radio->setChecked(true); });
        methods->addWidget(radio);
    }
    m_methods->button(int(m_context.terminalId().isEmpty() ? PaymentMethod::Cash : PaymentMethod::Terminal))
        ->setChecked(true);
    form->addRow(tr("Method:"), methods);
    m_bank = new QComboBox(choose);
    m_bank->setObjectName(QStringLiteral("ussdBank"));
    for (const auto& [code, bank] : {std::pair{"737", "GTBank *737#"}, std::pair{"919", "UBA *919#"},
                                     std::pair{"822", "Sterling *822#"}, std::pair{"966", "Zenith *966#"}})
        m_bank->addItem(QLatin1String(bank), QLatin1String(code));
    form->addRow(tr("&Bank (USSD):"), m_bank);
    m_tendered = new QLineEdit(choose);
    m_tendered->setObjectName(QStringLiteral("cashTendered"));
    form->addRow(tr("Cash te&ndered:"), m_tendered);
    m_change = new QLabel(choose);
    m_change->setObjectName(QStringLiteral("cashChange"));
    form->addRow(tr("Change:"), m_change);
    m_start = new QPushButton(tr("Take &payment (Enter)"), choose);
    m_start->setObjectName(QStringLiteral("startPayment"));
    m_start->setDefault(true);
    form->addRow(m_start);
    m_pages->addWidget(choose);
    auto methodChanged = [this] {
        const PaymentMethod method = selectedMethod();
        m_bank->setEnabled(method == PaymentMethod::Ussd);
        m_tendered->setEnabled(method == PaymentMethod::Cash);
        updateCashChange();
    };
    connect(m_methods, &QButtonGroup::idToggled, this, methodChanged);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::updateCashChange);
    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentDialog::updateCashChange);
    connect(m_start, &QPushButton::clicked, this, &PaymentDialog::startPayment);
    methodChanged();

    // Following one payment
    auto* follow = new QWidget(m_pages);
    auto* followLayout = new QVBoxLayout(follow);
    m_headline = new QLabel(follow);
    m_headline->setObjectName(QStringLiteral("paymentHeadline"));
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    followLayout->addWidget(m_headline);
    m_steps = new QLabel(follow);
    m_steps->setObjectName(QStringLiteral("paymentSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    followLayout->addWidget(m_steps);
    auto* linkRow = new QHBoxLayout;
    m_qr = new QrWidget(follow);
    m_qr->setObjectName(QStringLiteral("paymentQr"));
    linkRow->addWidget(m_qr);
    m_link = new QLineEdit(follow);
    m_link->setObjectName(QStringLiteral("paymentLink"));
    m_link->setReadOnly(true);
    linkRow->addWidget(m_link, 1, Qt::AlignVCenter);
    followLayout->addLayout(linkRow);
    m_ussdCode = new QLabel(follow);
    m_ussdCode->setObjectName(QStringLiteral("ussdCode"));
    m_ussdCode->setAlignment(Qt::AlignCenter);
    m_ussdCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont codeFont = m_ussdCode->font();
    codeFont.setPointSize(40); // read across a desk
    codeFont.setBold(true);
    m_ussdCode->setFont(codeFont);
    followLayout->addWidget(m_ussdCode);
    followLayout->addStretch(1);
    auto* actions = new QHBoxLayout;
    m_checkNow = actionButton(follow, tr("Check now (F5)"), "F5", "checkNow");
    m_repush = actionButton(follow, tr("Re-push to terminal (F6)"), "F6", "repush");
    m_cancelPayment = actionButton(follow, tr("Cancel payment (F8)"), "F8", "cancelPayment");
    m_savePdf = actionButton(follow, tr("Save receipt PDF (Ctrl+S)"), "Ctrl+S", "saveReceipt");
    m_print = actionButton(follow, tr("Print receipt (Ctrl+P)"), "Ctrl+P", "printReceipt");
    m_thermal = actionButton(follow, tr("Receipt printer (Ctrl+R)"), "Ctrl+R", "thermalReceipt");
    m_another = actionButton(follow, tr("Another payment (Ctrl+N)"), "Ctrl+N", "anotherPayment");
    m_refund = actionButton(follow, tr("Refund… (Ctrl+F)"), "Ctrl+F", "refundPayment");
    for (QPushButton* button :
         {m_checkNow, m_repush, m_cancelPayment, m_savePdf, m_print, m_thermal, m_another, m_refund})
        actions->addWidget(button);
    followLayout->addLayout(actions);
    connect(m_checkNow, &QPushButton::clicked, this, [this] { m_context.payments->checkNow(m_attempt.id); });
    connect(m_repush, &QPushButton::clicked, this, [this] { m_context.payments->repush(m_attempt.id); });
    connect(m_cancelPayment, &QPushButton::clicked, this,
            [this] { m_context.payments->cancel(m_attempt.id, m_context.user.username); });
    connect(m_savePdf, &QPushButton::clicked, this, &PaymentDialog::saveReceipt);
    connect(m_print, &QPushButton::clicked, this, &PaymentDialog::printReceipt);
    connect(m_thermal, &QPushButton::clicked, this, &PaymentDialog::sendToReceiptPrinter);
    connect(m_another, &QPushButton::clicked, this, &PaymentDialog::showChooser);
    connect(m_refund, &QPushButton::clicked, this, &PaymentDialog::refund);
    connect(m_context.refunds, &RefundEngine::refundChanged, this, [this](const Refund& refund) {
        if (refund.invoiceId != m_invoice.id)
            return;
        m_status->setText(
            tr("Refund of %1: %2. %3").arg(refund.amount.format(), describe(refund.state), refund.detail));
        if (!refund.inFlight())
            reloadInvoice(false);
    });
    m_pages->addWidget(follow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_error = makeErrorLabel(this, QStringLiteral("paymentError"));
    layout->addWidget(m_error);
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(close, 0, Qt::AlignRight);

    connect(m_context.payments, &PaymentEngine::attemptChanged, this, [this](const PaymentAttempt& attempt) {
        if (attempt.id == m_attempt.id)
            showAttempt(attempt);
    });
    showChooser();
    reloadInvoice(true);
}

PaymentMethod PaymentDialog::selectedMethod() const
{
    return PaymentMethod(m_methods->checkedId());
}

QString PaymentDialog::progressText() const
{
    return m_headline->text() + QStringLiteral(" | ") + m_steps->text();
}

void PaymentDialog::reloadInvoice(bool pickAttempt)
{
    m_context.worker->run(
        [db = m_context.db, id = m_invoice.id] {
            InvoiceState state;
            auto invoice = InvoiceRepository(db).find(id);
            if (!invoice || !invoice->has_value()) {
                state.error = invoice ? tr("The invoice no longer exists.") : invoice.error().message;
                return state;
            }
            state.invoice = **invoice;
            auto attempts = AttemptRepository(db).forInvoice(id);
            if (attempts)
                state.attempts = *attempts;
            return state;
        },
        this,
        [this, pickAttempt](const InvoiceState& state) {
            if (!state.invoice) {
                m_error->setText(state.error);
                return;
            }
            m_invoice = *state.invoice;
            m_header->setText(tr("<h3>Invoice %1 · %2</h3><p>Total <b>%3</b> · Paid %4 · Balance <b>%5</b> · %6</p>")
                                  .arg(m_invoice.number.toHtmlEscaped(), m_invoice.patientName.toHtmlEscaped(),
                                       m_invoice.totals.total.format(), m_invoice.paid.format(),
                                       m_invoice.balance().format(), describe(m_invoice.status)));
            if (m_pages->currentIndex() == 0)
                m_amount->setText(m_invoice.balance().format());
            m_another->setVisible(isFinal(m_attempt.state) && m_attempt.id != 0 && !m_invoice.balance().isZero() &&
                                  m_invoice.status != InvoiceStatus::Void);
            if (!pickAttempt)
                return;
            // A payment still in flight (after a restart, or from another window) is shown first; on a paid
            // invoice the last payment, for its receipt.
            for (auto it = state.attempts.crbegin(); it != state.attempts.crend(); ++it) {
                if (it->inFlight() || (m_invoice.balance().isZero() && it->state == AttemptState::Succeeded)) {
                    showAttempt(*it);
                    return;
                }
            }
        });
}

void PaymentDialog::showChooser()
{
    m_attempt = {};
    m_pages->setCurrentIndex(0);
    m_amount->setText(m_invoice.balance().format());
    m_error->clear();
    m_status->clear();
    m_amount->setFocus();
    m_amount->selectAll();
}

void PaymentDialog::updateCashChange()
{
    if (selectedMethod() != PaymentMethod::Cash) {
        m_change->clear();
        return;
    }
    const auto amount = Money::parse(m_amount->text(), Currency::ngn());
    const auto tendered = Money::parse(m_tendered->text(), Currency::ngn());
    if (!amount || !tendered) {
        m_change->setText(m_tendered->text().isEmpty() ? QString() : tr("–"));
        return;
    }
    const auto change = tendered->minus(*amount);
    m_change->setText(change && !change->isNegative() ? change->format() : tr("not enough cash"));
}

void PaymentDialog::startPayment()
{
    const PaymentMethod method = selectedMethod();
    const auto amount = Money::parse(m_amount->text(), m_invoice.totals.total.currency());
    if (!amount) {
        m_error->setText(tr("Amount “%1”: %2").arg(m_amount->text(), describe(amount.error())));
        m_amount->setFocus();
        return;
    }
    NewAttempt attempt{
        m_invoice.id, method, *amount, std::nullopt, m_context.terminalId(), m_bank->currentData().toString()};
    if (method == PaymentMethod::Cash) {
        const auto tendered = Money::parse(m_tendered->text().isEmpty() ? m_amount->text() : m_tendered->text(),
                                           m_invoice.totals.total.currency());
        if (!tendered) {
            m_error->setText(tr("Cash tendered “%1”: %2").arg(m_tendered->text(), describe(tendered.error())));
            m_tendered->setFocus();
            return;
        }
        attempt.tendered = *tendered;
    }
    m_error->clear();
    m_start->setEnabled(false);
    m_context.payments->begin(attempt, m_context.actor(), this, [this](const Result<PaymentAttempt, QString>& started) {
        m_start->setEnabled(true);
        if (!started) {
            m_error->setText(started.error());
            return;
        }
        showAttempt(*started);
    });
}

void PaymentDialog::showAttempt(const PaymentAttempt& attempt)
{
    m_attempt = attempt;
    m_pages->setCurrentIndex(1);
    const bool inFlight = attempt.inFlight();
    const bool paid = attempt.state == AttemptState::Succeeded;
    QString headline;
    switch (attempt.state) {
    case AttemptState::Succeeded:
        headline = tr("Paid %1").arg(attempt.amount.format());
        break;
    case AttemptState::Waiting:
    case AttemptState::Delivered:
        headline = attempt.method == PaymentMethod::Terminal
                       ? tr("Waiting for card on terminal %1").arg(attempt.terminalId)
                   : attempt.method == PaymentMethod::Link ? tr("Waiting for the customer to pay by link")
                                                           : tr("Waiting for the customer to dial the code");
        break;
    case AttemptState::Sent:
        headline = attempt.method == PaymentMethod::Terminal ? tr("Sent to terminal %1").arg(attempt.terminalId)
                                                             : tr("Sent to Paystack");
        break;
    case AttemptState::Created:
        headline = tr("Preparing the %1 payment…").arg(describe(attempt.method).toLower());
        break;
    case AttemptState::Unknown:
        headline = tr("Checking with Paystack…");
        break;
    case AttemptState::Failed:
        headline = tr("Payment failed");
        break;
    case AttemptState::Cancelled:
        headline = tr("Payment cancelled");
        break;
    case AttemptState::Expired:
        headline = tr("Payment expired");
        break;
    }
    m_headline->setText(headline);
    m_headline->setStyleSheet(paid                     ? QStringLiteral("color: #1b5e20")
                              : isFinal(attempt.state) ? errorStyleSheet()
                                                       : QString());
    const bool link = attempt.method == PaymentMethod::Link && !attempt.authorizationUrl.isEmpty() && inFlight;
    m_qr->setVisible(link);
    m_link->setVisible(link);
    if (link && m_qr->text() != attempt.authorizationUrl) {
        m_qr->setText(attempt.authorizationUrl);
        m_link->setText(attempt.authorizationUrl);
    }
    const bool ussd = attempt.method == PaymentMethod::Ussd && !attempt.ussdCode.isEmpty() && inFlight;
    m_ussdCode->setVisible(ussd);
    m_ussdCode->setText(attempt.ussdCode);
    m_checkNow->setVisible(inFlight && attempt.method != PaymentMethod::Cash);
    m_repush->setVisible(inFlight && attempt.method == PaymentMethod::Terminal);
    m_cancelPayment->setVisible(inFlight);
    if (inFlight) // one payment at a time; reloadInvoice() offers another once this one has ended
        m_another->hide();
    for (QPushButton* button : {m_savePdf, m_print, m_thermal, m_refund})
        button->setVisible(paid);
    // On the hospital network paydesk-server carries out the cashier's keys: say it is on its way.
    QString asked;
    if (inFlight && attempt.request == CashierRequest::Cancel)
        asked = tr("Cancelling: paydesk-server is on it.");
    else if (inFlight && attempt.request == CashierRequest::Repush)
        asked = tr("Pushing to the terminal again: paydesk-server is on it.");
    else if (inFlight && attempt.request == CashierRequest::Check)
        asked = tr("Checking with Paystack: paydesk-server is on it.");
    m_status->setText(asked.isEmpty() ? attempt.detail : asked + u' ' + attempt.detail);
    refreshTimeline();
    if (isFinal(attempt.state)) {
        reloadInvoice(false);
        emit invoiceChanged(m_invoice.id);
        if (paid)
            m_savePdf->setFocus();
    }
}

void PaymentDialog::refreshTimeline()
{
    m_context.worker->run([db = m_context.db, id = m_attempt.id] { return AttemptRepository(db).events(id); }, this,
                          [this, id = m_attempt.id](const Result<QList<AttemptEvent>, DbError>& events) {
                              if (!events || id != m_attempt.id)
                                  return;
                              QStringList steps;
                              for (const AttemptEvent& event : *events) {
                                  if (event.from) // the creation row only names the method
                                      steps << (event.detail.isEmpty() ? describe(event.to) : event.detail);
                              }
                              m_steps->setText(steps.join(QStringLiteral(" · ")));
                          });
}

void PaymentDialog::saveReceipt()
{
    m_context.worker->run(
        [db = m_context.db, id = m_attempt.id] { return ReceiptRepository(db).forAttempt(id, true); }, this,
        [this](const Result<Receipt, QString>& receipt) {
            if (!receipt) {
                m_error->setText(receipt.error());
                return;
            }
            QString path = receipt_output::receiptsFolder() + u'/' + receipt->number + QStringLiteral(".pdf");
            for (int copy = 1; receipt->copy && QFileInfo::exists(path); ++copy)
                path =
                    receipt_output::receiptsFolder() + u'/' + receipt->number + QStringLiteral("-copy%1.pdf").arg(copy);
            if (auto saved = receipt_output::savePdf(*receipt, path); !saved) {
                m_error->setText(saved.error());
                return;
            }
            m_receiptPath = path;
            m_status->setText(tr("Receipt %1 saved: %2").arg(receipt->number, path));
        });
}

void PaymentDialog::printReceipt()
{
    m_context.worker->run(
        [db = m_context.db, id = m_attempt.id] { return ReceiptRepository(db).forAttempt(id, false); }, this,
        [this](const Result<Receipt, QString>& receipt) {
            if (!receipt) {
                m_error->setText(receipt.error());
                return;
            }
            if (!receipt_output::print(*receipt, this))
                return;
            // Counted once it was really sent to a printer.
            m_context.worker->run(
                [db = m_context.db, id = m_attempt.id] { return ReceiptRepository(db).forAttempt(id, true).ok(); },
                this, [](bool) {});
            m_status->setText(tr("Receipt %1 sent to the printer.").arg(receipt->number));
        });
}

void PaymentDialog::sendToReceiptPrinter()
{
    const QString target = m_context.config->receiptPrinter();
    const int columns = m_context.config->receiptColumns();
    m_context.worker->run([db = m_context.db, id = m_attempt.id] { return ReceiptRepository(db).forAttempt(id, true); },
                          this,
                          [this, target, columns](const Result<Receipt, QString>& receipt) {
                              if (!receipt) {
                                  m_error->setText(receipt.error());
                                  return;
                              }
                              auto* printer = new ThermalPrinter(this);
                              printer->send(receipt_layout::escPos(*receipt, columns), target, this,
                                            [this, printer, number = receipt->number](const Status<QString>& sent) {
                                                printer->deleteLater();
                                                if (!sent)
                                                    m_error->setText(sent.error());
                                                else
                                                    m_status->setText(tr("Receipt %1 printed.").arg(number));
                                            });
                          });
}

} // namespace paydesk

namespace paydesk {

void PaymentDialog::refund()
{
    // Refunds need a supervisor: the one at the desk, or one who approves on the spot. Core checks it again.
    QString approver;
    if (!hasAtLeast(m_context.user.role, Role::Supervisor)) {
        ApprovalDialog approval(m_context, tr("A refund"), this);
        if (approval.exec() != QDialog::Accepted)
            return;
        approver = approval.approver();
    }
    m_context.worker->run(
        [db = m_context.db, id = m_attempt.id] { return RefundRepository(db).refundableForAttempt(id); }, this,
        [this, approver](const Result<std::optional<std::pair<qint64, Money>>, DbError>& refundable) {
            if (!refundable || !refundable->has_value()) {
                m_error->setText(refundable ? tr("This payment has no record to refund.") : refundable.error().message);
                return;
            }
            const auto [paymentId, left] = **refundable;
            bool ok = false;
            const QString amountText =
                QInputDialog::getText(this, tr("Refund"), tr("Amount to refund (at most %1):").arg(left.format()),
                                      QLineEdit::Normal, left.format(), &ok);
            if (!ok)
                return;
            const auto amount = Money::parse(amountText, left.currency());
            if (!amount) {
                m_error->setText(tr("Amount “%1”: %2").arg(amountText, describe(amount.error())));
                return;
            }
            const QString reason =
                QInputDialog::getText(this, tr("Refund"), tr("Why is it refunded?"), QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
            m_context.refunds->request(
                paymentId, *amount, reason, m_context.actor(approver), this,
                [this](const Result<Refund, QString>& made) {
                    if (!made) {
                        m_error->setText(made.error());
                        return;
                    }
                    m_error->clear();
                    m_status->setText(tr("Refund of %1: %2.").arg(made->amount.format(), describe(made->state)));
                    reloadInvoice(false);
                });
        });
}

} // namespace paydesk
