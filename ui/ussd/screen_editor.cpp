#include "ussd/screen_editor.h"

#include "error_label.h"
#include "ussd/flow_document.h"
#include "ussd/flow_linter.h"
#include "ussd/gsm7.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk::ussd {

namespace {

// A text field's value in one language: a plain string is the same in every language.
QString textIn(const QJsonValue& text, const QString& language)
{
    return text.isString() ? text.toString() : text.toObject().value(language).toString();
}

QJsonValue withText(const QJsonValue& text, const QString& language, const QString& value, const QStringList& all)
{
    QJsonObject object;
    if (text.isString()) {
        for (const QString& each : all)
            object.insert(each, text.toString());
    } else {
        object = text.toObject();
    }
    object.insert(language, value);
    return object;
}

// Which targets each kind of screen has, beyond menu options and router routes.
QStringList targetKeysFor(const QString& kind)
{
    if (kind == u"input")
        return {QStringLiteral("next"), QStringLiteral("onInvalid")};
    if (kind == u"message")
        return {QStringLiteral("next")};
    if (kind == u"api" || kind == u"action")
        return {QStringLiteral("onSuccess"), QStringLiteral("onFailure"), QStringLiteral("onTimeout")};
    if (kind == u"router")
        return {QStringLiteral("default")};
    return {};
}

// Empties a form whose widgets may be the sender of the signal being handled: they go at the next event.
void clearForm(QFormLayout* form)
{
    while (form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = form->takeRow(0);
        for (QLayoutItem* item : {row.labelItem, row.fieldItem}) {
            if (!item)
                continue;
            if (QWidget* widget = item->widget()) {
                widget->disconnect();
                widget->deleteLater();
            } else if (QLayout* layout = item->layout()) {
                while (QLayoutItem* child = layout->takeAt(0)) {
                    if (child->widget()) {
                        child->widget()->disconnect();
                        child->widget()->deleteLater();
                    }
                    delete child;
                }
            }
            delete item;
        }
    }
}

template <typename Edit> void setIfDifferent(Edit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

ScreenEditor::ScreenEditor(FlowDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("screenEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    layout->addWidget(m_title);

    auto* idForm = new QFormLayout;
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("screenId"));
    idForm->addRow(tr("Screen &id:"), m_idEdit);
    layout->addLayout(idForm);
    m_idError = makeErrorLabel(this, QStringLiteral("screenIdError"));
    layout->addWidget(m_idError);
    connect(m_idEdit, &QLineEdit::editingFinished, this, &ScreenEditor::rename);

    m_textsBox = new QGroupBox(tr("Text shown"), this);
    m_texts = new QFormLayout(m_textsBox);
    layout->addWidget(m_textsBox);

    m_optionsBox = new QGroupBox(tr("Options"), this);
    auto* optionsLayout = new QVBoxLayout(m_optionsBox);
    m_options = new QTableWidget(0, 2, m_optionsBox);
    m_options->setObjectName(QStringLiteral("menuOptions"));
    m_options->setHorizontalHeaderLabels({tr("Label"), tr("Leads to")});
    m_options->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_options->verticalHeader()->setDefaultSectionSize(m_options->fontMetrics().height() + 10);
    m_options->setMinimumHeight(130);
    optionsLayout->addWidget(m_options);
    auto* optionButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add o&ption"), m_optionsBox);
    add->setObjectName(QStringLiteral("addOption"));
    auto* remove = new QPushButton(tr("Remove option"), m_optionsBox);
    remove->setObjectName(QStringLiteral("removeOption"));
    optionButtons->addWidget(add);
    optionButtons->addWidget(remove);
    optionButtons->addStretch(1);
    optionsLayout->addLayout(optionButtons);
    layout->addWidget(m_optionsBox);
    connect(add, &QPushButton::clicked, this, &ScreenEditor::addOption);
    connect(remove, &QPushButton::clicked, this, &ScreenEditor::removeOption);
    connect(m_options, &QTableWidget::cellChanged, this, &ScreenEditor::optionEdited);

    m_targetsBox = new QGroupBox(tr("Leads to"), this);
    m_targets = new QFormLayout(m_targetsBox);
    layout->addWidget(m_targetsBox);

    auto* jsonBox = new QGroupBox(tr("Every field (JSON)"), this);
    auto* jsonLayout = new QVBoxLayout(jsonBox);
    m_json = new QPlainTextEdit(jsonBox);
    m_json->setObjectName(QStringLiteral("screenJson"));
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_json->setTabChangesFocus(true);
    m_json->setToolTip(tr("Validation, requests, answer mappings and every other field; Ctrl+Return applies."));
    jsonLayout->addWidget(m_json, 1);
    m_jsonError = makeErrorLabel(jsonBox, QStringLiteral("screenJsonError"));
    jsonLayout->addWidget(m_jsonError);
    auto* apply = new QPushButton(tr("&Apply JSON"), jsonBox);
    apply->setObjectName(QStringLiteral("applyJson"));
    jsonLayout->addWidget(apply, 0, Qt::AlignRight);
    layout->addWidget(jsonBox, 1);
    connect(apply, &QPushButton::clicked, this, &ScreenEditor::applyJson);
    auto* applyShortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), m_json);
    applyShortcut->setContext(Qt::WidgetShortcut);
    connect(applyShortcut, &QShortcut::activated, this, &ScreenEditor::applyJson);

