#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace Glance {

class ApiClient;
class ApiError;
class InventoryTableModel;

// The main window shell: the inventory of the account, searchable, paged lazily.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts showing data from `client` (not owned). Before this the window shows `message`.
    void setClient(ApiClient *client);
    void showStartupMessage(const QString &message);
    void showStartupError(const QString &message);

    InventoryTableModel *inventoryModel() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applySearch();
    void showError(const Glance::ApiError &error);
    void hideError();
    void updateStatus();
    void setOnline(bool online);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<ApiClient> m_client;
    InventoryTableModel *m_model = nullptr;
    QTimer m_searchDebounce;
    QLabel *m_countLabel = nullptr;
    QLabel *m_refreshedLabel = nullptr;
    QLabel *m_onlineLabel = nullptr;
    QDateTime m_lastRefresh;
    bool m_online = true;
};

} // namespace Glance
