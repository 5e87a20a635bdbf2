#include "app_controller.h"
#include "config/sample_data.h"
#include "dashboard/audit_log_dialog.h"
#include "dashboard/dashboard_page.h"
#include "dashboard/inbox_dialog.h"
#include "dashboard/payments_behind_dialog.h"
#include "dashboard/stat_tile.h"
#include "dashboard/stats_chart.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "payments/webhook_inbox.h"
#include "sandbox_rig.h"
#include "security/audit_log.h"
#include "stats/dashboard_queries.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;
using namespace paydesk::dashboard;

// The supervisors' dashboard in a real window on a training desk with its generated history: the figures shown
// are the ones core computes, the period and filters are chosen by keyboard, a bar's payments open in a list, a
// cash payment taken on the desk shows within a second, and a cashier never gets the section.
class TestDashboard : public QObject
{
    Q_OBJECT

    TrainingDesk m_desk;
    DashboardPage* m_page = nullptr;

    stats::DashboardFigures expected(const stats::Period& period, const stats::StatsFilter& filter = {}) const
    {
        auto figures =
            stats::DashboardQueries(m_desk.app->context()->db).load(m_desk.app->context()->user, period, filter);
        return figures ? *figures : stats::DashboardFigures{};
    }

    // Chooses a combo box entry the way a supervisor does: the mnemonic focuses it, arrows move, nothing else.
    static void chooseByKeyboard(QWidget* window, QComboBox* box, Qt::Key mnemonic, int index)
    {
        QTest::keyClick(window, mnemonic, Qt::AltModifier);
        QTRY_VERIFY(box->hasFocus());
        while (box->currentIndex() < index)
            QTest::keyClick(box, Qt::Key_Down);
        while (box->currentIndex() > index)
            QTest::keyClick(box, Qt::Key_Up);
    }

