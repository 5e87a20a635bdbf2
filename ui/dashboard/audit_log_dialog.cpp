#include "dashboard/audit_log_dialog.h"

#include "error_label.h"
#include "report_pdf.h"
#include "stats/period.h"
#include "util/csv_text.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace paydesk::dashboard {

namespace {

const QList<stats::PeriodPreset> kPresets{stats::PeriodPreset::Today, stats::PeriodPreset::Yesterday,
                                          stats::PeriodPreset::ThisWeek, stats::PeriodPreset::ThisMonth};

} // namespace

AuditLogDialog::AuditLogDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Audit log"));
    setObjectName(QStringLiteral("auditLogDialog"));
    resize(1100, 640);
    auto* layout = new QVBoxLayout(this);
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("auditVerification"));
    m_verification->setWordWrap(true);
    layout->addWidget(m_verification);

    auto* filters = new QHBoxLayout;
    m_period = new QComboBox(this);
    for (stats::PeriodPreset preset : kPresets)
        m_period->addItem(stats::periodPresetLabel(preset));
    m_period->addItem(tr("Everything"));
    m_period->setCurrentIndex(int(kPresets.indexOf(stats::PeriodPreset::ThisWeek)));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->addItem(tr("All actions"), QString());
    auto* actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setPlaceholderText(tr("anyone"));
    m_actor->setClearButtonEnabled(true);
    auto* actorLabel = new QLabel(tr("B&y:"), this);
    actorLabel->setBuddy(m_actor);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(actorLabel);
    filters->addWidget(m_actor);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("Who"), tr("Action"), tr("Subject"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("auditSaved"));
    m_saved->setWordWrap(true);
    layout->addWidget(m_saved);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addSaveButtons(
        buttons, this, [this] { save(false); }, [this] { save(true); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_actor, &QLineEdit::editingFinished, this, &AuditLogDialog::reload);
    m_period->setFocus();
    reload();
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter f;
    const int index = m_period->currentIndex();
    if (index >= 0 && index < kPresets.size()) {
        const stats::Period days = stats::periodFor(kPresets.at(index), QDate::currentDate());
        f.from = days.from.startOfDay().toUTC();
        f.until = days.to.addDays(1).startOfDay().toUTC();
    }
    f.action = m_action->currentData().toString();
    f.actor = m_actor->text().trimmed().toLower();
    return f;
}

QString AuditLogDialog::filterDescription() const
{
    return tr("%1; %2; by %3")
        .arg(m_period->currentText(), m_action->currentText(),
             m_actor->text().trimmed().isEmpty() ? tr("anyone") : m_actor->text().trimmed());
}

void AuditLogDialog::reload()
{
    const int generation = ++m_generation;
    const Database db = m_context.db;
    const QString viewer = m_context.user.username;
    const AuditFilter wanted = filter();
    m_verification->setText(tr("Checking the audit chain…"));
    m_context.worker->run(
        [db, viewer, wanted] { return browseAudit(db, viewer, wanted); }, this,
        [this, generation](const Result<AuditView, QString>& view) {
            if (generation != m_generation)
                return;
            if (!view) {
                m_verification->setStyleSheet(errorStyleSheet());
                m_verification->setText(view.error());
                return;
            }
            m_view = *view;
            if (m_action->count() != m_view.actions.size() + 1) {
                // New kinds of entry since the last look: offer them, keeping the choice.
                const QSignalBlocker block(m_action);
                const QString chosen = m_action->currentData().toString();
                while (m_action->count() > 1)
                    m_action->removeItem(1);
                for (const QString& action : std::as_const(m_view.actions))
                    m_action->addItem(action, action);
                m_action->setCurrentIndex(std::max(0, m_action->findData(chosen)));
            }
            const auto& check = m_view.verification;
            m_verification->setStyleSheet(check.intact ? QStringLiteral("color: #1b5e20;") : errorStyleSheet());
            m_verification->setText(
                check.intact
                    ? tr("The audit chain is intact: %1 entries checked.").arg(QLocale().toString(check.rowsChecked))
                    : tr("The audit chain is broken at entry %1: %2. Entries from there on cannot "
                         "be trusted; tell the administrator.")
                          .arg(check.firstBrokenSeq)
                          .arg(check.reason));
            m_table->setRowCount(int(m_view.entries.size()));
            for (int row = 0; row < m_view.entries.size(); ++row) {
                const AuditEntry& e = m_view.entries.at(row);
                const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
                const QStringList cells{QString::number(e.seq),
                                        QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                        e.actor,
                                        e.action,
                                        e.subject,
                                        e.details};
                for (int column = 0; column < cells.size(); ++column) {
                    auto* item = new QTableWidgetItem(cells.at(column));
                    if (!check.intact && e.seq >= check.firstBrokenSeq)
                        item->setForeground(QColor(0xb0, 0x00, 0x20));
                    m_table->setItem(row, column, item);
                }
            }
            m_saved->setText(m_view.more ? tr("Only the latest %1 entries are shown: narrow the "
                                              "period or the action.")
                                               .arg(m_view.entries.size())
                                         : QString());
            emit loaded();
        });
}

void AuditLogDialog::save(bool pdf)
{
    QDir().mkpath(reportsFolder());
    const QString path =
        QDir(reportsFolder())
            .filePath(QStringLiteral("audit-%1.%2")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                               pdf ? QStringLiteral("pdf") : QStringLiteral("csv")));
    const QString chain = m_verification->text();
    if (pdf) {
        QString html =
            tr("<h2>Audit log</h2><p>%1</p><p>%2</p>").arg(filterDescription().toHtmlEscaped(), chain.toHtmlEscaped());
        html += tableHtml(m_table);
        if (auto saved = saveReportPdf(html, tr("Audit log"), path); !saved) {
            m_saved->setText(saved.error());
            return;
        }
    } else {
        QStringList lines{csv_text::line({tr("Audit log"), filterDescription(), chain}),
                          csv_text::line({QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("actor"),
                                          QStringLiteral("action"), QStringLiteral("subject"),
                                          QStringLiteral("details"), QStringLiteral("hash")})};
        for (const AuditEntry& e : std::as_const(m_view.entries))
            lines << csv_text::line({QString::number(e.seq), e.at, e.actor, e.action, e.subject, e.details, e.hash});
        if (auto saved = saveReportFile((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8(), path);
            !saved) {
            m_saved->setText(saved.error());
            return;
        }
    }
    m_saved->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

QString AuditLogDialog::verificationText() const
{
    return m_verification->text();
}

QString AuditLogDialog::savedText() const
{
    return m_saved->text();
}

} // namespace paydesk::dashboard
