#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <random>
#include <span>

namespace ep::bench {

// The generator's only source of chance. std::mt19937's sequence is fixed by
// the standard; the draws from it are made here rather than by
// std::uniform_int_distribution, whose algorithm each standard library
// chooses, so that a seed gives the same database with any compiler.
class Random final
{
public:
    explicit Random(std::uint32_t seed)
        : m_engine(seed)
    {}

    // 0 … n − 1 (n > 0): the high half of a 64-bit product, whose bias of
    // at most n / 2³² is of no account for test data.
    int below(int n) { return int((std::uint64_t(m_engine()) * std::uint64_t(n)) >> 32); }
    int between(int low, int high) { return low + below(high - low + 1); }
    // True with probability `p`.
    bool chance(double p) { return double(m_engine()) < p * 4294967296.0; }

    template <typename T>
    const T &pick(std::span<const T> items)
    {
        return items[below(int(items.size()))];
    }
    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items[below(int(items.size()))];
    }
    QString pickText(std::span<const QStringView> items) { return pick(items).toString(); }

    // `count` decimal digits, the first not 0 (a phone number, a meeting id).
    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QChar(char16_t(u'0' + (i == 0 ? between(1, 9) : below(10))));
        return text;
    }

    // The index of `weights` drawn with the chance each weight gives.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        int draw = below(total);
        for (int index = 0; index < int(weights.size()); ++index) {
            if (draw < weights[index])
                return index;
            draw -= weights[index];
        }
        return int(weights.size()) - 1;
    }

private:
    std::mt19937 m_engine;
};

} // namespace ep::bench
