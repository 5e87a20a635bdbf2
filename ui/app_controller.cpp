#include "app_controller.h"

#include "airtime/catalog_repository.h"
#include "airtime/vtpass_provider.h"
#include "backup/backup_folder.h"
#include "backups_dialog.h"
#include "cli/exit_codes.h"
#include "config/sample_data.h"
#include "first_run_wizard.h"
#include "login_dialog.h"
#include "main_window.h"
#include "payments/confirmation_service.h"
#include "payments/live_updates.h"
#include "settings_dialog.h"
#include "storage/migrator.h"
#include "util/logging.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace paydesk {

namespace {

int exitCodeFor(const DbError& error)
{
    return error.kind == DbError::Kind::SchemaTooNew ? ExitSchemaTooNew : ExitDatabase;
}

} // namespace

AppController::AppController(StartupOptions options, std::unique_ptr<SecretStore> secrets, QObject* parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_secrets(std::move(secrets)),
      m_worker(std::make_unique<DatabaseWorker>()),
      m_config(std::make_unique<AppConfig>(m_options.configPath))
{}

AppController::~AppController()
{
    delete m_mainWindow;
    delete m_login;
    delete m_wizard;
    delete m_errorBox;
}

void AppController::start()
{
    openDatabase(false);
}

void AppController::announce(QWidget* window)
{
    if (m_announced)
        return;
    m_announced = true;
    // Announce once the window is really on screen (mapped), not merely asked to show.
    QTimer::singleShot(0, this, [this, window = QPointer<QWidget>(window)] {
        if (window && window->isVisible())
            emit firstWindowShown();
    });
}

struct AppController::Opened
{
    std::optional<Database> db;
    DbError error;
    QString restore; // what a restore staged before the restart did (or why it did not happen)
    QString url;
    bool offerCreate = false;
    qint64 users = 0;
};

void AppController::openDatabase(bool create)
{
    // Training never touches the desk's real database.
    QString urlText = m_options.databaseUrl;
    if (urlText.isEmpty() && m_options.training) {
        urlText = QStringLiteral("sqlite:") + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/training.sqlite3");
    }
    const bool isDefault = urlText.isEmpty() && !m_config->hasExplicitDatabase();
    if (urlText.isEmpty())
        urlText = m_config->databaseUrlText();

    auto url = DatabaseUrl::parse(urlText);
    if (!url) {
        showDatabaseError(url.error(), urlText, false);
        return;
    }
    Database::Options options;
    options.create = (create || isDefault || m_options.training) ? Database::CreateMode::CreateIfMissing
                                                                 : Database::CreateMode::MustExist;
    // Opening may wait on a server or a busy file: the worker does it, with everything else the start needs.
    m_worker->run(
        [url = *url, options] {
            Opened opened;
            opened.url = url.redacted();
            // A restore an administrator staged before the restart goes in place before the database opens.
            if (url.isSqlite()) {
                auto staged = BackupFolder::restoreStaged(url.path);
                if (!staged)
                    opened.restore = staged.error();
                else if (staged->has_value())
                    opened.restore = (*staged)->keptAside.isEmpty()
                                         ? tr("The backup was restored.")
                                         : tr("The backup was restored. The database that was there is kept as %1.")
                                               .arg(QDir::toNativeSeparators((*staged)->keptAside));
            }
            auto db = openMigrated(url, options);
            if (!db) {
                opened.error = db.error();
                opened.offerCreate = db.error().kind == DbError::Kind::NotFound && url.isSqlite();
                return opened;
            }
            opened.db = *db;
            auto users = UserRepository(*db).count();
            if (!users) {
                opened.error = users.error();
                return opened;
            }
            opened.users = *users;
            return opened;
        },
        this, [this](const Opened& opened) { databaseOpened(opened); });
}

void AppController::databaseOpened(const Opened& opened)
{
    if (opened.db)
        m_worker->adopt(*opened.db); // its worker-thread connection is closed on shutdown
    if (!opened.db || !opened.error.message.isEmpty()) {
        showDatabaseError(opened.error, opened.url, opened.offerCreate);
        return;
    }
    m_context = std::make_unique<AppContext>(
        AppContext{*opened.db, m_worker.get(), m_config.get(), m_secrets.get(), m_options, {}});
    if (!opened.restore.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("Paydesk"), opened.restore);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (opened.users > 0) {
        loadSampleData();
        showLogin();
        return;
    }
    m_wizard = new FirstRunWizard(*m_worker, m_context->db, *m_config);
    connect(m_wizard, &FirstRunWizard::adminCreated, this, [this] {
        loadSampleData();
        m_wizard->deleteLater();
        showLogin();
    });
    connect(m_wizard, &QWizard::rejected, this, [this] { quit(ExitOk); });
    m_wizard->show();
    announce(m_wizard);
}

void AppController::loadSampleData()
{
    if (!m_options.sampleData)
        return;
    m_worker->run(
        [db = m_context->db, history = m_options.sampleHistory]() -> Status<DbError> {
            if (auto loaded = paydesk::loadSampleData(db); !loaded || !history)
                return loaded;
            return paydesk::loadSampleHistory(db);
        },
        this,
        [](const Status<DbError>& loaded) {
            if (!loaded)
                qCWarning(lcApp) << "sample data not loaded:" << loaded.error().message;
        });
}

void AppController::showDatabaseError(const DbError& error, const QString& url, bool offerCreate)
{
    qCWarning(lcApp) << "database problem:" << error.message;
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Paydesk – database"), tr("Paydesk cannot use its database."),
                                QMessageBox::NoButton);
    box->setObjectName(QStringLiteral("databaseError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("%1\n\nDatabase: %2\nSettings file: %3\n\nStart Paydesk with --database URL to use "
                               "another database.")
                                .arg(error.message, url, m_config->filePath()));
    QPushButton* create =
        offerCreate ? box->addButton(tr("&Create a new empty database"), QMessageBox::AcceptRole) : nullptr;
    // Retrying helps a server that is down or a file that was being copied, not a damaged file or a wrong URL.
    const bool retryHelps = error.kind != DbError::Kind::SchemaTooNew && error.kind != DbError::Kind::BadUrl &&
                            error.kind != DbError::Kind::Corrupt;
    QPushButton* retry = !retryHelps ? nullptr : box->addButton(tr("&Retry"), QMessageBox::ActionRole);
    QPushButton* quitButton = box->addButton(tr("&Quit"), QMessageBox::RejectRole);
    box->setDefaultButton(retry ? retry : quitButton);
    const int code = exitCodeFor(error);
    connect(box, &QMessageBox::finished, this, [this, box, create, retry, code] {
        QAbstractButton* clicked = box->clickedButton();
        if (create && clicked == create)
            QTimer::singleShot(0, this, [this] { openDatabase(true); });
        else if (retry && clicked == retry)
            QTimer::singleShot(0, this, [this] { openDatabase(false); });
        else
            quit(code);
    });
    m_errorBox = box;
    box->open();
    announce(box);
}

