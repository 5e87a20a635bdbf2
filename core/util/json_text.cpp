#include "util/json_text.h"

#include <utility>

namespace paydesk {

namespace {

// The characters JSON escapes with a backslash and a letter; the other controls are written \u00XX.
constexpr std::pair<char16_t, char16_t> shortEscapes[] = {
    {u'"', u'"'}, {u'\\', u'\\'}, {u'\n', u'n'}, {u'\r', u'r'}, {u'\t', u't'}, {u'\b', u'b'}, {u'\f', u'f'},
};

} // namespace

void appendJsonString(QString& out, QStringView text)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    out.reserve(out.size() + text.size() + 2);
    out.append(u'"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(text.mid(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        char16_t escape[6] = {u'\\', u'u', u'0', u'0', hex[c >> 4], hex[c & 0xf]};
        qsizetype length = 6;
        for (const auto& [plain, letter] : shortEscapes) {
            if (c == plain) {
                escape[1] = letter;
                length = 2;
            }
        }
        out.append(QStringView(escape, length));
    }
    out.append(text.mid(plainFrom));
    out.append(u'"');
}

} // namespace paydesk
