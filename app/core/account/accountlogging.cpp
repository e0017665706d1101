#include "core/account/accountlogging.h"

namespace Glance {

Q_LOGGING_CATEGORY(lcAccount, "glance.account", QtInfoMsg)

} // namespace Glance
