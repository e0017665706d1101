#include "ui/adjust/productpicker.h"

#include "api/apiclient.h"
#include "core/adjust/cataloglookup.h"
#include "core/text/bidi.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

namespace Glance {

namespace {

constexpr int ProductIdRole = Qt::UserRole + 1;
constexpr int SkuRole = Qt::UserRole + 2;
constexpr int NameRole = Qt::UserRole + 3;

// "SKU — name" for the list and for the line once a product is chosen: each value isolated, so
// that a SKU such as "120-AB/3" keeps its order next to a Hebrew name.
QString productLabel(const QString &sku, const QString &name)
{
    if (sku.isEmpty())
        return name;
    return ProductPicker::tr("%1 — %2", "SKU — product name").arg(Bidi::sku(sku), Bidi::name(name));
}

// What the line says, without the isolates of a chosen product's label: what is searched for.
QString plainText(const QString &text)
{
    return Bidi::stripFormatting(text).trimmed();
}

} // namespace

ProductPicker::ProductPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_suggestions(new QStandardItemModel(this))
{
    setClearButtonEnabled(true);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &ProductPicker::chooseFromSuggestion);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ProductPicker::search);
    connect(this, &QLineEdit::textEdited, this, &ProductPicker::onTextEdited);
}

ProductPicker::~ProductPicker() = default;

void ProductPicker::setClient(ApiClient *client)
{
    m_client = client;
}

void ProductPicker::setCatalog(CatalogLookup *catalog)
{
    m_catalog = catalog;
}

bool ProductPicker::isSearching() const
{
    return m_busy;
}

void ProductPicker::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ProductPicker::choose(const ProductRef &product)
{
    m_chosen = product;
    m_settingText = true;
    setText(productLabel(product.sku, product.name));
    m_settingText = false;
    m_completer->popup()->hide();
    if (m_catalog)
        m_catalog->addProduct(product);
    Q_EMIT productChosen(product);
}

void ProductPicker::clearChoice()
{
    const bool had = m_chosen.has_value();
    m_chosen.reset();
    if (had)
        Q_EMIT choiceCleared();
}

void ProductPicker::onTextEdited(const QString &text)
{
    if (m_settingText)
        return;
    clearChoice();
    if (text.trimmed().isEmpty()) {
        m_debounce.stop();
        if (m_searchCall)
            m_searchCall->cancel();
        m_suggestions->clear();
        m_completer->popup()->hide();
        return;
    }
    m_debounce.start();
}

void ProductPicker::search()
{
    const QString text = plainText(this->text());
    if (!m_client || text.isEmpty())
        return;
    if (m_searchCall)
        m_searchCall->cancel();
    ProductQuery query;
    query.search = text;
    query.limit = Suggestions;
    setBusy(true);
    m_searchCall = m_client->listProducts(
            query, this, [this, text](const ApiResult<Page<Product>> &result) {
                setBusy(m_skuCall != nullptr);
                if (!result.ok()) {
                    if (result.error().kind() != ApiError::Kind::Cancelled)
                        Q_EMIT searchFailed(result.error());
                    return;
                }
                if (plainText(this->text()) != text || m_chosen)
                    return; // typed on meanwhile: a newer search follows
                m_suggestions->clear();
                for (const Product &product : result.value().items) {
                    auto *item = new QStandardItem(productLabel(product.sku, product.name));
                    item->setData(product.id, ProductIdRole);
                    item->setData(product.sku, SkuRole);
                    item->setData(product.name, NameRole);
                    item->setEditable(false);
                    m_suggestions->appendRow(item);
                }
                if (m_suggestions->rowCount() > 0 && hasFocus())
                    m_completer->complete();
                else
                    m_completer->popup()->hide();
            });
}

std::optional<ProductRef> ProductPicker::exactSuggestion(const QString &sku) const
{
    for (int row = 0; row < m_suggestions->rowCount(); ++row) {
        const QStandardItem *item = m_suggestions->item(row);
        if (item->data(SkuRole).toString().compare(sku, Qt::CaseInsensitive) == 0)
            return ProductRef {item->data(ProductIdRole).toLongLong(),
                               item->data(NameRole).toString(), item->data(SkuRole).toString()};
    }
    return std::nullopt;
}

void ProductPicker::chooseFromSuggestion(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    choose({index.data(ProductIdRole).toLongLong(), index.data(NameRole).toString(),
            index.data(SkuRole).toString()});
}

void ProductPicker::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !m_completer->popup()->isVisible()) {
        onEnter();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void ProductPicker::onEnter()
{
    const QString sku = plainText(text());
    if (sku.isEmpty())
        return;
    m_debounce.stop();
    if (m_enterMode == EnterMode::EmitSku) {
        if (m_searchCall)
            m_searchCall->cancel();
        m_completer->popup()->hide();
        Q_EMIT skuEntered(sku);
        return;
    }
    if (m_chosen)
        return;
    if (const std::optional<ProductRef> exact = exactSuggestion(sku)) {
        choose(*exact);
        return;
    }
    if (m_catalog) {
        if (const std::optional<ProductRef> known = m_catalog->productForSku(sku)) {
            choose(*known);
            return;
        }
    }
    if (!m_client)
        return;
    if (m_skuCall)
        m_skuCall->cancel();
    setBusy(true);
    m_skuCall = m_client->productBySku(sku, this, [this, sku](const ApiResult<Product> &result) {
        m_skuCall = nullptr;
        setBusy(m_searchCall != nullptr && !m_searchCall->isFinished());
        if (result.ok()) {
            if (plainText(text()) == sku)
                choose({result.value().id, result.value().name,
                        result.value().sku.isEmpty() ? sku : result.value().sku});
        } else if (result.error().isNotFound()) {
            Q_EMIT skuNotFound(sku);
        } else if (result.error().kind() != ApiError::Kind::Cancelled) {
            Q_EMIT searchFailed(result.error());
        }
    });
}

} // namespace Glance
