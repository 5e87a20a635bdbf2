#include "app_controller.h"
#include "config/sample_data.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "sandbox_rig.h"
#include "shifts/cash_count_dialog.h"
#include "shifts/shifts_page.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;
using namespace paydesk::shifts;

// A cashier's shift on a training desk, by keyboard in real windows: the float counted by denomination, a cash
// payment on the running figures, a blind close ₦100 short refused until a reason is given, then a supervisor's
// sign-off as Z-000001, its PDF, its slip on the receipt printer and the list as CSV.
class TestShiftClose : public QObject
{
    Q_OBJECT

    TrainingDesk m_desk;
    ShiftsPage* m_page = nullptr;
    Money m_paid;

    // Types each count into its line the way a cashier does: focus, select what is there, type, Tab on.
    static void typeCount(CashCountDialog* dialog, const QMap<qint64, int>& pieces)
    {
        for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
            QSpinBox* box = dialog->piecesFor(it.key());
            box->setFocus();
            QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(box, QString::number(it.value()));
            QTest::keyClick(box, Qt::Key_Tab);
        }
    }

  private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Nigeria));
        const QString started = m_desk.start(SampleAccounts::kCashier);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        MainWindow* window = m_desk.window();
        window->resize(1280, 800);
        m_page = window->findChild<ShiftsPage*>();
        QVERIFY(m_page);
        window->showSection(Section::Shifts);
        QTRY_COMPARE(window->currentSection(), Section::Shifts);
        QTRY_VERIFY(m_page->statusText().isEmpty() &&
                    m_page->findChild<QPushButton*>(QStringLiteral("openShift"))->isEnabled());
        QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("signOff"))->isVisible()); // cashiers do not sign
    }

    void cashierOpensWithACountedFloat()
    {
        QTest::keyClick(m_page->window(), Qt::Key_O, Qt::AltModifier);
        CashCountDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<CashCountDialog>()) != nullptr);
        // Focus starts on the ₦1,000 line: type 5, Tab, 4 on the ₦500 line.
        QTRY_VERIFY(dialog->piecesFor(100000)->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4"));
        QCOMPARE(dialog->count().total()->minorUnits(), qint64(700000));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("countTotal"))->text().contains(u"7,000.00"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(m_page->myShift().has_value());
        QTRY_VERIFY(visibleWindow<CashCountDialog>() == nullptr);
        QCOMPARE(m_page->myShift()->openingFloat.minorUnits(), qint64(700000));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("myShift"))->text().contains(u"7,000.00"));
    }

    // A cash payment on the desk reaches the open shift's running figures without touching the screen.
    void cashPaymentShowsOnTheRunningFigures()
    {
        AppContext* context = m_desk.app->context();
        auto paid = payConsultationInCash(*context);
        QVERIFY2(paid.ok(), qPrintable(paid ? QString() : paid.error()));
        m_paid = *paid;
        const QString expected = Money::fromMinor(700000 + m_paid.minorUnits(), Currency::ngn()).format();
        QTRY_VERIFY2_WITH_TIMEOUT(m_page->reportHtml().contains(expected.toHtmlEscaped()),
                                  qPrintable(m_page->reportHtml()), 3000);
        QVERIFY(m_page->reportHtml().contains(u"X report"));
    }

    void blindCloseShortNeedsAReason()
    {
        auto* close = m_page->findChild<QPushButton*>(QStringLiteral("closeShift"));
        QTRY_VERIFY(close->isEnabled());
        QVERIFY(activateWindow(m_page->window())); // Xvfb has no window manager to hand focus back after a dialog
        QTest::keyClick(m_page->window(), Qt::Key_C, Qt::AltModifier);
        CashCountDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<CashCountDialog>()) != nullptr);
        // The float as it was, plus the payment in ₦100 notes, less one of them.
        const qint64 paidNaira = m_paid.minorUnits() / 100;
        QVERIFY(paidNaira % 100 == 0 && paidNaira >= 200);
        typeCount(dialog, {{100000, 5}, {50000, 4}, {10000, int(paidNaira / 100) - 1}});
        QCOMPARE(dialog->count().total()->minorUnits(), 700000 + m_paid.minorUnits() - 10000);
        QTest::keyClick(dialog->findChild<QPushButton*>(QStringLiteral("submitCount")), Qt::Key_Return);
        auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("varianceReason"));
        QTRY_VERIFY(reason->isVisible() && reason->hasFocus());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("countError"))->text().contains(u"short"));
        QVERIFY(m_page->myShift().has_value()); // nothing closed yet
        saveScreenshot(dialog, QStringLiteral("shift-close-short"));
        QTest::keyClicks(reason, QStringLiteral("Change given twice to one patient"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(visibleWindow<CashCountDialog>() == nullptr);
        QTRY_VERIFY(!m_page->myShift().has_value());
        QTRY_VERIFY(m_page->selectedShift() && m_page->selectedShift()->state == ShiftState::Closed);
        QCOMPARE(m_page->selectedShift()->variance.minorUnits(), qint64(-10000));
        QVERIFY(m_page->statusText().contains(u"variance"));
    }

    // A supervisor on another desk's screen signs it off, saves it, prints the slip and exports the list.
    void supervisorSignsOffTheZReport()
    {
        AppContext supervisorDesk = *m_desk.app->context();
        auto supervisor = UserRepository(supervisorDesk.db).find(SampleAccounts::kSupervisor);
        QVERIFY(supervisor.ok() && supervisor->has_value());
        supervisorDesk.user = **supervisor;
        const QString slipFile = m_desk.dir.filePath(QStringLiteral("slip.bin"));
        supervisorDesk.config->setReceiptPrinter(slipFile);
        ShiftsPage page(supervisorDesk);
        page.resize(1280, 760);
        page.show();
        QVERIFY(activateWindow(&page));
        QTRY_VERIFY(!page.shifts().isEmpty() && page.selectedShift().has_value());
        QTRY_VERIFY(page.reportHtml().contains(u"waiting for sign-off"));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("signOff"))->isEnabled());

        QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<QInputDialog*>(QStringLiteral("signOffDialog"))) != nullptr &&
                    dialog->isVisible());
        auto* note = dialog->findChild<QLineEdit*>();
        QTRY_VERIFY(note && note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("Recounted together"));
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_VERIFY2(page.statusText().contains(u"Z-000001"), qPrintable(page.statusText()));
        QTRY_VERIFY(page.reportHtml().contains(u"Z report Z-000001"));
        QVERIFY(page.reportHtml().contains(u"Recounted together"));
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("shiftTable"))->item(0, 0)->text(),
                 QStringLiteral("Z-000001"));
        saveScreenshot(&page, QStringLiteral("shifts"));
        QVERIFY(activateWindow(&page));

        QTest::keyClick(&page, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(page.statusText().startsWith(u"Saved"));
        const QString pdf = page.statusText().mid(6);
        QVERIFY2(pdf.endsWith(u"Z-000001-Training-desk.pdf") || pdf.contains(u"Z-000001"), qPrintable(pdf));
        QVERIFY(QFile(pdf).size() > 1000);

        QTest::keyClick(&page, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(page.statusText().contains(u"printed"));
        QFile slip(slipFile);
        QVERIFY(slip.open(QIODevice::ReadOnly));
        const QByteArray bytes = slip.readAll();
        QVERIFY(bytes.startsWith("\x1b@") && bytes.contains("Z-000001") && bytes.contains("short by NGN 100.00"));

        QTest::keyClick(&page, Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(page.statusText().endsWith(u".csv"));
        QFile csv(page.statusText().mid(6));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("Shifts,") && text.contains("Z-000001") && text.contains("-100.00"));
        QVERIFY(text.contains("every desk and cashier"));
    }

    void cleanupTestCase() { m_desk.app.reset(); }
};

QTEST_MAIN(TestShiftClose)
#include "test_shift_close.moc"
