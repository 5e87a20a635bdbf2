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
//
// The list follows the inbox while it is open: it is read again when a payment moves (on this desk, or on any desk
// of the shared database). On the shared PostgreSQL the inbox announces its own changes too (NOTIFY "inbox"), which
// brings deliveries that move no payment (unknown references, rejected bodies, failed steps) within a second; a
// standalone desk reads every kLiveMs for those. The chosen row and a replay's outcome stay.
class InboxDialog : public QDialog
{
    Q_OBJECT
  public:
    static constexpr int kLimit = 500; // the newest rows shown; the command line and the admin route list them all
    static constexpr int kLiveMs = 5000;

    explicit InboxDialog(AppContext& context, QWidget* parent = nullptr);

    const InboxListing& listing() const { return m_listing; }
    QString statusText() const;
    void reload();

  signals:
    void loaded();
    void replayed(qint64 id);

  private:
    // Why the inbox is read: the supervisor asked (the status line then shows the count again), a replay was made
    // (its outcome stays in view), or in passing, to follow the inbox (skipped while a read is under way).
    enum class Reason { Asked, Replayed, InPassing };
    void read(Reason reason);
    const QVariantList* selectedRow() const; // in m_listing; null when none is chosen
    qint64 selectedId() const;
    QString selectedState() const;
    void updateReplay();
    void replaySelected();
    void showStatus(const QString& text, bool error);
    void showCount(bool more);                         // how many deliveries are shown, and when they were read
    void showOutcome(const QString& text, bool error); // a replay's outcome: stays until the supervisor acts again

    AppContext& m_context;
    QComboBox* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_replay = nullptr;
    InboxListing m_listing;
    int m_generation = 0;
    bool m_reading = false;      // a read is on the worker: a live one does not queue another behind it
    qint64 m_keepSelected = 0;   // the row to select again after a reload
    bool m_outcomeShown = false; // the status line holds a replay's outcome, which reads in passing leave alone
};

} // namespace paydesk::dashboard
