#include "airtime/vendor_panel.h"

#include "airtime/airtime_catalog.h"
#include "airtime/airtime_engine.h"
#include "airtime/catalog_dialog.h"
#include "airtime/customer_payment_service.h"
#include "airtime/report_dialog.h"
#include "airtime/sale_repository.h"
#include "airtime/topup_dialog.h"
#include "airtime/wallet.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimeZone>

namespace paydesk {

using namespace airtime;

struct VendorPanel::Figures
{
    QString error;
    Money wallet;
    QList<SaleRepository::NetworkTotal> today;
    QList<AirtimeSale> open;
    QList<CustomerPayment> unsold; // paid by bank USSD, the sale not made yet (the wallet was short)
};

VendorPanel::VendorPanel(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setMinimumWidth(340);
    auto* layout = new QVBoxLayout(this);
    m_wallet = new QLabel(this);
    m_wallet->setObjectName(QStringLiteral("walletBalance"));
    m_wallet->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    layout->addWidget(m_wallet);
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("providerLink"));
    m_link->setWordWrap(true);
    m_link->setStyleSheet(QStringLiteral("font-size: 12pt;"));
    layout->addWidget(m_link);
    m_reconciliation = new QLabel(this);
    m_reconciliation->setObjectName(QStringLiteral("reconciliation"));
    m_reconciliation->setWordWrap(true);
    m_reconciliation->setStyleSheet(QStringLiteral("font-size: 11pt;"));
    m_reconciliation->setText(tr("Compare with the provider's balance: F6"));
    layout->addWidget(m_reconciliation);
    auto* walletButtons = new QGridLayout; // two to a row: three do not fit the panel's width
    auto* topUpButton = new QPushButton(tr("Top up (F7)"), this);
    topUpButton->setObjectName(QStringLiteral("topUp"));
    auto* reconcileButton = new QPushButton(tr("Compare (F6)"), this);
    reconcileButton->setObjectName(QStringLiteral("reconcile"));
    auto* reportButton = new QPushButton(tr("Report (F9)"), this);
    reportButton->setObjectName(QStringLiteral("report"));
    // The prefix table is the admin's (core refuses anyone else too); the others do not see the button.
    auto* catalogButton = new QPushButton(tr("Networks (F10)"), this);
    catalogButton->setObjectName(QStringLiteral("catalog"));
    const bool admin = hasAtLeast(m_context.user.role, Role::Admin);
    catalogButton->setVisible(admin);
    int placed = 0;
    for (QPushButton* button : {topUpButton, reconcileButton, reportButton, catalogButton}) {
        button->setStyleSheet(QStringLiteral("font-size: 12pt; min-height: 40px;"));
        walletButtons->addWidget(button, placed / 2, placed % 2);
        ++placed;
    }
    layout->addLayout(walletButtons);
    connect(topUpButton, &QPushButton::clicked, this, &VendorPanel::topUp);
    connect(reconcileButton, &QPushButton::clicked, this, &VendorPanel::reconcile);
    connect(reportButton, &QPushButton::clicked, this, &VendorPanel::openReport);
    connect(catalogButton, &QPushButton::clicked, this, &VendorPanel::openCatalog);
    for (auto [key, slot] :
         {std::pair{Qt::Key_F7, &VendorPanel::topUp}, std::pair{Qt::Key_F6, &VendorPanel::reconcile},
          std::pair{Qt::Key_F9, &VendorPanel::openReport}, std::pair{Qt::Key_F10, &VendorPanel::openCatalog}}) {
        // Window-wide: the vendor reaches them from any step of the kiosk.
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    if (m_context.topUps)
        connect(m_context.topUps, &TopUpService::topUpChanged, this, &VendorPanel::refresh);

    auto* todayTitle = new QLabel(tr("Today by network"), this);
    todayTitle->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    layout->addWidget(todayTitle);
    m_today = new QTableWidget(0, 4, this);
    m_today->setObjectName(QStringLiteral("todayByNetwork"));
    m_today->setHorizontalHeaderLabels({tr("Network"), tr("Delivered"), tr("Value"), tr("Commission")});
    m_today->verticalHeader()->hide();
    m_today->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_today->horizontalHeader()->setStretchLastSection(true);
    m_today->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_today->setFocusPolicy(Qt::NoFocus);
    m_today->setStyleSheet(QStringLiteral("font-size: 12pt;"));
    layout->addWidget(m_today, 1);

    auto* openTitle = new QLabel(tr("Not settled yet"), this);
    openTitle->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    layout->addWidget(openTitle);
    m_open = new QListWidget(this);
    m_open->setObjectName(QStringLiteral("openSales"));
    m_open->setAccessibleName(tr("Sales not settled yet"));
    m_open->setStyleSheet(QStringLiteral("font-size: 12pt;"));
    layout->addWidget(m_open, 1);
    m_check = new QPushButton(tr("Check now (F5)"), this);
    m_check->setObjectName(QStringLiteral("checkNow"));
    m_check->setStyleSheet(QStringLiteral("font-size: 14pt; min-height: 48px;"));
    layout->addWidget(m_check);
    connect(m_check, &QPushButton::clicked, this, &VendorPanel::checkSelected);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &VendorPanel::checkSelected);
    refresh();
}

