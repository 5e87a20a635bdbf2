#pragma once

#include "app_context.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace paydesk::ussd {

class FlowDocument;
class ScreenEditor;

// The USSD Studio's designer: the flow's screens as a tree (each screen with the screens it leads to), the
// selected screen's properties, and the linter's findings, live. Undo/redo, import/export of files, and opening
// and saving the flows in the database (saving is for admins; core checks it).
class FlowDesigner : public QWidget
{
    Q_OBJECT
  public:
    FlowDesigner(AppContext& context, FlowDocument& document, QWidget* parent = nullptr);

    void selectScreen(const QString& id);
    QString selectedScreen() const;
    ScreenEditor* editor() const { return m_editor; }
    // Opens a flow from bytes (a file, a sample, the database); a document that is not JSON is refused with the
    // reason shown, and the open flow stays.
    bool openBytes(const QByteArray& json, const QString& origin);
    bool importFile(const QString& path);
    bool exportFile(const QString& path);
    // Saves to the database on the worker; `status()` says how it went.
    void saveToDatabase();
    QString status() const;

  signals:
    void simulateRequested();
    void saved();

  private:
    void buildToolBar(QWidget* bar);
    void refresh();
    void refreshTree();
    void refreshProblems();
    void problemActivated(int row);
    void addScreen(const QString& kind);
    void removeScreen();
    void openMenu();
    void setStatus(const QString& text, bool error = false);

    AppContext& m_context;
    FlowDocument& m_document;
    QTreeWidget* m_tree = nullptr;
    ScreenEditor* m_editor = nullptr;
    QListWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_save = nullptr;
    QAction* m_simulate = nullptr;
};

} // namespace paydesk::ussd
