#include "adminendpoints.h"

#include "apirequest.h"
#include "faultinjector.h"
#include "validator.h"

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

AdminEndpoints::AdminEndpoints(FaultInjector &faults, ResetFunction reset)
    : m_faults(faults)
    , m_reset(std::move(reset))
{
}

ApiResponse AdminEndpoints::currentFaults() const
{
    QJsonArray list;
    for (const FaultSpec &fault : m_faults.faults())
        list.append(fault.text);
    return ApiResponse::ok(QJsonObject {{u"faults"_s, list}});
}

ApiResponse AdminEndpoints::faults(const ApiRequest &)
{
    return currentFaults();
}

ApiResponse AdminEndpoints::setFaults(const ApiRequest &request)
{
    Validator validator;
    const std::optional<QJsonObject> body = validator.bodyObject(request.body);
    if (!body)
        return validator.error().toResponse();
    const QJsonValue value = body->value(u"faults"_s);
    if (!value.isArray()) {
        validator.addIssue({u"faults"_s}, u"Expected an array of fault specs"_s);
        return validator.error().toResponse();
    }
    QList<FaultSpec> specs;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString error;
        const auto spec = array.at(i).isString() ? FaultSpec::parse(array.at(i).toString(), &error)
                                                 : std::nullopt;
        if (!spec) {
            validator.addIssue({u"faults"_s, int(i)},
                               error.isEmpty() ? u"Expected a string"_s : error);
            continue;
        }
        specs.append(*spec);
    }
    if (validator.hasIssues())
        return validator.error().toResponse();
    m_faults.setFaults(specs);
    return currentFaults();
}

ApiResponse AdminEndpoints::clearFaults(const ApiRequest &)
{
    m_faults.clear();
    return currentFaults();
}

ApiResponse AdminEndpoints::reset(const ApiRequest &)
{
    return ApiResponse::ok(m_reset());
}

} // namespace Glance::Sandbox
