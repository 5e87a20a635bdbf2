#include "app_controller.h"
#include "cli/exit_codes.h"
#include "dashboard/dashboard_page.h"
#include "gui_test_support.h"
#include "scratch_database.h"
#include "security/memory_secret_store.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

StartupOptions optionsFor(const QString& url)
{
    StartupOptions options;
    options.databaseUrl = url;
    return options;
}

struct Desk
{
    MemorySecretStore* secrets = nullptr;
    std::unique_ptr<AppController> controller;
};

Desk startDesk(const QString& url, const QByteArray& paystackKey = {})
{
    auto secrets = std::make_unique<MemorySecretStore>();
    Desk desk;
    desk.secrets = secrets.get();
    if (!paystackKey.isEmpty())
        secrets->write(SecretKey::PaystackSecret, Secret(paystackKey), secrets.get(), [](const SecretWriteResult&) {});
    desk.controller = std::make_unique<AppController>(optionsFor(url), std::move(secrets));
    desk.controller->start();
    return desk;
}

void typeInto(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void login(AppController& controller, const QString& user, const QString& password)
{
    QTRY_VERIFY(controller.loginDialog() && controller.loginDialog()->isVisible());
    LoginDialog* dialog = controller.loginDialog();
    typeInto(dialog, QStringLiteral("username"), user);
    typeInto(dialog, QStringLiteral("password"), password);
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
}

} // namespace

class TestAppFlow : public QObject
{
    Q_OBJECT

  private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // An explicit database that does not exist: offered, not silently created; then wizard, login, main window.
    void firstStartWizardThenLoginThenMainWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite3"));
        Desk desk = startDesk(QStringLiteral("sqlite:") + path);
        AppController& app = *desk.controller;

