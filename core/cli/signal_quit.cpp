#include "cli/signal_quit.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace paydesk {

namespace {

int signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int quitOnTerminationSignal()
{
    if (signalPipe[0] < 0 && ::pipe(signalPipe) != 0)
        return 1;
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] {
        char byte = 0;
        [[maybe_unused]] const auto drained = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    return code;
}

} // namespace paydesk
