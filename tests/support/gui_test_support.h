#pragma once

#include "billing/invoice.h"
#include "money/money.h"
#include "sandbox_rig.h"
#include "startup_options.h"

#include <QApplication>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class QWidget;

namespace paydesk {
struct AppContext;
class AppController;
class MainWindow;
class SecretStore;
} // namespace paydesk

namespace paydesk::test {

// The shown top-level window of this type (an open dialog), or null.
template <typename Window> Window* visibleWindow()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* window = qobject_cast<Window*>(widget); window && window->isVisible())
            return window;
    return nullptr;
}

// Saves a picture of the widget for the docs when PAYDESK_SCREENSHOT_DIR is set (./dev.sh screenshots).
void saveScreenshot(QWidget* window, const QString& name);

// The startup options of a training desk in `dir` that has been set up: a SQLite database migrated with the sample
// data (training accounts, price list, patients, the airtime float) and a paydesk.conf whose webhook server listens
// on any free loopback port. Empty options (databaseUrl empty) when the database could not be made.
StartupOptions sampleTrainingDesk(const QString& dir, const QUrl& sandboxUrl);

// Makes the window the active one (keyboard input goes there); true once the window system agrees.
bool activateWindow(QWidget* window);

// What TrainingSecretStore gives a training desk, with the given Paystack secret: the sandbox's VTpass keys.
std::unique_ptr<SecretStore> sandboxSecrets(const QByteArray& paystackSecret);

// Waits for the login dialog, types the name and password, presses Enter; true once the main window shows.
bool logInByKeyboard(AppController& app, const QString& username, const QString& password);

// A training desk in real windows against paydesk-sandbox in this process, as the GUI tests start one.
struct TrainingDesk
{
    QTemporaryDir dir;
    std::unique_ptr<SandboxRig> sandbox;
    std::unique_ptr<AppController> app;

    // Starts the sandbox, makes the sample desk in `dir` (`prepare` may add to its database before the app opens
    // it, like the dashboard's generated history), starts the app and logs `username` in by keyboard with the
    // training password, the main window active. Empty when all went well, else why not.
    QString start(const QString& username,
                  const std::function<QString(const StartupOptions&)>& prepare = {},
                  const QString& password = QString());
    MainWindow* window() const;
    ~TrainingDesk();
};

// Bills the sample patient Okafor one consultation from the price list, as the cashier does.
Result<Invoice, QString> issueConsultationInvoice(AppContext& context);

// Bills a sample patient one consultation from the price list and takes it in cash through the desk's payment
// engine, as the cashier's screens do; the amount paid, or why it was not.
Result<Money, QString> payConsultationInCash(AppContext& context);

} // namespace paydesk::test
