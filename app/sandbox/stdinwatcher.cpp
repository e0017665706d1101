#include "stdinwatcher.h"

#include <QMetaObject>

#include <array>
#include <mutex>
#include <thread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <unistd.h>
#endif

namespace Glance::Sandbox {

namespace {

// Blocks until standard input ends. The system call itself, not stdio: a thread blocked inside
// fread() holds the stream's lock, which exit() may wait for (the MSVC runtime does).
void readUntilEndOfInput()
{
    std::array<char, 256> buffer {};
#ifdef Q_OS_WIN
    const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD got = 0;
    while (input != nullptr && input != INVALID_HANDLE_VALUE
           && ::ReadFile(input, buffer.data(), DWORD(buffer.size()), &got, nullptr) && got > 0) { }
#else
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, buffer.data(), buffer.size());
        if (got > 0 || (got < 0 && errno == EINTR))
            continue; // data is ignored: only the end of the input means something
        return; // 0: end of file; < 0: no usable stdin
    }
#endif
}

} // namespace

struct StdinWatcher::Shared
{
    std::mutex mutex;
    StdinWatcher *watcher = nullptr; // null once the watcher is gone
};

StdinWatcher::StdinWatcher(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->watcher = this;
    std::thread([shared = m_shared] {
        readUntilEndOfInput(); // end of file or an error: either way the parent has gone
        const std::lock_guard lock(shared->mutex);
        if (shared->watcher)
            QMetaObject::invokeMethod(shared->watcher, &StdinWatcher::endOfInput,
                                      Qt::QueuedConnection);
    }).detach();
}

StdinWatcher::~StdinWatcher()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->watcher = nullptr;
}

} // namespace Glance::Sandbox
