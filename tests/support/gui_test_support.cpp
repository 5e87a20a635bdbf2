#include "gui_test_support.h"

#include "config/app_config.h"
#include "config/sample_data.h"
#include "storage/migrator.h"

#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace paydesk::test {

void saveScreenshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !window)
        return;
    QTest::qWait(100); // screenshots only: let the style finish painting
    window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

StartupOptions sampleTrainingDesk(const QString& dir, const QUrl& sandboxUrl)
{
    StartupOptions options;
    options.training = true;
    options.sandboxUrl = sandboxUrl;
    options.databaseUrl = QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("desk.sqlite3"));
    options.configPath = QDir(dir).filePath(QStringLiteral("paydesk.conf"));
    const auto url = DatabaseUrl::parse(options.databaseUrl);
    if (!url)
        return {};
    Database::Options create;
    create.create = Database::CreateMode::CreateIfMissing;
    auto db = openMigrated(*url, create);
    if (!db || !loadSampleData(*db))
        return {};
    db->releaseThreadConnection();
    AppConfig(options.configPath).setServerAddress(QStringLiteral("127.0.0.1:0"));
    return options;
}

} // namespace paydesk::test
