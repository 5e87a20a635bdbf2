#pragma once

#include "startup_options.h"

#include <QString>
#include <QUrl>

class QWidget;

namespace paydesk::test {

// Saves a picture of the widget for the docs when PAYDESK_SCREENSHOT_DIR is set (./dev.sh screenshots).
void saveScreenshot(QWidget* window, const QString& name);

// The startup options of a training desk in `dir` that has been set up: a SQLite database migrated with the sample
// data (training accounts, price list, patients, the airtime float) and a paydesk.conf whose webhook server listens
// on any free loopback port. Empty options (databaseUrl empty) when the database could not be made.
StartupOptions sampleTrainingDesk(const QString& dir, const QUrl& sandboxUrl);

} // namespace paydesk::test
