#include "settings_dialog.h"

#include "config/paystack_mode.h"
#include "error_label.h"
#include "server/listen_address.h"
#include "storage/database_url.h"
#include "util/translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

namespace {

QLineEdit* field(QWidget* parent, const QString& name, const QString& text = QString(), bool secret = false)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(QCoreApplication::translate("SettingsDialog", "unchanged"));
    }
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(AppConfig& config, SecretStore& secrets, QWidget* parent)
    : QDialog(parent), m_config(config), m_secrets(secrets)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Paydesk settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_deskName = field(this, QStringLiteral("deskName"), config.deskName());
    m_databaseUrl = field(this, QStringLiteral("databaseUrl"), config.databaseUrlText());
    m_databaseUrl->setToolTip(tr("sqlite:/path/to/paydesk.sqlite3 or postgresql://user@host:5432/paydesk"));
    m_databasePassword = field(this, QStringLiteral("databasePassword"), QString(), true);
    m_serverAddress = field(this, QStringLiteral("serverAddress"), config.serverAddress());
    m_serverAddress->setToolTip(
        tr("\"off\", 127.0.0.1:8088 (this PC only) or a LAN address such as 192.168.1.20:8088"));
    m_paystackUrl = field(this, QStringLiteral("paystackUrl"), config.paystackBaseUrl().toString());
    m_paystackKey = field(this, QStringLiteral("paystackKey"), QString(), true);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : availableLanguages())
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(config.language())));

    form->addRow(tr("&Desk name:"), m_deskName);
    form->addRow(tr("Data&base URL:"), m_databaseUrl);
    form->addRow(tr("Database pass&word:"), m_databasePassword);
    form->addRow(tr("&Server address:"), m_serverAddress);
    form->addRow(tr("Paystack &API address:"), m_paystackUrl);
    form->addRow(tr("Paystack secret &key:"), m_paystackKey);
    form->addRow(tr("&Language:"), m_language);
    // The desk's Paystack Terminal: typed, or picked from the integration's terminals (Load terminals, F5).
    m_terminal = new QComboBox(this);
    m_terminal->setObjectName(QStringLiteral("terminal"));
    m_terminal->setEditable(true);
    m_terminal->setMinimumContentsLength(36);
    m_terminal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_terminal->setEditText(config.terminalId());
    auto* loadTerminals = new QPushButton(tr("Load terminals (F5)"), this);
    loadTerminals->setObjectName(QStringLiteral("loadTerminals"));
    loadTerminals->setShortcut(QKeySequence(Qt::Key_F5));
    loadTerminals->setAutoDefault(false);
    connect(loadTerminals, &QPushButton::clicked, this, &SettingsDialog::loadTerminals);
    auto* terminalRow = new QHBoxLayout;
    terminalRow->addWidget(m_terminal, 1);
    terminalRow->addWidget(loadTerminals);
    // A layout row gets no buddy from QFormLayout: name the combo box so Alt+T works and no "&" shows.
    auto* terminalLabel = new QLabel(tr("Paystack &Terminal:"), this);
    terminalLabel->setBuddy(m_terminal);
    form->addRow(terminalLabel, terminalRow);
    m_receiptPrinter = field(this, QStringLiteral("receiptPrinter"), config.receiptPrinter());
    m_receiptPrinter->setPlaceholderText(tr("/dev/usb/lp0 or tcp://192.168.1.50:9100 (optional)"));
    form->addRow(tr("&Receipt printer:"), m_receiptPrinter);
    m_receiptColumns = new QComboBox(this);
    m_receiptColumns->addItem(tr("80 mm (48 columns)"), 48);
    m_receiptColumns->addItem(tr("58 mm (32 columns)"), 32);
    m_receiptColumns->setCurrentIndex(config.receiptColumns() == 32 ? 1 : 0);
    form->addRow(tr("Receipt &width:"), m_receiptColumns);
    layout->addLayout(form);
    auto* backups = new QPushButton(tr("Back&ups…"), this);
    backups->setObjectName(QStringLiteral("openBackups"));
    backups->setAutoDefault(false);
    connect(backups, &QPushButton::clicked, this, &SettingsDialog::backupsRequested);
    layout->addWidget(backups, 0, Qt::AlignLeft);
    auto* note = new QLabel(
        tr("Secrets are kept in the system keychain (%1), never in the settings file.").arg(secrets.backendName()),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_error = makeErrorLabel(this, QStringLiteral("settingsError"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
}

QString SettingsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SettingsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_save->setEnabled(true);
}

QString SettingsDialog::validate() const
{
    const auto url = DatabaseUrl::parse(m_databaseUrl->text());
    if (!url)
        return url.error().message;
    if (!url->password.isEmpty())
        return tr("Do not put the password in the database URL: enter it in the password field, which keeps it in "
                  "the keychain.");
    const auto listen = ListenAddress::parse(m_serverAddress->text());
    if (!listen || (!listen->off && listen->port == 0))
        return tr("The server address must be \"off\" or an IP address and port, such as 127.0.0.1:8088.");
    const QUrl paystack(m_paystackUrl->text().trimmed(), QUrl::StrictMode);
    if (!paystack.isValid() || (paystack.scheme() != u"https" && paystack.scheme() != u"http") ||
        paystack.host().isEmpty())
        return tr("The Paystack API address must be a web address such as https://api.paystack.co.");
    if (paystack.scheme() == u"http" && paystack.host() == u"api.paystack.co")
        return tr("Paystack must be reached over https.");
    if (!m_paystackKey->text().isEmpty())
        return validatePaystackSecret(m_paystackKey->text());
    return {};
}

void SettingsDialog::accept()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    m_error->hide();
    m_save->setEnabled(false);
    const QString newUrl = DatabaseUrl::parse(m_databaseUrl->text())->redacted();
    m_needsRestart = newUrl != DatabaseUrl::parse(m_config.databaseUrlText())->redacted();
    m_config.setDeskName(m_deskName->text().trimmed());
    if (m_needsRestart || m_config.hasExplicitDatabase())
        m_config.setDatabaseUrl(newUrl);
    m_config.setServerAddress(m_serverAddress->text().trimmed());
    m_config.setPaystackBaseUrl(QUrl(m_paystackUrl->text().trimmed()));
    m_config.setLanguage(m_language->currentData().toString());
    // "2232WE17 — Front desk (online)": the id is the first word.
    m_config.setTerminalId(m_terminal->currentText().section(u' ', 0, 0).trimmed());
    m_config.setReceiptPrinter(m_receiptPrinter->text().trimmed());
    m_config.setReceiptColumns(m_receiptColumns->currentData().toInt());
    m_config.sync();

    m_pendingSecrets.clear();
    if (!m_paystackKey->text().isEmpty())
        m_pendingSecrets.append({SecretKey::PaystackSecret, Secret::fromUtf8(m_paystackKey->text())});
    if (!m_databasePassword->text().isEmpty())
        m_pendingSecrets.append({SecretKey::DatabasePassword, Secret::fromUtf8(m_databasePassword->text())});
    writeNextSecret();
}

