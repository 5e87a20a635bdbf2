#pragma once

#include "app_context.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace paydesk {

// The admin's view of the airtime networks and prefixes (F10 in the kiosk, admins only): which table is in use
// and how old it is; export it as JSON to edit (Ctrl+E), import an edited one (Ctrl+O: read and checked first,
// every error naming its field), or go back to the table built into Paydesk. The change is saved (and audited)
// on the database worker and applies from the next customer; core refuses it from anyone but an admin.
class CatalogDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit CatalogDialog(AppContext& context, QWidget* parent = nullptr);

    QString stateText() const;
    QString statusText() const;
    // What the file dialogs lead to.
    void importFile(const QString& path);
    void exportFile(const QString& path);

  private:
    void load();
    void setStatus(bool error, const QString& text);
    void chooseImport();
    void chooseExport();
    void resetToBuiltIn();

    AppContext& m_context;
    QLabel* m_state = nullptr;
    QLabel* m_status = nullptr;
    QByteArray m_document; // the table in use, as JSON
};

} // namespace paydesk
