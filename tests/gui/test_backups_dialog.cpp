// Desk → Backups by keyboard, in a real window: an administrator chooses the folder, creates the backup key and
// writes its recovery code down, backs up now, sees the status bar say so; later restores that backup, which goes
// in place at the next start with the database that was there kept aside.
#include "app_context.h"
#include "app_controller.h"
#include "backup/backup_folder.h"
#include "backup/backup_scheduler.h"
#include "backup/recovery_code.h"
#include "backups_dialog.h"
#include "config/sample_data.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "recovery_code_dialog.h"
#include "security/user_repository.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QCheckBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

const QString kAdmin = QStringLiteral("ada.admin");
const QString kAdminPassword = QStringLiteral("correct horse battery");

qint64 count(const QString& databasePath, const QString& statement)
{
    DatabaseUrl url;
    url.path = databasePath;
    auto db = Database::open(url);
    if (!db)
        return -1;
    auto query = sql::exec(*db, statement);
    const qint64 value = query && query->next() ? query->value(0).toLongLong() : -1;
    if (query)
        query->finish();
    db->releaseThreadConnection();
    return value;
}

void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

} // namespace

class TestBackupsDialog : public QObject
{
    Q_OBJECT

    TrainingDesk m_desk;
    QTemporaryDir m_drive;

