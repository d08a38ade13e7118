#include "demogenerator.h"

#include "db/copywriter.h"
#include "demonames.h"
#include "demotime.h"
#include "deterministicrandom.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace dashboard::demo {

namespace {

using db::CopyWriter;
using time::kMsPerDay;
using time::kMsPerHour;
using time::kMsPerMinute;

// What a random stream is about; part of its key, so streams never overlap. Never renumber:
// the values are part of what "the same seed gives the same data" means.
enum StreamKind : std::uint64_t {
    kDepartmentId = 1,
    kUserId = 2,
    kProfileId = 3,
    kProgressId = 4,
    kQuizId = 5,
    kVoiceId = 6,
    kAssignmentId = 7,
    kSubmissionId = 8,
    kMessageId = 9,
    kNotificationId = 10,
    kStudentProfile = 11,
    kStudentDay = 12,
    kUserName = 13,
    kStaff = 14,
    kStaffProfile = 15,
    kAssignment = 16,
    kSubmission = 17,
    kMessages = 18,
    kNotifications = 19,
};

// --- ids ---------------------------------------------------------------------------------------

constexpr int kIdLength = 25; // 'c' + 24 base36 characters, as long as a cuid
constexpr std::uint64_t k36Pow12 = 4738381338321616896ULL;
constexpr char kBase36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

struct Id
{
    char text[kIdLength];
    QByteArrayView view() const { return {text, kIdLength}; }
    QString toString() const { return QString::fromLatin1(text, kIdLength); }
    QByteArray toByteArray() const { return QByteArray(text, kIdLength); }
};

// A cuid-shaped id from 128 bits of the key's stream (two 12-digit base36 halves).
Id makeId(std::uint64_t key)
{
    Id id;
    id.text[0] = 'c';
    Random random(key);
    std::uint64_t halves[2] = {random.next() % k36Pow12, random.next() % k36Pow12};
    for (int half = 0; half < 2; ++half) {
        std::uint64_t value = halves[half];
        for (int i = 12; i >= 1; --i) {
            id.text[half * 12 + i] = kBase36[value % 36];
            value /= 36;
        }
    }
    return id;
}

// --- small text helpers ------------------------------------------------------------------------

QByteArrayView view(std::string_view text)
{
    return {text.data(), static_cast<qsizetype>(text.size())};
}

QString qstring(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void addTimestamp(CopyWriter &writer, std::int64_t ms)
{
    char buffer[32];
    const char *end = time::writeTimestamp(buffer, ms);
    writer.addRaw({buffer, end - buffer});
}

QByteArray timestampText(std::int64_t ms)
{
    char buffer[32];
    const char *end = time::writeTimestamp(buffer, ms);
    return QByteArray(buffer, end - buffer);
}

// "2026-03-31T09:15:00.000Z", for timestamps inside JSON.
QString isoTimestamp(std::int64_t ms)
{
    QString text = QString::fromLatin1(timestampText(ms));
    text[10] = QLatin1Char('T');
    return text + QLatin1Char('Z');
}

QString dateText(std::int64_t epochDay)
{
    char buffer[16];
    const char *end = time::writeDate(buffer, epochDay);
    return QString::fromLatin1(buffer, end - buffer);
}

// "73.4" from 734 tenths, "0.734" from 734 thousandths: decimal text without doubles.
void addFixed(CopyWriter &writer, std::int64_t scaled, int decimals)
{
    std::int64_t divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    std::string text = std::to_string(scaled / divisor);
    if (decimals > 0) {
        std::string fraction = std::to_string(scaled % divisor);
        text += '.';
        text.append(static_cast<std::size_t>(decimals) - fraction.size(), '0');
        text += fraction;
    }
    writer.addRaw(view(text));
}

// A PostgreSQL array literal of text elements ({"a","b c"}), every element quoted.
QString textArray(const QStringList &elements)
{
    QStringList quoted;
    for (QString element : elements) {
        element.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        element.replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + element + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

// The ASCII, lower-case form of a name for an e-mail address: "Peña" -> "pena", "O'Brien" -> "obrien".
std::string emailPart(std::string_view name)
{
    const QString decomposed = qstring(name).normalized(QString::NormalizationForm_D).toLower();
    std::string out;
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out += static_cast<char>(u);
    }
    return out;
}

// --- training content --------------------------------------------------------------------------

enum Category { Codes = 0, Phonetic = 1, Protocol = 2 };
constexpr std::array kCategoryNames = {std::string_view("CODES"), std::string_view("PHONETIC"), std::string_view("PROTOCOL")};
constexpr std::array kModulePrefix = {std::string_view("codes-"), std::string_view("phonetic-"), std::string_view("protocol-")};
constexpr std::array kModuleCount = {8, 6, 6};
constexpr std::array kDifficultyNames = {std::string_view("EASY"), std::string_view("MEDIUM"), std::string_view("HARD"),
                                         std::string_view("EXPERT")};
constexpr std::array kBaseCategoryWeights = {45, 30, 25};
constexpr int kQuestionsPerSession = 10;

// Every quiz item once, with the JSON that starts its answer object, and the pool of items
// each module draws its questions from.
struct Content
{
    std::vector<std::string> answerPrefix; // {"q":"10-4","correct":
    std::vector<bool> confusable;
    std::array<std::vector<std::vector<int>>, 3> pools; // [category][module - 1]
    std::array<std::vector<std::string>, 3> moduleIds;  // [category][module - 1]

    Content()
    {
        std::array<std::vector<int>, 3> items;
        const auto add = [&](int category, std::string_view item, bool isConfusable) {
            items[category].push_back(static_cast<int>(answerPrefix.size()));
            answerPrefix.push_back(std::string("{\"q\":\"") + std::string(item) + "\",\"correct\":");
            confusable.push_back(isConfusable);
        };
        for (auto code : names::kTenCodes)
            add(Codes, code, std::find(names::kConfusableCodes.begin(), names::kConfusableCodes.end(), code) != names::kConfusableCodes.end());
        for (auto word : names::kPhonetic)
            add(Phonetic, word, false);
        for (auto word : names::kProwords)
            add(Protocol, word, false);

        for (int category = 0; category < 3; ++category) {
            const auto &all = items[category];
            const int modules = kModuleCount[category];
            const int total = static_cast<int>(all.size());
            const int stride = (total - kQuestionsPerSession + modules - 2) / (modules - 1); // rounded up
            for (int module = 0; module < modules; ++module) {
                // A window of ten items that moves through the course: each module adds new
                // items and reviews some of the previous module's.
                const int start = std::min(module * stride, total - kQuestionsPerSession);
                std::vector<int> pool(all.begin() + start, all.begin() + start + kQuestionsPerSession);
                if (category == Codes) {
                    // The look-alike pairs are drilled in every codes module.
                    for (int i = 0; i < total; ++i) {
                        if (confusable[all[i]] && std::find(pool.begin(), pool.end(), all[i]) == pool.end())
                            pool.push_back(all[i]);
                    }
                }
                pools[category].push_back(std::move(pool));
                moduleIds[category].push_back(std::string(kModulePrefix[category]) + std::to_string(module + 1));
            }
        }
    }
};

const Content &content()
{
    static const Content instance;
    return instance;
}

// --- students ----------------------------------------------------------------------------------

struct StudentProfile
{
    int student = 0;
    int instructor = 0;
    Archetype archetype = Archetype::Regular;
    bool neverActive = false;
    int firstDay = 0; // day index of the first possible activity
    int lastDay = 0;  // day index of the last possible activity
    std::int64_t createdAtMs = 0;
    double startSkill = 0;
    double gain = 0;
    double activity = 0;
    double weekendFactor = 0;
    int preferredMinute = 0;
    int spreadMinutes = 0;
    double voiceRate = 0;
    double abandonRate = 0;
    std::array<int, 3> categoryWeights = {};
    bool hasTarget = false;
    int targetScore = 0;
    int targetDays = 0;
    int days = 0;

    // 0..1: how likely the student answers an average question right, on a given day.
    double skill(int day) const
    {
        const int last = archetype == Archetype::Drifting ? days - 1 : lastDay;
        const double span = std::max(1, last - firstDay);
        const double t = clamp((day - firstDay) / span, 0.0, 1.0);
        return startSkill + gain * t * (2.0 - t); // fast progress first, then slower
    }
};

struct QuizSession
{
    std::int64_t startMs = 0;
    std::int64_t endMs = 0; // when the student left (completion or abandonment)
    int category = 0;
    int module = 1;
    int difficulty = 0;
    int answered = 0;
    int correct = 0;
    bool completed = false;
    int sequence = 0; // position within the day, for the id
    std::array<int, kQuestionsPerSession> items = {};
    std::array<bool, kQuestionsPerSession> right = {};
    std::array<int, kQuestionsPerSession> ms = {};
};

struct VoiceSession
{
    std::int64_t createdMs = 0;
    int category = 0;
    int phrase = 0;
    int scoreTenths = 0;
    int accuracyThousandths = 0;
    int durationSeconds = 0;
    int sequence = 0;
};

struct Day
{
    int quizCount = 0;
    int voiceCount = 0;
    std::array<QuizSession, 3> quiz;
    std::array<VoiceSession, 2> voice;
};

constexpr std::array kQuizPerDayWeights = {45, 35, 20}; // 1, 2 or 3 quizzes on an active day
constexpr int kLatestStartMinute = 22 * 60 + 40;         // every session ends before 23:00
constexpr int kEarliestStartMinute = 6 * 60;
constexpr int kMinutesPerSessionSlot = 50; // the longest session plus the longest pause

std::string_view phrase(int category, int index)
{
    switch (category) {
    case Codes:
        return names::kCodePhrases[static_cast<std::size_t>(index)];
    case Phonetic:
        return names::kPhoneticPhrases[static_cast<std::size_t>(index)];
    default:
        return names::kProtocolPhrases[static_cast<std::size_t>(index)];
    }
}

int phraseCount(int category)
{
    switch (category) {
    case Codes:
        return static_cast<int>(names::kCodePhrases.size());
    case Phonetic:
        return static_cast<int>(names::kPhoneticPhrases.size());
    default:
        return static_cast<int>(names::kProtocolPhrases.size());
    }
}

// --- the other tables' rows --------------------------------------------------------------------

struct Department
{
    Id id;
    QString code;
    QString name;
    QString location;
    int parent = -1;
    int top = 0; // index of the top-level department (itself for a top)
    std::int64_t createdMs = 0;
};

struct Assignment
{
    Id id;
    int instructor = 0;
    int indexOfInstructor = 0;
    int global = 0;
    int category = 0;
    int firstModule = 1;
    int moduleCount = 1;
    int targetScore = 80;
    int priority = 1;
    int createdDay = 0;
    int dueDay = 0;
    std::int64_t createdMs = 0;
    std::int64_t dueMs = 0;
    QString title;
};

enum SubmissionStatus { NotStarted, InProgress, Submitted, Completed, Overdue, Graded };
constexpr std::array kSubmissionStatusNames = {std::string_view("NOT_STARTED"), std::string_view("IN_PROGRESS"),
                                               std::string_view("SUBMITTED"),   std::string_view("COMPLETED"),
                                               std::string_view("OVERDUE"),     std::string_view("GRADED")};
constexpr std::array kPriorityNames = {std::string_view("LOW"), std::string_view("NORMAL"), std::string_view("HIGH"),
                                       std::string_view("URGENT")};

constexpr int kProgressEvery = 4096;

// A time of day in milliseconds: a minute in [fromMinute, toMinute] plus random seconds.
// Every draw is its own statement, here and everywhere in this file: the order in which the
// operands of + or the arguments of a call are evaluated is unspecified in C++, and the demo
// data must not depend on the compiler.
std::int64_t timeOfDay(Random &random, int fromMinute, int toMinute)
{
    const std::int64_t minute = random.range(fromMinute, toMinute);
    const std::int64_t ms = random.range(0, 59999);
    return minute * kMsPerMinute + ms;
}

} // namespace

// --- options -----------------------------------------------------------------------------------

QString SeedOptions::defaultDepartmentsText()
{
    return QStringLiteral("MPD:Patrol,Traffic;SHP:North,South;CSO:Jail,Court");
}

QList<DepartmentSpec> SeedOptions::defaultDepartments()
{
    return *parseDepartments(defaultDepartmentsText(), nullptr);
}

std::optional<QList<DepartmentSpec>> SeedOptions::parseDepartments(const QString &text, QString *error)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_]+$"));
    QList<DepartmentSpec> result;
    QStringList seen; // top codes and derived sub-unit codes, upper case
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString top = part.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString subs = part.section(QLatin1Char(':'), 1).trimmed();
        if (!codePattern.match(top).hasMatch())
            return fail(tr("invalid department code '%1' (letters, digits and _ only)").arg(top));
        DepartmentSpec spec;
        spec.code = top;
        if (seen.contains(top.toUpper()))
            return fail(tr("department code '%1' appears twice").arg(top));
        seen << top.toUpper();
        for (const QString &sub : subs.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString code = sub.trimmed();
            if (!codePattern.match(code).hasMatch())
                return fail(tr("invalid sub-unit code '%1' in department %2 (letters, digits and _ only)").arg(code, top));
            const QString full = (top + QLatin1Char('-') + code).toUpper();
            if (seen.contains(full))
                return fail(tr("sub-unit '%1' appears twice in department %2").arg(code, top));
            seen << full;
            spec.subUnits << code;
        }
        result << spec;
    }
    if (result.isEmpty())
        return fail(tr("no departments given (expected e.g. \"%1\")").arg(defaultDepartmentsText()));
    return result;
}

