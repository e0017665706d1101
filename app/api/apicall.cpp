#include "api/apicall.h"

#include <utility>

namespace Glance {

ApiCall::ApiCall(QString operation, QObject *parent)
    : QObject(parent)
    , m_operation(std::move(operation))
{
}

ApiCall::~ApiCall() = default;

void ApiCall::cancel()
{
    // The dispatcher decides: a call whose outcome is already settled is not cancelled again.
    if (!m_finished && !m_cancelled)
        Q_EMIT cancelRequested();
}

void ApiCall::markFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace Glance
