#include "ussd/flow_document.h"

#include "ussd/flow_linter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace paydesk::ussd {

namespace {

QJsonArray screensOf(const QJsonObject& document)
{
    return document.value(u"screens").toArray();
}

// Replaces references to `from` with `to` anywhere in the document: screens' targets, the service's start and
// its direct dials.
QJsonValue renamed(const QJsonValue& value, const QString& from, const QString& to)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = renamed(array.at(i), from, to);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (FlowDocument::referenceKeys().contains(it.key()) && it.value().toString() == from)
            it.value() = to;
        else if (it.value().isObject() || it.value().isArray())
            it.value() = renamed(it.value(), from, to);
    }
    return object;
}

QJsonObject newScreen(const QString& kind, const QString& id, const QString& language)
{
    auto text = [&language](const char* english) -> QJsonValue {
        return QJsonObject{{language, QString::fromLatin1(english)}};
    };
    QJsonObject screen{{QStringLiteral("id"), id}, {QStringLiteral("type"), kind}};
    if (kind == u"menu") {
        screen.insert(QStringLiteral("text"), text("Choose"));
        screen.insert(QStringLiteral("options"), QJsonArray{});
    } else if (kind == u"input") {
        screen.insert(QStringLiteral("name"), id);
        screen.insert(QStringLiteral("text"), text("Enter a value"));
        screen.insert(QStringLiteral("validate"), QJsonObject{{QStringLiteral("type"), QStringLiteral("any")}});
    } else if (kind == u"message") {
        screen.insert(QStringLiteral("text"), text("Message"));
        screen.insert(QStringLiteral("end"), true);
    } else {
        screen.insert(QStringLiteral("text"), text("Thank you."));
    }
    return screen;
}

} // namespace

// One change to the document: the whole document before and after (flows are a few kilobytes).
class FlowDocument::Edit : public QUndoCommand
{
  public:
    Edit(FlowDocument& owner, QJsonObject before, QJsonObject after, const QString& what, QString mergeKey)
        : QUndoCommand(what),
          m_owner(owner),
          m_before(std::move(before)),
          m_after(std::move(after)),
          m_mergeKey(std::move(mergeKey))
    {}
    void redo() override { m_owner.apply(m_after); }
    void undo() override { m_owner.apply(m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* edit = static_cast<const Edit*>(other);
        if (edit->m_mergeKey != m_mergeKey)
            return false;
        m_after = edit->m_after;
        return true;
    }

  private:
    FlowDocument& m_owner;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_mergeKey;
};

FlowDocument::FlowDocument(QObject* parent) : QObject(parent) {}

const QStringList& FlowDocument::referenceKeys()
{
    static const QStringList keys{QStringLiteral("next"),      QStringLiteral("onInvalid"), QStringLiteral("default"),
                                  QStringLiteral("onSuccess"), QStringLiteral("onFailure"), QStringLiteral("onTimeout"),
                                  QStringLiteral("start")};
    return keys;
}

Status<FlowProblems> FlowDocument::open(const QByteArray& json, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject()) {
        // parseFlow words the syntax error with its line and column.
        auto flow = parseFlow(json);
        if (!flow)
            return flow.error();
        return FlowProblems{{FlowProblem::Severity::Error, QString(),
                             QCoreApplication::translate("FlowDocument", "the file is not a JSON object")}};
    }
    m_origin = origin;
    m_undo.clear();
    apply(parsed.object());
    return {};
}

QByteArray FlowDocument::toJson() const
{
    return QJsonDocument(m_document).toJson(QJsonDocument::Indented);
}

void FlowDocument::apply(const QJsonObject& document)
{
    m_document = document;
    auto flow = parseFlow(document);
    if (flow) {
        m_problems = lintFlow(*flow);
        m_flow = std::move(*flow);
    } else {
        m_problems = flow.error();
        m_flow.reset();
    }
    emit changed();
}

