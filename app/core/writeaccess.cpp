#include "core/writeaccess.h"

#include "api/apiclient.h"

namespace Glance {

WriteAccess::WriteAccess(QObject *parent)
    : QObject(parent)
{
}

void WriteAccess::watch(ApiClient *client)
{
    connect(client, &ApiClient::callFailed, this, &WriteAccess::noteError);
}

void WriteAccess::noteError(const ApiError &error)
{
    // Only a refused change: Glance may refuse a read (the history, the products) to a key that
    // can still write, and that must not turn changes off.
    if (!error.isForbidden() || !error.isWriteRequest() || !m_canWrite)
        return;
    m_canWrite = false;
    m_reason = tr("This API key is read-only, so changes are turned off. Ask the account owner "
                  "for a key with the editor role, or choose “Check again” after the role "
                  "changed.");
    Q_EMIT changed(false);
}

void WriteAccess::reset()
{
    if (m_canWrite)
        return;
    m_canWrite = true;
    m_reason.clear();
    Q_EMIT changed(true);
}

} // namespace Glance
