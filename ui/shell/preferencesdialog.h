#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace dashboard::ui {

// Edit ▸ Preferences: the language and the palette, applied the moment they change (no
// restart) and remembered for the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // For tests and keyboard users alike: the same as picking the entry in the combo box.
    void setLanguage(const QString &language); // "", "en", "es"
    void setPaletteChoice(int choice);         // Appearance::PaletteChoice

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncFromAppearance();
    void apply();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_paletteLabel = nullptr;
    QComboBox *m_palette = nullptr;
    QLabel *m_note = nullptr;
    bool m_updating = false;
};

} // namespace dashboard::ui
