#pragma once

#include <QString>

class QWidget;

namespace paydesk::test {

// Saves a picture of the widget for the docs when PAYDESK_SCREENSHOT_DIR is set (./dev.sh screenshots).
void saveScreenshot(QWidget* window, const QString& name);

} // namespace paydesk::test
