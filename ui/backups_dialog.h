#pragma once

#include "app_context.h"
#include "backup/backup_folder.h"
#include "storage/database_worker.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace paydesk {

// Desk → Backups… (administrators, Ctrl+B): where backups go and how often, the backup key (created here, its
// recovery code shown once), the backups in the folder, "Back up now" and "Restore…". A restore is checked here
// and staged beside the database; it goes in place when Paydesk next starts (restoreStaged()). File and database
// work runs on a thread of the dialog's own.
class BackupsDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit BackupsDialog(AppContext& context, QWidget* parent = nullptr);
    ~BackupsDialog() override;

    QString statusText() const;
    int listedBackups() const;

  signals:
    // A restore is checked and staged: the desk must close so that it goes in place at the next start.
    void restoreStaged();

  private:
    // Saves the folder and interval once the folder is found, then runs `then`.
    void save(const std::function<void()>& then = {});
    void apply(const QString& folder);
    void refreshList();
    void checkKey();
    void createKey();
    void backUpNow();
    void restoreSelected();
    void restoreWith(const QString& file, const Secret& key);
    void stageRestore(const QString& file, const Secret& key, const QString& database);
    void say(const QString& text, bool problem = false);

    AppContext& m_context;
    std::unique_ptr<DatabaseWorker> m_worker;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_interval = nullptr;
    QLabel* m_keyState = nullptr;
    QPushButton* m_createKey = nullptr;
    QPushButton* m_backUpNow = nullptr;
    QPushButton* m_restore = nullptr;
    QTableWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QList<BackupFolder::Entry> m_entries;
    bool m_hasKey = false;
};

} // namespace paydesk
