#include "sandbox/sandbox_cli.h"
#include "util/app_identity.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    paydesk::applyApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return paydesk::runSandboxCli(QCoreApplication::arguments(), out, err);
}
