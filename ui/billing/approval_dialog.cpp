#include "approval_dialog.h"

#include "error_label.h"
#include "security/authenticator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

ApprovalDialog::ApprovalDialog(AppContext& context, const QString& what, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Supervisor approval"));
    auto* layout = new QVBoxLayout(this);
    auto* explain = new QLabel(
        tr("<b>%1</b> needs a supervisor. The supervisor types their own name and password.").arg(what.toHtmlEscaped()),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("approverName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("approverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Supervisor:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = makeErrorLabel(this, QStringLiteral("approvalError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ApprovalDialog::check()
{
    const QString user = m_user->text();
    const QString password = m_password->text();
    m_password->clear();
    setEnabled(false);
    m_context.worker->run(
        [db = m_context.db, user, password] { return Authenticator(db).authenticate(user, password); }, this,
        [this](const LoginResult& result) {
            setEnabled(true);
            if (result.outcome != LoginResult::Outcome::Success || !result.user) {
                m_error->setText(result.message);
                m_password->setFocus();
                return;
            }
            if (!hasAtLeast(result.user->role, Role::Supervisor)) {
                m_error->setText(tr("%1 is not a supervisor.").arg(result.user->displayName));
                m_user->setFocus();
                return;
            }
            m_approver = result.user->username;
            accept();
        });
}

} // namespace paydesk
