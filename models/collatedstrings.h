#pragma once

#include <QCollator>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Glance {

// Strings kept in collation order, so that sorting many rows by a string column costs an integer
// sort on ranks instead of collator comparisons. Inserting keeps the order with a binary search
// of collator comparisons (O(log n) compares + one memmove); ranks are renumbered lazily in
// O(n). Index 0 is always the empty string.
//
// Interning::Unique stores each distinct string once (a hash finds it again: for values many
// rows share, such as locations); Interning::None stores every string it is given (for values
// that are already unique per owner, such as a product's name and SKU: no hash, no rehash).
class CollatedStrings
{
public:
    enum class Interning { Unique, None };

    explicit CollatedStrings(Interning interning = Interning::Unique);

    // Returns the index of `text` (stable for the lifetime of the object): an existing one for
    // an equal string when Unique, else a new one.
    quint32 add(const QString &text);
    const QString &at(quint32 index) const { return m_strings.at(qsizetype(index)); }
    qsizetype size() const { return m_strings.size(); }

    // Position of the string in collation order (0 = first). Ranks of distinct strings are
    // distinct; strings the collator finds equal get adjacent ranks.
    quint32 rank(quint32 index) const
    {
        if (m_ranksDirty)
            renumber();
        return m_ranks[index];
    }
    // Renumbers now if needed (so that rank() is a plain lookup in a hot loop).
    void ensureRanks() const
    {
        if (m_ranksDirty)
            renumber();
    }
    const std::vector<quint32> &ranks() const
    {
        ensureRanks();
        return m_ranks;
    }

    // The collator used for the order (numeric mode is always switched on). Changing it
    // re-sorts every string (sort keys, O(n log n)).
    void setCollator(const QCollator &collator);
    const QCollator &collator() const { return m_collator; }

    // Heap and object bytes used (an estimate from sizes and capacities).
    qsizetype memoryBytes() const;

private:
    void renumber() const;

    Interning m_interning;
    QCollator m_collator;
    QList<QString> m_strings;
    QHash<QString, quint32> m_index;
    std::vector<quint32> m_sorted; // string indices in collation order
    mutable std::vector<quint32> m_ranks; // index -> position in m_sorted
    mutable bool m_ranksDirty = false;
};

} // namespace Glance
