#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::sandbox {

// Matches a request path against a pattern such as "/terminal/:id/event/:event" and returns the named segments,
// each percent-decoded on its own (so an encoded '/' in an e-mail stays inside its segment).
std::optional<QHash<QString, QString>> matchRoute(const QString& pattern, const QString& rawPath);

} // namespace paydesk::sandbox
