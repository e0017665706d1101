// What a key must look like before any request is made.
#include "core/account/apikeyformat.h"

#include <QTest>

using namespace Glance;
using Problem = ApiKeyFormat::Problem;

Q_DECLARE_METATYPE(ApiKeyFormat::Problem)

class TestApiKeyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<Problem>("problem");
        const QString key = QStringLiteral("glnc_sk_0123456789abcdef0123456789abcdef");
        QTest::newRow("plain") << key << key << Problem::None;
        QTest::newRow("line break after") << key + QStringLiteral("\n") << key << Problem::None;
        QTest::newRow("spaces around")
                << QStringLiteral("  ") + key + QStringLiteral(" \r\n") << key << Problem::None;
        QTest::newRow("tab before") << QStringLiteral("\t") + key << key << Problem::None;
        QTest::newRow("empty") << QString() << QString() << Problem::Empty;
        QTest::newRow("only spaces") << QStringLiteral(" \n ") << QString() << Problem::Empty;
        QTest::newRow("space inside") << QStringLiteral("glnc_sk_01 23")
                                      << QStringLiteral("glnc_sk_01 23") << Problem::Whitespace;
        QTest::newRow("line break inside")
                << QStringLiteral("glnc_sk_01\n23") << QStringLiteral("glnc_sk_01\n23")
                << Problem::Whitespace;
        QTest::newRow("Bearer prefix") << QStringLiteral("Bearer ") + key
                                       << QStringLiteral("Bearer ") + key << Problem::Whitespace;
        QTest::newRow("no-break space") << QStringLiteral("glnc\u00a0sk")
                                        << QStringLiteral("glnc\u00a0sk") << Problem::Whitespace;
        QTest::newRow("zero-width space")
                << QStringLiteral("glnc\u200bsk") << QStringLiteral("glnc\u200bsk")
                << Problem::OtherCharacters;
        QTest::newRow("hebrew") << QStringLiteral("מפתח") << QStringLiteral("מפתח")
                                << Problem::OtherCharacters;
        QTest::newRow("control") << QStringLiteral("ab\u0007cd") << QStringLiteral("ab\u0007cd")
                                 << Problem::OtherCharacters;
    }

    void check()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, normalized);
        QFETCH(Problem, problem);
        QCOMPARE(ApiKeyFormat::normalized(pasted), normalized);
        QCOMPARE(ApiKeyFormat::check(normalized), problem);
        QCOMPARE(ApiKeyFormat::message(problem).isEmpty(), problem == Problem::None);
    }

    void messagesDiffer()
    {
        const QString empty = ApiKeyFormat::message(Problem::Empty);
        const QString space = ApiKeyFormat::message(Problem::Whitespace);
        const QString other = ApiKeyFormat::message(Problem::OtherCharacters);
        QVERIFY(empty != space && space != other && empty != other);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyFormat)
#include "tst_account_apikeyformat.moc"
