#pragma once

#include "students/studentdetail.h"

#include <QAbstractTableModel>
#include <QList>

namespace dashboard::ui {

// The student detail's assignments and their submissions.
class SubmissionsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Assignment, Status, Score, Target, Due, Submitted, Attempt, ColumnCount };
    Q_ENUM(Column)
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SubmissionsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSubmissions(const QList<students::SubmissionRecord> &submissions);

    static QString statusName(const QString &status); // "IN_PROGRESS" -> "In progress", translated

private:
    QList<students::SubmissionRecord> m_rows;
};

} // namespace dashboard::ui
