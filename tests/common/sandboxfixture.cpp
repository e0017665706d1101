#include "sandboxfixture.h"

#include "core/sandboxprocess.h"
#include "rawhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

#ifndef GLANCE_SANDBOX_PATH
#error "GLANCE_SANDBOX_PATH must be defined (tests/common/CMakeLists.txt)"
#endif

namespace Glance::Test {

SandboxFixture::SandboxFixture() = default;

SandboxFixture::~SandboxFixture() = default; // ~SandboxProcess kills the child

QString SandboxFixture::sandboxPath()
{
    return QString::fromUtf8(GLANCE_SANDBOX_PATH);
}

bool SandboxFixture::start(const QStringList &extraArgs, int timeoutMs)
{
    m_process = std::make_unique<Glance::SandboxProcess>();
    m_process->setStartTimeout(timeoutMs);
    m_error.clear();
    m_lastExitCode = -1;

    QStringList args = extraArgs;
    if (!args.contains("--log-requests"_L1) && !args.contains("--quiet"_L1))
        args.append(u"--quiet"_s);
    // Known keys, so that .ci/test.sh can search the whole suite's output for them (a key in a
    // log line is a leak, whichever test printed it).
    if (!args.contains("--editor-key"_L1))
        args << u"--editor-key"_s << QString::fromLatin1(kEditorKey);
    if (!args.contains("--viewer-key"_L1))
        args << u"--viewer-key"_s << QString::fromLatin1(kViewerKey);
    // A test that crashes or is killed by CTest's timeout leaves no server behind.
    if (!args.contains(Glance::SandboxProcess::exitWithParentArgument()))
        args.append(Glance::SandboxProcess::exitWithParentArgument());

    QSignalSpy readySpy(m_process.get(), &Glance::SandboxProcess::ready);
    QSignalSpy failedSpy(m_process.get(), &Glance::SandboxProcess::failed);
    m_process->start(sandboxPath(), args);
    // The process has its own start timeout; wait a little longer than that.
    for (int waited = 0; readySpy.isEmpty() && failedSpy.isEmpty() && waited < timeoutMs + 5000;
         waited += 100) {
        readySpy.wait(100);
    }
    if (!readySpy.isEmpty())
        return true;
    m_error = failedSpy.isEmpty() ? u"glance-sandbox did not report ready"_s
                                  : failedSpy.first().first().toString();
    const QString stderrText = m_process->errorOutput().trimmed();
    if (!stderrText.isEmpty())
        m_error += u" | stderr: "_s + stderrText.right(1000);
    return false;
}

bool SandboxFixture::stop(int timeoutMs)
{
    if (!m_process || !m_process->isRunning())
        return false;
    QSignalSpy finishedSpy(m_process.get(), &Glance::SandboxProcess::finished);
    m_process->stop();
    if (finishedSpy.isEmpty() && !finishedSpy.wait(timeoutMs)) {
        m_error = u"glance-sandbox did not exit in time"_s;
        return false;
    }
    const auto status = finishedSpy.first().at(1).value<QProcess::ExitStatus>();
    m_lastExitCode = status == QProcess::NormalExit ? finishedSpy.first().at(0).toInt() : -1;
    if (status == QProcess::NormalExit && m_lastExitCode == 0)
        return true;
    m_error = u"glance-sandbox ended with %1; its last output: %2"_s.arg(
            status == QProcess::NormalExit ? u"exit code %1"_s.arg(m_lastExitCode) : u"a crash"_s,
            m_process->errorOutput().right(3000));
    return false;
}

bool SandboxFixture::isRunning() const
{
    return m_process && m_process->isRunning();
}

int SandboxFixture::lastExitCode() const
{
    return m_lastExitCode;
}

QString SandboxFixture::errorString() const
{
    return m_error;
}

QUrl SandboxFixture::url() const
{
    return m_process ? m_process->url() : QUrl();
}

QString SandboxFixture::editorKey() const
{
    return m_process ? m_process->editorKey() : QString();
}

QString SandboxFixture::viewerKey() const
{
    return m_process ? m_process->viewerKey() : QString();
}

Glance::SandboxProcess *SandboxFixture::process() const
{
    return m_process.get();
}

QUrl SandboxFixture::endpoint(const QString &encodedPathAndQuery) const
{
    return RawHttp::join(url(), encodedPathAndQuery);
}

HttpResult SandboxFixture::request(const QByteArray &method, const QString &encodedPathAndQuery,
                                   const QString &key, const QByteArray &body,
                                   const HttpHeaderList &extraHeaders) const
{
    HttpHeaderList headers = extraHeaders;
    if (!key.isEmpty())
        headers.append({"Authorization", "Bearer " + key.toUtf8()});
    return RawHttp::send(method, endpoint(encodedPathAndQuery), headers, body);
}

HttpResult SandboxFixture::get(const QString &encodedPathAndQuery) const
{
    return request("GET", encodedPathAndQuery, editorKey());
}

HttpResult SandboxFixture::get(const QString &encodedPathAndQuery, const QString &key) const
{
    return request("GET", encodedPathAndQuery, key);
}

HttpResult SandboxFixture::post(const QString &encodedPathAndQuery, const QJsonObject &body) const
{
    return request("POST", encodedPathAndQuery, editorKey(),
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult SandboxFixture::put(const QString &encodedPathAndQuery, const QJsonObject &body) const
{
    return request("PUT", encodedPathAndQuery, editorKey(),
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult SandboxFixture::del(const QString &encodedPathAndQuery) const
{
    return request("DELETE", encodedPathAndQuery, editorKey());
}

bool SandboxFixture::setFaults(const QStringList &faults)
{
    const QJsonObject body {{u"faults"_s, QJsonArray::fromStringList(faults)}};
    const HttpResult result = post(u"/__sandbox/faults"_s, body);
    if (result.status != 200)
        m_error = u"setFaults failed: "_s + result.describe();
    return result.status == 200;
}

bool SandboxFixture::clearFaults()
{
    const HttpResult result = del(u"/__sandbox/faults"_s);
    if (result.status != 200)
        m_error = u"clearFaults failed: "_s + result.describe();
    return result.status == 200;
}

bool SandboxFixture::reset()
{
    const HttpResult result = request("POST", u"/__sandbox/reset"_s, editorKey());
    if (result.status != 200)
        m_error = u"reset failed: "_s + result.describe();
    return result.status == 200;
}

} // namespace Glance::Test
