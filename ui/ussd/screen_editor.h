#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace paydesk::ussd {

class FlowDocument;

// The properties of one screen: its id, its text in each language with a counter of what a handset shows (red
// over the limit), its options or targets, and the whole screen as JSON for every other field. Each edit goes to
// the document as an undoable step.
class ScreenEditor : public QWidget
{
    Q_OBJECT
  public:
    explicit ScreenEditor(FlowDocument& document, QWidget* parent = nullptr);

    void showScreen(const QString& id);
    QString screenId() const { return m_id; }
    // The counter's text for a language ("143 / 182"), and whether it is over the limit: for tests.
    QString counterText(const QString& language) const;
    bool counterOverLimit(const QString& language) const;
    QPlainTextEdit* textEdit(const QString& language) const { return m_textEdits.value(language); }

  signals:
    void screenRenamed(const QString& id);

  private:
    void rebuild();
    void refresh();
    void refreshCounters();
    void refreshOptions(const QJsonObject& screen);
    void refreshTargets(const QJsonObject& screen);
    void textEdited(const QString& language);
    void optionEdited(int row, int column);
    void addOption();
    void removeOption();
    void applyJson();
    void rename();
    QComboBox* targetBox(const QString& current);

    FlowDocument& m_document;
    QString m_id;
    QString m_kind;
    bool m_updating = false;

    QLabel* m_title = nullptr;
    QLineEdit* m_idEdit = nullptr;
    QLabel* m_idError = nullptr;
    QWidget* m_textsBox = nullptr;
    QFormLayout* m_texts = nullptr;
    QHash<QString, QPlainTextEdit*> m_textEdits;
    QHash<QString, QLabel*> m_counters;
    QWidget* m_optionsBox = nullptr;
    QTableWidget* m_options = nullptr;
    QWidget* m_targetsBox = nullptr;
    QFormLayout* m_targets = nullptr;
    QStringList m_optionsSignature;
    QStringList m_targetsSignature;
    QPlainTextEdit* m_json = nullptr;
    QLabel* m_jsonError = nullptr;
};

} // namespace paydesk::ussd
