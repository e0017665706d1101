// CollatedStrings: interning, ranks in natural (numeric) collation order, re-sorting when the
// collator changes. No network.
#include "models/collatedstrings.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Glance;

class TestCollatedStrings : public QObject
{
    Q_OBJECT

private:
    static QStringList inRankOrder(const CollatedStrings &strings)
    {
        QStringList sorted(strings.size());
        for (qsizetype i = 0; i < strings.size(); ++i)
            sorted[strings.rank(quint32(i))] = strings.at(quint32(i));
        return sorted;
    }

private Q_SLOTS:
    void internsEachStringOnce()
    {
        CollatedStrings strings;
        QCOMPARE(strings.size(), 1);
        QCOMPARE(strings.add(QString()), 0u);
        QCOMPARE(strings.add(QStringLiteral("")), 0u);
        const quint32 a = strings.add(QStringLiteral("Shelf A3"));
        const quint32 b = strings.add(QStringLiteral("Bin 7"));
        QCOMPARE(strings.add(QStringLiteral("Shelf A3")), a);
        QVERIFY(a != b);
        QCOMPARE(strings.size(), 3);
        QCOMPARE(strings.at(a), QStringLiteral("Shelf A3"));
        QVERIFY(strings.memoryBytes() > 0);
    }

    void withoutInterningEveryStringIsKept()
    {
        CollatedStrings strings(CollatedStrings::Interning::None);
        strings.setCollator(QCollator(QLocale(QLocale::English)));
        const quint32 first = strings.add(QStringLiteral("Widget"));
        const quint32 second = strings.add(QStringLiteral("Widget"));
        const quint32 other = strings.add(QStringLiteral("Anvil"));
        QVERIFY(first != second);
        QCOMPARE(strings.add(QString()), 0u);
        QCOMPARE(strings.size(), 4);
        QVERIFY(strings.rank(other) < strings.rank(first));
        QVERIFY(strings.rank(other) < strings.rank(second));
        QCOMPARE(qAbs(int(strings.rank(first)) - int(strings.rank(second))), 1);
    }

    void ranksFollowNaturalOrder()
    {
        CollatedStrings strings;
        strings.setCollator(QCollator(QLocale(QLocale::English)));
        const QStringList input = {
                QStringLiteral("AB-120/3"), QStringLiteral("Shelf A10"), QStringLiteral("AB-57"),
                QStringLiteral("Shelf A3"), QStringLiteral("מק-4/1"),    QStringLiteral("AB-9"),
                QStringLiteral("ab-10"),    QStringLiteral("CB 200-1"),  QStringLiteral("מדף 4"),
        };
        for (const QString &text : input)
            strings.add(text);
        const QStringList expected = {
                QString(),
                QStringLiteral("AB-9"),
                QStringLiteral("ab-10"),
                QStringLiteral("AB-57"),
                QStringLiteral("AB-120/3"),
                QStringLiteral("CB 200-1"),
                QStringLiteral("Shelf A3"),
                QStringLiteral("Shelf A10"),
                QStringLiteral("מדף 4"),
                QStringLiteral("מק-4/1"),
        };
        QCOMPARE(inRankOrder(strings), expected);
    }

    void manyInsertionsStaySorted()
    {
        CollatedStrings strings;
        QCollator collator(QLocale(QLocale::English));
        collator.setNumericMode(true);
        strings.setCollator(collator);
        QRandomGenerator random(7);
        QStringList added;
        for (int i = 0; i < 2000; ++i) {
            const QString text =
                    QStringLiteral("WD-%1/%2").arg(random.bounded(5000)).arg(random.bounded(10));
            strings.add(text);
            added.append(text);
            if (i % 500 == 0)
                strings.ensureRanks(); // ranks renumber as strings keep coming
        }
        added.removeDuplicates();
        std::sort(added.begin(), added.end(), [&collator](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
        added.prepend(QString());
        QCOMPARE(inRankOrder(strings), added);
    }

    void anotherCollatorSortsAgain()
    {
        CollatedStrings strings;
        strings.setCollator(QCollator(QLocale(QLocale::English)));
        const quint32 upper = strings.add(QStringLiteral("Zeta"));
        const quint32 lower = strings.add(QStringLiteral("alpha"));
        QVERIFY(strings.rank(lower) < strings.rank(upper));
        QCollator caseFirst(QLocale(QLocale::English));
        caseFirst.setCaseSensitivity(Qt::CaseSensitive);
        strings.setCollator(caseFirst);
        QVERIFY(strings.collator().numericMode());
        QVERIFY(strings.rank(lower) < strings.rank(upper)); // still alphabetical
        QCOMPARE(strings.rank(0), 0u); // the empty string stays first
    }
};

QTEST_GUILESS_MAIN(TestCollatedStrings)
#include "tst_collatedstrings.moc"
