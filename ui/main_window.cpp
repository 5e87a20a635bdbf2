#include "main_window.h"

#include "airtime/airtime_page.h"
#include "billing/billing_page.h"
#include "dashboard/dashboard_page.h"
#include "reconcile/reconciliation_page.h"
#include "shifts/shifts_page.h"
#include "training_banner.h"
#include "ussd/ussd_studio_page.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace paydesk {

MainWindow::MainWindow(AppContext& context, QWidget* parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString desk = context.config->deskName();
    setWindowTitle(desk.isEmpty() ? tr("Paydesk") : tr("Paydesk – %1").arg(desk));
    setWindowIcon(QIcon(QStringLiteral(":/paydesk/icons/paydesk.svg")));

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = new TrainingBanner(central);
    m_banner->setVisible(context.training());
    outer->addWidget(m_banner);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setAccessibleName(tr("Sections"));
    m_pages = new QStackedWidget(central);
    body->addWidget(m_sidebar);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    auto* sectionMenu = menuBar()->addMenu(tr("&Go"));
    int number = 1;
    for (const SectionInfo& info : sectionsFor(context.user.role)) {
        m_sections << info.section;
        auto* item = new QListWidgetItem(QIcon::fromTheme(info.iconName), info.title, m_sidebar);
        item->setToolTip(info.description);
        m_pages->addWidget(scrollable(buildPage(info)));
        // Ctrl+1 … Ctrl+6: every section is one chord away, no mouse needed.
        QAction* go = sectionMenu->addAction(info.title);
        go->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number++)));
        const Section section = info.section;
        connect(go, &QAction::triggered, this, [this, section] { showSection(section); });
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
    // The keyboard starts in the first section's work (the cashier's patient search), not in the sidebar.
    if (m_pages->currentWidget())
        setFocusProxy(m_pages->currentWidget());

    auto* fileMenu = menuBar()->addMenu(tr("&Desk"));
    if (hasAtLeast(context.user.role, Role::Admin)) {
        QAction* settings = fileMenu->addAction(tr("&Settings…"));
        settings->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
        connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
        if (context.backups) {
            QAction* backups = fileMenu->addAction(tr("&Backups…"));
            backups->setShortcut(QKeySequence(QStringLiteral("Ctrl+B")));
            connect(backups, &QAction::triggered, this, &MainWindow::backupsRequested);
        }
    }
    QAction* logout = fileMenu->addAction(tr("&Log out"));
    logout->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    auto* help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About Paydesk")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Paydesk"),
                           tr("<b>Paydesk %1</b><p>Hospital cashier desk, airtime kiosk and USSD studio on "
                              "Paystack.</p><p>Licensed under the GNU GPL version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_serverStatus = new QLabel(this);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_paystackStatus = new QLabel(this);
    m_paystackStatus->setObjectName(QStringLiteral("paystackStatus"));
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    m_backupStatus = new QLabel(this);
    m_backupStatus->setObjectName(QStringLiteral("backupStatus"));
    // The database URL gives way first when the status bar is short of room (its tooltip has it in full).
    m_databaseStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_databaseStatus, 1);
    statusBar()->addWidget(m_serverStatus);
    statusBar()->addWidget(m_paystackStatus);
    statusBar()->addWidget(m_backupStatus);
    m_backupStatus->setVisible(context.backups != nullptr);
    if (context.backups) {
        connect(context.backups, &BackupScheduler::changed, this, &MainWindow::updateBackupStatus);
        // The age goes on growing between backups.
        auto* tick = new QTimer(this);
        connect(tick, &QTimer::timeout, this, &MainWindow::updateBackupStatus);
        tick->start(60 * 1000);
        updateBackupStatus();
    }
    statusBar()->addPermanentWidget(m_userStatus);
    m_databaseStatus->setText(tr("Database: %1").arg(context.db.url().redacted()));
    m_databaseStatus->setToolTip(m_databaseStatus->text()); // in full when the status bar cuts it short
    m_userStatus->setText(tr("%1 (%2)").arg(context.user.displayName, roleLabel(context.user.role)));
    setConfirmationStatus(tr("Confirmation starting…"));
    setPaystackMode(PaystackMode::NotConfigured);
    resize(1100, 700);
}

// A stack of pages is as tall as its tallest page, shown or not: the dashboard's charts and the kiosk's keypad made
// the window taller than a 1366x768 desk screen, with the status bar below its edge. Each page scrolls instead.
QWidget* MainWindow::scrollable(QWidget* page)
{
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFocusProxy(page);
    return scroll;
}

QWidget* MainWindow::pageAt(int index) const
{
    auto* scroll = qobject_cast<QScrollArea*>(m_pages->widget(index));
    return scroll ? scroll->widget() : m_pages->widget(index);
}

