#pragma once

#include "ussd/flow.h"
#include "ussd/gsm7.h"

namespace paydesk::ussd {

// Checks a parsed flow for what would hurt a phone user: screens nobody reaches, screens from which no path ends,
// texts missing in one of the service's languages, variables nothing sets, and screens longer than a handset
// shows (182 GSM-7 characters, 80 when one character is outside GSM-7; a warning past 160). Screens are rendered
// with the longest plausible value of each variable (service.samples, else per kind). Errors first, then warnings.
FlowProblems lintFlow(const Flow& flow);

// One screen as the linter measures it: a page of a menu, or an input's prompt (or its retry: error and prompt),
// in one language, rendered with the longest plausible value of each variable. The designer's counter shows these.
struct RenderedScreen
{
    QString language;
    int page = 0;
    int pages = 1;
    bool retry = false;
    QString text;
    ScreenSize size;
};
// Empty for screens a phone never sees (api, action, router).
QList<RenderedScreen> renderScreen(const Flow& flow, const Screen& screen);

// Parse and lint in one: what `paydesk-server ussd lint` and the designer show.
FlowProblems checkFlowDocument(const QByteArray& json);

bool hasErrors(const FlowProblems& problems);

} // namespace paydesk::ussd
