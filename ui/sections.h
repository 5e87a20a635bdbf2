#pragma once

#include "security/role.h"

#include <QList>
#include <QString>

namespace paydesk {

// The sidebar's sections, in order, with who may see them.
enum class Section { Billing, Airtime, UssdStudio, Dashboard, Shifts, Reconciliation, Settings };

struct SectionInfo
{
    Section section;
    Role minimumRole;
    QString title;       // translated
    QString description; // translated: what the section is for
    QString iconName;    // freedesktop icon theme name
};

QList<SectionInfo> allSections();
QList<SectionInfo> sectionsFor(Role role);

} // namespace paydesk
