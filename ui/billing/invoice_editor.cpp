#include "invoice_editor.h"

#include "billing/approval_dialog.h"
#include "billing/invoice_repository.h"
#include "error_label.h"
#include "storage/settings_repository.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk {

namespace {
enum Column { Code, Description, Quantity, UnitPrice, Discount, Amount };
}

InvoiceEditor::InvoiceEditor(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("invoiceEditor"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("priceSearch"));
    m_search->setPlaceholderText(tr("Find a service or item: code or name"));
    m_search->installEventFilter(this);
    auto* quantityLabel = new QLabel(tr("&Qty:"), this);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("addQuantity"));
    m_quantity->setRange(1, int(InvoiceMath::kMaxQuantity));
    quantityLabel->setBuddy(m_quantity);
    m_quantity->installEventFilter(this);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(quantityLabel);
    searchRow->addWidget(m_quantity);
    layout->addLayout(searchRow);
    m_prices = new QListWidget(this);
    m_prices->setObjectName(QStringLiteral("priceResults"));
    m_prices->setFocusPolicy(Qt::NoFocus);
    m_prices->setMaximumHeight(150);
    connect(m_prices, &QListWidget::itemDoubleClicked, this, &InvoiceEditor::addSelected);
    layout->addWidget(m_prices);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("invoiceLines"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Description"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_updating || item->column() != Quantity || item->row() >= m_lines.size())
            return;
        bool ok = false;
        const qint64 quantity = item->text().trimmed().toLongLong(&ok);
        if (!ok || quantity < 1 || quantity > InvoiceMath::kMaxQuantity) {
            m_error->setText(tr("A quantity is a whole number from 1 to %1.").arg(InvoiceMath::kMaxQuantity));
        } else {
            m_lines[item->row()].quantity = quantity;
            m_error->clear();
        }
        recalculate();
    });
    layout->addWidget(m_table, 1);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("invoiceTotals"));
    m_totals->setAlignment(Qt::AlignRight);
    m_totals->setTextFormat(Qt::RichText);
    layout->addWidget(m_totals);
    m_error = makeErrorLabel(this, QStringLiteral("invoiceError"));
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const char* shortcut, const char* name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        if (shortcut)
            b->setShortcut(QKeySequence(QLatin1String(shortcut)));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("Discount / waiver (Ctrl+D)"), "Ctrl+D", "discountLine", [this] { discountSelected(); });
    button(tr("Free-text line (Ctrl+T)"), "Ctrl+T", "freeTextLine", [this] { addFreeText(); });
    buttons->addStretch(1);
    button(tr("Cancel (Esc)"), nullptr, "cancelBill", [this] { emit cancelled(); });
    auto* save = button(tr("&Save and take payment (Ctrl+Enter)"), "Ctrl+Return", "saveBill", [this] { this->save(); });
    save->setDefault(true);
    layout->addLayout(buttons);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_lines.isEmpty() ||
            QMessageBox::question(this, tr("Cancel bill"), tr("Discard this bill?")) == QMessageBox::Yes)
            emit cancelled();
    });
    connect(m_search, &QLineEdit::textChanged, this, &InvoiceEditor::searchPrices);
    connect(m_search, &QLineEdit::returnPressed, this, &InvoiceEditor::addSelected);
    setFocusProxy(m_search);
}

void InvoiceEditor::start(const Patient& patient)
{
    m_patient = patient;
    m_lines.clear();
    m_approver.clear();
    m_error->clear();
    m_search->clear();
    m_quantity->setValue(1);
    m_title->setText(tr("<h2>New bill</h2><p>%1 · %2</p>")
                         .arg(patient.fullName().toHtmlEscaped(), patient.hospitalNumber.toHtmlEscaped()));
    m_context.worker->run(
        [db = m_context.db] { return SettingsRepository(db).intOr(QStringLiteral("billing.tax_rate_bp"), 750); }, this,
        [this](int rate) {
            m_taxRate = rate;
            recalculate();
        });
    recalculate();
    searchPrices();
    m_search->setFocus();
}

QString InvoiceEditor::totalText() const
{
    const auto bill = InvoiceMath::calculate(m_lines, Currency::ngn(), m_taxRate);
    return bill ? bill->totals.total.format() : QString();
}

