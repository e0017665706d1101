#pragma once

// Shared by the benchmarks that need many inventory rows and a measure of UI-thread stalls
// (bench_inventorybrowser, bench_localcache, bench_export).

#include "api/apitypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

#include <algorithm>
#include <functional>
#include <vector>

namespace Glance::Bench {

// `count` inventory records of count/30 products in 5 warehouses, Hebrew and English names,
// SKUs like "AB-12/5", quantities from -20 to 479, every third with a reserved quantity.
inline QList<InventoryRecord> makeRecords(int count)
{
    const QStringList words = {QStringLiteral("מדף"),     QStringLiteral("Shelf"),
                               QStringLiteral("ברגים"),   QStringLiteral("Screws"),
                               QStringLiteral("צבע לבן"), QStringLiteral("Paint white"),
                               QStringLiteral("מחבר T"),  QStringLiteral("Connector")};
    const int products = qMax(1, count / 30);
    QList<InventoryRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        InventoryRecord r;
        r.id = i + 1;
        const int p = (i * 7919) % products;
        r.product = {p + 1, words.at(p % words.size()) + QLatin1Char(' ') + QString::number(p),
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

// CPU time of the calling thread (-1 where it cannot be read).
inline qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX)
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#else
    return -1;
#endif
}

// The longest gap between two ticks of a 1 ms timer: the worst stall of the event loop (wall
// time), and how much of the worst gap the UI thread itself was busy (its CPU time): on a
// shared machine a gap can also be the scheduler giving the core to another process.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            const qint64 gap = now - m_last;
            const qint64 busy = cpu - m_lastCpu;
            if (gap > m_worst) {
                m_worst = gap;
                m_worstBusy = busy;
            }
            m_gaps.push_back(gap);
            m_overBudget += gap > 16'000'000;
            m_busyOverBudget += busy > 16'000'000;
            m_worstCpu = std::max(m_worstCpu, busy);
            if (m_trace && gap > 8'000'000)
                QTextStream(stdout) << "  stall " << QString::number(double(gap) / 1e6, 'f', 1)
                                    << " ms (busy " << QString::number(double(busy) / 1e6, 'f', 1)
                                    << " ms) at " << QString::number(double(now) / 1e6, 'f', 0)
                                    << " ms: " << m_trace() << "\n";
            m_last = now;
            m_lastCpu = cpu;
        });
        start();
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_worst = 0;
        m_worstBusy = 0;
        m_worstCpu = 0;
        m_gaps.clear();
        m_overBudget = 0;
        m_busyOverBudget = 0;
        m_timer.start();
    }
    // The worst gap so far (wall time).
    double worstMs() const { return double(m_worst) / 1e6; }
    // The worst gap and how the gaps are spread: "worst N ms (UI thread busy M ms of it);
    // longest busy stretch K ms; 99th/99.9th percentile gap; gaps over 16 ms".
    QString stop()
    {
        m_timer.stop();
        std::sort(m_gaps.begin(), m_gaps.end());
        const auto percentile = [this](double p) {
            if (m_gaps.empty())
                return 0.0;
            const auto at = std::min(m_gaps.size() - 1, std::size_t(p * double(m_gaps.size())));
            return double(m_gaps[at]) / 1e6;
        };
        return QStringLiteral("worst %1 ms (UI thread busy %2 ms of it); longest busy stretch "
                              "%3 ms; p99 %4 ms, p99.9 %5 ms; %6 of %7 gaps over 16 ms (%8 "
                              "with over 16 ms busy)")
                .arg(double(m_worst) / 1e6, 0, 'f', 1)
                .arg(double(m_worstBusy) / 1e6, 0, 'f', 1)
                .arg(double(m_worstCpu) / 1e6, 0, 'f', 1)
                .arg(percentile(0.99), 0, 'f', 1)
                .arg(percentile(0.999), 0, 'f', 1)
                .arg(m_overBudget)
                .arg(m_gaps.size())
                .arg(m_busyOverBudget);
    }

public:
    // GLANCE_BENCH_TRACE=1: every gap over 8 ms is printed with what `trace` says.
    std::function<QString()> m_trace;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_worst = 0;
    qint64 m_worstBusy = 0;
    qint64 m_worstCpu = 0;
    std::vector<qint64> m_gaps;
    int m_overBudget = 0;
    int m_busyOverBudget = 0;
};

} // namespace Glance::Bench
