#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace dashboard::students {

// Sorting and filtering of StudentsModel: the search text (a plain, case-insensitive substring
// of the name or e-mail — never a pattern, so quotes, %, _, backslashes and right-to-left text
// match only themselves) combined with quick filters. Sorts on StudentsModel::SortRole.
class StudentsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum QuickFilter {
        NoFilter = 0,
        AtRisk = 0x1,          // risk score >= the at-risk threshold
        Inactive7Days = 0x2,   // last active 7+ days ago, or never
        BelowTarget = 0x4,     // a target is set and the overall score is below it
        HasOverdue = 0x8,      // at least one overdue assignment
    };
    Q_DECLARE_FLAGS(QuickFilters, QuickFilter)
    Q_FLAG(QuickFilters)

    explicit StudentsFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setQuickFilters(QuickFilters filters);
    QuickFilters quickFilters() const { return m_filters; }
    void setNow(const QDateTime &nowUtc); // for Inactive7Days; default now

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QuickFilters m_filters = NoFilter;
    QDateTime m_now;
};

} // namespace dashboard::students

Q_DECLARE_OPERATORS_FOR_FLAGS(dashboard::students::StudentsFilterModel::QuickFilters)
