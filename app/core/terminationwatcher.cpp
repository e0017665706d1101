#include "core/terminationwatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Glance {

Q_LOGGING_CATEGORY(lcTermination, "glance.core.termination")

namespace {

#ifdef Q_OS_UNIX
int s_pipe[2] = {-1, -1};

void onUnixSignal(int signal)
{
    const char byte = char(signal);
    // Async-signal-safe: only write(2). A full pipe means a quit is already pending.
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[0], &byte, 1);
}
#endif

#ifdef Q_OS_WIN
BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs on a thread of its own: ask the main thread to quit.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                              Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

TerminationWatcher::TerminationWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) != 0) {
        qCWarning(lcTermination) << "no socket pair: signals end the app without saving";
        return;
    }
    m_notifier = new QSocketNotifier(qintptr(s_pipe[1]), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationWatcher::onSignal);
    struct sigaction action = {};
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
#endif
#ifdef Q_OS_WIN
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

TerminationWatcher::~TerminationWatcher()
{
#ifdef Q_OS_UNIX
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    for (int &fd : s_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
#ifdef Q_OS_WIN
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#endif
}

void TerminationWatcher::onSignal()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(s_pipe[1], &byte, 1) != 1)
        return;
    qCInfo(lcTermination) << "signal" << int(byte) << "received: closing cleanly";
    Q_EMIT terminationRequested(int(byte));
#endif
    QCoreApplication::quit();
}

} // namespace Glance
