#include "patient_search_page.h"

#include "billing/patient_repository.h"
#include "billing/phone_number.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paydesk {

PatientSearchPage::PatientSearchPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("patientSearchPage"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Patients</h2>"), this);
    layout->addWidget(title);
    auto* row = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("patientSearch"));
    m_query->setPlaceholderText(tr("Name, hospital number, phone or e-mail — or scan the card"));
    m_query->setClearButtonEnabled(true);
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_query->setFont(big);
    m_query->installEventFilter(this);
    row->addWidget(m_query, 1);
    auto* add = new QPushButton(tr("&New patient"), this);
    add->setObjectName(QStringLiteral("newPatient"));
    add->setShortcut(QKeySequence(QStringLiteral("Ctrl+N")));
    add->setToolTip(tr("Register a new patient (Ctrl+N)"));
    connect(add, &QPushButton::clicked, this, [this] { emit newPatientRequested(m_query->text()); });
    row->addWidget(add);
    auto* invoices = new QPushButton(tr("&Invoices (Ctrl+I)"), this);
    invoices->setObjectName(QStringLiteral("openInvoiceList"));
    invoices->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    connect(invoices, &QPushButton::clicked, this, &PatientSearchPage::invoiceListRequested);
    row->addWidget(invoices);
    layout->addLayout(row);
    m_results = new QTableWidget(0, 5, this);
    m_results->setObjectName(QStringLiteral("patientResults"));
    m_results->setHorizontalHeaderLabels(
        {tr("Hospital no."), tr("Name"), tr("Phone"), tr("Date of birth"), tr("E-mail")});
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the search field; arrows move the selection
    connect(m_results, &QTableWidget::cellDoubleClicked, this, [this] { openCurrent(); });
    layout->addWidget(m_results, 1);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("patientSearchHint"));
    layout->addWidget(m_hint);
    m_hint->setText(tr("Type to search. ↑/↓ choose, Enter opens, Ctrl+N registers a new patient."));
    connect(m_query, &QLineEdit::textChanged, this, &PatientSearchPage::search);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        // A scanner can be faster than the search: open when the answer for this text arrives.
        if (m_sequence > 0 && m_results->property("sequence").toULongLong() != m_sequence)
            m_openWhenReady = true;
        else
            openCurrent();
    });
    setFocusProxy(m_query);
}

void PatientSearchPage::focusSearch()
{
    m_query->setFocus();
    m_query->selectAll();
    search();
}

int PatientSearchPage::resultCount() const
{
    return int(m_patients.size());
}

bool PatientSearchPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) &&
            m_results->rowCount() > 0) {
            const int step = key == Qt::Key_Down ? 1 : key == Qt::Key_Up ? -1 : key == Qt::Key_PageDown ? 10 : -10;
            const int row = std::clamp(m_results->currentRow() + step, 0, m_results->rowCount() - 1);
            m_results->selectRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientSearchPage::search()
{
    const QString text = m_query->text();
    const quint64 sequence = ++m_sequence;
    if (text.trimmed().isEmpty()) {
        m_patients.clear();
        m_results->setRowCount(0);
        m_results->setProperty("sequence", sequence);
        return;
    }
    m_context.worker->run(
        [db = m_context.db, text] { return PatientRepository(db).search(text, 50); }, this,
        [this, sequence](const Result<QList<Patient>, DbError>& found) {
            if (sequence != m_sequence)
                return; // an answer to an older keystroke
            m_results->setProperty("sequence", sequence);
            if (!found) {
                m_hint->setText(tr("Search failed: %1").arg(found.error().message));
                return;
            }
            m_patients = *found;
            m_results->setRowCount(int(m_patients.size()));
            for (int row = 0; row < m_patients.size(); ++row) {
                const Patient& p = m_patients.at(row);
                const QStringList cells{p.hospitalNumber, p.fullName(), PhoneNumber::display(p.phone),
                                        p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString(), p.email};
                for (int column = 0; column < cells.size(); ++column)
                    m_results->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
            if (!m_patients.isEmpty())
                m_results->selectRow(0);
            m_hint->setText(m_patients.isEmpty()
                                ? tr("No patient matches. Press Ctrl+N to register one.")
                                : tr("%n patient(s). ↑/↓ choose, Enter opens.", nullptr, int(m_patients.size())));
            if (m_openWhenReady) {
                m_openWhenReady = false;
                openCurrent();
            }
        });
}

void PatientSearchPage::openCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_patients.size()) {
        if (!m_query->text().trimmed().isEmpty())
            emit newPatientRequested(m_query->text());
        return;
    }
    emit patientChosen(m_patients.at(row));
}

} // namespace paydesk
