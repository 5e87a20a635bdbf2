#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::test {

// Collects every Qt log message (all categories, debug included) while alive, for tests that check what
// reaches the log.
class LogCapture
{
  public:
    LogCapture();
    ~LogCapture();
    QString text() const;
};

} // namespace paydesk::test
