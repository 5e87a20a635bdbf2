#pragma once

#include "ussd/text_template.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::ussd {

// One thing wrong with a flow document, pointing at the screen and field ("screens.amount.validate.min").
struct FlowProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;
    QString message;

    QString toString() const;
};
using FlowProblems = QList<FlowProblem>;

// Text in each of the service's languages.
struct LocalText
{
    QHash<QString, TextTemplate> byLanguage;
    const TextTemplate& in(const QString& language, const QString& fallback) const;
    bool isEmpty() const { return byLanguage.isEmpty(); }
};

// A test on a variable: a router's branch, an option's visibility, an API call's success.
struct Condition
{
    enum class Op { Equals, NotEquals, In, Matches, Exists, Missing, Less, Greater };
    QString variable; // "vars.status"; for an API's success condition, a JSON path into the response ("$.status")
    Op op = Op::Exists;
    QStringList values;
    QRegularExpression pattern;
    bool test(const QString& value, bool present) const;
};

struct InputRule
{
    enum class Kind { Any, Regex, Range, Phone, Email, Amount, OneOf };
    Kind kind = Kind::Any;
    QRegularExpression pattern;
    qint64 min = 0; // Range: the number; Amount: minor units
    qint64 max = 0;
    QString country; // Phone: "NG", "KE"
    QStringList values;
};

// Where an API call's or an action's answer goes: a JSON path into a session variable.
struct Mapping
{
    QString variable; // "vars.loan_id"
    QString path;     // "$.data.id"
};

struct HttpTemplate
{
    QString method = QStringLiteral("POST");
    TextTemplate url;
    QList<std::pair<QString, TextTemplate>> headers;
    QString authSecret; // a SecretStore key, e.g. "loans/api-key"
    QString authScheme = QStringLiteral("Bearer");
    QJsonValue body;       // strings inside are templates
    bool formBody = false; // application/x-www-form-urlencoded instead of JSON
};

enum class ScreenKind { Menu, Input, Message, Api, Action, Router, End };

struct Screen
{
    struct Option
    {
        LocalText label;
        int next = -1;
        std::optional<Condition> when; // shown only when it holds
        // Values set when chosen: "vars.network": "mtn", "input.recipient": "{{session.phone}}",
        // "session.language": "pcm".
        QList<std::pair<QString, TextTemplate>> set;
    };

    QString id;
    ScreenKind kind = ScreenKind::End;
    LocalText text; // menu title, input prompt, message or end text
    QList<Option> options;
    int next = -1;

    // Input
    QString inputName;
    InputRule rule;
    LocalText error;
    int retries = 3;
    int onInvalid = -1;     // after the last retry; -1: end the session with the error text
    bool navigation = true; // the back and home keys work here

    // Message
    bool end = false;

    // Api and Action
    HttpTemplate http;
    QString action; // "paystack.ussd_charge"
    QList<std::pair<QString, TextTemplate>> params;
    QList<Mapping> mappings;
    std::optional<Condition> success;
    int timeoutMs = 8000;
    int onSuccess = -1;
    int onFailure = -1;
    int onTimeout = -1;

    // Router
    QList<std::pair<Condition, int>> routes;
    int fallback = -1;

    bool isInteractive() const
    {
        return kind == ScreenKind::Menu || kind == ScreenKind::Input || kind == ScreenKind::Message;
    }
    // Every screen this one can lead to.
    QList<int> successors() const;
};

// A parsed, checked flow: screens by index, every reference resolved.
struct Flow
{
    static constexpr int FormatVersion = 1;
    static inline const QString FormatName = QStringLiteral("paydesk-ussd-flow");

    struct DirectDial // *666*1000#: the extension's segments are typed into `start`, then the screens after it
    {
        int segments = 1;
        int start = -1;
    };
    struct Keys
    {
        QString back = QStringLiteral("0");
        QString home = QStringLiteral("00");
        QString more = QStringLiteral("98");
    };
    enum class Resume { Start, Continue, Confirm };
    // The engine's own words, per language (service.texts); English defaults.
    struct SystemTexts
    {
        LocalText more;          // "More"
        LocalText back;          // "Back"
        LocalText invalidChoice; // "Invalid choice."
        LocalText resume;        // "Continue where you left off?\n1. Yes\n2. No"
        LocalText failure;       // "Sorry, the service is not available now."
    };

    QString code; // "*666#"
    QString name;
    QString currency = QStringLiteral("NGN");
    QStringList languages{QStringLiteral("en")};
    int sessionTimeoutSeconds = 180;
    int resumeWindowSeconds = 0; // 0: a timed-out session is never resumed
    Resume resume = Resume::Start;
    Keys keys;
    SystemTexts texts;
    int start = 0;
    QList<DirectDial> directDials;
    QList<Screen> screens;
    QHash<QString, int> index;
    QJsonObject document;             // as loaded, for export and the designer
    QHash<QString, QString> samples;  // the linter's longest plausible value per variable
    QHash<QString, QString> settings; // settings.NAME: per installation (API addresses), overridable at load

    const QString& defaultLanguage() const { return languages.first(); }
    // "*666*1000#" → base "*666#" and segments {"1000"}; nullopt when the dialled code is not this service's.
    std::optional<QStringList> extensionOf(const QString& dialled) const;
};

// Reads a flow document. Every structural error is reported with its path; a document with any error gives none.
Result<Flow, FlowProblems> parseFlow(const QByteArray& json);
Result<Flow, FlowProblems> parseFlow(const QJsonObject& document);

// "*666*1000#" → {"*666#", {"1000"}}; an empty base when it is not a USSD code.
std::pair<QString, QStringList> splitDialString(const QString& dialled);

// The built-in actions and the variables each one's answer offers to mappings.
QStringList builtInActions();

} // namespace paydesk::ussd
