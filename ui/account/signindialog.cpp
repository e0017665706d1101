#include "ui/account/signindialog.h"

#include "core/account/accountmanager.h"
#include "core/account/apikeyformat.h"
#include "core/account/baseurl.h"
#include "core/account/signinchecker.h"
#include "ui_signindialog.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPushButton>

namespace Glance {

SignInDialog::SignInDialog(AccountManager *accounts, QNetworkAccessManager *network,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_accounts(accounts)
    , m_checker(new SignInChecker(network, this))
{
    m_ui->setupUi(this);
    // The key never goes to an input method's dictionary or a clipboard (Qt refuses copy and
    // cut in password mode); pasting works.
    m_ui->keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                       | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    // With "Show" on, the field is a plain line edit: copy, cut, the context menu and the X11
    // selection clipboard are blocked by eventFilter(), so the key is readable, not copyable.
    m_ui->keyEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->keyEdit->setDragEnabled(false);
    m_ui->keyEdit->installEventFilter(this);
    m_ui->baseUrlEdit->setText(BaseUrl::defaultUrl().toString());
    m_ui->baseUrlEdit->setPlaceholderText(BaseUrl::defaultUrl().toString());
    m_ui->progressBar->hide();
    m_ui->messageBanner->hide();
    m_ui->sessionOnlyButton->hide();
    setAdvancedVisible(false);
    updateShowKeyButton();

    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &SignInDialog::demoRequested);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &SignInDialog::useForSession);
    connect(m_ui->advancedButton, &QToolButton::toggled, this, &SignInDialog::setAdvancedVisible);
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, &SignInDialog::updateShowKeyButton);
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, &SignInDialog::onKeyEdited);
    connect(m_ui->baseUrlEdit, &QLineEdit::textEdited, this, [this] {
        m_sessionOffered = false;
        m_ui->sessionOnlyButton->hide();
    });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_sessionOffered = false;
        m_ui->sessionOnlyButton->hide();
    });
    connect(m_checker, &SignInChecker::accepted, this, &SignInDialog::onAccepted);
    connect(m_checker, &SignInChecker::refused, this, &SignInDialog::onRefused);
}

SignInDialog::~SignInDialog()
{
    m_pendingKey.clear();
}

void SignInDialog::setProfile(const Profile &profile)
{
    if (profile.demo || profile.isNull())
        return;
    m_ui->nameEdit->setText(profile.name);
    const QUrl base = BaseUrl::normalized(profile.baseUrl);
    if (base.isValid()) {
        m_ui->baseUrlEdit->setText(base.toString());
        if (base != BaseUrl::defaultUrl())
            m_ui->advancedButton->setChecked(true);
    }
    m_ui->keyEdit->setFocus();
}

void SignInDialog::setMessage(const QString &message, MessageBanner::Type type)
{
    showMessage(message, type);
}

void SignInDialog::setTimeout(std::chrono::milliseconds timeout)
{
    m_checker->setTimeout(timeout);
}

void SignInDialog::setDemoAvailable(bool available)
{
    m_ui->demoButton->setVisible(available);
}

Profile SignInDialog::profile() const
{
    Profile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    if (profile.name.isEmpty())
        profile.name = tr("Glance account", "default profile name");
    const QString url = m_ui->baseUrlEdit->text().trimmed();
    profile.baseUrl = url.isEmpty() ? BaseUrl::defaultUrl() : BaseUrl::fromUserInput(url);
    return profile;
}

QString SignInDialog::message() const
{
    return m_ui->messageBanner->isHidden() ? QString() : m_ui->messageBanner->text();
}

bool SignInDialog::isBusy() const
{
    return m_state != State::Idle;
}

bool SignInDialog::isSessionOnlyOffered() const
{
    return m_sessionOffered;
}

void SignInDialog::onKeyEdited(const QString &text)
{
    // A pasted key often brings a line break or spaces around it: drop them at once.
    const QString trimmed = ApiKeyFormat::normalized(text);
    if (trimmed != text)
        m_ui->keyEdit->setText(trimmed);
    m_sessionOffered = false;
    m_ui->sessionOnlyButton->hide();
}

void SignInDialog::startSignIn()
{
    if (m_state != State::Idle)
        return;
    const QString key = ApiKeyFormat::normalized(m_ui->keyEdit->text());
    if (key != m_ui->keyEdit->text())
        m_ui->keyEdit->setText(key);
    m_pending = profile();
    m_pendingKey = key;
    m_sessionOffered = false;
    m_ui->sessionOnlyButton->hide();
    m_lastError = {};
    setState(State::Checking);
    showMessage(tr("Checking the key with Glance…"), MessageBanner::Information);
    m_checker->check(m_pending.baseUrl, key);
}