QString VendorPanel::walletText() const
{
    return m_wallet->text();
}

void VendorPanel::refresh()
{
    if (!m_context.worker)
        return;
    if (m_refreshing) {
        m_again = true; // one more read once this one lands: never a queue of reads
        return;
    }
    m_refreshing = true;
    const Database db = m_context.db;
    const QString desk = m_context.desk();
    // Today in the kiosk's own time zone.
    const QDateTime since = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    m_context.worker->run(
        [db, desk, since] {
            Figures figures;
            auto wallet = Wallet(db).balance(Currency::ngn());
            auto today = SaleRepository(db).deliveredByNetwork(desk, since);
            auto open = SaleRepository(db).open(desk);
            auto unsold = CustomerPaymentRepository(db).paidNotSold(desk);
            if (!wallet || !today || !open || !unsold) {
                figures.error = !wallet  ? wallet.error().message
                                : !today ? today.error().message
                                : !open  ? open.error().message
                                         : unsold.error().message;
                return figures;
            }
            figures.unsold = *unsold;
            figures.wallet = *wallet;
            figures.today = *today;
            figures.open = *open;
            return figures;
        },
        this,
        [this](const Figures& figures) {
            m_refreshing = false;
            show(figures);
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void VendorPanel::show(const Figures& figures)
{
    if (!figures.error.isEmpty()) {
        m_wallet->setText(tr("Wallet: cannot be read (%1)").arg(figures.error));
        return;
    }
    m_wallet->setText(tr("Wallet: %1").arg(figures.wallet.format()));
    m_walletBalance = figures.wallet;
    m_queuedCost = Money::fromMinor(0, figures.wallet.currency());
    for (const AirtimeSale& sale : figures.open)
        if (sale.state == SaleState::Created)
            m_queuedCost = m_queuedCost.plus(sale.cost).valueOr(m_queuedCost);
    const AirtimeEngine* engine = m_context.airtime;
    if (!engine)
        m_link->setText(tr("Airtime provider: not configured"));
    else if (engine->isOnline())
        m_link->setText(tr("Airtime provider: reachable"));
    else
        m_link->setText(tr("Airtime provider: cannot be reached (%1). Sales are queued and sent when it is back.")
                            .arg(engine->linkDetail()));

    const auto catalog = AirtimeCatalog::current();
    m_today->setRowCount(int(figures.today.size()));
    for (int r = 0; r < figures.today.size(); ++r) {
        const SaleRepository::NetworkTotal& total = figures.today.at(r);
        const Network* network = catalog->network(total.network);
        m_today->setItem(r, 0, new QTableWidgetItem(network ? network->name : total.network));
        m_today->setItem(r, 1, new QTableWidgetItem(QString::number(total.count)));
        m_today->setItem(r, 2, new QTableWidgetItem(total.value.format()));
        m_today->setItem(r, 3, new QTableWidgetItem(total.commission.format()));
    }

    const qint64 selected = m_open->currentItem() ? m_open->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_open->clear();
    for (const AirtimeSale& sale : figures.open) {
        auto* item =
            new QListWidgetItem(QStringLiteral("#%1  %2  %3  %4: %5")
                                    .arg(sale.id)
                                    .arg(sale.phone, sale.amount.format(), sale.network, saleStateLabel(sale.state)),
                                m_open);
        item->setData(Qt::UserRole, sale.id);
        if (sale.id == selected)
            m_open->setCurrentItem(item);
    }
    // Customers who paid by bank and are owed their airtime come first in the vendor's mind: listed with why.
    for (const CustomerPayment& payment : figures.unsold) {
        auto* item = new QListWidgetItem(
            tr("Paid by bank, not sold yet: %1  %2  %3 (%4)")
                .arg(payment.order.phone, payment.amount().format(), payment.order.network, payment.reference),
            m_open);
        item->setToolTip(payment.detail);
        item->setForeground(QColor(0x8a, 0x4b, 0x00));
    }
    m_unsold = int(figures.unsold.size());
    if (figures.open.isEmpty() && figures.unsold.isEmpty())
        new QListWidgetItem(tr("Every sale is settled."), m_open);
    m_check->setEnabled((!figures.open.isEmpty() && engine) || (m_unsold > 0 && m_context.airtimePayments));
}

QString VendorPanel::reconciliationText() const
{
    return m_reconciliation->text();
}

void VendorPanel::topUp()
{
    // A child of the window, not of the kiosk: the vendor's dialog keeps the desk's ordinary look.
    auto* dialog = new TopUpDialog(m_context, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VendorPanel::openCatalog()
{
    if (!hasAtLeast(m_context.user.role, Role::Admin))
        return;
    auto* dialog = new CatalogDialog(m_context, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VendorPanel::openReport()
{
    auto* dialog = new AirtimeReportDialog(m_context, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VendorPanel::reconcile()
{
    if (!m_context.airtimeProvider)
        return;
    m_reconciliation->setText(tr("Asking the provider for its balance…"));
    m_context.airtimeProvider->balance(this, [this](const Result<Money, QString>& balance) {
        if (!balance) {
            m_reconciliation->setText(tr("The provider's balance could not be read: %1").arg(balance.error()));
            return;
        }
        // Queued sales are debited here but not yet at the provider; sales sent and not settled are debited at both.
        const Money expected = m_walletBalance.plus(m_queuedCost).valueOr(m_walletBalance);
        const auto difference = balance->minus(expected);
        if (!difference) {
            m_reconciliation->setText(
                tr("Provider: %1 (not comparable with the wallet's %2)").arg(balance->format(), expected.format()));
            return;
        }
        if (difference->isZero())
            m_reconciliation->setText(
                tr("Provider: %1, the same as the wallet (with queued sales). Reconciled.").arg(balance->format()));
        else if (difference->isNegative())
            m_reconciliation->setText(
                tr("Provider: %1, %2 less than the wallet expects (%3): fund the provider "
                   "with the top-ups, or look for sales the provider counted and we did not.")
                    .arg(balance->format(), difference->negated().valueOr(*difference).format(), expected.format()));
        else
            m_reconciliation->setText(tr("Provider: %1, %2 more than the wallet expects (%3): funds not yet "
                                         "entered here, or a refund the provider made.")
                                          .arg(balance->format(), difference->format(), expected.format()));
    });
}

void VendorPanel::checkSelected()
{
    if (!m_context.airtime)
        return;
    // The selected sale, or every open one when none is selected.
    QList<qint64> ids;
    if (m_open->currentItem() && m_open->currentItem()->data(Qt::UserRole).toLongLong() > 0)
        ids << m_open->currentItem()->data(Qt::UserRole).toLongLong();
    else
        for (int i = 0; i < m_open->count(); ++i)
            if (const qint64 id = m_open->item(i)->data(Qt::UserRole).toLongLong(); id > 0)
                ids << id;
    for (qint64 id : ids)
        m_context.airtime->checkNow(id);
    if (m_unsold > 0 && m_context.airtimePayments)
        m_context.airtimePayments->retryUnsold();
}

} // namespace paydesk
