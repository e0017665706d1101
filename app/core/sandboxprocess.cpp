#include "sandboxprocess.h"

#include "core/text/bidi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Glance {

namespace {
constexpr int killGraceMs = 3000;
constexpr qsizetype stderrTailBytes = 8192;
constexpr qsizetype maxFirstLineBytes = 64 * 1024;
} // namespace

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
    , m_startTimer(new QTimer(this))
    , m_killTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    m_killTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, &SandboxProcess::onStartTimeout);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning)
            m_process->kill();
    });
}

SandboxProcess::~SandboxProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        // Only at exit. SIGKILL (TerminateProcess on Windows) cannot be ignored, so this wait
        // is for the kernel to reap the child, a few milliseconds; deleting a running QProcess
        // would warn and do the same wait itself.
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

void SandboxProcess::start(const QString &program, const QStringList &arguments)
{
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            // Nothing waits for the old server: it is deleted once it has gone.
            QProcess *old = m_process;
            connect(old, &QProcess::finished, old, &QObject::deleteLater);
            old->kill();
        } else {
            m_process->deleteLater();
        }
        m_process = nullptr;
    }
    resetState();
    m_program = program;

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &SandboxProcess::onReadyReadStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            &SandboxProcess::onReadyReadStandardError);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxProcess::onErrorOccurred);
    connect(m_process, &QProcess::finished, this, &SandboxProcess::onFinished);

    m_startTimer->start(m_startTimeoutMs);
    // Read and write: the child's stdin is a pipe whose write end only this process holds. It
    // is never written to; the operating system closes it when this process ends, however it
    // ends (kill -9 too, on every OS), and glance-sandbox --exit-with-stdin then quits.
    m_process->start(program, arguments, QIODevice::ReadWrite);
}

void SandboxProcess::stop()
{
    m_startTimer->stop();
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process->closeWriteChannel(); // the end of stdin: how a Windows console child hears it
    m_process->terminate();
    if (!m_killTimer->isActive())
        m_killTimer->start(killGraceMs);
}

QString SandboxProcess::exitWithParentArgument()
{
    return u"--exit-with-stdin"_s;
}

QString SandboxProcess::defaultProgram()
{
#ifdef Q_OS_WIN
    const QString name = u"glance-sandbox.exe"_s;
#else
    const QString name = u"glance-sandbox"_s;
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

void SandboxProcess::setStartTimeout(int milliseconds)
{
    m_startTimeoutMs = milliseconds;
}

int SandboxProcess::startTimeout() const
{
    return m_startTimeoutMs;
}

QUrl SandboxProcess::url() const
{
    return m_url;
}

QString SandboxProcess::editorKey() const
{
    return m_editorKey;
}

QString SandboxProcess::viewerKey() const
{
    return m_viewerKey;
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool SandboxProcess::isReady() const
{
    return m_ready && isRunning();
}

qint64 SandboxProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QString SandboxProcess::errorOutput() const
{
    return QString::fromUtf8(m_stderrTail);
}

void SandboxProcess::onReadyReadStandardOutput()
{
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAllStandardOutput();
    if (m_ready || m_failed)
        return; // the sandbox logs to stderr; anything else on stdout is ignored
    m_stdoutBuffer += chunk;
    const qsizetype newline = m_stdoutBuffer.indexOf('\n');
    if (newline < 0) {
        if (m_stdoutBuffer.size() > maxFirstLineBytes)
            fail(tr("The demo server printed an unexpected first line."));
        return;
    }
    const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
    m_stdoutBuffer.clear();
    parseFirstLine(line);
}

void SandboxProcess::onReadyReadStandardError()
{
    if (!m_process)
        return;
    m_stderrTail += m_process->readAllStandardError();
    if (m_stderrTail.size() > stderrTailBytes)
        m_stderrTail = m_stderrTail.right(stderrTailBytes);
}

void SandboxProcess::parseFirstLine(const QByteArray &line)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    const QJsonObject object = document.object();
    const QJsonObject keys = object.value("keys"_L1).toObject();
    const QUrl url(object.value("url"_L1).toString(), QUrl::StrictMode);
    const QString editor = keys.value("editor"_L1).toString();
    const QString viewer = keys.value("viewer"_L1).toString();
    if (error.error != QJsonParseError::NoError || !document.isObject() || !url.isValid()
        || url.scheme() != "http"_L1 || editor.isEmpty() || viewer.isEmpty()) {
        fail(tr("The demo server printed an unexpected first line."));
        return;
    }
    m_startTimer->stop();
    m_url = url;
    m_editorKey = editor;
    m_viewerKey = viewer;
    m_ready = true;
    Q_EMIT ready(m_url, m_editorKey, m_viewerKey);
}

void SandboxProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart && !QFileInfo::exists(m_program)) {
        const QString path = Bidi::isolateLtr(QDir::toNativeSeparators(m_program));
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        fail(tr("The demo server is not installed (%1 was not found). It is part of the "
                "installer: install Glance Inventory again.")
                     .arg(path));
#else
        fail(tr("The demo server is not installed (%1 was not found). It comes in a package of "
                "its own: on Debian or Ubuntu, install it with “sudo apt install "
                "glance-inventory-demo”.")
                     .arg(path));
#endif
    } else if (error == QProcess::FailedToStart) {
        fail(tr("Could not start the demo server (%1): %2")
                     .arg(Bidi::isolateLtr(QDir::toNativeSeparators(m_program)),
                          m_process ? Bidi::name(m_process->errorString()) : QString()));
    }
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    m_startTimer->stop();
    m_killTimer->stop();
    if (m_process)
        onReadyReadStandardError();
    if (!m_ready && !m_failed && !m_stopping) {
        QString detail = errorOutput().trimmed();
        if (detail.size() > 500)
            detail = detail.right(500);
        if (!detail.isEmpty())
            detail = Bidi::name(detail); // the server's own (English) words
        if (exitStatus == QProcess::CrashExit)
            fail(tr("The demo server crashed while starting. %1").arg(detail).trimmed());
        else
            fail(tr("The demo server exited with code %1 while starting. %2")
                         .arg(Bidi::number(exitCode), detail)
                         .trimmed());
    }
    const bool wasReady = m_ready;
    m_ready = false;
    if (wasReady || (m_stopping && !m_failed))
        Q_EMIT finished(exitCode, exitStatus);
    m_stopping = false;
}

void SandboxProcess::onStartTimeout()
{
    if (m_ready || m_failed)
        return;
    fail(tr("The demo server did not start within %1 seconds.")
                 .arg(Bidi::isolateLtr(QLocale().toString(m_startTimeoutMs / 1000.0, 'g', 3))));
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

void SandboxProcess::fail(const QString &reason)
{
    if (m_failed || m_ready)
        return;
    m_failed = true;
    m_startTimer->stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process->kill();
    }
    Q_EMIT failed(reason);
}

void SandboxProcess::resetState()
{
    m_startTimer->stop();
    m_killTimer->stop();
    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    m_url = QUrl();
    m_editorKey.clear();
    m_viewerKey.clear();
    m_ready = false;
    m_failed = false;
    m_stopping = false;
}

} // namespace Glance
