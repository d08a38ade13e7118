#include "notesmodel.h"

#include <QLocale>

#include <algorithm>

namespace dashboard::notes {

namespace {

bool newerFirst(const StudentNote &a, const StudentNote &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

} // namespace

NotesModel::NotesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudentNote &note = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString flag = flagLabel(note.flag);
        if (note.body.isEmpty())
            return flag;
        return flag.isEmpty() ? note.body : tr("%1: %2").arg(flag, note.body);
    }
    case Qt::ToolTipRole:
        return note.authorName.isEmpty() ? statusText(note)
                                         : tr("%1 — %2").arg(note.authorName, statusText(note));
    case NoteRole:
        return QVariant::fromValue(note);
    case IdRole:
        return note.id;
    case FlagRole:
        return int(note.flag);
    case DeliveryRole:
        return int(note.delivery);
    case StatusTextRole:
        return statusText(note);
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NoteRole, "note");
    names.insert(IdRole, "noteId");
    names.insert(FlagRole, "flag");
    names.insert(DeliveryRole, "delivery");
    names.insert(StatusTextRole, "statusText");
    return names;
}

void NotesModel::setNotes(QList<StudentNote> notes)
{
    std::stable_sort(notes.begin(), notes.end(), newerFirst);

    // 1. Notes that went away.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const QString &id = m_rows.at(row).id;
        const bool kept = std::any_of(notes.cbegin(), notes.cend(), [&id](const StudentNote &n) { return n.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // 2. Walk the new order: update a note in place when it stays at its row, move or insert
    //    otherwise. Notes are few (tens), so the linear lookups cost nothing.
    for (int row = 0; row < notes.size(); ++row) {
        const StudentNote &wanted = notes.at(row);
        const int at = rowOf(wanted.id);
        if (at == row) {
            if (!(m_rows.at(row) == wanted)) {
                m_rows[row] = wanted;
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        if (at > row) {
            beginMoveRows({}, at, at, {}, row);
            m_rows.move(at, row);
            endMoveRows();
            if (!(m_rows.at(row) == wanted)) {
                m_rows[row] = wanted;
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, wanted);
        endInsertRows();
    }
}

const StudentNote *NotesModel::note(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int NotesModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int NotesModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const StudentNote &n) { return n.delivery == StudentNote::Delivery::Pending; }));
}

int NotesModel::rejectedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const StudentNote &n) { return n.delivery == StudentNote::Delivery::Rejected; }));
}

QString NotesModel::flagLabel(NoteFlag flag)
{
    switch (flag) {
    case NoteFlag::FollowUp:
        return tr("Follow up");
    case NoteFlag::Concern:
        return tr("Concern");
    case NoteFlag::Praise:
        return tr("Praise");
    case NoteFlag::None:
        break;
    }
    return QString();
}

QString NotesModel::statusText(const StudentNote &note)
{
    switch (note.delivery) {
    case StudentNote::Delivery::Pending:
        return tr("Waiting to be sent");
    case StudentNote::Delivery::Rejected:
        return tr("Not accepted by the server: %1").arg(note.rejectionReason);
    case StudentNote::Delivery::Synced:
        break;
    }
    const QDateTime when = (note.updatedAt.isValid() ? note.updatedAt : note.createdAt).toLocalTime();
    return QLocale().toString(when, QLocale::ShortFormat);
}

void NotesModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

} // namespace dashboard::notes
