#include "ussd/text_template.h"

#include "money/money.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

namespace paydesk::ussd {

namespace {

struct HelperName
{
    const char16_t* name;
    TextTemplate::Helper helper;
};
constexpr HelperName helpers[] = {
    {u"money", TextTemplate::Helper::Money}, {u"major", TextTemplate::Helper::Major},
    {u"phone", TextTemplate::Helper::Phone}, {u"date", TextTemplate::Helper::Date},
    {u"upper", TextTemplate::Helper::Upper}, {u"lower", TextTemplate::Helper::Lower},
    {u"url", TextTemplate::Helper::Url},
};

bool validVariable(QStringView name)
{
    const qsizetype dot = name.indexOf(u'.');
    if (dot <= 0 || dot == name.size() - 1)
        return false;
    const QStringView scope = name.first(dot);
    if (scope != u"session" && scope != u"input" && scope != u"vars" && scope != u"settings")
        return false;
    for (QChar c : name.sliced(dot + 1)) {
        if (!c.isLetterOrNumber() && c != u'_')
            return false;
    }
    return true;
}

// "08031234567" or "+2348031234567" → "0803 123 4567"; anything else unchanged.
QString spacedPhone(const QString& value)
{
    QString national = value;
    if (national.startsWith(u"+234") && national.size() == 14)
        national = u'0' + national.mid(4);
    else if (national.startsWith(u"+254") && national.size() == 13)
        national = u'0' + national.mid(4);
    if (national.size() == 11)
        return national.left(4) + u' ' + national.mid(4, 3) + u' ' + national.mid(7);
    if (national.size() == 10)
        return national.left(4) + u' ' + national.mid(4, 3) + u' ' + national.mid(7);
    return value;
}

} // namespace

TextTemplate TextTemplate::parse(const QString& text, QString* error)
{
    TextTemplate result;
    result.m_source = text;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(u"{{", at);
        if (open < 0) {
            result.m_pieces.append({text.mid(at), {}, Helper::None});
            break;
        }
        if (open > at)
            result.m_pieces.append({text.mid(at, open - at), {}, Helper::None});
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0) {
            *error = QStringLiteral("\"{{\" at character %1 is never closed with \"}}\"").arg(open + 1);
            return {};
        }
        const QString inside = text.mid(open + 2, close - open - 2);
        const QStringList parts = inside.split(u'|');
        Piece piece;
        piece.variable = parts.first().trimmed();
        if (!validVariable(piece.variable)) {
            *error =
                QStringLiteral("\"{{%1}}\" is not a variable: use session.NAME, input.NAME, vars.NAME or settings.NAME")
                    .arg(inside);
            return {};
        }
        if (parts.size() > 2) {
            *error = QStringLiteral("\"{{%1}}\" has more than one helper").arg(inside);
            return {};
        }
        if (parts.size() == 2) {
            const QString name = parts.at(1).trimmed();
            bool found = false;
            for (const auto& candidate : helpers) {
                if (name == QStringView(candidate.name)) {
                    piece.helper = candidate.helper;
                    found = true;
                }
            }
            if (!found) {
                *error = QStringLiteral("unknown helper \"%1\" in \"{{%2}}\" (known: money, major, phone, date, "
                                        "upper, lower, url)")
                             .arg(name, inside);
                return {};
            }
        }
        result.m_pieces.append(piece);
        at = close + 2;
    }
    return result;
}

QString TextTemplate::format(Helper helper, const QString& value, const QString& currency)
{
    switch (helper) {
    case Helper::None:
        return value;
    case Helper::Money:
    case Helper::Major: {
        bool ok = false;
        const qint64 minor = value.toLongLong(&ok);
        const auto code = Currency::fromCode(currency);
        if (!ok || !code)
            return value;
        const QString plain = Money::fromMinor(minor, *code).toPlainString();
        if (helper == Helper::Major)
            return plain;
        // GSM-7 has no naira sign: the code goes in front, and the digits are grouped in threes.
        const qsizetype point = plain.indexOf(u'.');
        const qsizetype whole = point < 0 ? plain.size() : point;
        const qsizetype sign = plain.startsWith(u'-') ? 1 : 0;
        QString grouped = plain.mid(whole);
        for (qsizetype i = whole; i > sign; i -= 3) {
            const qsizetype from = std::max(sign, i - 3);
            grouped.prepend(plain.mid(from, i - from));
            if (from > sign)
                grouped.prepend(u',');
        }
        return currency + u' ' + plain.left(sign) + grouped;
    }
    case Helper::Phone:
        return spacedPhone(value);
    case Helper::Date: {
        const QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
        const QDate day = when.isValid() ? when.date() : QDate::fromString(value.left(10), Qt::ISODate);
        return day.isValid() ? QLocale::c().toString(day, QStringLiteral("d MMM yyyy")) : value;
    }
    case Helper::Upper:
        return value.toUpper();
    case Helper::Lower:
        return value.toLower();
    case Helper::Url:
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return value;
}

QString TextTemplate::helperName(Helper helper)
{
    for (const auto& candidate : helpers) {
        if (candidate.helper == helper)
            return QString::fromUtf16(candidate.name);
    }
    return {};
}

QString TextTemplate::render(const Lookup& lookup, const QString& currency) const
{
    if (m_pieces.size() == 1 && m_pieces.first().variable.isEmpty())
        return m_pieces.first().literal;
    QString out;
    out.reserve(m_source.size() + 16);
    for (const Piece& piece : m_pieces) {
        if (piece.variable.isEmpty())
            out += piece.literal;
        else
            out += format(piece.helper, lookup(piece.variable), currency);
    }
    return out;
}

QString TextTemplate::sample(const std::function<QString(const Piece&)>& sampleFor) const
{
    QString out;
    for (const Piece& piece : m_pieces)
        out += piece.variable.isEmpty() ? piece.literal : sampleFor(piece);
    return out;
}

QStringList TextTemplate::variables() const
{
    QStringList names;
    for (const Piece& piece : m_pieces) {
        if (!piece.variable.isEmpty())
            names.append(piece.variable);
    }
    return names;
}

} // namespace paydesk::ussd
