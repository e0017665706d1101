#pragma once

#include "core/account/secretstore.h"

#include <QTest>

#include <optional>

namespace Glance::Test {

// Collects the one answer of a SecretStore / AccountManager call (tests only).
class SecretWaiter
{
public:
    SecretCallback callback()
    {
        m_result.reset();
        m_calls = 0;
        return [this](const SecretResult &result) {
            m_result = result;
            ++m_calls;
        };
    }
    // Spins the event loop until the answer came (false on timeout).
    bool wait(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    bool hasResult() const { return m_result.has_value(); }
    const SecretResult &result() const { return *m_result; }
    int calls() const { return m_calls; }

private:
    std::optional<SecretResult> m_result;
    int m_calls = 0;
};

} // namespace Glance::Test
