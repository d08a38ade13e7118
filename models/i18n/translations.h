#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace dashboard::i18n {

// Installs the application's and Qt's own translations for a locale, replacing any
// installed before, so the language can change while the program runs.
// Returns the language actually loaded ("es", or "en" when none matched).
QString install(const QLocale &locale);

// Languages the project ships, as locale names ("en", "es").
QStringList availableLanguages();

} // namespace dashboard::i18n
