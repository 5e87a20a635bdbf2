#include "gui_test_support.h"

#include "app_context.h"
#include "app_controller.h"
#include "billing/invoice_repository.h"
#include "billing/patient_repository.h"
#include "billing/price_list.h"
#include "config/app_config.h"
#include "config/sample_data.h"
#include "login_dialog.h"
#include "main_window.h"
#include "security/memory_secret_store.h"
#include "security/training_secret_store.h"
#include "storage/migrator.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace paydesk::test {

void saveScreenshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !window)
        return;
    QTest::qWait(100); // screenshots only: let the style finish painting
    window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

StartupOptions sampleTrainingDesk(const QString& dir, const QUrl& sandboxUrl)
{
    StartupOptions options;
    options.training = true;
    options.sandboxUrl = sandboxUrl;
    options.databaseUrl = QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("desk.sqlite3"));
    options.configPath = QDir(dir).filePath(QStringLiteral("paydesk.conf"));
    const auto url = DatabaseUrl::parse(options.databaseUrl);
    if (!url)
        return {};
    Database::Options create;
    create.create = Database::CreateMode::CreateIfMissing;
    auto db = openMigrated(*url, create);
    if (!db || !loadSampleData(*db))
        return {};
    db->releaseThreadConnection();
    AppConfig(options.configPath).setServerAddress(QStringLiteral("127.0.0.1:0"));
    return options;
}

QString TrainingDesk::start(const QString& username,
                            const std::function<QString(const StartupOptions&)>& prepare,
                            const QString& password)
{
    sandbox = std::make_unique<SandboxRig>();
    if (!sandbox->isReady())
        return QStringLiteral("the sandbox did not start");
    const StartupOptions options = sampleTrainingDesk(dir.path(), sandbox->baseUrl());
    if (options.databaseUrl.isEmpty())
        return QStringLiteral("the sample desk could not be made");
    if (prepare)
        if (const QString why = prepare(options); !why.isEmpty())
            return why;
    app = std::make_unique<AppController>(options, sandboxSecrets(QByteArray(SandboxRig::kSecret)));
    app->start();
    if (!logInByKeyboard(*app, username, password.isEmpty() ? SampleAccounts::kPassword : password))
        return QStringLiteral("%1 could not log in").arg(username);
    if (!activateWindow(app->mainWindow()))
        return QStringLiteral("the main window did not become active");
    return {};
}

MainWindow* TrainingDesk::window() const
{
    return app ? app->mainWindow() : nullptr;
}

TrainingDesk::~TrainingDesk()
{
    app.reset(); // before the sandbox it talks to
    sandbox.reset();
}

bool activateWindow(QWidget* window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

std::unique_ptr<SecretStore> sandboxSecrets(const QByteArray& paystackSecret)
{
    auto secrets = std::make_unique<MemorySecretStore>();
    secrets->write(SecretKey::PaystackSecret, Secret(paystackSecret), secrets.get(), [](const auto&) {});
    for (auto [key, value] : {std::pair{SecretKey::VtpassApiKey, TrainingSecretStore::kVtpassApiKey},
                              std::pair{SecretKey::VtpassSecretKey, TrainingSecretStore::kVtpassSecretKey},
                              std::pair{SecretKey::VtpassPublicKey, TrainingSecretStore::kVtpassPublicKey}})
        secrets->write(key, Secret(value), secrets.get(), [](const auto&) {});
    return secrets;
}

bool logInByKeyboard(AppController& app, const QString& username, const QString& password)
{
    if (!QTest::qWaitFor([&app] { return app.loginDialog() && app.loginDialog()->isVisible(); }, 15000))
        return false;
    LoginDialog* login = app.loginDialog();
    auto* user = login->findChild<QLineEdit*>(QStringLiteral("username"));
    auto* secret = login->findChild<QLineEdit*>(QStringLiteral("password"));
    user->setFocus();
    QTest::keyClicks(user, username);
    secret->setFocus();
    QTest::keyClicks(secret, password);
    QTest::keyClick(secret, Qt::Key_Return);
    return QTest::qWaitFor([&app] { return app.mainWindow() && app.mainWindow()->isVisible(); }, 15000);
}

Result<Invoice, QString> issueConsultationInvoice(AppContext& context)
{
    auto item = PriceListRepository(context.db).search(QStringLiteral("Consultation"), 1);
    if (!item || item->isEmpty())
        return QStringLiteral("no consultation in the price list");
    auto patients = PatientRepository(context.db).search(QStringLiteral("Okafor"), 1);
    if (!patients || patients->isEmpty())
        return QStringLiteral("no sample patient Okafor");
    InvoiceLineInput line;
    line.priceItemId = item->first().id;
    return InvoiceRepository(context.db).issue({patients->first().id, Currency::ngn(), {line}}, context.actor());
}

Result<Money, QString> payConsultationInCash(AppContext& context)
{
    auto invoice = issueConsultationInvoice(context);
    if (!invoice)
        return invoice.error();
    NewAttempt cash;
    cash.invoiceId = invoice->id;
    cash.amount = invoice->totals.total;
    cash.tendered = invoice->totals.total;
    std::optional<Result<PaymentAttempt, QString>> outcome;
    QObject receiver;
    context.payments->begin(cash, context.actor(), &receiver,
                            [&outcome](const Result<PaymentAttempt, QString>& attempt) { outcome = attempt; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return QStringLiteral("the cash payment did not finish");
    if (!*outcome)
        return outcome->error();
    return invoice->totals.total;
}

} // namespace paydesk::test
