#pragma once

#include "storage/database_url.h"

#include <QSettings>
#include <QUrl>

#include <memory>

namespace paydesk {

// This desk's own settings, in an INI file (default: AppConfigLocation/paydesk.conf, or --config FILE). Only
// things that are not secret and that a desk needs before it can reach the database live here; secrets go to
// the SecretStore and shared settings to the database.
class AppConfig
{
  public:
    // Empty path: the per-user default location.
    explicit AppConfig(const QString& path = QString());

    QString filePath() const;
    bool exists() const;

    // The configured database, or the per-user SQLite default when none is set.
    QString databaseUrlText() const;
    bool hasExplicitDatabase() const;
    void setDatabaseUrl(const QString& url);

    // "off", or host:port for the embedded server; default 127.0.0.1:8088 (loopback only).
    QString serverAddress() const;
    void setServerAddress(const QString& address);

    // Where backups go (backup/folder; a second disk, a USB drive, a share): empty until an administrator
    // chooses one. How often the desk makes one while it runs (backup/interval_hours, default 4; 0: only at shift
    // close and when asked).
    QString backupFolder() const;
    void setBackupFolder(const QString& folder);
    int backupIntervalHours() const;
    void setBackupIntervalHours(int hours);
    // When the last good backup was made (backup/last_good, UTC), for the status bar after a restart.
    QDateTime lastGoodBackup() const;
    void setLastGoodBackup(const QDateTime& at);

    QString deskName() const;
    // The Paystack Terminal this desk pushes payment requests to (its terminal_id); empty: none.
    QString terminalId() const;
    void setTerminalId(const QString& terminalId);
    // Where receipts go: a device or file path, or tcp://host:9100; empty: PDF and the system printer only.
    QString receiptPrinter() const;
    void setReceiptPrinter(const QString& target);
    int receiptColumns() const; // 32 (58 mm) or 48 (80 mm)
    void setReceiptColumns(int columns);
    void setDeskName(const QString& name);

    QUrl paystackBaseUrl() const;
    // The airtime provider (VTpass) the kiosk sells through: airtime/vtpass_url, VTpass's live API by default.
    QUrl vtpassBaseUrl() const;
    // The email Paystack sends the vendor's wallet top-up receipts to: airtime/topup_email (empty: not set).
    QString airtimeTopUpEmail() const;
    void setPaystackBaseUrl(const QUrl& url);

    // What the USSD gateway charges per session, in kobo (ussd/cost_per_session_minor), for the sessions view.
    qint64 ussdCostPerSessionMinor() const;
    void setUssdCostPerSessionMinor(qint64 minor);

    QString language() const; // empty: follow the system
    void setLanguage(const QString& language);

    void sync();

    static QString defaultServerAddress() { return QStringLiteral("127.0.0.1:8088"); }
    static QUrl livePaystackUrl() { return QUrl(QStringLiteral("https://api.paystack.co")); }

  private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace paydesk