void AppController::showLogin()
{
    m_login = new LoginDialog(*m_worker, m_context->db, m_options.training);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &LoginDialog::loggedIn, this, [this](const User& user) {
        m_context->user = user;
        QTimer::singleShot(0, this, &AppController::showMainWindow);
    });
    connect(m_login, &QDialog::rejected, this, [this] { quit(ExitOk); });
    m_login->show();
    announce(m_login);
}

void AppController::startPayments()
{
    if (m_payments)
        return;
    // Payments in flight resume as soon as someone is logged in: after a restart each shows its true state.
    m_network = std::make_unique<QNetworkAccessManager>();
    PaystackClient::Options options;
    options.baseUrl = m_context->paystackBaseUrl();
    m_paystack = std::make_unique<PaystackClient>(*m_network, *m_secrets, options);
    // On the hospital's shared database the desk holds no Paystack key: it records payments and the cashier's
    // requests, paydesk-server makes the calls, and LISTEN/NOTIFY brings the results back.
    const bool shared = m_context->db.dialect() == Database::Dialect::Postgres;
    PaymentEngine::Options engine;
    engine.callsPaystack = !shared;
    engine.desk = m_context->desk();
    engine.name = QStringLiteral("desk:%1:%2").arg(m_context->desk()).arg(QCoreApplication::applicationPid());
    m_payments = std::make_unique<PaymentEngine>(m_context->db, *m_worker, *m_paystack, engine);
    m_context->paystack = m_paystack.get();
    RefundEngine::Options refunds;
    refunds.callsPaystack = !shared;
    m_refunds = std::make_unique<RefundEngine>(m_context->db, *m_worker, *m_paystack, refunds);
    m_context->payments = m_payments.get();
    m_context->refunds = m_refunds.get();
    m_payments->start();
    m_refunds->start();
    startConfirmation();
    startAirtime();
}

