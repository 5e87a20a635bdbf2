#include "reconcile/reconciliation_page.h"

#include "payments/reconciliation.h"
#include "reconcile/reconcile_line_dialog.h"
#include "report_pdf.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>

namespace paydesk::reconcile {

namespace {

using Kind = ReconcileLine::Kind;
using stats::PeriodPreset;

enum Column { ColSource, ColResult, ColReference, ColInvoice, ColOurs, ColTheirs, ColDetail, ColCount };

constexpr int kProblems = -1;
constexpr int kAllKinds = -2;
constexpr int kAllSources = -1;

// Problems first, then what was fixed, what is in progress, what matched.
int rank(Kind kind)
{
    if (reconcileKindIsProblem(kind))
        return 0;
    if (kind == Kind::Fixed)
        return 1;
    if (kind == Kind::Pending)
        return 2;
    return 3;
}

QColor shade(Kind kind)
{
    if (reconcileKindIsProblem(kind))
        return QColor(0xfd, 0xe2, 0xe1);
    if (kind == Kind::Fixed)
        return QColor(0xdd, 0xeb, 0xf7);
    if (kind == Kind::Pending)
        return QColor(0xfd, 0xf3, 0xd0);
    return {};
}

QString amountText(const Money& amount)
{
    return amount.isValid() ? amount.format() : QStringLiteral("—");
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidget* readOnlyTable(int columns, const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ReconciliationPage::ReconciliationPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("reconciliationPage"));
    if (m_context.paystack)
        m_reconciliation = new Reconciliation(m_context.db, *m_context.worker, *m_context.paystack, m_context.payments,
                                              m_context.airtimeProvider, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Reconciliation</h2>"), this));

    auto* bar = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reconcilePeriod"));
    for (PeriodPreset preset : {PeriodPreset::Today, PeriodPreset::Yesterday, PeriodPreset::ThisWeek,
                                PeriodPreset::ThisMonth, PeriodPreset::Custom})
        m_period->addItem(stats::periodPresetLabel(preset), int(preset));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("reconcileFrom"));
    m_to->setObjectName(QStringLiteral("reconcileTo"));
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    m_run = new QPushButton(tr("&Reconcile (F5)"), this);
    m_run->setObjectName(QStringLiteral("reconcile"));
    m_run->setDefault(true);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_run);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_verdict = new QLabel(tr("Choose a period and press F5: Paystack and the airtime provider are asked about "
                              "every payment and sale in it."),
                           this);
    m_verdict->setObjectName(QStringLiteral("reconcileVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);

    auto* overview = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reconcileSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_totals = readOnlyTable(5, {tr("Totals"), tr("Currency"), tr("Paystack"), tr("Ours"), tr("Difference")},
                             QStringLiteral("reconcileTotals"), this);
    m_totals->setFocusPolicy(Qt::NoFocus);
    m_totals->setMaximumHeight(130);
    overview->addWidget(m_summary, 2);
    overview->addWidget(m_totals, 3);
    layout->addLayout(overview);

    auto* filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reconcileKind"));
    m_kind->addItem(tr("All lines"), kAllKinds);
    m_kind->addItem(tr("Lines needing a look"), kProblems);
    for (Kind kind : allReconcileKinds())
        m_kind->addItem(reconcileKindTitle(kind), int(kind));
    auto* kindLabel = new QLabel(tr("Sho&w:"), this);
    kindLabel->setBuddy(m_kind);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("reconcileSource"));
    m_source->addItem(tr("Every source"), kAllSources);
    for (ReconcileLine::Source source : allReconcileSources())
        m_source->addItem(reconcileSourceTitle(source), int(source));
    auto* sourceLabel = new QLabel(tr("So&urce:"), this);
    sourceLabel->setBuddy(m_source);
    auto* open = new QPushButton(tr("Open &line… (Enter)"), this);
    open->setObjectName(QStringLiteral("openLine"));
    auto* csv = new QPushButton(tr("Export CS&V"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* pdf = new QPushButton(tr("Export PD&F"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(sourceLabel);
    filters->addWidget(m_source);
    filters->addStretch(1);
    filters->addWidget(open);
    filters->addWidget(csv);
    filters->addWidget(pdf);
    layout->addLayout(filters);

    m_lines = readOnlyTable(
        ColCount, {tr("Source"), tr("Result"), tr("Reference"), tr("Invoice"), tr("Ours"), tr("Theirs"), tr("Detail")},
        QStringLiteral("reconcileLines"), this);
    layout->addWidget(m_lines, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reconcileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    setFocusProxy(m_period);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReconciliationPage::periodChosen);
    connect(m_run, &QPushButton::clicked, this, &ReconciliationPage::reconcile);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &ReconciliationPage::reconcile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReconciliationPage::fillLines);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ReconciliationPage::fillLines);
    connect(m_lines, &QTableWidget::activated, this, [this](const QModelIndex& index) { openLine(index.row()); });
    connect(open, &QPushButton::clicked, this, [this] { openLine(m_lines->currentRow()); });
    connect(csv, &QPushButton::clicked, this, [this] { exportLines(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportLines(true); });
}

void ReconciliationPage::setPeriod(stats::PeriodPreset preset)
{
    m_period->setCurrentIndex(m_period->findData(int(preset)));
}

void ReconciliationPage::periodChosen()
{
    const bool custom = PeriodPreset(m_period->currentData().toInt()) == PeriodPreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        m_from->setFocus();
}

QString ReconciliationPage::chosenPeriodText() const
{
    if (PeriodPreset(m_period->currentData().toInt()) == PeriodPreset::Custom)
        return stats::describePeriod({m_from->date(), m_to->date()});
    return m_period->currentText();
}

void ReconciliationPage::reconcile()
{
    if (!m_reconciliation) {
        say(tr("This desk has no Paystack connection set up: there is nothing to reconcile against."));
        return;
    }
    if (!m_run->isEnabled())
        return; // one run at a time: F5 again while Paystack is being asked does nothing
    // Presets are counted from the hospital's today, in core; custom days go as chosen.
    const auto preset = PeriodPreset(m_period->currentData().toInt());
    const stats::Period custom{m_from->date(), m_to->date()};
    if (preset == PeriodPreset::Custom && !custom.isValid()) {
        say(tr("The period's end is before its start."));
        return;
    }
    const int generation = ++m_generation;
    m_run->setEnabled(false);
    say(tr("Reconciling %1: asking Paystack and the airtime provider…").arg(chosenPeriodText()));
    m_reconciliation->runDays(m_context.user.username, preset, custom, this,
                              [this, generation](const Result<ReconcileReport, QString>& report) {
                                  if (generation != m_generation)
                                      return;
                                  m_run->setEnabled(true);
                                  if (!report) {
                                      say(report.error());
                                      // Desks on the shared database hold no Paystack key by design.
                                      const QString hint =
                                          m_context.db.dialect() == Database::Dialect::Postgres
                                              ? tr(" On the hospital network paydesk-server holds the key: run "
                                                   "`paydesk-server reconcile` there (it also reconciles every hour).")
                                              : QString();
                                      m_verdict->setText(tr("Not reconciled: %1").arg(report.error()) + hint);
                                      m_verdict->setStyleSheet(QString());
                                      return;
                                  }
                                  m_report = *report;
                                  m_reportedDays = report->days;
                                  std::stable_sort(m_report->lines.begin(), m_report->lines.end(),
                                                   [](const ReconcileLine& a, const ReconcileLine& b) {
                                                       return rank(a.kind) < rank(b.kind);
                                                   });
                                  showReport();
                                  emit reconciled();
                              });
}

void ReconciliationPage::showReport()
{
    const ReconcileReport& report = *m_report;
    int problems = 0;
    for (const ReconcileLine& line : report.lines)
        problems += reconcileKindIsProblem(line.kind) ? 1 : 0;
    if (problems == 0) {
        m_verdict->setText(tr("%1: everything agrees. %n line(s) compared.", nullptr, int(report.lines.size()))
                               .arg(stats::describePeriod(m_reportedDays)));
        m_verdict->setStyleSheet(
            QStringLiteral("QLabel { background: #e3f4e1; color: #1e5b1a; padding: 6px; font-weight: bold; }"));
    } else {
        m_verdict->setText(
            tr("%1: %n line(s) need a look.", nullptr, problems).arg(stats::describePeriod(m_reportedDays)));
        m_verdict->setStyleSheet(
            QStringLiteral("QLabel { background: #fde2e1; color: #8a1c13; padding: 6px; font-weight: bold; }"));
    }
    // One row per source, one column per result that occurred.
    QList<Kind> kinds;
    for (Kind kind : allReconcileKinds())
        if (report.count(kind) > 0)
            kinds << kind;
    QString html = QStringLiteral("<table cellpadding='3'><tr><th></th>");
    for (Kind kind : std::as_const(kinds))
        html += QStringLiteral("<th>%1</th>").arg(reconcileKindTitle(kind).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (ReconcileLine::Source source : allReconcileSources()) {
        html += QStringLiteral("<tr><td>%1</td>").arg(reconcileSourceTitle(source).toHtmlEscaped());
        for (Kind kind : std::as_const(kinds)) {
            const int n = report.count(source, kind);
            html += QStringLiteral("<td align='right'>%1</td>")
                        .arg(n == 0 ? QStringLiteral("·")
                                    : (reconcileKindIsProblem(kind) ? QStringLiteral("<b>%1</b>").arg(n)
                                                                    : QString::number(n)));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (!report.airtimeNote.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(report.airtimeNote.toHtmlEscaped());
    m_summary->setText(html);
    fillTotals();
    fillLines();
    say(tr("Reconciled at %1. Enter opens a line.")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void ReconciliationPage::fillTotals()
{
    const ReconcileReport& report = *m_report;
    struct Pair
    {
        QString label;
        QList<paystack::CurrencyAmount> theirs;
        QList<paystack::CurrencyAmount> ours;
    };
    const QList<Pair> pairs{
        {tr("Transactions in the period"), report.paystackVolume, report.ourVolume},
        {tr("Payment requests paid (all time)"), report.requestsPaid, report.ourRequestsPaid},
        {tr("Payment requests waiting (all time)"), report.requestsPending, report.ourRequestsPending}};
    m_totals->setRowCount(0);
    for (const Pair& pair : pairs) {
        QMap<QString, std::pair<Money, Money>> byCurrency;
        for (const paystack::CurrencyAmount& a : pair.theirs)
            byCurrency[a.currencyCode].first = a.amount;
        for (const paystack::CurrencyAmount& a : pair.ours)
            byCurrency[a.currencyCode].second = a.amount;
        if (byCurrency.isEmpty())
            byCurrency.insert(QStringLiteral("NGN"), {Money::zero(Currency::ngn()), Money::zero(Currency::ngn())});
        for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
            const Currency currency = Currency::fromCode(it.key()).value_or(Currency::ngn());
            const Money theirs = it->first.isValid() ? it->first : Money::zero(currency);
            const Money ours = it->second.isValid() ? it->second : Money::zero(currency);
            const auto difference = theirs.minus(ours);
            const int row = m_totals->rowCount();
            m_totals->insertRow(row);
            const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
            m_totals->setItem(row, 0, cell(pair.label));
            m_totals->setItem(row, 1, cell(it.key()));
            m_totals->setItem(row, 2, cell(theirs.format(), right));
            m_totals->setItem(row, 3, cell(ours.format(), right));
            auto* differs = cell(difference ? difference->format() : QString(), right);
            if (difference && !difference->isZero())
                differs->setBackground(shade(Kind::AmountMismatch));
            m_totals->setItem(row, 4, differs);
        }
    }
    m_totals->setToolTip(tr("Paystack's payment request totals are for the whole Paystack account, every desk "
                            "and every day: a difference there is a prompt to look, not an error by itself."));
}

QList<ReconcileLine> ReconciliationPage::shownLines() const
{
    return m_shown;
}

void ReconciliationPage::fillLines()
{
    m_shown.clear();
    m_lines->setRowCount(0);
    if (!m_report)
        return;
    const int kind = m_kind->currentData().toInt();
    const int source = m_source->currentData().toInt();
    for (const ReconcileLine& line : std::as_const(m_report->lines)) {
        if (kind == kProblems && !reconcileKindIsProblem(line.kind))
            continue;
        if (kind >= 0 && int(line.kind) != kind)
            continue;
        if (source >= 0 && int(line.source) != source)
            continue;
        m_shown << line;
    }
    m_lines->setRowCount(int(m_shown.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < m_shown.size(); ++row) {
        const ReconcileLine& line = m_shown.at(row);
        m_lines->setItem(row, ColSource, cell(reconcileSourceTitle(line.source)));
        m_lines->setItem(row, ColResult, cell(reconcileKindTitle(line.kind)));
        m_lines->setItem(row, ColReference, cell(line.reference));
        m_lines->setItem(row, ColInvoice, cell(line.invoiceNumber));
        m_lines->setItem(row, ColOurs, cell(amountText(line.ours), right));
        m_lines->setItem(row, ColTheirs, cell(amountText(line.theirs), right));
        m_lines->setItem(row, ColDetail, cell(line.detail));
        if (const QColor background = shade(line.kind); background.isValid())
            for (int column = 0; column < ColCount; ++column)
                m_lines->item(row, column)->setBackground(background);
    }
    if (!m_shown.isEmpty())
        m_lines->setCurrentCell(0, 0);
}

QString ReconciliationPage::filterDescription() const
{
    return tr("Period: %1; showing: %2; source: %3")
        .arg(m_report ? stats::describePeriod(m_reportedDays) : chosenPeriodText(), m_kind->currentText(),
             m_source->currentText());
}

QString ReconciliationPage::summaryText() const
{
    return m_verdict->text();
}

QString ReconciliationPage::statusText() const
{
    return m_status->text();
}

void ReconciliationPage::openLine(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    auto* dialog = new ReconcileLineDialog(m_context, m_shown.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReconcileLineDialog::invoiceRequested, this, &ReconciliationPage::invoiceRequested);
    dialog->open();
}

Status<QString> ReconciliationPage::saveCsv(const QString& path) const
{
    if (!m_report)
        return tr("Reconcile a period first.");
    return saveReportFile(reconcileCsv(*m_report, m_shown, filterDescription()), path);
}

Status<QString> ReconciliationPage::savePdf(const QString& path) const
{
    if (!m_report)
        return tr("Reconcile a period first.");
    const QString html = tr("<h2>Reconciliation</h2><p>%1</p>").arg(filterDescription().toHtmlEscaped()) +
                         QStringLiteral("<p><b>%1</b></p>").arg(m_verdict->text().toHtmlEscaped()) + m_summary->text() +
                         QStringLiteral("<p></p>") + tableHtml(m_totals) + QStringLiteral("<p></p>") +
                         tableHtml(m_lines);
    return saveReportPdf(html, tr("Reconciliation"), path);
}

void ReconciliationPage::exportLines(bool pdf)
{
    if (!m_report) {
        say(tr("Reconcile a period first: there is nothing to export yet."));
        return;
    }
    QDir().mkpath(reportsFolder());
    const QString path =
        QDir(reportsFolder())
            .filePath(QStringLiteral("reconciliation-%1-%2-%3.%4")
                          .arg(m_reportedDays.from.toString(Qt::ISODate), m_reportedDays.to.toString(Qt::ISODate),
                               QDateTime::currentDateTime().toString(QStringLiteral("HHmmss")),
                               pdf ? QStringLiteral("pdf") : QStringLiteral("csv")));
    const auto saved = pdf ? savePdf(path) : saveCsv(path);
    say(saved ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : saved.error());
}

void ReconciliationPage::say(const QString& text)
{
    m_status->setText(text);
}

} // namespace paydesk::reconcile
