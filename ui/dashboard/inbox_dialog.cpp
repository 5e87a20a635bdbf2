#include "dashboard/inbox_dialog.h"

#include "error_label.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>

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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
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
    connect(refresh, &QPushButton::clicked, this, &InboxDialog::reload);
    new QShortcut(QKeySequence(Qt::Key_F5), this, this, &InboxDialog::reload);
    connect(m_replay, &QPushButton::clicked, this, &InboxDialog::replaySelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InboxDialog::updateReplay);
    m_state->setFocus();
    reload();
}

void InboxDialog::reload()
{
    const int generation = ++m_generation;
    if (const qint64 id = selectedId())
        m_keepSelected = id;
    const Database db = m_context.db;
    const QString viewer = m_context.user.username;
    const QString state = m_state->currentData().toString();
    if (m_status->text().isEmpty())
        showStatus(tr("Reading the inbox…"), false);
    m_context.worker->run(
        [db, viewer, state] { return reviewInbox(db, viewer, state, kLimit + 1); }, this,
        [this, generation](const Result<InboxListing, QString>& listing) {
            if (generation != m_generation)
                return;
            if (!listing) {
                showStatus(listing.error(), true);
                return;
            }
            m_listing = *listing;
            const bool more = m_listing.rows.size() > kLimit;
            if (more)
                m_listing.rows.removeLast();
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
                    if (column == 6)
                        item->setToolTip(cells.at(column));
                    m_table->setItem(r, column, item);
                }
                if (row.at(InboxListing::Id).toLongLong() == m_keepSelected)
                    reselect = r;
            }
            // The row chosen before, else the newest: the keyboard's arrows start from a chosen row.
            if (reselect < 0 && m_table->rowCount() > 0)
                reselect = 0;
            if (reselect >= 0)
                m_table->selectRow(reselect);
            else
                m_table->clearSelection();
            updateReplay();
            if (m_keepStatus)
                m_keepStatus = false;
            else if (m_listing.rows.isEmpty())
                showStatus(tr("No deliveries in this state."), false);
            else if (more)
                showStatus(tr("The newest %1 deliveries are shown; paydesk-server inbox lists them all.")
                               .arg(QLocale().toString(kLimit)),
                           false);
            else
                showStatus(tr("Deliveries shown: %1.").arg(QLocale().toString(m_listing.rows.size())), false);
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
                showStatus(tr("Delivery %1 was not replayed: %2").arg(id).arg(outcome.error()), true);
                updateReplay();
                return;
            }
            switch (*outcome) {
            case ReplayOutcome::Queued:
                showStatus(tr("Delivery %1 is queued to be applied again.").arg(id), false);
                emit replayed(id);
                break;
            case ReplayOutcome::NotFound:
                showStatus(tr("Delivery %1 is no longer in the inbox.").arg(id), true);
                break;
            case ReplayOutcome::Rejected:
                showStatus(tr("Delivery %1 was rejected (not a Paystack event): nothing to replay.").arg(id), true);
                break;
            }
            m_keepStatus = true; // the outcome stays in view when the list is read again
            reload();
        });
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
