#include "airtime/airtime_page.h"
#include "airtime/catalog_dialog.h"
#include "airtime/report_dialog.h"
#include "airtime/topup_dialog.h"
#include "airtime/topup_repository.h"
#include "airtime/vendor_panel.h"
#include "app_controller.h"
#include "catalog_edit.h"
#include "config/sample_data.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "sandbox_rig.h"
#include "security/user_repository.h"
#include "storage/migrator.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

// The airtime kiosk by keyboard in a real window against paydesk-sandbox over loopback: a mistyped number, a sale
// delivered, the vendor panel's figures, a wallet top-up paid through the sandbox's checkout, and the comparison
// with VTpass's balance.
class TestKioskFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxRig> m_sandbox;
    std::unique_ptr<AppController> m_app;

  private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Nigeria));
        m_sandbox = std::make_unique<SandboxRig>();
        QVERIFY(m_sandbox->isReady());
    }

    void vendorSellsAndTopsUpByKeyboard()
    {
        // A kiosk that has been set up: the training accounts and the ₦50,000 float are in.
        StartupOptions options = sampleTrainingDesk(m_dir.path(), m_sandbox->baseUrl());
        QVERIFY(!options.databaseUrl.isEmpty());
        AppConfig(options.configPath).setDeskName(QStringLiteral("Kiosk 1"));
        // The receipt printer is a file here: what a USB printer's device node would get.
        const QString slipFile = m_dir.filePath(QStringLiteral("slip.bin"));
        AppConfig(options.configPath).setReceiptPrinter(slipFile);
        // The keys TrainingSecretStore gives a training desk.
        m_app = std::make_unique<AppController>(options, sandboxSecrets(QByteArray(SandboxRig::kSecret)));
        m_app->start();
        QVERIFY(logInByKeyboard(*m_app, SampleAccounts::kCashier, SampleAccounts::kPassword));
        MainWindow* window = m_app->mainWindow();
        QVERIFY(activateWindow(window));

        // Ctrl+2: the kiosk, with the number field ready.
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_2,
                        Qt::ControlModifier);
        QTRY_COMPARE(window->currentSection(), Section::Airtime);
        auto* kiosk = window->findChild<AirtimePage*>();
        QVERIFY(kiosk);
        QTRY_VERIFY(kiosk->numberField()->hasFocus());
        VendorPanel* vendor = kiosk->vendorPanel();
        QTRY_VERIFY(vendor->walletText().contains(QStringLiteral("50,000.00")));

        // A number two digits short: said plainly, nothing sold.
        QTest::keyClicks(kiosk->numberField(), QStringLiteral("0803 123 45"));
        QTest::keyClick(kiosk->numberField(), Qt::Key_Return);
        auto* numberError = kiosk->findChild<QLabel*>(QStringLiteral("airtimeNumberError"));
        QTRY_VERIFY(!numberError->text().isEmpty());
        QCOMPARE(kiosk->step(), AirtimePage::Step::Number);

        // Fixed: MTN pre-selected from the prefix, ₦150 typed, confirmed, delivered.
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/vtpass/numbers"),
                                    {{QStringLiteral("phone"), QStringLiteral("08031234567")},
                                     {QStringLiteral("outcome"), QStringLiteral("delivered")}}),
                 200);
        QTest::keyClicks(kiosk->numberField(), QStringLiteral("67"));
        QTest::keyClick(kiosk->numberField(), Qt::Key_Return);
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Network);
        auto* mtn = kiosk->findChild<QPushButton*>(QStringLiteral("network_mtn"));
        QVERIFY(mtn->isChecked());
        QTRY_VERIFY(mtn->hasFocus());
        QTest::keyClick(mtn, Qt::Key_Return);
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Amount);
        QTRY_VERIFY(kiosk->amountField()->hasFocus());
        QTest::keyClicks(kiosk->amountField(), QStringLiteral("150"));
        QTest::keyClick(kiosk->amountField(), Qt::Key_Return);
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Confirm);
        QVERIFY(kiosk->findChild<QLabel*>(QStringLiteral("airtimeSummary"))->text().contains(QStringLiteral("MTN")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Result);
        QTRY_VERIFY2_WITH_TIMEOUT(kiosk->resultText().startsWith(QStringLiteral("Delivered")),
                                  qPrintable(kiosk->resultText()), 10000);
        QTRY_VERIFY(vendor->walletText().contains(QStringLiteral("49,854.50"))); // ₦150 less 3 % commission
        // The customer's receipt: Ctrl+S as PDF, Ctrl+R on the receipt printer.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(kiosk->receiptStatus().startsWith(QStringLiteral("Receipt saved: ")));
        QFile receiptPdf(kiosk->receiptStatus().mid(15));
        QVERIFY2(receiptPdf.open(QIODevice::ReadOnly), qPrintable(receiptPdf.fileName()));
        QCOMPARE(receiptPdf.read(5), QByteArray("%PDF-"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk->receiptStatus().contains(QStringLiteral("printed")), 10000);
        QFile slip(slipFile);
        QVERIFY(slip.open(QIODevice::ReadOnly));
        const QByteArray slipBytes = slip.readAll();
        QVERIFY(slipBytes.contains("NGN 150.00"));
        QVERIFY(slipBytes.contains("DELIVERED"));
        QVERIFY(slipBytes.contains("+234 803 123 4567"));
        QTRY_COMPARE(vendor->todayTable()->rowCount(), 1);
        QCOMPARE(vendor->todayTable()->item(0, 1)->text(), QStringLiteral("1"));

        // F7: a top-up of ₦5,000 through Paystack's checkout (the sandbox's), credited once verified.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F7);
        TopUpDialog* topUp = nullptr;
        QTRY_VERIFY((topUp = window->findChild<TopUpDialog*>()) && topUp->isVisible());
        auto* amount = topUp->findChild<QLineEdit*>(QStringLiteral("topUpAmount"));
        QTRY_VERIFY(amount->hasFocus());
        QTest::keyClicks(amount, QStringLiteral("50"));
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_VERIFY(topUp->statusText().contains(QStringLiteral("at least")));
        QTest::keyClicks(amount, QStringLiteral("00"));
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(topUp->link().startsWith(m_sandbox->baseUrl().toString()), 10000);
        QVERIFY(topUp->statusText().contains(QStringLiteral("Waiting")));
        saveScreenshot(topUp, QStringLiteral("airtime-topup"));
        const auto made = *airtime::TopUpRepository(m_app->context()->db).find(topUp->topUpId());
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg((*made).reference),
                                    {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(topUp->statusText().startsWith(QStringLiteral("Paid")), 10000);
        QTRY_VERIFY(vendor->walletText().contains(QStringLiteral("54,854.50")));
        topUp->close();

        // F6: VTpass's own balance against the wallet's.
        QVERIFY(activateWindow(window));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY_WITH_TIMEOUT(vendor->reconciliationText().startsWith(QStringLiteral("Provider:")), 10000);
        saveScreenshot(window, QStringLiteral("airtime-vendor"));

        // F9: today's report on screen, then saved as CSV (Ctrl+S) and PDF (Ctrl+P).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
        AirtimeReportDialog* report = nullptr;
        QTRY_VERIFY((report = window->findChild<AirtimeReportDialog*>()) && report->isVisible());
        QTRY_COMPARE(report->report().totals.delivered, 1);
        QCOMPARE(report->report().totals.commission, Money::fromMinor(450, Currency::ngn()));
        saveScreenshot(report, QStringLiteral("airtime-report"));
        // The shortcuts go to the focused widget: wait until it is the report's (on a busy machine the window
        // manager-less X server may not have moved the focus yet, and Ctrl+S went to the kiosk page).
        QVERIFY(activateWindow(report));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(report->savedText().startsWith(QStringLiteral("Saved ")));
        QFile csv(report->savedText().mid(6));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
        QVERIFY(csv.readAll().contains("MTN,1,1,0,0,150.00,4.50,100.0 %"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(report->savedText().endsWith(QStringLiteral(".pdf")));
        QFile pdf(report->savedText().mid(6));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        report->close();

        // The next customer pays ₦200 by their bank's USSD code (F8 on the confirm screen): the code is shown, and
        // the airtime goes only when Paystack says paid. A first try is cancelled (Esc) before it was dialled.
        QVERIFY(activateWindow(window));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next customer
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Number);
        QTest::keyClicks(kiosk->numberField(), QStringLiteral("08031234567"));
        QTest::keyClick(kiosk->numberField(), Qt::Key_Return);
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Network);
        mtn = kiosk->findChild<QPushButton*>(QStringLiteral("network_mtn")); // the buttons are made per number
        QTRY_VERIFY(mtn->hasFocus());
        QTest::keyClick(mtn, Qt::Key_Return);
        QTRY_VERIFY(kiosk->amountField()->hasFocus());
        QTest::keyClicks(kiosk->amountField(), QStringLiteral("200"));
        QTest::keyClick(kiosk->amountField(), Qt::Key_Return);
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Confirm);
        saveScreenshot(window, QStringLiteral("airtime-confirm"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk->step(), AirtimePage::Step::Pay, 10000);
        QVERIFY2(kiosk->paymentText().startsWith(QStringLiteral("*737*")), qPrintable(kiosk->paymentText()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk->paymentText().contains(QStringLiteral("Not paid: Cancelled by")), 10000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Confirm);
        const QString cancelled = kiosk->payment() ? kiosk->payment()->reference : QString();
        QVERIFY(cancelled.isEmpty());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk->step(), AirtimePage::Step::Pay, 10000);
        QVERIFY(kiosk->paymentText().startsWith(QStringLiteral("*737*")));
        QVERIFY(kiosk->paymentText().contains(QStringLiteral("approve ₦200.00")));
        saveScreenshot(window, QStringLiteral("airtime-ussd"));
        QCOMPARE(m_sandbox->control(QStringLiteral("/_sandbox/charges/%1/complete").arg(kiosk->payment()->reference),
                                    {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk->step(), AirtimePage::Step::Result, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(kiosk->resultText().startsWith(QStringLiteral("Delivered")),
                                  qPrintable(kiosk->resultText()), 10000);
        QCOMPARE(kiosk->sale()->payment, QStringLiteral("paystack"));
        QCOMPARE(kiosk->sale()->paymentReference, kiosk->payment()->reference);
        QTRY_VERIFY(vendor->walletText().contains(QStringLiteral("54,660.50"))); // ₦200 less 3 %

        // The prefix table is the admin's: a cashier has no Networks button, and F10 opens nothing.
        QVERIFY(!vendor->findChild<QPushButton*>(QStringLiteral("catalog"))->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F10);
        QTest::qWait(100);
        QVERIFY(!window->findChild<CatalogDialog*>());
    }

    // An admin exports the table, adds a range to MTN, imports it through the file dialogs by keyboard, and the
    // kiosk pre-selects MTN for a number in the new range from the next customer on.
    void adminImportsAPrefixTable()
    {
        QVERIFY(m_app && m_app->mainWindow());
        AppContext admin = *m_app->context();
        const auto created = UserRepository(admin.db).create(
            {QStringLiteral("root1"), QStringLiteral("Ada Admin"), Role::Admin, QStringLiteral("s3cret-pass")},
            QStringLiteral("setup"));
        QVERIFY(created.ok());
        admin.user = *created;
        MainWindow* window = m_app->mainWindow();
        auto* dialog = new CatalogDialog(admin, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(activateWindow(dialog));
        QTRY_VERIFY(dialog->stateText().contains(QStringLiteral("built into Paydesk")));
        // Ctrl+E / Ctrl+O open Qt's file dialog (Esc closes it); the file it gives is handed to exportFile /
        // importFile, which the test calls with its own path (the file dialog itself is Qt's, not ours to test).
        auto opensFileDialog = [&](Qt::Key key) {
            QTest::keyClick(dialog, key, Qt::ControlModifier);
            QFileDialog* files = nullptr;
            QTRY_VERIFY((files = dialog->findChild<QFileDialog*>()) && files->isVisible());
            QTest::keyClick(files, Qt::Key_Escape);
            QTRY_VERIFY(!dialog->findChild<QFileDialog*>());
        };
        const QString path = m_dir.filePath(QStringLiteral("catalog.json"));
        opensFileDialog(Qt::Key_E);
        dialog->exportFile(path);
        QTRY_VERIFY2(dialog->statusText().startsWith(QStringLiteral("Exported")), qPrintable(dialog->statusText()));

        // The admin's edit of the exported file: 0719 numbers are MTN's now.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray edited = withPrefix(file.readAll(), 0, QStringLiteral("719"), QStringLiteral("2026-11-01"));
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(edited);
        file.close();

        // A file with a mistake: refused, the field named, the table in use unchanged.
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write(QByteArray(edited).replace("\"719\"", "\"71x9\""));
        brokenFile.close();
        dialog->importFile(broken);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Not imported")), 10000);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("networks[0].prefixes")),
                 qPrintable(dialog->statusText()));
        QVERIFY(dialog->stateText().contains(QStringLiteral("built into Paydesk")));

        opensFileDialog(Qt::Key_O);
        dialog->importFile(path);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Imported")),
                                  qPrintable(dialog->statusText()), 10000);
        QTRY_VERIFY(dialog->stateText().contains(QStringLiteral("root1")));
        saveScreenshot(dialog, QStringLiteral("airtime-catalog"));
        dialog->close();

        // The next customer's 0719 number: MTN pre-selected.
        QVERIFY(activateWindow(window));
        auto* kiosk = window->findChild<AirtimePage*>();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next customer
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Number);
        QTest::keyClicks(kiosk->numberField(), QStringLiteral("0719 123 4567"));
        QTest::keyClick(kiosk->numberField(), Qt::Key_Return);
        QTRY_COMPARE(kiosk->step(), AirtimePage::Step::Network);
        QVERIFY(kiosk->findChild<QPushButton*>(QStringLiteral("network_mtn"))->isChecked());
        airtime::AirtimeCatalog::setCurrent(nullptr); // the built-in table again for what runs after
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_sandbox.reset();
    }
};

QTEST_MAIN(TestKioskFlow)
#include "test_kiosk_flow.moc"
