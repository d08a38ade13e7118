#pragma once

#include "notes/studentnote.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace dashboard::notes {
class NotesModel;
}

namespace dashboard::ui {

// The Notes box of a student's detail: the notes and flags kept on the student, newest first,
// and an editor to add one. Notes written offline show "Waiting to be sent"; a note the server
// refused shows why and can be edited (sent again with the same id) or discarded.
//
// The panel does not write anything itself: it asks (noteSubmitted, noteDiscarded) and whoever
// owns the outbox answers with setNotes().
class StudentNotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StudentNotesPanel(const QString &studentId, QWidget *parent = nullptr);

    QString studentId() const { return m_studentId; }
    notes::NotesModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QPlainTextEdit *editor() const { return m_editor; }
    QComboBox *flagBox() const { return m_flag; }
    QPushButton *submitButton() const { return m_submit; }

    void setNotes(const QList<notes::StudentNote> &notes);

    // Puts a note back into the editor; the next submit keeps its id (an edit, not a new note).
    void editNote(const QString &noteId);
    QString editingId() const { return m_editingId; }

    // Sends what the editor holds (Ctrl+Return does this too). False, with a message under the
    // editor, when there is nothing to send or it is too long.
    bool submit();

signals:
    // id empty: a new note (the receiver makes its id); otherwise an edit of that note.
    void noteSubmitted(const QString &studentId, const QString &id, const QString &body,
                       dashboard::notes::NoteFlag flag);
    void noteDiscarded(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showContextMenu(const QPoint &pos);
    void clearEditor();

    QString m_studentId;
    QString m_editingId;
    notes::NotesModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QComboBox *m_flag = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancelEdit = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace dashboard::ui