    connect(&m_document, &FlowDocument::changed, this, &ScreenEditor::refresh);
    showScreen(QString());
}

void ScreenEditor::showScreen(const QString& id)
{
    m_id = id;
    m_idError->hide();
    m_jsonError->hide();
    rebuild();
}

// The per-language fields depend on the service's languages and the screen's kind: built again when either changes.
void ScreenEditor::rebuild()
{
    const QJsonObject screen = m_document.screen(m_id);
    m_kind = screen.value(u"type").toString();
    m_optionsSignature.clear();
    m_targetsSignature.clear();
    clearForm(m_texts);
    m_textEdits.clear();
    m_counters.clear();
    const bool shown = !screen.isEmpty();
    const bool hasText = shown && (m_kind == u"menu" || m_kind == u"input" || m_kind == u"message" || m_kind == u"end");
    m_textsBox->setVisible(hasText);
    if (hasText) {
        for (const QString& language : m_document.languages()) {
            auto* edit = new QPlainTextEdit(m_textsBox);
            edit->setObjectName(QStringLiteral("text_") + language);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(64);
            auto* counter = new QLabel(m_textsBox);
            counter->setObjectName(QStringLiteral("counter_") + language);
            auto* column = new QVBoxLayout;
            column->addWidget(edit);
            column->addWidget(counter);
            m_texts->addRow(language + u':', column);
            m_textEdits.insert(language, edit);
            m_counters.insert(language, counter);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, language] { textEdited(language); });
        }
    }
    m_idEdit->setEnabled(shown);
    m_json->setEnabled(shown);
    refresh();
}

void ScreenEditor::refresh()
{
    const QJsonObject screen = m_document.screen(m_id);
    if (!screen.isEmpty() && screen.value(u"type").toString() != m_kind) {
        rebuild();
        return;
    }
    m_updating = true;
    m_title->setText(screen.isEmpty() ? tr("<i>Choose a screen on the left.</i>")
                                      : tr("<b>%1</b> screen").arg(m_kind.toHtmlEscaped()));
    if (!m_idEdit->hasFocus())
        m_idEdit->setText(m_id);
    for (auto it = m_textEdits.cbegin(); it != m_textEdits.cend(); ++it)
        setIfDifferent(it.value(), textIn(screen.value(u"text"), it.key()));
    if (!m_json->hasFocus())
        setIfDifferent(m_json, screen.isEmpty()
                                   ? QString()
                                   : QString::fromUtf8(QJsonDocument(screen).toJson(QJsonDocument::Indented)));
    refreshOptions(screen);
    refreshTargets(screen);
    m_updating = false;
    refreshCounters();
}

