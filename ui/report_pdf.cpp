#include "report_pdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTextDocument>

namespace paydesk {

Status<QString> saveReportPdf(const QString& html, const QString& title, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("Reports", "Cannot create the folder for %1.").arg(path);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Paydesk"));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    if (!QFileInfo::exists(path))
        return QCoreApplication::translate("Reports", "The PDF %1 was not written.").arg(path);
    return {};
}

QString reportsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Paydesk reports");
}

} // namespace paydesk
