// ApiError: both error shapes, neither (HTML, empty, truncated), and userMessage() as the one
// sentence a store manager reads, with every value in it isolated (Bidi).

#include "api/apierror.h"
#include "core/text/bidi.h"
#include "sourcetranslator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using Kind = ApiError::Kind;

namespace {

QList<Kind> allKinds()
{
    return {Kind::None,
            Kind::Network,
            Kind::Timeout,
            Kind::Tls,
            Kind::Http,
            Kind::Decode,
            Kind::RateLimited,
            Kind::Cancelled,
            Kind::OutcomeUnknown,
            Kind::InsecureRequest,
            Kind::RedirectBlocked,
            Kind::Configuration};
}

// What every sentence must be: something, readable, no leftovers, no markup, no shrug.
QString sentenceProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return u"empty"_s;
    if (text.contains(u"unknown error"_s, Qt::CaseInsensitive))
        return u"says \"unknown error\""_s;
    if (text.contains(QRegularExpression(u"%\\d"_s)))
        return u"has an unfilled placeholder"_s;
    if (text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>')))
        return u"contains markup"_s;
    if (text.contains(u"  "_s) || text.contains(u" ."_s))
        return u"has glued fragments"_s;
    if (!text.at(0).isUpper())
        return u"does not start a sentence"_s;
    return {};
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docsShape();
    void sdkShapeWithIssues();
    void neitherShape_data();
    void neitherShape();
    void serverMessageIsCleaned();
    void messagesPerStatus_data();
    void messagesPerStatus();
    void everyKindHasASentence();
    void outcomeUnknownSentence();
    void rateLimitedSaysWhen();
    void logStringCarriesTheFacts();
    void valuesInsideSentencesAreIsolated();
    void hebrewSentenceIsolatesTheValues();
    void insufficientStockNamesTheRow();
    void actionPathsNeverReachASentence_data();
    void actionPathsNeverReachASentence();
    void unknownCodeKeepsTheServersWords();
    void detailsAreRead();
};

void TestApiError::docsShape()
{
    const ApiError error = ApiError::fromHttpResponse(
            401,
            R"({"error":"Unauthorized","message":"Invalid or missing API key","statusCode":401})");
    QCOMPARE(error.kind(), Kind::Http);
    QCOMPARE(error.httpStatus(), 401);
    QCOMPARE(error.serverCode(), u"Unauthorized"_s);
    QCOMPARE(error.serverMessage(), u"Invalid or missing API key"_s);
    QVERIFY(error.isUnauthorized());
    const QString message = error.userMessage();
    QVERIFY2(message.contains(u"sign in again"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Invalid or missing API key"_s), qPrintable(message));
    QCOMPARE(sentenceProblem(message), QString());

    // The status may come from the body alone.
    ApiError fromBody(Kind::Http);
    QVERIFY(fromBody.readServerError(R"({"error":"Forbidden","message":"x","statusCode":"403"})"));
    QCOMPARE(fromBody.httpStatus(), 403);
}

void TestApiError::sdkShapeWithIssues()
{
    const ApiError error = ApiError::fromHttpResponse(400, R"({"success":false,"error":{
        "status":400,"message":"Validation failed","code":"INVALID_FIELD",
        "issues":[{"path":["quantity"],"message":"Expected number, received string"},
                  {"path":["actions",0,"amount"],"message":"Required"}]}})");
    QCOMPARE(error.kind(), Kind::Http);
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.serverCode(), u"INVALID_FIELD"_s);
    QCOMPARE(error.serverMessage(), u"Validation failed"_s);
    QCOMPARE(error.issues().size(), 2);
    QCOMPARE(error.issues().at(0).path, u"quantity"_s);
    QCOMPARE(error.issues().at(1).path, u"actions.0.amount"_s);
    QCOMPARE(error.issues().at(1).message, u"Required"_s);
    // Fields the client sends get sentences of its own, not the path and the server's English.
    const QString message = error.userMessage();
    const QString plain = Bidi::stripFormatting(message);
    QVERIFY2(plain.contains(u"Glance did not accept the quantity."_s), qPrintable(message));
    QVERIFY2(plain.contains(u"did not accept the change in one of the rows"_s),
             qPrintable(message));
    QVERIFY2(!plain.contains(u"actions"_s), qPrintable(message));
    QVERIFY2(!plain.contains(u"Expected number"_s), qPrintable(message));
    QCOMPARE(sentenceProblem(message), QString());

