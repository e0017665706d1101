#include "logcapture.h"

#include <QLoggingCategory>

namespace Glance::ApiTest {

namespace {

QMutex g_mutex;
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

} // namespace

LogCapture::LogCapture()
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("glance.api.debug=true"));
    g_previous = qInstallMessageHandler(&LogCapture::handler);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&g_mutex);
    return g_lines;
}

int LogCapture::count(const QString &needle) const
{
    int n = 0;
    for (const QString &line : lines()) {
        if (line.contains(needle))
            ++n;
    }
    return n;
}

void LogCapture::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.append(QString::fromLatin1(context.category ? context.category : "default")
                       + QLatin1String(": ") + message);
    }
    // Debug and info lines are kept for the test, not printed (a burst logs hundreds).
    if (g_previous && type != QtDebugMsg && type != QtInfoMsg)
        g_previous(type, context, message);
}

} // namespace Glance::ApiTest
