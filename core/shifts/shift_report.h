#pragma once

#include "shifts/shift.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace paydesk::shifts {

// A shift's report as titled sections of label/value rows: one layout for the screen, the A4 PDF and the thermal
// slip, so that what is printed is what was shown.
struct ReportSection
{
    QString title;
    QList<std::pair<QString, QString>> rows;
};

// "Z report Z-000012" once signed; "Shift report, waiting for sign-off"; "X report (shift still open)".
QString reportTitle(const Shift& shift);
// How amounts are written: Money::format() when empty ("₦1,000.00"); slips pass slip_text::plainAmount.
using MoneyText = std::function<QString(const Money&)>;
QList<ReportSection> reportSections(const Shift& shift, const ShiftFigures& figures, MoneyText text = {});
QString reportHtml(const Shift& shift, const ShiftFigures& figures);
// Plain ASCII lines for a receipt printer `columns` wide, and the ESC/POS bytes to print them.
QStringList reportSlipLines(const Shift& shift, const ShiftFigures& figures, int columns);
QByteArray reportEscPos(const Shift& shift, const ShiftFigures& figures, int columns);
// The list of shifts for finance, with the filter it was read with as its first line.
QByteArray shiftsCsv(const QList<Shift>& shifts, const QString& filterDescription);

} // namespace paydesk::shifts
