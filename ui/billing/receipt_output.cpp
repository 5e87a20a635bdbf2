#include "receipt_output.h"

#include "report_pdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace paydesk::receipt_output {

namespace {

void render(const Receipt& receipt, QPagedPaintDevice& device)
{
    printHtml(receipt_layout::html(receipt), device);
}

} // namespace

QString receiptsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/receipts");
}

Status<QString> savePdf(const Receipt& receipt, const QString& path)
{
    return saveSlipPdf(receipt_layout::html(receipt),
                       QCoreApplication::translate("Receipt", "Receipt %1").arg(receipt.number), path);
}

Status<QString> saveSlipPdf(const QString& html, const QString& title, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("Receipt", "Cannot create the folder for %1.").arg(path);
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QSizeF(80, 200), QPageSize::Millimeter)))
        return QCoreApplication::translate("Receipt", "The receipt page size was refused.");
    writer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Paydesk"));
    printHtml(html, writer);
    if (!QFileInfo::exists(path))
        return QCoreApplication::translate("Receipt", "The PDF %1 was not written.").arg(path);
    return {};
}

bool print(const Receipt& receipt, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("Receipt", "Print receipt %1").arg(receipt.number));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    render(receipt, printer);
    return true;
}

} // namespace paydesk::receipt_output
