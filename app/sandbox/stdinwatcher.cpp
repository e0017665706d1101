#include "stdinwatcher.h"

#include <QMetaObject>

#include <array>
#include <cstdio>
#include <mutex>
#include <thread>

namespace Glance::Sandbox {

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
        std::array<char, 256> buffer {};
        while (std::fread(buffer.data(), 1, buffer.size(), stdin) == buffer.size()) {
            // Whatever arrives is ignored: only the end of the input means something.
        }
        // A short read is end of file or an error; either way the parent has gone.
        const std::lock_guard lock(shared->mutex);
        if (shared->watcher)
            QMetaObject::invokeMethod(
                    shared->watcher, &StdinWatcher::endOfInput, Qt::QueuedConnection);
    }).detach();
}

StdinWatcher::~StdinWatcher()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->watcher = nullptr;
}

} // namespace Glance::Sandbox