QString SeedOptions::validate() const
{
    if (instructors < 1 || instructors > 100000)
        return tr("--instructors must be between 1 and 100000");
    if (studentsPerInstructor < 0 || studentsPerInstructor > 100000)
        return tr("--students-per-instructor must be between 0 and 100000");
    if (qint64(instructors) * studentsPerInstructor > 10000000)
        return tr("at most 10 000 000 students (instructors x students per instructor)");
    if (days < 1 || days > 3650)
        return tr("--days must be between 1 and 3650");
    if (departments.isEmpty())
        return tr("no departments given");
    return {};
}

// --- the generator -----------------------------------------------------------------------------

struct DemoGenerator::Private
{
    SeedOptions options;
    std::uint64_t seed = 0;
    int days = 0;
    std::int64_t firstEpochDay = 0;
    std::int64_t windowEndMs = 0; // 22:59:59.999 on the end date
    int tops = 0;
    int instructors = 0;
    int perInstructor = 0;
    int students = 0;

    std::vector<Department> departments;
    std::vector<int> units; // departments instructors work in; instructor i gets units[i % size], so
                            // neighbouring instructors differ in unit and every top department gets some
    std::vector<Assignment> assignments;
    std::vector<QVariantList> messages;
    std::vector<QVariantList> notifications;
    std::vector<std::string> firstEmail;
    std::vector<std::string> lastEmail;

    // user ordinals: 0 admin, then supervisors, instructors, students
    int supervisorOrdinal(int top) const { return 1 + top; }
    int instructorOrdinal(int instructor) const { return 1 + tops + instructor; }
    int studentOrdinal(int student) const { return 1 + tops + instructors + student; }
    int userCount() const { return 1 + tops + instructors + students; }

    std::int64_t dayStartMs(int day) const { return (firstEpochDay + day) * kMsPerDay; }
    bool isWeekend(int day) const { return time::weekday(firstEpochDay + day) >= 5; }

    Id userId(int ordinal) const { return makeId(streamKey(seed, kUserId, static_cast<std::uint64_t>(ordinal))); }
    Id profileId(int ordinal) const { return makeId(streamKey(seed, kProfileId, static_cast<std::uint64_t>(ordinal))); }
    int instructorUnit(int instructor) const { return units[static_cast<std::size_t>(instructor) % units.size()]; }

    struct Name
    {
        int first;
        int last;
    };
    Name name(int ordinal) const
    {
        Random random(streamKey(seed, kUserName, static_cast<std::uint64_t>(ordinal)));
        const int first = static_cast<int>(random.range(0, names::kFirstNames.size() - 1));
        const int last = static_cast<int>(random.range(0, names::kLastNames.size() - 1));
        return {first, last};
    }
    QString displayName(int ordinal) const
    {
        const Name n = name(ordinal);
        return qstring(names::kFirstNames[static_cast<std::size_t>(n.first)]) + QLatin1Char(' ')
               + qstring(names::kLastNames[static_cast<std::size_t>(n.last)]);
    }
    std::string email(int ordinal) const
    {
        const Name n = name(ordinal);
        return firstEmail[static_cast<std::size_t>(n.first)] + '.' + lastEmail[static_cast<std::size_t>(n.last)] + '.'
               + std::to_string(ordinal + 1) + kDemoEmailSuffix;
    }

    StudentProfile studentProfile(int student) const;
    // Draws whether the student practises on the day, and how much. Consumes the first draws
    // of the day's stream, so counting and generating agree.
    void planDay(const StudentProfile &profile, int day, Random &random, Day &out) const;
    void simulateDay(const StudentProfile &profile, int day, Day &out) const;
    void simulateQuiz(const StudentProfile &profile, double skill, Random &random, QuizSession &session) const;
    void simulateVoice(const StudentProfile &profile, double skill, Random &random, VoiceSession &session) const;
    std::int64_t lastLoginMs(const StudentProfile &profile) const; // -1 when never active

    void buildDepartments();
    void buildAssignments();
    void buildMessagesAndNotifications();
    qint64 countSessions(bool quiz) const;
    qint64 countSubmissions() const;

    bool writeDepartments(CopyWriter &writer) const;
    bool writeUsers(CopyWriter &writer, const std::function<void(qint64)> &progress) const;
    bool writeProfiles(CopyWriter &writer) const;
    bool writeProgress(CopyWriter &writer, const std::function<void(qint64)> &progress) const;
    bool writeQuizSessions(CopyWriter &writer, const std::function<void(qint64)> &progress) const;
    bool writeVoiceSessions(CopyWriter &writer, const std::function<void(qint64)> &progress) const;
    bool writeAssignments(CopyWriter &writer) const;
    bool writeSubmissions(CopyWriter &writer, const std::function<void(qint64)> &progress) const;
    static bool writeRows(CopyWriter &writer, const std::vector<QVariantList> &rows);
};

