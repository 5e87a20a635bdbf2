#include "login_dialog.h"

#include "config/sample_data.h"
#include "error_label.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

LoginDialog::LoginDialog(DatabaseWorker& worker, Database db, bool training, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_db(std::move(db))
{
    setWindowTitle(tr("Paydesk – Log in"));
    setObjectName(QStringLiteral("loginDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("<b>Log in to Paydesk</b>"), this);
    layout->addWidget(heading);
    if (training) {
        auto* hint =
            new QLabel(tr("Training mode. Sample accounts: %1 and %2, password \"%3\".")
                           .arg(SampleAccounts::kCashier, SampleAccounts::kSupervisor, SampleAccounts::kPassword),
                       this);
        hint->setObjectName(QStringLiteral("trainingHint"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }

    auto* form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = makeErrorLabel(this, QStringLiteral("loginError"));
    m_error->setAccessibleName(tr("Login error"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(380);
    m_username->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::setBusy(bool busy)
{
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_login->setEnabled(!busy);
    if (busy) {
        m_error->setStyleSheet(QString());
        m_error->setText(tr("Checking…"));
        m_error->show();
    }
}

void LoginDialog::submit()
{
    if (m_checking)
        return;
    if (m_username->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_username->setFocus();
        return;
    }
    m_checking = true;
    setBusy(true);
    m_worker.run([db = m_db, username = m_username->text(),
                  password = m_password->text()] { return Authenticator(db).authenticate(username, password); },
                 this, [this](const LoginResult& result) { finishAttempt(result); });
}

void LoginDialog::finishAttempt(const LoginResult& result)
{
    m_checking = false;
    setBusy(false);
    if (result.outcome == LoginResult::Outcome::Success) {
        m_user = result.user;
        emit loggedIn(*m_user);
        accept();
        return;
    }
    m_error->setStyleSheet(errorStyleSheet());
    m_error->setText(result.message);
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}

} // namespace paydesk
