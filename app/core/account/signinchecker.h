#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace Glance {

class ApiCall;
class ApiClient;

// Checks an API key before it is stored: first its shape (no request for an empty key or one
// with spaces or line breaks), then one cheap request, GET /inventory?limit=1. Exactly one of
// accepted() or refused() follows every check(), always later (never from inside check()).
// A new check() or cancel() drops the one running, which then reports nothing.
class SignInChecker : public QObject
{
    Q_OBJECT

public:
    explicit SignInChecker(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SignInChecker() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // `key` is used as given (normalize it with ApiKeyFormat::normalized() first).
    void check(const QUrl &baseUrl, const QString &key);
    void cancel();
    bool isRunning() const { return m_running; }

    // Requests sent so far (0 when every check was refused for the key's shape), for tests.
    int requestsSent() const { return m_requestsSent; }

    // What a refused check says to someone signing in: its own sentences for HTTP answers
    // (401: the key is wrong; 403: the key may not read the inventory; 404: not Glance at this
    // address…), never the server's English; error.userMessage() for the rest (network, TLS,
    // timeout…).
    static QString refusalMessage(const ApiError &error);

Q_SIGNALS:
    void accepted();
    // `message` is the one sentence to show: ApiKeyFormat::message() for a malformed key (then
    // `error` is Kind::None), a base-URL sentence for an unusable address (Kind::Configuration),
    // else refusalMessage(error).
    void refused(const QString &message, const Glance::ApiError &error);

private:
    void finish(bool ok, const QString &message, const ApiError &error);

    QPointer<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QObject> m_token; // context of the running check; replaced to cancel it
    std::chrono::milliseconds m_timeout {std::chrono::seconds(30)};
    bool m_running = false;
    int m_requestsSent = 0;
};

} // namespace Glance
