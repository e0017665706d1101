#pragma once

#include <QString>
#include <QUrl>

namespace Glance {

// The address of a Glance API server as the app stores and compares it.
class BaseUrl
{
public:
    // https://api.glance.co.il
    static QUrl defaultUrl();

    // Reads what a person typed ("api.example.com", "https://host/", " http://127.0.0.1:8080 ");
    // without a scheme it means https.
    // Returns an invalid QUrl unless it is an http(s) address with a host. The result is
    // normalized (no trailing slash, no query, fragment or user info) so the same server always
    // gives the same profile. Whether plain http is allowed is the API client's decision
    // (loopback only).
    static QUrl fromUserInput(const QString &text);

    // The normalized form of an already parsed URL (invalid stays invalid).
    static QUrl normalized(const QUrl &url);
};

} // namespace Glance
