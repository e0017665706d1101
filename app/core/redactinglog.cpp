#include "core/redactinglog.h"

#include "api/logging.h"

#include <QtGlobal>

namespace Glance {

namespace {

QtMessageHandler s_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = redact(message);
    if (s_previous)
        s_previous(type, context, safe);
}

} // namespace

void installRedactingMessageHandler()
{
    if (s_previous)
        return;
    s_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace Glance
