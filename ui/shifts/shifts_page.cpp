#include "shifts/shifts_page.h"

#include "billing/thermal_printer.h"
#include "report_pdf.h"
#include "shifts/cash_count_dialog.h"
#include "shifts/shift_report.h"
#include "stats/period.h"
#include "util/csv_text.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>

namespace paydesk::shifts {

namespace {

enum Column {
    ColZ,
    ColDesk,
    ColCashier,
    ColOpened,
    ColClosed,
    ColState,
    ColExpected,
    ColCounted,
    ColVariance,
    ColCount
};

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString safeFileName(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
}

// The list's periods: the dashboard's presets on this desk's calendar, and every shift.
const QList<stats::PeriodPreset> kPresets{stats::PeriodPreset::Today, stats::PeriodPreset::Yesterday,
                                          stats::PeriodPreset::ThisWeek, stats::PeriodPreset::ThisMonth};

} // namespace

ShiftsPage::ShiftsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("shiftsPage"));
    const bool supervisor = hasAtLeast(m_context.user.role, Role::Supervisor);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Shifts</h2>"), this));

    auto* mine = new QHBoxLayout;
    m_mineLabel = new QLabel(this);
    m_mineLabel->setObjectName(QStringLiteral("myShift"));
    m_mineLabel->setWordWrap(true);
    mine->addWidget(m_mineLabel, 1);
    m_open = new QPushButton(tr("&Open shift…"), this);
    m_open->setObjectName(QStringLiteral("openShift"));
    m_close = new QPushButton(tr("&Close shift…"), this);
    m_close->setObjectName(QStringLiteral("closeShift"));
    mine->addWidget(m_open);
    mine->addWidget(m_close);
    layout->addLayout(mine);

    auto* filters = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("shiftPeriod"));
    for (stats::PeriodPreset preset : kPresets)
        m_period->addItem(stats::periodPresetLabel(preset));
    m_period->addItem(tr("All shifts"));
    m_period->setCurrentIndex(int(kPresets.size())); // every shift until narrowed: the waiting ones stand out
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("shiftState"));
    m_state->addItem(tr("Any state"));
    for (ShiftState state : {ShiftState::Open, ShiftState::Closed, ShiftState::Signed})
        m_state->addItem(shiftStateLabel(state), int(state));
    auto* stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_state);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addStretch(1);
    auto* csv = new QPushButton(tr("Export list as CS&V"), this);
    auto* listPdf = new QPushButton(tr("Export list as PD&F"), this);
    filters->addWidget(csv);
    filters->addWidget(listPdf);
    layout->addLayout(filters);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, ColCount, split);
    m_table->setObjectName(QStringLiteral("shiftTable"));
    m_table->setHorizontalHeaderLabels({tr("Z report"), tr("Desk"), tr("Cashier"), tr("Opened"), tr("Closed"),
                                        tr("State"), tr("Expected"), tr("Counted"), tr("Variance")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_report = new QTextBrowser(split);
    m_report->setObjectName(QStringLiteral("shiftReport"));
    split->addWidget(m_table);
    split->addWidget(m_report);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto* actions = new QHBoxLayout;
    m_sign = new QPushButton(tr("&Sign off…"), this);
    m_sign->setObjectName(QStringLiteral("signOff"));
    m_sign->setVisible(supervisor);
    m_pdf = new QPushButton(tr("Save report as PDF (Ctrl+P)"), this);
    m_slip = new QPushButton(tr("Print s&lip"), this);
    actions->addWidget(m_sign);
    actions->addStretch(1);
    actions->addWidget(m_pdf);
    actions->addWidget(m_slip);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("shiftStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_open, &QPushButton::clicked, this, &ShiftsPage::openShift);
    connect(m_close, &QPushButton::clicked, this, &ShiftsPage::closeShift);
    connect(m_sign, &QPushButton::clicked, this, &ShiftsPage::signOff);
    connect(m_pdf, &QPushButton::clicked, this, &ShiftsPage::saveReportPdf);
    connect(m_slip, &QPushButton::clicked, this, &ShiftsPage::printSlip);
    connect(csv, &QPushButton::clicked, this, [this] { exportList(false); });
    connect(listPdf, &QPushButton::clicked, this, [this] { exportList(true); });
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, &ShiftsPage::saveReportPdf);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &ShiftsPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ShiftsPage::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ShiftsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ShiftsPage::showReport);

    // A payment on this desk changes the open shift's running figures.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &ShiftsPage::refresh);
    if (m_context.payments)
        connect(m_context.payments, &PaymentEngine::attemptChanged, this, [this] { m_debounce.start(); });
    showMine();
}

void ShiftsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

template <typename Call, typename Done> void ShiftsPage::withBook(Call call, Done done)
{
    const Database db = m_context.db;
    m_context.worker->run([db, call = std::move(call)] { return call(ShiftBook(db)); }, this, std::move(done));
}

ShiftFilter ShiftsPage::filter() const
{
    ShiftFilter f;
    const int index = m_period->currentIndex();
    if (index >= 0 && index < kPresets.size()) {
        const stats::Period days = stats::periodFor(kPresets.at(index), QDate::currentDate());
        f.from = days.from.startOfDay().toUTC();
        f.until = days.to.addDays(1).startOfDay().toUTC();
    }
    if (m_state->currentIndex() > 0)
        f.state = ShiftState(m_state->currentData().toInt());
    return f;
}

QString ShiftsPage::filterDescription() const
{
    const bool supervisor = hasAtLeast(m_context.user.role, Role::Supervisor);
    return tr("%1; %2; %3")
        .arg(m_period->currentText(), m_state->currentText(),
             supervisor ? tr("every desk and cashier") : tr("cashier %1").arg(m_context.user.username));
}

void ShiftsPage::refresh()
{
    const int generation = ++m_generation;
    const QString user = m_context.user.username;
    const ShiftFilter wanted = filter();
    struct Answer
    {
        Result<std::optional<Shift>, QString> mine;
        Result<QList<Shift>, QString> list;
    };
    withBook(
        [user, wanted](const ShiftBook& book) {
            return Answer{book.current(user), book.list(user, wanted)};
        },
        [this, generation](const Answer& answer) {
            if (generation != m_generation)
                return;
            if (!answer.mine || !answer.list) {
                say(tr("Shifts could not be read: %1").arg(!answer.mine ? answer.mine.error() : answer.list.error()));
                return;
            }
            m_mine = *answer.mine;
            m_shifts = *answer.list;
            showMine();
            fillTable();
            emit refreshed();
        });
}

void ShiftsPage::showMine()
{
    if (m_mine) {
        m_mineLabel->setText(tr("Your shift at %1 has been open since %2, with a float of %3.")
                                 .arg(m_mine->desk, when(m_mine->openedAt), m_mine->openingFloat.format()));
    } else {
        m_mineLabel->setText(tr("You have no shift open. Open one with the float in the drawer before taking cash "
                                "at %1.")
                                 .arg(m_context.desk()));
    }
    m_open->setEnabled(!m_mine.has_value());
    m_close->setEnabled(m_mine.has_value());
}

void ShiftsPage::fillTable()
{
    const qint64 keep = m_shown ? m_shown->id : (m_mine ? m_mine->id : 0);
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(int(m_shifts.size()));
        for (int row = 0; row < m_shifts.size(); ++row) {
            const Shift& s = m_shifts.at(row);
            const bool open = s.state == ShiftState::Open;
            const QStringList cells{s.zLabel(),
                                    s.desk,
                                    s.cashier,
                                    when(s.openedAt),
                                    when(s.closedAt),
                                    shiftStateLabel(s.state),
                                    open ? QString() : s.expectedCash.format(),
                                    open ? QString() : s.countedCash.format(),
                                    open ? QString() : s.variance.format()};
            for (int column = 0; column < ColCount; ++column) {
                auto* item = new QTableWidgetItem(cells.at(column));
                if (column >= ColExpected)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (column == ColVariance && !open && !s.variance.isZero())
                    item->setForeground(s.variance.isNegative() ? QColor(0xb0, 0x00, 0x20) : QColor(0x1a, 0x5f, 0xb4));
                item->setData(Qt::UserRole, s.id);
                m_table->setItem(row, column, item);
            }
        }
    }
    m_shown.reset();
    if (keep != 0)
        selectShift(keep);
    if (!m_shown && !m_shifts.isEmpty())
        m_table->selectRow(0);
    if (m_shifts.isEmpty()) {
        m_report->setHtml(tr("<p>No shifts match.</p>"));
        m_reportHtml.clear();
    }
}