    const ApiError forbidden = ApiError::fromHttpResponse(
            403,
            R"({"success":false,"error":{"status":403,"message":"Viewer keys are read-only","code":"NO_ACCESS"}})");
    QVERIFY(forbidden.isForbidden());
    QVERIFY(forbidden.userMessage().contains(u"read-only"_s));
    QVERIFY(forbidden.userMessage().contains(u"editor key"_s));
    // NO_ACCESS is a documented code: our sentence says it all.
    QVERIFY(!forbidden.userMessage().contains(u"Viewer keys are read-only"_s));
}

void TestApiError::neitherShape_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("html 502")
            << 502
            << QByteArray("<html><head><title>502 Bad Gateway</title></head>"
                          "<body><center><h1>502 Bad Gateway</h1></center>"
                          "<hr><center>nginx</center></body></html>")
            << u"Glance is having trouble right now (error 502). Try again in a few minutes."_s;
    QTest::newRow("empty 503")
            << 503 << QByteArray()
            << u"Glance is having trouble right now (error 503). Try again in a few minutes."_s;
    QTest::newRow("truncated 500")
            << 500 << QByteArray(R"({"success":false,"error":{"status":500,"mess)")
            << u"Glance is having trouble right now (error 500). Try again in a few minutes."_s;
    QTest::newRow("text 404")
            << 404 << QByteArray("Not Found")
            << u"Glance could not find this record; it may have been deleted. Refresh the list and try again."_s;
    QTest::newRow("empty 400")
            << 400 << QByteArray()
            << u"Glance did not accept the request. Check the values and try again."_s;
    QTest::newRow("json array 409")
            << 409 << QByteArray("[1,2]")
            << u"This conflicts with a record already in Glance, or the record was changed meanwhile. Refresh the list and try again."_s;
}

void TestApiError::neitherShape()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const ApiError error = ApiError::fromHttpResponse(status, body);
    QCOMPARE(error.kind(), Kind::Http);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(error.serverMessage().isEmpty());
    QVERIFY(!error.detail().isEmpty());
    QCOMPARE(Bidi::stripFormatting(error.userMessage()), expected);
}

void TestApiError::serverMessageIsCleaned()
{
    const ApiError html =
            ApiError::fromHttpResponse(500, R"({"message":"<b>boom</b> at <a href='x'>here</a>"})");
    QVERIFY(html.serverMessage().isEmpty());
    QCOMPARE(sentenceProblem(html.userMessage()), QString());

    const QByteArray longText = QByteArray(2000, 'a');
    const ApiError longMessage =
            ApiError::fromHttpResponse(500, R"({"message":")" + longText + R"("})");
    QVERIFY(longMessage.serverMessage().size() <= 300);

    const ApiError spaced =
            ApiError::fromHttpResponse(409, R"({"message":"  duplicate\n  record  "})");
    QCOMPARE(spaced.serverMessage(), u"duplicate record"_s);
}

void TestApiError::messagesPerStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("400") << 400 << u"did not accept"_s;
    QTest::newRow("401") << 401 << u"sign in again"_s;
    QTest::newRow("403") << 403 << u"ask the account owner for an editor key"_s;
    QTest::newRow("404") << 404 << u"could not find"_s;
    QTest::newRow("405") << 405 << u"error 405"_s;
    QTest::newRow("409") << 409 << u"Refresh"_s;
    QTest::newRow("422") << 422 << u"did not accept"_s;
    QTest::newRow("429") << 429 << u"Too many requests"_s;
    QTest::newRow("500") << 500 << u"try again in a few minutes"_s;
    QTest::newRow("502") << 502 << u"error 502"_s;
    QTest::newRow("503") << 503 << u"Glance is having trouble"_s;
    QTest::newRow("504") << 504 << u"Glance is having trouble"_s;
    QTest::newRow("302") << 302 << u"redirect"_s;
    QTest::newRow("0") << 0 << u"unexpected"_s;
}

void TestApiError::messagesPerStatus()
{
    QFETCH(int, status);
    QFETCH(QString, mustContain);
    for (const QString &serverMessage : {QString(), u"Something specific happened"_s}) {
        const ApiError error = ApiError::http(status, {}, serverMessage);
        const QString message = error.userMessage();
        QVERIFY2(Bidi::stripFormatting(message).contains(mustContain, Qt::CaseInsensitive),
                 qPrintable(message));
        QCOMPARE(sentenceProblem(message), QString());
    }
}

