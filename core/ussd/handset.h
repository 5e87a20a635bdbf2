#pragma once

#include <QStringList>
#include <QStringView>

namespace paydesk::ussd {

// How a feature phone lays a USSD screen out: the text's own line breaks kept, and each line wrapped at a space
// to at most `columns` characters (a word longer than a line is broken inside it, as handsets do).
QStringList handsetLines(QStringView text, int columns);

} // namespace paydesk::ussd
