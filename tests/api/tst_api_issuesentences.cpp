// IssueSentences: the sentences for Glance's codes and validation issues, built from the parts
// of an answer alone (no HTTP, no body): which row and SKU an issue path points to, what is
// wrong with it, and how many sentences one message holds.

#include "api/issuesentences.h"
#include "core/text/bidi.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using Problem = ApiError::ActionProblem;

namespace {

QList<ActionRow> threeRows()
{
    return {{101, u"AB-1"_s}, {102, u"AB-2"_s}, {103, u"AB-3"_s}};
}

ValidationIssue issue(const QString &path, const QString &message = {})
{
    return {path, message};
}

} // namespace

class TestIssueSentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionPaths_data();
    void actionPaths();
    void validationCodes_data();
    void validationCodes();
    void problemOfAnAction_data();
    void problemOfAnAction();
    void knownCodeNamesTheRow();
    void knownCodeWithoutRowsSaysOneOfTheRows();
    void unknownCodeHasNoSentence();
    void sameSentenceOnce();
    void atMostThreeSentencesThenACount();
    void unknownFieldsKeepTheServersWords();
    void fieldsOutsideAdjustments();
};

void TestIssueSentences::actionPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");
    QTest::newRow("field") << u"actions.1.amount"_s << 1 << u"amount"_s;
    QTest::newRow("action itself") << u"actions.0"_s << 0 << QString();
    QTest::newRow("nested field") << u"actions.12.product.id"_s << 12 << u"product.id"_s;
    QTest::newRow("another path") << u"quantity"_s << -1 << QString();
    QTest::newRow("negative") << u"actions.-1.amount"_s << -1 << QString();
    QTest::newRow("not a number") << u"actions.x.amount"_s << -1 << QString();
    QTest::newRow("other list") << u"items.1.amount"_s << -1 << QString();
    QTest::newRow("empty") << QString() << -1 << QString();
}

void TestIssueSentences::actionPaths()
{
    QFETCH(QString, path);
    QFETCH(int, index);
    QFETCH(QString, field);
    QCOMPARE(IssueSentences::actionIndex(path), index);
    QCOMPARE(IssueSentences::actionField(path), field);
}

void TestIssueSentences::validationCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("validation");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("sdk") << u"INVALID_FIELD"_s << true;
    QTest::newRow("lower case, spaces") << u" validation_error "_s << true;
    QTest::newRow("docs 400") << u"Bad Request"_s << true;
    QTest::newRow("docs 422") << u"Unprocessable Entity"_s << true;
    QTest::newRow("stock") << u"INSUFFICIENT_STOCK"_s << false;
    QTest::newRow("other") << u"SOMETHING_ELSE"_s << false;
}

void TestIssueSentences::validationCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, validation);
    QCOMPARE(IssueSentences::isValidationCode(code), validation);
}

void TestIssueSentences::problemOfAnAction_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("stock, whatever the field")
            << u"INSUFFICIENT_STOCK"_s << u"actions.0.notes"_s << Problem::InsufficientStock;
    QTest::newRow("no record") << u"INVENTORY_NOT_FOUND"_s << u"actions.0"_s << Problem::NoRecord;
    QTest::newRow("product code") << u"product_not_found"_s << u"actions.0"_s
                                  << Problem::UnknownProduct;
    QTest::newRow("warehouse code")
            << u"WAREHOUSE_NOT_FOUND"_s << u"actions.0"_s << Problem::UnknownWarehouse;
    QTest::newRow("productId") << u"INVALID_FIELD"_s << u"actions.0.productId"_s
                               << Problem::UnknownProduct;
    QTest::newRow("warehouseId") << QString() << u"actions.0.warehouseId"_s
                                 << Problem::UnknownWarehouse;
    QTest::newRow("amount") << u"INVALID_FIELD"_s << u"actions.2.amount"_s << Problem::BadAmount;
    QTest::newRow("reason") << u"INVALID_FIELD"_s << u"actions.2.reason"_s << Problem::BadReason;
    QTest::newRow("notes") << u"INVALID_FIELD"_s << u"actions.2.notes"_s << Problem::BadNotes;
    QTest::newRow("unknown field") << u"INVALID_FIELD"_s << u"actions.2.colour"_s << Problem::Other;
    // Only a validation failure says what is wrong with the field.
    QTest::newRow("field of another code")
            << u"SOMETHING_ELSE"_s << u"actions.2.amount"_s << Problem::Other;
}

void TestIssueSentences::problemOfAnAction()
{
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(Problem, problem);
    const IssueSentences sentences(code, {issue(path)}, threeRows());
    QCOMPARE(sentences.actionProblem(issue(path)), problem);
}

void TestIssueSentences::knownCodeNamesTheRow()
{
    const IssueSentences sentences(u"INSUFFICIENT_STOCK"_s,
                                   {issue(u"quantity"_s), issue(u"actions.1.amount"_s, u"x"_s)},
                                   threeRows());
    QCOMPARE(sentences.firstActionIssue(), 1);
    QCOMPARE(sentences.knownCodeMessage(),
             u"There is not enough stock for the change in row %1 (SKU %2), so Glance applied "
             u"none of the changes sent with it."_s.arg(Bidi::number(102), Bidi::sku(u"AB-2"_s)));
}