  private slots:
    void initTestCase()
    {
        const QString started = m_desk.start(
            kAdmin,
            [](const StartupOptions& options) {
                auto db = openMigrated(*DatabaseUrl::parse(options.databaseUrl), {});
                if (!db)
                    return db.error().message;
                auto admin = UserRepository(*db).create(
                    {kAdmin, QStringLiteral("Ada Admin"), Role::Admin, kAdminPassword}, QStringLiteral("test"));
                db->releaseThreadConnection();
                return admin ? QString() : admin.error().message;
            },
            kAdminPassword);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_drive.isValid());
    }

    void unprotectedDeskSaysSoInTheStatusBar()
    {
        auto* label = m_desk.window()->findChild<QLabel*>(QStringLiteral("backupStatus"));
        QVERIFY(label);
        QTRY_COMPARE(label->text(), QStringLiteral("Backups: not set up"));
        QVERIFY(label->property("warning").toBool());
        // The whole window, status bar included, still fits a 1366x768 desk screen with it (the pages scroll).
        const QSize needed = m_desk.window()->minimumSizeHint();
        QVERIFY2(needed.width() <= 1366 && needed.height() <= 768,
                 qPrintable(QStringLiteral("%1x%2").arg(needed.width()).arg(needed.height())));
    }

    void setUpAndBackUpByKeyboard()
    {
        MainWindow* window = m_desk.window();
        QVERIFY(activateWindow(window));
        QTest::keyClick(window, Qt::Key_B, Qt::ControlModifier); // Desk → Backups…
        BackupsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<BackupsDialog>()) != nullptr);
        QVERIFY(activateWindow(dialog));
        auto* folder = dialog->findChild<QLineEdit*>(QStringLiteral("backupFolder"));
        auto* createKey = dialog->findChild<QPushButton*>(QStringLiteral("createBackupKey"));
        QTRY_VERIFY(createKey->isVisible()); // no key in the keychain yet
        typeInto(folder, m_drive.path());
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier); // Save
        QTRY_COMPARE(m_desk.app->context()->config->backupFolder(), m_drive.path());
        // No key yet: one is made at once, and its recovery code shown.
        RecoveryCodeDialog* shown = nullptr;
        QTRY_VERIFY((shown = visibleWindow<RecoveryCodeDialog>()) != nullptr);
        const QString code = shown->findChild<QLabel*>(QStringLiteral("recoveryCode"))->text();
        QVERIFY2(recovery_code::parse(code), qPrintable(code));
        saveScreenshot(shown, QStringLiteral("backup-recovery-code"));
        QVERIFY(activateWindow(shown));
        QTest::keyClick(shown, Qt::Key_Escape); // not before it is written down
        QVERIFY(shown->isVisible());
        auto* written = shown->findChild<QCheckBox*>(QStringLiteral("writtenDown"));
        QTest::keyClick(shown, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(written->isChecked());
        QTest::keyClick(written, Qt::Key_Return);
        QTRY_VERIFY(!shown->isVisible());
        QTRY_VERIFY(!createKey->isVisible());
        // The first backup follows by itself: the desk has never had one.
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Backup written and checked")),
                                  qPrintable(dialog->statusText()), 20000);
        QTRY_COMPARE(dialog->listedBackups(), 1);

        const QString first = dialog->statusText();
        QVERIFY(activateWindow(dialog));
        QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier); // Back up now: a second one, the same day
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->statusText() != first &&
                                      dialog->statusText().startsWith(QStringLiteral("Backup written and checked")),
                                  qPrintable(dialog->statusText()), 20000);
        QTRY_VERIFY2(dialog->listedBackups() == 1, // the day keeps its newest
                     qPrintable(QDir(m_drive.path()).entryList(QDir::Files).join(u' ')));
        saveScreenshot(dialog, QStringLiteral("backups-dialog"));
        auto* label = window->findChild<QLabel*>(QStringLiteral("backupStatus"));
        QTRY_VERIFY2(label->text().startsWith(QStringLiteral("Last backup:")), qPrintable(label->text()));
        window->resize(1366, 740);
        saveScreenshot(window, QStringLiteral("main-window-backup-status"));
        QVERIFY(!label->property("warning").toBool());
        QCOMPARE(QDir(m_drive.path()).entryList({QStringLiteral("*.pdbk")}, QDir::Files).size(), 1);
        QVERIFY(m_desk.app->context()->config->lastGoodBackup().isValid());
    }

    // A payment after the backup, then the backup restored: the restore is staged, the desk closes, and at the
    // next start the backup is in place (without that payment), the database that was there kept aside with it.
    void restoreByKeyboardGoesInPlaceAtTheNextStart()
    {
        AppContext& context = *m_desk.app->context();
        QVERIFY(payConsultationInCash(context));
        const QString databasePath = context.db.url().path;
        // A dialog of the test's own: the desk's would close Paydesk once the restore is staged (AppController).
        visibleWindow<BackupsDialog>()->close();
        auto* dialog = new BackupsDialog(context, m_desk.window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(activateWindow(dialog));
        QSignalSpy staged(dialog, &BackupsDialog::restoreStaged);
        auto* list = dialog->findChild<QTableWidget*>(QStringLiteral("backupList"));
        QTRY_COMPARE(list->currentRow(), 0);
        QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier); // Restore…
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = dialog->findChild<QMessageBox*>(QStringLiteral("confirmRestore"))) !=
                                         nullptr &&
                                     confirm->isVisible(),
                                 10000);
        QVERIFY(confirm->text().contains(QStringLiteral("0 payments")));
        saveScreenshot(confirm, QStringLiteral("backup-restore-confirm"));
        QVERIFY(activateWindow(confirm));
        QTest::keyClick(confirm, Qt::Key_R, Qt::AltModifier); // Restore
        QVERIFY(staged.wait(10000) || staged.count() == 1);
        QVERIFY(QFile::exists(databasePath + QStringLiteral(".restore-pending")));
        const qint64 paymentsNow = count(databasePath, QStringLiteral("SELECT COUNT(*) FROM payments"));
        QCOMPARE(paymentsNow, qint64(1));
        QCOMPARE(count(databasePath,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup.restore_staged'")),
                 qint64(1));

        // What AppController does at the next start, before it opens the database.
        auto restored = BackupFolder::restoreStaged(databasePath);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error()));
        QVERIFY(restored->has_value());
        QCOMPARE(count(databasePath, QStringLiteral("SELECT COUNT(*) FROM payments")), qint64(0));
        QCOMPARE(
            count(databasePath,
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup.restored' AND actor = '%1'")
                      .arg(kAdmin)),
            qint64(1));
        QCOMPARE(count((*restored)->keptAside, QStringLiteral("SELECT COUNT(*) FROM payments")), qint64(1));
        QVERIFY(!QFile::exists(databasePath + QStringLiteral(".restore-pending")));
    }
};

QTEST_MAIN(TestBackupsDialog)
#include "test_backups_dialog.moc"
