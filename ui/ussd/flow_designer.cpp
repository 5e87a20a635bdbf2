#include "ussd/flow_designer.h"

#include "error_label.h"
#include "report_pdf.h"
#include "ussd/flow_document.h"
#include "ussd/flow_repository.h"
#include "ussd/screen_editor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace paydesk::ussd {

namespace {

constexpr qint64 kMaxFlowBytes = 1024 * 1024;
constexpr int kTargetRole = Qt::UserRole + 1;

const QStringList kSamples{QStringLiteral("paystack-666"), QStringLiteral("airtime-999"), QStringLiteral("loans-383")};

// The screen a problem's path points at: "screens.amount.text.en" → "amount".
QString screenOf(const QString& path)
{
    if (!path.startsWith(u"screens."))
        return QString();
    return path.section(u'.', 1, 1).section(u'[', 0, 0);
}

// What each edge out of a screen is called in the tree.
QList<std::pair<QString, QString>> edgesOf(const QJsonObject& screen, const QString& language)
{
    QList<std::pair<QString, QString>> edges;
    const QJsonArray options = screen.value(u"options").toArray();
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QJsonValue label = options.at(i).toObject().value(u"label");
        const QString text = label.isString() ? label.toString() : label.toObject().value(language).toString();
        edges.append(
            {QStringLiteral("%1. %2").arg(i + 1).arg(text), options.at(i).toObject().value(u"next").toString()});
    }
    const QJsonArray routes = screen.value(u"routes").toArray();
    for (const QJsonValue& route : routes) {
        const QJsonObject when = route.toObject().value(u"when").toObject();
        edges.append({QCoreApplication::translate("FlowDesigner", "when %1").arg(when.value(u"var").toString()),
                      route.toObject().value(u"next").toString()});
    }
    for (const QString& key : FlowDocument::referenceKeys()) {
        if (screen.value(key).isString())
            edges.append({key, screen.value(key).toString()});
    }
    return edges;
}

} // namespace

