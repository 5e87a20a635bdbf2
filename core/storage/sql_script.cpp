#include "storage/sql_script.h"

#include <QRegularExpression>

namespace paydesk {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    static const QRegularExpression dollarTag(QStringLiteral("\\G\\$[A-Za-z_]*\\$"));
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN/CASE ... END inside CREATE TRIGGER
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
        blockDepth = 0;
    };

    for (qsizetype i = 0; i < n;) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) { // doubled quote inside the literal
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j + 1 - i);
            i = j + 1;
            continue;
        }
        if (c == u'$') {
            const auto match = dollarTag.match(script, i);
            if (match.hasMatch()) {
                const QString tag = match.captured();
                const qsizetype end = script.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c.isLetter() && (i == 0 || !isWordChar(script.at(i - 1)))) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            const bool inTrigger = current.simplified().toUpper().startsWith(QStringLiteral("CREATE TRIGGER")) ||
                                   current.simplified().toUpper().startsWith(QStringLiteral("CREATE TEMP TRIGGER"));
            if (inTrigger && (word == u"BEGIN" || word == u"CASE"))
                ++blockDepth;
            else if (inTrigger && word == u"END" && blockDepth > 0)
                --blockDepth;
            current += script.mid(i, j - i);
            i = j;
            continue;
        }
        if (c == u';' && blockDepth == 0) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

} // namespace paydesk
