// The hand-written formatters used on hot paths must say exactly what Qt's general ones say.
#include "util/json_text.h"
#include "util/utc_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace paydesk;

class TestTextWriters : public QObject
{
    Q_OBJECT
  private slots:
    void utcTextIsQtsIsoDateWithMs()
    {
        const QList<QDateTime> edges{
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2000, 3, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1900, 2, 28), QTime(12, 0, 0, 5), Qt::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(999, 12, 31), QTime(1, 2, 3, 4), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            // Outside the directly written years: Qt's own text.
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-5, 6, 7), QTime(8, 9), Qt::UTC),
            // Not UTC: written as the same instant in UTC.
            QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone(3600)),
        };
        for (const QDateTime& time : edges)
            QCOMPARE(utcText(time), time.toUTC().toString(Qt::ISODateWithMs));
        QRandomGenerator random(20261122);
        const qint64 from = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 200000; ++i) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(random.bounded(from, to), Qt::UTC);
            QCOMPARE(utcText(time), time.toString(Qt::ISODateWithMs));
        }
        QVERIFY(utcText(QDateTime()).isNull());
    }

    void jsonStringsReadBackAsWritten()
    {
        QString hostile = QStringLiteral("quote \" backslash \\ slash / newline \n tab \t return \r naira ₦ ");
        for (char16_t c = 0; c < 0x20; ++c)
            hostile.append(QChar(c));
        hostile.append(QStringLiteral(" emoji \U0001F4B3 end"));
        const QStringList values{QString(), QStringLiteral("plain"), hostile, QStringLiteral("\"\\")};
        QString array = QStringLiteral("[");
        for (const QString& value : values) {
            if (array.size() > 1)
                array.append(u',');
            appendJsonString(array, value);
        }
        array.append(u']');
        QJsonParseError error{};
        const QJsonDocument read = QJsonDocument::fromJson(array.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(read.array().toVariantList(), QVariantList(values.cbegin(), values.cend()));
    }
};

QTEST_GUILESS_MAIN(TestTextWriters)
#include "test_text_writers.moc"