  private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Nigeria));
        // The history ./dev.sh run gives a training desk.
        const QString started = m_desk.start(SampleAccounts::kSupervisor, [](const StartupOptions& options) {
            auto db = openMigrated(*DatabaseUrl::parse(options.databaseUrl), {});
            if (!db)
                return db.error().message;
            if (auto loaded = loadSampleHistory(*db); !loaded)
                return loaded.error().message;
            db->releaseThreadConnection();
            return QString();
        });
        QVERIFY2(started.isEmpty(), qPrintable(started));
        MainWindow* window = m_desk.window();
        window->resize(1280, 800);
        m_page = window->findChild<DashboardPage*>();
        QVERIFY(m_page);
        QSignalSpy refreshed(m_page, &DashboardPage::refreshed);
        window->showSection(Section::Dashboard);
        QTRY_COMPARE(window->currentSection(), Section::Dashboard);
        QVERIFY(refreshed.wait(10000) || refreshed.count() > 0);
    }

    // Today's tiles are core's figures; this month by keyboard has more, and the training history fills it.
    // The whole window, dashboard shown, fits a 1,366 px desk screen; Tab goes along the first row (period, dates,
    // Refresh, Audit log), then the filters' row.
    void barsFitAndTabInRowOrder()
    {
        QVERIFY2(m_page->window()->minimumSizeHint().width() <= 1366,
                 qPrintable(QString::number(m_page->window()->minimumSizeHint().width())));
        auto* refresh = m_page->findChild<QPushButton*>(QStringLiteral("refresh"));
        auto* audit = m_page->findChild<QPushButton*>(QStringLiteral("openAuditLog"));
        auto* desk = m_page->findChild<QComboBox*>(QStringLiteral("deskFilter"));
        QVERIFY(refresh && audit && desk);
        QVERIFY(activateWindow(m_page->window()));
        refresh->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(refresh->hasFocus());
        QTest::keyClick(refresh, Qt::Key_Tab);
        QTRY_VERIFY(audit->hasFocus());
        QTest::keyClick(audit, Qt::Key_Tab);
        QTRY_VERIFY(desk->hasFocus());
    }

    void tilesShowWhatCoreComputes()
    {
        const stats::DashboardFigures& shown = m_page->figures();
        const stats::DashboardFigures today = expected(shown.period);
        QCOMPARE(shown.period.from, shown.period.to);
        QCOMPARE(shown.payments, today.payments);
        QCOMPARE(m_page->tile(QStringLiteral("collected"))->value(), stats::formatTotals(today.collected));

        QSignalSpy refreshed(m_page, &DashboardPage::refreshed);
        auto* period = m_page->findChild<QComboBox*>(QStringLiteral("period"));
        chooseByKeyboard(m_page->window(), period, Qt::Key_P, 3); // This month
        QTRY_VERIFY(refreshed.count() > 0 && m_page->figures().period.days() > 1);
        const stats::DashboardFigures month = expected(m_page->figures().period);
        QCOMPARE(m_page->figures().payments, month.payments);
        QVERIFY(month.payments > 100);
        QCOMPARE(m_page->tile(QStringLiteral("payments"))->value(), QLocale().toString(month.payments));
        QVERIFY(m_page->tile(QStringLiteral("successRate"))->value().endsWith(u'%'));
        QVERIFY(m_page->tile(QStringLiteral("webhookLag"))->value().startsWith(QStringLiteral("≤ ")));
        QVERIFY(m_page->tile(QStringLiteral("pending"))->value().startsWith(QStringLiteral("7 payment")));
        QCOMPARE(m_page->figures().pendingCount(), qint64(7));
        QVERIFY(m_page->chart(QStringLiteral("byDay"))->barCount() > 1);
        QCOMPARE(m_page->chart(QStringLiteral("byHour"))->seriesShown(), QStringList{QStringLiteral("terminal")});
        saveScreenshot(m_page->window(), QStringLiteral("dashboard"));

        // One cashier, by keyboard: every figure narrows to theirs.
        auto* cashier = m_page->findChild<QComboBox*>(QStringLiteral("cashierFilter"));
        QTRY_VERIFY(cashier->count() > 2);
        refreshed.clear();
        chooseByKeyboard(m_page->window(), cashier, Qt::Key_H, 2);
        QTRY_VERIFY(refreshed.count() > 0 && m_page->figures().filter.cashier == cashier->currentData().toString());
        const stats::DashboardFigures theirs = expected(m_page->figures().period, m_page->figures().filter);
        QCOMPARE(m_page->figures().payments, theirs.payments);
        QVERIFY(theirs.payments < month.payments);
        QCOMPARE(m_page->chart(QStringLiteral("byCashier"))->barCount(), 1);
        m_page->findChild<QComboBox*>(QStringLiteral("cashierFilter"))->setCurrentIndex(0);
        QTRY_VERIFY(m_page->figures().filter.cashier.isEmpty());
    }

    // A bar opens the payments behind it: as many as the bar counts.
    void aBarListsItsPayments()
    {
        const stats::DashboardFigures& shown = m_page->figures();
        QVERIFY(!shown.revenueByDay.isEmpty());
        const stats::Bar bar = shown.revenueByDay.first();
        m_page->openPaymentsBehind(QStringLiteral("byDay"), bar.category, bar.series);
        PaymentsBehindDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<PaymentsBehindDialog*>()) != nullptr);
        QTRY_COMPARE(qint64(dialog->rowCount()), bar.count);
        saveScreenshot(dialog, QStringLiteral("dashboard-payments"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(m_page->findChild<PaymentsBehindDialog*>() == nullptr);
    }

    // A cash payment taken on this desk is on the dashboard within a second, without touching it.
    void aPaymentOnTheDeskShowsLive()
    {
        AppContext* context = m_desk.app->context();
        auto* period = m_page->findChild<QComboBox*>(QStringLiteral("period"));
        period->setCurrentIndex(0); // Today
        QTRY_COMPARE(m_page->figures().period.days(), qint64(1));
        QTRY_VERIFY(!m_page->findChild<QLabel*>(QStringLiteral("dashboardStatus"))
                         ->text()
                         .startsWith(QStringLiteral("Reading")));
        const qint64 before = m_page->figures().payments;
        auto paid = payConsultationInCash(*context);
        QVERIFY2(paid.ok(), qPrintable(paid ? QString() : paid.error()));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->figures().payments == before + 1, 1500);
    }

    // The audit log from the dashboard: the chain's verdict first, entries narrowed by keyboard, saved as CSV with
    // the filter in its header.
    void auditLogShowsTheChain()
    {
        QVERIFY(activateWindow(m_page->window()));
        QTest::keyClick(m_page->window(), Qt::Key_U, Qt::AltModifier);
        AuditLogDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<AuditLogDialog*>()) != nullptr && dialog->isVisible());
        auto* period = dialog->findChild<QComboBox*>();
        QTRY_VERIFY(dialog->verificationText().contains(u"intact"));
        QTRY_VERIFY(activateWindow(dialog));
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(period->hasFocus());
        QSignalSpy loaded(dialog, &AuditLogDialog::loaded);
        QTest::keyClick(period, Qt::Key_Down); // to "Everything"
        QTest::keyClick(period, Qt::Key_Down);
        QTRY_VERIFY(loaded.count() > 0 && period->currentIndex() == 4);
        QVERIFY(!dialog->view().entries.isEmpty());
        QVERIFY(dialog->view().actions.contains(QStringLiteral("user.created")));
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("auditAction"));
        loaded.clear();
        action->setFocus();
        action->setCurrentIndex(action->findData(QStringLiteral("user.created")));
        QTRY_VERIFY(loaded.count() > 0);
        for (const AuditEntry& entry : dialog->view().entries)
            QCOMPARE(entry.action, QStringLiteral("user.created"));
        saveScreenshot(dialog, QStringLiteral("audit-log"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(dialog->savedText().startsWith(u"Saved"));
        QFile csv(dialog->savedText().mid(6));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray head = csv.readLine();
        QVERIFY2(head.startsWith("Audit log,") && head.contains("user.created") && head.contains("intact"),
                 head.constData());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(m_page->findChild<AuditLogDialog*>() == nullptr);
    }

    // A charge.success delivery as the intake files it, received now.
    static InboxEntry delivery(qint64 id, const QString& reference)
    {
        InboxEntry entry;
        entry.event = QStringLiteral("charge.success");
        entry.dedupeKey = QStringLiteral("charge.success:") + reference;
        entry.body = QStringLiteral(R"({"event":"charge.success","data":{"id":%1,"reference":"%2"}})")
                         .arg(id)
                         .arg(reference)
                         .toUtf8();
        entry.headers = QStringLiteral("{}");
        entry.source = QStringLiteral("52.31.139.75");
        entry.receivedAt = QDateTime::currentDateTimeUtc();
        return entry;
    }

    // The webhook inbox from the dashboard, by keyboard: a failed delivery found by its state, replayed with Alt+R
    // (queued again, in the audit log under the supervisor's name); a rejected one cannot be replayed.
    void webhookInboxReplaysAFailedDelivery()
    {
        const Database db = m_desk.app->context()->db;
        const InboxEntry failedEntry = delivery(9001, QStringLiteral("inbox-view-1"));
        InboxEntry rejectedEntry = failedEntry;
        rejectedEntry.dedupeKey = QStringLiteral("rejected:inbox-view-2");
        rejectedEntry.event = QStringLiteral("(unreadable)");
        rejectedEntry.state = QStringLiteral("rejected");
        rejectedEntry.reason = QStringLiteral("not JSON");
        QVERIFY(WebhookInbox(db).storeBatch({failedEntry, rejectedEntry}));
        QVERIFY(sql::exec(db,
                          QStringLiteral("UPDATE webhook_inbox SET state = 'failed', attempts = 6, reason = 'Paystack "
                                         "says the payment failed' WHERE dedupe_key = ?"),
                          {failedEntry.dedupeKey}));

        QVERIFY(activateWindow(m_page->window()));
        QTest::keyClick(m_page->window(), Qt::Key_W, Qt::AltModifier);
        InboxDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<InboxDialog*>()) != nullptr && dialog->isVisible());
        QTRY_VERIFY(!dialog->listing().rows.isEmpty());
        saveScreenshot(dialog, QStringLiteral("webhook-inbox"));
        QTRY_VERIFY(activateWindow(dialog));
        auto* state = dialog->findChild<QComboBox*>(QStringLiteral("inboxState"));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("inboxTable"));
        auto* replay = dialog->findChild<QPushButton*>(QStringLiteral("inboxReplay"));
        QSignalSpy loaded(dialog, &InboxDialog::loaded);
        chooseByKeyboard(dialog, state, Qt::Key_S, state->findData(QStringLiteral("failed")));
        QTRY_VERIFY(loaded.count() > 0 && dialog->listing().rows.size() == 1);
        QCOMPARE(dialog->listing().rows.first().at(InboxListing::DedupeKey).toString(), failedEntry.dedupeKey);
        QTRY_VERIFY(replay->isEnabled()); // the newest row is chosen

        // Into the table with Tab; the arrows keep a row chosen.
        for (int i = 0; i < 5 && !table->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Home);
        QCOMPARE(table->selectedItems().size(), table->columnCount());
        QVERIFY(replay->isEnabled());
        QTest::keyClick(dialog, Qt::Key_F5); // read again: the choice stays
        QTRY_VERIFY(loaded.count() > 1);
        QTRY_VERIFY(replay->isEnabled());
        saveScreenshot(dialog, QStringLiteral("webhook-inbox-failed"));

        QSignalSpy replayed(dialog, &InboxDialog::replayed);
        QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(replayed.count(), 1);
        QTRY_VERIFY2(dialog->statusText().contains(u"queued"), qPrintable(dialog->statusText()));
        QTRY_VERIFY(dialog->listing().rows.isEmpty()); // no longer failed
        auto now = sql::one(db, QStringLiteral("SELECT state FROM webhook_inbox WHERE dedupe_key = ?"),
                            {failedEntry.dedupeKey}, [](const QSqlQuery& q) { return q.value(0).toString(); });
        QVERIFY(now && now->has_value());
        QVERIFY(**now == u"received" || **now == u"processed" || **now == u"failed"); // the processor may be at it
        auto audited = AuditLog(db).search({{}, {}, QStringLiteral("inbox.replayed"), {}}, 10);
        QVERIFY(audited && audited->size() == 1);
        QCOMPARE(audited->first().actor, m_desk.app->context()->user.username);

        // A rejected delivery has nothing to replay.
        chooseByKeyboard(dialog, state, Qt::Key_S, state->findData(QStringLiteral("rejected")));
        QTRY_VERIFY(dialog->listing().rows.size() == 1 &&
                    dialog->listing().rows.first().at(InboxListing::DedupeKey) == rejectedEntry.dedupeKey);
        QTRY_VERIFY(!table->selectedItems().isEmpty());
        QVERIFY(!replay->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(m_page->findChild<InboxDialog*>() == nullptr);
    }

    // The inbox follows new deliveries while it is open, without F5, and keeps the row the supervisor chose.
    void webhookInboxFollowsNewDeliveries()
    {
        const Database db = m_desk.app->context()->db;
        const InboxEntry first = delivery(9101, QStringLiteral("inbox-live-1"));
        QVERIFY(WebhookInbox(db).storeBatch({first}));

        QVERIFY(activateWindow(m_page->window()));
        QTest::keyClick(m_page->window(), Qt::Key_W, Qt::AltModifier);
        InboxDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<InboxDialog*>()) != nullptr && dialog->isVisible());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("inboxTable"));
        const auto chosenKey = [&] {
            const QList<QTableWidgetItem*> chosen = table->selectedItems();
            return chosen.isEmpty()
                       ? QString()
                       : dialog->listing().rows.at(chosen.first()->row()).at(InboxListing::DedupeKey).toString();
        };
        QTRY_COMPARE(chosenKey(), first.dedupeKey); // the newest row is chosen
        // The supervisor picks the next one down, by keyboard.
        QTRY_VERIFY(activateWindow(dialog));
        for (int i = 0; i < 5 && !table->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down);
        const QString picked = chosenKey();
        QVERIFY(!picked.isEmpty() && picked != first.dedupeKey);

        // A delivery lands while the supervisor looks: it appears without F5, and the chosen row stays chosen.
        const InboxEntry second = delivery(9102, QStringLiteral("inbox-live-2"));
        QVERIFY(WebhookInbox(db).storeBatch({second}));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->listing().rows.first().at(InboxListing::DedupeKey).toString(),
                                  second.dedupeKey, 3 * InboxDialog::kLiveMs);
        QCOMPARE(chosenKey(), picked);
        QVERIFY2(dialog->statusText().contains(u"following the inbox"), qPrintable(dialog->statusText()));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(m_page->findChild<InboxDialog*>() == nullptr);
    }

    void cashiersNeverSeeTheDashboard()
    {
        bool listed = false;
        for (const SectionInfo& info : sectionsFor(Role::Cashier))
            listed = listed || info.section == Section::Dashboard;
        QVERIFY(!listed);
        // And core refuses them the figures even if a screen asked.
        User cashier = m_desk.app->context()->user;
        cashier.role = Role::Cashier;
        auto refused = stats::DashboardQueries(m_desk.app->context()->db).load(cashier, m_page->figures().period, {});
        QVERIFY(!refused.ok());
    }

    void cleanupTestCase() { m_desk.app.reset(); }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
