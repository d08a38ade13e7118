#include "pagestatewidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyle>
#include <QVBoxLayout>

namespace dashboard::ui {

PageStateWidget::PageStateWidget(QWidget *content, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
{
    // Loading
    m_loadingPage = new QWidget(this);
    m_loadingPage->setObjectName(QStringLiteral("loadingPanel"));
    auto *busy = new QProgressBar(m_loadingPage);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setMaximumWidth(320);
    busy->setMaximumHeight(10);
    m_loadingLabel = new QLabel(m_loadingPage);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    auto *loadingLayout = new QVBoxLayout(m_loadingPage);
    loadingLayout->addStretch(2);
    loadingLayout->addWidget(m_loadingLabel, 0, Qt::AlignHCenter);
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(3);

    // Error, nothing to show
    m_errorPage = new QWidget(this);
    m_errorPage->setObjectName(QStringLiteral("errorPanel"));
    auto *errorIcon = new QLabel(m_errorPage);
    const int iconSide = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3 / 2;
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSide, iconSide));
    m_errorTitle = new QLabel(m_errorPage);
    QFont titleFont = m_errorTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_errorTitle->setFont(titleFont);
    m_errorMessage = new QLabel(m_errorPage);
    m_errorMessage->setObjectName(QStringLiteral("errorMessage"));
    m_errorMessage->setWordWrap(true);
    m_errorMessage->setTextFormat(Qt::PlainText);
    m_errorMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorDetail = new QLabel(m_errorPage);
    m_errorDetail->setWordWrap(true);
    m_errorDetail->setTextFormat(Qt::PlainText);
    m_errorDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(m_errorPage);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &PageStateWidget::retryRequested);
    auto *errorText = new QVBoxLayout;
    errorText->setSpacing(10);
    errorText->addWidget(m_errorTitle);
    errorText->addWidget(m_errorMessage);
    errorText->addWidget(m_errorDetail);
    errorText->addSpacing(6);
    errorText->addWidget(m_retryButton, 0, Qt::AlignLeft);
    auto *errorRow = new QHBoxLayout;
    errorRow->setSpacing(16);
    errorRow->addWidget(errorIcon, 0, Qt::AlignTop);
    errorRow->addLayout(errorText, 1);
    auto *errorBox = new QWidget(m_errorPage);
    errorBox->setLayout(errorRow);
    errorBox->setMaximumWidth(640);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch(1);
    errorLayout->addWidget(errorBox, 0, Qt::AlignHCenter);
    errorLayout->addStretch(2);

    // Content, with a busy bar and a banner for reload failures above it
    m_contentPage = new QWidget(this);
    m_reloadBar = new QProgressBar(m_contentPage);
    m_reloadBar->setObjectName(QStringLiteral("reloadBar"));
    m_reloadBar->setRange(0, 0);
    m_reloadBar->setTextVisible(false);
    m_reloadBar->setMaximumHeight(4);
    m_reloadBar->setVisible(false);
    m_banner = new QWidget(m_contentPage);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setAutoFillBackground(true);
    m_bannerMessage = new QLabel(m_banner);
    m_bannerMessage->setWordWrap(true);
    m_bannerMessage->setTextFormat(Qt::PlainText);
    m_bannerMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerRetry = new QPushButton(m_banner);
    m_bannerRetry->setObjectName(QStringLiteral("bannerRetryButton"));
    connect(m_bannerRetry, &QPushButton::clicked, this, &PageStateWidget::retryRequested);
    auto *bannerIcon = new QLabel(m_banner);
    const int smallSide = style()->pixelMetric(QStyle::PM_SmallIconSize);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(smallSide, smallSide));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerMessage, 1);
    bannerLayout->addWidget(m_bannerRetry);
    m_banner->setVisible(false);
    content->setParent(m_contentPage);
    auto *contentLayout = new QVBoxLayout(m_contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_reloadBar);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(content, 1);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_loadingPage);
    m_stack->addWidget(m_errorPage);
    m_stack->addWidget(m_contentPage);
    retranslateUi();
    showLoading();
}

void PageStateWidget::setLoadingText(const QString &text)
{
    m_loadingLabel->setText(text);
}

void PageStateWidget::showLoading()
{
    m_state = State::Loading;
    if (m_hasShownContent) {
        m_reloadBar->setVisible(true);
        m_stack->setCurrentWidget(m_contentPage);
    } else {
        m_stack->setCurrentWidget(m_loadingPage);
    }
}

void PageStateWidget::showError(const QString &message, const QString &detail)
{
    m_state = State::Error;
    m_reloadBar->setVisible(false);
    if (m_hasShownContent) {
        m_bannerMessage->setText(detail.isEmpty() ? message : message + QLatin1Char('\n') + detail);
        QPalette palette = m_banner->palette();
        const bool dark = this->palette().color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::Window, dark ? QColor(0x5c, 0x2b, 0x29) : QColor(0xfd, 0xec, 0xea));
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe3, 0xe0) : QColor(0x5f, 0x15, 0x10));
        m_banner->setPalette(palette);
        m_banner->setVisible(true);
        m_stack->setCurrentWidget(m_contentPage);
    } else {
        m_errorMessage->setText(message);
        m_errorDetail->setText(detail);
        m_errorDetail->setVisible(!detail.isEmpty());
        m_stack->setCurrentWidget(m_errorPage);
    }
}

void PageStateWidget::showContent()
{
    m_state = State::Content;
    m_hasShownContent = true;
    m_reloadBar->setVisible(false);
    m_banner->setVisible(false);
    m_stack->setCurrentWidget(m_contentPage);
}

QString PageStateWidget::errorText() const
{
    if (m_state != State::Error)
        return {};
    if (m_banner->isVisibleTo(this))
        return m_bannerMessage->text();
    return m_errorDetail->text().isEmpty() ? m_errorMessage->text() : m_errorMessage->text() + QLatin1Char('\n') + m_errorDetail->text();
}

void PageStateWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_state == State::Error && m_banner->isVisibleTo(this))
        showError(m_bannerMessage->text());
    QWidget::changeEvent(event);
}

void PageStateWidget::retranslateUi()
{
    if (m_loadingLabel->text().isEmpty())
        m_loadingLabel->setText(tr("Loading…"));
    m_errorTitle->setText(tr("This page could not be loaded"));
    m_retryButton->setText(tr("&Retry"));
    m_bannerRetry->setText(tr("&Retry"));
}

} // namespace dashboard::ui
