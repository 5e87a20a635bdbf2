#include "app_controller.h"
#include "billing/billing_page.h"
#include "billing/invoice_editor.h"
#include "billing/invoice_list_model.h"
#include "billing/invoice_list_page.h"
#include "billing/invoice_page.h"
#include "billing/patient_page.h"
#include "billing/patient_search_page.h"
#include "billing/payment_dialog.h"
#include "billing/qr_widget.h"
#include "billing/receipt.h"
#include "billing/receipt_output.h"
#include "config/sample_data.h"
#include "gui_test_support.h"
#include "payments/webhook_inbox.h"
#include "paystack/webhook_signature.h"
#include "sandbox_rig.h"
#include "security/memory_secret_store.h"
#include "storage/migrator.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace paydesk;
using namespace paydesk::test;

// The whole cashier task, by keyboard, in a real window against paydesk-sandbox over loopback:
// search → new patient → bill two items → pay on the terminal → the customer taps → receipt PDF.
class TestCashierFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxRig> m_sandbox;
    std::unique_ptr<AppController> m_app;

    static void type(QWidget* widget, const QString& text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }

    // Xvfb has no window manager to give the focus back when a dialog closes: do what it would.

    template <typename T> static T* visibleChild(QWidget* parent, const QString& name)
    {
        for (T* child : parent->findChildren<T*>(name)) {
            if (child->isVisible())
                return child;
        }
        return nullptr;
    }

    static void saveReceiptPicture(const Receipt& receipt, const QString& name)
    {
        const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTextDocument document;
        document.setHtml(receipt_layout::html(receipt));
        document.setTextWidth(380);
        QImage image(QSize(380, int(document.size().height()) + 10), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        document.drawContents(&painter);
        painter.end();
        image.save(dir + u'/' + name + QStringLiteral(".png"));
    }

  private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Nigeria));
        m_sandbox = std::make_unique<SandboxRig>();
        QVERIFY(m_sandbox->isReady());
    }

    void cashierTakesATerminalPaymentByKeyboard()
    {
        // A desk that has been set up: the training accounts, price list and patients are in; its own webhook
        // server on any free loopback port.
        StartupOptions options = sampleTrainingDesk(m_dir.path(), m_sandbox->baseUrl());
        QVERIFY(!options.databaseUrl.isEmpty());
        options.sampleData = true;
        auto secrets = std::make_unique<MemorySecretStore>();
        secrets->write(SecretKey::PaystackSecret, Secret(QByteArray(SandboxRig::kSecret)), secrets.get(),
                       [](const auto&) {});
        m_app = std::make_unique<AppController>(options, std::move(secrets));
        m_app->start();

        // Log in as the training cashier once the sample data is in.
        QTRY_VERIFY_WITH_TIMEOUT(m_app->loginDialog() && m_app->loginDialog()->isVisible(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(UserRepository(m_app->context()->db).count().valueOr(0) >= 2, 15000);
        LoginDialog* login = m_app->loginDialog();
        type(login->findChild<QLineEdit*>(QStringLiteral("username")), SampleAccounts::kCashier);
        type(login->findChild<QLineEdit*>(QStringLiteral("password")), SampleAccounts::kPassword);
        QTest::keyClick(login->findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), 15000);
        MainWindow* window = m_app->mainWindow();
        auto* billing = window->findChild<BillingPage*>();
        QVERIFY(billing);
        QCOMPARE(billing->currentPage(), billing->searchPage());

        // A standalone desk takes Paystack's webhooks in-process and says so; a signed one lands in its inbox.
        auto* confirmation = window->findChild<QLabel*>(QStringLiteral("serverStatus"));
        QTRY_VERIFY(confirmation->text().startsWith(QStringLiteral("Webhooks + polling (127.0.0.1:")));
        static const QRegularExpression portIn(QStringLiteral(":(\\d+)\\)"));
        const QString deskPort = portIn.match(confirmation->text()).captured(1);
        const QByteArray stranger =
            R"({"event":"charge.success","data":{"id":991,"reference":"not-ours","amount":100}})";
        QNetworkRequest post(QUrl(QStringLiteral("http://127.0.0.1:%1/paystack/webhook").arg(deskPort)));
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        post.setRawHeader("x-paystack-signature",
                          signPaystackWebhook(stranger, Secret(QByteArray(SandboxRig::kSecret))));
        QNetworkReply* delivered = m_sandbox->network().post(post, stranger);
        QTRY_VERIFY(delivered->isFinished());
        QCOMPARE(delivered->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delivered->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(WebhookInbox(m_app->context()->db).count(QStringLiteral("processed")).valueOr(0) == 1,
                                 10000);

        // Search: a sample patient by a misspelt name, then someone new.
        QLineEdit* search = billing->searchPage()->searchField();
        QVERIFY(activateWindow(window));
        window->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("adebyo"));
        QTRY_COMPARE(billing->searchPage()->resultCount(), 1);
        saveScreenshot(window, QStringLiteral("patient-search"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("Zainab Lawal"));
        QTRY_VERIFY(billing->searchPage()
                        ->findChild<QLabel*>(QStringLiteral("patientSearchHint"))
                        ->text()
                        .contains(QStringLiteral("No patient")));
        QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier);
        QWidget* patientDialog = nullptr;
        QTRY_VERIFY((patientDialog = visibleChild<QDialog>(window, QStringLiteral("patientDialog"))));
        auto* first = patientDialog->findChild<QLineEdit*>(QStringLiteral("firstName"));
        QCOMPARE(first->text(), QStringLiteral("Zainab"));
        QCOMPARE(patientDialog->findChild<QLineEdit*>(QStringLiteral("lastName"))->text(), QStringLiteral("Lawal"));
        // A typo in the phone number is refused with the reason; fixing it saves.
        auto* phone = patientDialog->findChild<QLineEdit*>(QStringLiteral("phone"));
        type(phone, QStringLiteral("0803 000 11"));
        QTest::keyClick(phone, Qt::Key_Return);
        QTRY_VERIFY(patientDialog->findChild<QLabel*>(QStringLiteral("patientError"))
                        ->text()
                        .contains(QStringLiteral("11 digits")));
        QVERIFY(phone->hasFocus());
        saveScreenshot(patientDialog, QStringLiteral("patient-dialog"));
        QTest::keyClicks(phone, QStringLiteral("11"));
        QTest::keyClick(phone, Qt::Key_Return);
        QTRY_COMPARE(billing->currentPage(), billing->patientPage());
        QCOMPARE(billing->patientPage()->patient().phone, QStringLiteral("+2348030001111"));
        saveScreenshot(window, QStringLiteral("patient-page"));

        // Bill two items from the price list.
        QVERIFY(activateWindow(window));
        QTRY_VERIFY(billing->patientPage()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier);
        QTRY_COMPARE(billing->currentPage(), billing->invoiceEditor());
        InvoiceEditor* editor = billing->invoiceEditor();
        auto* priceSearch = editor->findChild<QLineEdit*>(QStringLiteral("priceSearch"));
        QTRY_VERIFY(priceSearch->hasFocus());
        QTest::keyClicks(priceSearch, QStringLiteral("CONS-GP"));
        QTest::qWait(300);
        QTest::keyClick(priceSearch, Qt::Key_Return);
        QTRY_COMPARE(editor->lineCount(), 1);
        QTest::keyClicks(priceSearch, QStringLiteral("malaria par"));
        QTest::qWait(300);
        QTest::keyClick(priceSearch, Qt::Key_Return);
        QTRY_COMPARE(editor->lineCount(), 2);
        QCOMPARE(editor->totalText(), Money::fromMinor(650000, Currency::ngn()).format()); // 5,000 + 1,500
        saveScreenshot(window, QStringLiteral("invoice-editor"));
        QTest::keyClick(priceSearch, Qt::Key_Return, Qt::ControlModifier);

        // Pay on the desk's terminal: Enter takes the whole balance on the default method.
        QTRY_VERIFY(billing->paymentDialog() && billing->paymentDialog()->isVisible());
        PaymentDialog* payment = billing->paymentDialog();
        QVERIFY(activateWindow(payment));
        auto* amount = payment->findChild<QLineEdit*>(QStringLiteral("paymentAmount"));
        QTRY_COMPARE(amount->text(), Money::fromMinor(650000, Currency::ngn()).format());
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(payment->attemptState() == AttemptState::Waiting, 15000);
        QTRY_VERIFY(payment->progressText().contains(QStringLiteral("Delivered to terminal 2232WE17")));
        QVERIFY(payment->progressText().contains(QStringLiteral("Waiting for card")));
        saveScreenshot(payment, QStringLiteral("terminal-payment"));

        // The customer taps a card on the terminal; the desk sees it by polling (no webhook in this test).
        QJsonObject answer;
        const int tapped = m_sandbox->control(QStringLiteral("/_sandbox/terminals/2232WE17/tap"),
                                              {{QStringLiteral("outcome"), QStringLiteral("success")}}, &answer);
        QVERIFY2(tapped == 200, QJsonDocument(answer).toJson().constData());
        QVERIFY(activateWindow(payment));
        QTest::keyClick(payment, Qt::Key_F5); // "check now" instead of waiting for the next poll
        QTRY_VERIFY_WITH_TIMEOUT(payment->attemptState() == AttemptState::Succeeded, 20000);
        QTRY_VERIFY(payment->progressText().contains(QStringLiteral("Paid")));
        saveScreenshot(payment, QStringLiteral("payment-paid"));

        // Ctrl+S: the receipt PDF.
        QVERIFY(activateWindow(payment));
        QTest::keyClick(payment, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!payment->lastReceiptPath().isEmpty(), 10000);
        const QString pdf = payment->lastReceiptPath();
        QVERIFY(QFile::exists(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 1000);
        const auto receipt = ReceiptRepository(m_app->context()->db).forAttempt(payment->attemptId(), false);
        QVERIFY(receipt);
        QVERIFY(receipt->copy); // saved once already: any further print says COPY
        auto original = *receipt;
        original.copy = false;
        saveReceiptPicture(original, QStringLiteral("receipt"));
        QTest::keyClick(payment, Qt::Key_Escape);
        QTRY_VERIFY(!billing->paymentDialog());

        // Back on the patient page, Enter opens the invoice with the timeline of everything that happened.
        QVERIFY(activateWindow(window));
        auto* invoices = billing->patientPage()->findChild<QTableWidget*>(QStringLiteral("patientInvoices"));
        QTRY_COMPARE(invoices->rowCount(), 1);
        invoices->setFocus();
        QTest::keyClick(invoices, Qt::Key_Return);
        QTRY_COMPARE(billing->currentPage(), billing->invoicePage());
        QTRY_VERIFY(billing->invoicePage()->invoice().status == InvoiceStatus::Paid);
        QTRY_VERIFY(billing->invoicePage()->timelineTexts().size() >= 6);
        const QString timeline = billing->invoicePage()->timelineTexts().join(u'\n');
        QVERIFY2(timeline.contains(QStringLiteral("issued")) && timeline.contains(QStringLiteral("Waiting for card")) &&
                     timeline.contains(QStringLiteral("Paid")),
                 qPrintable(timeline));
        saveScreenshot(window, QStringLiteral("invoice-page"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(billing->currentPage(), billing->patientPage());
    }

    // The other methods' screens, by keyboard: a discount asks for a supervisor; USSD shows the code large; a
    // pay-link shows its QR code; each is cancelled with F8. Then the invoice list (Ctrl+I).
    void ussdLinkApprovalAndInvoiceList()
    {
        MainWindow* window = m_app->mainWindow();
        auto* billing = window->findChild<BillingPage*>();
        QVERIFY(activateWindow(window));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier);
        QTRY_COMPARE(billing->currentPage(), billing->invoiceEditor());
        auto* priceSearch = billing->invoiceEditor()->findChild<QLineEdit*>(QStringLiteral("priceSearch"));
        QTRY_VERIFY(priceSearch->hasFocus());
        QTest::keyClicks(priceSearch, QStringLiteral("CONS-SPEC"));
        QTest::qWait(300);
        QTest::keyClick(priceSearch, Qt::Key_Return);
        QTRY_COMPARE(billing->invoiceEditor()->lineCount(), 1);
        // A cashier's discount needs a supervisor: the approval dialog comes up (and is dismissed here).
        bool approvalShown = false;
        QTimer::singleShot(500, this, [&] {
            if (auto* approval = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                approvalShown = approval->objectName() == u"approvalDialog";
                saveScreenshot(approval, QStringLiteral("approval-dialog"));
                approval->reject();
            }
        });
        billing->invoiceEditor()->findChild<QWidget*>(QStringLiteral("invoiceLines"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(approvalShown);
        QVERIFY(activateWindow(window));
        QTest::keyClick(priceSearch, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(billing->paymentDialog() && billing->paymentDialog()->isVisible());
        PaymentDialog* payment = billing->paymentDialog();
        QVERIFY(activateWindow(payment));
        auto* amount = payment->findChild<QLineEdit*>(QStringLiteral("paymentAmount"));
        QTRY_COMPARE(amount->text(), Money::fromMinor(1500000, Currency::ngn()).format());
        QTest::keyClick(amount, Qt::Key_U, Qt::AltModifier);
        QVERIFY(payment->findChild<QRadioButton*>(QStringLiteral("method_ussd"))->isChecked());
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(payment->attemptState() == AttemptState::Waiting, 15000);
        auto* code = payment->findChild<QLabel*>(QStringLiteral("ussdCode"));
        QTRY_VERIFY2(code->isVisible() && code->text().startsWith(QStringLiteral("*737*")),
                     qPrintable(payment->progressText()));
        saveScreenshot(payment, QStringLiteral("ussd-payment"));
        QVERIFY(activateWindow(payment));
        QTest::keyClick(payment, Qt::Key_F8);
        QTRY_VERIFY_WITH_TIMEOUT(payment->attemptState() == AttemptState::Cancelled, 15000);
        // Ctrl+N is offered once the invoice has been read again after the cancel (its balance decides).
        QTRY_VERIFY(payment->findChild<QPushButton*>(QStringLiteral("anotherPayment"))->isVisible());
        QTest::keyClick(payment, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(amount->isVisible());
        QTest::keyClick(amount, Qt::Key_L, Qt::AltModifier);
        QVERIFY(payment->findChild<QRadioButton*>(QStringLiteral("method_link"))->isChecked());
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(payment->attemptState() == AttemptState::Waiting, 15000);
        auto* qr = payment->findChild<QrWidget*>(QStringLiteral("paymentQr"));
        QTRY_VERIFY(qr->isVisible() && qr->hasCode());
        saveScreenshot(payment, QStringLiteral("link-payment"));
        QVERIFY(activateWindow(payment));
        QTest::keyClick(payment, Qt::Key_F8);
        QTRY_VERIFY_WITH_TIMEOUT(payment->attemptState() == AttemptState::Cancelled, 15000);
        QTest::keyClick(payment, Qt::Key_Escape);
        QTRY_VERIFY(!billing->paymentDialog());

        QVERIFY(activateWindow(window));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // back to the search
        QTRY_COMPARE(billing->currentPage(), billing->searchPage());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::ControlModifier);
        QTRY_COMPARE(billing->currentPage(), billing->invoiceList());
        QTRY_COMPARE(billing->invoiceList()->model()->rowCount(), 2);
        saveScreenshot(window, QStringLiteral("invoice-list"));
        // Alt+T ticks the dates filter and ticks it off again; Alt+D stays the Desk menu.
        auto* dates = billing->invoiceList()->findChild<QCheckBox*>();
        QVERIFY(dates && !dates->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(dates->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(!dates->isChecked());
        QTRY_COMPARE(billing->invoiceList()->model()->rowCount(), 2);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_sandbox.reset();
    }
};

QTEST_MAIN(TestCashierFlow)
#include "test_cashier_flow.moc"
