#pragma once

// One scripted answer of FakeNetworkAccessManager (fakenetwork.h), in the API's envelope
// (../shared/api/REFERENCE.md; the shapes glance-sandbox sends).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Glance::Test {

// A scripted answer: status, headers and body, optionally cut off (the connection closes after
// `cutAfter` bytes of the body: the headers arrived, the body did not, all of it).
struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qsizetype cutAfter = -1; // -1: the whole body

    // {"success": true, "data": …} (what the sandbox and the SDK send), `extra` beside it.
    static FakeResponse ok(const QJsonValue &data, const QJsonObject &extra = {});
    // A page of a list: data and pagination {total, limit, offset, hasMore}.
    static FakeResponse page(const QJsonArray &items, qint64 total, int page, int limit);
    // The SDK's error shape: {"success": false, "error": {status, message, code, issues?}}.
    static FakeResponse sdkError(int status, const QString &code, const QString &message,
                                 const QJsonArray &issues = {});
    // The docs' error shape: {"error": …, "message": …, "statusCode": …}.
    static FakeResponse docsError(int status, const QString &error, const QString &message);
    static FakeResponse json(int status, const QJsonObject &object);
    static FakeResponse raw(int status, const QByteArray &contentType, const QByteArray &body);

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    // X-RateLimit-Limit / -Remaining / -Reset (Unix seconds).
    FakeResponse &withRateLimit(int limit, int remaining, qint64 resetEpochSeconds);
    FakeResponse &cutOffAfter(qsizetype bytes);
};

} // namespace Glance::Test
