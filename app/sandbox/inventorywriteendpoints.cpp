#include "inventorywriteendpoints.h"

#include "apierror.h"
#include "apirequest.h"
#include "catalogstore.h"
#include "database.h"
#include "inventorystore.h"
#include "pathid.h"
#include "transaction.h"
#include "validator.h"

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {

QVariant toVariant(const OptionalText &text)
{
    return text.isNull ? QVariant() : QVariant(text.value);
}

ApiResponse notFound(const QString &code, const QString &message, const QJsonArray &path = {})
{
    ApiError error = ApiError::notFound(code, message);
    if (!path.isEmpty())
        error.issues.append(ApiError::issue(path, message));
    return error.toResponse();
}

struct AdjustAction
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    qint64 amount = 0;
    QString reason;
    QString notes;
};

} // namespace

InventoryWriteEndpoints::InventoryWriteEndpoints(Database &database, InventoryStore &inventory,
                                                 CatalogStore &catalog)
    : m_db(database)
    , m_inventory(inventory)
    , m_catalog(catalog)
{
}

ApiResponse InventoryWriteEndpoints::create(const ApiRequest &request)
{
    Validator validator;
    const std::optional<QJsonObject> body = validator.bodyObject(request.body);
    if (!body)
        return validator.error().toResponse();
    const auto productId = validator.jsonId(*body, u"productId"_s, {}, true);
    const auto warehouseId = validator.jsonId(*body, u"warehouseId"_s, {}, true);
    const auto quantity =
            validator.jsonInt(*body, u"quantity"_s, {}, false, 0, Validator::int32Max);
    const OptionalText location = validator.jsonText(*body, u"location"_s, {}, maxLocationLength);
    if (validator.hasIssues())
        return validator.error().toResponse();

    if (!m_catalog.productNameAndSku(*productId)) {
        return notFound(u"PRODUCT_NOT_FOUND"_s, u"Product %1 not found"_s.arg(*productId),
                        {u"productId"_s});
    }
    if (!m_catalog.warehouseName(*warehouseId)) {
        return notFound(u"WAREHOUSE_NOT_FOUND"_s, u"Warehouse %1 not found"_s.arg(*warehouseId),
                        {u"warehouseId"_s});
    }
    if (const auto existing = m_inventory.rowFor(*productId, *warehouseId)) {
        const QString message =
                u"Inventory record %1 already exists for product %2 in warehouse %3"_s.arg(
                        QString::number(existing->id), QString::number(*productId),
                        QString::number(*warehouseId));
        ApiResponse response = ApiResponse::json(
                409,
                QJsonObject {{u"success"_s, false},
                             {u"error"_s,
                              QJsonObject {{u"status"_s, 409},
                                           {u"message"_s, message},
                                           {u"code"_s, u"INVENTORY_ALREADY_EXISTS"_s},
                                           {u"existingId"_s, existing->id}}}});
        return response;
    }

    Transaction transaction(m_db);
    const InventoryStore::Row row =
            m_inventory.create(*productId, *warehouseId, quantity.value_or(0), toVariant(location));
    transaction.commit();
    return ApiResponse::ok(InventoryStore::flat(row), 201);
}

ApiResponse InventoryWriteEndpoints::edit(const ApiRequest &request, const QStringList &params)
{
    const PathId id = PathId::parse(params.value(0), u"id"_s);
    if (!id.id)
        return id.error;
    Validator validator;
    const std::optional<QJsonObject> body = validator.bodyObject(request.body);
    if (!body)
        return validator.error().toResponse();
    const auto quantity =
            validator.jsonInt(*body, u"quantity"_s, {}, false, 0, Validator::int32Max);
    const OptionalText location = validator.jsonText(*body, u"location"_s, {}, maxLocationLength);
    if (!validator.hasIssues() && !quantity && !location.present)
        validator.addIssue({}, u"Nothing to update: send quantity and/or location"_s);
    if (validator.hasIssues())
        return validator.error().toResponse();

    const auto current = m_inventory.row(*id.id);
    if (!current) {
        return notFound(u"INVENTORY_NOT_FOUND"_s, u"Inventory record %1 not found"_s.arg(*id.id));
    }
    Transaction transaction(m_db);
    const InventoryStore::Row row =
            m_inventory.update(*current, quantity.value_or(current->quantity),
                               location.present ? toVariant(location) : current->location,
                               u"edit"_s, u"Inventory record edited"_s, QString());
    transaction.commit();
    return ApiResponse::ok(InventoryStore::flat(row));
}

ApiResponse InventoryWriteEndpoints::remove(const ApiRequest &, const QStringList &params)
{
    const PathId id = PathId::parse(params.value(0), u"id"_s);
    if (!id.id)
        return id.error;
    const auto current = m_inventory.row(*id.id);
    if (!current) {
        return notFound(u"INVENTORY_NOT_FOUND"_s, u"Inventory record %1 not found"_s.arg(*id.id));
    }
    Transaction transaction(m_db);
    m_inventory.remove(*current);
    transaction.commit();
    return ApiResponse::ok(QJsonObject {{u"success"_s, true}});
}

