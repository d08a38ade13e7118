#include "reconnectbackoff.h"

#include <algorithm>

namespace dashboard::sync {

ReconnectBackoff::ReconnectBackoff(Duration first, Duration longest, quint32 seed)
    : m_first(first)
    , m_longest(std::max(first, longest))
    , m_random(seed)
{
}

ReconnectBackoff::Duration ReconnectBackoff::next()
{
    // 2^failures without overflow: past 30 doublings every wait is `longest` anyway.
    const int doublings = std::min(m_failures, 30);
    const qint64 base = std::min<qint64>(m_first.count() * (qint64(1) << doublings), m_longest.count());
    ++m_failures;
    const double jitter = 0.8 + 0.4 * m_random.generateDouble(); // [0.8, 1.2)
    return Duration(std::min<qint64>(qint64(double(base) * jitter), m_longest.count()));
}

void ReconnectBackoff::reset()
{
    m_failures = 0;
}

} // namespace dashboard::sync
