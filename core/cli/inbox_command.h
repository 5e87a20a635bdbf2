#pragma once

#include "storage/database.h"

#include <QTextStream>

namespace paydesk {

// `paydesk-server inbox [--state S] [--format json|csv]`: the webhook inbox for operators and scripts (event,
// dedupe key, state, arrival, attempts, what it matched, the reason), newest first. Never prints bodies.
int listInbox(const Database& db, const QString& state, const QString& format, QTextStream& out, QTextStream& err);
// `paydesk-server inbox replay ID`: puts a row back in the processor's queue.
int replayInbox(const Database& db, const QString& id, QTextStream& out, QTextStream& err);

} // namespace paydesk
