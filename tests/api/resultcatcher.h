#pragma once

#include "api/apiresult.h"

#include <QTest>

#include <memory>
#include <vector>

namespace Glance::ApiTest {

// Collects what one client call delivers, to check "exactly once" and "never synchronously".
template<typename T>
class ResultCatcher
{
public:
    ApiCallback<T> callback() const
    {
        auto results = m_results;
        return [results](const ApiResult<T> &result) {
            results->push_back(result);
        };
    }

    // Waits until the first delivery (or timeoutMs); true if one came.
    bool wait(int timeoutMs = 15000) const
    {
        return QTest::qWaitFor([this] { return !m_results->empty(); }, timeoutMs);
    }

    int count() const { return int(m_results->size()); }
    bool delivered() const { return !m_results->empty(); }
    const ApiResult<T> &result() const { return m_results->front(); }
    bool ok() const { return delivered() && result().ok(); }
    const T &value() const { return result().value(); }
    const ApiError &error() const { return result().error(); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        if (!delivered())
            return "nothing delivered";
        return result().ok() ? QByteArray("a value") : result().error().toLogString().toUtf8();
    }

private:
    std::shared_ptr<std::vector<ApiResult<T>>> m_results =
            std::make_shared<std::vector<ApiResult<T>>>();
};

} // namespace Glance::ApiTest
