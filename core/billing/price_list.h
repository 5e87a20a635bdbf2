#pragma once

#include "money/money.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QList>

namespace paydesk {

struct PriceItem
{
    qint64 id = 0;
    QString code; // "CONS-GP"
    QString name; // "General consultation"
    QString category;
    Money unitPrice;
    bool taxable = false;
    bool active = true;
};

// The hospital's services and items. Items are never deleted (old invoices point at them): they are deactivated.
class PriceListRepository
{
  public:
    explicit PriceListRepository(Database db, const Clock& clock = Clock::system())
        : m_db(std::move(db)), m_clock(&clock)
    {}

    // Inserts or updates by code, and audits the change.
    Result<PriceItem, DbError> save(const PriceItem& item, const QString& actor) const;
    // Code prefix or words of the name, active items only unless asked; ordered by code.
    Result<QList<PriceItem>, DbError> search(const QString& text, int limit = 50, bool includeInactive = false) const;
    Result<std::optional<PriceItem>, DbError> findByCode(const QString& code) const;
    Result<qint64, DbError> count() const;

    struct ImportReport
    {
        int added = 0;
        int updated = 0;
        QList<QPair<int, QString>> rejected; // line number, reason
    };
    // Every good line of a price list CSV, in one transaction; bad lines are reported, never half-imported.
    Result<ImportReport, DbError> importCsv(const QByteArray& csv, Currency currency, const QString& actor) const;

  private:
    Database m_db;
    const Clock* m_clock;
};

// The CSV format (docs/billing.md): a header naming at least code, name, category, unit_price; optional taxable
// and active (yes/no, true/false, 1/0). Prices in major units with a '.' decimal point ("2500.00"). RFC 4180
// quoting. Lines that fail are reported with their number and the reason.
struct PriceListCsv
{
    QList<PriceItem> items;
    QList<QPair<int, QString>> rejected;
    static PriceListCsv parse(const QByteArray& csv, Currency currency);
};

// One CSV record (RFC 4180) split into fields; used by every CSV reader here.
QStringList splitCsvRecord(const QString& line, bool* ok);

} // namespace paydesk
