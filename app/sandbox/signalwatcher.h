#pragma once

#include <QObject>

class QSocketNotifier;

namespace Glance::Sandbox {

/*!
    Turns SIGTERM/SIGINT (Unix: self-pipe + QSocketNotifier) or console Ctrl+C/close events
    (Windows) into the quitRequested() signal, so the event loop ends cleanly with exit code 0.
    Only one instance may exist.
*/
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void quitRequested(int signalNumber);

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Glance::Sandbox