void TestApiError::everyKindHasASentence()
{
    QSet<QString> seen;
    for (Kind kind : allKinds()) {
        const ApiError error(kind, u"technical detail"_s);
        const QString message = error.userMessage();
        QVERIFY2(sentenceProblem(message).isEmpty(),
                 qPrintable(ApiError::kindName(kind) + u": "_s + sentenceProblem(message)));
        QVERIFY2(!message.contains(u"technical detail"_s), qPrintable(message));
        seen.insert(message);
    }
    QCOMPARE(seen.size(), allKinds().size()); // every kind says something of its own
    QVERIFY(ApiError(Kind::Tls).userMessage().contains(u"nothing was sent"_s));
    QVERIFY(ApiError(Kind::InsecureRequest).userMessage().contains(u"https://"_s));
}

void TestApiError::outcomeUnknownSentence()
{
    ApiError error(Kind::OutcomeUnknown, u"RemoteHostClosedError"_s);
    QCOMPARE(error.userMessage(),
             u"The change was sent but the answer was lost; it may or may not have been applied. "
             "Check the records before sending it again."_s);
    error.setHttpStatus(502); // kept for the log, the sentence stays
    QVERIFY(error.userMessage().startsWith(u"The change was sent"_s));
    QVERIFY(error.toLogString().contains(u"502"_s));
}

void TestApiError::rateLimitedSaysWhen()
{
    ApiError error(Kind::RateLimited);
    QVERIFY(error.userMessage().contains(u"Wait a minute"_s));
    error.setRetryAt(QDateTime::currentDateTimeUtc().addSecs(30));
    const QString soon = error.userMessage();
    QVERIFY2(soon.contains(u"30 seconds"_s) || soon.contains(u"29 seconds"_s), qPrintable(soon));
    error.setRetryAt(QDateTime::currentDateTimeUtc().addSecs(600));
    QVERIFY2(error.userMessage().contains(u"after"_s), qPrintable(error.userMessage()));
    error.setRetryAt(QDateTime::currentDateTimeUtc().addSecs(-5));
    QVERIFY(error.userMessage().contains(u"Try again now"_s));
    for (const QString &message : {soon, error.userMessage()})
        QCOMPARE(sentenceProblem(message), QString());
}

void TestApiError::logStringCarriesTheFacts()
{
    ApiError error = ApiError::fromHttpResponse(
            400, R"({"success":false,"error":{"status":400,"message":"Bad","code":"INVALID_FIELD",
                   "issues":[{"path":["quantity"],"message":"must be >= 0"}]}})");
    const QString log = error.toLogString();
    QVERIFY(log.contains(u"Http"_s));
    QVERIFY(log.contains(u"400"_s));
    QVERIFY(log.contains(u"INVALID_FIELD"_s));
    QVERIFY(log.contains(u"quantity"_s));
    QCOMPARE(ApiError().kind(), Kind::None);
    QVERIFY(!ApiError().isError());
}

void TestApiError::valuesInsideSentencesAreIsolated()
{
    // A status code, a field path, the server's own words: each wrapped on its own, so that a
    // right-to-left sentence around them cannot reorder them.
    const ApiError unavailable = ApiError::http(503, {}, u"Database 12-B is down"_s);
    QString message = unavailable.userMessage();
    QVERIFY2(message.contains(Bidi::isolateLtr(u"503")), qPrintable(message));
    QVERIFY2(message.contains(Bidi::name(u"Database 12-B is down")), qPrintable(message));

    const ApiError refused = ApiError::http(405);
    QVERIFY2(refused.userMessage().contains(Bidi::isolateLtr(u"405")),
             qPrintable(refused.userMessage()));
    QVERIFY(ApiError::http(302).userMessage().contains(Bidi::isolateLtr(u"302")));
    QVERIFY(ApiError::http(0).userMessage().contains(Bidi::isolateLtr(u"0")));

    // Fields the client does not know: the path and the server's words, each isolated, the
    // path named by its row when it is an action.
    ApiError invalid = ApiError::fromHttpResponse(422, R"({"success":false,"error":{
        "status":422,"message":"Invalid","issues":[
            {"path":["actions",0,"amount"],"message":"Must be -5 or more"},
            {"path":["weight"],"message":"Must be -5 or more"},
            {"path":["sku"]},{"message":"Too many actions"}]}})");
    invalid.setActionRows({{7, u"AB-120/3"_s}});
    message = invalid.userMessage();
    QVERIFY2(message.contains(u"row "_s + Bidi::isolateLtr(u"7") + u" (SKU "_s
                              + Bidi::sku(u"AB-120/3") + u")"_s),
             qPrintable(message));
    QVERIFY2(!message.contains(u"actions."_s), qPrintable(message));
    QVERIFY2(message.contains(Bidi::isolateLtr(u"weight") + u": "_s
                              + Bidi::name(u"Must be -5 or more")),
             qPrintable(message));
    QVERIFY2(message.contains(Bidi::isolateLtr(u"sku")), qPrintable(message));
    QVERIFY2(message.contains(Bidi::name(u"Too many actions")), qPrintable(message));
    QCOMPARE(sentenceProblem(message), QString());

    const ApiError bad = ApiError::http(400, {}, u"Bad SKU AB-120/3"_s);
    QVERIFY2(
            bad.userMessage().contains(u"\u201c"_s + Bidi::name(u"Bad SKU AB-120/3") + u"\u201d"_s),
            qPrintable(bad.userMessage()));
}

