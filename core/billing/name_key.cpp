#include "billing/name_key.h"

namespace paydesk::search_terms {

QStringList words(const QString& text)
{
    // NFKD and dropping the combining marks turns "Ọláolúwa" into "olaoluwa".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QStringList result;
    QString current;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

QString phoneticKey(const QString& word)
{
    if (word.isEmpty())
        return {};
    QString folded;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        const QChar next = i + 1 < word.size() ? word.at(i + 1) : QChar();
        if (c == u'p' && next == u'h') {
            folded += u'f';
            ++i;
            continue;
        }
        switch (c.unicode()) {
        case 'c':
        case 'q':
            folded += u'k';
            break;
        case 'v':
            folded += u'f';
            break;
        case 'z':
            folded += u's';
            break;
        case 'y':
            folded += u'i';
            break;
        case 'j':
            folded += u'g';
            break;
        default:
            folded += c;
        }
    }
    auto isVowel = [](QChar c) { return QStringView(u"aeiouhw").contains(c); };
    QString key(folded.at(0));
    QChar last = folded.at(0);
    for (qsizetype i = 1; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (isVowel(c)) {
            last = QChar();
            continue;
        }
        if (c != last)
            key += c;
        last = c;
    }
    return key;
}

QString upperBound(const QString& prefix)
{
    // Every continuation of prefix sorts below prefix + U+FFFF under byte (UTF-8 / "C") and UTF-16 order alike for
    // the characters we store (letters, digits, '@', '.', '+', '-').
    return prefix + QChar(0xFFFF);
}

} // namespace paydesk::search_terms
