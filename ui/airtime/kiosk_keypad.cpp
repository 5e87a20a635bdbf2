#include "airtime/kiosk_keypad.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace paydesk {

KioskKeypad::KioskKeypad(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setSpacing(8);
    const QStringList keys{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                           QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                           QStringLiteral("9"), QStringLiteral("⌫"), QStringLiteral("0"), QStringLiteral("OK")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* button = new QPushButton(keys.at(i) == u"OK" ? tr("OK") : keys.at(i), this);
        button->setObjectName(QStringLiteral("key_%1").arg(i));
        button->setFocusPolicy(Qt::NoFocus); // the field keeps the keyboard focus
        button->setMinimumSize(84, 52);
        button->setAccessibleName(keys.at(i) == u"⌫" ? tr("Delete") : button->text());
        connect(button, &QPushButton::clicked, this, [this, key = keys.at(i)] { press(key); });
        grid->addWidget(button, i / 3, i % 3);
    }
}

void KioskKeypad::press(const QString& key)
{
    if (key == u"OK") {
        emit confirmed();
        return;
    }
    if (!m_target)
        return;
    if (key == u"⌫")
        m_target->backspace();
    else
        m_target->insert(key);
}

} // namespace paydesk
