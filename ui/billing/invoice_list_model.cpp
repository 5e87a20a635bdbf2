#include "invoice_list_model.h"

#include <QElapsedTimer>

namespace paydesk {

InvoiceListModel::InvoiceListModel(Database db, DatabaseWorker& worker, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_worker(worker)
{}

void InvoiceListModel::setFilter(const InvoiceRepository::Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_rows.squeeze();
    m_atEnd = false;
    m_loading = false;
    ++m_generation;
    endResetModel();
    fetchMore(QModelIndex());
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Invoice& i = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Total || index.column() == Paid))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return i.number;
    case Date:
        return QLocale().toString(i.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Patient:
        return QStringLiteral("%1 (%2)").arg(i.patientName, i.hospitalNumber);
    case Status:
        return describe(i.status);
    case Total:
        return i.totals.total.format();
    case Paid:
        return i.paid.format();
    case Methods: {
        QStringList names;
        for (const QString& name : i.methods.split(u',', Qt::SkipEmptyParts)) {
            if (auto method = paymentMethodFromName(name))
                names << describe(*method);
        }
        return names.join(QStringLiteral(", "));
    }
    case Cashier:
        return i.cashier;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Invoice");
    case Date:
        return tr("Date");
    case Patient:
        return tr("Patient");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case Paid:
        return tr("Paid");
    case Methods:
        return tr("Paid by");
    case Cashier:
        return tr("Cashier");
    case ColumnCount:
        break;
    }
    return {};
}

bool InvoiceListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void InvoiceListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    std::optional<InvoiceRepository::Cursor> after;
    if (!m_rows.isEmpty())
        after = InvoiceRepository::Cursor{m_rows.last().createdAt, m_rows.last().id};
    const quint64 generation = m_generation;
    m_worker.run(
        [db = m_db, filter = m_filter, after] {
            QElapsedTimer timer;
            timer.start();
            auto page = InvoiceRepository(db).page(filter, after, kPageSize);
            return std::make_pair(page, timer.elapsed());
        },
        this,
        [this, generation](const std::pair<Result<QList<Invoice>, DbError>, qint64>& answer) {
            if (generation != m_generation)
                return;
            m_loading = false;
            const auto& [page, elapsed] = answer;
            if (!page) {
                m_atEnd = true;
                emit loadFailed(page.error().message);
                return;
            }
            if (page->size() < kPageSize)
                m_atEnd = true;
            if (!page->isEmpty()) {
                beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
                m_rows << *page;
                endInsertRows();
            }
            emit pageLoaded(int(page->size()), elapsed);
        });
}

} // namespace paydesk
