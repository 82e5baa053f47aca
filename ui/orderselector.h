#pragma once

#include <QUuid>
#include <QWidget>

class OpenOrdersModel;
class QTabBar;
class QToolButton;

// One tab per open order, titled by its ticket number or "New", with "+" and "−".
class OrderSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderSelector)

public:
    explicit OrderSelector(OpenOrdersModel *orders, QWidget *parent = nullptr);

    QUuid currentOrder() const;
    void setCurrentOrder(const QUuid &uid);
    void selectNext(int step);
    QTabBar *tabBar() const { return m_tabs; }
    void setDeleteEnabled(bool enabled);

signals:
    void currentOrderChanged(const QUuid &uid);
    void newOrderRequested();
    void deleteOrderRequested();

private:
    void rebuild();

    OpenOrdersModel *m_orders;
    QTabBar *m_tabs;
    QToolButton *m_add;
    QToolButton *m_remove;
    bool m_rebuilding = false;
    bool m_deleteAllowed = true;
};
