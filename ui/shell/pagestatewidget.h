#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;

namespace dashboard::ui {

// What a page shows while its data loads, when loading failed, and once it is there — in the
// page itself, never as a modal box. A failure while earlier data is on screen keeps that data
// and shows the reason in a banner above it; a failure with nothing to show fills the page.
class PageStateWidget : public QWidget
{
    Q_OBJECT

public:
    enum class State { Loading, Error, Content };
    Q_ENUM(State)

    // Takes ownership of content.
    explicit PageStateWidget(QWidget *content, QWidget *parent = nullptr);

    State state() const { return m_state; }
    bool hasShownContent() const { return m_hasShownContent; }
    QWidget *content() const { return m_content; }

    // The text under the busy indicator, e.g. "Loading students…" (the owner retranslates it).
    void setLoadingText(const QString &text);

    // First load: the busy indicator replaces the page. Reload with data on screen: the data
    // stays, a slim busy bar runs above it.
    void showLoading();
    // message: what went wrong (one line); detail: what to do about it (optional).
    void showError(const QString &message, const QString &detail = QString());
    void showContent();

    QString errorText() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    State m_state = State::Loading;
    bool m_hasShownContent = false;
    QWidget *m_content = nullptr;
    QStackedLayout *m_stack = nullptr;

    QWidget *m_loadingPage = nullptr;
    QLabel *m_loadingLabel = nullptr;

    QWidget *m_errorPage = nullptr;
    QLabel *m_errorTitle = nullptr;
    QLabel *m_errorMessage = nullptr;
    QLabel *m_errorDetail = nullptr;
    QPushButton *m_retryButton = nullptr;

    QWidget *m_contentPage = nullptr;
    QProgressBar *m_reloadBar = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerMessage = nullptr;
    QPushButton *m_bannerRetry = nullptr;
};

} // namespace dashboard::ui
