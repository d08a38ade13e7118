#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace dashboard::ui {

// The status bar's account of the connection: a coloured dot and "Online — user@host:port/db",
// "Syncing…", "Offline — data from 10:42" (the time of the last sync the local copy holds; the
// reason in the tooltip), "Offline — <reason>" when there is no local copy, "Connecting…" or
// "Loading…". A click asks for a sync (syncRequested).
class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT

public:
    enum class State { Connecting, Online, Loading, Syncing, Offline };
    Q_ENUM(State)

    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    void setConnecting();
    // where: "user@host:port/db"; details go to the tooltip (server version, access).
    void setOnline(const QString &where, const QString &details = QString());
    void setLoading();
    void setSyncing();
    // dataFrom: when the local copy was last brought up to date (server time, UTC); invalid when
    // there is no local copy.
    void setOffline(const QString &reason, const QDateTime &dataFrom = QDateTime());

    State state() const { return m_state; }
    QString text() const;

    // "10:42" today, "24 Nov 10:42" earlier (local time, the user's locale).
    static QString freshnessText(const QDateTime &utc, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

signals:
    void syncRequested();

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void update();

    State m_state = State::Connecting;
    QString m_where;
    QString m_details;
    QString m_reason;
    QDateTime m_dataFrom;
    QLabel *m_dot = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace dashboard::ui