StudentProfile DemoGenerator::Private::studentProfile(int student) const
{
    Random random(streamKey(seed, kStudentProfile, static_cast<std::uint64_t>(student)));
    StudentProfile p;
    p.student = student;
    p.instructor = perInstructor > 0 ? student / perInstructor : 0;
    p.days = days;
    const auto kind = random.range(0, 99);
    p.archetype = kind < 65 ? Archetype::Regular : kind < 77 ? Archetype::Drifting : kind < 90 ? Archetype::Plateau : Archetype::Confuser;
    p.neverActive = p.archetype == Archetype::Regular && random.chance(0.015);
    const bool joinsLate = p.archetype != Archetype::Drifting && random.chance(0.15) && days >= 3;
    if (joinsLate) {
        p.firstDay = static_cast<int>(random.range(1, std::max(1, days * 2 / 3)));
        p.createdAtMs = dayStartMs(p.firstDay - 1) + timeOfDay(random, 8 * 60, 21 * 60);
    } else {
        p.firstDay = 0;
        const std::int64_t daysBefore = random.range(1, 90);
        p.createdAtMs = dayStartMs(0) - daysBefore * kMsPerDay + timeOfDay(random, 7 * 60, 22 * 60);
    }
    switch (p.archetype) {
    case Archetype::Plateau:
        p.startSkill = random.uniform(0.5, 0.62);
        p.gain = random.uniform(0.0, 0.04);
        p.activity = random.uniform(0.3, 0.6);
        p.abandonRate = 0.09;
        break;
    case Archetype::Drifting:
        p.startSkill = clamp(random.normal(0.45, 0.1), 0.2, 0.7);
        p.gain = random.uniform(0.1, 0.3);
        p.activity = random.uniform(0.55, 0.8);
        p.abandonRate = 0.11;
        break;
    case Archetype::Regular:
    case Archetype::Confuser:
        p.startSkill = clamp(random.normal(0.45, 0.1), 0.2, 0.7);
        p.gain = random.uniform(0.25, 0.45);
        p.activity = random.uniform(0.4, 0.7);
        p.abandonRate = p.archetype == Archetype::Regular ? 0.07 : 0.08;
        break;
    }
    if (p.startSkill + p.gain > 0.95)
        p.gain = 0.95 - p.startSkill;
    p.weekendFactor = random.uniform(0.3, 0.6);
    // Early birds, day-time and (most) evening learners; sessions spread around the preference.
    switch (random.weighted(std::array{15, 30, 55})) {
    case 0:
        p.preferredMinute = static_cast<int>(random.range(6 * 60, 9 * 60));
        break;
    case 1:
        p.preferredMinute = static_cast<int>(random.range(10 * 60, 16 * 60));
        break;
    default:
        p.preferredMinute = static_cast<int>(random.range(17 * 60, 21 * 60 + 30));
        break;
    }
    p.spreadMinutes = static_cast<int>(random.range(20, 75));
    p.lastDay = days - 1;
    if (p.archetype == Archetype::Drifting) {
        // Stops 15 to 40 days before the end date (less on short ranges, never under 15).
        const int maxOffset = std::max(15, days - 4);
        const int offset = 15 + static_cast<int>(random.range(0, std::min(25, maxOffset - 15)));
        p.lastDay = days - 1 - offset;
    }
    p.voiceRate = random.uniform(0.15, 0.5);
    p.categoryWeights = {kBaseCategoryWeights[0] + static_cast<int>(random.range(-10, 10)),
                         kBaseCategoryWeights[1] + static_cast<int>(random.range(-8, 8)),
                         kBaseCategoryWeights[2] + static_cast<int>(random.range(-8, 8))};
    p.hasTarget = random.chance(0.6);
    p.targetScore = 70 + 5 * static_cast<int>(random.range(0, 4));
    p.targetDays = static_cast<int>(random.range(10, 60));
    return p;
}

void DemoGenerator::Private::planDay(const StudentProfile &p, int day, Random &random, Day &out) const
{
    out.quizCount = 0;
    out.voiceCount = 0;
    if (p.neverActive || day < p.firstDay || day > p.lastDay)
        return;
    double probability = p.activity;
    if (isWeekend(day))
        probability *= p.weekendFactor;
    if (p.archetype == Archetype::Drifting && p.lastDay - day < 7)
        probability *= 0.6; // fading out before stopping
    if (!random.chance(probability))
        return;
    out.quizCount = 1 + random.weighted(kQuizPerDayWeights);
    out.voiceCount = random.chance(p.voiceRate) ? (random.chance(0.15) ? 2 : 1) : 0;
}

void DemoGenerator::Private::simulateDay(const StudentProfile &p, int day, Day &out) const
{
    Random random(streamKey(seed, kStudentDay, static_cast<std::uint64_t>(p.student), static_cast<std::uint64_t>(day)));
    planDay(p, day, random, out);
    const int sessions = out.quizCount + out.voiceCount;
    if (sessions == 0)
        return;
    // Start near the preferred time, early enough that every session of the day ends before 23:00.
    const int latest = kLatestStartMinute - (sessions - 1) * kMinutesPerSessionSlot;
    const auto startMinute = std::clamp<std::int64_t>(roundToInt(random.normal(p.preferredMinute, p.spreadMinutes)),
                                                      kEarliestStartMinute, latest);
    std::int64_t cursor = dayStartMs(day) + startMinute * kMsPerMinute;
    cursor += random.range(0, 59) * 1000;
    cursor += random.range(0, 999);
    std::array<int, 2> voiceAfter = {0, 0}; // a voice session follows this many quizzes
    for (int v = 0; v < out.voiceCount; ++v)
        voiceAfter[static_cast<std::size_t>(v)] = static_cast<int>(random.range(0, out.quizCount));
    if (out.voiceCount == 2 && voiceAfter[1] < voiceAfter[0])
        std::swap(voiceAfter[0], voiceAfter[1]);

    const double skill = p.skill(day);
    int quiz = 0;
    int voice = 0;
    for (int step = 0; step < sessions; ++step) {
        const bool voiceNow = voice < out.voiceCount && (quiz == out.quizCount || voiceAfter[static_cast<std::size_t>(voice)] <= quiz);
        if (voiceNow) {
            VoiceSession &session = out.voice[static_cast<std::size_t>(voice)];
            session.createdMs = cursor;
            session.sequence = voice++;
            simulateVoice(p, skill, random, session);
            cursor += session.durationSeconds * 1000LL;
        } else {
            QuizSession &session = out.quiz[static_cast<std::size_t>(quiz)];
            session.startMs = cursor;
            session.sequence = quiz++;
            simulateQuiz(p, skill, random, session);
            cursor = session.endMs;
        }
        cursor += timeOfDay(random, 2, 38); // a pause of 2 to 39 minutes
    }
}

void DemoGenerator::Private::simulateQuiz(const StudentProfile &p, double skill, Random &random, QuizSession &s) const
{
    const Content &c = content();
    s.category = random.weighted(p.categoryWeights);
    const int modules = kModuleCount[static_cast<std::size_t>(s.category)];
    // Better students work on later modules and at harder levels.
    const double level = skill * 1.3 - 0.25 + random.normal(0, 0.12);
    s.module = 1 + static_cast<int>(clamp(level, 0.0, 0.999) * modules);
    const double difficultyDraw = skill + random.normal(0, 0.07);
    s.difficulty = difficultyDraw < 0.5 ? 0 : difficultyDraw < 0.63 ? 1 : difficultyDraw < 0.78 ? 2 : 3;
    const double dayForm = random.normal(0, 0.06);
    const double base = skill + 0.22 - 0.04 * s.difficulty - 0.06 * (s.module - 1) / (modules - 1) + dayForm;
    const bool abandoned = random.chance(p.abandonRate);
    s.completed = !abandoned;
    s.answered = abandoned ? static_cast<int>(random.range(0, kQuestionsPerSession - 1)) : kQuestionsPerSession;

    const std::vector<int> &pool = c.pools[static_cast<std::size_t>(s.category)][static_cast<std::size_t>(s.module - 1)];
    std::array<int, 16> deck = {};
    const int poolSize = static_cast<int>(pool.size());
    std::copy(pool.begin(), pool.end(), deck.begin());
    s.correct = 0;
    std::int64_t elapsed = 0;
    for (int i = 0; i < s.answered; ++i) {
        const int pick = static_cast<int>(random.range(i, poolSize - 1)); // questions without repeats
        std::swap(deck[static_cast<std::size_t>(i)], deck[static_cast<std::size_t>(pick)]);
        const int item = deck[static_cast<std::size_t>(i)];
        double probability = clamp(base, 0.05, 0.98);
        if (p.archetype == Archetype::Confuser && c.confusable[static_cast<std::size_t>(item)])
            probability = 0.25 + 0.1 * skill; // 10-9 or 10-10? a coin toss, every time
        const bool right = random.chance(probability);
        const auto ms = std::clamp<std::int64_t>(roundToInt(random.normal(6000 - 3500 * skill, 900)) + (right ? 0 : 1800), 700, 15000);
        s.items[static_cast<std::size_t>(i)] = item;
        s.right[static_cast<std::size_t>(i)] = right;
        s.ms[static_cast<std::size_t>(i)] = static_cast<int>(ms);
        s.correct += right ? 1 : 0;
        elapsed += ms + random.range(4000, 12000); // reading the question and the feedback
    }
    if (abandoned)
        elapsed += random.range(5000, 60000); // looked at the next question, then left
    s.endMs = s.startMs + elapsed;
}

