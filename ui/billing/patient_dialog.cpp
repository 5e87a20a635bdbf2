#include "patient_dialog.h"

#include "billing/patient_repository.h"
#include "error_label.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace paydesk {

PatientDialog::PatientDialog(AppContext& context, const std::optional<Patient>& existing, QWidget* parent)
    : QDialog(parent), m_context(context), m_existing(existing)
{
    setObjectName(QStringLiteral("patientDialog"));
    setWindowTitle(existing ? tr("Edit patient") : tr("New patient"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto field = [&](QLineEdit*& edit, const char* name, const QString& label, const QString& placeholder) {
        edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
    };
    field(m_first, "firstName", tr("&First name:"), QString());
    field(m_last, "lastName", tr("&Surname:"), QString());
    field(m_other, "otherNames", tr("&Other names:"), QString());
    field(m_phone, "phone", tr("P&hone:"), tr("0803 123 4567 or +234…"));
    field(m_email, "email", tr("&E-mail:"), tr("optional"));
    field(m_number, "hospitalNumber", tr("Hospital &number:"), tr("leave empty for the next number"));
    auto* birthRow = new QHBoxLayout;
    m_hasBirthDate = new QCheckBox(tr("&Known"), this);
    m_birth = new QDateEdit(this);
    m_birth->setObjectName(QStringLiteral("birthDate"));
    m_birth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birth->setCalendarPopup(true);
    m_birth->setDate(QDate(1990, 1, 1));
    m_birth->setEnabled(false);
    connect(m_hasBirthDate, &QCheckBox::toggled, m_birth, &QWidget::setEnabled);
    birthRow->addWidget(m_hasBirthDate);
    birthRow->addWidget(m_birth, 1);
    // A row holding a layout gets no buddy from QFormLayout: the label names the check box itself, so that
    // Alt+B works and the "&" is not shown.
    auto* birthLabel = new QLabel(tr("Date of &birth:"), this);
    birthLabel->setBuddy(m_hasBirthDate);
    form->addRow(birthLabel, birthRow);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);
    form->addRow(tr("No&tes:"), m_notes);
    layout->addLayout(form);
    m_error = makeErrorLabel(this, QStringLiteral("patientError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (existing) {
        m_number->setText(existing->hospitalNumber);
        m_first->setText(existing->firstName);
        m_last->setText(existing->lastName);
        m_other->setText(existing->otherNames);
        m_phone->setText(existing->phone);
        m_email->setText(existing->email);
        m_hasBirthDate->setChecked(existing->birthDate.isValid());
        if (existing->birthDate.isValid())
            m_birth->setDate(existing->birthDate);
        m_notes->setPlainText(existing->notes);
    }
}

void PatientDialog::prefill(const QString& searchText)
{
    const QString text = searchText.trimmed();
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9][0-9 \\-]{5,}$"));
    static const QRegularExpression numberLike(QStringLiteral("^[A-Za-z]{1,4}-?[0-9]{3,}$"));
    if (phoneLike.match(text).hasMatch()) {
        m_phone->setText(text);
    } else if (numberLike.match(text).hasMatch()) {
        m_number->setText(text.toUpper());
    } else if (!text.isEmpty()) {
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        m_first->setText(words.value(0));
        m_last->setText(words.mid(1).join(u' '));
    }
}

void PatientDialog::save()
{
    PatientInput input{m_number->text(),
                       m_first->text(),
                       m_last->text(),
                       m_other->text(),
                       m_phone->text(),
                       m_email->text(),
                       m_hasBirthDate->isChecked() ? m_birth->date() : QDate(),
                       m_notes->toPlainText()};
    const std::optional<qint64> id = m_existing ? std::optional<qint64>(m_existing->id) : std::nullopt;
    setEnabled(false);
    m_context.worker->run(
        [db = m_context.db, input, id, actor = m_context.user.username] {
            PatientRepository patients(db);
            return id ? patients.update(*id, input, actor) : patients.create(input, actor);
        },
        this,
        [this](const Result<Patient, PatientError>& saved) {
            setEnabled(true);
            if (!saved) {
                m_error->setText(saved.error().message);
                using Field = PatientError::Field;
                switch (saved.error().field) {
                case Field::HospitalNumber:
                    m_number->setFocus();
                    break;
                case Field::FirstName:
                    m_first->setFocus();
                    break;
                case Field::LastName:
                    m_last->setFocus();
                    break;
                case Field::Phone:
                    m_phone->setFocus();
                    break;
                case Field::Email:
                    m_email->setFocus();
                    break;
                case Field::BirthDate:
                    m_birth->setFocus();
                    break;
                case Field::None:
                    break;
                }
                return;
            }
            m_saved = *saved;
            accept();
        });
}

} // namespace paydesk
