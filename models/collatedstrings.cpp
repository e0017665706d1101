#include "models/collatedstrings.h"

#include <QCollatorSortKey>

#include <algorithm>

namespace Glance {

namespace {

// Rough heap cost of one QString's data block (header + UTF-16 + terminator, malloc rounding).
qsizetype stringHeapBytes(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const qsizetype raw = 16 + (text.capacity() + 1) * qsizetype(sizeof(char16_t));
    return (raw + 15) / 16 * 16 + 8;
}

} // namespace

CollatedStrings::CollatedStrings(Interning interning)
    : m_interning(interning)
{
    m_collator.setNumericMode(true);
    m_strings.append(QString());
    m_index.insert(QString(), 0);
    m_sorted.push_back(0);
    m_ranks.push_back(0);
}

quint32 CollatedStrings::add(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const bool unique = m_interning == Interning::Unique;
    if (unique) {
        const auto found = m_index.constFind(text);
        if (found != m_index.cend())
            return found.value();
    }

    const auto index = quint32(m_strings.size());
    m_strings.append(text);
    if (unique)
        m_index.insert(text, index);
    // The empty string stays first; the rest by the collator.
    const auto pos = std::upper_bound(
            m_sorted.begin() + 1, m_sorted.end(), index, [this](quint32 a, quint32 b) {
                return m_collator.compare(m_strings.at(a), m_strings.at(b)) < 0;
            });
    m_sorted.insert(pos, index);
    m_ranks.push_back(0);
    m_ranksDirty = true;
    return index;
}

void CollatedStrings::renumber() const
{
    m_ranks.resize(m_sorted.size());
    for (std::size_t i = 0; i < m_sorted.size(); ++i)
        m_ranks[m_sorted[i]] = quint32(i);
    m_ranksDirty = false;
}

void CollatedStrings::setCollator(const QCollator &collator)
{
    m_collator = collator;
    m_collator.setNumericMode(true);
    // Sort keys: one collator pass per string instead of one per comparison.
    std::vector<QCollatorSortKey> keys;
    keys.reserve(std::size_t(m_strings.size()));
    for (const QString &text : std::as_const(m_strings))
        keys.push_back(m_collator.sortKey(text));
    std::stable_sort(m_sorted.begin() + 1, m_sorted.end(),
                     [&keys](quint32 a, quint32 b) { return keys[a].compare(keys[b]) < 0; });
    m_ranksDirty = true;
}

qsizetype CollatedStrings::memoryBytes() const
{
    qsizetype bytes = qsizetype(sizeof(*this));
    bytes += m_strings.capacity() * qsizetype(sizeof(QString));
    for (const QString &text : m_strings)
        bytes += stringHeapBytes(text);
    // QHash: a span entry (key + value) plus about one byte of offset table per slot, at a
    // load factor of at most 1/2.
    bytes += qsizetype(m_index.capacity()) * qsizetype(sizeof(QString) + sizeof(quint32) + 8 + 1);
    bytes += qsizetype(m_sorted.capacity() + m_ranks.capacity()) * qsizetype(sizeof(quint32));
    return bytes;
}

} // namespace Glance
