#include "airtime/catalog_dialog.h"

#include "airtime/catalog_repository.h"
#include "report_pdf.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>

namespace paydesk {

using namespace airtime;

namespace {

// An edited table is a few tens of kilobytes; anything this big is the wrong file.
constexpr qint64 kMaxDocumentBytes = 2 * 1024 * 1024;

int prefixCount(const AirtimeCatalog& catalog)
{
    int count = 0;
    for (const Network& network : catalog.networks())
        count += int(network.prefixes.size());
    return count;
}

} // namespace

CatalogDialog::CatalogDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Airtime networks and prefixes"));
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("catalogState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    auto* help = new QLabel(tr("Numbers keep their network when they move, so the table only pre-selects it. To "
                               "add a new prefix range: export the table, edit the JSON (keep \"as_of\" up to "
                               "date), and import it. It applies from the next customer."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto* buttons = new QHBoxLayout;
    auto* exportButton = new QPushButton(tr("Export… (Ctrl+E)"), this);
    exportButton->setObjectName(QStringLiteral("catalogExport"));
    auto* importButton = new QPushButton(tr("Import… (Ctrl+O)"), this);
    importButton->setObjectName(QStringLiteral("catalogImport"));
    auto* resetButton = new QPushButton(tr("Use the built-in table"), this);
    resetButton->setObjectName(QStringLiteral("catalogReset"));
    for (QPushButton* b : {exportButton, importButton, resetButton}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("catalogStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &CatalogDialog::chooseExport);
    connect(importButton, &QPushButton::clicked, this, &CatalogDialog::chooseImport);
    connect(resetButton, &QPushButton::clicked, this, &CatalogDialog::resetToBuiltIn);
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportKey, &QShortcut::activated, this, &CatalogDialog::chooseExport);
    auto* importKey = new QShortcut(QKeySequence::Open, this);
    connect(importKey, &QShortcut::activated, this, &CatalogDialog::chooseImport);
    resize(560, sizeHint().height());
    load();
}

QString CatalogDialog::stateText() const
{
    return m_state->text();
}

QString CatalogDialog::statusText() const
{
    return m_status->text();
}

void CatalogDialog::setStatus(bool error, const QString& text)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void CatalogDialog::load()
{
    const Database db = m_context.db;
    m_context.worker->run(
        [db] { return CatalogRepository(db).load(); }, this,
        [this](const Result<std::optional<StoredCatalog>, DbError>& stored) {
            const auto catalog = AirtimeCatalog::current();
            const QString size =
                tr("%1 networks, %2 prefixes").arg(catalog->networks().size()).arg(prefixCount(*catalog));
            if (!stored) {
                m_state->setText(tr("The saved table cannot be read (%1).").arg(stored.error().message));
                return;
            }
            const QLocale locale;
            if (stored->has_value()) {
                const StoredCatalog& s = **stored;
                m_document = s.document;
                m_state->setText(tr("In use: the table saved by %1 on %2, as of %3 (%4).")
                                     .arg(s.updatedBy, locale.toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat),
                                          locale.toString(s.asOf, QLocale::ShortFormat), size));
            } else {
                m_document = AirtimeCatalog::builtInJson();
                m_state->setText(
                    tr("In use: the table built into Paydesk, as of %1 (%2).")
                        .arg(locale.toString(AirtimeCatalog::builtIn().asOf(), QLocale::ShortFormat), size));
            }
        });
}

void CatalogDialog::chooseExport()
{
    auto* dialog = new QFileDialog(this, tr("Export the airtime table"),
                                   QDir(reportsFolder()).filePath(QStringLiteral("airtime-catalog.json")),
                                   tr("JSON files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, &CatalogDialog::exportFile);
    dialog->open();
}

void CatalogDialog::chooseImport()
{
    auto* dialog = new QFileDialog(this, tr("Import an airtime table"), reportsFolder(), tr("JSON files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &CatalogDialog::importFile);
    dialog->open();
}

void CatalogDialog::exportFile(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_document) != m_document.size() || !file.commit()) {
        setStatus(true, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    setStatus(false, tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void CatalogDialog::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(true, tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    if (file.size() > kMaxDocumentBytes) {
        setStatus(true, tr("%1 is too large to be an airtime table.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QByteArray document = file.readAll();
    const Database db = m_context.db;
    const QString actor = m_context.user.username;
    setStatus(false, tr("Checking and saving…"));
    m_context.worker->run(
        [db, document, actor] { return CatalogRepository(db).save(document, actor); }, this,
        [this, path](const Result<AirtimeCatalog, QString>& saved) {
            if (!saved) {
                setStatus(true, tr("Not imported (%1): %2").arg(QDir::toNativeSeparators(path), saved.error()));
                return;
            }
            AirtimeCatalog::setCurrent(std::make_shared<const AirtimeCatalog>(*saved));
            setStatus(false, tr("Imported: as of %1. It applies from the next customer.")
                                 .arg(QLocale().toString(saved->asOf(), QLocale::ShortFormat)));
            load();
        });
}

void CatalogDialog::resetToBuiltIn()
{
    const Database db = m_context.db;
    const QString actor = m_context.user.username;
    m_context.worker->run([db, actor] { return CatalogRepository(db).reset(actor); }, this,
                          [this](const Status<QString>& reset) {
                              if (!reset) {
                                  setStatus(true, reset.error());
                                  return;
                              }
                              AirtimeCatalog::setCurrent(nullptr);
                              setStatus(false, tr("Back to the built-in table. It applies from the next customer."));
                              load();
                          });
}

} // namespace paydesk
