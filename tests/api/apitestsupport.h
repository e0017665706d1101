#pragma once

#include "api/apiclient.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <chrono>
#include <memory>

namespace Glance::ApiTest {

// One QNetworkAccessManager per test, never through a proxy (everything is on loopback).
inline std::unique_ptr<QNetworkAccessManager> makeNetwork()
{
    auto network = std::make_unique<QNetworkAccessManager>();
    network->setProxy(QNetworkProxy::NoProxy);
    return network;
}

// A client configuration for a running sandbox, with the editor key by default.
inline ClientConfig sandboxConfig(const Test::SandboxFixture &sandbox, QString key = {})
{
    ClientConfig config;
    config.baseUrl = sandbox.url();
    config.apiKey = key.isEmpty() ? sandbox.editorKey() : key;
    config.timeout = std::chrono::seconds(10);
    return config;
}

} // namespace Glance::ApiTest
