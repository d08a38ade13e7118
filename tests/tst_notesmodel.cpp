// NotesModel on known notes: the item-model contract (Qt's own tester), newest-first order, and a
// refresh that updates in place — a pending note the server accepted changes its row, it is not
// removed and inserted again, so the selection stays on it.
#include "notes/notesmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using dashboard::notes::NoteFlag;
using dashboard::notes::NotesModel;
using dashboard::notes::StudentNote;

namespace {

StudentNote note(const QString &id, int minute, const QString &body, NoteFlag flag = NoteFlag::None,
                 StudentNote::Delivery delivery = StudentNote::Delivery::Synced)
{
    StudentNote n;
    n.id = id;
    n.studentId = QStringLiteral("s1");
    n.authorId = QStringLiteral("i1");
    n.authorName = QStringLiteral("Ana Instructor");
    n.body = body;
    n.flag = flag;
    n.createdAt = QDateTime(QDate(2026, 11, 20), QTime(10, minute), Qt::UTC);
    n.delivery = delivery;
    if (delivery == StudentNote::Delivery::Synced)
        n.updatedAt = n.createdAt.addSecs(5);
    return n;
}

QStringList ids(const NotesModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(NotesModel::IdRole).toString();
    return out;
}

} // namespace

class TestNotesModel : public QObject
{
    Q_OBJECT

private slots:
    void orderAndRoles()
    {
        NotesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNotes({note(QStringLiteral("ca"), 1, QStringLiteral("Talked about 10-33")),
                        note(QStringLiteral("cc"), 3, QString(), NoteFlag::Concern),
                        note(QStringLiteral("cb"), 2, QStringLiteral("Phonetic drills"), NoteFlag::FollowUp,
                             StudentNote::Delivery::Pending)});
        QCOMPARE(ids(model), (QStringList{QStringLiteral("cc"), QStringLiteral("cb"), QStringLiteral("ca")}));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Concern"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Follow up: Phonetic drills"));
        QCOMPARE(model.index(1).data(NotesModel::StatusTextRole).toString(), QStringLiteral("Waiting to be sent"));
        QCOMPARE(model.index(1).data(NotesModel::FlagRole).toInt(), int(NoteFlag::FollowUp));
        QCOMPARE(model.pendingCount(), 1);
        QCOMPARE(model.rejectedCount(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("ca")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }

    void acceptedNoteChangesInPlace()
    {
        NotesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const StudentNote pending = note(QStringLiteral("cb"), 2, QStringLiteral("Phonetic drills"), NoteFlag::None,
                                         StudentNote::Delivery::Pending);
        model.setNotes({note(QStringLiteral("ca"), 1, QStringLiteral("first")), pending});
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(0), QItemSelectionModel::ClearAndSelect);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        StudentNote accepted = pending;
        accepted.delivery = StudentNote::Delivery::Synced;
        accepted.updatedAt = pending.createdAt.addSecs(30);
        model.setNotes({note(QStringLiteral("ca"), 1, QStringLiteral("first")), accepted});

        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(selection.currentIndex().row(), 0);
        QCOMPARE(model.pendingCount(), 0);
        QVERIFY(model.index(0).data(NotesModel::StatusTextRole).toString() != QStringLiteral("Waiting to be sent"));
    }

    void rejectedNoteSaysWhy()
    {
        NotesModel model;
        StudentNote rejected = note(QStringLiteral("cz"), 4, QStringLiteral("x"), NoteFlag::None, StudentNote::Delivery::Rejected);
        rejected.rejectionReason = QStringLiteral("you can no longer see this student");
        model.setNotes({rejected});
        QCOMPARE(model.rejectedCount(), 1);
        QVERIFY(model.index(0).data(NotesModel::StatusTextRole).toString().contains(rejected.rejectionReason));
    }

    void notesComeAndGo()
    {
        NotesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNotes({note(QStringLiteral("ca"), 1, QStringLiteral("a")), note(QStringLiteral("cb"), 2, QStringLiteral("b"))});
        model.setNotes({note(QStringLiteral("cc"), 3, QStringLiteral("c")), note(QStringLiteral("ca"), 1, QStringLiteral("a2"))});
        QCOMPARE(ids(model), (QStringList{QStringLiteral("cc"), QStringLiteral("ca")}));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("a2"));
        model.setNotes({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotesModel)
#include "tst_notesmodel.moc"