QWidget* MainWindow::buildPage(const SectionInfo& info)
{
    if (info.section == Section::Billing)
        return new BillingPage(m_context, m_pages);
    if (info.section == Section::Airtime)
        return new AirtimePage(m_context, m_pages);
    if (info.section == Section::UssdStudio)
        return new ussd::UssdStudioPage(m_context, m_pages);
    if (info.section == Section::Dashboard)
        return new dashboard::DashboardPage(m_context, m_pages);
    if (info.section == Section::Shifts)
        return new shifts::ShiftsPage(m_context, m_pages);
    if (info.section == Section::Reconciliation) {
        auto* page = new reconcile::ReconciliationPage(m_context, m_pages);
        connect(page, &reconcile::ReconciliationPage::invoiceRequested, this, &MainWindow::openInvoice);
        return page;
    }
    // Settings: a summary of this desk's configuration.
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("settingsPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(info.title.toHtmlEscaped()), page));
    auto* summary = new QLabel(page);
    summary->setObjectName(QStringLiteral("settingsSummary"));
    summary->setTextFormat(Qt::RichText);
    summary->setText(
        tr("<table cellpadding='3'><tr><td>Desk name:</td><td><b>%1</b></td></tr>"
           "<tr><td>Database:</td><td><tt>%2</tt></td></tr>"
           "<tr><td>Server address:</td><td><tt>%3</tt></td></tr>"
           "<tr><td>Configuration file:</td><td><tt>%4</tt></td></tr></table>")
            .arg(m_context.config->deskName().toHtmlEscaped(), m_context.db.url().redacted().toHtmlEscaped(),
                 m_context.config->serverAddress().toHtmlEscaped(), m_context.config->filePath().toHtmlEscaped()));
    layout->addWidget(summary);
    auto* open = new QPushButton(tr("&Open settings…"), page);
    open->setObjectName(QStringLiteral("openSettings"));
    connect(open, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void MainWindow::setConfirmationStatus(const QString& text)
{
    m_serverStatus->setText(text);
    m_serverStatus->setToolTip(tr(
        "How this desk learns that a payment went through. Webhooks: Paystack tells the server at once. Polling: "
        "the desk asks Paystack about every payment in flight, every 10 to 60 seconds, and at every start; it "
        "confirms every payment even when no webhook can reach this desk. On the hospital network paydesk-server does "
        "both for every desk and tells this desk the moment a payment moves."));
}

void MainWindow::updateBackupStatus()
{
    const BackupScheduler* backups = m_context.backups;
    if (!backups)
        return;
    m_backupStatus->setText(backups->describe());
    const bool warn = backups->needsAttention() && !backups->isRunning();
    m_backupStatus->setProperty("warning", warn);
    m_backupStatus->setStyleSheet(warn ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
    m_backupStatus->setToolTip(backups->lastProblem().isEmpty()
                                   ? tr("Backups of this desk's database: every few hours while it runs and at each "
                                        "shift close (Desk → Backups…, Ctrl+B).")
                                   : backups->lastProblem());
}

Section MainWindow::currentSection() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_sections.size() ? m_sections.at(row) : Section::Billing;
}

void MainWindow::openInvoice(qint64 invoiceId)
{
    const auto index = m_sections.indexOf(Section::Billing);
    if (index < 0)
        return;
    auto* billing = qobject_cast<BillingPage*>(pageAt(int(index)));
    showSection(Section::Billing);
    if (billing)
        billing->openInvoice(invoiceId);
}

void MainWindow::showSection(Section section)
{
    const auto index = m_sections.indexOf(section);
    if (index >= 0) {
        m_sidebar->setCurrentRow(int(index));
        if (QWidget* page = m_pages->currentWidget())
            page->setFocus();
    }
}

void MainWindow::setPaystackMode(PaystackMode mode, const QString& problem)
{
    QString text =
        m_context.training() ? tr("Paystack: sandbox %1").arg(m_context.options.sandboxUrl.toString()) : describe(mode);
    if (!problem.isEmpty())
        text = tr("Paystack key: %1").arg(problem);
    m_paystackStatus->setText(text);
    const bool training = m_context.training() || (mode != PaystackMode::Live && mode != PaystackMode::NotConfigured);
    m_banner->setVisible(training);
    if (!m_context.training() && mode == PaystackMode::Test)
        m_banner->setReason(tr("Paystack test key"));
    else if (!m_context.training() && mode == PaystackMode::Sandbox)
        m_banner->setReason(tr("Paystack sandbox"));
    else
        m_banner->setReason(QString());
}

bool MainWindow::isTrainingBannerShown() const
{
    return m_banner->isVisible();
}

QString MainWindow::statusText() const
{
    return QStringList{m_databaseStatus->text(), m_serverStatus->text(), m_paystackStatus->text(),
                       m_backupStatus->text()}
        .join(u" | ");
}

} // namespace paydesk
