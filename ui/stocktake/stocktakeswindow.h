#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class StocktakesWindow;
}

namespace Glance {

class StocktakeListModel;
class StocktakeStore;

// Inventory → Stocktakes: the open and closed stocktakes of the profile; opens one (counting
// or review) or starts a new one.
class StocktakesWindow : public QWidget
{
    Q_OBJECT

public:
    StocktakesWindow(StocktakeStore *store, const QString &profile, QWidget *parent = nullptr);
    ~StocktakesWindow() override;

    void setProfile(const QString &profile);
    StocktakeListModel *model() const { return m_model; }

Q_SIGNALS:
    void openRequested(qint64 stocktakeId);
    void newRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void openSelected();
    void updateButtons();

    std::unique_ptr<Ui::StocktakesWindow> m_ui;
    StocktakeListModel *m_model;
};

} // namespace Glance
