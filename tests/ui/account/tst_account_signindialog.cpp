// The sign-in dialog against the real sandbox: a valid key, an invalid key, an unreachable
// server, malformed keys, and a keychain that cannot take the key.
#include "core/account/accountmanager.h"
#include "core/account/apikeyformat.h"
#include "core/account/baseurl.h"
#include "core/account/memorysecretstore.h"
#include "core/account/profilestore.h"
#include "core/account/signinchecker.h"
#include "sandboxfixture.h"
#include "ui/account/signindialog.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Glance;
using Glance::Test::SandboxFixture;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<SignInDialog> m_dialog;

    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    void fill(const QString &name, const QString &url, const QString &key)
    {
        child<QLineEdit>("nameEdit")->setText(name);
        child<QLineEdit>("baseUrlEdit")->setText(url);
        child<QLineEdit>("keyEdit")->setText(key);
    }

    // Clicks "Sign in" and waits until the dialog is idle again (or closed).
    void signIn()
    {
        QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
    }

    static QUrl closedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return {};
        const quint16 port = server.serverPort();
        server.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        m_dialog.reset();
        m_accounts.reset();
        m_profiles.reset();
        m_settings.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.ini")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_store = std::make_unique<MemorySecretStore>();
        m_accounts = std::make_unique<AccountManager>(m_profiles.get(), m_store.get());
        m_dialog = std::make_unique<SignInDialog>(m_accounts.get(), &m_network);
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup() { m_dialog.reset(); }

    void defaults()
    {
        auto *key = child<QLineEdit>("keyEdit");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QWidget>("advancedWidget")->isVisible());
        QCOMPARE(child<QLineEdit>("baseUrlEdit")->text(), BaseUrl::defaultUrl().toString());
        QVERIFY(!child<QPushButton>("sessionOnlyButton")->isVisible());
        QVERIFY(child<QPushButton>("demoButton")->isVisible());
        QVERIFY(m_dialog->message().isEmpty());

        auto *showKey = child<QToolButton>("showKeyButton");
        QTest::mouseClick(showKey, Qt::LeftButton);
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(showKey, Qt::LeftButton);
        QCOMPARE(key->echoMode(), QLineEdit::Password);

        QTest::mouseClick(child<QToolButton>("advancedButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>("advancedWidget")->isVisible());

        m_dialog->setDemoAvailable(false);
        QVERIFY(!child<QPushButton>("demoButton")->isVisible());
    }

    void shownKeyCannotBeCopied()
    {
        auto *key = child<QLineEdit>("keyEdit");
        const QString secret = QStringLiteral("glnc_sk_0123456789abcdef0123456789abcdef");
        key->setText(secret);
        QTest::mouseClick(child<QToolButton>("showKeyButton"), Qt::LeftButton);
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        key->setFocus();
        key->selectAll();
        QTest::keySequence(key, QKeySequence::Copy);
        QTest::keySequence(key, QKeySequence::Cut);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QCOMPARE(key->text(), secret); // not cut either
        QCOMPARE(key->contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(!key->dragEnabled());
        // Pasting still works.
        key->clear();
        QGuiApplication::clipboard()->setText(secret);
        QTest::keySequence(key, QKeySequence::Paste);
        QCOMPARE(key->text(), secret);
    }

    void pastedKeyIsTrimmed()
    {
        auto *key = child<QLineEdit>("keyEdit");
        key->setFocus();
        const QString pasted =
                QStringLiteral("  ") + m_sandbox.editorKey() + QStringLiteral("\r\n");
        QApplication::clipboard()->setText(pasted);
        QCOMPARE(QApplication::clipboard()->text(), pasted);
        QTest::keySequence(key, QKeySequence::Paste);
        QCOMPARE(key->text(), m_sandbox.editorKey());
        QApplication::clipboard()->clear();
    }

    void validKeySignsInAndIsStored()
    {
        QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        fill(QStringLiteral("Acme"), m_sandbox.url().toString(),
             QStringLiteral(" ") + m_sandbox.editorKey() + QStringLiteral("\n"));
        signIn();
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(accepted.size(), 1);
        const Profile profile = signedIn.first().at(0).value<Profile>();
        QCOMPARE(profile.name, QStringLiteral("Acme"));
        QCOMPARE(profile.baseUrl, BaseUrl::normalized(m_sandbox.url()));
        QCOMPARE(signedIn.first().at(1).toString(), m_sandbox.editorKey());
        QCOMPARE(m_store->value(profile.keychainAccount()), m_sandbox.editorKey());
        QCOMPARE(m_profiles->current(), profile);
        QVERIFY(!m_accounts->hasSessionKey(profile));
        QVERIFY(child<QLineEdit>("keyEdit")->text().isEmpty()); // not kept in the widget
    }

    void invalidKeyIsRefusedWithThe401Sentence()
    {
        QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
        fill(QStringLiteral("Acme"), m_sandbox.url().toString(),
             QStringLiteral("glnc_sk_00000000000000000000000000000000"));
        signIn();
        QVERIFY(signedIn.isEmpty());
        QVERIFY(m_dialog->isVisible());
        QVERIFY2(m_dialog->lastError().isUnauthorized(),
                 qPrintable(m_dialog->lastError().toLogString()));
        // The sign-in's own sentence: not the server's English, not "sign in again".
        QCOMPARE(m_dialog->message(), SignInChecker::refusalMessage(m_dialog->lastError()));
        QVERIFY(m_dialog->message().contains(QStringLiteral("copied the whole key")));
        QVERIFY(!m_dialog->message().contains(QStringLiteral("Invalid or missing API key")));
        QVERIFY(!m_dialog->message().contains(QStringLiteral("sign in again")));
        QVERIFY(child<MessageBanner>("messageBanner")->isVisible());
        QCOMPARE(m_store->entryCount(), 0);
        QVERIFY(m_profiles->current().isNull());
        QVERIFY(child<QPushButton>("signInButton")->isEnabled());
        QVERIFY(!m_dialog->isSessionOnlyOffered());
    }

    void advancedArrowFollowsTheReadingDirection()
    {
        auto *advanced = child<QToolButton>("advancedButton");
        QCOMPARE(advanced->arrowType(), Qt::RightArrow);
        m_dialog->setLayoutDirection(Qt::RightToLeft);
        QCOMPARE(advanced->arrowType(), Qt::LeftArrow); // collapsed: points where Hebrew reads
        advanced->setChecked(true);
        QCOMPARE(advanced->arrowType(), Qt::DownArrow);
        advanced->setChecked(false);
        QCOMPARE(advanced->arrowType(), Qt::LeftArrow);
        m_dialog->setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(advanced->arrowType(), Qt::RightArrow);

        // A dialog made while the application is right to left starts pointing left.
        QApplication::setLayoutDirection(Qt::RightToLeft);
        SignInDialog rtl(m_accounts.get(), &m_network);
        rtl.show();
        QVERIFY(QTest::qWaitForWindowExposed(&rtl));
        const Qt::ArrowType shown =
                rtl.findChild<QToolButton *>(QStringLiteral("advancedButton"))->arrowType();
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(shown, Qt::LeftArrow);
    }

    void unreachableServerGetsADifferentSentence()
    {
        fill(QStringLiteral("Acme"), closedPort().toString(), m_sandbox.editorKey());
        signIn();
        QCOMPARE(m_dialog->lastError().kind(), ApiError::Kind::Network);
        const QString unreachable = m_dialog->message();
        QCOMPARE(unreachable, m_dialog->lastError().userMessage());
        QVERIFY(child<QWidget>("advancedWidget")->isVisible()); // the address is shown to fix

        fill(QStringLiteral("Acme"), m_sandbox.url().toString(), QStringLiteral("glnc_sk_wrong"));
        signIn();
        QVERIFY(m_dialog->lastError().isUnauthorized());
        QVERIFY(m_dialog->message() != unreachable);
        QCOMPARE(m_store->entryCount(), 0);
    }

    void malformedKeysAreRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << QString() << int(ApiKeyFormat::Problem::Empty);
        QTest::newRow("spaces") << QStringLiteral("glnc sk 123")
                                << int(ApiKeyFormat::Problem::Whitespace);
        QTest::newRow("line break")
                << QStringLiteral("glnc_sk_1\nglnc_sk_2") << int(ApiKeyFormat::Problem::Whitespace);
    }

    void malformedKeysAreRefusedBeforeAnyRequest()
    {
        QFETCH(QString, key);
        QFETCH(int, problem);
        // A closed port: a request would have given the network sentence instead.
        fill(QStringLiteral("Acme"), closedPort().toString(), key);
        signIn();
        QCOMPARE(m_dialog->message(), ApiKeyFormat::message(ApiKeyFormat::Problem(problem)));
        QCOMPARE(m_dialog->lastError().kind(), ApiError::Kind::None);
        QCOMPARE(m_store->entryCount(), 0);
    }

    void keychainUnavailableOffersThisSessionOnly()
    {
        m_store->setFailure(SecretResult::Status::Unavailable);
        QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
        fill(QStringLiteral("Acme"), m_sandbox.url().toString(), m_sandbox.editorKey());
        signIn();
        QVERIFY(signedIn.isEmpty());
        SecretResult expected;
        expected.operation = SecretResult::Operation::Write;
        expected.status = SecretResult::Status::Unavailable;
        QCOMPARE(m_dialog->message(), expected.userMessage());
        auto *sessionOnly = child<QPushButton>("sessionOnlyButton");
        QVERIFY(sessionOnly->isVisible());
        QVERIFY(m_dialog->isSessionOnlyOffered());

        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QCOMPARE(signedIn.size(), 1);
        const Profile profile = signedIn.first().at(0).value<Profile>();
        QCOMPARE(signedIn.first().at(1).toString(), m_sandbox.editorKey());
        QVERIFY(m_accounts->hasSessionKey(profile));
        QCOMPARE(m_store->entryCount(), 0); // nothing stored anywhere
        QVERIFY(!m_dialog->isVisible());
    }

    void editingTheKeyWithdrawsTheSessionOffer()
    {
        m_store->setFailure(SecretResult::Status::Denied);
        fill(QStringLiteral("Acme"), m_sandbox.url().toString(), m_sandbox.editorKey());
        signIn();
        QVERIFY(m_dialog->isSessionOnlyOffered());
        QTest::keyClick(child<QLineEdit>("keyEdit"), Qt::Key_Backspace);
        QVERIFY(!m_dialog->isSessionOnlyOffered());
        QVERIFY(!child<QPushButton>("sessionOnlyButton")->isVisible());
    }

    void demoButtonAsksForTheDemo()
    {
        QSignalSpy demo(m_dialog.get(), &SignInDialog::demoRequested);
        QTest::mouseClick(child<QPushButton>("demoButton"), Qt::LeftButton);
        QCOMPARE(demo.size(), 1);
    }

    void prefilledProfile()
    {
        Profile profile;
        profile.name = QStringLiteral("Beta");
        profile.baseUrl = BaseUrl::normalized(m_sandbox.url());
        m_dialog->setProfile(profile);
        m_dialog->setMessage(QStringLiteral("why"), MessageBanner::Warning);
        QCOMPARE(m_dialog->profile(), profile);
        QCOMPARE(m_dialog->message(), QStringLiteral("why"));
        QCOMPARE(child<MessageBanner>("messageBanner")->messageType(), MessageBanner::Warning);
        QVERIFY(child<QWidget>("advancedWidget")->isVisible()); // not the default server
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_account_signindialog.moc"
