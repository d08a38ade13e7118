#pragma once

#include <QStyledItemDelegate>

namespace dashboard::ui {

// The Risk column: a coloured dot before the score. The colour is the model's DecorationRole
// (when it is a colour), made lighter or darker when it would not stand out on the view's base;
// without one, the risk level's colour.
class RiskDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor dotColor(const QModelIndex &index, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace dashboard::ui
