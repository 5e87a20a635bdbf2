#pragma once

#include <QString>
#include <QStringList>

namespace paydesk {

// Installs Paydesk's and Qt's translations for the first of the preferred languages that Paydesk ships,
// walking QLocale::uiLanguages() unless a language is forced (the desk's setting, or a test). English needs no
// file. Returns the language chosen ("fr", "en").
QString installTranslations(const QString& forcedLanguage = QString());
// Languages with a shipped translation, plus English.
QStringList availableLanguages();

} // namespace paydesk
