#pragma once

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace ep {

// A Bloom filter over strings: whether a key may have been added (rarely a
// false yes, never a false no), in one MiB however many keys are added. The
// import asks it before looking a person up in the database, which most rows
// of a new registration list would do in vain.
class KeyFilter final
{
public:
    void add(const QString &key)
    {
        for (size_t bit : bitsOf(key))
            m_bits[bit / 64] |= quint64(1) << (bit % 64);
    }

    bool mightContain(const QString &key) const
    {
        for (size_t bit : bitsOf(key)) {
            if (!(m_bits[bit / 64] & (quint64(1) << (bit % 64))))
                return false;
        }
        return true;
    }

private:
    static constexpr size_t bitCount = size_t(8) * 1024 * 1024;

    static std::array<size_t, 2> bitsOf(const QString &key)
    {
        return {qHash(key, 0x9E3779B9) % bitCount, qHash(key, 0x85EBCA6B) % bitCount};
    }

    std::vector<quint64> m_bits = std::vector<quint64>(bitCount / 64);
};

} // namespace ep
