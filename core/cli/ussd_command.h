#pragma once

#include "storage/database.h"

#include <QHash>
#include <QTextStream>
#include <QUrl>

namespace paydesk {

struct UssdCommandOptions
{
    QHash<QString, QString> settings; // --setting NAME=VALUE: the flow's settings.NAME
    QUrl paystackUrl;
    QUrl vtpassUrl;
};

// `paydesk-server ussd lint FILE` and `ussd test FLOW SCRIPT`: no database needed.
int ussdLint(const QString& file, QTextStream& out, QTextStream& err);
int ussdTest(const QString& flowFile,
             const QString& scriptFile,
             const UssdCommandOptions& options,
             QTextStream& out,
             QTextStream& err);
// `ussd import FILE`, `ussd export CODE [FILE]`, `ussd list`: the flows a server offers.
int ussdImport(const Database& db, const QString& file, QTextStream& out, QTextStream& err);
int ussdExport(const Database& db, const QString& code, const QString& file, QTextStream& out, QTextStream& err);
int ussdList(const Database& db, QTextStream& out, QTextStream& err);

} // namespace paydesk
