#pragma once

#include "studentsummary.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace dashboard::students {

// The Students page's rows. Owns the rows and knows its columns, nothing else: sorting and
// filtering live in StudentsFilterModel. setStudents() updates in place — dataChanged for
// changed rows only, row inserts/removals for students who came or went — so selection and
// scroll position survive a refresh.
class StudentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Risk,
        RiskFactors,
        OverallScore,
        CodesProgress,
        PhoneticProgress,
        ProtocolProgress,
        LastActive,
        Streak,
        OpenAssignments,
        Target,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // a raw value to sort on (double, QDateTime, int, QString)
        StudentIdRole,               // QString
        SummaryRole,                 // StudentSummary
        RiskLevelRole,               // int: 0 low (< 25), 1 medium (< 50), 2 high (>= 50)
    };

    explicit StudentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStudents(const QList<StudentSummary> &students);
    const StudentSummary *student(int row) const;
    int rowOf(const QString &studentId) const; // -1 when absent

    // "3 days ago" etc. is relative to this instant (tests pin it; default: now).
    void setNow(const QDateTime &nowUtc);

    // After a language change: headerDataChanged for every column, dataChanged for every row.
    void retranslate();

    // Calendar days between the two instants in the local time zone (0 = today); -1 when
    // lastActiveUtc is invalid (never active). Shared with StudentsFilterModel's Inactive7Days.
    static int daysSince(const QDateTime &lastActiveUtc, const QDateTime &nowUtc);
    // "today", "yesterday", "3 days ago", "5 weeks ago", "never".
    static QString relativeTime(const QDateTime &lastActiveUtc, const QDateTime &nowUtc);

private:
    QDateTime now() const;
    static QStringList riskReasons(const StudentSummary &student);

    QList<StudentSummary> m_rows;
    QHash<QString, int> m_rowById;
    QDateTime m_now;
};

} // namespace dashboard::students
