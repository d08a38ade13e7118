#include "studentnotespanel.h"

#include "notes/notesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace dashboard::ui {

namespace {

// The server refuses longer notes (student_notes' CHECK); say so before sending.
constexpr int kMaxNoteLength = 4000;

// Two lines per note: the text (flag first), then who and when — or why it is not on the server
// yet, in the palette's link or error colour.
class NoteDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString status = index.data(notes::NotesModel::StatusTextRole).toString();
        // A line separator, not '\n': the item view lays out a QChar::LineSeparator as a break.
        option->text = option->text + QChar(QChar::LineSeparator) + status;
        const auto delivery = notes::StudentNote::Delivery(index.data(notes::NotesModel::DeliveryRole).toInt());
        if (delivery == notes::StudentNote::Delivery::Rejected)
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
        else if (delivery == notes::StudentNote::Delivery::Pending)
            option->font.setItalic(true);
    }
};

} // namespace

StudentNotesPanel::StudentNotesPanel(const QString &studentId, QWidget *parent)
    : QWidget(parent)
    , m_studentId(studentId)
{
    setObjectName(QStringLiteral("studentNotes"));
    m_model = new notes::NotesModel(this);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new NoteDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSpacing(3);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::customContextMenuRequested, this, &StudentNotesPanel::showContextMenu);
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(notes::NotesModel::DeliveryRole).toInt() != int(notes::StudentNote::Delivery::Synced))
            editNote(index.data(notes::NotesModel::IdRole).toString());
    });

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    m_flag = new QComboBox(this);
    m_flag->setObjectName(QStringLiteral("noteFlag"));
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 5);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("noteSubmit"));
    m_submit->setDefault(false);
    m_cancelEdit = new QPushButton(this);
    m_cancelEdit->setVisible(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_flag, 1);
    buttons->addWidget(m_cancelEdit);
    buttons->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_submit, &QPushButton::clicked, this, &StudentNotesPanel::submit);
    connect(m_cancelEdit, &QPushButton::clicked, this, &StudentNotesPanel::clearEditor);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &StudentNotesPanel::updateButtons);
    connect(m_flag, &QComboBox::currentIndexChanged, this, &StudentNotesPanel::updateButtons);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    send->setContext(Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, &StudentNotesPanel::submit);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StudentNotesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StudentNotesPanel::updateButtons);

    retranslateUi();
}

void StudentNotesPanel::setNotes(const QList<notes::StudentNote> &notes)
{
    m_model->setNotes(notes);
    // An edited note the user has discarded meanwhile is no longer edited.
    if (!m_editingId.isEmpty() && m_model->rowOf(m_editingId) < 0)
        clearEditor();
    updateButtons();
}

void StudentNotesPanel::editNote(const QString &noteId)
{
    const int row = m_model->rowOf(noteId);
    if (row < 0)
        return;
    const notes::StudentNote *note = m_model->note(row);
    m_editingId = note->id;
    m_editor->setPlainText(note->body);
    m_flag->setCurrentIndex(int(note->flag));
    m_editor->setFocus();
    m_message->setVisible(false);
    retranslateUi();
}

bool StudentNotesPanel::submit()
{
    const QString body = m_editor->toPlainText().trimmed();
    const auto flag = notes::NoteFlag(m_flag->currentIndex());
    if (body.isEmpty() && flag == notes::NoteFlag::None) {
        m_message->setText(tr("Write a note or choose a flag."));
        m_message->setVisible(true);
        return false;
    }
    if (body.size() > kMaxNoteLength) {
        m_message->setText(tr("A note can hold at most %1 characters; this one has %2.").arg(kMaxNoteLength).arg(body.size()));
        m_message->setVisible(true);
        return false;
    }
    emit noteSubmitted(m_studentId, m_editingId, body, flag);
    clearEditor();
    return true;
}

void StudentNotesPanel::clearEditor()
{
    m_editingId.clear();
    m_editor->clear();
    m_flag->setCurrentIndex(0);
    m_message->setVisible(false);
    retranslateUi();
}

void StudentNotesPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString id = index.data(notes::NotesModel::IdRole).toString();
    const auto delivery = notes::StudentNote::Delivery(index.data(notes::NotesModel::DeliveryRole).toInt());
    QMenu menu(this);
    QAction *edit = menu.addAction(tr("&Edit"));
    QAction *discard = nullptr;
    if (delivery != notes::StudentNote::Delivery::Synced)
        discard = menu.addAction(tr("&Discard…"));
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
    if (chosen == edit) {
        editNote(id);
    } else if (chosen && chosen == discard) {
        const auto answer = QMessageBox::question(this, tr("Discard note"),
                                                  tr("This note has not reached the server. Discard it for good?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            emit noteDiscarded(id);
    }
}

void StudentNotesPanel::updateButtons()
{
    const bool hasContent = !m_editor->toPlainText().trimmed().isEmpty() || m_flag->currentIndex() > 0;
    m_submit->setEnabled(hasContent);
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void StudentNotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void StudentNotesPanel::retranslateUi()
{
    const int flag = m_flag->currentIndex();
    m_flag->blockSignals(true);
    m_flag->clear();
    m_flag->addItem(tr("No flag"));
    for (auto f : {notes::NoteFlag::FollowUp, notes::NoteFlag::Concern, notes::NoteFlag::Praise})
        m_flag->addItem(notes::NotesModel::flagLabel(f));
    m_flag->setCurrentIndex(flag < 0 ? 0 : flag);
    m_flag->blockSignals(false);
    m_editor->setPlaceholderText(tr("A note on this student (Ctrl+Return to save)"));
    m_submit->setText(m_editingId.isEmpty() ? tr("&Add note") : tr("&Save and send again"));
    m_cancelEdit->setText(tr("Cancel"));
    m_cancelEdit->setVisible(!m_editingId.isEmpty());
    m_empty->setText(tr("No notes on this student yet."));
    updateButtons();
}

} // namespace dashboard::ui
