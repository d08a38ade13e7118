#include "studentsfiltermodel.h"

#include "risk/riskfactor.h"
#include "studentsmodel.h"

namespace dashboard::students {

namespace {

// Orders two SortRole values of one column. Invalid values (never active, no target) come
// first in ascending order, so they sort as the oldest / lowest.
int compareSortValues(const QVariant &left, const QVariant &right)
{
    const bool leftValid = left.isValid() && !left.isNull();
    const bool rightValid = right.isValid() && !right.isNull();
    if (!leftValid || !rightValid)
        return int(leftValid) - int(rightValid);

    switch (left.metaType().id()) {
    case QMetaType::QDateTime: {
        const QDateTime l = left.toDateTime();
        const QDateTime r = right.toDateTime();
        if (!l.isValid() || !r.isValid())
            return int(l.isValid()) - int(r.isValid());
        return l < r ? -1 : (r < l ? 1 : 0);
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double l = left.toDouble();
        const double r = right.toDouble();
        return l < r ? -1 : (r < l ? 1 : 0);
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        const qlonglong l = left.toLongLong();
        const qlonglong r = right.toLongLong();
        return l < r ? -1 : (r < l ? 1 : 0);
    }
    case QMetaType::QString:
        return left.toString().localeAwareCompare(right.toString());
    default:
        break;
    }
    const QPartialOrdering order = QVariant::compare(left, right);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

} // namespace

StudentsFilterModel::StudentsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StudentsModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void StudentsFilterModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    invalidateFilter();
    emit filterChanged();
}

void StudentsFilterModel::setQuickFilters(QuickFilters filters)
{
    if (m_filters == filters)
        return;
    m_filters = filters;
    invalidateFilter();
    emit filterChanged();
}

void StudentsFilterModel::setNow(const QDateTime &nowUtc)
{
    if (m_now == nowUtc)
        return;
    m_now = nowUtc;
    if (m_filters.testFlag(Inactive7Days)) {
        invalidateFilter();
        emit filterChanged();
    }
}

bool StudentsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const StudentSummary *student = nullptr;
    StudentSummary fromRole;
    if (const auto *model = qobject_cast<const StudentsModel *>(sourceModel())) {
        student = model->student(sourceRow);
    } else if (sourceModel()) {
        const QVariant value = sourceModel()->index(sourceRow, 0, sourceParent).data(StudentsModel::SummaryRole);
        if (value.canConvert<StudentSummary>()) {
            fromRole = value.value<StudentSummary>();
            student = &fromRole;
        }
    }
    if (!student)
        return false;

    // A plain substring, never a pattern: whatever the person typed matches only itself.
    if (!m_search.isEmpty() && !student->name.contains(m_search, Qt::CaseInsensitive)
        && !student->email.contains(m_search, Qt::CaseInsensitive))
        return false;

    if (m_filters.testFlag(AtRisk) && student->riskScore < risk::kAtRiskThreshold)
        return false;
    if (m_filters.testFlag(Inactive7Days)) {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        const int days = StudentsModel::daysSince(student->lastActiveAt, now);
        if (days >= 0 && days < 7)
            return false;
    }
    if (m_filters.testFlag(BelowTarget) && !(student->targetScore && student->overallScore < *student->targetScore))
        return false;
    if (m_filters.testFlag(HasOverdue) && student->overdueAssignments <= 0)
        return false;
    return true;
}

bool StudentsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = compareSortValues(left.data(sortRole()), right.data(sortRole()));
    if (order != 0)
        return order < 0;
    // Ties: by name, then by id, so equal values always come out in the same order.
    const QModelIndex leftName = left.siblingAtColumn(StudentsModel::Name);
    const QModelIndex rightName = right.siblingAtColumn(StudentsModel::Name);
    const int byName = compareSortValues(leftName.data(StudentsModel::SortRole), rightName.data(StudentsModel::SortRole));
    if (byName != 0)
        return byName < 0;
    return left.data(StudentsModel::StudentIdRole).toString() < right.data(StudentsModel::StudentIdRole).toString();
}

} // namespace dashboard::students
