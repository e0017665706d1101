// RequestFactory: headers, timeout, redirect policy, URL building (percent-encoding), which
// URLs may be sent to; and redact() for the log.

#include "api/logging.h"
#include "api/requestfactory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using namespace std::chrono_literals;

namespace {

qint64 transferTimeoutMs(const QNetworkRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    return request.transferTimeoutAsDuration().count();
#else
    return request.transferTimeout();
#endif
}

} // namespace

class TestRequestFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers();
    void timeout();
    void urlWithPathPrefix_data();
    void urlWithPathPrefix();
    void segmentsArePercentEncoded();
    void queryIsPercentEncoded();
    void httpsRequiredUnlessLoopback_data();
    void httpsRequiredUnlessLoopback();
    void missingKeyOrUrl();
    void sameOrigin_data();
    void sameOrigin();
    void redactRemovesCredentials_data();
    void redactRemovesCredentials();
    void redactedUrlHasNoHostOrKey();
};

void TestRequestFactory::headers()
{
    const RequestFactory factory(QUrl(u"https://api.glance.co.il"_s), u"glnc_sk_secret"_s);
    const QUrl url = factory.url({u"inventory"_s});
    const QNetworkRequest get = factory.request(url, false);
    QCOMPARE(get.url(), QUrl(u"https://api.glance.co.il/inventory"_s));
    QCOMPARE(get.rawHeader("Authorization"), QByteArray("Bearer glnc_sk_secret"));
    QCOMPARE(get.rawHeader("Accept"), QByteArray("application/json"));
    QVERIFY(!get.hasRawHeader("Content-Type"));
    QCOMPARE(get.rawHeader("User-Agent"), QByteArray("GlanceInventory/" GLANCE_VERSION));
    QVERIFY(QByteArray(GLANCE_VERSION).size() >= 5);
    QCOMPARE(get.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::UserVerifiedRedirectPolicy));

    const QNetworkRequest post = factory.request(url, true);
    QCOMPARE(post.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json"));
}

void TestRequestFactory::timeout()
{
    RequestFactory factory(QUrl(u"https://api.glance.co.il"_s), u"k"_s);
    QCOMPARE(transferTimeoutMs(factory.request(factory.url({}), false)), 30'000);
    factory.setTimeout(1500ms);
    QCOMPARE(transferTimeoutMs(factory.request(factory.url({}), false)), 1500);
}

void TestRequestFactory::urlWithPathPrefix_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no path") << u"https://api.glance.co.il"_s
                             << QByteArray("https://api.glance.co.il/inventory/5/edit");
    QTest::newRow("slash") << u"https://api.glance.co.il/"_s
                           << QByteArray("https://api.glance.co.il/inventory/5/edit");
    QTest::newRow("prefix") << u"https://example.com/glance/api"_s
                            << QByteArray("https://example.com/glance/api/inventory/5/edit");
    QTest::newRow("prefix slash") << u"https://example.com/glance/api/"_s
                                  << QByteArray("https://example.com/glance/api/inventory/5/edit");
    QTest::newRow("port") << u"http://127.0.0.1:8080"_s
                          << QByteArray("http://127.0.0.1:8080/inventory/5/edit");
    QTest::newRow("query and fragment dropped")
            << u"https://h.example/p?x=1#f"_s << QByteArray("https://h.example/p/inventory/5/edit");
}

void TestRequestFactory::urlWithPathPrefix()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, expected);
    const RequestFactory factory(QUrl(base), u"k"_s);
    QCOMPARE(factory.url({u"inventory"_s, u"5"_s, u"edit"_s}).toEncoded(), expected);
}

void TestRequestFactory::segmentsArePercentEncoded()
{
    const RequestFactory factory(QUrl(u"https://h.example/api"_s), u"k"_s);
    const QUrl url = factory.url({u"products"_s, u"sku"_s, u"AB-120/3 x"_s});
    QCOMPARE(url.toEncoded(), QByteArray("https://h.example/api/products/sku/AB-120%2F3%20x"));
    // The request keeps the encoded slash: the server sees one segment.
    QCOMPARE(factory.request(url, false).url().toEncoded(), url.toEncoded());

    const QUrl hebrew = factory.url({u"products"_s, u"sku"_s, u"מדף-7"_s});
    QCOMPARE(hebrew.toEncoded(),
             QByteArray("https://h.example/api/products/sku/%D7%9E%D7%93%D7%A3-7"));
    const QUrl tricky = factory.url({u"products"_s, u"sku"_s, u"a?b#c%d+e"_s});
    QCOMPARE(tricky.toEncoded(),
             QByteArray("https://h.example/api/products/sku/a%3Fb%23c%25d%2Be"));
    QVERIFY(!tricky.hasQuery());
    QVERIFY(!tricky.hasFragment());
}

void TestRequestFactory::queryIsPercentEncoded()
{
    const RequestFactory factory(QUrl(u"https://h.example"_s), u"k"_s);
    const QUrl url = factory.url({u"inventory"_s},
                                 {{u"page"_s, u"2"_s}, {u"search"_s, u"a+b & c=d #1 שלום"_s}});
    QCOMPARE(url.toEncoded(),
             QByteArray("https://h.example/inventory?page=2&search=a%2Bb%20%26%20c%3Dd%20%231%20"
                        "%D7%A9%D7%9C%D7%95%D7%9D"));
}

