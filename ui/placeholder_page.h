#pragma once

#include "sections.h"

#include <QWidget>

namespace paydesk {

// A section whose features are not built yet says so plainly: nothing on it pretends to work.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
  public:
    explicit PlaceholderPage(const SectionInfo& info, QWidget* parent = nullptr);
};

} // namespace paydesk
