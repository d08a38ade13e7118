#pragma once

#include "students/studentdetail.h"

#include <QAbstractTableModel>
#include <QList>

namespace dashboard::ui {

// The items (10-codes, phonetic words, prowords) a student gets wrong most.
class MissedItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Item, Wrong, Attempts, ErrorRate, ColumnCount };
    Q_ENUM(Column)
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit MissedItemsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setItems(const QList<students::MissedItem> &items);

private:
    QList<students::MissedItem> m_rows;
};

} // namespace dashboard::ui
