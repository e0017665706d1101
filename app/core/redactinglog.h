#pragma once

namespace Glance {

// Installs a Qt message handler that passes every log line of the process, whichever library
// or category wrote it, through Glance::redact() (API keys, Bearer tokens, key parameters)
// before the previous handler prints it. Installed once by the application at start.
void installRedactingMessageHandler();

} // namespace Glance