std::optional<Shift> ShiftsPage::selectedShift() const
{
    return m_shown;
}

void ShiftsPage::selectShift(qint64 id)
{
    for (int row = 0; row < m_shifts.size(); ++row) {
        if (m_shifts.at(row).id == id) {
            m_table->selectRow(row);
            showReport();
            return;
        }
    }
}

void ShiftsPage::showReport()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    const auto found = std::find_if(m_shifts.cbegin(), m_shifts.cend(), [id](const Shift& s) { return s.id == id; });
    if (found == m_shifts.cend())
        return;
    m_shown = *found;
    const bool supervisor = hasAtLeast(m_context.user.role, Role::Supervisor);
    m_sign->setEnabled(supervisor && found->state == ShiftState::Closed);
    const QString user = m_context.user.username;
    const int generation = ++m_generation;
    withBook([user, id](const ShiftBook& book) { return book.figures(user, id); },
             [this, generation, id](const Result<ShiftFigures, QString>& figures) {
                 if (generation != m_generation || !m_shown || m_shown->id != id)
                     return;
                 if (!figures) {
                     m_report->setHtml(QStringLiteral("<p>%1</p>").arg(figures.error().toHtmlEscaped()));
                     m_reportHtml.clear();
                     return;
                 }
                 m_shownFigures = *figures;
                 m_reportHtml = shifts::reportHtml(*m_shown, *figures);
                 m_report->setHtml(m_reportHtml);
                 emit refreshed();
             });
}