void AppController::startAirtime()
{
    // Airtime sales in flight are requeried and queued ones sent as soon as someone is logged in (after a reboot
    // mid-sale the kiosk finds out how each one went before the next customer).
    airtime::VtpassProvider::Options provider;
    provider.baseUrl = m_context->vtpassBaseUrl();
    m_airtimeProvider = std::make_unique<airtime::VtpassProvider>(*m_network, *m_secrets, provider);
    airtime::AirtimeEngine::Options engine;
    engine.desk = m_context->desk();
    m_airtime = std::make_unique<airtime::AirtimeEngine>(m_context->db, *m_worker, *m_airtimeProvider, engine);
    m_context->airtimeProvider = m_airtimeProvider.get();
    m_context->airtime = m_airtime.get();
    m_airtime->start();
    // The admin's prefix table, if one was saved, replaces the built-in one from the first customer on.
    const Database db = m_context->db;
    m_worker->run([db] { return airtime::CatalogRepository(db).effective(); }, this,
                  [](const Result<std::shared_ptr<const airtime::AirtimeCatalog>, QString>& catalog) {
                      if (catalog)
                          airtime::AirtimeCatalog::setCurrent(*catalog);
                      else
                          qCWarning(lcAirtime) << "the saved airtime table is not used:" << catalog.error();
                  });
    // Top-ups call Paystack with the desk's key; on the hospital's shared database desks hold none (kiosks run
    // standalone on SQLite).
    if (m_context->db.dialect() == Database::Dialect::Postgres)
        return;
    airtime::TopUpService::Options topUps;
    topUps.desk = m_context->desk();
    topUps.email = m_context->topUpEmail();
    m_topUps = std::make_unique<airtime::TopUpService>(m_context->db, *m_worker, *m_paystack, topUps);
    m_context->topUps = m_topUps.get();
    m_topUps->start();
    airtime::CustomerPaymentService::Options payments;
    payments.desk = m_context->desk();
    payments.email = m_context->topUpEmail();
    m_airtimePayments =
        std::make_unique<airtime::CustomerPaymentService>(m_context->db, *m_worker, *m_paystack, *m_airtime, payments);
    m_context->airtimePayments = m_airtimePayments.get();
    // A paid order the wallet could not cover is sold as soon as a top-up lands.
    connect(m_topUps.get(), &airtime::TopUpService::topUpChanged, m_airtimePayments.get(),
            [payments = m_airtimePayments.get()](const airtime::TopUp& topUp) {
                if (topUp.state == airtime::TopUp::State::Paid)
                    payments->retryUnsold();
            });
    m_airtimePayments->start();
}

void AppController::startConfirmation()
{
    if (m_context->db.dialect() == Database::Dialect::Postgres) {
        // On the hospital's shared database paydesk-server takes the webhooks and polls for every desk.
        m_live = std::make_unique<LiveUpdates>(m_context->db, LiveUpdates::Role::Desk, m_payments.get(),
                                               m_refunds.get(), m_context->desk());
        m_context->live = m_live.get();
        connect(m_live.get(), &LiveUpdates::listeningChanged, this, [this](bool listening) {
            m_confirmationStatus = listening ? tr("paydesk-server confirms payments (live updates)")
                                             : tr("Live updates from paydesk-server interrupted: reconnecting");
            if (m_mainWindow)
                m_mainWindow->setConfirmationStatus(m_confirmationStatus);
        });
        m_confirmationStatus = tr("Connecting to live updates from paydesk-server…");
        m_live->start();
        return;
    }
    // A standalone desk takes Paystack's webhooks itself (the address in Settings; off means polling only). The
    // key that checks their signatures comes from the keychain, asynchronously.
    m_secrets->read(SecretKey::PaystackSecret, this, [this](const SecretReadResult& key) {
        ConfirmationService::Options options;
        options.listen = m_config->serverAddress();
        options.name = QStringLiteral("desk:%1:%2").arg(m_context->desk()).arg(QCoreApplication::applicationPid());
        m_confirmation =
            std::make_unique<ConfirmationService>(m_context->db, *m_worker, m_payments.get(), m_refunds.get(), options);
        m_confirmation->start(key ? *key : Secret()).ok();
        m_confirmationStatus = m_confirmation->describe();
        if (m_mainWindow)
            m_mainWindow->setConfirmationStatus(m_confirmationStatus);
    });
}