FlowDesigner::FlowDesigner(AppContext& context, FlowDocument& document, QWidget* parent)
    : QWidget(parent), m_context(context), m_document(document)
{
    setObjectName(QStringLiteral("flowDesigner"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QWidget(this);
    buildToolBar(bar);
    layout->addWidget(bar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(QStringLiteral("screenTree"));
    m_tree->setHeaderLabels({tr("Screen"), tr("Kind")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Screens"));
    m_tree->setToolTip(tr("Each screen with the screens it leads to; Enter on a target goes there, Delete removes "
                          "a screen."));
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_tree);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &FlowDesigner::removeScreen);
    m_editor = new ScreenEditor(document, split);
    auto* scroll = new QScrollArea(split);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    split->addWidget(m_tree);
    split->addWidget(scroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(lower);
    m_summary->setObjectName(QStringLiteral("lintSummary"));
    m_problems = new QListWidget(lower);
    m_problems->setObjectName(QStringLiteral("lintProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setToolTip(tr("Enter on a problem opens its screen."));
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_problems);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(split);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("designerStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        const QString id = item->parent() ? item->parent()->text(0) : item->text(0);
        if (id != m_editor->screenId())
            m_editor->showScreen(id);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString target = item->data(0, kTargetRole).toString();
        if (!target.isEmpty())
            selectScreen(target);
    });
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { problemActivated(m_problems->row(item)); });
    connect(m_editor, &ScreenEditor::screenRenamed, this, &FlowDesigner::selectScreen);
    connect(&m_document, &FlowDocument::changed, this, &FlowDesigner::refresh);
    refresh();
}

void FlowDesigner::buildToolBar(QWidget* bar)
{
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* tools = new QToolBar(bar);
    tools->setObjectName(QStringLiteral("designerTools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(tools, 1);

    auto add = [this, tools](const QString& text, const QString& icon, const QString& keys,
                             const QString& name) -> QAction* {
        auto* action = tools->addAction(QIcon::fromTheme(icon), text);
        action->setObjectName(name);
        if (!keys.isEmpty()) {
            action->setShortcut(QKeySequence(keys));
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
        }
        addAction(action);
        return action;
    };

    QAction* open =
        add(tr("Open"), QStringLiteral("document-open"), QStringLiteral("Ctrl+O"), QStringLiteral("openFlow"));
    connect(open, &QAction::triggered, this, &FlowDesigner::openMenu);
    QAction* importAction =
        add(tr("Import…"), QStringLiteral("document-import"), QStringLiteral("Ctrl+I"), QStringLiteral("importFlow"));
    connect(importAction, &QAction::triggered, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Import a USSD flow"), reportsFolder(), tr("USSD flows (*.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &FlowDesigner::importFile);
        dialog->open();
    });
    QAction* exportAction =
        add(tr("Export…"), QStringLiteral("document-save-as"), QStringLiteral("Ctrl+E"), QStringLiteral("exportFlow"));
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString code = m_document.document().value(u"service").toObject().value(u"name").toString();
        auto* dialog = new QFileDialog(
            this, tr("Export the USSD flow"),
            QDir(reportsFolder())
                .filePath((code.isEmpty() ? QStringLiteral("flow") : code.toLower()) + QStringLiteral(".json")),
            tr("USSD flows (*.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this, &FlowDesigner::exportFile);
        dialog->open();
    });
    m_save = add(tr("Save"), QStringLiteral("document-save"), QStringLiteral("Ctrl+S"), QStringLiteral("saveFlow"));
    connect(m_save, &QAction::triggered, this, &FlowDesigner::saveToDatabase);
    tools->addSeparator();

    QAction* undo = m_document.undoStack()->createUndoAction(this, tr("Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setObjectName(QStringLiteral("undo"));
    QAction* redo = m_document.undoStack()->createRedoAction(this, tr("Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Shift+Z"))});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setObjectName(QStringLiteral("redo"));
    tools->addAction(undo);
    tools->addAction(redo);
    addAction(undo);
    addAction(redo);
    tools->addSeparator();

    auto* newScreen = new QToolButton(tools);
    newScreen->setObjectName(QStringLiteral("addScreen"));
    newScreen->setText(tr("Add screen"));
    newScreen->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    newScreen->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newScreen->setPopupMode(QToolButton::InstantPopup);
    auto* kinds = new QMenu(newScreen);
    const QList<std::pair<QString, QString>> kindNames{{QStringLiteral("menu"), tr("&Menu")},
                                                       {QStringLiteral("input"), tr("&Input")},
                                                       {QStringLiteral("message"), tr("Me&ssage")},
                                                       {QStringLiteral("end"), tr("&End")}};
    for (const auto& [kind, label] : kindNames) {
        const QString k = kind;
        connect(kinds->addAction(label), &QAction::triggered, this, [this, k] { addScreen(k); });
    }
    newScreen->setMenu(kinds);
    tools->addWidget(newScreen);
    // The kinds menu by keyboard: an action of the designer, not a second button in the toolbar.
    auto* showKinds = new QAction(tr("Add screen"), this);
    showKinds->setObjectName(QStringLiteral("addScreenKey"));
    showKinds->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    showKinds->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    newScreen->setToolTip(tr("Add screen (%1)").arg(showKinds->shortcut().toString(QKeySequence::NativeText)));
    addAction(showKinds);
    connect(showKinds, &QAction::triggered, newScreen, &QToolButton::showMenu);
    QAction* remove =
        add(tr("Delete screen"), QStringLiteral("list-remove"), QString(), QStringLiteral("removeScreen"));
    connect(remove, &QAction::triggered, this, &FlowDesigner::removeScreen);
    tools->addSeparator();
    m_simulate =
        add(tr("Simulate"), QStringLiteral("media-playback-start"), QStringLiteral("F5"), QStringLiteral("simulate"));
    connect(m_simulate, &QAction::triggered, this, &FlowDesigner::simulateRequested);
}

bool FlowDesigner::openBytes(const QByteArray& json, const QString& origin)
{
    const auto opened = m_document.open(json, origin);
    if (!opened) {
        QStringList reasons;
        for (const FlowProblem& problem : opened.error())
            reasons << problem.toString();
        setStatus(tr("%1 was not opened: %2").arg(origin, reasons.join(u"; ")), true);
        return false;
    }
    setStatus(tr("Opened %1.").arg(origin));
    selectScreen(m_document.startScreen());
    return true;
}

bool FlowDesigner::importFile(const QString& path)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Could not open %1: %2").arg(name, file.errorString()), true);
        return false;
    }
    if (file.size() > kMaxFlowBytes) {
        setStatus(tr("%1 is too large to be a USSD flow (over 1 MiB).").arg(name), true);
        return false;
    }
    return openBytes(file.readAll(), name);
}

bool FlowDesigner::exportFile(const QString& path)
{
    QSaveFile file(path);
    const QByteArray bytes = m_document.toJson();
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setStatus(tr("Could not write %1: %2").arg(name, file.errorString()), true);
        return false;
    }
    setStatus(hasErrors(m_document.problems())
                  ? tr("Exported to %1, with the errors listed: fix them before it is served.").arg(name)
                  : tr("Exported to %1.").arg(name));
    return true;
}

void FlowDesigner::saveToDatabase()
{
    if (hasErrors(m_document.problems())) {
        setStatus(tr("Not saved: fix the errors listed first (a flow with errors never reaches a phone)."), true);
        return;
    }
    const QByteArray bytes = m_document.toJson();
    const Database db = m_context.db;
    const QString user = m_context.user.username;
    setStatus(tr("Saving…"));
    m_context.worker->run([db, bytes, user] { return FlowRepository(db).save(bytes, user); }, this,
                          [this](const Result<StoredFlow, FlowRepository::SaveError>& stored) {
                              if (!stored) {
                                  setStatus(tr("Not saved: %1").arg(stored.error().message), true);
                                  return;
                              }
                              m_document.markSaved();
                              setStatus(tr("Saved %1 (revision %2); paydesk-server serves it from its next start.")
                                            .arg(stored->code)
                                            .arg(stored->revision));
                              emit saved();
                          });
}

void FlowDesigner::openMenu()
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Samples"));
    for (const QString& sample : kSamples) {
        connect(menu->addAction(sample), &QAction::triggered, this, [this, sample] {
            QFile file(QStringLiteral(":/paydesk/ussd/%1.json").arg(sample));
            if (file.open(QIODevice::ReadOnly))
                openBytes(file.readAll(), tr("the %1 sample").arg(sample));
        });
    }
    menu->addSection(tr("Saved in the database"));
    QAction* loading = menu->addAction(tr("Loading…"));
    loading->setEnabled(false);
    const Database db = m_context.db;
    m_context.worker->run([db] { return FlowRepository(db).list(); }, menu,
                          [this, menu, loading](const Result<QList<StoredFlow>, DbError>& flows) {
                              if (!flows) {
                                  loading->setText(tr("Cannot read them: %1").arg(flows.error().message));
                                  return;
                              }
                              if (flows->isEmpty()) {
                                  loading->setText(tr("None yet"));
                                  return;
                              }
                              menu->removeAction(loading);
                              for (const StoredFlow& stored : *flows) {
                                  QAction* action = menu->addAction(
                                      tr("%1 %2 (revision %3)").arg(stored.code, stored.name).arg(stored.revision));
                                  const QByteArray bytes = stored.document;
                                  const QString code = stored.code;
                                  connect(action, &QAction::triggered, this, [this, bytes, code] {
                                      openBytes(bytes, tr("%1 from the database").arg(code));
                                  });
                              }
                          });
    menu->popup(mapToGlobal(QPoint(0, 0)));
}