void DemoGenerator::Private::simulateVoice(const StudentProfile &p, double skill, Random &random, VoiceSession &s) const
{
    s.category = random.weighted(p.categoryWeights);
    s.phrase = static_cast<int>(random.range(0, phraseCount(s.category) - 1));
    s.scoreTenths = static_cast<int>(std::clamp<std::int64_t>(roundToInt((skill * 100 + 8 + random.normal(0, 10)) * 10), 50, 1000));
    s.accuracyThousandths = static_cast<int>(
        std::clamp<std::int64_t>(roundToInt((s.scoreTenths / 1000.0 + random.normal(0, 0.05)) * 1000), 0, 1000));
    s.durationSeconds = static_cast<int>(std::clamp<std::int64_t>(roundToInt(random.normal(330 - 120 * skill, 110)), 60, 600));
}

std::int64_t DemoGenerator::Private::lastLoginMs(const StudentProfile &p) const
{
    Day day;
    for (int d = std::min(p.lastDay, days - 1); d >= p.firstDay; --d) {
        Random random(streamKey(seed, kStudentDay, static_cast<std::uint64_t>(p.student), static_cast<std::uint64_t>(d)));
        planDay(p, d, random, day);
        if (day.quizCount + day.voiceCount == 0)
            continue;
        simulateDay(p, d, day);
        std::int64_t first = day.quizCount > 0 ? day.quiz[0].startMs : day.voice[0].createdMs;
        if (day.voiceCount > 0)
            first = std::min(first, day.voice[0].createdMs);
        return first - 60 * 1000; // signed in a minute before practising
    }
    return -1;
}

void DemoGenerator::Private::buildDepartments()
{
    const auto nameOfTop = [](const QString &code) {
        for (const auto &known : names::kKnownDepartments) {
            if (code.compare(qstring(known.code), Qt::CaseInsensitive) == 0)
                return std::pair{qstring(known.name), qstring(known.location)};
        }
        return std::pair{QStringLiteral("%1 Department").arg(code), QStringLiteral("Demo County")};
    };
    const auto nameOfSub = [](const QString &code) {
        for (const auto &known : names::kKnownSubUnits) {
            if (code.compare(qstring(known.code), Qt::CaseInsensitive) == 0)
                return qstring(known.name);
        }
        return code;
    };
    int index = 0;
    const auto created = [this](int i) {
        Random random(streamKey(seed, kDepartmentId, static_cast<std::uint64_t>(i), 1));
        const std::int64_t daysBefore = random.range(1500, 3000);
        return dayStartMs(0) - daysBefore * kMsPerDay + random.range(8 * 60, 17 * 60) * kMsPerMinute;
    };
    for (const DepartmentSpec &spec : options.departments) {
        Department top;
        top.id = makeId(streamKey(seed, kDepartmentId, static_cast<std::uint64_t>(index)));
        top.code = spec.code.toUpper();
        std::tie(top.name, top.location) = nameOfTop(spec.code);
        top.top = static_cast<int>(departments.size());
        top.createdMs = created(index++);
        departments.push_back(top);
    }
    tops = static_cast<int>(departments.size());
    for (int t = 0; t < tops; ++t) {
        const DepartmentSpec &spec = options.departments[t];
        if (spec.subUnits.isEmpty())
            units.push_back(t);
        for (const QString &subCode : spec.subUnits) {
            Department sub;
            sub.id = makeId(streamKey(seed, kDepartmentId, static_cast<std::uint64_t>(index)));
            sub.code = (spec.code + QLatin1Char('-') + subCode).toUpper();
            sub.name = departments[static_cast<std::size_t>(t)].name + QStringLiteral(" – ") + nameOfSub(subCode);
            sub.location = departments[static_cast<std::size_t>(t)].location;
            sub.parent = t;
            sub.top = t;
            sub.createdMs = created(index++);
            units.push_back(static_cast<int>(departments.size()));
            departments.push_back(sub);
        }
    }
}

void DemoGenerator::Private::buildAssignments()
{
    int global = 0;
    for (int i = 0; i < instructors; ++i) {
        Random random(streamKey(seed, kAssignment, static_cast<std::uint64_t>(i)));
        const int count = static_cast<int>(random.range(2, 4));
        for (int k = 0; k < count; ++k) {
            Assignment a;
            a.id = makeId(streamKey(seed, kAssignmentId, static_cast<std::uint64_t>(i), static_cast<std::uint64_t>(k)));
            a.instructor = i;
            a.indexOfInstructor = k;
            a.global = global++;
            if (k == 0) {
                a.createdDay = static_cast<int>(random.range(0, std::max(0, days / 4)));
            } else {
                const int base = static_cast<int>(static_cast<qint64>(days) * k / count);
                a.createdDay = std::min(days - 1, base + static_cast<int>(random.range(0, std::max(0, days / (2 * count)))));
            }
            a.createdMs = dayStartMs(a.createdDay) + timeOfDay(random, 7 * 60, 17 * 60);
            a.dueDay = a.createdDay + static_cast<int>(random.range(7, 21));
            if (k == 0 && days >= 10) // the first one is always past due, so every status can occur
                a.dueDay = std::max(a.createdDay + 1, std::min(a.dueDay, days - 2));
            a.dueMs = dayStartMs(a.dueDay) + 23 * kMsPerHour + 59 * kMsPerMinute;
            a.category = random.weighted(kBaseCategoryWeights);
            const int modules = kModuleCount[static_cast<std::size_t>(a.category)];
            a.moduleCount = static_cast<int>(random.range(1, 3));
            a.firstModule = static_cast<int>(random.range(1, modules - a.moduleCount + 1));
            a.targetScore = 70 + 5 * static_cast<int>(random.range(0, 3));
            a.priority = random.weighted(std::array{15, 55, 25, 5});
            const auto moduleId = [&](int m) {
                return QString::fromStdString(content().moduleIds[static_cast<std::size_t>(a.category)][static_cast<std::size_t>(m - 1)]);
            };
            const QString modulesText = a.moduleCount == 1 ? moduleId(a.firstModule)
                                                           : QStringLiteral("%1 to %2").arg(moduleId(a.firstModule),
                                                                                           moduleId(a.firstModule + a.moduleCount - 1));
            static const std::array kTitles = {"10-codes drill: %1", "Phonetic alphabet: %1", "Radio protocol: %1"};
            a.title = QString::fromUtf8(kTitles[static_cast<std::size_t>(a.category)]).arg(modulesText);
            assignments.push_back(a);
        }
    }
}

