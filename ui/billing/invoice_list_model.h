#pragma once

#include "billing/invoice_repository.h"
#include "storage/database_worker.h"

#include <QAbstractTableModel>

namespace paydesk {

// Invoices newest first, a page at a time: the view asks for more as it scrolls (fetchMore), each page is one
// keyset query on the database worker, and a filter change starts again from the top. Memory holds only the rows
// scrolled through, never the whole table, so a million invoices cost what the screen shows.
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column { Number, Date, Patient, Status, Total, Paid, Methods, Cashier, ColumnCount };
    static constexpr int kPageSize = 200;

    InvoiceListModel(Database db, DatabaseWorker& worker, QObject* parent = nullptr);

    void setFilter(const InvoiceRepository::Filter& filter);
    const Invoice& invoiceAt(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

  signals:
    void pageLoaded(int rows, qint64 milliseconds);
    void loadFailed(const QString& message);

  private:
    Database m_db;
    DatabaseWorker& m_worker;
    InvoiceRepository::Filter m_filter;
    QList<Invoice> m_rows;
    bool m_loading = false;
    bool m_atEnd = false;
    quint64 m_generation = 0; // a filter change makes answers to older queries stale
};

} // namespace paydesk
