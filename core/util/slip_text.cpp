#include "util/slip_text.h"

namespace paydesk::slip_text {

QString plainAmount(const Money& money)
{
    const QString plain = money.toPlainString();
    const qsizetype dot = plain.indexOf(u'.');
    QString whole = dot >= 0 ? plain.left(dot) : plain;
    const bool negative = whole.startsWith(u'-');
    if (negative)
        whole.remove(0, 1);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return QStringLiteral("%1 %2%3%4")
        .arg(money.currency().code(), negative ? QStringLiteral("-") : QString(), whole,
             dot >= 0 ? plain.mid(dot) : QString());
}

QString ascii(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() >= 32 && c.unicode() < 127)
            out += c;
        else if (c.category() != QChar::Mark_NonSpacing)
            out += u'?';
    }
    return out;
}

QString leftRight(const QString& left, const QString& right, int columns)
{
    const int space = columns - int(right.size());
    QString l = left.left(std::max(0, space - 1));
    return l + QString(std::max(1, columns - int(l.size()) - int(right.size())), u' ') + right;
}

QString centered(const QString& text, int columns)
{
    const QString cut = text.left(columns);
    return QString((columns - cut.size()) / 2, u' ') + cut;
}

QByteArray escPos(const QStringList& lines, const std::function<bool(const QString&)>& emphasised)
{
    QByteArray bytes;
    bytes += QByteArray("\x1b\x40", 2);     // ESC @: initialise
    bytes += QByteArray("\x1b\x74\x00", 3); // ESC t 0: code page PC437
    for (const QString& line : lines) {
        const bool bold = emphasised && emphasised(line);
        if (bold)
            bytes += QByteArray("\x1b\x45\x01", 3); // ESC E 1: bold
        bytes += line.toLatin1() + '\n';
        if (bold)
            bytes += QByteArray("\x1b\x45\x00", 3);
    }
    bytes += QByteArray("\x1b\x64\x04", 3);     // ESC d 4: feed four lines
    bytes += QByteArray("\x1d\x56\x42\x00", 4); // GS V 66 0: partial cut
    return bytes;
}

} // namespace paydesk::slip_text
