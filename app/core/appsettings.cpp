#include "core/appsettings.h"

#include <QCoreApplication>

namespace Glance {

namespace {

const QString kLanguage = QStringLiteral("general/language");
const QString kLowStock = QStringLiteral("inventory/lowStockThreshold");
const QString kTimeout = QStringLiteral("network/requestTimeoutSeconds");
const QString kAutoRefresh = QStringLiteral("inventory/autoRefreshMinutes");
const QString kReasons = QStringLiteral("adjust/reasons");
const QString kReasonRequired = QStringLiteral("adjust/reasonRequired");
const QString kScanAsksQuantity = QStringLiteral("stocktake/scanAsksQuantity");

constexpr int DefaultLowStock = 5;
constexpr int DefaultTimeoutSeconds = 30;

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed();
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    setValue(kLanguage, code);
}

int AppSettings::lowStockThreshold() const
{
    bool ok = false;
    const int value = m_settings->value(kLowStock, DefaultLowStock).toInt(&ok);
    return ok && value >= 0 ? value : DefaultLowStock;
}

void AppSettings::setLowStockThreshold(int threshold)
{
    setValue(kLowStock, qMax(0, threshold));
}

std::chrono::seconds AppSettings::requestTimeout() const
{
    bool ok = false;
    const int value = m_settings->value(kTimeout, DefaultTimeoutSeconds).toInt(&ok);
    return std::chrono::seconds(ok && value >= 5 && value <= 600 ? value : DefaultTimeoutSeconds);
}

void AppSettings::setRequestTimeout(std::chrono::seconds timeout)
{
    setValue(kTimeout, int(qBound(qint64(5), qint64(timeout.count()), qint64(600))));
}

std::chrono::minutes AppSettings::autoRefreshInterval() const
{
    bool ok = false;
    const int value = m_settings->value(kAutoRefresh, 0).toInt(&ok);
    return std::chrono::minutes(ok && value > 0 ? value : 0);
}

void AppSettings::setAutoRefreshInterval(std::chrono::minutes interval)
{
    setValue(kAutoRefresh, int(qMax(qint64(0), qint64(interval.count()))));
}

QString AppSettings::reversalReason()
{
    return QCoreApplication::translate("Glance::AppSettings", "Reversal",
                                       "adjustment reason: undoes an earlier adjustment (stock "
                                       "goes back the way it came)");
}

QList<AdjustmentReason> AppSettings::defaultAdjustmentReasons()
{
    // Sent to Glance as the adjustment's `reason`, in the user's language. The English texts are
    // values Glance already stores and reports on, so they never change; the comments tell the
    // translator which way stock goes, which the translated name must say on its own
    // (translations/GLOSSARY.md, "Adjustment reasons").
    struct Message
    {
        const char *text;
        const char *comment;
    };
    struct Default
    {
        Message message;
        int usualSign;
    };
    static constexpr Default defaults[] = {
            {QT_TRANSLATE_NOOP3("Glance::AppSettings", "Received",
                                "adjustment reason: goods received from a supplier (adds stock)"),
             +1},
            {QT_TRANSLATE_NOOP3("Glance::AppSettings", "Damaged",
                                "adjustment reason: damaged or spoiled goods written off "
                                "(removes stock)"),
             -1},
            {QT_TRANSLATE_NOOP3("Glance::AppSettings", "Lost or stolen",
                                "adjustment reason (removes stock)"),
             -1},
            {QT_TRANSLATE_NOOP3("Glance::AppSettings", "Returned",
                                "adjustment reason: returned by a customer (adds stock), not a "
                                "return to the supplier"),
             +1},
            {QT_TRANSLATE_NOOP3("Glance::AppSettings", "Correction",
                                "adjustment reason: a recording error corrected (either way)"),
             0},
            {QT_TRANSLATE_NOOP3("Glance::AppSettings", "Stocktake",
                                "adjustment reason: set by a stock count (either way)"),
             0},
            {QT_TRANSLATE_NOOP3("Glance::AppSettings", "Transfer",
                                "adjustment reason: moved between warehouses (either way)"),
             0},
    };
    QList<AdjustmentReason> reasons;
    for (const Default &d : defaults) {
        reasons.append({QCoreApplication::translate("Glance::AppSettings", d.message.text,
                                                    d.message.comment),
                        d.usualSign});
    }
    return reasons;
}

QList<AdjustmentReason> AppSettings::adjustmentReasons() const
{
    const QStringList stored = m_settings->value(kReasons).toStringList();
    if (stored.isEmpty())
        return defaultAdjustmentReasons();
    QList<AdjustmentReason> reasons;
    for (const QString &entry : stored) {
        // "<sign>|<text>", sign one of + - 0
        if (entry.size() < 3 || entry.at(1) != QLatin1Char('|'))
            continue;
        const QChar sign = entry.at(0);
        const int usualSign = sign == QLatin1Char('+') ? 1 : sign == QLatin1Char('-') ? -1 : 0;
        const QString text = entry.mid(2).trimmed();
        if (!text.isEmpty())
            reasons.append({text, usualSign});
    }
    return reasons.isEmpty() ? defaultAdjustmentReasons() : reasons;
}

void AppSettings::setAdjustmentReasons(const QList<AdjustmentReason> &reasons)
{
    QStringList stored;
    for (const AdjustmentReason &reason : reasons) {
        const QString text = reason.text.trimmed();
        if (text.isEmpty())
            continue;
        const QChar sign = reason.usualSign > 0 ? QLatin1Char('+')
                : reason.usualSign < 0          ? QLatin1Char('-')
                                                : QLatin1Char('0');
        stored.append(QString(sign) + QLatin1Char('|') + text);
    }
    setValue(kReasons, stored);
}

bool AppSettings::reasonRequired() const
{
    return m_settings->value(kReasonRequired, false).toBool();
}

void AppSettings::setReasonRequired(bool required)
{
    setValue(kReasonRequired, required);
}

bool AppSettings::scanAsksQuantity() const
{
    return m_settings->value(kScanAsksQuantity, false).toBool();
}

void AppSettings::setScanAsksQuantity(bool ask)
{
    setValue(kScanAsksQuantity, ask);
}

} // namespace Glance