void TestRequestFactory::httpsRequiredUnlessLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("https") << u"https://api.glance.co.il"_s << ApiError::Kind::None;
    QTest::newRow("https ip") << u"https://10.1.2.3"_s << ApiError::Kind::None;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:9000"_s << ApiError::Kind::None;
    QTest::newRow("http 127.4.5.6") << u"http://127.4.5.6"_s << ApiError::Kind::None;
    QTest::newRow("http localhost") << u"http://localhost:3000"_s << ApiError::Kind::None;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST"_s << ApiError::Kind::None;
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << ApiError::Kind::None;
    QTest::newRow("http host") << u"http://example.invalid"_s << ApiError::Kind::InsecureRequest;
    QTest::newRow("http private") << u"http://192.168.1.10"_s << ApiError::Kind::InsecureRequest;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1"_s << ApiError::Kind::InsecureRequest;
    QTest::newRow("http localhost.evil")
            << u"http://localhost.evil.example"_s << ApiError::Kind::InsecureRequest;
    QTest::newRow("http 127 as name")
            << u"http://127.0.0.1.nip.example"_s << ApiError::Kind::InsecureRequest;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << ApiError::Kind::Configuration;
    QTest::newRow("no host") << u"https://"_s << ApiError::Kind::Configuration;
}

void TestRequestFactory::httpsRequiredUnlessLoopback()
{
    QFETCH(QString, url);
    QFETCH(ApiError::Kind, kind);
    const RequestFactory factory(QUrl(url), u"k"_s);
    QCOMPARE(factory.check(factory.url({u"inventory"_s})).kind(), kind);
}

void TestRequestFactory::missingKeyOrUrl()
{
    const RequestFactory noKey(QUrl(u"https://api.glance.co.il"_s), QString());
    QCOMPARE(noKey.check(noKey.url({u"inventory"_s})).kind(), ApiError::Kind::Configuration);
    const RequestFactory noUrl(QUrl(), u"k"_s);
    QCOMPARE(noUrl.check(noUrl.url({u"inventory"_s})).kind(), ApiError::Kind::Configuration);
}

void TestRequestFactory::sameOrigin_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("same");
    QTest::newRow("same") << u"https://h.example/api"_s << u"https://h.example/other"_s << true;
    QTest::newRow("default port") << u"https://h.example"_s << u"https://h.example:443/x"_s << true;
    QTest::newRow("case") << u"https://h.example"_s << u"https://H.EXAMPLE/x"_s << true;
    QTest::newRow("other port") << u"http://127.0.0.1:8000"_s << u"http://127.0.0.1:8001/x"_s
                                << false;
    QTest::newRow("other host") << u"https://h.example"_s << u"https://evil.example/x"_s << false;
    QTest::newRow("subdomain") << u"https://h.example"_s << u"https://a.h.example/x"_s << false;
    QTest::newRow("downgrade") << u"https://h.example"_s << u"http://h.example/x"_s << false;
    QTest::newRow("localhost vs ip")
            << u"http://localhost:8000"_s << u"http://127.0.0.1:8000/x"_s << false;
    QTest::newRow("loopback other ip")
            << u"http://127.0.0.1:8000"_s << u"http://127.0.0.2:8000/x"_s << false;
}

void TestRequestFactory::sameOrigin()
{
    QFETCH(QString, base);
    QFETCH(QString, target);
    QFETCH(bool, same);
    const RequestFactory factory(QUrl(base), u"k"_s);
    QCOMPARE(factory.isSameOrigin(QUrl(target)), same);
}

void TestRequestFactory::redactRemovesCredentials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("header") << u"Authorization: Bearer glnc_sk_abc123"_s << u"abc123"_s;
    QTest::newRow("header lower") << u"authorization=bearer tok-777"_s << u"tok-777"_s;
    QTest::newRow("json") << uR"({"Authorization":"Bearer s3cr3t","x":1})"_s << u"s3cr3t"_s;
    QTest::newRow("bearer alone") << u"sent Bearer zzz-top to host"_s << u"zzz-top"_s;
    QTest::newRow("bare key") << u"key glnc_sk_live_0123456789 rejected"_s << u"0123456789"_s;
    QTest::newRow("query") << u"/inventory?api_key=qqq111&page=2"_s << u"qqq111"_s;
    QTest::newRow("token query") << u"/x?token=ttt222"_s << u"ttt222"_s;
}

void TestRequestFactory::redactRemovesCredentials()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString redacted = redact(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(u"***"_s), qPrintable(redacted));
    QCOMPARE(redact(u"GET /inventory?page=2&limit=100 status 200"_s),
             u"GET /inventory?page=2&limit=100 status 200"_s);
}

void TestRequestFactory::redactedUrlHasNoHostOrKey()
{
    const QUrl url(
            u"https://user:pw@api.glance.co.il/api/products/sku/A%2FB?search=x&key=abc#frag"_s);
    const QString shown = redactedUrl(url);
    QCOMPARE(shown, u"/api/products/sku/A%2FB?search=x&key=***"_s);
}

QTEST_GUILESS_MAIN(TestRequestFactory)
#include "tst_api_requestfactory.moc"
