#include "cli/inbox_command.h"

#include "cli/exit_codes.h"
#include "payments/inbox_listing.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace paydesk {

int listInbox(const Database& db, const QString& state, const QString& format, QTextStream& out, QTextStream& err)
{
    if (!state.isEmpty() && !InboxListing::states().contains(state)) {
        err << "paydesk-server: "
            << QCoreApplication::translate("Cli", "--state is one of %1").arg(InboxListing::states().join(u'|'))
            << Qt::endl;
        return ExitUsage;
    }
    if (format != u"json" && format != u"csv") {
        err << "paydesk-server: " << QCoreApplication::translate("Cli", "--format is json or csv") << Qt::endl;
        return ExitUsage;
    }
    auto listing = listInbox(db, state);
    if (!listing) {
        err << "paydesk-server: " << listing.error().message << Qt::endl;
        return ExitDatabase;
    }
    if (format == u"csv")
        out << listing->toCsv();
    else
        out << QJsonDocument(listing->toJson()).toJson(QJsonDocument::Indented);
    out.flush();
    return ExitOk;
}

int replayInbox(const Database& db, const QString& id, QTextStream& out, QTextStream& err)
{
    bool ok = false;
    const qint64 row = id.toLongLong(&ok);
    if (!ok || row <= 0) {
        err << "paydesk-server: " << QCoreApplication::translate("Cli", "usage: inbox replay ID") << Qt::endl;
        return ExitUsage;
    }
    auto outcome = replayInboxRow(db, row, QStringLiteral("paydesk-server"));
    if (!outcome) {
        err << "paydesk-server: " << outcome.error().message << Qt::endl;
        return ExitDatabase;
    }
    switch (*outcome) {
    case ReplayOutcome::NotFound:
        err << "paydesk-server: " << QCoreApplication::translate("Cli", "no inbox row %1").arg(row) << Qt::endl;
        return ExitRefused;
    case ReplayOutcome::Rejected:
        err << "paydesk-server: "
            << QCoreApplication::translate("Cli", "row %1 was rejected (not a Paystack event): nothing to replay")
                   .arg(row)
            << Qt::endl;
        return ExitRefused;
    case ReplayOutcome::Queued:
        break;
    }
    out << QCoreApplication::translate("Cli", "inbox row %1 queued again").arg(row) << Qt::endl;
    return ExitOk;
}

} // namespace paydesk
