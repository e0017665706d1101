#pragma once

#include <QObject>

class QSocketNotifier;

namespace Glance {

// Turns the operating system's "please stop" into a clean QCoreApplication::quit(): SIGTERM,
// SIGINT and SIGHUP on Unix (through a self-pipe, so the handler only writes a byte), console
// Ctrl+C / close / logoff / shutdown events on Windows. A clean quit runs every destructor: the
// drafts and the submission journal are on disk already (written before anything is shown or
// sent), open requests end, and the --demo server (glance-sandbox) is stopped. One per process.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    // Emitted once, right before quit() is requested.
    void terminationRequested(int signal);

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Glance
