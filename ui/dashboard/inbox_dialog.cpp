#include "dashboard/inbox_dialog.h"

#include "error_label.h"
#include "payment_change_follower.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTime>

namespace paydesk::dashboard {

namespace {

// What a state means to a supervisor; the stored word stays in the tooltip and in the command line's listing.
QString stateLabel(const QString& state)
{
    if (state == u"received")
        return InboxDialog::tr("Waiting");
    if (state == u"processed")
        return InboxDialog::tr("Applied");
    if (state == u"failed")
        return InboxDialog::tr("Failed");
    if (state == u"rejected")
        return InboxDialog::tr("Rejected");
    return state;
}

QString localTime(const QVariant& iso)
{
    if (iso.isNull())
        return QString();
    const QDateTime at = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : iso.toString();
}

// What the delivery was matched to: a payment attempt, a refund, or nothing (yet).
QString matched(const QVariantList& row)
{
    if (!row.at(InboxListing::AttemptId).isNull())
        return InboxDialog::tr("Attempt %1").arg(row.at(InboxListing::AttemptId).toLongLong());
    if (!row.at(InboxListing::RefundId).isNull())
        return InboxDialog::tr("Refund %1").arg(row.at(InboxListing::RefundId).toLongLong());
    return QString();
}

constexpr int kReasonColumn = 6;

} // namespace

InboxDialog::InboxDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Webhook inbox"));
    setObjectName(QStringLiteral("inboxDialog"));
    resize(1150, 600);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every delivery from Paystack, newest first. A delivery that could not be applied is "
                                "tried again on its own; Replay applies it again now. Rejected deliveries were not "
                                "Paystack events and have nothing to apply."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* filters = new QHBoxLayout;
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("inboxState"));
    m_state->addItem(tr("All"), QString());
    for (const QString& state : InboxListing::states())
        m_state->addItem(stateLabel(state), state);
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* stateLabelWidget = new QLabel(tr("&State:"), this);
    stateLabelWidget->setBuddy(m_state);
    filters->addWidget(stateLabelWidget);
    filters->addWidget(m_state);
    filters->addStretch(1);
    auto* refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(QStringLiteral("inboxRefresh"));
    refresh->setToolTip(tr("Read the inbox again (F5)"));
    filters->addWidget(refresh);
    m_replay = new QPushButton(tr("&Replay"), this);
    m_replay->setObjectName(QStringLiteral("inboxReplay"));
    m_replay->setToolTip(tr("Apply the chosen delivery again now"));
    m_replay->setEnabled(false);
    filters->addWidget(m_replay);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Received"), tr("Event"), tr("State"), tr("Tries"), tr("Matched"),
                                        tr("Reason"), tr("Dedupe key")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->verticalHeader()->hide();
    // Columns are fitted to their contents once per read, not kept fitted (ResizeToContents): in that mode every cell
    // set measures its whole column again, and refilling a shown table of 500 rows did not end within 300 s.
    m_table->horizontalHeader()->setSectionResizeMode(kReasonColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_state, &QComboBox::currentIndexChanged, this, &InboxDialog::reload);
    auto* follower = new PaymentChangeFollower(m_context, this, kLiveMs);
    follower->followInbox();
    connect(follower, &PaymentChangeFollower::due, this, [this] { read(Reason::InPassing); });
    connect(refresh, &QPushButton::clicked, this, &InboxDialog::reload);
    new QShortcut(QKeySequence(Qt::Key_F5), this, this, &InboxDialog::reload);
    connect(m_replay, &QPushButton::clicked, this, &InboxDialog::replaySelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InboxDialog::updateReplay);
    m_state->setFocus();
    reload();
}

void InboxDialog::reload()
{
    read(Reason::Asked);
}

