#include "config/app_config.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace paydesk {

namespace {

const QString kDatabase = QStringLiteral("database/url");
const QString kServer = QStringLiteral("server/address");
const QString kDesk = QStringLiteral("desk/name");
const QString kPaystack = QStringLiteral("paystack/base_url");
const QString kLanguage = QStringLiteral("ui/language");

} // namespace

AppConfig::AppConfig(const QString& path)
{
    const QString file = path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                              QStringLiteral("/paydesk.conf")
                                        : path;
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
}

QString AppConfig::filePath() const
{
    return m_settings->fileName();
}

bool AppConfig::exists() const
{
    return QFileInfo::exists(filePath());
}

QString AppConfig::databaseUrlText() const
{
    const QString url = m_settings->value(kDatabase).toString();
    return url.isEmpty() ? DatabaseUrl::defaultSqlite().redacted() : url;
}

bool AppConfig::hasExplicitDatabase() const
{
    return !m_settings->value(kDatabase).toString().isEmpty();
}

void AppConfig::setDatabaseUrl(const QString& url)
{
    m_settings->setValue(kDatabase, url);
}

QString AppConfig::backupFolder() const
{
    return m_settings->value(QStringLiteral("backup/folder")).toString();
}

void AppConfig::setBackupFolder(const QString& folder)
{
    m_settings->setValue(QStringLiteral("backup/folder"), folder);
}

int AppConfig::backupIntervalHours() const
{
    return qBound(0, m_settings->value(QStringLiteral("backup/interval_hours"), 4).toInt(), 24 * 7);
}

void AppConfig::setBackupIntervalHours(int hours)
{
    m_settings->setValue(QStringLiteral("backup/interval_hours"), hours);
}

QDateTime AppConfig::lastGoodBackup() const
{
    return QDateTime::fromString(m_settings->value(QStringLiteral("backup/last_good")).toString(), Qt::ISODate);
}

void AppConfig::setLastGoodBackup(const QDateTime& at)
{
    m_settings->setValue(QStringLiteral("backup/last_good"), at.toUTC().toString(Qt::ISODate));
}

QString AppConfig::serverAddress() const
{
    return m_settings->value(kServer, defaultServerAddress()).toString();
}

void AppConfig::setServerAddress(const QString& address)
{
    m_settings->setValue(kServer, address);
}

QString AppConfig::deskName() const
{
    return m_settings->value(kDesk).toString();
}

void AppConfig::setDeskName(const QString& name)
{
    m_settings->setValue(kDesk, name);
}

QString AppConfig::terminalId() const
{
    return m_settings->value(QStringLiteral("paystack/terminal")).toString();
}

void AppConfig::setTerminalId(const QString& terminalId)
{
    m_settings->setValue(QStringLiteral("paystack/terminal"), terminalId);
}

QString AppConfig::receiptPrinter() const
{
    return m_settings->value(QStringLiteral("receipts/printer")).toString();
}

void AppConfig::setReceiptPrinter(const QString& target)
{
    m_settings->setValue(QStringLiteral("receipts/printer"), target);
}

void AppConfig::setReceiptColumns(int columns)
{
    m_settings->setValue(QStringLiteral("receipts/columns"), columns == 32 ? 32 : 48);
}

int AppConfig::receiptColumns() const
{
    return m_settings->value(QStringLiteral("receipts/columns"), 48).toInt() == 32 ? 32 : 48;
}

qint64 AppConfig::ussdCostPerSessionMinor() const
{
    return qMax<qint64>(0, m_settings->value(QStringLiteral("ussd/cost_per_session_minor"), 0).toLongLong());
}

void AppConfig::setUssdCostPerSessionMinor(qint64 minor)
{
    m_settings->setValue(QStringLiteral("ussd/cost_per_session_minor"), qMax<qint64>(0, minor));
}

QUrl AppConfig::paystackBaseUrl() const
{
    const QUrl url(m_settings->value(kPaystack).toString());
    return url.isValid() && !url.isEmpty() ? url : livePaystackUrl();
}

QString AppConfig::airtimeTopUpEmail() const
{
    return m_settings->value(QStringLiteral("airtime/topup_email")).toString().trimmed();
}

QUrl AppConfig::vtpassBaseUrl() const
{
    const QUrl url(m_settings->value(QStringLiteral("airtime/vtpass_url")).toString());
    return url.isValid() && !url.isEmpty() ? url : QUrl(QStringLiteral("https://vtpass.com/"));
}

void AppConfig::setPaystackBaseUrl(const QUrl& url)
{
    m_settings->setValue(kPaystack, url.toString());
}

QString AppConfig::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppConfig::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

void AppConfig::sync()
{
    m_settings->sync();
}

} // namespace paydesk
