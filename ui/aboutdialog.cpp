#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace dashboard::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    retranslateUi();
}

void AboutDialog::setServer(const QString &target, const QString &serverVersion)
{
    m_target = target;
    m_serverVersion = serverVersion;
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Instructor Dashboard"));
    const QString server = m_serverVersion.isEmpty()
                               ? tr("Not connected")
                               : tr("PostgreSQL %1 at %2").arg(m_serverVersion.toHtmlEscaped(), m_target.toHtmlEscaped());
    m_text->setText(tr("<h3>Instructor Dashboard %1</h3>"
                       "<p>Progress, risk and assignments of radio communications trainees, for instructors and "
                       "supervisors.</p>"
                       "<p><b>Server:</b> %2<br><b>Qt:</b> %3</p>")
                        .arg(QStringLiteral(DASHBOARD_VERSION), server, QString::fromLatin1(qVersion())));
}

} // namespace dashboard::ui
