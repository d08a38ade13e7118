#pragma once

#include "studentnote.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QList>

namespace dashboard::notes {

// One student's notes, newest first: the server's (through the local copy) and those still in
// the outbox. setNotes() updates in place — dataChanged for a note that changed (a pending note
// the server has now accepted, an edited one), row inserts/removals for notes that came or went —
// so the selection and the scroll position survive a refresh.
class NotesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NoteRole = Qt::UserRole + 1, // StudentNote
        IdRole,                      // QString
        FlagRole,                    // int (NoteFlag)
        DeliveryRole,                // int (StudentNote::Delivery)
        StatusTextRole,              // QString: "Waiting to be sent", "Not accepted: …", or the time
    };

    explicit NotesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Sorted here: newest first by the author's time, then by id (stable on equal times).
    void setNotes(QList<StudentNote> notes);
    const StudentNote *note(int row) const;
    int rowOf(const QString &id) const; // -1 when absent

    int pendingCount() const;
    int rejectedCount() const;

    static QString flagLabel(NoteFlag flag);
    static QString statusText(const StudentNote &note);

    void retranslate();

private:
    QList<StudentNote> m_rows;
};

} // namespace dashboard::notes
