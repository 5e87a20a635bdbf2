#include "cli/server_cli.h"
#include "util/app_identity.h"
#include "util/translator.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    paydesk::applyApplicationIdentity();
    paydesk::installTranslations();
    // One-shot admin commands print their result; progress lines are for the service's journal (serve) or for
    // whoever asks with QT_LOGGING_RULES.
    if (!QCoreApplication::arguments().contains(QStringLiteral("serve")) &&
        qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("paydesk.*.info=false"));

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return paydesk::runServerCli(QCoreApplication::arguments(), in, out, err, isatty(STDIN_FILENO) == 1);
}
