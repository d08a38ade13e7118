#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace dashboard::sync {

// How long to wait before the next attempt to reach the server after a failure: doubling from
// `first` up to `longest`, each wait shortened or lengthened by up to a fifth at random, so that a
// hundred laptops that lost the same server do not all come back in the same second.
class ReconnectBackoff
{
public:
    using Duration = std::chrono::milliseconds;

    explicit ReconnectBackoff(Duration first = std::chrono::seconds(2), Duration longest = std::chrono::minutes(5),
                              quint32 seed = QRandomGenerator::global()->generate());

    // The wait before the next attempt; each call after a failure doubles the base wait.
    Duration next();
    // After a success: the next failure starts again from `first`.
    void reset();

    int failures() const { return m_failures; }

private:
    Duration m_first;
    Duration m_longest;
    int m_failures = 0;
    QRandomGenerator m_random;
};

} // namespace dashboard::sync
