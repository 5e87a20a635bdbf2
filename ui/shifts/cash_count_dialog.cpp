#include "shifts/cash_count_dialog.h"

#include "error_label.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace paydesk::shifts {

CashCountDialog::CashCountDialog(const QString& title, const QString& intro, Currency currency, QWidget* parent)
    : QDialog(parent), m_currency(currency)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("cashCountDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Note or coin</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Pieces</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Value</b>"), this), 0, 2, Qt::AlignRight);
    int row = 1;
    const CashCount labels(currency);
    for (qint64 denomination : denominationsOf(currency)) {
        auto* pieces = new QSpinBox(this);
        pieces->setObjectName(QStringLiteral("pieces_%1").arg(denomination));
        pieces->setRange(0, 100000);
        pieces->setAccelerated(true);
        auto* label = new QLabel(labels.label(denomination), this);
        label->setBuddy(pieces);
        auto* lineTotal = new QLabel(this);
        lineTotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        lineTotal->setMinimumWidth(120);
        grid->addWidget(label, row, 0);
        grid->addWidget(pieces, row, 1);
        grid->addWidget(lineTotal, row, 2);
        m_pieces.insert(denomination, pieces);
        m_lineTotals.insert(denomination, lineTotal);
        connect(pieces, &QSpinBox::valueChanged, this, &CashCountDialog::updateTotal);
        ++row;
    }
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("countTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(new QLabel(tr("<b>Total</b>"), this), row, 0);
    grid->addWidget(m_total, row, 2);
    layout->addLayout(grid);

    m_reasonLabel = new QLabel(tr("&Why the count differs:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("varianceReason"));
    m_reason->setMaxLength(500);
    m_reasonLabel->setBuddy(m_reason);
    m_reasonLabel->hide();
    m_reason->hide();
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    m_error = makeErrorLabel(this, QStringLiteral("countError"));
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(title, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitCount"));
    m_submit->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, [this] { emit submitted(count(), reason()); });
    updateTotal();
    if (!m_pieces.isEmpty())
        m_pieces.value(denominationsOf(currency).first())->setFocus();
}

CashCount CashCountDialog::count() const
{
    CashCount drawer(m_currency);
    for (auto it = m_pieces.cbegin(); it != m_pieces.cend(); ++it)
        (void)drawer.set(it.key(), it.value()->value()); // the spin boxes keep to the range set() accepts
    return drawer;
}

QString CashCountDialog::reason() const
{
    return m_reason->isVisible() ? m_reason->text() : QString();
}

void CashCountDialog::refused(const QString& message, bool needsReason)
{
    m_error->setText(message);
    if (needsReason) {
        m_reasonLabel->show();
        m_reason->show();
        m_reason->setFocus();
    }
}

void CashCountDialog::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
}

void CashCountDialog::updateTotal()
{
    const CashCount drawer = count();
    for (auto it = m_lineTotals.cbegin(); it != m_lineTotals.cend(); ++it) {
        const auto value = Money::fromMinor(it.key(), m_currency).times(drawer.pieces(it.key()));
        it.value()->setText(value ? value->format() : QString());
    }
    const auto total = drawer.total();
    m_total->setText(total ? QStringLiteral("<b>%1</b>").arg(total->format().toHtmlEscaped())
                           : describe(total.error()));
}

} // namespace paydesk::shifts
