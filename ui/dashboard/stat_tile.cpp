#include "stat_tile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace paydesk::dashboard {

StatTile::StatTile(const QString& title, QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    auto* heading = new QLabel(title, this);
    heading->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_value = new QLabel(this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void StatTile::show(const QString& value, const QString& detail, bool warn)
{
    m_value->setText(value);
    m_value->setStyleSheet(warn ? QStringLiteral("color: #b00020;") : QString());
    m_detail->setText(detail);
    setAccessibleDescription(value + u' ' + detail);
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::detail() const
{
    return m_detail->text();
}

} // namespace paydesk::dashboard
