#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QSettings;

namespace Glance {

class AppSettings;

// The browser's view of the user's preferences: the low-stock threshold and the auto-refresh
// interval from AppSettings (defaults without one), the QSettings store for the window layout
// (AppSettings::store(), else the application's default QSettings), and the auto-refresh timer.
class BrowserPreferences : public QObject
{
    Q_OBJECT

public:
    explicit BrowserPreferences(QObject *parent = nullptr);
    ~BrowserPreferences() override;

    // Not owned; nullptr: defaults.
    void setSettings(AppSettings *settings);
    AppSettings *settings() const;

    int lowStockThreshold() const;
    QSettings &store();

Q_SIGNALS:
    // A preference changed (also after setSettings()).
    void changed();
    // The auto-refresh interval has passed (never when it is off).
    void autoRefreshDue();

private:
    void apply();

    QPointer<AppSettings> m_settings;
    std::unique_ptr<QSettings> m_defaultStore;
    QTimer m_autoRefresh;
};

} // namespace Glance