void ShiftsPage::openShift()
{
    auto* dialog = new CashCountDialog(
        tr("Open shift"),
        tr("Count the float in the drawer, note by note, before the first customer. The count is kept with the "
           "shift and printed on its report."),
        Currency::ngn(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CashCountDialog::submitted, this, [this, dialog](const CashCount& count, const QString&) {
        dialog->setBusy(true);
        const QString user = m_context.user.username;
        const QString desk = m_context.desk();
        withBook([user, desk, count](const ShiftBook& book) { return book.open(user, desk, count); },
                 [this, dialog](const Result<Shift, QString>& opened) {
                     dialog->setBusy(false);
                     if (!opened) {
                         dialog->refused(opened.error(), false);
                         return;
                     }
                     dialog->accept();
                     m_mine = *opened;
                     showMine(); // at once: the refresh below reads the list too, and the label must not lag behind
                     say(tr("Shift %1 opened at %2 with a float of %3.")
                             .arg(opened->id)
                             .arg(opened->desk, opened->openingFloat.format()));
                     refresh();
                 });
    });
    dialog->open();
}

void ShiftsPage::closeShift()
{
    if (!m_mine)
        return;
    auto* dialog = new CashCountDialog(
        tr("Close shift"),
        tr("Count all the cash in the drawer, float included. Paydesk compares it with what the drawer should "
           "hold only once you submit."),
        m_mine->currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_mine->id;
    connect(
        dialog, &CashCountDialog::submitted, this, [this, dialog, id](const CashCount& count, const QString& reason) {
            dialog->setBusy(true);
            const QString user = m_context.user.username;
            withBook([user, id, count, reason](const ShiftBook& book) { return book.close(user, id, count, reason); },
                     [this, dialog](const Result<Shift, CloseRefusal>& closed) {
                         dialog->setBusy(false);
                         if (!closed) {
                             dialog->refused(closed.error().message, closed.error().needsReason);
                             return;
                         }
                         dialog->accept();
                         m_mine.reset();
                         showMine();
                         m_shown = *closed;
                         say(closed->variance.isZero()
                                 ? tr("Shift %1 closed: the drawer matches. A supervisor signs it off.").arg(closed->id)
                                 : tr("Shift %1 closed with a variance of %2. A supervisor signs it off.")
                                       .arg(closed->id)
                                       .arg(closed->variance.format()));
                         backUpAtClose();
                         refresh();
                     });
        });
    dialog->open();
}

void ShiftsPage::signOff()
{
    if (!m_shown || m_shown->state != ShiftState::Closed)
        return;
    const Shift shift = *m_shown;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("signOffDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sign off shift %1").arg(shift.id));
    dialog->setLabelText(tr("%1's shift at %2: expected %3, counted %4, variance %5.\nYour note (optional):")
                             .arg(shift.cashier, shift.desk, shift.expectedCash.format(), shift.countedCash.format(),
                                  shift.variance.format()));
    dialog->setOkButtonText(tr("Sign off"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id = shift.id](const QString& note) {
        const QString user = m_context.user.username;
        withBook([user, id, note](const ShiftBook& book) { return book.signOff(user, id, note); },
                 [this](const Result<Shift, QString>& signedOff) {
                     if (!signedOff) {
                         say(signedOff.error());
                         return;
                     }
                     m_shown = *signedOff;
                     say(tr("Signed off as %1.").arg(signedOff->zLabel()));
                     refresh();
                 });
    });
    dialog->open();
}

void ShiftsPage::saveReportPdf()
{
    if (!m_shown || m_reportHtml.isEmpty())
        return;
    const QString stem = m_shown->zNumber > 0 ? m_shown->zLabel() : QStringLiteral("shift-%1").arg(m_shown->id);
    const QString path =
        QDir(reportsFolder()).filePath(QStringLiteral("%1-%2.pdf").arg(stem, safeFileName(m_shown->desk)));
    if (auto saved = paydesk::saveReportPdf(m_reportHtml, reportTitle(*m_shown), path); !saved) {
        say(saved.error());
        return;
    }
    say(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ShiftsPage::printSlip()
{
    if (!m_shown || !m_shownFigures)
        return;
    const QString target = m_context.config->receiptPrinter();
    if (target.isEmpty()) {
        say(tr("This desk has no receipt printer set (Settings): save the report as PDF instead."));
        return;
    }
    auto* printer = new ThermalPrinter(this);
    printer->send(reportEscPos(*m_shown, *m_shownFigures, m_context.config->receiptColumns()), target, this,
                  [this, printer, title = reportTitle(*m_shown)](const Status<QString>& sent) {
                      printer->deleteLater();
                      say(sent ? tr("%1 printed.").arg(title) : sent.error());
                  });
}

void ShiftsPage::exportList(bool pdf)
{
    QDir().mkpath(reportsFolder());
    const QString path =
        QDir(reportsFolder())
            .filePath(QStringLiteral("shifts-%1.%2")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                               pdf ? QStringLiteral("pdf") : QStringLiteral("csv")));
    if (pdf) {
        QString html = tr("<h2>Shifts</h2><p>%1</p>").arg(filterDescription().toHtmlEscaped());
        html += tableHtml(m_table);
        if (auto saved = paydesk::saveReportPdf(html, tr("Shifts"), path); !saved) {
            say(saved.error());
            return;
        }
    } else {
        if (auto saved = saveReportFile(shiftsCsv(m_shifts, filterDescription()), path); !saved) {
            say(saved.error());
            return;
        }
    }
    say(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

QString ShiftsPage::statusText() const
{
    return m_status->text();
}

// A shift close is a natural point for a backup: the day's money is counted. The cashier hears if none could be
// made, so a desk is never unprotected without someone knowing.
void ShiftsPage::backUpAtClose()
{
    BackupScheduler* backups = m_context.backups;
    if (!backups)
        return;
    const QString closedText = m_status->text();
    connect(
        backups, &BackupScheduler::finished, this,
        [this, closedText](bool made, const QString& message) {
            say(made ? closedText + u' ' + tr("A backup was made.")
                     : closedText + u' ' + tr("No backup could be made at this close: %1").arg(message));
        },
        Qt::SingleShotConnection);
    backups->backUpNow(QStringLiteral("shift close"));
}

void ShiftsPage::say(const QString& text)
{
    m_status->setText(text);
}

} // namespace paydesk::shifts
