#include "orderselector.h"

#include "openordersmodel.h"

#include <QHBoxLayout>
#include <QTabBar>
#include <QToolButton>

OrderSelector::OrderSelector(OpenOrdersModel *orders, QWidget *parent)
    : QWidget(parent)
    , m_orders(orders)
    , m_tabs(new QTabBar(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("orderTabs"));
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDrawBase(false);
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_add->setObjectName(QStringLiteral("newOrderButton"));
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("New order (Ctrl+N)"));
    m_add->setMinimumSize(40, 36);
    m_remove->setObjectName(QStringLiteral("deleteOrderButton"));
    m_remove->setText(QStringLiteral("−"));
    m_remove->setToolTip(tr("Delete this order (Ctrl+Shift+Del)"));
    m_remove->setMinimumSize(40, 36);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_remove);

    connect(m_add, &QToolButton::clicked, this, &OrderSelector::newOrderRequested);
    connect(m_remove, &QToolButton::clicked, this, &OrderSelector::deleteOrderRequested);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_rebuilding)
            emit currentOrderChanged(m_orders->uidAt(index));
    });
    connect(orders, &QAbstractItemModel::rowsInserted, this, &OrderSelector::rebuild);
    connect(orders, &QAbstractItemModel::rowsRemoved, this, &OrderSelector::rebuild);
    connect(orders, &QAbstractItemModel::modelReset, this, &OrderSelector::rebuild);
    connect(orders, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row() && row < m_tabs->count(); ++row) {
            const QModelIndex index = m_orders->index(row);
            m_tabs->setTabText(row, index.data().toString());
            m_tabs->setTabToolTip(row, index.data(Qt::ToolTipRole).toString());
        }
    });
    rebuild();
}

QUuid OrderSelector::currentOrder() const
{
    return m_orders->uidAt(m_tabs->currentIndex());
}

void OrderSelector::setCurrentOrder(const QUuid &uid)
{
    const int row = m_orders->rowOf(uid);
    if (row >= 0 && row != m_tabs->currentIndex())
        m_tabs->setCurrentIndex(row);
}

void OrderSelector::selectNext(int step)
{
    const int count = m_tabs->count();
    if (count > 0)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

// Tabs follow the model's rows; the current order stays current when others come and go.
void OrderSelector::rebuild()
{
    const QUuid current = m_tabs->currentIndex() >= 0 ? m_tabs->tabData(m_tabs->currentIndex()).toUuid() : QUuid();
    m_rebuilding = true;
    while (m_tabs->count() > m_orders->rowCount())
        m_tabs->removeTab(m_tabs->count() - 1);
    while (m_tabs->count() < m_orders->rowCount())
        m_tabs->addTab(QString());
    for (int row = 0; row < m_orders->rowCount(); ++row) {
        const QModelIndex index = m_orders->index(row);
        m_tabs->setTabText(row, index.data().toString());
        m_tabs->setTabToolTip(row, index.data(Qt::ToolTipRole).toString());
        m_tabs->setTabData(row, m_orders->uidAt(row));
    }
    const int keep = m_orders->rowOf(current);
    if (keep >= 0)
        m_tabs->setCurrentIndex(keep);
    m_rebuilding = false;
    m_remove->setEnabled(m_tabs->count() > 0 && m_deleteAllowed);
    const QUuid now = currentOrder();
    if (now != current)
        emit currentOrderChanged(now);
}

void OrderSelector::setDeleteEnabled(bool enabled)
{
    m_deleteAllowed = enabled;
    m_remove->setEnabled(m_tabs->count() > 0 && enabled);
}