void DemoGenerator::Private::buildMessagesAndNotifications()
{
    int messageIndex = 0;
    int notificationIndex = 0;
    const auto clampToWindow = [this](std::int64_t ms) { return std::min(ms, windowEndMs); };
    const auto recipientStatus = [](Random &random) {
        switch (random.weighted(std::array{50, 35, 15})) {
        case 0:
            return QStringLiteral("read");
        case 1:
            return QStringLiteral("delivered");
        default:
            return QStringLiteral("sent");
        }
    };
    // recipients [{id, type, status}] and read_receipts {id: time} of one message
    const auto addressed = [&](Random &random, const QList<Id> &to, std::int64_t sentMs, QString *receipts, bool allRead) {
        QStringList entries;
        QStringList reads;
        for (const Id &id : to) {
            const QString status = allRead ? QStringLiteral("read") : recipientStatus(random);
            entries << QStringLiteral("{\"id\": \"%1\", \"type\": \"user\", \"status\": \"%2\"}").arg(id.toString(), status);
            if (status == QLatin1String("read")) {
                const std::int64_t readMs = clampToWindow(sentMs + random.range(5, 24 * 60) * kMsPerMinute);
                reads << QStringLiteral("\"%1\": \"%2\"").arg(id.toString(), isoTimestamp(readMs));
            }
        }
        *receipts = QLatin1Char('{') + reads.join(QStringLiteral(", ")) + QLatin1Char('}');
        return QLatin1Char('[') + entries.join(QStringLiteral(", ")) + QLatin1Char(']');
    };
    // id, sender_id, subject, content, content_type, category, priority, recipients, scheduled_at,
    // status, read_receipts, delivery_status, parent_id, sent_at, created_at, updated_at
    const auto message = [&](Random &random, int senderOrdinal, const QString &subject, const QString &body, const char *category,
                             const char *priority, const QList<Id> &to, std::int64_t sentMs, const QVariant &parent, bool allRead,
                             bool draft) {
        const Id id = makeId(streamKey(seed, kMessageId, static_cast<std::uint64_t>(messageIndex++)));
        QString receipts = QStringLiteral("{}");
        const QString recipients = draft ? QStringLiteral("[]") : addressed(random, to, sentMs, &receipts, allRead);
        const QByteArray when = timestampText(sentMs);
        messages.push_back({id.toByteArray(), userId(senderOrdinal).toByteArray(), subject, body, QByteArray("TEXT"),
                            QByteArray(category), QByteArray(priority), recipients, QVariant(), QByteArray(draft ? "DRAFT" : "SENT"),
                            receipts, draft ? QStringLiteral("{}") : QStringLiteral("{\"app\": \"delivered\"}"), parent,
                            draft ? QVariant() : QVariant(when), when, when});
        return id;
    };
    // id, user_id, title, message, action_url, type, category, priority, is_read, is_archived,
    // metadata, read_at, created_at
    const auto notify = [&](Random &random, int userOrdinal, const char *type, const char *priority, const QString &title,
                            const QString &text, const QVariant &actionUrl, const QString &metadata, std::int64_t createdMs) {
        const Id id = makeId(streamKey(seed, kNotificationId, static_cast<std::uint64_t>(notificationIndex++)));
        const bool read = createdMs < windowEndMs - kMsPerDay && random.chance(0.6);
        const QVariant readAt = read ? QVariant(timestampText(clampToWindow(createdMs + random.range(10, 24 * 60) * kMsPerMinute)))
                                     : QVariant();
        const char *category = std::string_view(type).starts_with("ASSIGNMENT") ? "assignments"
                               : std::string_view(type) == "MESSAGE_RECEIVED"   ? "messages"
                                                                                : "system";
        notifications.push_back({id.toByteArray(), userId(userOrdinal).toByteArray(), title, text, actionUrl, QByteArray(type),
                                 QByteArray(category), QByteArray(priority), read, false, metadata, readAt,
                                 timestampText(createdMs)});
    };
    const auto studentsOf = [this](int instructor, Random &random, int count) {
        QList<int> picked;
        if (perInstructor == 0)
            return picked;
        for (int attempt = 0; attempt < count * 4 && picked.size() < std::min(count, perInstructor); ++attempt) {
            const int s = instructor * perInstructor + static_cast<int>(random.range(0, perInstructor - 1));
            if (!picked.contains(s))
                picked << s;
        }
        return picked;
    };
    const std::int64_t lastMonday = [this] {
        int day = days - 1;
        while (day > 0 && time::weekday(firstEpochDay + day) != 0)
            --day;
        return dayStartMs(day) + 6 * kMsPerHour;
    }();

    for (int i = 0; i < instructors; ++i) {
        Random random(streamKey(seed, kMessages, static_cast<std::uint64_t>(i)));
        const int me = instructorOrdinal(i);
        const QString myName = displayName(me);
        const auto mine = [&] {
            QList<const Assignment *> list;
            for (const Assignment &a : assignments) {
                if (a.instructor == i)
                    list << &a;
            }
            return list;
        }();
        // A reminder before a due date, to a handful of students.
        for (const Assignment *a : mine) {
            const std::int64_t sentMs = std::max(a->createdMs + kMsPerHour, a->dueMs - 2 * kMsPerDay - 14 * kMsPerHour);
            if (sentMs > windowEndMs || perInstructor == 0)
                continue;
            QList<Id> to;
            for (int s : studentsOf(i, random, static_cast<int>(random.range(3, 8))))
                to << userId(studentOrdinal(s));
            message(random, me, QStringLiteral("Reminder: %1 is due %2").arg(a->title, dateText(a->dueDay + firstEpochDay)),
                    QStringLiteral("Hello,\n\n\"%1\" is due on %2 and your submission is still open. Aim for %3 % or better.\n\n"
                                    "Thanks,\n%4")
                        .arg(a->title, dateText(a->dueDay + firstEpochDay))
                        .arg(a->targetScore)
                        .arg(myName),
                    "REMINDER", "NORMAL", to, sentMs, QVariant(), false, false);
            break;
        }
        // Feedback to one student, and the student's reply.
        if (perInstructor > 0) {
            const int s = studentsOf(i, random, 1).value(0);
            const int studentOrd = studentOrdinal(s);
            const int day = static_cast<int>(random.range(std::max(0, days - 21), days - 1));
            const std::int64_t sentMs = dayStartMs(day) + timeOfDay(random, 8 * 60, 17 * 60);
            const QString studentName = displayName(studentOrd);
            const Id feedback = message(random, me, QStringLiteral("Feedback on your 10-codes practice"),
                                        QStringLiteral("Hi %1,\n\nYour accuracy is going up. Watch 10-9 (repeat) versus 10-10: "
                                                        "say them out loud before you answer.\n\n%2")
                                            .arg(studentName, myName),
                                        "FEEDBACK", "NORMAL", {userId(studentOrd)}, sentMs, QVariant(), true, false);
            const std::int64_t replyMs = clampToWindow(sentMs + random.range(30, 6 * 60) * kMsPerMinute);
            const Id reply = message(random, studentOrd, QStringLiteral("Re: Feedback on your 10-codes practice"),
                                     QStringLiteral("Thank you! I'll drill codes-2 again this week.\n— %1").arg(studentName),
                                     "FEEDBACK", "NORMAL", {userId(me)}, replyMs, feedback.toByteArray(), false, false);
            notify(random, me, "MESSAGE_RECEIVED", "NORMAL", QStringLiteral("New message from %1").arg(studentName),
                   QStringLiteral("%1 replied to \"Feedback on your 10-codes practice\".").arg(studentName),
                   QStringLiteral("dashboard://messages/%1").arg(reply.toString()),
                   QStringLiteral("{\"demo\": true, \"message_id\": \"%1\", \"student_id\": \"%2\"}")
                       .arg(reply.toString(), userId(studentOrd).toString()),
                   replyMs + 1000);
        }
        // Now and then a draft nobody has received yet.
        if (random.chance(0.35)) {
            const std::int64_t draftMs = windowEndMs - random.range(60, 3 * 24 * 60) * kMsPerMinute;
            message(random, me, QStringLiteral("Next week's plan"),
                    QStringLiteral("Draft:\n- phonetic review on Monday\n- protocol drill on Wednesday"), "ANNOUNCEMENT", "LOW",
                    {}, draftMs, QVariant(), false, true);
        }
        // Notifications: due dates, and the weekly report.
        Random notes(streamKey(seed, kNotifications, static_cast<std::uint64_t>(i)));
        for (const Assignment *a : mine) {
            const std::int64_t when = dayStartMs(a->dueDay - 1) + 7 * kMsPerHour;
            if (when > windowEndMs || a->dueDay - 1 < 0)
                continue;
            notify(notes, me, "ASSIGNMENT_DUE", "NORMAL", QStringLiteral("Assignment due tomorrow"),
                   QStringLiteral("\"%1\" is due on %2.").arg(a->title, dateText(a->dueDay + firstEpochDay)),
                   QStringLiteral("dashboard://assignments/%1").arg(a->id.toString()),
                   QStringLiteral("{\"demo\": true, \"assignment_id\": \"%1\"}").arg(a->id.toString()), when);
        }
        notify(notes, me, "REPORT_READY", "LOW", QStringLiteral("Weekly report ready"),
               QStringLiteral("Your class report for the week of %1 is ready.").arg(dateText(lastMonday / kMsPerDay - 7)),
               QStringLiteral("dashboard://reports/weekly"), QStringLiteral("{\"demo\": true}"), lastMonday);
    }

    // Supervisors announce to their department's instructors; the administrator to the supervisors.
    for (int t = 0; t < tops; ++t) {
        Random random(streamKey(seed, kMessages, 1000000ULL + static_cast<std::uint64_t>(t)));
        QList<Id> to;
        for (int i = 0; i < instructors; ++i) {
            if (departments[static_cast<std::size_t>(instructorUnit(i))].top == t)
                to << userId(instructorOrdinal(i));
        }
        const int day = static_cast<int>(random.range(0, days - 1));
        const std::int64_t sentMs = dayStartMs(day) + random.range(8 * 60, 12 * 60) * kMsPerMinute;
        if (!to.isEmpty()) {
            message(random, supervisorOrdinal(t), QStringLiteral("Certification window opens next month"),
                    QStringLiteral("Team,\n\nThe quarterly radio certification window opens next month. Please make sure "
                                    "every trainee has passed codes-4 and phonetic-3 by then.\n\n%1")
                        .arg(displayName(supervisorOrdinal(t))),
                    "ANNOUNCEMENT", "HIGH", to, sentMs, QVariant(), false, false);
        }
        notify(random, supervisorOrdinal(t), "REPORT_READY", "LOW", QStringLiteral("Department report ready"),
               QStringLiteral("The %1 report for the week of %2 is ready.")
                   .arg(departments[static_cast<std::size_t>(t)].name, dateText(lastMonday / kMsPerDay - 7)),
               QStringLiteral("dashboard://reports/department"), QStringLiteral("{\"demo\": true}"), lastMonday);
    }
    Random random(streamKey(seed, kMessages, 2000000ULL));
    QList<Id> supervisors;
    for (int t = 0; t < tops; ++t)
        supervisors << userId(supervisorOrdinal(t));
    const std::int64_t sentMs = dayStartMs(std::max(0, days - 10)) + 9 * kMsPerHour;
    message(random, 0, QStringLiteral("Dashboard maintenance on Sunday"),
            QStringLiteral("The dashboard will be unavailable on Sunday from 02:00 to 03:00 UTC for maintenance."), "ANNOUNCEMENT",
            "NORMAL", supervisors, sentMs, QVariant(), false, false);
    notify(random, 0, "SYSTEM_ALERT", "LOW", QStringLiteral("Nightly backup completed"),
           QStringLiteral("The nightly database backup completed without errors."), QVariant(), QStringLiteral("{\"demo\": true}"),
           std::min(windowEndMs, dayStartMs(days - 1) + 3 * kMsPerHour));
}

