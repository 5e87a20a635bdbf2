#include "security/environment_secret_store.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace paydesk {

namespace {

SecretReadResult readSecretFile(const QString& path)
{
    QFile file(path);
    if (file.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther)) {
        return SecretFailure{SecretFailure::Kind::AccessDenied,
                             QCoreApplication::translate("SecretStore",
                                                         "The secret file %1 is readable by other users; "
                                                         "restrict it with chmod 600.")
                                 .arg(path)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return SecretFailure{SecretFailure::Kind::Other,
                             QCoreApplication::translate("SecretStore", "Cannot read the secret file %1: %2")
                                 .arg(path, file.errorString())};
    }
    QByteArray bytes = file.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return Secret(bytes);
}

SecretFailure readOnly()
{
    return {SecretFailure::Kind::ReadOnly,
            QCoreApplication::translate("SecretStore", "Secrets from the environment cannot be changed from Paydesk; "
                                                       "edit the service's environment or credential files.")};
}

} // namespace

EnvironmentSecretStore::EnvironmentSecretStore(QProcessEnvironment environment, QObject* parent)
    : SecretStore(parent), m_environment(std::move(environment))
{}

QString EnvironmentSecretStore::variableName(const QString& key)
{
    static const QRegularExpression notAlnum(QStringLiteral("[^A-Za-z0-9]+"));
    return QStringLiteral("PAYDESK_") + QString(key).replace(notAlnum, QStringLiteral("_")).toUpper();
}

SecretReadResult EnvironmentSecretStore::readNow(const QString& key) const
{
    const QString credentials = m_environment.value(QStringLiteral("CREDENTIALS_DIRECTORY"));
    if (!credentials.isEmpty()) {
        const QString path = credentials + u'/' + QString(key).replace(u'/', u'-');
        if (QFileInfo::exists(path))
            return readSecretFile(path);
    }
    const QString variable = variableName(key);
    const QString filePath = m_environment.value(variable + QStringLiteral("_FILE"));
    if (!filePath.isEmpty())
        return readSecretFile(filePath);
    if (m_environment.contains(variable)) {
        const QString value = m_environment.value(variable);
        if (!value.isEmpty())
            return Secret(value.toUtf8());
    }
    return SecretFailure{
        SecretFailure::Kind::NotFound,
        QCoreApplication::translate("SecretStore", "%1 is not set (set %2 or %2_FILE).").arg(key, variable)};
}

void EnvironmentSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    deliver(context, std::move(callback), readNow(key));
}

void EnvironmentSecretStore::write(const QString&, const Secret&, QObject* context, WriteCallback callback)
{
    deliver(context, std::move(callback), SecretWriteResult(readOnly()));
}

void EnvironmentSecretStore::remove(const QString&, QObject* context, WriteCallback callback)
{
    deliver(context, std::move(callback), SecretWriteResult(readOnly()));
}

} // namespace paydesk
