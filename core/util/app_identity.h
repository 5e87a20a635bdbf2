#pragma once

namespace paydesk {

// The name every Paydesk program runs under, so that the desk app and paydesk-server on one machine find the same
// per-user data (AppDataLocation/paydesk.sqlite3) and config (AppConfigLocation/paydesk.conf).
void applyApplicationIdentity();

} // namespace paydesk
