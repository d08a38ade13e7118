#pragma once

#include "students/studentdetail.h"

#include <QAbstractTableModel>
#include <QList>

namespace dashboard::ui {

// The student detail's recent quiz and voice sessions, newest first.
class SessionsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Activity, Module, Score, Answers, Duration, ColumnCount };
    Q_ENUM(Column)
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SessionsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSessions(const QList<students::SessionRecord> &sessions);

    static QString categoryName(const QString &category); // "CODES" -> "10-codes", translated
    static QString durationText(int seconds);               // "12 min 5 s"

private:
    QList<students::SessionRecord> m_rows;
};

} // namespace dashboard::ui
