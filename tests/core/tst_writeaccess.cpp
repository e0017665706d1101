// WriteAccess learns read-only from a real 403 of the sandbox (viewer key).
#include "api/apiclient.h"
#include "core/writeaccess.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;

class TestWriteAccess : public QObject
{
    Q_OBJECT

private:
    Glance::Test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;

    std::unique_ptr<ApiClient> client(const QString &key)
    {
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = key;
        return std::make_unique<ApiClient>(&m_network, config);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void viewerKeyTurnsWritingOff()
    {
        auto api = client(m_sandbox.viewerKey());
        WriteAccess access;
        access.watch(api.get());
        QSignalSpy changed(&access, &WriteAccess::changed);

        bool readDone = false;
        api->listInventory({}, this, [&](const auto &result) {
            QVERIFY(result.ok());
            readDone = true;
        });
        QTRY_VERIFY(readDone);
        QVERIFY(access.canWrite()); // reading is allowed and proves nothing

        bool writeDone = false;
        api->adjustInventory({{1, 1, 5, {}, {}}}, this, [&](const auto &result) {
            QVERIFY(!result.ok());
            QVERIFY(result.error().isForbidden());
            writeDone = true;
        });
        QTRY_VERIFY(writeDone);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        QVERIFY(!access.canWrite());
        QVERIFY(!access.reason().isEmpty());

        access.reset();
        QVERIFY(access.canWrite());
        QVERIFY(access.reason().isEmpty());
        QCOMPARE(changed.count(), 2);
    }

    void refusedReadsDoNotTurnWritingOff()
    {
        // Glance may refuse the history or the products to a key that can still write.
        WriteAccess access;
        ApiError forbiddenRead = ApiError::http(403, QStringLiteral("NO_ACCESS"));
        access.noteError(forbiddenRead);
        QVERIFY(access.canWrite());
        ApiError forbiddenWrite = ApiError::http(403, QStringLiteral("NO_ACCESS"));
        forbiddenWrite.setWriteRequest(true);
        access.noteError(forbiddenWrite);
        QVERIFY(!access.canWrite());
    }

    void otherErrorsDoNotTurnWritingOff()
    {
        auto api = client(m_sandbox.editorKey());
        WriteAccess access;
        access.watch(api.get());
        bool done = false;
        api->getInventory(999999, this, [&](const auto &result) {
            QVERIFY(result.error().isNotFound());
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(access.canWrite());
    }
};

QTEST_GUILESS_MAIN(TestWriteAccess)
#include "tst_writeaccess.moc"
