#include "ui/browser/searchfield.h"

#include <QLineEdit>
#include <QSignalBlocker>

#include <chrono>
#include <utility>

namespace Glance {

using namespace std::chrono_literals;

SearchField::SearchField(QLineEdit *edit, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300ms);
    connect(&m_debounce, &QTimer::timeout, this, &SearchField::queryRequested);
    connect(m_edit, &QLineEdit::textChanged, this, &SearchField::onEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchField::onReturn);
}

SearchField::~SearchField() = default;

QString SearchField::text() const
{
    return m_edit->text().trimmed();
}

void SearchField::setTextQuietly(const QString &text)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(text);
    m_scanned.clear();
    m_debounce.stop();
}

QString SearchField::takeScannedSku(const QString &shownSearch)
{
    if (m_scanned.isEmpty() || shownSearch != m_scanned)
        return {};
    return std::exchange(m_scanned, QString());
}

void SearchField::onEdited(const QString &text)
{
    m_scanned.clear();
    // Clearing the search shows the cached unfiltered view at once; typing waits for a pause.
    if (text.trimmed().isEmpty()) {
        m_debounce.stop();
        Q_EMIT queryRequested();
    } else {
        m_debounce.start();
    }
}

void SearchField::onReturn()
{
    m_scanned = text();
    m_debounce.stop();
    Q_EMIT queryRequested();
    Q_EMIT confirmed();
}

} // namespace Glance
