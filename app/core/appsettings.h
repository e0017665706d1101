#pragma once

#include "core/adjustmentreason.h"

#include <QObject>
#include <QSettings>

#include <chrono>
#include <memory>

namespace Glance {

// The user's preferences, stored with QSettings (never the API key: that lives in the keychain).
// One instance per application, handed to whoever needs it; changed() fires after every set.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    // Uses the application's default QSettings (organization/application names).
    explicit AppSettings(QObject *parent = nullptr);
    // Uses an INI file (tests, portable setups).
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;

    // "" = follow the system, else a language code ("he", "en").
    QString language() const;
    void setLanguage(const QString &code);

    // Records at or below this quantity are "low stock" unless they carry their own
    // minStockLevel.
    int lowStockThreshold() const;
    void setLowStockThreshold(int threshold);

    std::chrono::seconds requestTimeout() const;
    void setRequestTimeout(std::chrono::seconds timeout);

    // 0 = off.
    std::chrono::minutes autoRefreshInterval() const;
    void setAutoRefreshInterval(std::chrono::minutes interval);

    QList<AdjustmentReason> adjustmentReasons() const;
    void setAdjustmentReasons(const QList<AdjustmentReason> &reasons);
    static QList<AdjustmentReason> defaultAdjustmentReasons();
    // The reason of a reversal's lines (Adjustment History → Reverse), in the user's language.
    static QString reversalReason();

    bool reasonRequired() const;
    void setReasonRequired(bool required);

    // Stocktake: "scan then quantity" (each scan asks how many) instead of one per scan.
    bool scanAsksQuantity() const;
    void setScanAsksQuantity(bool ask);

    // The underlying store, for window geometry and view state.
    QSettings &store() { return *m_settings; }

Q_SIGNALS:
    void changed();

private:
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Glance
