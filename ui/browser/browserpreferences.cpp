#include "ui/browser/browserpreferences.h"

#include "core/appsettings.h"

#include <QSettings>

namespace Glance {

using namespace std::chrono_literals;

namespace {

constexpr int kDefaultLowStock = 5; // AppSettings' own default, for a window without settings

} // namespace

BrowserPreferences::BrowserPreferences(QObject *parent)
    : QObject(parent)
{
    connect(&m_autoRefresh, &QTimer::timeout, this, &BrowserPreferences::autoRefreshDue);
}

BrowserPreferences::~BrowserPreferences() = default;

void BrowserPreferences::setSettings(AppSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (settings)
        connect(settings, &AppSettings::changed, this, &BrowserPreferences::apply);
    apply();
}

AppSettings *BrowserPreferences::settings() const
{
    return m_settings;
}

int BrowserPreferences::lowStockThreshold() const
{
    return m_settings ? m_settings->lowStockThreshold() : kDefaultLowStock;
}

QSettings &BrowserPreferences::store()
{
    if (m_settings)
        return m_settings->store();
    if (!m_defaultStore)
        m_defaultStore = std::make_unique<QSettings>();
    return *m_defaultStore;
}

void BrowserPreferences::apply()
{
    const auto interval = m_settings ? m_settings->autoRefreshInterval() : 0min;
    if (interval.count() > 0) {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(interval);
        if (!m_autoRefresh.isActive() || m_autoRefresh.intervalAsDuration() != ms)
            m_autoRefresh.start(ms);
    } else {
        m_autoRefresh.stop();
    }
    Q_EMIT changed();
}

} // namespace Glance
