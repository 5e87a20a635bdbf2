#include "app_controller.h"
#include "cli/exit_codes.h"
#include "config/app_config.h"
#include "security/keychain_secret_store.h"
#include "security/training_secret_store.h"
#include "startup_options.h"
#include "util/app_identity.h"
#include "util/translator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

// Peak resident memory so far, from /proc (Linux); for the start-up benchmark.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// --help and --version (and their short forms) only print: a packager's check or an operator over ssh has no display,
// and QApplication aborts without one.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all" ||
            argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

// Answers a command line that only prints, under a QCoreApplication (no window system).
int printOnly(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    paydesk::applyApplicationIdentity();
    auto options = paydesk::StartupOptions::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "paydesk: %s\n", qPrintable(options.error()));
        return paydesk::ExitUsage;
    }
    if (options->showHelp)
        std::fputs(qPrintable(options->helpText), stdout);
    else
        std::printf("paydesk %s\n", qPrintable(QCoreApplication::applicationVersion()));
    return paydesk::ExitOk;
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv))
        return printOnly(argc, argv);
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    paydesk::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Paydesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/paydesk/icons/paydesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.paydesk.Paydesk"));

    auto options = paydesk::StartupOptions::parse(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "paydesk: %s\n", qPrintable(options.error()));
        return paydesk::ExitUsage;
    }
    const paydesk::AppConfig config(options->configPath);
    paydesk::installTranslations(options->language.isEmpty() ? config.language() : options->language);

    std::unique_ptr<paydesk::SecretStore> secrets = std::make_unique<paydesk::KeychainSecretStore>();
    if (options->training)
        secrets = std::make_unique<paydesk::TrainingSecretStore>(std::move(secrets));
    paydesk::AppController controller(*options, std::move(secrets));
    if (options->quitWhenShown) {
        QObject::connect(&controller, &paydesk::AppController::firstWindowShown, &app, [&] {
            std::printf("first window shown after %lld ms, peak RSS %lld KiB\n",
                        static_cast<long long>(sinceStart.elapsed()), static_cast<long long>(peakResidentKiB()));
            std::fflush(stdout);
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
        });
    }
    controller.start();
    return QApplication::exec();
}
