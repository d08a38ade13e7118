#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace dashboard::notes {

// What a note says about a student besides its text. Stored as text on the server
// (student_notes.flag) and in the cache; None is NULL there.
enum class NoteFlag { None, FollowUp, Concern, Praise };

QString flagToString(NoteFlag flag);    // "FOLLOW_UP" …, empty for None
NoteFlag flagFromString(const QString &text); // unknown text → None

// A note or flag an instructor keeps on a student (student_notes), as the Notes panel shows it:
// from the local copy of the server's rows, or still in the outbox.
struct StudentNote
{
    // Where the note stands on its way to the server.
    enum class Delivery {
        Synced,   // on the server (the local copy holds the server's row)
        Pending,  // written here, waiting in the outbox (offline, or being sent)
        Rejected, // the server refused it; rejectionReason says why; it can be edited or discarded
    };

    QString id; // client-generated cuid, the same on the server
    QString studentId;
    QString authorId;
    QString authorName;
    QString body;
    NoteFlag flag = NoteFlag::None;
    QDateTime createdAt; // UTC, the author's clock (informational)
    QDateTime updatedAt; // UTC, the server's clock; invalid until the server has it
    Delivery delivery = Delivery::Synced;
    QString rejectionReason;

    friend bool operator==(const StudentNote &, const StudentNote &) = default;
};

} // namespace dashboard::notes

Q_DECLARE_METATYPE(dashboard::notes::StudentNote)