void SignInDialog::onAccepted()
{
    setState(State::Saving);
    showMessage(tr("Saving the key in the system keychain…"), MessageBanner::Information);
    m_accounts->storeKey(m_pending, m_pendingKey, this, [this](const SecretResult &result) {
        if (m_state != State::Saving)
            return; // cancelled meanwhile
        setState(State::Idle);
        if (result.ok()) {
            const QString key = m_pendingKey;
            m_pendingKey.clear();
            m_ui->keyEdit->clear();
            Q_EMIT signedIn(m_pending, key);
            accept();
            return;
        }
        // Keep the checked key in memory so that it can be used for this session only.
        showMessage(result.userMessage(), MessageBanner::Error);
        m_sessionOffered = result.canUseForSessionOnly();
        m_ui->sessionOnlyButton->setVisible(m_sessionOffered);
        if (m_sessionOffered)
            m_ui->sessionOnlyButton->setFocus();
    });
}

void SignInDialog::onRefused(const QString &message, const ApiError &error)
{
    setState(State::Idle);
    m_pendingKey.clear();
    m_lastError = error;
    showMessage(message, MessageBanner::Error);
    const bool addressProblem = error.kind() == ApiError::Kind::Network
            || error.kind() == ApiError::Kind::Tls || error.kind() == ApiError::Kind::Configuration
            || error.kind() == ApiError::Kind::InsecureRequest
            || error.kind() == ApiError::Kind::RedirectBlocked
            || error.isNotFound(); // not Glance at this address
    if (addressProblem) {
        m_ui->advancedButton->setChecked(true);
        m_ui->baseUrlEdit->setFocus();
    } else {
        m_ui->keyEdit->setFocus();
        m_ui->keyEdit->selectAll();
    }
}

void SignInDialog::useForSession()
{
    if (!m_sessionOffered || m_pendingKey.isEmpty())
        return;
    m_accounts->useForSession(m_pending, m_pendingKey);
    const QString key = m_pendingKey;
    m_pendingKey.clear();
    m_sessionOffered = false;
    m_ui->keyEdit->clear();
    Q_EMIT signedIn(m_pending, key);
    accept();
}

void SignInDialog::reject()
{
    m_checker->cancel();
    m_pendingKey.clear();
    setState(State::Idle);
    QDialog::reject();
}

void SignInDialog::setState(State state)
{
    m_state = state;
    const bool idle = state == State::Idle;
    m_ui->progressBar->setVisible(!idle);
    m_ui->signInButton->setEnabled(idle);
    m_ui->demoButton->setEnabled(idle);
    m_ui->nameEdit->setReadOnly(!idle);
    m_ui->keyEdit->setReadOnly(!idle);
    m_ui->baseUrlEdit->setReadOnly(!idle);
}

void SignInDialog::showMessage(const QString &text, MessageBanner::Type type)
{
    m_ui->messageBanner->showMessage(text, type);
}

void SignInDialog::setAdvancedVisible(bool visible)
{
    if (m_ui->advancedButton->isChecked() != visible)
        m_ui->advancedButton->setChecked(visible);
    updateAdvancedArrow();
    m_ui->advancedWidget->setVisible(visible);
}

void SignInDialog::updateAdvancedArrow()
{
    // Collapsed, the arrow points where the text reads to: left in a right-to-left layout.
    const Qt::ArrowType collapsed =
            layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow;
    m_ui->advancedButton->setArrowType(m_ui->advancedButton->isChecked() ? Qt::DownArrow
                                                                         : collapsed);
}

bool SignInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->keyEdit) {
        switch (event->type()) {
        case QEvent::ShortcutOverride:
        case QEvent::KeyPress: {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
                event->accept();
                return true; // swallowed: the key never reaches a clipboard
            }
            break;
        }
        case QEvent::ContextMenu:
        case QEvent::MouseButtonDblClick:
            return true;
        case QEvent::MouseButtonRelease:
            // A selection made with the mouse would go to the X11 selection clipboard.
            m_ui->keyEdit->deselect();
            break;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SignInDialog::updateShowKeyButton()
{
    const bool shown = m_ui->showKeyButton->isChecked();
    m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->showKeyButton->setText(shown ? tr("Hide", "the API key") : tr("Show", "the API key"));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateShowKeyButton();
        updateAdvancedArrow();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        updateAdvancedArrow();
    }
    QDialog::changeEvent(event);
}

} // namespace Glance
