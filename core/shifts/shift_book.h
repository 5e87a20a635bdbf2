#pragma once

#include "shifts/shift.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QList>

namespace paydesk::shifts {

// Why a close was refused. When the count differs from what the drawer should hold and no reason was given, the
// cashier learns the variance only now (the count is blind) and is asked to recount or say why.
struct CloseRefusal
{
    QString message;
    bool needsReason = false;
    Money variance;
};

struct ShiftFilter
{
    QDateTime from;  // opened at or after; invalid: no bound
    QDateTime until; // opened before; invalid: no bound
    QString desk;
    QString cashier;
    std::optional<ShiftState> state;
};

// Opening, closing and signing off cashiers' shifts, with the rules in core: who acts is read from the users table
// (an inactive user does nothing), a cashier opens, reads and closes only their own shift, only an active
// supervisor or admin who is not the shift's cashier signs it off, and every step is in the audit log in the same
// transaction. Call from a worker thread.
class ShiftBook
{
  public:
    explicit ShiftBook(Database db, const Clock& clock = Clock::system());

    // Opens the actor's shift at the desk with the counted float. Refused when the actor or the desk already has
    // one open.
    Result<Shift, QString> open(const QString& actor, const QString& desk, const CashCount& openingFloat) const;
    // The actor's open shift, if any.
    Result<std::optional<Shift>, QString> current(const QString& actor) const;
    // One shift: cashiers only their own.
    Result<Shift, QString> find(const QString& viewer, qint64 shiftId) const;
    // Shifts opened in the filter's window, newest first: cashiers see only their own whatever the filter says.
    Result<QList<Shift>, QString> list(const QString& viewer, const ShiftFilter& filter, int limit = 500) const;
    // An open shift's figures so far (the X report); a closed shift's frozen ones.
    Result<ShiftFigures, QString> figures(const QString& viewer, qint64 shiftId) const;
    // Counts the drawer and freezes the report. The shift's cashier, or a supervisor or admin for them.
    Result<Shift, CloseRefusal>
    close(const QString& actor, qint64 shiftId, const CashCount& counted, const QString& varianceReason) const;
    // Numbers the closed shift's report (Z-000001, …) and makes it immutable.
    Result<Shift, QString> signOff(const QString& actor, qint64 shiftId, const QString& note) const;

    // The text the signed report's hash is taken over: the frozen figures and everything the Z report prints.
    static QByteArray canonicalReport(const Shift& shift);

  private:
    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk::shifts
