#include "error_label.h"

#include <QLabel>

namespace paydesk {

QString errorStyleSheet()
{
    return QStringLiteral("color: #b00020;");
}

QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(errorStyleSheet());
    return label;
}

} // namespace paydesk
