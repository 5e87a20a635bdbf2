#include "report_pdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
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

Status<QString> saveReportFile(const QByteArray& bytes, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("Reports", "Cannot create the folder for %1.").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("Reports", "%1 could not be saved: %2").arg(path, file.errorString());
    return {};
}

QString reportsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Paydesk reports");
}

QString tableHtml(const QTableWidget* table)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' width='100%'><tr>");
    for (int column = 0; column < table->columnCount(); ++column)
        html += QStringLiteral("<th>%1</th>").arg(table->horizontalHeaderItem(column)->text().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < table->rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem* item = table->item(row, column);
            html += QStringLiteral("<td>%1</td>").arg(item ? item->text().toHtmlEscaped() : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

void addSaveButtons(QDialogButtonBox* buttons,
                    QWidget* owner,
                    const std::function<void()>& saveCsv,
                    const std::function<void()>& savePdf)
{
    auto* csv =
        buttons->addButton(QCoreApplication::translate("Reports", "Save CSV (Ctrl+S)"), QDialogButtonBox::ActionRole);
    auto* pdf =
        buttons->addButton(QCoreApplication::translate("Reports", "Save PDF (Ctrl+P)"), QDialogButtonBox::ActionRole);
    csv->setAutoDefault(false);
    pdf->setAutoDefault(false);
    QObject::connect(csv, &QPushButton::clicked, owner, saveCsv);
    QObject::connect(pdf, &QPushButton::clicked, owner, savePdf);
    QObject::connect(new QShortcut(QKeySequence::Save, owner), &QShortcut::activated, owner, saveCsv);
    QObject::connect(new QShortcut(QKeySequence::Print, owner), &QShortcut::activated, owner, savePdf);
}

} // namespace paydesk
