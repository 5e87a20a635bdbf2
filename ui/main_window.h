#pragma once

#include "app_context.h"
#include "sections.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace paydesk {

class TrainingBanner;

// The desk's one window: a sidebar of the sections the user's role may see, the section pages, the TRAINING
// banner when no real money moves, and a status bar with the database, the server and the Paystack mode.
class MainWindow : public QMainWindow
{
    Q_OBJECT
  public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);

    QList<Section> visibleSections() const { return m_sections; }
    Section currentSection() const;
    void showSection(Section section);
    // The billing page with this invoice open (from a reconciliation line); Esc goes back to the patient search.
    void openInvoice(qint64 invoiceId);
    void setPaystackMode(PaystackMode mode, const QString& problem = QString());
    // How payments are confirmed: webhooks and polling, or polling only and why (status bar).
    void setConfirmationStatus(const QString& text);
    // The age of the last good backup, in the warning colour when the desk is unprotected (status bar).
    void updateBackupStatus();
    bool isTrainingBannerShown() const;
    QString statusText() const;

  signals:
    void settingsRequested();
    void backupsRequested();
    void logoutRequested();

  private:
    QWidget* buildPage(const SectionInfo& info);
    QWidget* scrollable(QWidget* page);
    QWidget* pageAt(int index) const;

    AppContext& m_context;
    QList<Section> m_sections;
    TrainingBanner* m_banner = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_databaseStatus = nullptr;
    QLabel* m_serverStatus = nullptr;
    QLabel* m_paystackStatus = nullptr;
    QLabel* m_userStatus = nullptr;
    QLabel* m_backupStatus = nullptr;
};

} // namespace paydesk