QStringList FlowDocument::languages() const
{
    QStringList languages;
    for (const QJsonValue& language : m_document.value(u"service").toObject().value(u"languages").toArray())
        languages << language.toString();
    if (languages.isEmpty())
        languages << QStringLiteral("en");
    return languages;
}

QStringList FlowDocument::screenIds() const
{
    QStringList ids;
    for (const QJsonValue& screen : screensOf(m_document))
        ids << screen.toObject().value(u"id").toString();
    return ids;
}

QJsonObject FlowDocument::screen(const QString& id) const
{
    for (const QJsonValue& screen : screensOf(m_document)) {
        if (screen.toObject().value(u"id").toString() == id)
            return screen.toObject();
    }
    return {};
}

QString FlowDocument::startScreen() const
{
    const QString start = m_document.value(u"service").toObject().value(u"start").toString();
    if (!start.isEmpty())
        return start;
    const QStringList ids = screenIds();
    return ids.isEmpty() ? QString() : ids.first();
}

void FlowDocument::replace(const QJsonObject& document, const QString& what, const QString& mergeKey)
{
    if (document == m_document)
        return;
    m_undo.push(new Edit(*this, m_document, document, what, mergeKey));
}

void FlowDocument::setScreen(const QString& id, const QJsonObject& screen, const QString& what, const QString& mergeKey)
{
    QJsonArray screens = screensOf(m_document);
    for (qsizetype i = 0; i < screens.size(); ++i) {
        if (screens.at(i).toObject().value(u"id").toString() != id)
            continue;
        screens[i] = screen;
        QJsonObject document = m_document;
        document.insert(QStringLiteral("screens"), screens);
        replace(document, what, mergeKey);
        return;
    }
}

Status<QString> FlowDocument::renameScreen(const QString& from, const QString& to)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    if (from == to)
        return {};
    if (!idPattern.match(to).hasMatch())
        return QCoreApplication::translate("FlowDocument",
                                           "A screen id starts with a letter and holds only letters, digits, "
                                           "'_', '.' and '-'.");
    if (screenIds().contains(to))
        return QCoreApplication::translate("FlowDocument", "There is already a screen called \"%1\".").arg(to);
    QJsonArray screens = screensOf(m_document);
    for (qsizetype i = 0; i < screens.size(); ++i) {
        QJsonObject screen = screens.at(i).toObject();
        if (screen.value(u"id").toString() == from) {
            screen.insert(QStringLiteral("id"), to);
            screens[i] = screen;
        }
    }
    QJsonObject document = m_document;
    document.insert(QStringLiteral("screens"), screens);
    replace(renamed(document, from, to).toObject(),
            QCoreApplication::translate("FlowDocument", "Rename %1 to %2").arg(from, to));
    return {};
}

QString FlowDocument::addScreen(const QString& kind, const QString& after)
{
    const QStringList ids = screenIds();
    QString id = kind;
    for (int n = 2; ids.contains(id); ++n)
        id = kind + QString::number(n);
    QJsonArray screens = screensOf(m_document);
    const qsizetype at = ids.indexOf(after);
    screens.insert(at < 0 ? screens.size() : at + 1, newScreen(kind, id, languages().first()));
    QJsonObject document = m_document;
    document.insert(QStringLiteral("screens"), screens);
    replace(document, QCoreApplication::translate("FlowDocument", "Add screen %1").arg(id));
    return id;
}

void FlowDocument::removeScreen(const QString& id)
{
    QJsonArray screens = screensOf(m_document);
    const qsizetype at = screenIds().indexOf(id);
    if (at < 0)
        return;
    screens.removeAt(at);
    QJsonObject document = m_document;
    document.insert(QStringLiteral("screens"), screens);
    // References to it stay: the linter names each one, so nothing silently points elsewhere.
    replace(document, QCoreApplication::translate("FlowDocument", "Delete screen %1").arg(id));
}

} // namespace paydesk::ussd
