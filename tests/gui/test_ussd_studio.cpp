#include "app_controller.h"
#include "config/sample_data.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "sandbox_rig.h"
#include "security/user_repository.h"
#include "ussd/effect_runner.h"
#include "ussd/flow_designer.h"
#include "ussd/flow_document.h"
#include "ussd/flow_repository.h"
#include "ussd/flow_script.h"
#include "ussd/phone_widget.h"
#include "ussd/screen_editor.h"
#include "ussd/sessions_view.h"
#include "ussd/simulator_panel.h"
#include "ussd/ussd_studio_page.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace paydesk;
using namespace paydesk::test;
using namespace paydesk::ussd;

// USSD Studio in a real window against paydesk-sandbox over loopback: the *999# sample edited in the designer (the
// counter, live lint, rename, undo/redo, a broken file refused, export), simulated on the phone by keyboard to a
// real VTpass sale, recorded as a test script that then passes, and the session in the sessions view with its cost.
class TestUssdStudio : public QObject
{
    Q_OBJECT

    TrainingDesk m_desk;
    UssdStudioPage* m_studio = nullptr;

    QStringList problemsText() const
    {
        QStringList lines;
        auto* list = m_studio->designer()->findChild<QListWidget*>(QStringLiteral("lintProblems"));
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines;
    }

