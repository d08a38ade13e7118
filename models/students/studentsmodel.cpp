#include "studentsmodel.h"

#include "risk/riskfactor.h"

#include <QColor>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace dashboard::students {

namespace {

// Colours of the risk indicator: readable on light and dark palettes alike.
const QColor kLowRisk(0x2e, 0x9d, 0x4f);    // green
const QColor kMediumRisk(0xf0, 0xa2, 0x02); // amber
const QColor kHighRisk(0xd3, 0x2f, 0x2f);   // red

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString shortest(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

int riskLevel(double riskScore)
{
    if (riskScore >= risk::kAtRiskThreshold)
        return 2;
    if (riskScore >= 25.0)
        return 1;
    return 0;
}

// Progress towards the target in percent (overall / target), or nullopt without a target.
std::optional<double> targetProgress(const StudentSummary &s)
{
    if (!s.targetScore)
        return std::nullopt;
    if (*s.targetScore <= 0)
        return 100.0;
    return 100.0 * s.overallScore / *s.targetScore;
}

bool isNumeric(int column)
{
    switch (column) {
    case StudentsModel::Risk:
    case StudentsModel::OverallScore:
    case StudentsModel::CodesProgress:
    case StudentsModel::PhoneticProgress:
    case StudentsModel::ProtocolProgress:
    case StudentsModel::Streak:
    case StudentsModel::OpenAssignments:
    case StudentsModel::Target:
        return true;
    default:
        return false;
    }
}

} // namespace

StudentsModel::StudentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int StudentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StudentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime StudentsModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int StudentsModel::daysSince(const QDateTime &lastActiveUtc, const QDateTime &nowUtc)
{
    if (!lastActiveUtc.isValid())
        return -1;
    // Calendar days as the person reading the list counts them, in their own time zone.
    const qint64 days = lastActiveUtc.toLocalTime().date().daysTo(nowUtc.toLocalTime().date());
    return static_cast<int>(std::max<qint64>(0, days));
}

QString StudentsModel::relativeTime(const QDateTime &lastActiveUtc, const QDateTime &nowUtc)
{
    const int days = daysSince(lastActiveUtc, nowUtc);
    // The ranges keep every count at 2 or more, so the English source text never needs "1 days".
    if (days < 0)
        return tr("never");
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days < 14)
        return tr("%n days ago", nullptr, days);
    if (days < 60)
        return tr("%n weeks ago", nullptr, days / 7);
    if (days < 730)
        return tr("%n months ago", nullptr, days / 30);
    return tr("%n years ago", nullptr, days / 365);
}

QStringList StudentsModel::riskReasons(const StudentSummary &s)
{
    QStringList reasons;
    for (const risk::RiskFactor &factor : risk::RiskFactor::parseAll(s.riskFactors))
        reasons << factor.reason();
    return reasons;
}

