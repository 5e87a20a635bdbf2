#include "airtime/sale_repository.h"
#include "app_controller.h"
#include "billing/attempt_repository.h"
#include "billing/invoice_page.h"
#include "config/sample_data.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "reconcile/reconcile_line_dialog.h"
#include "reconcile/reconciliation_page.h"
#include "sandbox_rig.h"
#include "sections.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace paydesk;
using namespace paydesk::test;
using namespace paydesk::reconcile;

// A supervisor reconciles today on a training desk, by keyboard in real windows, against paydesk-sandbox: a
// terminal payment that matches, a payment recorded here that Paystack never had, a stranger's payment on the same
// Paystack account, and an airtime sale VTpass never made. The problems are filtered, a line opens onto its
// invoice, and the lines export as CSV and PDF with the filter in the header.
class TestReconciliation : public QObject
{
    Q_OBJECT

    TrainingDesk m_desk;
    ReconciliationPage* m_page = nullptr;
    Invoice m_tapped;
    Invoice m_ghost;

    // A terminal payment on the desk's own engine, tapped on the sandbox's terminal.
    bool payOnTheTerminal(AppContext& context)
    {
        auto invoice = issueConsultationInvoice(context);
        if (!invoice)
            return false;
        m_tapped = *invoice;
        std::optional<Result<PaymentAttempt, QString>> begun;
        context.payments->begin({invoice->id, PaymentMethod::Terminal, invoice->totals.total, std::nullopt,
                                 context.terminalId(), QString()},
                                context.actor(), this, [&](const auto& r) { begun = r; });
        if (!QTest::qWaitFor([&] { return begun.has_value(); }, 10000) || !*begun)
            return false;
        const qint64 id = begun->value().id;
        const auto state = [&] { return (*AttemptRepository(context.db).find(id))->state; };
        if (!QTest::qWaitFor([&] { return state() == AttemptState::Waiting; }, 10000))
            return false;
        if (m_desk.sandbox->control(QStringLiteral("/_sandbox/terminals/%1/tap").arg(context.terminalId()),
                                    {{QStringLiteral("outcome"), QStringLiteral("success")}}) != 200)
            return false;
        context.payments->checkNow(id);
        return QTest::qWaitFor([&] { return state() == AttemptState::Succeeded; }, 10000);
    }

