#include "airtime/topup_dialog.h"

#include "airtime/topup_service.h"
#include "billing/qr_widget.h"
#include "error_label.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QStackedWidget>

namespace paydesk {

using namespace airtime;

TopUpDialog::TopUpDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Top up the wallet"));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // The amount.
    auto* ask = new QWidget(m_pages);
    auto* form = new QFormLayout(ask);
    auto* intro = new QLabel(tr("Pay with a card or bank through Paystack; the wallet is credited once Paystack "
                                "confirms the payment."),
                             ask);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_amount = new QLineEdit(ask);
    m_amount->setObjectName(QStringLiteral("topUpAmount"));
    m_amount->setPlaceholderText(tr("for example 5000"));
    m_amount->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,7}")), m_amount));
    form->addRow(tr("&Amount (₦)"), m_amount);
    m_error = makeErrorLabel(ask, QStringLiteral("topUpError"));
    form->addRow(m_error);
    m_getLink = new QPushButton(tr("&Get payment link"), ask);
    m_getLink->setObjectName(QStringLiteral("getLink"));
    m_getLink->setDefault(true);
    form->addRow(m_getLink);
    connect(m_getLink, &QPushButton::clicked, this, &TopUpDialog::request);
    connect(m_amount, &QLineEdit::returnPressed, this, &TopUpDialog::request);
    m_pages->addWidget(ask);

    // Following the payment.
    auto* follow = new QWidget(m_pages);
    auto* followLayout = new QVBoxLayout(follow);
    m_status = new QLabel(follow);
    m_status->setObjectName(QStringLiteral("topUpStatus"));
    m_status->setWordWrap(true);
    QFont big = m_status->font();
    big.setPointSize(14);
    big.setBold(true);
    m_status->setFont(big);
    // Room for three lines up front: a wrapped label inside a stacked page does not make the dialog taller.
    m_status->setMinimumHeight(3 * QFontMetrics(big).lineSpacing() + 4);
    followLayout->addWidget(m_status);
    m_qr = new QrWidget(follow);
    m_qr->setMinimumSize(m_qr->sizeHint());
    followLayout->addWidget(m_qr, 0, Qt::AlignHCenter);
    m_link = new QLineEdit(follow);
    m_link->setObjectName(QStringLiteral("topUpLink"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Payment link"));
    followLayout->addWidget(m_link);
    auto* buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("Check now (F5)"), follow);
    m_cancel = new QPushButton(tr("&Cancel this top-up"), follow);
    buttons->addWidget(m_check);
    buttons->addWidget(m_cancel);
    followLayout->addLayout(buttons);
    m_pages->addWidget(follow);
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (m_context.topUps && m_topUp.id)
            m_context.topUps->checkNow(m_topUp.id);
    });
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, m_check, &QPushButton::click);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_context.topUps && m_topUp.id)
            m_context.topUps->cancel(m_topUp.id, m_context.user.username);
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling: asking Paystack first whether it was paid…"));
    });

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    if (m_context.topUps)
        connect(m_context.topUps, &TopUpService::topUpChanged, this, [this](const TopUp& topUp) {
            if (topUp.id == m_topUp.id)
                show(topUp);
        });
    m_amount->setFocus();
}

QString TopUpDialog::statusText() const
{
    return m_pages->currentIndex() == 0 ? m_error->text() : m_status->text();
}

QString TopUpDialog::link() const
{
    return m_link->text();
}

void TopUpDialog::request()
{
    if (!m_context.topUps) {
        m_error->setText(tr("Top-ups need Paystack, which this desk does not call (it is on the shared database)."));
        return;
    }
    if (m_context.topUpEmail().isEmpty()) {
        m_error->setText(tr("Set the vendor's email for Paystack receipts first (Settings, airtime/topup_email)."));
        return;
    }
    const qint64 naira = m_amount->text().toLongLong();
    if (naira < 100) {
        m_error->setText(tr("Type the amount in whole naira, at least ₦100."));
        m_amount->setFocus();
        return;
    }
    m_error->clear();
    m_getLink->setEnabled(false);
    m_getLink->setText(tr("Asking Paystack for a link…"));
    m_context.topUps->request(Money::fromMinor(naira * 100, Currency::ngn()), m_context.user.username, this,
                              [this](const Result<TopUp, QString>& topUp) {
                                  m_getLink->setEnabled(true);
                                  m_getLink->setText(tr("&Get payment link"));
                                  if (!topUp) {
                                      m_error->setText(tr("No payment link: %1").arg(topUp.error()));
                                      return;
                                  }
                                  show(*topUp);
                                  m_pages->setCurrentIndex(1);
                                  adjustSize(); // the code and the link need more room than the amount did
                                  m_check->setFocus();
                              });
}

void TopUpDialog::show(const TopUp& topUp)
{
    m_topUp = topUp;
    m_link->setText(topUp.authorizationUrl);
    m_link->setCursorPosition(0);
    m_qr->setText(topUp.authorizationUrl);
    const bool open = topUp.state == TopUp::State::Initialized;
    m_check->setEnabled(open);
    m_cancel->setEnabled(open);
    m_qr->setVisible(open);
    switch (topUp.state) {
    case TopUp::State::Initialized:
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Waiting for %1 to be paid. Scan the code or open the link; the payment is checked "
                             "automatically.")
                              .arg(topUp.amount.format()));
        break;
    case TopUp::State::Paid:
        m_status->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_status->setText(tr("Paid: %1 added to the wallet.").arg(topUp.amount.format()));
        break;
    case TopUp::State::Failed:
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_status->setText(tr("Not paid: %1 Nothing was added to the wallet.").arg(topUp.detail));
        break;
    }
}

} // namespace paydesk
