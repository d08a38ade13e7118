#include "appearance.h"

#include "i18n/translations.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace dashboard::ui {

namespace {

QString s_systemStyle;
QPalette s_systemPalette;
bool s_captured = false;
Appearance::PaletteChoice s_palette = Appearance::PaletteChoice::System;
QString s_language;

const QString kPaletteKey = QStringLiteral("preferences/palette");
const QString kLanguageKey = QStringLiteral("preferences/language");

QPalette darkPalette()
{
    // Neutral greys with a blue accent; disabled text dimmed but still legible.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x8a, 0x8f, 0x98);
    const QColor highlight(0x3d, 0x7e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x55, 0x59, 0x60));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb3, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

} // namespace

void Appearance::captureSystemDefaults()
{
    if (s_captured)
        return;
    s_captured = true;
    s_systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
    s_systemPalette = QApplication::palette();
}

void Appearance::applyPalette(PaletteChoice choice)
{
    captureSystemDefaults();
    s_palette = choice;
    switch (choice) {
    case PaletteChoice::System:
        if (!s_systemStyle.isEmpty() && QApplication::style()->name() != s_systemStyle)
            QApplication::setStyle(QStyleFactory::create(s_systemStyle));
        QApplication::setPalette(s_systemPalette);
        break;
    case PaletteChoice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case PaletteChoice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

Appearance::PaletteChoice Appearance::currentPalette()
{
    return s_palette;
}

QString Appearance::applyLanguage(const QString &language)
{
    s_language = language;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString loaded = i18n::install(locale);
    // Dates, numbers and "3 days ago" follow the language the user reads.
    QLocale::setDefault(locale);
    return loaded;
}

QString Appearance::currentLanguage()
{
    return s_language;
}

Appearance::PaletteChoice Appearance::storedPalette()
{
    PaletteChoice choice = PaletteChoice::System;
    paletteFromName(QSettings().value(kPaletteKey).toString(), &choice);
    return choice;
}

QString Appearance::storedLanguage()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    return i18n::availableLanguages().contains(language) ? language : QString();
}

void Appearance::store(PaletteChoice palette, const QString &language)
{
    QSettings settings;
    settings.setValue(kPaletteKey, paletteName(palette));
    settings.setValue(kLanguageKey, language);
}

void Appearance::applyStored()
{
    applyPalette(storedPalette());
    applyLanguage(storedLanguage());
}

QString Appearance::paletteName(PaletteChoice choice)
{
    switch (choice) {
    case PaletteChoice::Light:
        return QStringLiteral("light");
    case PaletteChoice::Dark:
        return QStringLiteral("dark");
    case PaletteChoice::System:
        break;
    }
    return QStringLiteral("system");
}

bool Appearance::paletteFromName(const QString &name, PaletteChoice *choice)
{
    for (const PaletteChoice candidate : {PaletteChoice::System, PaletteChoice::Light, PaletteChoice::Dark}) {
        if (name.compare(paletteName(candidate), Qt::CaseInsensitive) == 0) {
            *choice = candidate;
            return true;
        }
    }
    return false;
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Appearance::riskColor(int level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case 2:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc9, 0x2a, 0x2a);
    case 1:
        return dark ? QColor(0xfc, 0xc4, 0x19) : QColor(0xd9, 0x82, 0x0b);
    default:
        return dark ? QColor(0x69, 0xdb, 0x7c) : QColor(0x2b, 0x8a, 0x3e);
    }
}

QColor Appearance::seriesColor(int index, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (index % 4) {
    case 0:
        return dark ? QColor(0x74, 0xc0, 0xfc) : QColor(0x1c, 0x6d, 0xd0);
    case 1:
        return dark ? QColor(0xff, 0xa9, 0x4d) : QColor(0xe0, 0x6c, 0x00);
    case 2:
        return dark ? QColor(0x63, 0xe6, 0xbe) : QColor(0x0c, 0x8a, 0x6d);
    default:
        return dark ? QColor(0xda, 0x77, 0xf2) : QColor(0x9c, 0x36, 0xb5);
    }
}

} // namespace dashboard::ui
