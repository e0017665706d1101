#pragma once

// Shared by the benchmarks that need many inventory rows and a measure of UI-thread stalls
// (bench_localcache, bench_export).

#include "api/apitypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Glance::Bench {

// `count` inventory records of count/30 products in 5 warehouses, Hebrew and English names,
// SKUs like "AB-12/5", quantities from -20 to 479, every third with a reserved quantity.
inline QList<InventoryRecord> makeRecords(int count)
{
    const QStringList words = {QStringLiteral("מדף"),       QStringLiteral("Shelf"),
                               QStringLiteral("ברגים"),     QStringLiteral("Screws"),
                               QStringLiteral("צבע לבן"),   QStringLiteral("Paint white"),
                               QStringLiteral("מחבר T"),    QStringLiteral("Connector")};
    const int products = qMax(1, count / 30);
    QList<InventoryRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        InventoryRecord r;
        r.id = i + 1;
        const int p = (i * 7919) % products;
        r.product = {p + 1,
                     words.at(p % words.size()) + QLatin1Char(' ') + QString::number(p),
                     QStringLiteral("AB-%1/%2").arg(p).arg(p % 7)};
        r.warehouse = {i % 5 + 1, QStringLiteral("מחסן %1").arg(i % 5 + 1)};
        r.quantity = (i * 37) % 500 - 20;
        if (i % 3 == 0)
            r.reservedQuantity = i % 11;
        r.location = QStringLiteral("A-%1-%2").arg(i % 40).arg(i % 9);
        records.append(r);
    }
    return records;
}

// Records the longest gap between 1 ms ticks of the UI thread.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worst = qMax(m_worst, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    double worstMs() const { return double(m_worst) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

} // namespace Glance::Bench
