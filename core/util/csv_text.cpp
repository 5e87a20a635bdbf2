#include "util/csv_text.h"

namespace paydesk::csv_text {

QString field(QString value)
{
    bool number = false;
    value.toDouble(&number);
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()) && !number)
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        return u'"' + value.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return value;
}

QString line(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& value : fields)
        quoted << field(value);
    return quoted.join(u',');
}

} // namespace paydesk::csv_text
