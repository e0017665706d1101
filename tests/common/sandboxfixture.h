#pragma once

#include "httpresult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Glance {
class SandboxProcess;
}

namespace Glance::Test {

/*!
    Runs one glance-sandbox for a test (from GLANCE_SANDBOX_PATH) and talks to it.

    All calls block on a local event loop (fine in tests only). Typical use:

        SandboxFixture sandbox;
        QVERIFY2(sandbox.start({u"--rate-limit"_s, u"10,5"_s}), qPrintable(sandbox.errorString()));
        const HttpResult r = sandbox.get(u"/inventory?limit=5"_s);
        QCOMPARE(r.status, 200);

    Paths given to the request helpers are already percent-encoded path + query strings,
    e.g. "/products/sku/AB-120%2F3"; they are sent byte for byte.
*/
class SandboxFixture
{
public:
    // The keys every test sandbox uses unless a test gives its own (.ci/test.sh fails when the
    // suite's output contains them).
    static constexpr const char *kEditorKey = "glnc_sk_e417e4c1e417e4c1e417e4c1e417e4c1";
    static constexpr const char *kViewerKey = "glnc_sk_5ee5ee5ee5ee5ee5ee5ee5ee5ee5ee50";

    SandboxFixture();
    ~SandboxFixture(); // kills a still running sandbox

    SandboxFixture(const SandboxFixture &) = delete;
    SandboxFixture &operator=(const SandboxFixture &) = delete;

    /*! The glance-sandbox executable the tests were built with. */
    static QString sandboxPath();

    /*! Starts the sandbox with extra command-line arguments ("--quiet" is always added unless
        "--log-requests" is given) and waits for its first line. Restarts it if running.
        Returns false (and sets errorString()) on failure. */
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 20000);
    /*! SIGTERM (terminate), waits for the exit; returns true if it exited normally with 0. */
    bool stop(int timeoutMs = 10000);
    bool isRunning() const;
    /*! Exit code of the last stop() (-1 if it had to be killed or crashed). */
    int lastExitCode() const;
    QString errorString() const;

    QUrl url() const;
    QString editorKey() const;
    QString viewerKey() const;
    Glance::SandboxProcess *process() const;

    /*! url() + percent-encoded path and query. */
    QUrl endpoint(const QString &encodedPathAndQuery) const;

    /*! One request with "Authorization: Bearer <key>" (omitted when key is empty). */
    HttpResult request(const QByteArray &method, const QString &encodedPathAndQuery,
                       const QString &key, const QByteArray &body = {},
                       const HttpHeaderList &extraHeaders = {}) const;
    /*! GET / POST / PUT / DELETE with the editor key. */
    HttpResult get(const QString &encodedPathAndQuery) const;
    HttpResult post(const QString &encodedPathAndQuery, const QJsonObject &body) const;
    HttpResult put(const QString &encodedPathAndQuery, const QJsonObject &body) const;
    HttpResult del(const QString &encodedPathAndQuery) const;
    /*! GET with another key (e.g. viewerKey(), or a bad one). */
    HttpResult get(const QString &encodedPathAndQuery, const QString &key) const;

    /*! Replaces the active fault list (POST /__sandbox/faults). Each entry is a --fault SPEC,
        e.g. "502-html:1@GET /inventory". Returns false if the sandbox rejected one. */
    bool setFaults(const QStringList &faults);
    /*! Removes every fault (DELETE /__sandbox/faults). */
    bool clearFaults();
    /*! Restores the seed data and forgets rate-limit history (POST /__sandbox/reset). */
    bool reset();

private:
    std::unique_ptr<Glance::SandboxProcess> m_process;
    QString m_error;
    int m_lastExitCode = -1;
};

} // namespace Glance::Test
