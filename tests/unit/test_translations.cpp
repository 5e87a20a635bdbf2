#include "money/money.h"
#include "shifts/shift.h"
#include "util/translator.h"

#include <QTest>

using namespace paydesk;

// French is shipped and actually translates core messages; English needs no file.
class TestTranslations : public QObject
{
    Q_OBJECT

  private slots:
    void frenchIsShipped()
    {
        QVERIFY(availableLanguages().contains(QStringLiteral("fr")));
        QVERIFY(availableLanguages().contains(QStringLiteral("en")));
    }

    void frenchTranslatesCoreMessages()
    {
        const QString english = describe(MoneyError::TooManyDecimals);
        QCOMPARE(installTranslations(QStringLiteral("fr_FR")), QStringLiteral("fr"));
        const QString french = describe(MoneyError::TooManyDecimals);
        QVERIFY2(french != english, qPrintable(french));
        QVERIFY(french.contains(QStringLiteral("décimales")));
        // Messages written outside a QObject carry their context by name: the one the file is translated under
        // must be the one the code asks for.
        QCOMPARE(shifts::shiftStateLabel(shifts::ShiftState::Signed), QStringLiteral("Visée"));
        QCOMPARE(QCoreApplication::translate("Sections", "Billing"), QStringLiteral("Facturation"));
        QCOMPARE(QCoreApplication::translate("ShiftReport", "Opening float"), QStringLiteral("Fonds de caisse"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(installTranslations(QStringLiteral("xx")), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
