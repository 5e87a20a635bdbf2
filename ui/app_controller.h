#pragma once

#include "app_context.h"
#include "first_run_wizard.h"
#include "login_dialog.h"
#include "main_window.h"

#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

namespace paydesk {

class ConfirmationService;
class LiveUpdates;

// Takes the desk from start to the main window: open the database (explaining any failure), migrate it, run the
// first-start wizard on an empty one, log in, show the main window, and find out which Paystack mode the stored key
// means. Every step is driven by signals; nothing blocks the event loop.
class AppController : public QObject
{
    Q_OBJECT
  public:
    AppController(StartupOptions options, std::unique_ptr<SecretStore> secrets, QObject* parent = nullptr);
    ~AppController() override;

    void start();

    // For tests and the benchmark: what is on screen now.
    FirstRunWizard* wizard() const { return m_wizard; }
    LoginDialog* loginDialog() const { return m_login; }
    MainWindow* mainWindow() const { return m_mainWindow; }
    QMessageBox* errorBox() const { return m_errorBox; }
    AppContext* context() const { return m_context.get(); }

  signals:
    // The first window (wizard, login or error) is on screen.
    void firstWindowShown();
    void finished(int exitCode);

  private:
    struct Opened; // what the worker found when it opened the database
    void openDatabase(bool create);
    void databaseOpened(const Opened& opened);
    void showDatabaseError(const DbError& error, const QString& url, bool offerCreate);
    void loadSampleData();
    void showLogin();
    void showMainWindow();
    void readPaystackMode();
    void startPayments();
    void startConfirmation();
    void startAirtime();
    void openSettings();
    void openBackups();
    void startBackups();
    void quit(int exitCode);
    void announce(QWidget* window);

    StartupOptions m_options;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<AppConfig> m_config;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PaystackClient> m_paystack;
    std::unique_ptr<PaymentEngine> m_payments;
    std::unique_ptr<RefundEngine> m_refunds;
    std::unique_ptr<airtime::AirtimeProvider> m_airtimeProvider;
    std::unique_ptr<airtime::AirtimeEngine> m_airtime;
    std::unique_ptr<airtime::TopUpService> m_topUps;
    std::unique_ptr<airtime::CustomerPaymentService> m_airtimePayments;
    std::unique_ptr<ConfirmationService> m_confirmation;
    std::unique_ptr<LiveUpdates> m_live;
    std::unique_ptr<BackupScheduler> m_backups;
    QString m_confirmationStatus;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_mainWindow;
    QPointer<QMessageBox> m_errorBox;
    bool m_announced = false;
};

} // namespace paydesk
