#include "preferencesdialog.h"

#include "appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dashboard::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language named in itself, so it can be found whatever the current language is.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    m_palette = new QComboBox(this);
    m_palette->setObjectName(QStringLiteral("palette"));
    for (int i = 0; i < 3; ++i)
        m_palette->addItem(QString(), i);
    m_paletteLabel = new QLabel(this);
    m_paletteLabel->setBuddy(m_palette);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_paletteLabel, m_palette);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    syncFromAppearance();
    retranslateUi();
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::apply);
    connect(m_palette, &QComboBox::currentIndexChanged, this, &PreferencesDialog::apply);
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void PreferencesDialog::setPaletteChoice(int choice)
{
    const int index = m_palette->findData(choice);
    if (index >= 0)
        m_palette->setCurrentIndex(index);
}

void PreferencesDialog::syncFromAppearance()
{
    m_updating = true;
    const int language = m_language->findData(Appearance::currentLanguage());
    m_language->setCurrentIndex(qMax(0, language));
    m_palette->setCurrentIndex(qMax(0, m_palette->findData(static_cast<int>(Appearance::currentPalette()))));
    m_updating = false;
}

void PreferencesDialog::apply()
{
    if (m_updating)
        return;
    const QString language = m_language->currentData().toString();
    const auto palette = static_cast<Appearance::PaletteChoice>(m_palette->currentData().toInt());
    Appearance::store(palette, language);
    if (palette != Appearance::currentPalette())
        Appearance::applyPalette(palette);
    if (language != Appearance::currentLanguage())
        Appearance::applyLanguage(language); // every widget retranslates, this dialog too
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_paletteLabel->setText(tr("&Colours:"));
    m_updating = true;
    m_language->setItemText(0, tr("System default"));
    m_palette->setItemText(static_cast<int>(Appearance::PaletteChoice::System), tr("System"));
    m_palette->setItemText(static_cast<int>(Appearance::PaletteChoice::Light), tr("Light"));
    m_palette->setItemText(static_cast<int>(Appearance::PaletteChoice::Dark), tr("Dark"));
    m_updating = false;
    m_note->setText(tr("Changes apply at once and are remembered for the next start."));
}

} // namespace dashboard::ui
