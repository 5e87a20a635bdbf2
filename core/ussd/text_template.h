#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace paydesk::ussd {

// A text with {{variable}} and {{variable | helper}} placeholders, parsed once when the flow loads so that
// rendering a screen is a walk over ready pieces. Variables are "session.phone", "input.amount", "vars.name";
// helpers format a value for a handset: money (minor units to "NGN 1,500.00"), major ("1500.00"), phone
// ("0803 123 4567"), date ("22 Nov 2026"), upper, lower, url (percent-encoded, for query strings).
class TextTemplate
{
  public:
    enum class Helper { None, Money, Major, Phone, Date, Upper, Lower, Url };
    struct Piece
    {
        QString literal;  // when variable is empty
        QString variable; // "input.amount"
        Helper helper = Helper::None;
    };
    // Looks a variable up; returns a null QString when it has no value.
    using Lookup = std::function<QString(const QString& variable)>;

    TextTemplate() = default;
    // Parses `text`; on a malformed placeholder or an unknown helper, `error` says what and the template is empty.
    static TextTemplate parse(const QString& text, QString* error);

    QString render(const Lookup& lookup, const QString& currency) const;
    // The text with each placeholder replaced by the longest value it plausibly takes (for the linter).
    QString sample(const std::function<QString(const Piece&)>& sampleFor) const;
    QStringList variables() const;
    const QList<Piece>& pieces() const { return m_pieces; }
    const QString& source() const { return m_source; }
    bool isEmpty() const { return m_source.isEmpty(); }

    static QString helperName(Helper helper);
    static QString format(Helper helper, const QString& value, const QString& currency);

  private:
    QString m_source;
    QList<Piece> m_pieces;
};

} // namespace paydesk::ussd