qint64 DemoGenerator::Private::countSessions(bool quiz) const
{
    qint64 total = 0;
    Day day;
    for (int s = 0; s < students; ++s) {
        const StudentProfile p = studentProfile(s);
        for (int d = p.firstDay; d <= p.lastDay; ++d) {
            Random random(streamKey(seed, kStudentDay, static_cast<std::uint64_t>(s), static_cast<std::uint64_t>(d)));
            planDay(p, d, random, day);
            total += quiz ? day.quizCount : day.voiceCount;
        }
    }
    return total;
}

qint64 DemoGenerator::Private::countSubmissions() const
{
    qint64 total = 0;
    for (const Assignment &a : assignments) {
        for (int k = 0; k < perInstructor; ++k) {
            const int s = a.instructor * perInstructor + k;
            Random random(streamKey(seed, kSubmission, static_cast<std::uint64_t>(a.global), static_cast<std::uint64_t>(s)));
            total += random.chance(0.8) ? 1 : 0;
        }
    }
    return total;
}

// --- writing -----------------------------------------------------------------------------------

bool DemoGenerator::Private::writeDepartments(CopyWriter &w) const
{
    for (const Department &dep : departments) {
        w.addRaw(dep.id.view());
        w.addText(dep.name);
        w.addText(dep.code);
        w.addText(dep.parent < 0 ? QStringLiteral("Demo data: %1, generated by seed-demo.").arg(dep.name)
                                 : QStringLiteral("Demo data: a unit of %1.").arg(departments[static_cast<std::size_t>(dep.parent)].name));
        if (dep.parent < 0)
            w.addNull();
        else
            w.addRaw(departments[static_cast<std::size_t>(dep.parent)].id.view());
        w.addText(dep.location);
        w.addText(QStringLiteral("{\"phone\": \"+1-555-01%1\", \"email\": \"training.%2%3\"}")
                      .arg(static_cast<int>(&dep - departments.data()), 2, 10, QLatin1Char('0'))
                      .arg(dep.code.toLower(), QString::fromLatin1(kDemoEmailSuffix)));
        w.addText(QStringLiteral("{\"demo\": true, \"seed\": %1}").arg(seed));
        w.addBool(true);
        addTimestamp(w, dep.createdMs);
        addTimestamp(w, dep.createdMs);
        if (!w.endRow())
            return false;
    }
    return true;
}

bool DemoGenerator::Private::writeUsers(CopyWriter &w, const std::function<void(qint64)> &progress) const
{
    qint64 rows = 0;
    const auto staff = [&](int ordinal, std::string_view role, int department) {
        Random random(streamKey(seed, kStaff, static_cast<std::uint64_t>(ordinal)));
        const std::int64_t daysBefore = random.range(200, 1500);
        const std::int64_t created = dayStartMs(0) - daysBefore * kMsPerDay + random.range(8 * 60, 17 * 60) * kMsPerMinute;
        const int daysAgo = static_cast<int>(random.range(0, std::min(2, days - 1)));
        const std::int64_t lastLogin = std::min(windowEndMs, dayStartMs(days - 1 - daysAgo) + timeOfDay(random, 7 * 60, 19 * 60));
        w.addRaw(userId(ordinal).view());
        w.addText(view(email(ordinal)));
        w.addText(displayName(ordinal));
        w.addRaw(view(role));
        w.addBool(true);
        addTimestamp(w, lastLogin);
        addTimestamp(w, created);
        addTimestamp(w, std::max(created, lastLogin));
        if (department < 0)
            w.addNull();
        else
            w.addRaw(departments[static_cast<std::size_t>(department)].id.view());
        ++rows;
        return w.endRow();
    };
    if (!staff(0, "ADMIN", -1))
        return false;
    for (int t = 0; t < tops; ++t) {
        if (!staff(supervisorOrdinal(t), "SUPERVISOR", t))
            return false;
    }
    for (int i = 0; i < instructors; ++i) {
        if (!staff(instructorOrdinal(i), "INSTRUCTOR", instructorUnit(i)))
            return false;
    }
    for (int s = 0; s < students; ++s) {
        const StudentProfile p = studentProfile(s);
        const int ordinal = studentOrdinal(s);
        const std::int64_t lastLogin = lastLoginMs(p);
        w.addRaw(userId(ordinal).view());
        w.addText(view(email(ordinal)));
        w.addText(displayName(ordinal));
        w.addRaw("USER");
        w.addBool(true);
        if (lastLogin < 0)
            w.addNull();
        else
            addTimestamp(w, lastLogin);
        addTimestamp(w, p.createdAtMs);
        addTimestamp(w, std::max(p.createdAtMs, lastLogin));
        // The department of the instructor's profile: the department rule demands it.
        w.addRaw(departments[static_cast<std::size_t>(instructorUnit(p.instructor))].id.view());
        if (!w.endRow())
            return false;
        if (++rows % kProgressEvery == 0 && progress)
            progress(rows);
    }
    return true;
}

bool DemoGenerator::Private::writeProfiles(CopyWriter &w) const
{
    const auto pickSome = [](Random &random, auto list, int most) {
        QStringList picked;
        const int count = static_cast<int>(random.range(1, most));
        for (int attempt = 0; attempt < 8 && picked.size() < count; ++attempt) {
            const QString item = qstring(list[static_cast<std::size_t>(random.range(0, static_cast<std::int64_t>(list.size()) - 1))]);
            if (!picked.contains(item))
                picked << item;
        }
        return picked;
    };
    const auto profile = [&](int ordinal, int department, int supervisorTop, bool supervisor) {
        Random random(streamKey(seed, kStaffProfile, static_cast<std::uint64_t>(ordinal)));
        const Department &dep = departments[static_cast<std::size_t>(department)];
        const std::int64_t daysBefore = random.range(100, 190);
        const std::int64_t created = dayStartMs(0) - daysBefore * kMsPerDay + random.range(8 * 60, 17 * 60) * kMsPerMinute;
        w.addRaw(profileId(ordinal).view());
        w.addRaw(userId(ordinal).view());
        w.addText(QStringLiteral("%1-%2").arg(departments[static_cast<std::size_t>(dep.top)].code).arg(ordinal + 1, 4, 10, QLatin1Char('0')));
        w.addText(textArray(pickSome(random, names::kCertifications, supervisor ? 3 : 2)));
        w.addText(textArray(pickSome(random, names::kSpecializations, 3)));
        w.addInt(supervisor ? random.range(12, 30) : random.range(2, 20));
        w.addRaw(dep.id.view());
        if (supervisorTop < 0)
            w.addNull();
        else
            w.addRaw(profileId(supervisorOrdinal(supervisorTop)).view());
        w.addText(dep.name);
        w.addText(QStringLiteral("{\"theme\": \"system\", \"defaultView\": \"%1\", \"riskThreshold\": 50}")
                      .arg(supervisor ? QStringLiteral("department") : QStringLiteral("students")));
        const bool byEmail = random.chance(0.7);
        const bool daily = random.chance(0.5);
        w.addText(QStringLiteral("{\"email\": %1, \"inApp\": true, \"atRisk\": true, \"digest\": \"%2\"}")
                      .arg(byEmail ? QStringLiteral("true") : QStringLiteral("false"),
                           daily ? QStringLiteral("daily") : QStringLiteral("weekly")));
        w.addBool(true);
        w.addBool(true);
        w.addBool(supervisor);
        addTimestamp(w, created);
        addTimestamp(w, created);
        return w.endRow();
    };
    for (int t = 0; t < tops; ++t) {
        if (!profile(supervisorOrdinal(t), t, -1, true))
            return false;
    }
    for (int i = 0; i < instructors; ++i) {
        const int unit = instructorUnit(i);
        if (!profile(instructorOrdinal(i), unit, departments[static_cast<std::size_t>(unit)].top, false))
            return false;
    }
    return true;
}