  private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Nigeria));
        const QString started = m_desk.start(SampleAccounts::kSupervisor);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        MainWindow* window = m_desk.window();
        window->resize(1280, 800);
        m_page = window->findChild<ReconciliationPage*>();
        QVERIFY(m_page);
        AppContext& context = *m_desk.app->context();

        QVERIFY(payOnTheTerminal(context));
        // Recorded here as paid by link, unknown to Paystack.
        auto ghost = issueConsultationInvoice(context);
        QVERIFY(ghost.ok());
        m_ghost = *ghost;
        AttemptRepository attempts(context.db);
        const auto created = attempts.create(
            {ghost->id, PaymentMethod::Link, ghost->totals.total, std::nullopt, QString(), QString()}, context.actor());
        QVERIFY(created.ok());
        QVERIFY(attempts.transition(created->id, AttemptState::Succeeded, QStringLiteral("test"),
                                    QStringLiteral("ghost"),
                                    VerifiedPayment{ghost->totals.total, QStringLiteral("PD-GHOST"), 0, QDateTime()}));
        // Someone else's payment on the same Paystack account.
        paystack::TransactionInput stranger;
        stranger.email = QStringLiteral("someone@example.com");
        stranger.amount = Money::fromMinor(250000, Currency::ngn());
        stranger.reference = QStringLiteral("OTHER-SHOP-1");
        std::optional<bool> initialized;
        m_desk.sandbox->client().initializeTransaction(stranger, this, [&](const auto& r) { initialized = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return initialized.has_value(); }, 5000) && *initialized);
        QCOMPARE(m_desk.sandbox->control(QStringLiteral("/_sandbox/charges/OTHER-SHOP-1/complete"),
                                         {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        // An airtime sale recorded as delivered under a request id VTpass never saw.
        airtime::SaleRepository sales(context.db);
        airtime::NewSale sale;
        sale.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        sale.desk = context.desk();
        sale.vendor = SampleAccounts::kSupervisor;
        sale.phone = QStringLiteral("+2348031234567");
        sale.country = QStringLiteral("NG");
        sale.network = QStringLiteral("mtn");
        sale.provider = QStringLiteral("vtpass");
        sale.providerService = QStringLiteral("mtn");
        sale.amount = Money::fromMinor(20000, Currency::ngn());
        sale.commission = Money::fromMinor(600, Currency::ngn());
        const auto sold = sales.create(sale);
        QVERIFY2(sold.ok(), qPrintable(sold ? QString() : sold.error().message));
        QVERIFY(sales.markSent(sold->id, QStringLiteral("202611221200neverSentToVTpass")).ok());
        airtime::SaleRepository::Outcome delivered;
        delivered.state = airtime::SaleState::Delivered;
        QVERIFY(sales.transition(sold->id, delivered, QStringLiteral("test")).ok());
    }

    void cashiersHaveNoReconciliation()
    {
        for (const SectionInfo& info : sectionsFor(Role::Cashier))
            QVERIFY(info.section != Section::Reconciliation);
    }

    void supervisorReconcilesTodayByKeyboard()
    {
        MainWindow* window = m_desk.app->mainWindow();
        QVERIFY(activateWindow(window));
        const int index = int(window->visibleSections().indexOf(Section::Reconciliation));
        QVERIFY(index >= 0);
        QTest::keyClick(window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        QTRY_COMPARE(window->currentSection(), Section::Reconciliation);
        QSignalSpy reconciled(m_page, &ReconciliationPage::reconciled);
        QTest::keyClick(window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(reconciled.count() == 1, 20000);
        const ReconcileReport& report = *m_page->report();
        using Kind = ReconcileLine::Kind;
        using Source = ReconcileLine::Source;
        QCOMPARE(report.count(Source::Transaction, Kind::Matched), 1);
        QCOMPARE(report.count(Source::PaymentRequest, Kind::Matched), 1);
        QCOMPARE(report.count(Source::Transaction, Kind::MissingTheirs), 1);
        QCOMPARE(report.count(Source::Transaction, Kind::MissingOurs), 1);
        QCOMPARE(report.count(Source::Airtime, Kind::MissingTheirs), 1);
        QVERIFY(report.airtimeChecked);
        QVERIFY(report.days.isValid() && report.days.days() == 1); // today, by the hospital's calendar
        QVERIFY2(m_page->summaryText().contains(u" 3 line") && m_page->summaryText().contains(u"need a look"),
                 qPrintable(m_page->summaryText()));
        // Problems come first.
        QVERIFY(reconcileKindIsProblem(m_page->shownLines().constFirst().kind));
        QCOMPARE(m_page->shownLines().size(), report.lines.size());
        saveScreenshot(window, QStringLiteral("reconciliation"));

        // Alt+W to the filter, one down: only the lines needing a look.
        QTest::keyClick(window, Qt::Key_W, Qt::AltModifier);
        auto* kind = m_page->findChild<QComboBox*>(QStringLiteral("reconcileKind"));
        QTRY_VERIFY(kind->hasFocus());
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(m_page->shownLines().size(), 3);
        for (const ReconcileLine& line : m_page->shownLines())
            QVERIFY(reconcileKindIsProblem(line.kind));
        QVERIFY(m_page->filterDescription().contains(u"needing a look"));
    }

    void exportsCarryTheFilter()
    {
        const QString csvPath = m_desk.dir.filePath(QStringLiteral("reconciliation.csv"));
        QVERIFY(m_page->saveCsv(csvPath).ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.constFirst().startsWith(u"Reconciliation,"), qPrintable(lines.constFirst()));
        QVERIFY(lines.constFirst().contains(u"needing a look"));
        QCOMPARE(lines.size(), 2 + 3);
        QVERIFY(std::any_of(lines.begin(), lines.end(),
                            [](const QString& l) { return l.startsWith(u"transaction,missing_ours,OTHER-SHOP-1,"); }));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [&](const QString& l) {
            return l.startsWith(u"transaction,missing_theirs,") && l.contains(m_ghost.number);
        }));
        const QString pdfPath = m_desk.dir.filePath(QStringLiteral("reconciliation.pdf"));
        QVERIFY(m_page->savePdf(pdfPath).ok());
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // The buttons save into the reports folder and say where.
        QVERIFY(activateWindow(m_page->window()));
        QTest::keyClick(m_page->window(), Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY2(m_page->statusText().startsWith(u"Saved "), qPrintable(m_page->statusText()));
        QVERIFY(QFile::exists(m_page->statusText().mid(6)));
        // Alt+F, not Alt+D: the Desk menu has that one.
        QTest::keyClick(m_page->window(), Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY2(m_page->statusText().endsWith(u".pdf"), qPrintable(m_page->statusText()));
        QVERIFY(QFile::exists(m_page->statusText().mid(6)));
    }

    // Enter on the ghost's line: our record and no webhook behind it; Alt+I opens its invoice on the billing page.
    void aLineOpensOntoItsInvoice()
    {
        auto* table = m_page->findChild<QTableWidget*>(QStringLiteral("reconcileLines"));
        int row = -1;
        for (int i = 0; i < m_page->shownLines().size(); ++i)
            if (m_page->shownLines().at(i).invoiceId == m_ghost.id)
                row = i;
        QVERIFY(row >= 0);
        QVERIFY(activateWindow(m_page->window()));
        table->setFocus();
        table->setCurrentCell(row, 0);
        QTest::keyClick(table, Qt::Key_Return);
        ReconcileLineDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<ReconcileLineDialog>()) != nullptr);
        QTRY_VERIFY(dialog->isLoaded());
        QVERIFY(std::any_of(dialog->details().ours.begin(), dialog->details().ours.end(),
                            [&](const auto& field) { return field.second == m_ghost.number; }));
        QVERIFY(dialog->details().events.isEmpty());
        saveScreenshot(dialog, QStringLiteral("reconciliation-line"));
        QVERIFY(activateWindow(dialog));
        QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(visibleWindow<ReconcileLineDialog>() == nullptr);
        MainWindow* window = m_desk.app->mainWindow();
        QTRY_COMPARE(window->currentSection(), Section::Billing);
        auto* invoicePage = window->findChild<InvoicePage*>();
        QTRY_VERIFY(invoicePage->isVisible());
        QTRY_COMPARE(invoicePage->invoice().id, m_ghost.id);
    }

    void cleanupTestCase() { m_desk.app.reset(); }
};

QTEST_MAIN(TestReconciliation)
#include "test_reconciliation.moc"
