#include "cli/server_cli.h"
#include "util/app_identity.h"
#include "util/translator.h"

#include <QCoreApplication>

#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    paydesk::applyApplicationIdentity();
    paydesk::installTranslations();

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return paydesk::runServerCli(QCoreApplication::arguments(), in, out, err, isatty(STDIN_FILENO) == 1);
}
