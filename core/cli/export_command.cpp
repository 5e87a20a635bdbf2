#include "cli/export_command.h"

#include "cli/exit_codes.h"
#include "cli/period_arguments.h"
#include "exports/data_export.h"
#include "stats/stats_calendar.h"
#include "util/csv_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk {

int exportCommand(const Database& db,
                  const QString& datasetName,
                  const QString& fromText,
                  const QString& toText,
                  const QString& format,
                  QTextStream& out,
                  QTextStream& err)
{
    const auto dataset = exports::datasetFromName(datasetName);
    if (!dataset) {
        err << "paydesk-server: "
            << QCoreApplication::translate("paydesk-server",
                                           "usage: export %1 [--from DAY] [--to DAY] [--format csv|json]")
                   .arg(exports::datasetNames().join(u'|'))
            << Qt::endl;
        return ExitUsage;
    }
    if (format != u"csv" && format != u"json") {
        err << "paydesk-server: " << QCoreApplication::translate("paydesk-server", "--format is csv or json")
            << Qt::endl;
        return ExitUsage;
    }
    auto calendar = stats::StatsCalendar::read(db);
    if (!calendar) {
        err << "paydesk-server: " << calendar.error().message << Qt::endl;
        return ExitDatabase;
    }
    const auto days = readDayRange(fromText, toText, calendar->localDay(QDateTime::currentDateTimeUtc()), err);
    if (!days)
        return ExitUsage;
    const QDate from = days->from;
    const QDate to = days->to;

    const QStringList columns = exports::columnsOf(*dataset);
    bool first = true;
    std::function<void(const QStringList&)> write;
    if (format == u"csv") {
        out << csv_text::line(columns) << "\r\n";
        write = [&out](const QStringList& cells) { out << csv_text::line(cells) << "\r\n"; };
    } else {
        const QJsonObject head{{QStringLiteral("dataset"), datasetName},
                               {QStringLiteral("from"), from.toString(Qt::ISODate)},
                               {QStringLiteral("to"), to.toString(Qt::ISODate)},
                               {QStringLiteral("utc_offset_minutes"), calendar->utcOffsetMinutes},
                               {QStringLiteral("columns"), QJsonArray::fromStringList(columns)}};
        // The head's closing brace gives way to the rows, which are written as they come.
        QByteArray opening = QJsonDocument(head).toJson(QJsonDocument::Compact);
        opening.chop(1);
        out << opening << ",\"rows\":[";
        write = [&out, &columns, &first](const QStringList& cells) {
            QJsonObject record;
            for (int i = 0; i < columns.size(); ++i)
                record.insert(columns.at(i), cells.value(i));
            out << (first ? "\n" : ",\n") << QJsonDocument(record).toJson(QJsonDocument::Compact);
            first = false;
        };
    }
    auto exported =
        exports::exportRows(db, *dataset, calendar->dayStartUtc(from), calendar->dayStartUtc(to.addDays(1)), write);
    if (format == u"json")
        out << "\n]}\n";
    out.flush();
    if (!exported) {
        err << "paydesk-server: " << exported.error().message << Qt::endl;
        return ExitDatabase;
    }
    return ExitOk;
}

} // namespace paydesk
