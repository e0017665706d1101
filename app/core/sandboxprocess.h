#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTimer;

namespace Glance {

/*!
    Runs glance-sandbox (the local emulation of the Glance API) as a child process.

    Used by `glance-inventory --demo` and by the integration tests. The sandbox prints, as its
    first stdout line, one JSON object `{"url": ..., "keys": {"editor": ..., "viewer": ...}}`;
    this class reads that line asynchronously and emits ready(). Nothing here blocks the event
    loop except the destructor, which kills the child (SIGKILL) and reaps it.
*/
class SandboxProcess : public QObject
{
    Q_OBJECT

public:
    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    /*! Starts \a program with \a arguments. Emits ready() or failed() later; never both.
        The child's stdin is a pipe nobody writes to; its write end closes when this process
        ends, which a sandbox given exitWithParentArgument() takes as its cue to quit. */
    void start(const QString &program, const QStringList &arguments = {});

    /*! Asks the child to quit (closes its stdin, and SIGTERM on Unix), then kills it after a
        grace period. */
    void stop();

    /*! The argument that makes glance-sandbox quit when its stdin ends, i.e. when this process
        ends, whatever way (see start()). */
    static QString exitWithParentArgument();

    /*! glance-sandbox next to the running executable (".exe" appended on Windows). */
    static QString defaultProgram();

    /*! How long start() waits for the first line before failing; default 15000 ms. */
    void setStartTimeout(int milliseconds);
    int startTimeout() const;

    /*! Valid after ready(). */
    QUrl url() const;
    QString editorKey() const;
    QString viewerKey() const;

    /*! True while the child process exists (starting or serving). */
    bool isRunning() const;
    /*! True once ready() has been emitted and until the child exits. */
    bool isReady() const;
    /*! The child's process id, or 0. */
    qint64 processId() const;
    /*! The last few kilobytes the child wrote to stderr (diagnostics for failures). */
    QString errorOutput() const;

Q_SIGNALS:
    void ready(const QUrl &url, const QString &editorKey, const QString &viewerKey);
    void failed(const QString &reason);
    /*! The child exited (after ready(), or after stop()). */
    void finished(int exitCode, QProcess::ExitStatus exitStatus);

private:
    void onReadyReadStandardOutput();
    void onReadyReadStandardError();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onStartTimeout();
    void parseFirstLine(const QByteArray &line);
    void fail(const QString &reason);
    void resetState();

    QProcess *m_process = nullptr;
    QTimer *m_startTimer = nullptr;
    QTimer *m_killTimer = nullptr;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    QUrl m_url;
    QString m_editorKey;
    QString m_viewerKey;
    QString m_program;
    int m_startTimeoutMs = 15000;
    bool m_ready = false;
    bool m_failed = false;
    bool m_stopping = false;
};

} // namespace Glance
