#include "cli/inbox_command.h"

#include "cli/exit_codes.h"
#include "payments/inbox_processor.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk {

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

int listInbox(const Database& db, const QString& state, const QString& format, QTextStream& out, QTextStream& err)
{
    static const QStringList states{QStringLiteral("received"), QStringLiteral("processed"), QStringLiteral("rejected"),
                                    QStringLiteral("failed")};
    if (!state.isEmpty() && !states.contains(state)) {
        err << "paydesk-server: " << QCoreApplication::translate("Cli", "--state is one of %1").arg(states.join(u'|'))
            << Qt::endl;
        return ExitUsage;
    }
    if (format != u"json" && format != u"csv") {
        err << "paydesk-server: " << QCoreApplication::translate("Cli", "--format is json or csv") << Qt::endl;
        return ExitUsage;
    }
    auto rows = sql::exec(db,
                          QStringLiteral("SELECT id, event, dedupe_key, state, received_at, processed_at, attempts, "
                                         "attempt_id, refund_id, source, reason FROM webhook_inbox WHERE (? = '' OR "
                                         "state = ?) ORDER BY id DESC"),
                          {state.isNull() ? QStringLiteral("") : state, state.isNull() ? QStringLiteral("") : state});
    if (!rows) {
        err << "paydesk-server: " << rows.error().message << Qt::endl;
        return ExitDatabase;
    }
    const QStringList columns{QStringLiteral("id"),       QStringLiteral("event"),       QStringLiteral("dedupe_key"),
                              QStringLiteral("state"),    QStringLiteral("received_at"), QStringLiteral("processed_at"),
                              QStringLiteral("attempts"), QStringLiteral("attempt_id"),  QStringLiteral("refund_id"),
                              QStringLiteral("source"),   QStringLiteral("reason")};
    QJsonArray array;
    if (format == u"csv")
        out << columns.join(u',') << '\n';
    while (rows->next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = rows->value(i);
            values << (i == 4 || i == 5 ? (value.isNull() ? QString() : sql::isoUtc(sql::readTime(value)))
                       : value.isNull() ? QString()
                                        : value.toString());
        }
        if (format == u"csv") {
            QStringList fields;
            for (const QString& value : values)
                fields << csvField(value);
            out << fields.join(u',') << '\n';
        } else {
            QJsonObject object;
            for (int i = 0; i < columns.size(); ++i) {
                if (i == 0 || i == 6 || ((i == 7 || i == 8) && !values.at(i).isEmpty()))
                    object.insert(columns.at(i), values.at(i).toLongLong());
                else
                    object.insert(columns.at(i),
                                  values.at(i).isEmpty() && i != 10 ? QJsonValue() : QJsonValue(values.at(i)));
            }
            array.append(object);
        }
    }
    if (format == u"json")
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
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
    auto before = sql::exec(db, QStringLiteral("SELECT state FROM webhook_inbox WHERE id = ?"), {row});
    if (!before || !before->next()) {
        err << "paydesk-server: " << QCoreApplication::translate("Cli", "no inbox row %1").arg(row) << Qt::endl;
        return before ? ExitRefused : ExitDatabase;
    }
    if (before->value(0).toString() == u"rejected") {
        err << "paydesk-server: "
            << QCoreApplication::translate("Cli", "row %1 was rejected (not a Paystack event): nothing to replay")
                   .arg(row)
            << Qt::endl;
        return ExitRefused;
    }
    if (auto replayed = InboxProcessor::replay(db, row); !replayed) {
        err << "paydesk-server: " << replayed.error().message << Qt::endl;
        return ExitDatabase;
    }
    out << QCoreApplication::translate("Cli", "inbox row %1 queued again").arg(row) << Qt::endl;
    return ExitOk;
}

} // namespace paydesk
