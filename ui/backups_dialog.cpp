#include "backups_dialog.h"

#include "backup/backup_cipher.h"
#include "backup/recovery_code.h"
#include "error_label.h"
#include "recovery_code_dialog.h"
#include "security/audit_log.h"
#include "security/role.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk {

BackupsDialog::BackupsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_worker(std::make_unique<DatabaseWorker>())
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Paydesk copies this desk's database, encrypted, into the folder below while it runs "
                                "and at every shift close, checks each copy, and keeps the last 7 days, 4 weeks and "
                                "12 months. Choose a folder on another disk: a USB drive, a second disk or a share."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_folder = new QLineEdit(context.config->backupFolder(), this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(tr("/media/usb/paydesk-backups"));
    auto* browse = new QPushButton(tr("Br&owse…"), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* folderLabel = new QLabel(tr("Backup &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("backupInterval"));
    m_interval->setRange(0, 24 * 7);
    m_interval->setSuffix(tr(" h"));
    m_interval->setSpecialValueText(tr("only at shift close"));
    m_interval->setValue(context.config->backupIntervalHours());
    form->addRow(tr("Back up &every:"), m_interval);
    m_keyState = new QLabel(tr("Looking in the keychain…"), this);
    m_keyState->setObjectName(QStringLiteral("backupKeyState"));
    m_createKey = new QPushButton(tr("&Create the backup key…"), this);
    m_createKey->setObjectName(QStringLiteral("createBackupKey"));
    m_createKey->setAutoDefault(false);
    m_createKey->hide();
    connect(m_createKey, &QPushButton::clicked, this, &BackupsDialog::createKey);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyState, 1);
    keyRow->addWidget(m_createKey);
    form->addRow(tr("Backup key:"), keyRow);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveBackupSettings"));
    saveButton->setAutoDefault(false);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    m_backUpNow = new QPushButton(tr("Back up &now"), this);
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_backUpNow->setAutoDefault(false);
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    m_restore = new QPushButton(tr("&Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setAutoDefault(false);
    m_restore->setEnabled(hasAtLeast(context.user.role, Role::Admin));
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    actions->addWidget(saveButton);
    actions->addWidget(m_backUpNow);
    actions->addStretch(1);
    actions->addWidget(m_restore);
    layout->addLayout(actions);

    m_list = new QTableWidget(0, 3, this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHorizontalHeaderLabels({tr("Made"), tr("Size"), tr("Check")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setTabKeyNavigation(false);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatusLine"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (context.backups) {
        connect(context.backups, &BackupScheduler::finished, this, [this](bool made, const QString& message) {
            m_backUpNow->setEnabled(true);
            say(made ? tr("Backup written and checked: %1").arg(message) : message, !made);
            refreshList();
        });
    }
    resize(720, 520);
    checkKey();
    refreshList();
}

BackupsDialog::~BackupsDialog() = default;

QString BackupsDialog::statusText() const
{
    return m_status->text();
}

int BackupsDialog::listedBackups() const
{
    return m_list->rowCount();
}

void BackupsDialog::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? errorStyleSheet() : QString());
}

void BackupsDialog::checkKey()
{
    m_context.secrets->read(SecretKey::BackupKey, this, [this](const SecretReadResult& key) {
        m_hasKey = key.ok();
        if (key)
            m_keyState->setText(tr("in the keychain (%1)").arg(m_context.secrets->backendName()));
        else if (key.error().kind == SecretFailure::Kind::NotFound)
            m_keyState->setText(tr("not created yet: backups cannot be made without it"));
        else
            m_keyState->setText(key.error().message);
        m_createKey->setVisible(!key && key.error().kind == SecretFailure::Kind::NotFound);
    });
}

void BackupsDialog::createKey()
{
    const Secret key = recovery_code::newKey();
    const QString code = recovery_code::format(key);
    m_context.secrets->write(
        SecretKey::BackupKey, Secret::fromUtf8(code), this, [this, code](const SecretWriteResult& written) {
            if (!written) {
                say(tr("The backup key could not be stored: %1").arg(written.error().message), true);
                return;
            }
            m_hasKey = true;
            auto* shown = new RecoveryCodeDialog(code, this);
            shown->setAttribute(Qt::WA_DeleteOnClose);
            // The first backup once the code is written down, when the folder is set already.
            connect(shown, &QDialog::accepted, this, [this] {
                if (m_context.backups && !m_context.config->backupFolder().isEmpty())
                    m_context.backups->setOptions(
                        {m_context.config->backupFolder(), m_context.config->backupIntervalHours(), QDateTime()});
            });
            shown->open();
            const QString actor = m_context.user.username;
            m_worker->run(
                [db = m_context.db, actor] {
                    return AuditLog(db).append(actor, QStringLiteral("backup.key_created"),
                                               QStringLiteral("backup/key"));
                },
                this, [](const Result<AuditEntry, DbError>&) {});
            checkKey();
        });
}

void BackupsDialog::save(const std::function<void()>& then)
{
    const QString folder = m_folder->text().trimmed();
    // Looked at on the dialog's thread: a share that does not answer must not freeze the window.
    m_worker->run([folder] { return folder.isEmpty() || QFileInfo(folder).isDir(); }, this,
                  [this, folder, then](bool exists) {
                      if (!exists) {
                          say(tr("The folder %1 does not exist (is the drive plugged in?).").arg(folder), true);
                          return;
                      }
                      apply(folder);
                      if (then)
                          then();
                  });
}

void BackupsDialog::apply(const QString& folder)
{
    m_context.config->setBackupFolder(folder);
    m_context.config->setBackupIntervalHours(m_interval->value());
    m_context.config->sync();
    say(folder.isEmpty() ? tr("Saved: no backups until a folder is chosen.") : tr("Saved."));
    refreshList();
    // Encrypted from the first backup on: a desk given a folder and no key gets one now, its code shown once.
    if (!folder.isEmpty() && !m_hasKey) {
        createKey();
        return;
    }
    if (m_context.backups)
        m_context.backups->setOptions({folder, m_interval->value(), QDateTime()});
}

void BackupsDialog::backUpNow()
{
    if (!m_context.backups)
        return;
    if (m_context.config->backupFolder() != m_folder->text().trimmed()) {
        save([this] { backUpNow(); });
        return;
    }
    m_backUpNow->setEnabled(false);
    say(tr("Backing up…"));
    m_context.backups->backUpNow(QStringLiteral("asked"));
}

void BackupsDialog::refreshList()
{
    const QString folder = m_context.config->backupFolder();
    if (folder.isEmpty()) {
        m_entries.clear();
        m_list->setRowCount(0);
        return;
    }
    m_worker->run(
        [folder] { return BackupFolder(folder, Secret()).list(); }, this,
        [this](const Result<QList<BackupFolder::Entry>, QString>& entries) {
            m_entries = entries.valueOr({});
            m_list->setRowCount(int(m_entries.size()));
            const QLocale locale;
            for (int row = 0; row < m_entries.size(); ++row) {
                const BackupFolder::Entry& entry = m_entries.at(row);
                m_list->setItem(
                    row, 0, new QTableWidgetItem(locale.toString(entry.madeAt.toLocalTime(), QLocale::ShortFormat)));
                m_list->setItem(row, 1, new QTableWidgetItem(locale.formattedDataSize(entry.bytes)));
                m_list->setItem(
                    row, 2, new QTableWidgetItem(entry.failedCheck ? tr("FAILED its check: not used") : tr("checked")));
            }
            if (!entries)
                say(entries.error(), true);
            if (!m_entries.isEmpty() && m_list->currentRow() < 0)
                m_list->selectRow(0);
        });
}

void BackupsDialog::restoreSelected()
{
    if (!hasAtLeast(m_context.user.role, Role::Admin))
        return;
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        say(tr("Choose the backup to restore in the list first."), true);
        return;
    }
    const QString file = m_entries.at(row).path;
    m_context.secrets->read(SecretKey::BackupKey, this, [this, file](const SecretReadResult& stored) {
        const Secret key =
            stored ? recovery_code::parse(QString::fromUtf8(stored->reveal())).valueOr(Secret()) : Secret();
        m_worker->run(
            [file, key] {
                return !key.isEmpty() && backup_cipher::fingerprintOf(file) == backup_cipher::keyFingerprint(key);
            },
            this,
            [this, file, key](bool madeHere) {
                if (madeHere) {
                    restoreWith(file, key);
                    return;
                }
                // Another PC's backup (this desk was set up anew after a dead disk): its recovery code opens it.
                auto* ask = new QInputDialog(this);
                ask->setObjectName(QStringLiteral("askRecoveryCode"));
                ask->setAttribute(Qt::WA_DeleteOnClose);
                ask->setWindowTitle(tr("Recovery code"));
                ask->setLabelText(tr("This backup was made with another key. Type the recovery code written down "
                                     "when it was created:"));
                connect(ask, &QInputDialog::textValueSelected, this, [this, file](const QString& code) {
                    auto typed = recovery_code::parse(code);
                    if (!typed) {
                        say(typed.error(), true);
                        return;
                    }
                    restoreWith(file, *typed);
                });
                ask->open();
            });
    });
}

void BackupsDialog::restoreWith(const QString& file, const Secret& key)
{
    say(tr("Checking the backup…"));
    const QString database = m_context.db.url().path;
    m_worker->run([file, key] { return BackupFolder(QString(), key).verify(file); }, this,
                  [this, file, key, database](const Result<BackupContents, QString>& contents) {
                      if (!contents) {
                          say(contents.error(), true);
                          return;
                      }
                      if (const QString problem = contents->problem(); !problem.isEmpty()) {
                          say(problem, true);
                          return;
                      }
                      auto* confirm = new QMessageBox(
                          QMessageBox::Question, tr("Restore this backup?"),
                          tr("%1\n\n%2\n\nThe database in use now is kept aside, not deleted. Paydesk then closes; "
                             "when it starts again it uses the backup.")
                              .arg(QFileInfo(file).fileName(), contents->summary()),
                          QMessageBox::Cancel, this);
                      confirm->setObjectName(QStringLiteral("confirmRestore"));
                      confirm->setAttribute(Qt::WA_DeleteOnClose);
                      QPushButton* restore = confirm->addButton(tr("&Restore"), QMessageBox::AcceptRole);
                      restore->setObjectName(QStringLiteral("confirmRestoreButton"));
                      confirm->setDefaultButton(QMessageBox::Cancel);
                      connect(confirm, &QMessageBox::buttonClicked, this,
                              [this, restore, file, key, database](QAbstractButton* clicked) {
                                  if (clicked != restore) {
                                      say(tr("Not restored."));
                                      return;
                                  }
                                  stageRestore(file, key, database);
                              });
                      confirm->open();
                  });
}

void BackupsDialog::stageRestore(const QString& file, const Secret& key, const QString& database)
{
    say(tr("Preparing the restore…"));
    const QString actor = m_context.user.username;
    m_worker->run(
        [db = m_context.db, file, key, database, actor]() -> Result<BackupContents, QString> {
            // In the database in use now (it is kept aside): who restored what over it.
            if (auto audited =
                    AuditLog(db).append(actor, QStringLiteral("backup.restore_staged"), QFileInfo(file).fileName());
                !audited)
                return audited.error().message;
            return BackupFolder(QString(), key).stage(file, database, actor);
        },
        this,
        [this](const Result<BackupContents, QString>& staged) {
            if (!staged) {
                say(staged.error(), true);
                return;
            }
            say(tr("The backup is checked and ready: it goes in place when Paydesk next starts."));
            emit restoreStaged();
        });
}

} // namespace paydesk