QVariant StudentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudentSummary &s = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case StudentIdRole:
        return s.studentId;
    case SummaryRole:
        return QVariant::fromValue(s);
    case RiskLevelRole:
        return riskLevel(s.riskScore);
    case SortRole:
        switch (column) {
        case Name:
            return s.name;
        case Risk:
            return s.riskScore;
        case RiskFactors:
            return riskReasons(s).mid(0, 2).join(QStringLiteral("; "));
        case OverallScore:
            return s.overallScore;
        case CodesProgress:
            return s.codesProgress;
        case PhoneticProgress:
            return s.phoneticProgress;
        case ProtocolProgress:
            return s.protocolProgress;
        case LastActive:
            return s.lastActiveAt; // invalid when never: sorts as the oldest
        case Streak:
            return s.currentStreak;
        case OpenAssignments:
            return s.openAssignments;
        case Target:
            if (auto progress = targetProgress(s))
                return *progress;
            return QVariant(); // no target: sorts below every target
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return s.name.isEmpty() ? s.email : s.name;
        case Risk:
            return shortest(s.riskScore); // whole with the default weights; never rounded across the threshold
        case RiskFactors:
            return riskReasons(s).mid(0, 2).join(QStringLiteral("; "));
        case OverallScore:
            return oneDecimal(s.overallScore);
        case CodesProgress:
            return tr("%1 %", "percentage").arg(QLocale().toString(std::lround(s.codesProgress)));
        case PhoneticProgress:
            return tr("%1 %", "percentage").arg(QLocale().toString(std::lround(s.phoneticProgress)));
        case ProtocolProgress:
            return tr("%1 %", "percentage").arg(QLocale().toString(std::lround(s.protocolProgress)));
        case LastActive:
            return relativeTime(s.lastActiveAt, now());
        case Streak:
            return QLocale().toString(s.currentStreak);
        case OpenAssignments:
            return QLocale().toString(s.openAssignments);
        case Target:
            if (auto progress = targetProgress(s))
                return tr("%1 (%2 %)", "target score (progress to it)")
                    .arg(shortest(*s.targetScore), QLocale().toString(std::lround(*progress)));
            return QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Name: {
            QStringList lines{s.email};
            if (!s.departmentName.isEmpty())
                lines << tr("Department: %1").arg(s.departmentName);
            if (!s.instructorName.isEmpty())
                lines << tr("Instructor: %1").arg(s.instructorName);
            return lines.join(QLatin1Char('\n'));
        }
        case Risk:
        case RiskFactors: {
            QStringList lines;
            for (const risk::RiskFactor &factor : risk::RiskFactor::parseAll(s.riskFactors))
                lines << factor.describe();
            if (lines.isEmpty())
                return tr("No risk factors");
            return lines.join(QLatin1Char('\n'));
        }
        case LastActive:
            if (!s.lastActiveAt.isValid())
                return tr("Has never practised");
            return QLocale().toString(s.lastActiveAt.toLocalTime(), QLocale::LongFormat);
        case OpenAssignments:
            return tr("%n overdue", "assignments", s.overdueAssignments);
        case Target:
            if (!s.targetScore)
                return tr("No target set");
            if (s.targetDate.isValid())
                return tr("Target score %1 by %2").arg(shortest(*s.targetScore), QLocale().toString(s.targetDate, QLocale::ShortFormat));
            return tr("Target score %1").arg(shortest(*s.targetScore));
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == Risk) {
            switch (riskLevel(s.riskScore)) {
            case 2:
                return kHighRisk;
            case 1:
                return kMediumRisk;
            default:
                return kLowRisk;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant StudentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);

    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));

    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Name:
            return tr("Name");
        case Risk:
            return tr("Risk");
        case RiskFactors:
            return tr("Risk factors");
        case OverallScore:
            return tr("Overall");
        case CodesProgress:
            return tr("Codes");
        case PhoneticProgress:
            return tr("Phonetic");
        case ProtocolProgress:
            return tr("Protocol");
        case LastActive:
            return tr("Last active");
        case Streak:
            return tr("Streak");
        case OpenAssignments:
            return tr("Open");
        case Target:
            return tr("Target");
        case ColumnCount:
            break;
        }
        return {};
    }

    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Name:
            return tr("The student's name; the tooltip shows e-mail, department and instructor");
        case Risk:
            return tr("Risk score from 0 to 100: green below 25, amber below 50, red from 50");
        case RiskFactors:
            return tr("Why the student is at risk, most important first");
        case OverallScore:
            return tr("Average score of the most recent sessions");
        case CodesProgress:
            return tr("Share of the 10-code modules passed");
        case PhoneticProgress:
            return tr("Share of the phonetic alphabet modules passed");
        case ProtocolProgress:
            return tr("Share of the radio protocol modules passed");
        case LastActive:
            return tr("When the student last practised");
        case Streak:
            return tr("Consecutive days with practice");
        case OpenAssignments:
            return tr("Assignments not yet submitted, overdue ones included");
        case Target:
            return tr("Target score and how far the overall score has come towards it");
        case ColumnCount:
            break;
        }
    }
    return {};
}

void StudentsModel::setStudents(const QList<StudentSummary> &students)
{
    // Deduplicate by id, keeping the first occurrence (the server never sends duplicates).
    QList<StudentSummary> incoming;
    incoming.reserve(students.size());
    QHash<QString, int> incomingById;
    incomingById.reserve(students.size());
    for (const StudentSummary &s : students) {
        if (incomingById.contains(s.studentId))
            continue;
        incomingById.insert(s.studentId, static_cast<int>(incoming.size()));
        incoming.append(s);
    }

    if (m_rows.isEmpty()) {
        if (incoming.isEmpty())
            return;
        beginResetModel();
        m_rows = std::move(incoming);
        m_rowById = std::move(incomingById);
        endResetModel();
        return;
    }

    // 1. Students who went: remove them, contiguous runs at a time, from the bottom up so the
    //    rows above keep their numbers while we go.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
        if (incomingById.contains(m_rows.at(row).studentId)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incomingById.contains(m_rows.at(first - 1).studentId))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).studentId, row);

    // 2. Students who stayed: replace changed rows in place.
    for (int row = 0; row < m_rows.size(); ++row) {
        const StudentSummary &fresh = incoming.at(incomingById.value(m_rows.at(row).studentId));
        if (fresh == m_rows.at(row))
            continue;
        m_rows[row] = fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    // 3. Students who came: append them in the order the server sent them.
    QList<StudentSummary> added;
    for (const StudentSummary &s : std::as_const(incoming)) {
        if (!m_rowById.contains(s.studentId))
            added.append(s);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (const StudentSummary &s : std::as_const(added)) {
            m_rowById.insert(s.studentId, static_cast<int>(m_rows.size()));
            m_rows.append(s);
        }
        endInsertRows();
    }
}

const StudentSummary *StudentsModel::student(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int StudentsModel::rowOf(const QString &studentId) const
{
    return m_rowById.value(studentId, -1);
}

void StudentsModel::setNow(const QDateTime &nowUtc)
{
    if (m_now == nowUtc)
        return;
    m_now = nowUtc;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastActive), index(rowCount() - 1, LastActive), {Qt::DisplayRole, Qt::ToolTipRole});
}

void StudentsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

} // namespace dashboard::students
