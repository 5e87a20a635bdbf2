#include "first_run_wizard.h"

#include "error_label.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizardPage>

namespace paydesk {

namespace {

class AdminPage : public QWizardPage
{
  public:
    using QWizardPage::QWizardPage;
    std::function<bool()> check;
    bool validatePage() override { return !check || check(); }
};

QLineEdit* lineEdit(QWidget* parent, const QString& name, bool password = false)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    if (password)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

FirstRunWizard::FirstRunWizard(DatabaseWorker& worker, Database db, AppConfig& config, QWidget* parent)
    : QWizard(parent), m_worker(worker), m_db(std::move(db)), m_config(config)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Paydesk"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto* welcome = new QWizardPage(this);
    welcome->setTitle(tr("Welcome to Paydesk"));
    auto* welcomeLayout = new QVBoxLayout(welcome);
    auto* intro = new QLabel(tr("<p>This database has no users yet. In the next step you create the "
                                "<b>administrator</b> account, who can then add cashiers and supervisors.</p>"
                                "<p>Database: <tt>%1</tt></p>")
                                 .arg(m_db.url().redacted().toHtmlEscaped()),
                             welcome);
    intro->setWordWrap(true);
    welcomeLayout->addWidget(intro);
    addPage(welcome);

    auto* page = new AdminPage(this);
    page->setTitle(tr("Administrator account"));
    page->setSubTitle(tr("Choose a strong password: this account manages users, keys and settings."));
    auto* form = new QFormLayout(page);
    m_deskName = lineEdit(page, QStringLiteral("deskName"));
    m_deskName->setText(config.deskName());
    m_deskName->setPlaceholderText(tr("for example: Main cashier, OPD"));
    m_username = lineEdit(page, QStringLiteral("adminUsername"));
    m_username->setText(QStringLiteral("admin"));
    m_fullName = lineEdit(page, QStringLiteral("adminFullName"));
    m_password = lineEdit(page, QStringLiteral("adminPassword"), true);
    m_repeat = lineEdit(page, QStringLiteral("adminRepeat"), true);
    form->addRow(tr("&Desk name:"), m_deskName);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    m_error = makeErrorLabel(page, QStringLiteral("wizardError"));
    form->addRow(m_error);
    page->check = [this] {
        const NewUser user{m_username->text(), m_fullName->text(), Role::Admin, m_password->text()};
        QString problem = UserRepository::validate(user);
        if (problem.isEmpty() && m_password->text() != m_repeat->text())
            problem = tr("The two passwords are not the same.");
        m_error->setText(problem);
        return problem.isEmpty();
    };
    setPage(1, page);
    // Return in any field finishes, whichever widget the wizard made the default button.
    for (QLineEdit* edit : {m_deskName, m_username, m_fullName, m_password, m_repeat})
        connect(edit, &QLineEdit::returnPressed, this, [this] { button(QWizard::FinishButton)->click(); });
    resize(560, 420);
}

QString FirstRunWizard::errorText() const
{
    return m_error->text();
}

void FirstRunWizard::accept()
{
    if (m_saving || m_admin)
        return;
    // QWizard validates the page in done(); we start work before that, so validate here first.
    if (!validateCurrentPage())
        return;
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Creating the account…"));
    const NewUser user{m_username->text(), m_fullName->text(), Role::Admin, m_password->text()};
    m_worker.run([db = m_db, user] { return UserRepository(db).create(user, QStringLiteral("first-run")); }, this,
                 [this](const Result<User, DbError>& created) { adminSaved(created); });
}

void FirstRunWizard::adminSaved(const Result<User, DbError>& created)
{
    m_saving = false;
    button(QWizard::FinishButton)->setEnabled(true);
    m_error->setStyleSheet(errorStyleSheet());
    if (!created) {
        m_error->setText(created.error().message);
        return;
    }
    if (!m_deskName->text().trimmed().isEmpty()) {
        m_config.setDeskName(m_deskName->text().trimmed());
        m_config.sync();
    }
    m_admin = *created;
    m_password->clear();
    m_repeat->clear();
    emit adminCreated(*m_admin);
    QWizard::accept();
}

} // namespace paydesk
