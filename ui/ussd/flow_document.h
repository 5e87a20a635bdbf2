#pragma once

#include "ussd/flow_linter.h"

#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

#include <optional>

namespace paydesk::ussd {

// The flow open in the designer: its JSON document, every change to it as an undoable step, and what the parser
// and the linter make of it after each change. The simulator runs the same document, so what is simulated is what
// is saved.
class FlowDocument : public QObject
{
    Q_OBJECT
  public:
    explicit FlowDocument(QObject* parent = nullptr);

    // Opens a document from its bytes. Text that is not a JSON object is refused with its line and column, and
    // the open document stays as it was; a document with errors in its screens opens, with the errors listed.
    Status<FlowProblems> open(const QByteArray& json, const QString& origin);
    QString origin() const { return m_origin; } // the file or "database" it came from, for the title
    QByteArray toJson() const;                  // indented, as exported
    const QJsonObject& document() const { return m_document; }

    // The parsed flow when the document's structure holds (the linter may still find errors in it); the problems,
    // errors first, either way. Only a runnable flow (no errors at all) is simulated or saved.
    const std::optional<Flow>& flow() const { return m_flow; }
    bool runnable() const { return m_flow && !hasErrors(m_problems); }
    const FlowProblems& problems() const { return m_problems; }
    QStringList languages() const;

    QStringList screenIds() const;
    QJsonObject screen(const QString& id) const;
    QString startScreen() const;

    // Every edit is one undo step; edits with the same non-empty mergeKey in a row (typing in one field) merge.
    void setScreen(const QString& id, const QJsonObject& screen, const QString& what, const QString& mergeKey = {});
    // Renames a screen and every reference to it; false with a reason when the id is taken or not an id.
    Status<QString> renameScreen(const QString& from, const QString& to);
    // A new screen of the kind ("menu", "input", "message", "end", …) after `after`; returns its id.
    QString addScreen(const QString& kind, const QString& after);
    void removeScreen(const QString& id);
    void replace(const QJsonObject& document, const QString& what, const QString& mergeKey = {});

    QUndoStack* undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    // The keys through which a screen names another ("next", "onSuccess", …).
    static const QStringList& referenceKeys();

  signals:
    void changed();

  private:
    class Edit;
    void apply(const QJsonObject& document);

    QJsonObject m_document;
    QString m_origin;
    std::optional<Flow> m_flow;
    FlowProblems m_problems;
    QUndoStack m_undo;
};

} // namespace paydesk::ussd
