#include "submissionstablemodel.h"

#include <QLocale>

namespace dashboard::ui {

SubmissionsTableModel::SubmissionsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SubmissionsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubmissionsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SubmissionsTableModel::statusName(const QString &status)
{
    if (status == QLatin1String("NOT_STARTED"))
        return tr("Not started");
    if (status == QLatin1String("IN_PROGRESS"))
        return tr("In progress");
    if (status == QLatin1String("SUBMITTED"))
        return tr("Submitted");
    if (status == QLatin1String("COMPLETED"))
        return tr("Completed");
    if (status == QLatin1String("OVERDUE"))
        return tr("Overdue");
    if (status == QLatin1String("GRADED"))
        return tr("Graded");
    return status;
}

QVariant SubmissionsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const students::SubmissionRecord &submission = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Assignment:
            return submission.assignmentTitle;
        case Due:
            return submission.dueDate.isValid() ? locale.toString(submission.dueDate.toLocalTime().date(), QLocale::ShortFormat) : QString();
        case Status:
            return statusName(submission.status);
        case Attempt:
            return submission.attemptNumber;
        case Score:
            return submission.score ? locale.toString(*submission.score, 'f', 0) : QString();
        case Target:
            return locale.toString(submission.targetScore, 'f', 0);
        case Submitted:
            return submission.submittedAt.isValid() ? locale.toString(submission.submittedAt.toLocalTime(), QLocale::ShortFormat)
                                                    : QString();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Due:
            return submission.dueDate;
        case Attempt:
            return submission.attemptNumber;
        case Score:
            return submission.score ? *submission.score : -1.0;
        case Target:
            return submission.targetScore;
        case Submitted:
            return submission.submittedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Assignment && !submission.instructorFeedback.isEmpty())
            return tr("Feedback: %1").arg(submission.instructorFeedback);
        if (index.column() == Due && submission.dueDate.isValid())
            return locale.toString(submission.dueDate.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Attempt || index.column() == Score || index.column() == Target)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SubmissionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Assignment:
        return tr("Assignment");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Attempt:
        return tr("Attempt");
    case Score:
        return tr("Score");
    case Target:
        return tr("Target");
    case Submitted:
        return tr("Submitted");
    }
    return {};
}

void SubmissionsTableModel::setSubmissions(const QList<students::SubmissionRecord> &submissions)
{
    beginResetModel();
    m_rows = submissions;
    endResetModel();
}

} // namespace dashboard::ui
