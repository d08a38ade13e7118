#pragma once

#include <QWidget>

class QLabel;

namespace dashboard::ui {

// The status bar's account of the connection: a coloured dot and "Online — user@host:port/db",
// "Offline — <reason>", "Connecting…" or "Loading…".
class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT

public:
    enum class State { Connecting, Online, Loading, Offline };
    Q_ENUM(State)

    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    void setConnecting();
    // where: "user@host:port/db"; details go to the tooltip (server version, access).
    void setOnline(const QString &where, const QString &details = QString());
    void setLoading();
    void setOffline(const QString &reason);

    State state() const { return m_state; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    State m_state = State::Connecting;
    QString m_where;
    QString m_details;
    QString m_reason;
    QLabel *m_dot = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace dashboard::ui