void AppController::startBackups()
{
    // The hospital's PostgreSQL is backed up on its server (paydesk-server backup, pg_dump), not by each desk.
    if (m_backups || m_context->db.dialect() != Database::Dialect::Sqlite)
        return;
    BackupScheduler::Options options;
    options.folder = m_config->backupFolder();
    options.intervalHours = m_config->backupIntervalHours();
    options.lastGood = m_config->lastGoodBackup();
    m_backups = std::make_unique<BackupScheduler>(m_context->db, *m_secrets, options);
    m_context->backups = m_backups.get();
    connect(m_backups.get(), &BackupScheduler::finished, this, [this](bool made) {
        if (made) {
            m_config->setLastGoodBackup(m_backups->lastGood());
            m_config->sync();
        }
    });
    m_backups->start();
}

void AppController::openBackups()
{
    if (!m_context->backups)
        return;
    auto* dialog = new BackupsDialog(*m_context, m_mainWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupsDialog::restoreStaged, this, [this] {
        // The database is open all over this process: the restore goes in place at the next start, before anything
        // opens it. Not started again from here, so that this process has let go of the file first.
        auto* done = new QMessageBox(QMessageBox::Information, tr("Restore"),
                                     tr("The backup is checked and ready. Paydesk closes now; start it again and the "
                                        "restore is done before anything else."),
                                     QMessageBox::Ok, m_mainWindow);
        done->setAttribute(Qt::WA_DeleteOnClose);
        connect(done, &QMessageBox::finished, this, [this] { quit(ExitOk); });
        done->open();
    });
    dialog->open();
}

void AppController::showMainWindow()
{
    startPayments();
    startBackups();
    m_mainWindow = new MainWindow(*m_context);
    connect(m_mainWindow, &MainWindow::backupsRequested, this, &AppController::openBackups);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mainWindow, &MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_mainWindow, &MainWindow::logoutRequested, this, [this] {
        m_mainWindow->close();
        m_context->user = {};
        showLogin();
    });
    if (!m_confirmationStatus.isEmpty())
        m_mainWindow->setConfirmationStatus(m_confirmationStatus);
    m_mainWindow->show();
    readPaystackMode();
}

void AppController::readPaystackMode()
{
    m_secrets->read(SecretKey::PaystackSecret, m_mainWindow, [this](const SecretReadResult& result) {
        if (!m_mainWindow)
            return;
        if (result) {
            m_mainWindow->setPaystackMode(classifyPaystack(*result, m_context->paystackBaseUrl()));
        } else if (result.error().kind == SecretFailure::Kind::NotFound) {
            m_mainWindow->setPaystackMode(PaystackMode::NotConfigured);
        } else {
            m_mainWindow->setPaystackMode(PaystackMode::NotConfigured, result.error().message);
        }
    });
}

void AppController::openSettings()
{
    auto* dialog = new SettingsDialog(*m_config, *m_secrets, m_mainWindow);
    dialog->setPaystack(m_paystack.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::secretsChanged, this, &AppController::readPaystackMode);
    connect(dialog, &SettingsDialog::backupsRequested, this, &AppController::openBackups);
    // The hospital's PostgreSQL is backed up on its server, not from a desk.
    if (auto* backups = dialog->findChild<QPushButton*>(QStringLiteral("openBackups")))
        backups->setVisible(m_backups != nullptr);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->needsRestart())
            QMessageBox::information(m_mainWindow, tr("Paydesk"),
                                     tr("The new database is used from the next start of Paydesk."));
    });
    dialog->open();
}

void AppController::quit(int exitCode)
{
    emit finished(exitCode);
    QCoreApplication::exit(exitCode);
}

} // namespace paydesk
