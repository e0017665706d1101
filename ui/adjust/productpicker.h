#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <QLineEdit>
#include <QPointer>
#include <QTimer>

#include <optional>

class QCompleter;
class QStandardItemModel;

namespace Glance {

class ApiCall;
class ApiClient;
class CatalogLookup;

// A line edit that finds products in the Products API as the user types (name or SKU,
// debounced) and offers them in a popup. Enter on text that is exactly a product's SKU chooses
// that product (looked up with GET /products/sku/:sku when it is not among the suggestions).
// In scanner mode Enter hands the typed SKU on (skuEntered()) at once, for keyboard-wedge barcode
// scanners that type a SKU and press Enter.
class ProductPicker : public QLineEdit
{
    Q_OBJECT

public:
    enum class EnterMode { ChooseExactSku, EmitSku };

    static constexpr int DebounceMs = 300;
    static constexpr int Suggestions = 20;

    explicit ProductPicker(QWidget *parent = nullptr);
    ~ProductPicker() override;

    void setClient(ApiClient *client);
    void setCatalog(CatalogLookup *catalog);
    void setEnterMode(EnterMode mode) { m_enterMode = mode; }

    std::optional<ProductRef> chosen() const { return m_chosen; }
    void choose(const ProductRef &product);
    void clearChoice();
    bool isSearching() const;
    QCompleter *suggestionCompleter() const { return m_completer; }

Q_SIGNALS:
    void productChosen(const Glance::ProductRef &product);
    void choiceCleared();
    // Scanner mode: the trimmed text when Enter was pressed.
    void skuEntered(const QString &sku);
    void skuNotFound(const QString &sku);
    void searchFailed(const Glance::ApiError &error);
    void busyChanged(bool busy);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void search();
    void onEnter();
    void chooseFromSuggestion(const QModelIndex &index);
    std::optional<ProductRef> exactSuggestion(const QString &sku) const;
    void setBusy(bool busy);

    QPointer<ApiClient> m_client;
    QPointer<CatalogLookup> m_catalog;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_suggestions = nullptr;
    QTimer m_debounce;
    QPointer<ApiCall> m_searchCall;
    QPointer<ApiCall> m_skuCall;
    std::optional<ProductRef> m_chosen;
    EnterMode m_enterMode = EnterMode::ChooseExactSku;
    bool m_busy = false;
    bool m_settingText = false;
};

} // namespace Glance
