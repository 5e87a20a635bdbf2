#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace paydesk {

// The red, wrapping line under a form that says what is wrong; one look on every form and dialog.
QLabel* makeErrorLabel(QWidget* parent, const QString& objectName);
QString errorStyleSheet();

} // namespace paydesk
