#include "billing/series_counter.h"

#include "storage/sql.h"

#include <QCoreApplication>

namespace paydesk {

Result<qint64, DbError> nextInSeries(const Database& db, const QString& series)
{
    auto bumped = sql::exec(db,
                            QStringLiteral("INSERT INTO invoice_series (series, next_number) VALUES (?, 2) ON CONFLICT "
                                           "(series) DO UPDATE SET next_number = invoice_series.next_number + 1 "
                                           "RETURNING next_number - 1"),
                            {series});
    if (!bumped)
        return bumped.error();
    if (!bumped->next())
        return DbError{DbError::Kind::Query,
                       QCoreApplication::translate("Invoices", "The number counter did not answer.")};
    const qint64 number = bumped->value(0).toLongLong();
    bumped->finish();
    return number;
}

} // namespace paydesk