        QTRY_VERIFY(app.errorBox() && app.errorBox()->isVisible());
        QVERIFY(app.errorBox()->informativeText().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
        saveScreenshot(app.errorBox(), QStringLiteral("database-missing"));
        QPushButton* create = nullptr;
        for (QAbstractButton* button : app.errorBox()->buttons()) {
            if (button->text().contains(QStringLiteral("Create")))
                create = qobject_cast<QPushButton*>(button);
        }
        QVERIFY(create);
        create->click();

        QTRY_VERIFY(app.wizard() && app.wizard()->isVisible());
        QPointer<FirstRunWizard> wizard = app.wizard();
        saveScreenshot(wizard, QStringLiteral("first-run-welcome"));
        QTest::keyClick(wizard, Qt::Key_Return); // Next
        QTRY_COMPARE(wizard->currentId(), 1);
        typeInto(wizard, QStringLiteral("deskName"), QStringLiteral("OPD Cashier 1"));
        typeInto(wizard, QStringLiteral("adminUsername"), QStringLiteral("ngozi"));
        typeInto(wizard, QStringLiteral("adminFullName"), QStringLiteral("Ngozi Eze"));
        typeInto(wizard, QStringLiteral("adminPassword"), QStringLiteral("hospital-admin-1"));
        typeInto(wizard, QStringLiteral("adminRepeat"), QStringLiteral("hospital-admin-2"));
        QTest::keyClick(wizard->findChild<QLineEdit*>(QStringLiteral("adminRepeat")), Qt::Key_Return);
        QTRY_VERIFY(wizard && wizard->errorText().contains(QStringLiteral("not the same")));
        typeInto(wizard, QStringLiteral("adminRepeat"), QStringLiteral("hospital-admin-1"));
        saveScreenshot(wizard, QStringLiteral("first-run-admin"));
        QTest::keyClick(wizard->findChild<QLineEdit*>(QStringLiteral("adminRepeat")), Qt::Key_Return);

        QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
        QVERIFY(QFile::exists(path));
        QCOMPARE(*UserRepository(app.context()->db).count(), 1);
        QCOMPARE(app.context()->config->deskName(), QStringLiteral("OPD Cashier 1"));

        login(app, QStringLiteral("ngozi"), QStringLiteral("wrong-password"));
        QTRY_COMPARE(app.loginDialog()->errorText(), QStringLiteral("Wrong user name or password."));
        saveScreenshot(app.loginDialog(), QStringLiteral("login-error"));
        login(app, QStringLiteral("ngozi"), QStringLiteral("hospital-admin-1"));

        QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
        MainWindow* window = app.mainWindow();
        QCOMPARE(window->visibleSections().size(), 7); // the reconciliation section joined the six
        QCOMPARE(window->windowTitle(), QStringLiteral("Paydesk – OPD Cashier 1"));
        QVERIFY(!window->isTrainingBannerShown()); // no key configured: nothing to train on, nothing live either
        QVERIFY(window->statusText().contains(QStringLiteral("Database: sqlite:") + path));
        QVERIFY(window->statusText().contains(QStringLiteral("Paystack: not configured")));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window->currentSection(), Section::Dashboard);
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->currentSection(), Section::Billing);
        QVERIFY(window->findChild<dashboard::DashboardPage*>());
        saveScreenshot(window, QStringLiteral("main-window-admin"));
    }

    void cashierSeesOnlyTheirSectionsAndTrainingBanner()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(scratch.migrate());
        QVERIFY(UserRepository(scratch.db())
                    .create({QStringLiteral("amina"), QStringLiteral("Amina Bello"), Role::Cashier,
                             QStringLiteral("cashier-pass")},
                            QStringLiteral("t"))
                    .ok());
        Desk desk = startDesk(QStringLiteral("sqlite:") + scratch.url().path, "sk_test_0123456789abcdefghijklmnop");
        login(*desk.controller, QStringLiteral("amina"), QStringLiteral("cashier-pass"));
        QTRY_VERIFY(desk.controller->mainWindow() && desk.controller->mainWindow()->isVisible());
        MainWindow* window = desk.controller->mainWindow();
        QCOMPARE(window->visibleSections(), (QList<Section>{Section::Billing, Section::Airtime, Section::Shifts}));
        // The stored key is a test key: the banner says so once the keychain answered.
        QTRY_VERIFY(window->isTrainingBannerShown());
        QVERIFY(window->statusText().contains(QStringLiteral("Paystack: test key")));
        saveScreenshot(window, QStringLiteral("main-window-cashier-training"));
    }

    void lockoutIsShownAtTheDesk()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(scratch.migrate());
        QVERIFY(
            UserRepository(scratch.db())
                .create({QStringLiteral("bayo"), QStringLiteral("Bayo"), Role::Cashier, QStringLiteral("right-pass")},
                        QStringLiteral("t"))
                .ok());
        Desk desk = startDesk(QStringLiteral("sqlite:") + scratch.url().path);
        for (int i = 0; i < 5; ++i) {
            login(*desk.controller, QStringLiteral("bayo"), QStringLiteral("wrong-%1").arg(i));
            QTRY_VERIFY(!desk.controller->loginDialog()->errorText().isEmpty() &&
                        desk.controller->loginDialog()->errorText() != QStringLiteral("Checking…"));
        }
        QVERIFY(desk.controller->loginDialog()->errorText().contains(QStringLiteral("locked")));
        login(*desk.controller, QStringLiteral("bayo"), QStringLiteral("right-pass"));
        QTRY_VERIFY(desk.controller->loginDialog()->errorText().contains(QStringLiteral("locked")));
        QVERIFY(!desk.controller->mainWindow());
        saveScreenshot(desk.controller->loginDialog(), QStringLiteral("login-locked"));
    }

    void corruptDatabaseIsExplained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite3"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x7f'));
        file.close();
        Desk desk = startDesk(QStringLiteral("sqlite:") + path);
        QSignalSpy finished(desk.controller.get(), &AppController::finished);
        QTRY_VERIFY(desk.controller->errorBox() && desk.controller->errorBox()->isVisible());
        QMessageBox* box = desk.controller->errorBox();
        QVERIFY(box->informativeText().contains(QStringLiteral("damaged")));
        for (QAbstractButton* button : box->buttons())
            QVERIFY(!button->text().contains(QStringLiteral("Create"))); // never replace the damaged file
        saveScreenshot(box, QStringLiteral("database-corrupt"));
        box->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(box));
        QTest::keyClick(box, Qt::Key_Q, Qt::AltModifier);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), int(ExitDatabase));
        QCOMPARE(QFileInfo(path).size(), 4096);
    }

    void newerSchemaIsRefused()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(scratch.migrate());
        QVERIFY(
            sql::exec(scratch.db(), QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'future', 'x', 'now')"))
                .ok());
        Desk desk = startDesk(QStringLiteral("sqlite:") + scratch.url().path);
        QSignalSpy finished(desk.controller.get(), &AppController::finished);
        QTRY_VERIFY(desk.controller->errorBox() && desk.controller->errorBox()->isVisible());
        QVERIFY(desk.controller->errorBox()->informativeText().contains(QStringLiteral("schema version 99")));
        desk.controller->errorBox()->reject();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), int(ExitSchemaTooNew));
    }

    void unreachablePostgresOffersRetry()
    {
        Desk desk = startDesk(QStringLiteral("postgresql://paydesk@127.0.0.1:1/paydesk?connect_timeout=1"));
        QTRY_VERIFY(desk.controller->errorBox() && desk.controller->errorBox()->isVisible());
        QMessageBox* box = desk.controller->errorBox();
        QVERIFY(box->informativeText().contains(QStringLiteral("Cannot connect to the PostgreSQL server")));
        bool hasRetry = false;
        for (QAbstractButton* button : box->buttons())
            hasRetry = hasRetry || button->text().contains(QStringLiteral("Retry"));
        QVERIFY(hasRetry);
        box->reject();
    }
};

QTEST_MAIN(TestAppFlow)
#include "test_app_flow.moc"