void TestIssueSentences::knownCodeWithoutRowsSaysOneOfTheRows()
{
    // The issue points to an action, but the sender did not say which rows they were.
    const IssueSentences noRows(u"WAREHOUSE_NOT_FOUND"_s, {issue(u"actions.1"_s)}, {});
    QCOMPARE(noRows.knownCodeMessage(),
             u"Glance does not know the warehouse in one of the rows; it may have been deleted. "
             u"None of the changes sent with it were applied."_s);
    // No issue at all: the record's own sentence.
    const IssueSentences noIssue(u"WAREHOUSE_NOT_FOUND"_s, {}, {});
    QCOMPARE(noIssue.knownCodeMessage(),
             u"Glance could not find this warehouse; it may have been deleted. Refresh the list "
             u"and try again."_s);
    // A row number of 0 is no row.
    const IssueSentences rowZero(u"INSUFFICIENT_STOCK"_s, {issue(u"actions.0"_s)},
                                 {{0, u"AB-0"_s}});
    QVERIFY2(rowZero.knownCodeMessage().contains(u"one of the changes"_s),
             qPrintable(rowZero.knownCodeMessage()));
}

void TestIssueSentences::unknownCodeHasNoSentence()
{
    QCOMPARE(IssueSentences(u"SOMETHING_ELSE"_s, {issue(u"quantity"_s, u"bad"_s)}, {})
                     .knownCodeMessage(),
             QString());
    // Rate limits are ApiError's: their sentence says when to try again.
    QCOMPARE(IssueSentences(u"RATE_LIMIT_EXCEEDED"_s, {}, {}).knownCodeMessage(), QString());
    // A validation code with issues: the issues' sentences.
    const IssueSentences validation(u"INVALID_FIELD"_s, {issue(u"quantity"_s)}, {});
    QCOMPARE(validation.knownCodeMessage(), validation.issuesMessage());
    QVERIFY(!validation.knownCodeMessage().isEmpty());
}

void TestIssueSentences::sameSentenceOnce()
{
    // Two issues of the same row and field read as one sentence.
    const IssueSentences sentences(
            u"INVALID_FIELD"_s,
            {issue(u"actions.0.amount"_s, u"too big"_s), issue(u"actions.0.amount"_s, u"odd"_s)},
            threeRows());
    QCOMPARE(sentences.issuesMessage(),
             u"Glance did not accept the change in row %1 (SKU %2). Check that it is a whole "
             u"number other than zero and not too large."_s.arg(Bidi::number(101),
                                                                Bidi::sku(u"AB-1"_s)));
}

void TestIssueSentences::atMostThreeSentencesThenACount()
{
    const IssueSentences sentences(u"INVALID_FIELD"_s,
                                   {issue(u"actions.0.amount"_s), issue(u"actions.1.amount"_s),
                                    issue(u"actions.2.amount"_s), issue(u"actions.0.reason"_s),
                                    issue(u"actions.1.reason"_s)},
                                   threeRows());
    const QString message = sentences.issuesMessage();
    QCOMPARE(message.count(u"Glance did not accept"_s), 3);
    QVERIFY2(message.endsWith(u"Glance found 2 more problem(s) of the same kind."_s),
             qPrintable(message));
    QVERIFY2(message.contains(Bidi::number(103)), qPrintable(message));
    QVERIFY2(!message.contains(u"reason"_s), qPrintable(message));
}

void TestIssueSentences::unknownFieldsKeepTheServersWords()
{
    const IssueSentences sentences(
            u"INVALID_FIELD"_s,
            {issue(u"colour"_s, u"not a colour"_s), issue(u"size"_s), issue({}, u"odd"_s)}, {});
    QCOMPARE(
            sentences.issuesMessage(),
            u"Glance did not accept some values: %1: %2; %3; %4. Correct them and try again."_s.arg(
                    Bidi::isolateLtr(u"colour"_s), Bidi::name(u"not a colour"_s),
                    Bidi::isolateLtr(u"size"_s), Bidi::name(u"odd"_s)));
    // An action's issue the client has no words for keeps the server's, quoted.
    const IssueSentences other(u"INVALID_FIELD"_s, {issue(u"actions.2.colour"_s, u"pink"_s)},
                               threeRows());
    QCOMPARE(other.issuesMessage(),
             u"Glance did not accept row %1 (SKU %2): %3"_s.arg(
                     Bidi::number(103), Bidi::sku(u"AB-3"_s), IssueSentences::quoted(u"pink"_s)));
    QCOMPARE(IssueSentences::quoted(u"pink"_s), u"\u201c%1\u201d"_s.arg(Bidi::name(u"pink"_s)));
}

void TestIssueSentences::fieldsOutsideAdjustments()
{
    const IssueSentences sentences(u"VALIDATION_ERROR"_s, {issue(u"quantity"_s, u"must be >= 0"_s)},
                                   {});
    QCOMPARE(sentences.issuesMessage(),
             u"Glance did not accept the quantity. Enter a whole number, 0 or more."_s);
    // Another code names no field of ours: the server's words stay.
    const IssueSentences other(u"SOMETHING_ELSE"_s, {issue(u"quantity"_s, u"bad"_s)}, {});
    QVERIFY2(other.issuesMessage().contains(Bidi::name(u"bad"_s)),
             qPrintable(other.issuesMessage()));
}

QTEST_GUILESS_MAIN(TestIssueSentences)
#include "tst_api_issuesentences.moc"
