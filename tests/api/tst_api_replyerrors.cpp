// ReplyErrors: the one ApiError for a request without a readable answer, by what is known of
// its reply; above all, that a change whose answer may have been lost is OutcomeUnknown (never
// a plain failure someone would send again) while a read is an ordinary failure.

#include "api/replyerrors.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using Kind = ApiError::Kind;
using Code = QNetworkReply::NetworkError;

Q_DECLARE_METATYPE(Glance::ApiError::Kind)

class TestReplyErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noAnswer_data();
    void noAnswer();
    void tlsKeepsTheCertificateErrors();
    void networkGone();
    void serverErrors_data();
    void serverErrors();
    void unreadableAnswers();
};

void TestReplyErrors::noAnswer_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<bool>("requestSent");
    QTest::addColumn<Kind>("kind");
    // A change sent and lost: nobody can tell whether it was applied.
    QTest::newRow("change, sent, timeout")
            << int(Code::OperationCanceledError) << false << true << Kind::OutcomeUnknown;
    QTest::newRow("change, sent, reset")
            << int(Code::RemoteHostClosedError) << false << false << Kind::OutcomeUnknown;
    QTest::newRow("change, re-send refused")
            << int(Code::ContentReSendError) << false << false << Kind::OutcomeUnknown;
    // A change that never left: an ordinary failure.
    QTest::newRow("change, refused")
            << int(Code::ConnectionRefusedError) << false << true << Kind::Network;
    QTest::newRow("change, no host")
            << int(Code::HostNotFoundError) << false << true << Kind::Network;
    QTest::newRow("change, not sent, timeout")
            << int(Code::OperationCanceledError) << false << false << Kind::Timeout;
    // Reads are repeated freely.
    QTest::newRow("read, sent, timeout")
            << int(Code::OperationCanceledError) << true << true << Kind::Timeout;
    QTest::newRow("read, transfer timeout")
            << int(Code::TimeoutError) << true << true << Kind::Timeout;
    QTest::newRow("read, reset") << int(Code::RemoteHostClosedError) << true << true
                                 << Kind::Network;
}

void TestReplyErrors::noAnswer()
{
    QFETCH(int, code);
    QFETCH(bool, idempotent);
    QFETCH(bool, requestSent);
    QFETCH(Kind, kind);
    const ApiError error = ReplyErrors::noAnswer({.code = Code(code),
                                                  .errorString = u"it broke"_s,
                                                  .idempotent = idempotent,
                                                  .requestSent = requestSent,
                                                  .tlsDetail = {},
                                                  .networkGone = false});
    QCOMPARE(error.kind(), kind);
    if (Code(code) != Code::ContentReSendError)
        QVERIFY2(error.detail().contains(u"it broke"_s), qPrintable(error.detail()));
}

void TestReplyErrors::tlsKeepsTheCertificateErrors()
{
    const ApiError withDetail =
            ReplyErrors::noAnswer({.code = Code::OperationCanceledError,
                                   .errorString = u"cancelled"_s,
                                   .idempotent = false,
                                   .requestSent = true,
                                   .tlsDetail = u"The certificate has expired"_s,
                                   .networkGone = false});
    QCOMPARE(withDetail.kind(), Kind::Tls); // not OutcomeUnknown: nothing went through
    QCOMPARE(withDetail.detail(), u"The certificate has expired"_s);
    const ApiError handshake = ReplyErrors::noAnswer({.code = Code::SslHandshakeFailedError,
                                                      .errorString = u"handshake"_s,
                                                      .idempotent = true,
                                                      .requestSent = false,
                                                      .tlsDetail = {},
                                                      .networkGone = false});
    QCOMPARE(handshake.kind(), Kind::Tls);
    QVERIFY(ReplyErrors::nothingWasSent(Code::SslHandshakeFailedError));
    QVERIFY(!ReplyErrors::nothingWasSent(Code::RemoteHostClosedError));
}

void TestReplyErrors::networkGone()
{
    const ApiError error = ReplyErrors::noAnswer({.code = Code::OperationCanceledError,
                                                  .errorString = {},
                                                  .idempotent = false,
                                                  .requestSent = true,
                                                  .tlsDetail = {},
                                                  .networkGone = true});
    QCOMPARE(error.kind(), Kind::Network);
    QCOMPARE(error.detail(), u"network access manager gone"_s);
}

void TestReplyErrors::serverErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("change, 500") << 500 << false << Kind::OutcomeUnknown;
    QTest::newRow("change, 503") << 503 << false << Kind::OutcomeUnknown;
    QTest::newRow("change, 400") << 400 << false << Kind::Http;
    QTest::newRow("change, 499") << 499 << false << Kind::Http;
    QTest::newRow("read, 500") << 500 << true << Kind::Http;
    QTest::newRow("read, 302") << 302 << true << Kind::Http;
}

void TestReplyErrors::serverErrors()
{
    QFETCH(int, status);
    QFETCH(bool, idempotent);
    QFETCH(Kind, kind);
    const QByteArray body =
            R"({"success":false,"error":{"message":"Down for a moment","code":"BUSY"}})";
    const ApiError error = ReplyErrors::serverError(status, body, idempotent);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.serverCode(), u"BUSY"_s);
    QCOMPARE(error.serverMessage(), u"Down for a moment"_s);
}

void TestReplyErrors::unreadableAnswers()
{
    const ApiError change = ReplyErrors::unreadableAnswer(201, false, u"cut short"_s);
    QCOMPARE(change.kind(), Kind::OutcomeUnknown);
    QCOMPARE(change.httpStatus(), 201);
    QCOMPARE(change.detail(), u"cut short"_s);
    const ApiError read = ReplyErrors::unreadableAnswer(200, true, u"too large"_s);
    QCOMPARE(read.kind(), Kind::Decode);
    QCOMPARE(read.httpStatus(), 200);
}

QTEST_GUILESS_MAIN(TestReplyErrors)
#include "tst_api_replyerrors.moc"
