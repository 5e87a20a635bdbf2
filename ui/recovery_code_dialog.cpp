#include "recovery_code_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

RecoveryCodeDialog::RecoveryCodeDialog(const QString& code, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryCodeDialog"));
    setWindowTitle(tr("Backup recovery code"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Backups are encrypted with a key kept in this PC's keychain. Write this recovery code "
                                "down now and keep it away from the backup drive: with it, the backups can be "
                                "restored on another PC if this one dies; without it, nobody can read them. Paydesk "
                                "shows it only now."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* shown = new QLabel(code, this);
    shown->setObjectName(QStringLiteral("recoveryCode"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    shown->setFont(mono);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    shown->setAlignment(Qt::AlignCenter);
    layout->addWidget(shown);
    auto* written = m_written = new QCheckBox(tr("I have &written it down"), this);
    written->setObjectName(QStringLiteral("writtenDown"));
    layout->addWidget(written);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    ok->setDefault(true); // Enter, once it is enabled
    connect(written, &QCheckBox::toggled, ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    written->setFocus();
}

void RecoveryCodeDialog::reject()
{
    if (m_written->isChecked())
        QDialog::reject();
}

} // namespace paydesk
