#pragma once

#include "api/apiresult.h"
#include "api/apitypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

// The outside of every Glance answer: the {"data": ...} envelope with or without "success" (or
// a bare value), and the pagination object beside it (a missing one is one complete page).
namespace Glance::Decode {

struct Envelope
{
    QJsonValue data; // the payload: root["data"], or the root itself when there is no "data"
    QJsonObject root; // the top-level object (empty when the body is a bare array)
    bool hasDataKey = false;
};
// Fails with Kind::Decode for a body that is not a JSON object or array (HTML, truncated,
// empty), and with the server's error for {"success": false, "error": ...}.
ApiResult<Envelope> envelope(const QByteArray &body);

Pagination pagination(const QJsonObject &root);

} // namespace Glance::Decode
