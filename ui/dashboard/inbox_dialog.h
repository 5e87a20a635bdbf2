#pragma once

#include "app_context.h"
#include "payments/inbox_listing.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace paydesk::dashboard {

// The webhook inbox for supervisors: every delivery from Paystack, newest first, narrowed by state, with what it
// matched and why it failed; a delivery that was not applied can be applied again now (Replay) instead of at its
// next retry. Read and replayed on the worker through reviewInbox / replayInboxRowAs, which check the role again
// and put the replay in the audit log under the supervisor's name.
class InboxDialog : public QDialog
{
    Q_OBJECT
  public:
    static constexpr int kLimit = 500; // the newest rows shown; the command line and the admin route list them all

    explicit InboxDialog(AppContext& context, QWidget* parent = nullptr);

    const InboxListing& listing() const { return m_listing; }
    QString statusText() const;
    void reload();

  signals:
    void loaded();
    void replayed(qint64 id);

  private:
    const QVariantList* selectedRow() const; // in m_listing; null when none is chosen
    qint64 selectedId() const;
    QString selectedState() const;
    void updateReplay();
    void replaySelected();
    void showStatus(const QString& text, bool error);

    AppContext& m_context;
    QComboBox* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_replay = nullptr;
    InboxListing m_listing;
    int m_generation = 0;
    qint64 m_keepSelected = 0; // the row to select again after a reload
    bool m_keepStatus = false; // the next reload leaves the status line (a replay's outcome) as it is
};

} // namespace paydesk::dashboard