void TestApiError::hebrewSentenceIsolatesTheValues()
{
    // A Hebrew translation that forgot the isolates around its placeholder: the code's own
    // isolates still keep "503" and the server's words apart from the Hebrew around them.
    Test::SourceTranslator hebrew({
            {u"Glance is having trouble right now (error %1). Try again in a few minutes."_s,
             u"יש תקלה ב־Glance כרגע (שגיאה %1). אפשר לנסות שוב בעוד כמה דקות."_s},
            {u"%1 Glance said: %2"_s, u"%1 תשובת Glance: %2"_s},
    });
    QVERIFY(QCoreApplication::installTranslator(&hebrew));
    const QString message = ApiError::http(503, {}, u"Service unavailable"_s).userMessage();
    QCoreApplication::removeTranslator(&hebrew);
    QVERIFY2(message.startsWith(u"יש תקלה"_s), qPrintable(message));
    QVERIFY2(message.contains(u"(שגיאה "_s + Bidi::isolateLtr(u"503") + u")"_s),
             qPrintable(message));
    QVERIFY2(message.contains(Bidi::name(u"Service unavailable")), qPrintable(message));
}

namespace {

// The sandbox's refusal of POST /inventory/adjust when action 1 takes more than there is.
// clang-format off
const QByteArray kInsufficientStock = R"json({"success":false,"error":{"status":400,
    "message":"Insufficient stock: product 48 in warehouse 1 has 300, cannot adjust by -340 (action 1)",
    "code":"INSUFFICIENT_STOCK","issues":[{"path":["actions",1,"amount"],
    "message":"Insufficient stock: product 48 in warehouse 1 has 300, cannot adjust by -340 (action 1)"}]}})json";
// clang-format on

} // namespace

void TestApiError::insufficientStockNamesTheRow()
{
    ApiError error = ApiError::fromHttpResponse(400, kInsufficientStock);
    QCOMPARE(error.serverCode(), u"INSUFFICIENT_STOCK"_s);
    QCOMPARE(ApiError::actionIndex(error.issues().at(0).path), 1);
    QCOMPARE(ApiError::actionField(error.issues().at(0).path), u"amount"_s);
    // Part 2 of a submission: actions 0 and 1 are rows 101 and 102.
    error.setActionRows({{101, u"CD 47-2"_s}, {102, u"XY 48-6"_s}});
    const QString message = error.userMessage();
    QVERIFY2(message.contains(u"row "_s + Bidi::isolateLtr(u"102") + u" (SKU "_s
                              + Bidi::sku(u"XY 48-6") + u")"_s),
             qPrintable(message));
    QVERIFY2(message.startsWith(u"There is not enough stock"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"Insufficient"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"actions"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"CD 47-2"_s), qPrintable(message));
    QCOMPARE(sentenceProblem(message), QString());

    // Without the rows (a caller that does not know them): still our words, no path.
    const QString bare = ApiError::fromHttpResponse(400, kInsufficientStock).userMessage();
    QVERIFY2(bare.contains(u"not enough stock for one of the changes"_s), qPrintable(bare));
    QVERIFY2(!bare.contains(u"Insufficient"_s), qPrintable(bare));
}