ApiResponse InventoryWriteEndpoints::adjust(const ApiRequest &request)
{
    Validator validator;
    const std::optional<QJsonObject> body = validator.bodyObject(request.body);
    if (!body)
        return validator.error().toResponse();
    const QJsonValue actionsValue = body->value(u"actions"_s);
    if (!actionsValue.isArray()) {
        validator.addIssue({u"actions"_s},
                           actionsValue.isUndefined() ? u"Required"_s
                                                      : u"Expected an array of actions"_s);
        return validator.error().toResponse();
    }
    const QJsonArray actionsArray = actionsValue.toArray();
    if (actionsArray.isEmpty() || actionsArray.size() > maxAdjustActions) {
        validator.addIssue({u"actions"_s},
                           u"Expected between 1 and %1 actions"_s.arg(maxAdjustActions));
        return validator.error().toResponse();
    }

    QList<AdjustAction> actions;
    for (qsizetype i = 0; i < actionsArray.size(); ++i) {
        const QJsonArray path {u"actions"_s, int(i)};
        if (!actionsArray.at(i).isObject()) {
            validator.addIssue(path, u"Expected an object"_s);
            continue;
        }
        const QJsonObject object = actionsArray.at(i).toObject();
        AdjustAction action;
        const auto productId = validator.jsonId(object, u"productId"_s, path, true);
        const auto warehouseId = validator.jsonId(object, u"warehouseId"_s, path, true);
        const auto amount = validator.jsonInt(object, u"amount"_s, path, true, Validator::int32Min,
                                              Validator::int32Max, true);
        const OptionalText reason = validator.jsonText(object, u"reason"_s, path, 255);
        const OptionalText notes = validator.jsonText(object, u"notes"_s, path, 2000);
        action.productId = productId.value_or(0);
        action.warehouseId = warehouseId.value_or(0);
        action.amount = amount.value_or(0);
        action.reason = reason.value;
        action.notes = notes.value;
        actions.append(action);
    }
    if (validator.hasIssues())
        return validator.error().toResponse();

    // All or nothing: any failure below returns before commit(), so the guard rolls back.
    Transaction transaction(m_db);
    QJsonArray adjusted;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const AdjustAction &action = actions.at(i);
        const QJsonArray path {u"actions"_s, int(i)};
        if (!m_catalog.productNameAndSku(action.productId)) {
            return notFound(u"PRODUCT_NOT_FOUND"_s,
                            u"Product %1 not found (action %2)"_s.arg(action.productId).arg(i),
                            Validator::childPath(path, u"productId"_s));
        }
        if (!m_catalog.warehouseName(action.warehouseId)) {
            return notFound(u"WAREHOUSE_NOT_FOUND"_s,
                            u"Warehouse %1 not found (action %2)"_s.arg(action.warehouseId).arg(i),
                            Validator::childPath(path, u"warehouseId"_s));
        }
        std::optional<InventoryStore::Row> row =
                m_inventory.rowFor(action.productId, action.warehouseId);
        if (!row) {
            if (action.amount < 0) {
                return notFound(u"INVENTORY_NOT_FOUND"_s,
                                u"No inventory record for product %1 in warehouse %2 "
                                "(action %3)"_s.arg(action.productId)
                                        .arg(action.warehouseId)
                                        .arg(i),
                                path);
            }
            row = m_inventory.create(action.productId, action.warehouseId, 0, QVariant());
        }
        const qint64 newQuantity = row->quantity + action.amount;
        if (newQuantity < 0) {
            const QString message =
                    u"Insufficient stock: product %1 in warehouse %2 has %3, cannot adjust by "
                    "%4 (action %5)"_s.arg(action.productId)
                            .arg(action.warehouseId)
                            .arg(row->quantity)
                            .arg(action.amount)
                            .arg(i);
            return ApiError {400,
                             u"INSUFFICIENT_STOCK"_s,
                             message,
                             {ApiError::issue(Validator::childPath(path, u"amount"_s), message)}}
                    .toResponse();
        }
        if (newQuantity > Validator::int32Max) {
            Validator overflow;
            overflow.addIssue(Validator::childPath(path, u"amount"_s),
                              u"The resulting quantity would exceed %1"_s.arg(Validator::int32Max));
            return overflow.error().toResponse();
        }
        m_inventory.update(*row, newQuantity, row->location, u"adjustment"_s,
                           action.reason.isEmpty() ? u"Adjustment"_s : action.reason, action.notes);
        adjusted.append(QJsonObject {{u"productId"_s, action.productId},
                                     {u"warehouseId"_s, action.warehouseId},
                                     {u"previousQuantity"_s, row->quantity},
                                     {u"newQuantity"_s, newQuantity},
                                     {u"amount"_s, action.amount}});
    }
    transaction.commit();
    return ApiResponse::ok(QJsonObject {{u"adjusted"_s, adjusted}});
}

} // namespace Glance::Sandbox
