#pragma once

#include "faultspec.h"

#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace Glance::Sandbox {

/*!
    Decides, per request, which injected faults apply. Draws come from a PRNG seeded with the
    sandbox seed, so a run is reproducible for the same sequence of requests.
*/
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed);

    void setFaults(const QList<FaultSpec> &faults);
    QList<FaultSpec> faults() const;
    void clear();

    struct Plan
    {
        int latencyMs = 0; // sum of the latency faults that fired
        std::optional<FaultSpec::Kind> outcome; // first non-latency fault that fired
        int outcomeValue = 0; // its value (the late-commit delay)
        QString description; // for logs
    };
    Plan plan(const QByteArray &method, const QStringList &segments,
              const QList<QPair<QString, QString>> &query = {});

private:
    QList<FaultSpec> m_faults;
    QList<int> m_burstLeft; // per fault: 429 answers still owed by a started burst
    QRandomGenerator m_rng;
};

} // namespace Glance::Sandbox