bool InvoiceEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_prices->count() > 0) {
        const int row =
            std::clamp(m_prices->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1), 0, m_prices->count() - 1);
        m_prices->setCurrentRow(row);
        return true;
    }
    if (watched == m_quantity && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        addSelected();
        return true;
    }
    if (watched == m_table && key->key() == Qt::Key_Delete) { // an open cell editor gets its own keys
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void InvoiceEditor::searchPrices()
{
    const QString text = m_search->text();
    const quint64 sequence = ++m_sequence;
    m_context.worker->run([db = m_context.db, text] { return PriceListRepository(db).search(text, 30); }, this,
                          [this, sequence](const Result<QList<PriceItem>, DbError>& found) {
                              if (sequence != m_sequence || !found)
                                  return;
                              m_found = *found;
                              m_prices->clear();
                              for (const PriceItem& item : m_found)
                                  m_prices->addItem(
                                      QStringLiteral("%1  ·  %2  ·  %3  (%4)")
                                          .arg(item.code, item.name, item.unitPrice.format(), item.category));
                              if (!m_found.isEmpty())
                                  m_prices->setCurrentRow(0);
                          });
}

void InvoiceEditor::addSelected()
{
    const int row = m_prices->currentRow();
    if (row < 0 || row >= m_found.size()) {
        m_error->setText(tr("No price list item matches “%1”.").arg(m_search->text()));
        return;
    }
    const PriceItem& item = m_found.at(row);
    // The same item again adds to its quantity rather than a second line.
    for (InvoiceLineInput& line : m_lines) {
        if (line.priceItemId == item.id && !line.hasDiscount()) {
            line.quantity = std::min<qint64>(line.quantity + m_quantity->value(), InvoiceMath::kMaxQuantity);
            m_quantity->setValue(1);
            m_search->clear();
            recalculate();
            return;
        }
    }
    InvoiceLineInput line;
    line.priceItemId = item.id;
    line.code = item.code;
    line.description = item.name;
    line.unitPrice = item.unitPrice;
    line.quantity = m_quantity->value();
    line.taxable = item.taxable;
    addLine(line);
    m_quantity->setValue(1);
    m_search->clear();
    m_search->setFocus();
}

void InvoiceEditor::addLine(const InvoiceLineInput& line)
{
    m_lines << line;
    m_error->clear();
    recalculate();
    m_table->selectRow(int(m_lines.size()) - 1);
}

void InvoiceEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines.removeAt(row);
    recalculate();
}

bool InvoiceEditor::ensureApproval(const QString& what)
{
    if (hasAtLeast(m_context.user.role, Role::Supervisor) || !m_approver.isEmpty())
        return true;
    ApprovalDialog dialog(m_context, what, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_approver = dialog.approver();
    return true;
}

void InvoiceEditor::discountSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_lines.size()) {
        m_error->setText(tr("Choose the line to discount first (Tab to the lines, ↑/↓)."));
        return;
    }
    if (!ensureApproval(tr("A discount or waiver")))
        return;
    InvoiceLineInput& line = m_lines[row];
    const Money gross = line.unitPrice.times(line.quantity).valueOr(line.unitPrice);
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Discount"),
        tr("Discount on %1 (up to %2; type the full amount to waive it):").arg(line.description, gross.format()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto discount = Money::parse(text, gross.currency());
    if (!discount || *discount > gross) {
        m_error->setText(discount ? tr("The discount cannot be more than the line (%1).").arg(gross.format())
                                  : tr("Discount “%1”: %2").arg(text, describe(discount.error())));
        return;
    }
    line.discount = *discount;
    m_error->clear();
    recalculate();
}

void InvoiceEditor::addFreeText()
{
    if (!ensureApproval(tr("A free-text line")))
        return;
    bool ok = false;
    const QString description =
        QInputDialog::getText(this, tr("Free-text line"), tr("Description:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || description.trimmed().isEmpty())
        return;
    const QString priceText = QInputDialog::getText(this, tr("Free-text line"), tr("Price of “%1”:").arg(description),
                                                    QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto price = Money::parse(priceText, Currency::ngn());
    if (!price) {
        m_error->setText(tr("Price “%1”: %2").arg(priceText, describe(price.error())));
        return;
    }
    InvoiceLineInput line;
    line.code = QStringLiteral("MISC");
    line.description = description.trimmed();
    line.unitPrice = *price;
    addLine(line);
}

void InvoiceEditor::recalculate()
{
    m_updating = true;
    m_table->setRowCount(int(m_lines.size()));
    const auto bill = InvoiceMath::calculate(m_lines, Currency::ngn(), m_taxRate);
    for (int row = 0; row < m_lines.size(); ++row) {
        const InvoiceLineInput& line = m_lines.at(row);
        const QString amount = bill ? bill->lines.at(row).total.format() : QString();
        const QStringList cells{line.code,
                                line.description,
                                QString::number(line.quantity),
                                line.unitPrice.format(),
                                line.hasDiscount() ? line.discount.format() : QString(),
                                amount};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column != Quantity)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (column >= Quantity)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_updating = false;
    if (m_lines.isEmpty()) {
        m_totals->setText(
            tr("<span style='font-size: 16pt'>Total: %1</span>").arg(Money::zero(Currency::ngn()).format()));
        return;
    }
    if (!bill) {
        m_totals->clear();
        m_error->setText(bill.error());
        return;
    }
    const InvoiceTotals& t = bill->totals;
    m_totals->setText(tr("Subtotal %1 · Discount %2 · VAT %3<br><span style='font-size: 16pt'><b>Total: %4</b></span>")
                          .arg(t.subtotal.format(), t.discount.format(), t.tax.format(), t.total.format()));
}

void InvoiceEditor::save()
{
    if (m_lines.isEmpty()) {
        m_error->setText(tr("Add at least one item to the bill."));
        m_search->setFocus();
        return;
    }
    const InvoiceDraft draft{m_patient.id, Currency::ngn(), m_lines};
    setEnabled(false);
    m_context.worker->run([db = m_context.db, draft,
                           actor = m_context.actor(m_approver)] { return InvoiceRepository(db).issue(draft, actor); },
                          this,
                          [this](const Result<Invoice, QString>& invoice) {
                              setEnabled(true);
                              if (!invoice) {
                                  m_error->setText(invoice.error());
                                  return;
                              }
                              emit issued(*invoice);
                          });
}

} // namespace paydesk
