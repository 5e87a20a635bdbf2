#include "gui_test_support.h"

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

} // namespace paydesk::test