void InboxDialog::read(Reason reason)
{
    // A read in passing leaves the one on the worker to finish; the others replace it.
    if (reason == Reason::InPassing && m_reading)
        return;
    const int generation = ++m_generation;
    m_reading = true;
    const Database db = m_context.db;
    const QString viewer = m_context.user.username;
    const QString state = m_state->currentData().toString();
    if (m_status->text().isEmpty())
        showStatus(tr("Reading the inbox…"), false);
    m_context.worker->run(
        [db, viewer, state] { return reviewInbox(db, viewer, state, kLimit + 1); }, this,
        [this, generation, reason](const Result<InboxListing, QString>& listing) {
            if (generation != m_generation)
                return;
            m_reading = false;
            if (!listing) {
                showStatus(listing.error(), true);
                m_outcomeShown = false;
                return;
            }
            InboxListing fresh = *listing;
            const bool more = fresh.rows.size() > kLimit;
            if (more)
                fresh.rows.removeLast();
            if (reason != Reason::Asked && fresh.rows == m_listing.rows) {
                // Nothing moved: the table, its chosen row and where it is scrolled to stay as they are.
                if (!m_outcomeShown)
                    showCount(more);
                emit loaded();
                return;
            }
            // The row chosen now, not when the read began: the arrows may have moved meanwhile.
            if (const qint64 id = selectedId())
                m_keepSelected = id;
            m_listing = std::move(fresh);
            const QSignalBlocker quiet(m_table);
            m_table->setRowCount(int(m_listing.rows.size()));
            int reselect = -1;
            for (int r = 0; r < m_listing.rows.size(); ++r) {
                const QVariantList& row = m_listing.rows.at(r);
                const QString rowState = row.at(InboxListing::State).toString();
                const QStringList cells{
                    row.at(InboxListing::Id).toString(),       localTime(row.at(InboxListing::ReceivedAt)),
                    row.at(InboxListing::Event).toString(),    stateLabel(rowState),
                    row.at(InboxListing::Attempts).toString(), matched(row),
                    row.at(InboxListing::Reason).toString(),   row.at(InboxListing::DedupeKey).toString()};
                // Failed and rejected deliveries in red; one waiting with a reason is being retried: amber.
                const bool bad = rowState == u"failed" || rowState == u"rejected";
                const bool retrying = rowState == u"received" && !row.at(InboxListing::Reason).toString().isEmpty();
                for (int column = 0; column < cells.size(); ++column) {
                    auto* item = new QTableWidgetItem(cells.at(column));
                    if (bad)
                        item->setForeground(QColor(0xb0, 0x00, 0x20));
                    else if (retrying)
                        item->setForeground(QColor(0x8a, 0x5a, 0x00));
                    if (column == 3)
                        item->setToolTip(rowState);
                    if (column == kReasonColumn)
                        item->setToolTip(cells.at(column));
                    m_table->setItem(r, column, item);
                }
                if (row.at(InboxListing::Id).toLongLong() == m_keepSelected)
                    reselect = r;
            }
            for (int column = 0; column < m_table->columnCount(); ++column) {
                if (column != kReasonColumn) // stretched to the width left
                    m_table->resizeColumnToContents(column);
            }
            // The row chosen before, else the newest: the keyboard's arrows start from a chosen row.
            if (reselect < 0 && m_table->rowCount() > 0)
                reselect = 0;
            if (reselect >= 0)
                m_table->selectRow(reselect);
            else
                m_table->clearSelection();
            updateReplay();
            if (reason == Reason::Asked)
                m_outcomeShown = false;
            if (!m_outcomeShown)
                showCount(more);
            emit loaded();
        });
}

const QVariantList* InboxDialog::selectedRow() const
{
    // The table shows m_listing's rows in order: the chosen line's row is read there, not back from the cells.
    const QList<QTableWidgetItem*> chosen = m_table->selectedItems();
    const int row = chosen.isEmpty() ? -1 : chosen.first()->row();
    return row >= 0 && row < m_listing.rows.size() ? &m_listing.rows.at(row) : nullptr;
}

qint64 InboxDialog::selectedId() const
{
    const QVariantList* row = selectedRow();
    return row ? row->at(InboxListing::Id).toLongLong() : 0;
}

QString InboxDialog::selectedState() const
{
    const QVariantList* row = selectedRow();
    return row ? row->at(InboxListing::State).toString() : QString();
}

void InboxDialog::updateReplay()
{
    const QString state = selectedState();
    m_replay->setEnabled(!state.isEmpty() && state != u"rejected");
}

void InboxDialog::replaySelected()
{
    const qint64 id = selectedId();
    if (id == 0 || selectedState() == u"rejected")
        return;
    m_replay->setEnabled(false);
    const Database db = m_context.db;
    const QString viewer = m_context.user.username;
    m_context.worker->run(
        [db, viewer, id] { return replayInboxRowAs(db, viewer, id); }, this,
        [this, id](const Result<ReplayOutcome, QString>& outcome) {
            if (!outcome) {
                showOutcome(tr("Delivery %1 was not replayed: %2").arg(id).arg(outcome.error()), true);
                updateReplay();
                return;
            }
            switch (*outcome) {
            case ReplayOutcome::Queued:
                showOutcome(tr("Delivery %1 is queued to be applied again.").arg(id), false);
                emit replayed(id);
                break;
            case ReplayOutcome::NotFound:
                showOutcome(tr("Delivery %1 is no longer in the inbox.").arg(id), true);
                break;
            case ReplayOutcome::Rejected:
                showOutcome(tr("Delivery %1 was rejected (not a Paystack event): nothing to replay.").arg(id), true);
                break;
            }
            read(Reason::Replayed); // the row's new state, with the outcome still in view
        });
}

void InboxDialog::showCount(bool more)
{
    const QString readAt = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    if (m_listing.rows.isEmpty())
        showStatus(tr("No deliveries in this state (read at %1, following the inbox).").arg(readAt), false);
    else if (more)
        showStatus(tr("The newest %1 deliveries are shown (read at %2, following the inbox); paydesk-server inbox "
                      "lists them all.")
                       .arg(QLocale().toString(kLimit), readAt),
                   false);
    else
        showStatus(tr("Deliveries shown: %1 (read at %2, following the inbox).")
                       .arg(QLocale().toString(m_listing.rows.size()), readAt),
                   false);
}

void InboxDialog::showOutcome(const QString& text, bool error)
{
    showStatus(text, error);
    m_outcomeShown = true;
}

void InboxDialog::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? errorStyleSheet() : QString());
    m_status->setText(text);
}

QString InboxDialog::statusText() const
{
    return m_status->text();
}

} // namespace paydesk::dashboard
