#pragma once

#include <QAbstractListModel>
#include <QUuid>

class OrderBook;

// The open orders of the book, oldest first, titled by ticket number or "New".
class OpenOrdersModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenOrdersModel)

public:
    enum Role {
        OrderUidRole = Qt::UserRole + 1,
        TicketNumberRole,
        TotalRole,
        LineCountRole,
    };

    explicit OpenOrdersModel(OrderBook *book, QObject *parent = nullptr);

    int rowOf(const QUuid &uid) const;
    QUuid uidAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onOrderAdded(const QUuid &uid);
    void onOrderChanged(const QUuid &uid);
    void onOrderRemoved(const QUuid &uid);

    OrderBook *m_book;
    QList<QUuid> m_uids;
};
