#include "airtime/report_dialog.h"

#include "airtime/sale_repository.h"
#include "error_label.h"
#include "report_pdf.h"
#include "stats/period.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTextBrowser>

namespace paydesk {

using namespace airtime;

AirtimeReportDialog::AirtimeReportDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Airtime report"));
    resize(820, 640);
    auto* layout = new QVBoxLayout(this);
    auto* filter = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    for (stats::PeriodPreset preset :
         {stats::PeriodPreset::Today, stats::PeriodPreset::Yesterday, stats::PeriodPreset::ThisWeek,
          stats::PeriodPreset::ThisMonth, stats::PeriodPreset::Custom})
        m_period->addItem(stats::periodPresetLabel(preset));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    filter->addWidget(periodLabel);
    filter->addWidget(m_period);
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    filter->addWidget(fromLabel);
    filter->addWidget(m_from);
    filter->addWidget(toLabel);
    filter->addWidget(m_to);
    filter->addStretch(1);
    layout->addLayout(filter);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    layout->addWidget(m_view, 1);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("reportSaved"));
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_saved);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addSaveButtons(
        buttons, this, [this] { saveCsv(); }, [this] { savePdf(); });

    connect(m_period, &QComboBox::currentIndexChanged, this, &AirtimeReportDialog::choosePeriod);
    connect(m_from, &QDateEdit::dateChanged, this, &AirtimeReportDialog::load);
    connect(m_to, &QDateEdit::dateChanged, this, &AirtimeReportDialog::load);
    m_period->setFocus();
    choosePeriod(int(stats::PeriodPreset::Today));
}

QString AirtimeReportDialog::savedText() const
{
    return m_saved->text();
}

void AirtimeReportDialog::choosePeriod(int index)
{
    if (m_period->currentIndex() != index)
        m_period->setCurrentIndex(index); // comes back here through the signal
    // The combo's rows are stats::PeriodPreset in order; the days are the dashboard's.
    const auto preset = stats::PeriodPreset(index);
    const stats::Period days = preset == stats::PeriodPreset::Custom ? stats::Period{m_from->date(), m_to->date()}
                                                                     : stats::periodFor(preset, QDate::currentDate());
    const QDate from = days.from;
    const QDate to = days.to;
    const bool chosen = preset == stats::PeriodPreset::Custom;
    m_from->setEnabled(chosen);
    m_to->setEnabled(chosen);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    load();
}

void AirtimeReportDialog::load()
{
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    const int generation = ++m_generation;
    const Database db = m_context.db;
    const QString desk = m_context.desk();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_view->setHtml(tr("<p>Adding up the sales…</p>"));
    m_context.worker->run(
        [db, desk, from, to, zone] {
            // The sales of the whole period, a day either side for time zones, counted by the kiosk's own days.
            auto sales = SaleRepository(db).between(AirtimeReport::startUtc(from, zone).addDays(-1),
                                                    AirtimeReport::startUtc(to.addDays(1), zone).addDays(1));
            if (!sales)
                return Result<AirtimeReport, QString>(sales.error().message);
            return Result<AirtimeReport, QString>(AirtimeReport::build(*sales, from, to, desk, Currency::ngn(), zone));
        },
        this,
        [this, generation](const Result<AirtimeReport, QString>& report) {
            if (generation != m_generation)
                return; // an older period's answer
            if (!report) {
                m_view->setHtml(QStringLiteral("<p style=\"%1\">%2</p>")
                                    .arg(errorStyleSheet(),
                                         tr("The report could not be read: %1").arg(report.error()).toHtmlEscaped()));
                return;
            }
            m_report = *report;
            m_view->setHtml(m_report.toHtml());
        });
}

QString AirtimeReportDialog::fileStem() const
{
    return QDir(reportsFolder())
        .filePath(QStringLiteral("airtime-%1-%2_%3")
                      .arg(QString(m_report.desk)
                               .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-")),
                           m_report.from.toString(Qt::ISODate), m_report.to.toString(Qt::ISODate)));
}

void AirtimeReportDialog::saveCsv()
{
    if (!m_report.from.isValid())
        return;
    const QString path = fileStem() + QStringLiteral(".csv");
    if (auto saved = saveReportFile(m_report.toCsv(), path); !saved) {
        m_saved->setText(saved.error());
        return;
    }
    m_saved->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void AirtimeReportDialog::savePdf()
{
    if (!m_report.from.isValid())
        return;
    const QString path = fileStem() + QStringLiteral(".pdf");
    if (auto saved = saveReportPdf(m_report.toHtml(), m_report.title(), path); !saved) {
        m_saved->setText(saved.error());
        return;
    }
    m_saved->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace paydesk
