#include "storage/database_url.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace paydesk {

namespace {

DbError badUrl(const QString& why)
{
    return {DbError::Kind::BadUrl, QCoreApplication::translate("Database", "Invalid database URL: %1").arg(why)};
}

} // namespace

Result<DatabaseUrl, DbError> DatabaseUrl::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return badUrl(QCoreApplication::translate("Database", "it is empty"));

    DatabaseUrl url;
    if (text.startsWith(u"sqlite:")) {
        url.path = text.mid(7);
        if (url.path.startsWith(u"//")) // sqlite:///abs/path
            url.path = url.path.mid(2);
    } else if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return badUrl(parsed.errorString());
        url.backend = Backend::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName(QUrl::FullyDecoded);
        url.password = parsed.password(QUrl::FullyDecoded);
        url.database = parsed.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(parsed);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"sslmode") {
                url.sslMode = value;
            } else if (key == u"connect_timeout") {
                bool ok = false;
                url.connectTimeoutSeconds = value.toInt(&ok);
                if (!ok || url.connectTimeoutSeconds <= 0)
                    return badUrl(QCoreApplication::translate("Database", "connect_timeout must be a positive number"));
            } else {
                return badUrl(QCoreApplication::translate("Database", "unknown option \"%1\"").arg(key));
            }
        }
        if (url.host.isEmpty())
            return badUrl(QCoreApplication::translate("Database", "no host"));
        if (url.database.isEmpty() || url.database.contains(u'/'))
            return badUrl(QCoreApplication::translate("Database", "no database name after the host"));
        return url;
    } else if (text.contains(u"://")) {
        return badUrl(QCoreApplication::translate("Database", "only sqlite: and postgresql:// are supported"));
    } else {
        url.path = text; // a bare file path
    }
    if (url.path.isEmpty())
        return badUrl(QCoreApplication::translate("Database", "no file path after sqlite:"));
    url.path = QDir::cleanPath(QDir::fromNativeSeparators(url.path));
    return url;
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    DatabaseUrl url;
    url.path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/paydesk.sqlite3");
    return url;
}

QString DatabaseUrl::redacted() const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

} // namespace paydesk