bool DemoGenerator::Private::writeProgress(CopyWriter &w, const std::function<void(qint64)> &progress) const
{
    const std::int64_t endDayMs = dayStartMs(days - 1);
    for (int s = 0; s < students; ++s) {
        const StudentProfile p = studentProfile(s);
        w.addRaw(makeId(streamKey(seed, kProgressId, static_cast<std::uint64_t>(s))).view());
        w.addRaw(userId(studentOrdinal(s)).view());
        w.addRaw(userId(instructorOrdinal(p.instructor)).view());
        if (p.hasTarget) {
            w.addInt(p.targetScore);
            addTimestamp(w, endDayMs + p.targetDays * kMsPerDay);
        } else {
            w.addNull();
            w.addNull();
        }
        addTimestamp(w, p.createdAtMs);
        addTimestamp(w, p.createdAtMs);
        // The names the Students list shows (0027), as writeUsers() and buildDepartments() give
        // them: written here, the insert trigger that would look them up is not called.
        w.addText(displayName(studentOrdinal(s)));
        w.addText(view(email(studentOrdinal(s))));
        w.addText(departments[static_cast<std::size_t>(instructorUnit(p.instructor))].name);
        w.addText(displayName(instructorOrdinal(p.instructor)));
        if (!w.endRow())
            return false;
        if ((s + 1) % kProgressEvery == 0 && progress)
            progress(s + 1);
    }
    return true;
}

bool DemoGenerator::Private::writeQuizSessions(CopyWriter &w, const std::function<void(qint64)> &progress) const
{
    const Content &c = content();
    qint64 rows = 0;
    Day day;
    std::string answers;
    answers.reserve(1024);
    char number[16];
    for (int s = 0; s < students; ++s) {
        const StudentProfile p = studentProfile(s);
        const Id user = userId(studentOrdinal(s));
        for (int d = p.firstDay; d <= p.lastDay; ++d) {
            simulateDay(p, d, day);
            for (int k = 0; k < day.quizCount; ++k) {
                const QuizSession &q = day.quiz[static_cast<std::size_t>(k)];
                w.addRaw(makeId(streamKey(seed, kQuizId, static_cast<std::uint64_t>(s), static_cast<std::uint64_t>(d), static_cast<std::uint64_t>(k))).view());
                w.addRaw(user.view());
                w.addRaw(view(c.moduleIds[static_cast<std::size_t>(q.category)][static_cast<std::size_t>(q.module - 1)]));
                w.addRaw(view(kCategoryNames[static_cast<std::size_t>(q.category)]));
                w.addRaw(view(kDifficultyNames[static_cast<std::size_t>(q.difficulty)]));
                if (q.completed)
                    w.addInt(q.correct * 100 / kQuestionsPerSession);
                else
                    w.addNull();
                w.addInt(q.answered);
                w.addInt(q.correct);
                if (q.answered == 0) {
                    w.addNull(); // opened and closed again: no answers at all
                } else {
                    answers.assign(1, '[');
                    for (int i = 0; i < q.answered; ++i) {
                        if (i > 0)
                            answers += ',';
                        answers += c.answerPrefix[static_cast<std::size_t>(q.items[static_cast<std::size_t>(i)])];
                        answers += q.right[static_cast<std::size_t>(i)] ? "true,\"ms\":" : "false,\"ms\":";
                        const auto end = std::to_chars(number, number + sizeof number, q.ms[static_cast<std::size_t>(i)]).ptr;
                        answers.append(number, end);
                        answers += '}';
                    }
                    answers += ']';
                    w.addRaw(view(answers));
                }
                addTimestamp(w, q.startMs);
                if (q.completed)
                    addTimestamp(w, q.endMs);
                else
                    w.addNull();
                if (!w.endRow())
                    return false;
                if (++rows % kProgressEvery == 0 && progress)
                    progress(rows);
            }
        }
    }
    return true;
}

bool DemoGenerator::Private::writeVoiceSessions(CopyWriter &w, const std::function<void(qint64)> &progress) const
{
    qint64 rows = 0;
    Day day;
    for (int s = 0; s < students; ++s) {
        const StudentProfile p = studentProfile(s);
        const Id user = userId(studentOrdinal(s));
        for (int d = p.firstDay; d <= p.lastDay; ++d) {
            Random plan(streamKey(seed, kStudentDay, static_cast<std::uint64_t>(s), static_cast<std::uint64_t>(d)));
            planDay(p, d, plan, day);
            if (day.voiceCount == 0)
                continue; // no need to simulate the quizzes of the day
            simulateDay(p, d, day);
            for (int k = 0; k < day.voiceCount; ++k) {
                const VoiceSession &v = day.voice[static_cast<std::size_t>(k)];
                w.addRaw(makeId(streamKey(seed, kVoiceId, static_cast<std::uint64_t>(s), static_cast<std::uint64_t>(d), static_cast<std::uint64_t>(k))).view());
                w.addRaw(user.view());
                w.addRaw(view(kCategoryNames[static_cast<std::size_t>(v.category)]));
                w.addText(view(phrase(v.category, v.phrase)));
                addFixed(w, v.scoreTenths, 1);
                addFixed(w, v.accuracyThousandths, 3);
                w.addInt(v.durationSeconds);
                addTimestamp(w, v.createdMs);
                if (!w.endRow())
                    return false;
                if (++rows % kProgressEvery == 0 && progress)
                    progress(rows);
            }
        }
    }
    return true;
}

bool DemoGenerator::Private::writeAssignments(CopyWriter &w) const
{
    for (const Assignment &a : assignments) {
        QStringList modules;
        for (int m = a.firstModule; m < a.firstModule + a.moduleCount; ++m)
            modules << QString::fromStdString(content().moduleIds[static_cast<std::size_t>(a.category)][static_cast<std::size_t>(m - 1)]);
        const QString difficulty = a.targetScore >= 80 ? QStringLiteral("MEDIUM") : QStringLiteral("EASY");
        w.addRaw(a.id.view());
        w.addRaw(userId(instructorOrdinal(a.instructor)).view());
        w.addText(a.title);
        w.addText(QStringLiteral("Complete %1 at %2 difficulty or above.\nTarget score: %3 %. Up to 3 attempts.")
                      .arg(modules.join(QLatin1String(", ")), difficulty)
                      .arg(a.targetScore));
        w.addText(QStringLiteral("Practise in a quiet room with headphones.\nRead back every code before you answer."));
        w.addText(textArray(modules));
        w.addInt(a.targetScore);
        w.addInt(3);
        w.addBool(true);
        addTimestamp(w, a.createdMs);
        addTimestamp(w, a.dueMs);
        addTimestamp(w, a.createdMs);
        w.addNull();
        w.addRaw(a.dueDay < days - 14 ? "COMPLETED" : "ACTIVE");
        w.addRaw(view(kPriorityNames[static_cast<std::size_t>(a.priority)]));
        w.addBool(false);
        w.addInt(20 * a.moduleCount);
        w.addText(textArray({QString::fromLatin1(kCategoryNames[static_cast<std::size_t>(a.category)].data()).toLower(),
                             QStringLiteral("drill")}));
        w.addRaw(view(kCategoryNames[static_cast<std::size_t>(a.category)]));
        addTimestamp(w, a.createdMs);
        addTimestamp(w, a.createdMs);
        if (!w.endRow())
            return false;
    }
    return true;
}

bool DemoGenerator::Private::writeSubmissions(CopyWriter &w, const std::function<void(qint64)> &progress) const
{
    qint64 rows = 0;
    for (const Assignment &a : assignments) {
        const bool duePassed = a.dueDay <= days - 1;
        const std::int64_t limitMs = std::max(a.createdMs + kMsPerHour, std::min(a.dueMs, windowEndMs));
        int participants = 0;
        for (int k = 0; k < perInstructor; ++k) {
            const int s = a.instructor * perInstructor + k;
            Random random(streamKey(seed, kSubmission, static_cast<std::uint64_t>(a.global), static_cast<std::uint64_t>(s)));
            if (!random.chance(0.8))
                continue;
            const StudentProfile p = studentProfile(s);
            int status;
            if (a.indexOfInstructor == 0 && participants < 6) {
                status = participants; // every status occurs for every instructor
            } else if (duePassed) {
                const int overdueWeight = p.archetype == Archetype::Drifting ? 60 : 25;
                status = random.weighted(std::array{5, 5, 10, 25, overdueWeight, 30});
            } else {
                status = random.weighted(std::array{35, 30, 15, 15, 0, 5});
            }
            ++participants;
            const std::int64_t span = limitMs - a.createdMs;
            const bool started = status != NotStarted && !(status == Overdue && random.chance(0.5));
            const std::int64_t startedMs = a.createdMs + static_cast<std::int64_t>(span * random.uniform(0.05, 0.6));
            const std::int64_t submittedMs = startedMs + static_cast<std::int64_t>((limitMs - startedMs) * random.uniform(0.1, 0.9));
            const bool hasSubmitted = status == Submitted || status == Completed || status == Graded;
            const bool hasScore = status == Completed || status == Graded;
            const int dueSkillDay = std::min(days - 1, a.dueDay);
            const auto score = std::clamp<std::int64_t>(roundToInt(p.skill(dueSkillDay) * 100 + 15 + random.normal(0, 8)), 40, 100);
            const std::int64_t completedMs = status == Graded
                                                 ? std::min(windowEndMs, submittedMs + random.range(60, 48 * 60) * kMsPerMinute)
                                                 : submittedMs + random.range(0, 300) * 1000;

            w.addRaw(makeId(streamKey(seed, kSubmissionId, static_cast<std::uint64_t>(a.global), static_cast<std::uint64_t>(s))).view());
            w.addRaw(a.id.view());
            w.addRaw(userId(studentOrdinal(s)).view());
            w.addRaw(view(kSubmissionStatusNames[static_cast<std::size_t>(status)]));
            w.addInt(1);
            if (hasScore)
                w.addInt(score);
            else
                w.addNull();
            if (hasScore)
                addTimestamp(w, std::min(completedMs, windowEndMs));
            else
                w.addNull();
            w.addInt(started ? random.range(10, 90) : 0);
            if (status == Graded)
                w.addText(view(names::kInstructorFeedback[static_cast<std::size_t>(random.range(0, names::kInstructorFeedback.size() - 1))]));
            else
                w.addNull();
            if (hasScore)
                w.addText(QStringLiteral("Scored %1 %; target %2 %: %3.")
                              .arg(score)
                              .arg(a.targetScore)
                              .arg(score >= a.targetScore ? QStringLiteral("met") : QStringLiteral("not met yet")));
            else
                w.addNull();
            if (started)
                addTimestamp(w, startedMs);
            else
                w.addNull();
            if (hasSubmitted)
                addTimestamp(w, submittedMs);
            else
                w.addNull();
            addTimestamp(w, a.createdMs);
            addTimestamp(w, a.createdMs);
            if (!w.endRow())
                return false;
            if (++rows % kProgressEvery == 0 && progress)
                progress(rows);
        }
    }
    return true;
}

