#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace dashboard::ui {

// The look the user chose in Preferences: language and palette, applied to the running
// application without a restart, and the colours the pages share (risk levels, charts).
class Appearance
{
public:
    enum class PaletteChoice { System, Light, Dark };

    // Remembers the platform's own style and palette; call once, right after QApplication
    // exists and before any other palette is applied.
    static void captureSystemDefaults();

    static void applyPalette(PaletteChoice choice);
    static PaletteChoice currentPalette();

    // "en", "es", or empty for the system's language. Installs the catalogs (every widget then
    // receives QEvent::LanguageChange) and makes the locale the default for dates and numbers.
    // Returns the language actually loaded.
    static QString applyLanguage(const QString &language);
    static QString currentLanguage(); // as passed to applyLanguage()

    // Stored choices (QSettings "preferences/..."); applyStored() applies both.
    static PaletteChoice storedPalette();
    static QString storedLanguage();
    static void store(PaletteChoice palette, const QString &language);
    static void applyStored();

    static QString paletteName(PaletteChoice choice);              // "system" | "light" | "dark"
    static bool paletteFromName(const QString &name, PaletteChoice *choice);

    // True when the palette's window is dark (text is then light).
    static bool isDark(const QPalette &palette);

    // The colour of a risk level (0 low, 1 medium, 2 high), readable on the palette's base.
    static QColor riskColor(int level, const QPalette &palette);
    // The two series colours of the trend charts, readable on the palette's base.
    static QColor seriesColor(int index, const QPalette &palette);
};

} // namespace dashboard::ui
