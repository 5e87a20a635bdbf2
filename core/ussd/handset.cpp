#include "ussd/handset.h"

namespace paydesk::ussd {

QStringList handsetLines(QStringView text, int columns)
{
    QStringList lines;
    const int width = qMax(columns, 1);
    for (QStringView line : text.split(u'\n')) {
        if (line.isEmpty()) {
            lines << QString();
            continue;
        }
        while (line.size() > width) {
            // The last space that keeps the line within the width; none: the word is cut where the line ends.
            qsizetype cut = line.first(width + 1).lastIndexOf(u' ');
            if (cut <= 0) {
                lines << line.first(width).toString();
                line = line.sliced(width);
                continue;
            }
            lines << line.first(cut).toString();
            line = line.sliced(cut + 1);
        }
        lines << line.toString();
    }
    return lines;
}

} // namespace paydesk::ussd
