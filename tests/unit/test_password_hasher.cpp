#include "security/password_hasher.h"

#include <QTest>

using namespace paydesk;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

  private slots:
    void hashAndVerify()
    {
        const QString stored = PasswordHasher::hash(QStringLiteral("correct horse"));
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha512$210000$")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct hors"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Correct horse"), stored));
        QVERIFY(!PasswordHasher::needsRehash(stored));
    }

    void saltIsPerHash()
    {
        const QString a = PasswordHasher::hash(QStringLiteral("same"), 1000);
        const QString b = PasswordHasher::hash(QStringLiteral("same"), 1000);
        QVERIFY(a != b);
        QCOMPARE(a.split(u'$').at(2).size(), 24); // 16 bytes of salt, base64
        QVERIFY(PasswordHasher::verify(QStringLiteral("same"), a));
        QVERIFY(PasswordHasher::verify(QStringLiteral("same"), b));
        QVERIFY(PasswordHasher::needsRehash(a));
    }

    // RFC-style known answer: PBKDF2-HMAC-SHA512("password", "salt", 1 iteration), first 64 bytes.
    void knownVector()
    {
        const QString stored =
            QStringLiteral("pbkdf2-sha512$1$") + QString::fromLatin1(QByteArray("salt").toBase64()) + u'$' +
            QString::fromLatin1(QByteArray::fromHex("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5"
                                                    "d513554e1c8cf252c02d470a285a0501bad999bfe943c08f"
                                                    "050235d7d68b1da55e63f73b60a57fce")
                                    .toBase64());
        QVERIFY(PasswordHasher::verify(QStringLiteral("password"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("passwore"), stored));
    }

    void unicodePasswords()
    {
        const QString stored = PasswordHasher::hash(QStringLiteral("Ọ̀rọ̀ aṣínà ₦"), 1000);
        QVERIFY(PasswordHasher::verify(QStringLiteral("Ọ̀rọ̀ aṣínà ₦"), stored));
    }

    void malformedStoredValues_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << QStringLiteral("bcrypt$10$abc$def");
        QTest::newRow("bad iterations") << QStringLiteral("pbkdf2-sha512$x$c2FsdA==$aGFzaA==");
        QTest::newRow("bad base64") << QStringLiteral("pbkdf2-sha512$1$***$aGFzaA==");
        QTest::newRow("missing part") << QStringLiteral("pbkdf2-sha512$1$c2FsdA==");
    }
    void malformedStoredValues()
    {
        QFETCH(QString, stored);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("password"), stored));
        QVERIFY(PasswordHasher::needsRehash(stored));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "test_password_hasher.moc"