void SettingsDialog::writeNextSecret()
{
    if (m_pendingSecrets.isEmpty()) {
        m_paystackKey->clear();
        m_databasePassword->clear();
        QDialog::accept();
        return;
    }
    const auto [key, value] = m_pendingSecrets.takeFirst();
    m_secrets.write(key, value, this, [this](const SecretWriteResult& result) {
        if (!result) {
            showError(
                tr("The settings were saved, but the secret could not be stored: %1").arg(result.error().message));
            m_pendingSecrets.clear();
            return;
        }
        emit secretsChanged();
        writeNextSecret();
    });
}

void SettingsDialog::loadTerminals()
{
    if (!m_paystack) {
        showError(tr("Log in to a desk to list its Paystack terminals."));
        return;
    }
    paystack::ListQuery query;
    query.perPage = 100;
    m_paystack->listTerminals(
        query, this, [this](const Result<paystack::Page<paystack::Terminal>, PaystackError>& terminals) {
            if (!terminals) {
                showError(terminals.error().describe());
                return;
            }
            const QString current = m_terminal->currentText().section(u' ', 0, 0);
            m_terminal->clear();
            for (const paystack::Terminal& terminal : terminals->items)
                m_terminal->addItem(
                    QStringLiteral("%1 — %2 (%3)").arg(terminal.terminalId, terminal.name, terminal.status),
                    terminal.terminalId);
            const int index = m_terminal->findData(current);
            if (index >= 0)
                m_terminal->setCurrentIndex(index);
            else if (!current.isEmpty())
                m_terminal->setEditText(current);
            if (terminals->items.isEmpty())
                showError(tr("This Paystack integration has no terminals."));
        });
}

} // namespace paydesk
