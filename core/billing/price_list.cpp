#include "billing/price_list.h"

#include "security/audit_log.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

const QString kColumns = QStringLiteral("id, code, name, category, currency, unit_price, taxable, active");

PriceItem readItem(const QSqlQuery& query)
{
    PriceItem item;
    item.id = query.value(0).toLongLong();
    item.code = query.value(1).toString();
    item.name = query.value(2).toString();
    item.category = query.value(3).toString();
    item.unitPrice = Money::fromMinor(query.value(5).toLongLong(),
                                      Currency::fromCode(query.value(4).toString()).value_or(Currency()));
    item.taxable = query.value(6).toBool();
    item.active = query.value(7).toBool();
    return item;
}

std::optional<bool> readFlag(const QString& text, bool fallback)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty())
        return fallback;
    if (value == u"yes" || value == u"true" || value == u"1" || value == u"y")
        return true;
    if (value == u"no" || value == u"false" || value == u"0" || value == u"n")
        return false;
    return std::nullopt;
}

} // namespace

QStringList splitCsvRecord(const QString& line, bool* ok)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
            wasQuoted = false;
        } else if (wasQuoted) {
            *ok = false; // text after a closing quote: "a"b
            return {};
        } else {
            field += c;
        }
    }
    if (quoted) {
        *ok = false; // an unterminated quote
        return {};
    }
    fields << field;
    return fields;
}

PriceListCsv PriceListCsv::parse(const QByteArray& csv, Currency currency)
{
    PriceListCsv result;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) // a spreadsheet's byte order mark
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    QHash<QString, qsizetype> column;
    int lineNumber = 0;
    QSet<QString> seen;
    for (QString line : lines) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        bool ok = false;
        const QStringList fields = splitCsvRecord(line, &ok);
        if (!ok) {
            result.rejected << qMakePair(lineNumber, QCoreApplication::translate("PriceList", "Unbalanced quotes."));
            continue;
        }
        if (column.isEmpty()) {
            for (qsizetype i = 0; i < fields.size(); ++i)
                column.insert(fields.at(i).trimmed().toLower(), i);
            for (const char* required : {"code", "name", "category", "unit_price"}) {
                if (!column.contains(QLatin1String(required))) {
                    result.rejected << qMakePair(
                        lineNumber,
                        QCoreApplication::translate("PriceList", "The header has no \"%1\" column; expected "
                                                                 "code,name,category,unit_price[,taxable,active].")
                            .arg(QLatin1String(required)));
                    return result;
                }
            }
            continue;
        }
        auto field = [&](const char* name) {
            const qsizetype index = column.value(QLatin1String(name), -1);
            return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
        };
        if (fields.size() != column.size()) {
            result.rejected << qMakePair(lineNumber,
                                         QCoreApplication::translate("PriceList", "%1 fields where the header has %2.")
                                             .arg(fields.size())
                                             .arg(column.size()));
            continue;
        }
        PriceItem item;
        item.code = field("code").toUpper();
        item.name = field("name").simplified();
        item.category = field("category").simplified();
        if (item.code.isEmpty() || item.code.size() > 32) {
            result.rejected << qMakePair(
                lineNumber,
                QCoreApplication::translate("PriceList", "The code is empty or longer than 32 characters."));
            continue;
        }
        if (seen.contains(item.code)) {
            result.rejected << qMakePair(
                lineNumber,
                QCoreApplication::translate("PriceList", "Code %1 appears twice in the file.").arg(item.code));
            continue;
        }
        if (item.name.isEmpty()) {
            result.rejected << qMakePair(lineNumber, QCoreApplication::translate("PriceList", "The name is empty."));
            continue;
        }
        const auto price = Money::parse(field("unit_price"), currency, QLocale::c());
        if (!price) {
            result.rejected << qMakePair(lineNumber, QCoreApplication::translate("PriceList", "Price \"%1\": %2")
                                                         .arg(field("unit_price"), describe(price.error())));
            continue;
        }
        item.unitPrice = *price;
        const auto taxable = readFlag(field("taxable"), false);
        const auto active = readFlag(field("active"), true);
        if (!taxable || !active) {
            result.rejected << qMakePair(
                lineNumber, QCoreApplication::translate("PriceList", "taxable and active take yes or no."));
            continue;
        }
        item.taxable = *taxable;
        item.active = *active;
        seen.insert(item.code);
        result.items << item;
    }
    if (column.isEmpty())
        result.rejected << qMakePair(0, QCoreApplication::translate("PriceList", "The file is empty."));
    return result;
}

Result<PriceItem, DbError> PriceListRepository::save(const PriceItem& item, const QString& actor) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto saved = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO price_items (code, name, category, currency, unit_price, taxable, active, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = "
                       "excluded.name, category = excluded.category, currency = excluded.currency, unit_price = "
                       "excluded.unit_price, taxable = excluded.taxable, active = excluded.active, updated_at = "
                       "excluded.updated_at RETURNING %1")
            .arg(kColumns),
        {item.code, item.name, item.category, item.unitPrice.currency().code(), item.unitPrice.minorUnits(),
         item.taxable, item.active, sql::timeValue(m_clock->nowUtc())});
    if (!saved)
        return saved.error();
    if (!saved->next())
        return DbError{DbError::Kind::Query,
                       QCoreApplication::translate("PriceList", "The price item was not returned.")};
    const PriceItem stored = readItem(*saved);
    saved->finish();
    if (auto audited = AuditLog(m_db, *m_clock)
                           .append(actor, QStringLiteral("price.saved"), QStringLiteral("price:%1").arg(stored.code),
                                   {{QStringLiteral("unit_price"), stored.unitPrice.toPlainString()},
                                    {QStringLiteral("currency"), stored.unitPrice.currency().code()},
                                    {QStringLiteral("active"), stored.active}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<QList<PriceItem>, DbError>
PriceListRepository::search(const QString& text, int limit, bool includeInactive) const
{
    // Price lists are hundreds to a few thousand rows: a scan with LIKE is well under a millisecond.
    QString pattern = text.trimmed().toLower();
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    auto query = sql::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM price_items WHERE (? OR active = ?) AND (lower(code) LIKE ? ESCAPE '\\' OR "
                       "lower(name) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\' OR lower(category) LIKE ? "
                       "ESCAPE '\\') ORDER BY CASE WHEN lower(code) LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, name LIMIT ?")
            .arg(kColumns),
        {includeInactive, true, QString(pattern + u'%'), QString(pattern + u'%'),
         QString(QStringLiteral("% ") + pattern + u'%'), QString(pattern + u'%'), QString(pattern + u'%'), limit});
    if (!query)
        return query.error();
    QList<PriceItem> items;
    while (query->next())
        items << readItem(*query);
    return items;
}

Result<std::optional<PriceItem>, DbError> PriceListRepository::findByCode(const QString& code) const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT %1 FROM price_items WHERE code = ?").arg(kColumns),
                           {code.trimmed().toUpper()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<PriceItem>();
    return std::optional<PriceItem>(readItem(*query));
}

Result<qint64, DbError> PriceListRepository::count() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM price_items"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<PriceListRepository::ImportReport, DbError>
PriceListRepository::importCsv(const QByteArray& csv, Currency currency, const QString& actor) const
{
    const PriceListCsv parsed = PriceListCsv::parse(csv, currency);
    ImportReport report;
    report.rejected = parsed.rejected;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    for (const PriceItem& item : parsed.items) {
        auto existing = findByCode(item.code);
        if (!existing)
            return existing.error();
        auto saved = save(item, actor);
        if (!saved)
            return saved.error();
        existing->has_value() ? ++report.updated : ++report.added;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace paydesk
