// Random numbers that are the same on every run, compiler, standard library and CPU.
//
// std::uniform_int_distribution and friends are implementation-defined (libstdc++, libc++ and
// MSVC give different sequences for the same engine), and std::normal_distribution or
// Box-Muller need log/cos, whose last bits differ between libms. Everything here is integer
// arithmetic plus IEEE-754 additions, multiplications and divisions, which are exact-rounded
// everywhere (the demo sources are compiled with -ffp-contract=off so no FMA changes a bit).
#pragma once

#include <cstdint>

namespace dashboard::demo {

// SplitMix64's output function: a bijective 64-bit mixer (Steele, Lea, Flood 2014).
constexpr std::uint64_t mix64(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// A key for a random stream: the seed and up to four coordinates (what, who, when, which).
// Counter-based, so any student's any day can be regenerated on its own, in any order.
constexpr std::uint64_t streamKey(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0,
                                  std::uint64_t d = 0)
{
    std::uint64_t h = mix64(seed + 0x9e3779b97f4a7c15ULL);
    h = mix64(h ^ (a + 0x632be59bd9b4e019ULL));
    h = mix64(h ^ (b + 0x8cb92ba72f3d8dd7ULL));
    h = mix64(h ^ (c + 0xd6e8feb86659fd93ULL));
    h = mix64(h ^ (d + 0xa0761d6478bd642fULL));
    return h;
}

// xoshiro256** 1.0 (Blackman, Vigna), seeded through SplitMix64 as its authors recommend.
class Random
{
public:
    explicit constexpr Random(std::uint64_t seed)
    {
        for (auto &word : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            word = mix64(seed);
        }
    }

    constexpr std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1), 53 random bits: exact, no rounding involved.
    constexpr double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    constexpr double uniform(double low, double high) { return low + (high - low) * uniform(); }

    // Uniform integer in [low, high], unbiased (rejection of the short last bucket).
    constexpr std::int64_t range(std::int64_t low, std::int64_t high)
    {
        const std::uint64_t span = static_cast<std::uint64_t>(high - low) + 1;
        if (span == 0) // the whole 64-bit range
            return static_cast<std::int64_t>(next());
        const std::uint64_t threshold = (0 - span) % span; // 2^64 mod span
        std::uint64_t r = next();
        while (r < threshold)
            r = next();
        return low + static_cast<std::int64_t>(r % span);
    }

    constexpr bool chance(double probability) { return uniform() < probability; }

    // Approximately normal: Irwin-Hall with 12 terms (sum of 12 uniforms minus 6 has mean 0 and
    // variance 1 exactly), bounded to +-6 sd, which suits simulated human behaviour well.
    constexpr double normal(double mean, double sd)
    {
        double sum = -6.0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return mean + sd * sum;
    }

    // Picks an index with the given relative integer weights.
    template<typename Weights>
    constexpr int weighted(const Weights &weights)
    {
        std::int64_t total = 0;
        for (auto w : weights)
            total += w;
        std::int64_t r = range(0, total - 1);
        int index = 0;
        for (auto w : weights) {
            if (r < w)
                return index;
            r -= w;
            ++index;
        }
        return index - 1;
    }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_s[4] = {};
};

constexpr double clamp(double value, double low, double high)
{
    return value < low ? low : (value > high ? high : value);
}

// Rounds half away from zero without <cmath> (std::round is exact too, but this keeps the
// file free of libm).
constexpr std::int64_t roundToInt(double value)
{
    return value < 0 ? -static_cast<std::int64_t>(-value + 0.5) : static_cast<std::int64_t>(value + 0.5);
}

} // namespace dashboard::demo
