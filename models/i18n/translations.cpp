#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace dashboard::i18n {

namespace {
QTranslator *s_appTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;

void replace(QTranslator *&slot, QTranslator *fresh)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = fresh;
    if (slot)
        QCoreApplication::installTranslator(slot);
}
} // namespace

QString install(const QLocale &locale)
{
    auto *app = new QTranslator(QCoreApplication::instance());
    QString loaded = QStringLiteral("en");
    // The catalogs are embedded by qt_add_translations under :/i18n.
    if (app->load(locale, QStringLiteral("instructor-dashboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        loaded = locale.name().section(QLatin1Char('_'), 0, 0);
    } else {
        // English is the source language; its catalog only adds the plural forms.
        if (!app->load(QStringLiteral(":/i18n/instructor-dashboard_en.qm")))
            qWarning("the English translation catalog is missing from the build");
    }
    replace(s_appTranslator, app);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        replace(s_qtTranslator, qt);
    } else {
        delete qt;
        replace(s_qtTranslator, nullptr);
    }
    return loaded;
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

} // namespace dashboard::i18n