void TestApiError::actionPathsNeverReachASentence_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const auto sdk = [](int status, const char *code, const char *path, const char *message) {
        return QStringLiteral(R"({"success":false,"error":{"status":%1,"message":"%4","code":"%2",)"
                              R"("issues":[{"path":%3,"message":"%4"}]}})")
                .arg(status)
                .arg(QLatin1String(code), QLatin1String(path), QLatin1String(message))
                .toUtf8();
    };
    QTest::newRow("insufficient") << 400
                                  << sdk(400, "INSUFFICIENT_STOCK", R"(["actions",1,"amount"])",
                                         "Insufficient");
    QTest::newRow("amount zero") << 400
                                 << sdk(400, "INVALID_FIELD", R"(["actions",1,"amount"])",
                                        "Must not be zero");
    QTest::newRow("reason long") << 400
                                 << sdk(400, "INVALID_FIELD", R"(["actions",1,"reason"])",
                                        "Must be at most 255 characters");
    QTest::newRow("notes") << 400
                           << sdk(400, "INVALID_FIELD", R"(["actions",1,"notes"])",
                                  "Expected a string");
    QTest::newRow("product id") << 400
                                << sdk(400, "INVALID_FIELD", R"(["actions",1,"productId"])",
                                       "Required");
    QTest::newRow("warehouse id") << 400
                                  << sdk(400, "INVALID_FIELD", R"(["actions",1,"warehouseId"])",
                                         "Required");
    QTest::newRow("action") << 400
                            << sdk(400, "INVALID_FIELD", R"(["actions",1])", "Expected an object");
    QTest::newRow("product 404") << 404
                                 << sdk(404, "PRODUCT_NOT_FOUND", R"(["actions",1,"productId"])",
                                        "Product 9 not found (action 1)");
    QTest::newRow("warehouse 404")
            << 404
            << sdk(404, "WAREHOUSE_NOT_FOUND", R"(["actions",1,"warehouseId"])",
                   "Warehouse 9 not found");
    QTest::newRow("record 404") << 404
                                << sdk(404, "INVENTORY_NOT_FOUND", R"(["actions",1])",
                                       "No inventory record for product 9 in warehouse 1");
    QTest::newRow("unknown code") << 400
                                  << sdk(400, "DAILY_LIMIT", R"(["actions",1,"amount"])",
                                         "Over the daily limit");
    QTest::newRow("docs shape 400")
            << 400
            << QByteArray(R"({"error":"Bad Request","message":"Invalid","statusCode":400,)"
                          R"("issues":[{"path":"actions.1.amount","message":"Required"}]})");
}

void TestApiError::actionPathsNeverReachASentence()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    for (const bool withRows : {false, true}) {
        ApiError error = ApiError::fromHttpResponse(status, body);
        QVERIFY2(error.firstActionIssue() >= 0, qPrintable(error.toLogString()));
        if (withRows)
            error.setActionRows({{101, u"CD 47-2"_s}, {102, u"XY 48-6"_s}});
        const QString message = error.userMessage();
        QVERIFY2(!message.contains(u"actions"_s), qPrintable(message));
        QCOMPARE(sentenceProblem(message), QString());
        if (withRows)
            QVERIFY2(message.contains(Bidi::isolateLtr(u"102"))
                             && message.contains(Bidi::sku(u"XY 48-6")),
                     qPrintable(message));
    }
}

void TestApiError::unknownCodeKeepsTheServersWords()
{
    // A code Glance does not document: its words are all there is, quoted and isolated.
    const ApiError error = ApiError::fromHttpResponse(
            409,
            R"({"success":false,"error":{"status":409,"message":"Stock is locked","code":"LOCKED"}})");
    QVERIFY2(error.userMessage().contains(Bidi::name(u"Stock is locked")),
             qPrintable(error.userMessage()));
    // Documented codes do not quote them.
    const ApiError notFound = ApiError::fromHttpResponse(
            404,
            R"({"success":false,"error":{"status":404,"message":"Product 9 not found","code":"PRODUCT_NOT_FOUND"}})");
    QVERIFY2(!notFound.userMessage().contains(u"Product 9"_s), qPrintable(notFound.userMessage()));
    QVERIFY2(notFound.userMessage().contains(u"could not find this product"_s),
             qPrintable(notFound.userMessage()));
}

void TestApiError::detailsAreRead()
{
    const ApiError sdk = ApiError::fromHttpResponse(
            400,
            R"({"success":false,"error":{"status":400,"code":"INSUFFICIENT_STOCK","details":{"available":12}}})");
    QCOMPARE(sdk.details().value(u"available"_s).toInt(), 12);
    const ApiError docs =
            ApiError::fromHttpResponse(400, R"({"error":"Bad Request","details":{"available":3}})");
    QCOMPARE(docs.details().value(u"available"_s).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_api_error.moc"
