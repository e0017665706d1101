#pragma once

#include <QObject>

#include <memory>

namespace Glance::Sandbox {

/*!
    Emits endOfInput() once standard input reaches end of file (or fails).

    `glance-inventory --demo` starts the sandbox with a pipe as its stdin and never writes to it.
    The pipe's write end belongs to the app, so the operating system closes it when the app ends,
    however it ends (a clean exit, a crash, kill -9, TerminateProcess): the sandbox sees end of file
    and quits. That works the same on Linux, macOS and Windows, where a parent-death signal does
    not exist.

    A plain blocking read on a thread of its own (read(2), ReadFile on Windows: a socket notifier
    cannot watch a Windows pipe). The thread is detached: it may stay blocked in the read
    until the process exits, and only ever posts to this object while it is alive.
*/
class StdinWatcher : public QObject
{
    Q_OBJECT

public:
    explicit StdinWatcher(QObject *parent = nullptr);
    ~StdinWatcher() override;

Q_SIGNALS:
    void endOfInput();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Glance::Sandbox
