#pragma once

#include <QLoggingCategory>

namespace Glance {

// "glance.account": profile switches and keychain outcomes (profile names and server addresses
// only; the API key is never logged).
Q_DECLARE_LOGGING_CATEGORY(lcAccount)

} // namespace Glance
