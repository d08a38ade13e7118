#include "sessionstablemodel.h"

#include <QLocale>

namespace dashboard::ui {

SessionsTableModel::SessionsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SessionsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionsTableModel::categoryName(const QString &category)
{
    if (category == QLatin1String("CODES"))
        return tr("10-codes");
    if (category == QLatin1String("PHONETIC"))
        return tr("Phonetic");
    if (category == QLatin1String("PROTOCOL"))
        return tr("Protocol");
    return category;
}

QString SessionsTableModel::durationText(int seconds)
{
    if (seconds <= 0)
        return QString();
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const int minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QVariant SessionsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const students::SessionRecord &session = m_rows.at(index.row());
    const bool quiz = session.kind == students::SessionRecord::Kind::Quiz;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Started:
            // Compact: the full date and time are in the tooltip.
            return QLocale().toString(session.startedAt.toLocalTime(), tr("d MMM HH:mm", "date format of a session's start"));
        case Activity:
            return session.category.isEmpty() ? (quiz ? tr("Quiz") : tr("Voice"))
                                              : (quiz ? tr("Quiz · %1") : tr("Voice · %1")).arg(categoryName(session.category));
        case Module:
            return session.moduleId;
        case Score:
            if (quiz && !session.completedAt.isValid())
                return tr("Abandoned");
            return session.score ? QLocale().toString(*session.score, 'f', 0) : QString();
        case Answers:
            if (!quiz || session.questionsAnswered == 0)
                return QString();
            return tr("%1 of %2").arg(session.correctAnswers).arg(session.questionsAnswered);
        case Duration:
            return durationText(session.durationSeconds);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Started:
            return session.startedAt;
        case Score:
            return session.score ? *session.score : -1.0;
        case Answers:
            return session.questionsAnswered > 0 ? double(session.correctAnswers) / session.questionsAnswered : -1.0;
        case Duration:
            return session.durationSeconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Started)
            return QLocale().toString(session.startedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Score && quiz && !session.completedAt.isValid())
            return tr("The student left this quiz before finishing it.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Answers || index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Activity:
        return tr("Activity");
    case Module:
        return tr("Module");
    case Score:
        return tr("Score");
    case Answers:
        return tr("Correct");
    case Duration:
        return tr("Duration");
    }
    return {};
}

void SessionsTableModel::setSessions(const QList<students::SessionRecord> &sessions)
{
    beginResetModel();
    m_rows = sessions;
    endResetModel();
}

} // namespace dashboard::ui
