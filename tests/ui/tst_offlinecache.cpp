// The local read cache through the whole app (AppController, MainWindow), offscreen, against the
// real sandbox (its data in a file, on a fixed port, so that it can be stopped and started again
// at the same address): the first run fills the account's cache file, which never holds the key;
// a start with the sandbox stopped shows the cached rows "as of" their time, offline, with what
// needs the server turned off; a keychain slow to answer (locked, asking to be unlocked) does not
// keep the cached rows off the screen, and a key that is not there takes them away; sign-out
// deletes the file.
#include "api/apiclient.h"
#include "core/account/baseurl.h"
#include "core/account/memorysecretstore.h"
#include "core/account/profilestore.h"
#include "core/appsettings.h"
#include "core/cache/cachedatabase.h"
#include "core/cache/localcache.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"
#include "ui/account/accountcontrols.h"
#include "ui/account/settingsdialog.h"
#include "ui/account/signindialog.h"
#include "ui/adjust/inventoryactions.h"
#include "ui/appcontroller.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Glance;
using Glance::Test::SandboxFixture;

namespace {

// The keychain while it asks the user to unlock it: reads wait until release(); writes and
// removals go straight to the store underneath.
class HeldSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit HeldSecretStore(SecretStore *inner)
        : m_inner(inner)
    {
    }

    void read(const QString &account, QObject *context, SecretCallback callback) override
    {
        const QPointer<QObject> guard = context;
        m_held.append([this, account, guard, hadContext = context != nullptr,
                       callback = std::move(callback)] {
            if (hadContext && !guard)
                return; // the asker is gone: SecretStore's contract, no callback
            m_inner->read(account, guard, callback);
        });
    }
    void write(const QString &account, const QString &secret, QObject *context,
               SecretCallback callback) override
    {
        m_inner->write(account, secret, context, std::move(callback));
    }
    void remove(const QString &account, QObject *context, SecretCallback callback) override
    {
        m_inner->remove(account, context, std::move(callback));
    }

    qsizetype heldReads() const { return m_held.size(); }
    void release()
    {
        const QList<std::function<void()>> held = std::exchange(m_held, {});
        for (const auto &read : held)
            read();
    }

private:
    SecretStore *m_inner;
    QList<std::function<void()>> m_held;
};

} // namespace

