#pragma once

#include <QDialog>

class QLabel;

namespace dashboard::ui {

// Help ▸ About: the program's version, Qt's, and the connected server's.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Empty while not connected.
    void setServer(const QString &target, const QString &serverVersion);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text = nullptr;
    QString m_target;
    QString m_serverVersion;
};

} // namespace dashboard::ui
