#include "misseditemsmodel.h"

#include <QLocale>

namespace dashboard::ui {

MissedItemsModel::MissedItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int MissedItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MissedItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MissedItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const students::MissedItem &item = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Item:
            return item.item;
        case Wrong:
            return item.wrong;
        case Attempts:
            return item.attempts;
        case ErrorRate:
            return tr("%1%").arg(QLocale().toString(item.errorRate(), 'f', 0));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Item:
            return item.item;
        case Wrong:
            return item.wrong;
        case Attempts:
            return item.attempts;
        case ErrorRate:
            return item.errorRate();
        }
        break;
    case Qt::ToolTipRole:
        return tr("Wrong %1 of %2 times").arg(item.wrong).arg(item.attempts);
    case Qt::TextAlignmentRole:
        if (index.column() != Item)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant MissedItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item:
        return tr("Item");
    case Wrong:
        return tr("Wrong");
    case Attempts:
        return tr("Asked");
    case ErrorRate:
        return tr("Error rate");
    }
    return {};
}

void MissedItemsModel::setItems(const QList<students::MissedItem> &items)
{
    beginResetModel();
    m_rows = items;
    endResetModel();
}

} // namespace dashboard::ui
