#include "sandbox/route.h"

#include <QUrl>

namespace paydesk::sandbox {

std::optional<QHash<QString, QString>> matchRoute(const QString& pattern, const QString& rawPath)
{
    QString path = rawPath;
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QStringList want = pattern.split(u'/');
    const QStringList have = path.split(u'/');
    if (want.size() != have.size())
        return std::nullopt;
    QHash<QString, QString> parameters;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString segment = QUrl::fromPercentEncoding(have.at(i).toUtf8());
        if (want.at(i).startsWith(u':')) {
            if (segment.isEmpty())
                return std::nullopt;
            parameters.insert(want.at(i).mid(1), segment);
        } else if (want.at(i) != segment) {
            return std::nullopt;
        }
    }
    return parameters;
}

} // namespace paydesk::sandbox
