#include "placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace paydesk {

PlaceholderPage::PlaceholderPage(const SectionInfo& info, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholder-%1").arg(int(info.section)));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(info.title.toHtmlEscaped()), this);
    title->setAlignment(Qt::AlignCenter);
    auto* what = new QLabel(info.description, this);
    what->setAlignment(Qt::AlignCenter);
    what->setWordWrap(true);
    auto* status = new QLabel(tr("Not yet available in this version of Paydesk."), this);
    status->setObjectName(QStringLiteral("notYetAvailable"));
    status->setAlignment(Qt::AlignCenter);
    status->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addSpacing(12);
    layout->addWidget(status);
    layout->addStretch(2);
}

} // namespace paydesk
