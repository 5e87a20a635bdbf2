#include "report_pdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTextDocument>

namespace paydesk {

void printHtml(const QString& html, QPagedPaintDevice& device)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device); // fonts in points at the device's resolution
    document.setHtml(html);
    document.setDocumentMargin(0); // the device's page margins are the margins
    document.setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    document.print(&device);
}

Status<QString> saveReportPdf(const QString& html, const QString& title, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("Reports", "Cannot create the folder for %1.").arg(path);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Paydesk"));
    printHtml(html, writer);
    if (!QFileInfo::exists(path))
        return QCoreApplication::translate("Reports", "The PDF %1 was not written.").arg(path);
    return {};
}

QString reportsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Paydesk reports");
}

} // namespace paydesk