bool DemoGenerator::Private::writeRows(CopyWriter &writer, const std::vector<QVariantList> &rows)
{
    for (const QVariantList &row : rows) {
        if (!writer.addRow(row))
            return false;
    }
    return true;
}

// --- public interface --------------------------------------------------------------------------

DemoGenerator::DemoGenerator(const SeedOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    if (!d->options.endDate.isValid())
        d->options.endDate = QDateTime::currentDateTimeUtc().date();
    d->seed = options.seed;
    d->days = std::max(1, options.days);
    const QDate end = d->options.endDate;
    const std::int64_t endEpochDay = time::daysFromCivil(end.year(), end.month(), end.day());
    d->firstEpochDay = endEpochDay - (d->days - 1);
    d->windowEndMs = endEpochDay * kMsPerDay + 22 * kMsPerHour + 59 * kMsPerMinute + 59999;
    d->instructors = options.instructors;
    d->perInstructor = options.studentsPerInstructor;
    d->students = d->instructors * d->perInstructor;
    for (auto first : names::kFirstNames)
        d->firstEmail.push_back(emailPart(first));
    for (auto last : names::kLastNames)
        d->lastEmail.push_back(emailPart(last));
    d->buildDepartments();
    d->buildAssignments();
    d->buildMessagesAndNotifications();
}

DemoGenerator::~DemoGenerator() = default;

QList<DemoTable> DemoGenerator::tables()
{
    return {DemoTable::Departments,   DemoTable::Users,       DemoTable::InstructorProfiles,    DemoTable::StudentProgress,
            DemoTable::QuizSessions,  DemoTable::VoicePracticeSessions, DemoTable::Assignments, DemoTable::AssignmentSubmissions,
            DemoTable::Messages,      DemoTable::Notifications};
}

QString DemoGenerator::tableName(DemoTable table)
{
    switch (table) {
    case DemoTable::Departments:
        return QStringLiteral("departments");
    case DemoTable::Users:
        return QStringLiteral("users");
    case DemoTable::InstructorProfiles:
        return QStringLiteral("instructor_profiles");
    case DemoTable::StudentProgress:
        return QStringLiteral("student_progress");
    case DemoTable::QuizSessions:
        return QStringLiteral("quiz_sessions");
    case DemoTable::VoicePracticeSessions:
        return QStringLiteral("voice_practice_sessions");
    case DemoTable::Assignments:
        return QStringLiteral("assignments");
    case DemoTable::AssignmentSubmissions:
        return QStringLiteral("assignment_submissions");
    case DemoTable::Messages:
        return QStringLiteral("messages");
    case DemoTable::Notifications:
        return QStringLiteral("notifications");
    }
    return {};
}

QStringList DemoGenerator::columns(DemoTable table)
{
    const auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    switch (table) {
    case DemoTable::Departments:
        return list("id name code description parent_id location contact_info settings is_active created_at updated_at");
    case DemoTable::Users:
        return list("id email name role is_active last_login_at created_at updated_at department_id");
    case DemoTable::InstructorProfiles:
        return list("id user_id employee_id certification specializations experience department_id supervisor_id territory "
                    "dashboard_settings notification_settings is_active can_assign can_view_all created_at updated_at");
    case DemoTable::StudentProgress:
        return list("id student_id instructor_id target_score target_date created_at updated_at "
                    "student_name student_email department_name instructor_name");
    case DemoTable::QuizSessions:
        return list("id user_id module_id category difficulty score questions_answered correct_answers answers started_at completed_at");
    case DemoTable::VoicePracticeSessions:
        return list("id user_id category phrase score accuracy duration created_at");
    case DemoTable::Assignments:
        return list("id instructor_id title description instructions modules target_score max_attempts allow_retakes assigned_at "
                    "due_date available_from available_until status priority is_template estimated_duration tags category "
                    "created_at updated_at");
    case DemoTable::AssignmentSubmissions:
        return list("id assignment_id student_id status attempt_number score completed_at total_time instructor_feedback "
                    "auto_feedback started_at submitted_at created_at updated_at");
    case DemoTable::Messages:
        return list("id sender_id subject content content_type category priority recipients scheduled_at status read_receipts "
                    "delivery_status parent_id sent_at created_at updated_at");
    case DemoTable::Notifications:
        return list("id user_id title message action_url type category priority is_read is_archived metadata read_at created_at");
    }
    return {};
}

qint64 DemoGenerator::rowCount(DemoTable table) const
{
    switch (table) {
    case DemoTable::Departments:
        return static_cast<qint64>(d->departments.size());
    case DemoTable::Users:
        return d->userCount();
    case DemoTable::InstructorProfiles:
        return d->tops + d->instructors;
    case DemoTable::StudentProgress:
        return d->students;
    case DemoTable::QuizSessions:
        return d->countSessions(true);
    case DemoTable::VoicePracticeSessions:
        return d->countSessions(false);
    case DemoTable::Assignments:
        return static_cast<qint64>(d->assignments.size());
    case DemoTable::AssignmentSubmissions:
        return d->countSubmissions();
    case DemoTable::Messages:
        return static_cast<qint64>(d->messages.size());
    case DemoTable::Notifications:
        return static_cast<qint64>(d->notifications.size());
    }
    return 0;
}

bool DemoGenerator::write(DemoTable table, db::CopyWriter &writer, const std::function<void(qint64)> &progress) const
{
    switch (table) {
    case DemoTable::Departments:
        return d->writeDepartments(writer);
    case DemoTable::Users:
        return d->writeUsers(writer, progress);
    case DemoTable::InstructorProfiles:
        return d->writeProfiles(writer);
    case DemoTable::StudentProgress:
        return d->writeProgress(writer, progress);
    case DemoTable::QuizSessions:
        return d->writeQuizSessions(writer, progress);
    case DemoTable::VoicePracticeSessions:
        return d->writeVoiceSessions(writer, progress);
    case DemoTable::Assignments:
        return d->writeAssignments(writer);
    case DemoTable::AssignmentSubmissions:
        return d->writeSubmissions(writer, progress);
    case DemoTable::Messages:
        return Private::writeRows(writer, d->messages);
    case DemoTable::Notifications:
        return Private::writeRows(writer, d->notifications);
    }
    return false;
}

const SeedOptions &DemoGenerator::options() const
{
    return d->options;
}

QDate DemoGenerator::firstDate() const
{
    return d->options.endDate.addDays(-(d->days - 1));
}

int DemoGenerator::studentCount() const
{
    return d->students;
}

QString DemoGenerator::studentId(int student) const
{
    return d->userId(d->studentOrdinal(student)).toString();
}

QString DemoGenerator::studentEmail(int student) const
{
    return QString::fromStdString(d->email(d->studentOrdinal(student)));
}

Archetype DemoGenerator::archetype(int student) const
{
    return d->studentProfile(student).archetype;
}

QString DemoGenerator::instructorId(int instructor) const
{
    return d->userId(d->instructorOrdinal(instructor)).toString();
}

QStringList DemoGenerator::departmentCodes() const
{
    QStringList codes;
    for (const auto &dep : d->departments)
        codes << dep.code;
    return codes;
}

QStringList DemoGenerator::departmentNames() const
{
    QStringList list;
    for (const auto &dep : d->departments)
        list << dep.name;
    return list;
}

} // namespace dashboard::demo
