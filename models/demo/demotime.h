// Calendar arithmetic and COPY-ready timestamp text for the demo generator, without QDateTime
// (millions of timestamps are formatted; this is integer arithmetic into a char buffer).
#pragma once

#include <cstdint>

namespace dashboard::demo::time {

constexpr std::int64_t kMsPerMinute = 60 * 1000;
constexpr std::int64_t kMsPerHour = 60 * kMsPerMinute;
constexpr std::int64_t kMsPerDay = 24 * kMsPerHour;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
constexpr std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct CivilDate
{
    int year;
    int month;
    int day;
};

constexpr CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + static_cast<int>(era) * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {y + (m <= 2), m, d};
}

// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
constexpr int weekday(std::int64_t days)
{
    const std::int64_t w = (days + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

namespace detail {
constexpr char *digits(char *out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}
} // namespace detail

// "YYYY-MM-DD" (10 chars, years 0-9999). Returns the end of what was written.
constexpr char *writeDate(char *out, std::int64_t days)
{
    const CivilDate date = civilFromDays(days);
    out = detail::digits(out, static_cast<unsigned>(date.year), 4);
    *out++ = '-';
    out = detail::digits(out, static_cast<unsigned>(date.month), 2);
    *out++ = '-';
    return detail::digits(out, static_cast<unsigned>(date.day), 2);
}

// "YYYY-MM-DD HH:MM:SS.mmm" (23 chars) of milliseconds since the epoch, UTC, as timestamp(3)
// accepts it. Returns the end of what was written.
constexpr char *writeTimestamp(char *out, std::int64_t msSinceEpoch)
{
    const std::int64_t days = floorDiv(msSinceEpoch, kMsPerDay);
    auto ms = static_cast<unsigned>(msSinceEpoch - days * kMsPerDay);
    out = writeDate(out, days);
    *out++ = ' ';
    out = detail::digits(out, ms / kMsPerHour, 2);
    ms %= kMsPerHour;
    *out++ = ':';
    out = detail::digits(out, ms / kMsPerMinute, 2);
    ms %= kMsPerMinute;
    *out++ = ':';
    out = detail::digits(out, ms / 1000, 2);
    *out++ = '.';
    return detail::digits(out, ms % 1000, 3);
}

constexpr int kTimestampLength = 23;
constexpr int kDateLength = 10;

} // namespace dashboard::demo::time