  private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Nigeria));
        const QString started = m_desk.start(SampleAccounts::kSupervisor);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        MainWindow* window = m_desk.window();
        window->showSection(Section::UssdStudio);
        QTRY_COMPARE(window->currentSection(), Section::UssdStudio);
        m_studio = window->findChild<UssdStudioPage*>();
        QVERIFY(m_studio);
        // The tabs by keyboard: Alt+M the simulator, Alt+N back to the designer (Alt+D is the Desk menu).
        QVERIFY(activateWindow(window));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(m_studio->currentWidget(), static_cast<QWidget*>(m_studio->simulator()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_studio->currentWidget(), static_cast<QWidget*>(m_studio->designer()));
    }

    // The sample opens clean; a screen made too long turns its counter red, shows as an error and stops the
    // simulator; Ctrl+Z puts it back. Renaming a screen follows every reference; a broken file is refused.
    void designerEditsAndLintsLive()
    {
        FlowDesigner* designer = m_studio->designer();
        FlowDocument* document = m_studio->document();
        QVERIFY(document->runnable());
        QCOMPARE(designer->findChild<QLabel*>(QStringLiteral("lintSummary"))->text(),
                 QStringLiteral("The linter finds no problems."));
        auto* tree = designer->findChild<QTreeWidget*>(QStringLiteral("screenTree"));
        QCOMPARE(tree->topLevelItemCount(), document->screenIds().size());
        // Each screen lists where it leads: the home menu's first option goes to the network menu.
        QTreeWidgetItem* home = tree->topLevelItem(0);
        QCOMPARE(home->text(0), QStringLiteral("home"));
        QCOMPARE(home->child(0)->text(0), QStringLiteral("1. For my number → network"));

        designer->selectScreen(QStringLiteral("confirm"));
        ScreenEditor* editor = designer->editor();
        QCOMPARE(editor->screenId(), QStringLiteral("confirm"));
        QVERIFY2(editor->counterText(QStringLiteral("en")).contains(QStringLiteral(" / 182 characters (GSM-7)")),
                 qPrintable(editor->counterText(QStringLiteral("en"))));
        QVERIFY(!editor->counterOverLimit(QStringLiteral("en")));

        // 150 more characters in the English prompt: over what a handset shows.
        QPlainTextEdit* english = editor->textEdit(QStringLiteral("en"));
        english->setFocus();
        english->moveCursor(QTextCursor::End);
        QTest::keyClicks(english, QString(150, u'x'));
        QTRY_VERIFY2(editor->counterOverLimit(QStringLiteral("en")),
                     qPrintable(editor->counterText(QStringLiteral("en")) + u'\n' + english->toPlainText() + u'\n' +
                                problemsText().join(u'\n')));
        QVERIFY(!document->runnable());
        QVERIFY(problemsText().join(u'\n').contains(QStringLiteral("error  screens.confirm.text.en")) ||
                problemsText().join(u'\n').contains(QStringLiteral("screens.confirm.text.en")));
        QVERIFY(!designer->findChild<QAction*>(QStringLiteral("simulate"))->isEnabled());
        saveScreenshot(designer->window(), QStringLiteral("ussd-designer-too-long"));
        // The typing was one step: one undo restores the sample.
        document->undoStack()->undo();
        QTRY_VERIFY(!editor->counterOverLimit(QStringLiteral("en")));
        QVERIFY(document->runnable());
        QVERIFY(designer->findChild<QAction*>(QStringLiteral("simulate"))->isEnabled());
        saveScreenshot(designer->window(), QStringLiteral("ussd-designer"));

        // Rename "network" to "net": the home menu's options follow; Ctrl+Z undoes it, Ctrl+Y redoes.
        designer->selectScreen(QStringLiteral("network"));
        auto* id = editor->findChild<QLineEdit*>(QStringLiteral("screenId"));
        id->setFocus();
        id->selectAll();
        QTest::keyClicks(id, QStringLiteral("net"));
        QTest::keyClick(id, Qt::Key_Return);
        QTRY_VERIFY(document->screenIds().contains(QStringLiteral("net")));
        QCOMPARE(document->screen(QStringLiteral("home")).value(u"options").toArray().at(0).toObject().value(u"next"),
                 QJsonValue(QStringLiteral("net")));
        QVERIFY(document->runnable());
        // A taken id is refused, said plainly.
        id->setFocus();
        id->selectAll();
        QTest::keyClicks(id, QStringLiteral("home"));
        QTest::keyClick(id, Qt::Key_Return);
        QTRY_VERIFY(editor->findChild<QLabel*>(QStringLiteral("screenIdError"))
                        ->text()
                        .contains(QStringLiteral("already a screen called \"home\"")));
        document->undoStack()->undo();
        QVERIFY(!document->screenIds().contains(QStringLiteral("net")));
        QCOMPARE(document->screen(QStringLiteral("home")).value(u"options").toArray().at(0).toObject().value(u"next"),
                 QJsonValue(QStringLiteral("network")));
        QVERIFY(!document->isModified());

        // A new menu nobody links to: a warning, not an error; deleting it brings the sample back.
        // Ctrl+Shift+N opens the kinds menu (it runs its own loop until a kind is chosen: M for menu).
        const QStringList before = document->screenIds();
        QTimer::singleShot(200, this, [] {
            if (QWidget* popup = QApplication::activePopupWidget())
                QTest::keyClick(popup, Qt::Key_M);
        });
        QTest::keyClick(designer, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(document->screenIds().size(), before.size() + 1);
        QString added;
        for (const QString& each : document->screenIds()) {
            if (!before.contains(each))
                added = each;
        }
        QCOMPARE(document->screen(added).value(u"type").toString(), QStringLiteral("menu"));
        QCOMPARE(designer->selectedScreen(), added);
        QTRY_VERIFY(problemsText().join(u'\n').contains(QStringLiteral("screens.%1").arg(added)));
        document->undoStack()->undo();
        QVERIFY(!document->screenIds().contains(added));

        // A file that is not JSON: refused with its line, and the open flow stays.
        const QString broken = m_desk.dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"paydesk-ussd-flow\",\n  \"screens\": [ oops ]\n}\n");
        file.close();
        QVERIFY(!designer->importFile(broken));
        QVERIFY2(designer->status().contains(QStringLiteral("line 3")), qPrintable(designer->status()));
        QVERIFY(document->runnable());
        QVERIFY(document->screenIds().contains(QStringLiteral("home")));

        // Export writes what the designer holds; importing it gives the same flow back.
        const QString exported = m_desk.dir.filePath(QStringLiteral("airtime.json"));
        QVERIFY(designer->exportFile(exported));
        const QStringList ids = document->screenIds();
        QVERIFY(designer->importFile(exported));
        QCOMPARE(document->screenIds(), ids);
        QVERIFY(document->runnable());

        // A supervisor may design and simulate but not save: the button says so, and core refuses.
        QVERIFY(!designer->findChild<QAction*>(QStringLiteral("saveFlow"))->isEnabled());
        designer->saveToDatabase();
        QTRY_VERIFY2(designer->status().startsWith(QStringLiteral("Not saved:")), qPrintable(designer->status()));
    }

    // F5 from the designer: the phone dials *999# and walks to a real sale through the sandbox's VTpass, by
    // keyboard; the variables, the API call and the countdown show beside it.
    void simulatorSellsAirtimeByKeyboard()
    {
        FlowDesigner* designer = m_studio->designer();
        QVERIFY(activateWindow(m_studio->window()));
        designer->setFocus();
        QTest::keyClick(designer, Qt::Key_F5);
        SimulatorPanel* simulator = m_studio->simulator();
        QTRY_COMPARE(m_studio->currentWidget(), simulator);
        QLineEdit* entry = simulator->phone()->entry();
        QTRY_VERIFY(entry->hasFocus());
        QCOMPARE(entry->text(), QStringLiteral("*999#"));

        QCOMPARE(m_desk.sandbox->control(QStringLiteral("/_sandbox/vtpass/numbers"),
                                         {{QStringLiteral("phone"), QStringLiteral("08031234567")},
                                          {QStringLiteral("outcome"), QStringLiteral("delivered")}}),
                 200);
        auto answer = [&](const QString& input, const QString& expected) {
            QTest::keyClicks(entry, input);
            QTest::keyClick(entry, Qt::Key_Return);
            QTRY_VERIFY2_WITH_TIMEOUT(simulator->screenText().contains(expected), qPrintable(simulator->screenText()),
                                      10000);
        };
        QTest::keyClick(entry, Qt::Key_Return);
        QTRY_VERIFY2(simulator->screenText().startsWith(QStringLiteral("Buy airtime")),
                     qPrintable(simulator->screenText()));
        QVERIFY(simulator->inSession());
        // The phone lays the screen out in lines of its width.
        for (const QString& line : simulator->phone()->shownText().split(u'\n'))
            QVERIFY(line.size() <= PhoneWidget::Columns);
        QVERIFY(simulator->secondsLeft() > 170 && simulator->secondsLeft() <= 180);
        answer(QStringLiteral("1"), QStringLiteral("Choose the network"));
        answer(QStringLiteral("7"), QStringLiteral("Invalid choice."));
        answer(QStringLiteral("1"), QStringLiteral("Amount"));
        QCOMPARE(simulator->variable(QStringLiteral("vars.network")), QStringLiteral("mtn"));
        answer(QStringLiteral("2"), QStringLiteral("Buy NGN 200.00 MTN airtime for 0803 123 4567?"));
        saveScreenshot(m_studio->window(), QStringLiteral("ussd-simulator"));
        answer(QStringLiteral("1"), QStringLiteral("Done: NGN 200.00 airtime sent to 0803 123 4567."));
        QVERIFY(!simulator->inSession());
        QCOMPARE(simulator->session().outcome, QStringLiteral("completed"));
        QCOMPARE(simulator->apiCallCount(), 1);
        auto* calls = simulator->findChild<QTreeWidget*>(QStringLiteral("apiCalls"));
        QCOMPARE(calls->topLevelItem(0)->text(2), QStringLiteral("success"));
        const QString detail = simulator->findChild<QPlainTextEdit*>(QStringLiteral("apiCallDetail"))->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("airtime.vend")) && detail.contains(QStringLiteral("delivered")),
                 qPrintable(detail));
        QCOMPARE(simulator->variable(QStringLiteral("vars.status")), QStringLiteral("delivered"));

        // Recorded as a script, the session passes when run again, for real, against the sandbox.
        const QByteArray recorded = simulator->recordedScript();
        auto script = FlowScript::parse(recorded);
        QVERIFY2(script.ok(), recorded.constData());
        QCOMPARE(script->sessions.size(), 1);
        QCOMPARE(script->sessions.first().steps.size(), 6);
        QVERIFY(simulator->saveScript(m_desk.dir.filePath(QStringLiteral("recorded.json"))));
        QNetworkAccessManager network;
        AppContext* context = m_desk.app->context();
        EffectRunner effects(network, *context->secrets, context->paystack, context->airtimeProvider);
        ScriptRunner runner(*m_studio->document()->flow(), effects, network);
        std::optional<ScriptReport> report;
        runner.run(*script, [&report](const ScriptReport& r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QVERIFY2(report->passed(), qPrintable(report->text()));

        // A code that is not one, and the End key in the middle of a session.
        QTest::keyClicks(entry, QStringLiteral("999"));
        QTest::keyClick(entry, Qt::Key_Return);
        QTRY_VERIFY(simulator->findChild<QLabel*>(QStringLiteral("simulatorStatus"))
                        ->text()
                        .contains(QStringLiteral("is not a USSD code")));
        QTest::keyClicks(entry, QStringLiteral("*999#"));
        QTest::keyClick(entry, Qt::Key_Return);
        QTRY_VERIFY(simulator->screenText().startsWith(QStringLiteral("Buy airtime")));
        QTest::keyClick(entry, Qt::Key_Escape);
        QTRY_VERIFY(!simulator->inSession());
        QTRY_COMPARE(simulator->session().outcome, QStringLiteral("released"));
    }

    // The sessions view: both simulated sessions with their paths, *999# counted, costed at the desk's price.
    void sessionsViewCountsAndCosts()
    {
        m_studio->setCurrentWidget(m_studio->sessions());
        SessionsView* view = m_studio->sessions();
        auto* cost = view->findChild<QLineEdit*>(QStringLiteral("costPerSession"));
        cost->setFocus();
        cost->selectAll();
        QTest::keyClicks(cost, QStringLiteral("4.5x"));
        QTest::keyClick(cost, Qt::Key_Return);
        QTRY_VERIFY(view->findChild<QLabel*>(QStringLiteral("costError"))->isVisible());
        cost->selectAll();
        QTest::keyClicks(cost, QStringLiteral("4.50"));
        QTest::keyClick(cost, Qt::Key_Return);
        QTRY_COMPARE(m_desk.app->context()->config->ussdCostPerSessionMinor(), 450);
        QTRY_VERIFY_WITH_TIMEOUT(view->sessionRows() >= 2 && view->countsCell(0, 1) == QStringLiteral("2"), 5000);
        QCOMPARE(view->countsCell(0, 0), QStringLiteral("*999#"));
        QCOMPARE(view->countsCell(0, 2), QStringLiteral("1"));
        QCOMPARE(view->countsCell(0, 5), Money::fromMinor(900, Currency::ngn()).format());
        auto* sessions = view->findChild<QTableWidget*>(QStringLiteral("recentSessions"));
        QStringList paths;
        for (int row = 0; row < sessions->rowCount(); ++row)
            paths << sessions->item(row, 4)->text();
        QVERIFY2(paths.contains(QStringLiteral("1*7*1*2*1")), qPrintable(paths.join(u' ')));
        saveScreenshot(m_studio->window(), QStringLiteral("ussd-sessions"));
    }

    // An admin saves the flow to the database (audited, with a revision); the designer opens it from there.
    void adminSavesTheFlow()
    {
        AppContext admin = *m_desk.app->context();
        const auto created = UserRepository(admin.db).create(
            {QStringLiteral("root1"), QStringLiteral("Ada Admin"), Role::Admin, QStringLiteral("s3cret-pass")},
            QStringLiteral("setup"));
        QVERIFY(created.ok());
        admin.user = *created;
        UssdStudioPage page(admin);
        page.show();
        FlowDesigner* designer = page.designer();
        QVERIFY(designer->findChild<QAction*>(QStringLiteral("saveFlow"))->isEnabled());
        QVERIFY(activateWindow(&page));
        designer->setFocus();
        QTest::keyClick(designer, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY2(designer->status().startsWith(QStringLiteral("Saved *999# (revision 1)")),
                     qPrintable(designer->status()));
        QVERIFY(!page.document()->isModified());
        const auto stored = FlowRepository(admin.db).find(QStringLiteral("*999#"));
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->updatedBy, QStringLiteral("root1"));
        QVERIFY(designer->openBytes((*stored)->document, QStringLiteral("*999# from the database")));
        QVERIFY(page.document()->runnable());
    }

    void cleanupTestCase()
    {
        m_desk.app.reset();
        m_desk.sandbox.reset();
    }
};

QTEST_MAIN(TestUssdStudio)
#include "test_ussd_studio.moc"