void FlowDesigner::refresh()
{
    refreshTree();
    refreshProblems();
    if (!m_document.screenIds().contains(m_editor->screenId()))
        selectScreen(m_document.startScreen());
    m_simulate->setEnabled(m_document.runnable());
    m_simulate->setToolTip(m_document.runnable() ? tr("Run this flow in the simulator (F5)")
                                                 : tr("Fix the errors listed to simulate this flow"));
    const bool admin = hasAtLeast(m_context.user.role, Role::Admin);
    m_save->setEnabled(admin);
    if (!admin)
        m_save->setToolTip(tr("Only an admin may save flows to the database"));
}

void FlowDesigner::refreshTree()
{
    const QString selected = selectedScreen();
    const QString language = m_document.languages().first();
    QHash<QString, FlowProblem::Severity> worst;
    for (const FlowProblem& problem : m_document.problems()) {
        const QString id = screenOf(problem.path);
        if (!worst.contains(id) || problem.severity == FlowProblem::Severity::Error)
            worst.insert(id, problem.severity);
    }
    const QString start = m_document.startScreen();
    const QStringList ids = m_document.screenIds();
    QSignalBlocker block(m_tree);
    m_tree->clear();
    for (const QString& id : ids) {
        const QJsonObject screen = m_document.screen(id);
        auto* item = new QTreeWidgetItem(m_tree, {id, screen.value(u"type").toString()});
        if (id == start) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setToolTip(0, tr("The first screen"));
        }
        if (worst.contains(id)) {
            const bool error = worst.value(id) == FlowProblem::Severity::Error;
            item->setIcon(0,
                          QIcon::fromTheme(error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning")));
            item->setForeground(0, error ? QColor(0xb0, 0x00, 0x20) : QColor(0x9a, 0x60, 0x00));
        }
        for (const auto& [label, target] : edgesOf(screen, language)) {
            auto* edge = new QTreeWidgetItem(item, {QStringLiteral("%1 → %2").arg(label, target)});
            edge->setData(0, kTargetRole, target);
            if (!ids.contains(target))
                edge->setForeground(0, QColor(0xb0, 0x00, 0x20));
        }
        item->setExpanded(true);
    }
    const QList<QTreeWidgetItem*> found = m_tree->findItems(selected, Qt::MatchExactly, 0);
    if (!found.isEmpty())
        m_tree->setCurrentItem(found.first());
}

void FlowDesigner::refreshProblems()
{
    m_problems->clear();
    int errors = 0;
    int warnings = 0;
    for (const FlowProblem& problem : m_document.problems()) {
        const bool error = problem.severity == FlowProblem::Severity::Error;
        (error ? errors : warnings)++;
        auto* item = new QListWidgetItem(
            QIcon::fromTheme(error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning")),
            problem.toString(), m_problems);
        item->setData(Qt::UserRole, screenOf(problem.path));
    }
    if (errors == 0 && warnings == 0) {
        m_summary->setText(tr("The linter finds no problems."));
        m_summary->setStyleSheet(QString());
    } else {
        m_summary->setText(tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings));
        m_summary->setStyleSheet(errors > 0 ? errorStyleSheet() : QString());
    }
}

void FlowDesigner::problemActivated(int row)
{
    const QString id = m_problems->item(row)->data(Qt::UserRole).toString();
    if (!id.isEmpty())
        selectScreen(id);
}

void FlowDesigner::selectScreen(const QString& id)
{
    const QList<QTreeWidgetItem*> found = m_tree->findItems(id, Qt::MatchExactly, 0);
    if (!found.isEmpty())
        m_tree->setCurrentItem(found.first());
    if (m_editor->screenId() != id)
        m_editor->showScreen(id);
}

QString FlowDesigner::selectedScreen() const
{
    return m_editor->screenId();
}

void FlowDesigner::addScreen(const QString& kind)
{
    const QString id = m_document.addScreen(kind, selectedScreen());
    selectScreen(id);
    setStatus(tr("Added the %1 screen \"%2\"; link to it from another screen's options or targets.").arg(kind, id));
}

void FlowDesigner::removeScreen()
{
    const QString id = selectedScreen();
    if (id.isEmpty())
        return;
    m_document.removeScreen(id);
    setStatus(tr("Deleted \"%1\" (Ctrl+Z brings it back).").arg(id));
}

void FlowDesigner::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? errorStyleSheet() : QString());
}

QString FlowDesigner::status() const
{
    return m_status->text();
}

} // namespace paydesk::ussd
