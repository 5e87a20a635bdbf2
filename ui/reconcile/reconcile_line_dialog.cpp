#include "reconcile/reconcile_line_dialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace paydesk::reconcile {

ReconcileLineDialog::ReconcileLineDialog(AppContext& context, const ReconcileLine& line, QWidget* parent)
    : QDialog(parent), m_context(context), m_line(line)
{
    setObjectName(QStringLiteral("reconcileLineDialog"));
    setWindowTitle(tr("Reconciliation line %1").arg(line.reference));
    resize(760, 620);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("lineHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setText(tr("<h3>%1: %2</h3><p>%3</p>")
                           .arg(reconcileSourceTitle(line.source).toHtmlEscaped(),
                                reconcileKindTitle(line.kind).toHtmlEscaped(),
                                line.detail.isEmpty() ? tr("Both sides agree.") : line.detail.toHtmlEscaped()));
    layout->addWidget(m_heading);

    auto* ours = new QGroupBox(tr("Our record"), this);
    m_ours = new QFormLayout(ours);
    m_nothingOurs = new QLabel(tr("Loading…"), ours);
    m_ours->addRow(m_nothingOurs);
    layout->addWidget(ours);

    auto* events = new QGroupBox(tr("Webhook deliveries about it"), this);
    auto* eventsLayout = new QVBoxLayout(events);
    m_events = new QTableWidget(0, 4, events);
    m_events->setObjectName(QStringLiteral("lineEvents"));
    m_events->setHorizontalHeaderLabels({tr("Event"), tr("Inbox state"), tr("Arrived"), tr("Reason")});
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setMaximumHeight(110);
    eventsLayout->addWidget(m_events);
    events->setVisible(line.source != ReconcileLine::Source::Airtime);
    layout->addWidget(events);

    auto* theirs = new QGroupBox(
        line.source == ReconcileLine::Source::Airtime ? tr("The provider's answer") : tr("Paystack's record"), this);
    auto* theirsLayout = new QVBoxLayout(theirs);
    m_theirs = new QPlainTextEdit(theirs);
    m_theirs->setObjectName(QStringLiteral("theirRecord"));
    m_theirs->setReadOnly(true);
    m_theirs->setPlainText(line.theirRecord.isEmpty()
                               ? tr("They have no record of it.")
                               : QString::fromUtf8(QJsonDocument(line.theirRecord).toJson(QJsonDocument::Indented)));
    theirsLayout->addWidget(m_theirs);
    layout->addWidget(theirs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_invoice = buttons->addButton(tr("Open &invoice %1").arg(line.invoiceNumber), QDialogButtonBox::ActionRole);
    m_invoice->setObjectName(QStringLiteral("openInvoice"));
    m_invoice->setVisible(line.invoiceId != 0);
    m_invoice->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_invoice, &QPushButton::clicked, this, [this] {
        emit invoiceRequested(m_line.invoiceId);
        accept();
    });
    layout->addWidget(buttons);

    m_context.worker->run(
        [db = m_context.db, viewer = m_context.user.username, line] { return reconcileLineDetails(db, viewer, line); },
        this,
        [this](const Result<ReconcileLineDetails, QString>& details) {
            if (!details) {
                m_nothingOurs->setText(details.error());
                return;
            }
            display(*details);
        });
}

void ReconcileLineDialog::display(const ReconcileLineDetails& details)
{
    m_details = details;
    if (details.ours.isEmpty()) {
        m_nothingOurs->setText(tr("We have no record of it."));
    } else {
        m_ours->removeRow(0);
        for (const auto& [label, value] : details.ours) {
            auto* text = new QLabel(value.toHtmlEscaped(), this);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_ours->addRow(label + u':', text);
        }
    }
    m_events->setRowCount(int(details.events.size()));
    for (int row = 0; row < details.events.size(); ++row) {
        const ReconcileLineDetails::Event& e = details.events.at(row);
        m_events->setItem(row, 0, new QTableWidgetItem(e.event));
        m_events->setItem(row, 1, new QTableWidgetItem(e.state));
        m_events->setItem(row, 2,
                          new QTableWidgetItem(QLocale().toString(e.receivedAt.toLocalTime(), QLocale::ShortFormat)));
        m_events->setItem(row, 3, new QTableWidgetItem(e.reason));
    }
    if (details.events.isEmpty() && m_line.source != ReconcileLine::Source::Airtime) {
        m_events->setRowCount(1);
        m_events->setItem(0, 0, new QTableWidgetItem(tr("No webhook arrived about it.")));
        m_events->setSpan(0, 0, 1, m_events->columnCount());
    }
    m_loaded = true;
}

} // namespace paydesk::reconcile
