#pragma once

#include "config/app_config.h"
#include "paystack/paystack_client.h"
#include "security/secret_store.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk {

// This desk's settings. Plain settings go to the config file; the Paystack secret key and the database password go
// to the SecretStore and nowhere else. Empty secret fields leave the stored secret as it is.
class SettingsDialog : public QDialog
{
    Q_OBJECT
  public:
    SettingsDialog(AppConfig& config, SecretStore& secrets, QWidget* parent = nullptr);

    // Lets the dialog list this integration's terminals (GET /terminal) to bind the desk to one.
    void setPaystack(PaystackClient* paystack) { m_paystack = paystack; }
    void loadTerminals();

    QString errorText() const;
    // True when a change takes effect only after a restart (database).
    bool needsRestart() const { return m_needsRestart; }

    void accept() override;

  signals:
    void secretsChanged();
    // The administrator asked for Backups… (the folder, the key, restore), which has a dialog of its own.
    void backupsRequested();

  private:
    QString validate() const;
    void writeNextSecret();
    void showError(const QString& message);

    AppConfig& m_config;
    SecretStore& m_secrets;
    QLineEdit* m_deskName = nullptr;
    QLineEdit* m_databaseUrl = nullptr;
    QLineEdit* m_databasePassword = nullptr;
    QLineEdit* m_serverAddress = nullptr;
    QLineEdit* m_paystackUrl = nullptr;
    QLineEdit* m_paystackKey = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_terminal = nullptr;
    QLineEdit* m_receiptPrinter = nullptr;
    QComboBox* m_receiptColumns = nullptr;
    PaystackClient* m_paystack = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QList<std::pair<QString, Secret>> m_pendingSecrets;
    bool m_needsRestart = false;
};

} // namespace paydesk
