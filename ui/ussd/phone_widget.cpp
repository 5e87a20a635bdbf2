#include "ussd/phone_widget.h"

#include "ussd/handset.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ussd {

PhoneWidget::PhoneWidget(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("phone"));
    setAccessibleName(tr("Simulated phone"));
    setStyleSheet(QStringLiteral(
        "#phone { background: #2b2f36; border-radius: 28px; }"
        "#phoneScreen { background: #d7e4c4; color: #1c2414; border: 2px solid #11151a; border-radius: 6px; "
        "padding: 6px; }"
        "#phone QPushButton { background: #454b55; color: white; border-radius: 10px; min-height: 34px; "
        "font-size: 15px; }"
        "#phone QPushButton:focus { border: 2px solid #8ab4f8; }"
        "#phone QPushButton#phoneSend { background: #2e7d32; }"
        "#phone QPushButton#phoneEnd { background: #c62828; }"
        "#phone QLineEdit { background: #f4f6f0; border-radius: 4px; padding: 4px; font-size: 15px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 26, 22, 26);
    layout->setSpacing(8);

    m_screen = new QLabel(this);
    m_screen->setObjectName(QStringLiteral("phoneScreen"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(11);
    m_screen->setFont(mono);
    m_screen->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_screen->setTextFormat(Qt::PlainText);
    m_screen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QFontMetrics metrics(mono);
    m_screen->setFixedWidth(metrics.horizontalAdvance(QString(Columns, u'M')) + 20);
    m_screen->setMinimumHeight(metrics.lineSpacing() * 12 + 16);
    m_screen->setAccessibleName(tr("Phone screen"));
    layout->addWidget(m_screen);

    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("phoneEntry"));
    m_entry->setAccessibleName(tr("Dial or reply"));
    layout->addWidget(m_entry);
    connect(m_entry, &QLineEdit::returnPressed, this, &PhoneWidget::send);

    auto* calls = new QHBoxLayout;
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("phoneSend"));
    auto* clear = new QPushButton(tr("C"), this);
    clear->setObjectName(QStringLiteral("phoneClear"));
    clear->setToolTip(tr("Delete the last character (Backspace)"));
    auto* end = new QPushButton(tr("End"), this);
    end->setObjectName(QStringLiteral("phoneEnd"));
    end->setToolTip(tr("End the session (Esc)"));
    calls->addWidget(m_send);
    calls->addWidget(clear);
    calls->addWidget(end);
    layout->addLayout(calls);
    connect(m_send, &QPushButton::clicked, this, &PhoneWidget::send);
    connect(clear, &QPushButton::clicked, m_entry, &QLineEdit::backspace);
    connect(end, &QPushButton::clicked, this, &PhoneWidget::endPressed);

    auto* keypad = new QGridLayout;
    const QStringList keys{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                           QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                           QStringLiteral("9"), QStringLiteral("*"), QStringLiteral("0"), QStringLiteral("#")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* key = new QPushButton(keys.at(i), this);
        key->setObjectName(QStringLiteral("phoneKey_%1").arg(i));
        key->setFocusPolicy(Qt::NoFocus); // the keyboard types into the box; the keys are for the mouse
        const QString text = keys.at(i);
        connect(key, &QPushButton::clicked, this, [this, text] { press(text); });
        keypad->addWidget(key, i / 3, i % 3);
    }
    layout->addLayout(keypad);
    setInSession(false);
    setFocusProxy(m_entry);
}

void PhoneWidget::showText(const QString& text)
{
    m_screen->setText(handsetLines(text, Columns).join(u'\n'));
}

QString PhoneWidget::shownText() const
{
    return m_screen->text();
}

void PhoneWidget::setInSession(bool inSession)
{
    m_inSession = inSession;
    m_entry->setPlaceholderText(inSession ? tr("Reply") : tr("Dial a code, e.g. *999#"));
}

void PhoneWidget::setBusy(bool busy)
{
    m_entry->setReadOnly(busy);
    m_send->setEnabled(!busy);
}

void PhoneWidget::press(const QString& key)
{
    m_entry->insert(key);
    m_entry->setFocus();
}

void PhoneWidget::send()
{
    if (m_entry->isReadOnly())
        return;
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty() && !m_inSession)
        return;
    m_entry->clear();
    emit sendPressed(text);
}

void PhoneWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit endPressed();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace paydesk::ussd