void ScreenEditor::refreshCounters()
{
    const auto& flow = m_document.flow();
    const int index = flow ? flow->index.value(m_id, -1) : -1;
    const QList<RenderedScreen> rendered =
        index >= 0 ? renderScreen(*flow, flow->screens.at(index)) : QList<RenderedScreen>{};
    for (auto it = m_counters.begin(); it != m_counters.end(); ++it) {
        // The largest page in this language decides, as it is the one a handset cuts.
        std::optional<RenderedScreen> worst;
        for (const RenderedScreen& shown : rendered) {
            if (shown.language != it.key())
                continue;
            if (!worst || shown.size.units * worst->size.limit() > worst->size.units * shown.size.limit())
                worst = shown;
        }
        QString text;
        bool over = false;
        if (worst) {
            over = !worst->size.fits();
            const QString what = worst->retry       ? tr("after a wrong answer")
                                 : worst->pages > 1 ? tr("page %1 of %2").arg(worst->page + 1).arg(worst->pages)
                                                    : tr("with the longest values");
            text = worst->size.gsm7
                       ? tr("%1 / %2 characters (GSM-7), %3").arg(worst->size.units).arg(worst->size.limit()).arg(what)
                       : tr("%1 / %2 characters: \"%3\" is not GSM-7, %4")
                             .arg(worst->size.units)
                             .arg(worst->size.limit())
                             .arg(QString(worst->text.at(worst->size.firstOutside)), what);
        } else {
            // The document does not parse: the raw text is all there is to measure.
            const ScreenSize size = measureScreen(m_textEdits.value(it.key())->toPlainText());
            over = !size.fits();
            text = tr("%1 / %2 characters as written").arg(size.units).arg(size.limit());
        }
        it.value()->setText(text);
        it.value()->setProperty("overLimit", over);
        it.value()->setStyleSheet(over ? errorStyleSheet() : QString());
    }
}

QComboBox* ScreenEditor::targetBox(const QString& current)
{
    auto* box = new QComboBox;
    box->addItem(tr("(none)"), QString());
    for (const QString& id : m_document.screenIds())
        box->addItem(id, id);
    const int at = box->findData(current);
    if (at < 0 && !current.isEmpty()) {
        box->addItem(tr("%1 (missing)").arg(current), current);
        box->setCurrentIndex(box->count() - 1);
    } else {
        box->setCurrentIndex(qMax(at, 0));
    }
    return box;
}

void ScreenEditor::refreshOptions(const QJsonObject& screen)
{
    m_optionsBox->setVisible(m_kind == u"menu");
    if (m_kind != u"menu")
        return;
    const QString language = m_document.languages().first();
    const QJsonArray options = screen.value(u"options").toArray();
    // The targets' boxes are made again only when a target or the list of screens changed, so the one in use
    // keeps the keyboard focus.
    QStringList signature = m_document.screenIds();
    for (const QJsonValue& option : options)
        signature << option.toObject().value(u"next").toString();
    const bool sameTargets = signature == m_optionsSignature && m_options->rowCount() == options.size();
    m_optionsSignature = signature;
    m_options->setHorizontalHeaderLabels({tr("Label (%1)").arg(language), tr("Leads to")});
    m_options->setRowCount(int(options.size()));
    for (int row = 0; row < options.size(); ++row) {
        const QJsonObject option = options.at(row).toObject();
        const QString label = textIn(option.value(u"label"), language);
        QTableWidgetItem* item = m_options->item(row, 0);
        if (!item)
            m_options->setItem(row, 0, new QTableWidgetItem(label));
        else if (item->text() != label)
            item->setText(label);
        if (sameTargets)
            continue;
        QComboBox* box = targetBox(option.value(u"next").toString());
        connect(box, &QComboBox::currentIndexChanged, this, [this, row, box] {
            if (m_updating)
                return;
            QJsonObject current = m_document.screen(m_id);
            QJsonArray list = current.value(u"options").toArray();
            QJsonObject changed = list.at(row).toObject();
            changed.insert(QStringLiteral("next"), box->currentData().toString());
            list[row] = changed;
            current.insert(QStringLiteral("options"), list);
            m_document.setScreen(m_id, current, tr("Option %1 leads to %2").arg(row + 1).arg(box->currentText()));
        });
        m_options->setCellWidget(row, 1, box);
    }
}

