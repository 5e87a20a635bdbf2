#include "util/translator.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace paydesk {

namespace {

QString shortCode(const QString& language)
{
    return language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("paydesk_*.qm")});
    for (const QString& file : files) {
        const QString code = file.mid(8).chopped(3);
        if (!languages.contains(code))
            languages << code;
    }
    return languages;
}

QString installTranslations(const QString& forcedLanguage)
{
    const QStringList wanted = forcedLanguage.isEmpty() ? QLocale().uiLanguages() : QStringList{forcedLanguage};
    const QStringList shipped = availableLanguages();
    for (const QString& language : wanted) {
        const QString code = shortCode(language);
        if (code == u"en")
            return code;
        if (!shipped.contains(code))
            continue;
        auto* app = new QTranslator(QCoreApplication::instance());
        if (app->load(QStringLiteral(":/i18n/paydesk_") + code)) {
            QCoreApplication::installTranslator(app);
        } else {
            delete app;
            continue;
        }
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        qCInfo(lcApp) << "language" << code;
        return code;
    }
    return QStringLiteral("en");
}

} // namespace paydesk