class TestOfflineCache : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QStringList m_sandboxArgs;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_store;
    Profile m_profile;
    int m_total = 0;

    std::unique_ptr<AppController> start(SecretStore *store = nullptr)
    {
        auto controller = std::make_unique<AppController>(StartupOptions {}, m_settings.get(),
                                                          store ? store : m_store.get());
        controller->start();
        return controller;
    }

    QByteArray fileBytes() const
    {
        QByteArray bytes;
        const QString path = LocalCache::pathFor(m_profile.id());
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the cache and drafts go to a test location
        QVERIFY(m_dir.isValid());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        m_sandboxArgs = {QStringLiteral("--no-rate-limit"),
                         QStringLiteral("--records"),
                         QStringLiteral("230"),
                         QStringLiteral("--port"),
                         QString::number(port),
                         QStringLiteral("--db"),
                         m_dir.filePath(QStringLiteral("sandbox.sqlite"))};
        QVERIFY2(m_sandbox.start(m_sandboxArgs), qPrintable(m_sandbox.errorString()));
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_store = std::make_unique<MemorySecretStore>();
        m_profile.name = QStringLiteral("Back room");
        m_profile.baseUrl = BaseUrl::normalized(m_sandbox.url());
        bool stored = false;
        m_store->write(m_profile.keychainAccount(), m_sandbox.editorKey(), nullptr,
                       [&](const SecretResult &) { stored = true; });
        QTRY_VERIFY(stored);
        ProfileStore(&m_settings->store()).setCurrent(m_profile);
        LocalCache::removeFor(m_profile.id());
    }

    void firstRunFillsTheCacheWithoutTheKey()
    {
        const QString path = LocalCache::pathFor(m_profile.id());
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                + QStringLiteral("/cache/")));
        QVERIFY(!QFile::exists(path));
        {
            auto controller = start();
            MainWindow *window = controller->mainWindow();
            QTRY_VERIFY_WITH_TIMEOUT(
                    window->inventoryModel() && window->inventoryModel()->rowCount() > 0, 20000);
            window->loadAll();
            QTRY_VERIFY_WITH_TIMEOUT(window->inventoryModel()->isComplete(), 20000);
            m_total = window->inventoryModel()->rowCount();
            QCOMPARE(m_total, 230);
        } // closing the app finishes the cache's writes
        QVERIFY(QFile::exists(path));
        CacheDatabase db(path);
        QVERIFY(db.open());
        QCOMPARE(int(db.read().records.size()), m_total);
        // No key in the cache, in any encoding.
        const QByteArray bytes = fileBytes();
        QVERIFY(bytes.size() > 10000);
        const QString key = m_sandbox.editorKey();
        QVERIFY(!bytes.contains(key.toUtf8()));
        QVERIFY(!bytes.contains(
                QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2)));
        QVERIFY(!bytes.contains(key.right(16).toUtf8())); // nor a part of it
    }

    void secondStartOfflineShowsTheCachedRowsAsOf()
    {
        QVERIFY(m_sandbox.stop());
        auto controller = start();
        MainWindow *window = controller->mainWindow();
        QTRY_VERIFY(window->inventoryModel());
        QTRY_COMPARE_WITH_TIMEOUT(window->inventoryModel()->rowCount(), m_total, 5000);
        QVERIFY(window->inventoryModel()->isShowingCachedRows());
        auto *refreshed = window->findChild<QLabel *>(QStringLiteral("refreshedLabel"));
        QVERIFY(refreshed->text().startsWith(QLatin1String("As of ")));
        auto *online = window->findChild<QLabel *>(QStringLiteral("onlineLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(online->text(), QStringLiteral("Offline"), 15000);
        // Still the cached rows, still "as of".
        QCOMPARE(window->inventoryModel()->rowCount(), m_total);
        QVERIFY(refreshed->text().startsWith(QLatin1String("As of ")));

        // Browse and sort them; what needs Glance is off, with the reason.
        auto *view = window->findChild<QTableView *>(QStringLiteral("inventoryView"));
        view->sortByColumn(InventoryTableModel::QuantityColumn, Qt::DescendingOrder);
        QCOMPARE(window->inventoryProxy()->rowCount(), m_total);
        view->setCurrentIndex(window->inventoryProxy()->index(3, 0));
        QVERIFY(window->currentRecord());
        auto *details = window->findChild<QAction *>(QStringLiteral("actionRecordDetails"));
        auto *loadAll = window->findChild<QPushButton *>(QStringLiteral("loadAllButton"));
        auto *refresh = window->findChild<QAction *>(QStringLiteral("actionRefresh"));
        QVERIFY(!details->isEnabled());
        QVERIFY(details->toolTip().contains(QLatin1String("offline")));
        QVERIFY(!loadAll->isEnabled());
        QVERIFY(!loadAll->toolTip().isEmpty());
        QVERIFY(refresh->isEnabled()); // the way to try again
        // The record dialogs and a new stocktake need Glance at once: off, with the reason.
        // A batch draft can be prepared offline and waits for the connection to send.
        InventoryActions *actions = controller->inventoryActions();
        for (QAction *action : {actions->newRecordAction(), actions->editRecordAction(),
                                actions->deleteRecordAction(), actions->newStocktakeAction()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            QVERIFY2(action->toolTip().contains(QLatin1String("offline")),
                     qPrintable(action->toolTip()));
        }
        QVERIFY(actions->batchAdjustAction()->isEnabled());
        QVERIFY(actions->historyAction()->isEnabled());

        // Back online (the server answers again): offered again.
        QVERIFY2(m_sandbox.start(m_sandboxArgs), qPrintable(m_sandbox.errorString()));
        QCOMPARE(BaseUrl::normalized(m_sandbox.url()), m_profile.baseUrl);
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->isOnline(), 15000);
        QTRY_VERIFY(actions->newRecordAction()->isEnabled());
        QVERIFY(actions->editRecordAction()->isEnabled());
        QVERIFY(!actions->newRecordAction()->toolTip().contains(QLatin1String("offline")));
        // As the next test expects to find it.
        QVERIFY2(m_sandbox.stop(),
                 qPrintable(QStringLiteral("exit %1 %2")
                                    .arg(m_sandbox.lastExitCode())
                                    .arg(m_sandbox.errorString())));
    }

    void aSlowKeychainDoesNotKeepTheCachedRowsAway()
    {
        QVERIFY2(m_sandbox.start(m_sandboxArgs), qPrintable(m_sandbox.errorString()));
        HeldSecretStore keychain(m_store.get());
        auto controller = start(&keychain);
        MainWindow *window = controller->mainWindow();
        // The keychain has not answered, and the cached rows are on screen.
        QTRY_VERIFY(window->inventoryModel());
        QTRY_COMPARE_WITH_TIMEOUT(window->inventoryModel()->rowCount(), m_total, 5000);
        QCOMPARE(keychain.heldReads(), 1);
        QVERIFY(!controller->client());
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Reading the API key from the system keychain…"));
        QVERIFY(window->inventoryModel()->isShowingCachedRows());
        auto *refreshed = window->findChild<QLabel *>(QStringLiteral("refreshedLabel"));
        QVERIFY(refreshed->text().startsWith(QLatin1String("As of ")));
        // Browsable; what needs Glance waits for the key, and says so.
        auto *view = window->findChild<QTableView *>(QStringLiteral("inventoryView"));
        view->sortByColumn(InventoryTableModel::QuantityColumn, Qt::DescendingOrder);
        view->setCurrentIndex(window->inventoryProxy()->index(5, 0));
        const std::optional<InventoryRecord> chosen = window->currentRecord();
        QVERIFY(chosen);
        auto *details = window->findChild<QAction *>(QStringLiteral("actionRecordDetails"));
        auto *loadAll = window->findChild<QPushButton *>(QStringLiteral("loadAllButton"));
        QVERIFY(!details->isEnabled());
        QVERIFY2(details->toolTip().contains(QLatin1String("Signing in has not finished")),
                 qPrintable(details->toolTip()));
        QVERIFY(!loadAll->isEnabled());
        InventoryActions *actions = controller->inventoryActions();
        for (QAction *action : {actions->newRecordAction(), actions->editRecordAction(),
                                actions->batchAdjustAction(), actions->newStocktakeAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        const InventoryTableModel *shown = window->inventoryModel();

        // The key arrives: the same rows go on, read again from Glance in the background; the
        // sort and the chosen record stay.
        keychain.release();
        QTRY_VERIFY(controller->client());
        QCOMPARE(window->inventoryModel(), shown);
        QCOMPARE(window->statusBar()->currentMessage(), QString()); // no "Reading the API key…"
        QVERIFY(window->inventoryModel()->client() == controller->client());
        QTRY_VERIFY_WITH_TIMEOUT(!window->inventoryModel()->isShowingCachedRows(), 20000);
        QCOMPARE(window->inventoryModel()->rowCount(), m_total);
        QCOMPARE(window->inventoryProxy()->sortColumn(), int(InventoryTableModel::QuantityColumn));
        QCOMPARE(window->inventoryProxy()->sortOrder(), Qt::DescendingOrder);
        QVERIFY(window->currentRecord());
        QCOMPARE(window->currentRecord()->id, chosen->id);
        QVERIFY(!refreshed->text().startsWith(QLatin1String("As of ")));
        QTRY_VERIFY(actions->newRecordAction()->isEnabled());
        QTRY_VERIFY(details->isEnabled());
        QVERIFY(loadAll->isEnabled() || window->inventoryModel()->isComplete());
        // The server stays up for the tests after this one.
    }

    void aKeyThatIsNotThereTakesTheCachedRowsAway()
    {
        HeldSecretStore keychain(m_store.get());
        auto controller = start(&keychain);
        QTRY_VERIFY(controller->mainWindow()->inventoryModel());
        QTRY_COMPARE_WITH_TIMEOUT(controller->mainWindow()->inventoryModel()->rowCount(), m_total,
                                  5000);
        // Signed out in another way (the entry deleted from the keychain by hand).
        m_store->setFailure(SecretResult::Status::NotFound, 1);
        keychain.release();
        QTRY_VERIFY(controller->signInDialog());
        MainWindow *window = controller->mainWindow();
        QVERIFY(!window->inventoryModel() || window->inventoryModel()->rowCount() == 0);
        QVERIFY(!controller->client());
        auto *view = window->findChild<QTableView *>(QStringLiteral("inventoryView"));
        QVERIFY(!view->model() || view->model()->rowCount() == 0);
        // The cache itself stays for the next sign-in: only sign-out deletes it.
        QVERIFY(QFile::exists(LocalCache::pathFor(m_profile.id())));
    }

    void backOnlineThenSignOutDeletesTheCache()
    {
        if (!m_sandbox.isRunning())
            QVERIFY2(m_sandbox.start(m_sandboxArgs), qPrintable(m_sandbox.errorString()));
        QCOMPARE(BaseUrl::normalized(m_sandbox.url()), m_profile.baseUrl);
        const QString path = LocalCache::pathFor(m_profile.id());
        auto controller = start();
        MainWindow *window = controller->mainWindow();
        QTRY_VERIFY(window->inventoryModel());
        QTRY_COMPARE_WITH_TIMEOUT(window->inventoryModel()->rowCount(), m_total, 5000);
        // Read again from the server: no longer "as of".
        QTRY_VERIFY_WITH_TIMEOUT(!window->inventoryModel()->isShowingCachedRows(), 20000);
        auto *refreshed = window->findChild<QLabel *>(QStringLiteral("refreshedLabel"));
        QVERIFY(!refreshed->text().startsWith(QLatin1String("As of ")));
        QVERIFY(QFile::exists(path));

        QSignalSpy signedOut(controller.get(), &AppController::signedOut);
        controller->accountControls()->signOutAction()->trigger();
        QTRY_COMPARE(signedOut.size(), 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_MAIN(TestOfflineCache)
#include "tst_offlinecache.moc"