void ScreenEditor::refreshTargets(const QJsonObject& screen)
{
    const QStringList keys = targetKeysFor(m_kind);
    QStringList signature = m_document.screenIds() << m_id << m_kind;
    for (const QString& key : keys)
        signature << screen.value(key).toString();
    if (signature == m_targetsSignature)
        return;
    m_targetsSignature = signature;
    clearForm(m_targets);
    m_targetsBox->setVisible(!keys.isEmpty());
    for (const QString& key : keys) {
        QComboBox* box = targetBox(screen.value(key).toString());
        box->setObjectName(QStringLiteral("target_") + key);
        connect(box, &QComboBox::currentIndexChanged, this, [this, key, box] {
            if (m_updating)
                return;
            QJsonObject current = m_document.screen(m_id);
            const QString target = box->currentData().toString();
            if (target.isEmpty())
                current.remove(key);
            else
                current.insert(key, target);
            m_document.setScreen(m_id, current, tr("%1 leads to %2").arg(key, box->currentText()));
        });
        m_targets->addRow(key + u':', box);
    }
}

void ScreenEditor::textEdited(const QString& language)
{
    if (m_updating)
        return;
    QJsonObject screen = m_document.screen(m_id);
    if (screen.isEmpty())
        return;
    const QString value = m_textEdits.value(language)->toPlainText();
    screen.insert(QStringLiteral("text"), withText(screen.value(u"text"), language, value, m_document.languages()));
    m_document.setScreen(m_id, screen, tr("Edit the text of %1 (%2)").arg(m_id, language),
                         QStringLiteral("text:%1:%2").arg(m_id, language));
}

void ScreenEditor::optionEdited(int row, int column)
{
    if (m_updating || column != 0)
        return;
    QJsonObject screen = m_document.screen(m_id);
    QJsonArray options = screen.value(u"options").toArray();
    if (row >= options.size())
        return;
    QJsonObject option = options.at(row).toObject();
    option.insert(QStringLiteral("label"), withText(option.value(u"label"), m_document.languages().first(),
                                                    m_options->item(row, 0)->text(), m_document.languages()));
    options[row] = option;
    screen.insert(QStringLiteral("options"), options);
    m_document.setScreen(m_id, screen, tr("Edit option %1 of %2").arg(row + 1).arg(m_id));
}

void ScreenEditor::addOption()
{
    QJsonObject screen = m_document.screen(m_id);
    if (m_kind != u"menu")
        return;
    QJsonArray options = screen.value(u"options").toArray();
    QJsonObject label;
    for (const QString& language : m_document.languages())
        label.insert(language, tr("New option"));
    options.append(QJsonObject{{QStringLiteral("label"), label}, {QStringLiteral("next"), m_id}});
    screen.insert(QStringLiteral("options"), options);
    m_document.setScreen(m_id, screen, tr("Add an option to %1").arg(m_id));
    m_options->setCurrentCell(int(options.size()) - 1, 0);
    m_options->setFocus();
}

void ScreenEditor::removeOption()
{
    const int row = m_options->currentRow();
    QJsonObject screen = m_document.screen(m_id);
    QJsonArray options = screen.value(u"options").toArray();
    if (row < 0 || row >= options.size())
        return;
    options.removeAt(row);
    screen.insert(QStringLiteral("options"), options);
    m_document.setScreen(m_id, screen, tr("Remove option %1 of %2").arg(row + 1).arg(m_id));
}

void ScreenEditor::applyJson()
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject()) {
        m_jsonError->setText(error.error != QJsonParseError::NoError
                                 ? tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString())
                                 : tr("A screen is a JSON object: { \"id\": …, \"type\": … }."));
        m_jsonError->show();
        return;
    }
    m_jsonError->hide();
    const QJsonObject screen = parsed.object();
    const QString newId = screen.value(u"id").toString();
    m_document.setScreen(m_id, screen, tr("Edit %1 as JSON").arg(m_id));
    if (newId != m_id) {
        m_id = newId;
        emit screenRenamed(newId);
    }
    rebuild();
}

void ScreenEditor::rename()
{
    const QString to = m_idEdit->text().trimmed();
    if (m_id.isEmpty() || to == m_id)
        return;
    const auto renamed = m_document.renameScreen(m_id, to);
    if (!renamed) {
        m_idError->setText(renamed.error());
        m_idError->show();
        return;
    }
    m_idError->hide();
    m_id = to;
    emit screenRenamed(to);
    refresh();
}

QString ScreenEditor::counterText(const QString& language) const
{
    const QLabel* counter = m_counters.value(language);
    return counter ? counter->text() : QString();
}

bool ScreenEditor::counterOverLimit(const QString& language) const
{
    const QLabel* counter = m_counters.value(language);
    return counter && counter->property("overLimit").toBool();
}

} // namespace paydesk::ussd
