#pragma once

#include "order.h"

#include <QAbstractTableModel>
#include <QUuid>

class OrderBook;

// The lines of one open order of the book, kept current through the book's signals.
class OrderLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLinesModel)

public:
    enum Column { ProductColumn, QuantityColumn, UnitPriceColumn, DiscountColumn, TotalColumn, ColumnCount };
    enum Role {
        LineUidRole = Qt::UserRole + 1,
        AttributionRole, // "added by Alice (Bar), edited by Bob (Terrace)"
        ExtensionTextRole, // QStringList: what enabled extensions show under the line
    };

    explicit OrderLinesModel(OrderBook *book, QObject *parent = nullptr);

    void setOrder(const QUuid &orderUid);
    QUuid orderUid() const { return m_orderUid; }
    QModelIndex indexOfLine(const QUuid &lineUid, int column = 0) const;
    QUuid lineUidAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString attribution(const OrderLine &line);

private:
    void onOrderChanged(const QUuid &uid);
    void onOrderRemoved(const QUuid &uid);
    void applyLines(const QList<OrderLine> &lines);

    OrderBook *m_book;
    QUuid m_orderUid;
    QString m_currency;
    QList<OrderLine> m_lines;
};
