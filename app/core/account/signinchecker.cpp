#include "core/account/signinchecker.h"

#include "api/apiclient.h"
#include "core/account/accountlogging.h"
#include "core/account/apikeyformat.h"
#include "core/account/baseurl.h"
#include "core/text/bidi.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

namespace Glance {

SignInChecker::SignInChecker(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

SignInChecker::~SignInChecker()
{
    cancel();
}

void SignInChecker::cancel()
{
    m_token.reset(); // pending callbacks and timers die with it
    m_client.reset(); // aborts the request, without its callback
    m_running = false;
}

void SignInChecker::check(const QUrl &baseUrl, const QString &key)
{
    cancel();
    m_running = true;
    m_token = std::make_unique<QObject>();
    QObject *token = m_token.get();

    const ApiKeyFormat::Problem problem = ApiKeyFormat::check(key);
    const QUrl base = BaseUrl::normalized(baseUrl);
    if (problem != ApiKeyFormat::Problem::None || !base.isValid()) {
        const QString message = problem != ApiKeyFormat::Problem::None
                ? ApiKeyFormat::message(problem)
                : tr("Enter the server address, for example %1.")
                          .arg(Bidi::url(BaseUrl::defaultUrl()));
        const ApiError error = problem != ApiKeyFormat::Problem::None
                ? ApiError()
                : ApiError(ApiError::Kind::Configuration, QStringLiteral("invalid base URL"));
        QTimer::singleShot(0, token, [this, message, error] { finish(false, message, error); });
        return;
    }

    ClientConfig config;
    config.baseUrl = base;
    config.apiKey = key;
    config.timeout = m_timeout;
    config.maxRateLimitRetries = 1;
    m_client = std::make_unique<ApiClient>(m_network.data(), config);
    InventoryQuery query;
    query.limit = 1;
    ++m_requestsSent;
    qCDebug(lcAccount).noquote() << "checking a key against" << base.toDisplayString();
    m_client->listInventory(query, token, [this](const ApiResult<Page<InventoryRecord>> &result) {
        if (result.ok())
            finish(true, {}, {});
        else
            finish(false, refusalMessage(result.error()), result.error());
    });
}

QString SignInChecker::refusalMessage(const ApiError &error)
{
    // Someone signing in has no key stored yet and no Settings to check: sentences of their own,
    // without the server's English.
    if (error.kind() != ApiError::Kind::Http)
        return error.userMessage();
    const int status = error.httpStatus();
    if (status == 401)
        return tr("Glance did not accept this key. Check that you copied the whole key, or "
                  "create a new one in Glance.");
    if (status == 403)
        return tr("Glance knows this key but does not let it read the inventory. Ask the "
                  "account owner for a key with access to the inventory, or create one with "
                  "another role.");
    if (status == 404)
        return tr("The server at this address does not answer like Glance. Check the server "
                  "address under Advanced.");
    if (status == 429 || (status >= 500 && status <= 599) || (status >= 300 && status <= 399)) {
        // Their generic sentences, without what the server added in English.
        ApiError plain = error;
        plain.setServerMessage({});
        plain.setServerCode({});
        plain.setIssues({});
        return plain.userMessage();
    }
    //: %1 is an HTTP status code, e.g. 400
    return tr("Glance refused to check this key (error %1). Check the key and the server "
              "address, then try again.")
            .arg(Bidi::number(status));
}

void SignInChecker::finish(bool ok, const QString &message, const ApiError &error)
{
    m_running = false;
    // The client may be the caller of this function: delete it later.
    if (m_client)
        m_client.release()->deleteLater();
    m_token.release()->deleteLater();
    qCDebug(lcAccount).noquote() << "key check:"
                                 << (ok ? QStringLiteral("accepted") : error.toLogString());
    if (ok)
        Q_EMIT accepted();
    else
        Q_EMIT refused(message, error);
}

} // namespace Glance
