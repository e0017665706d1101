#include "faultinjector.h"

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

FaultInjector::FaultInjector(quint32 seed)
    : m_rng(seed ^ 0x9e3779b9U)
{
}

void FaultInjector::setFaults(const QList<FaultSpec> &faults)
{
    m_faults = faults;
    m_burstLeft = QList<int>(faults.size(), 0);
}

QList<FaultSpec> FaultInjector::faults() const
{
    return m_faults;
}

void FaultInjector::clear()
{
    setFaults({});
}

FaultInjector::Plan FaultInjector::plan(const QByteArray &method, const QStringList &segments,
                                        const QList<QPair<QString, QString>> &query)
{
    Plan plan;
    QStringList fired;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const FaultSpec &fault = m_faults.at(i);
        if (!fault.matches(method, segments, query))
            continue;
        bool fires = false;
        if (fault.kind == FaultSpec::Kind::Burst429 && m_burstLeft[i] > 0) {
            --m_burstLeft[i];
            fires = true;
        } else {
            fires = fault.rate >= 1.0 || m_rng.generateDouble() < fault.rate;
            if (fires && fault.kind == FaultSpec::Kind::Burst429)
                m_burstLeft[i] = fault.value - 1;
        }
        if (!fires)
            continue;
        if (fault.kind == FaultSpec::Kind::Latency) {
            plan.latencyMs += fault.value;
            fired.append(fault.text);
        } else if (!plan.outcome) {
            plan.outcome = fault.kind;
            plan.outcomeValue = fault.value;
            fired.append(fault.text);
        }
    }
    plan.description = fired.join(u", "_s);
    return plan;
}

} // namespace Glance::Sandbox
