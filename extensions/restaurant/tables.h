#pragma once

#include "order.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

class OrderBook;

// Tables, guests and kitchen marks on the orders of a book. The table key is unique
// among open orders: the sync server refuses a second order on a held table.
class Tables
{
    Q_DECLARE_TR_FUNCTIONS(Tables)

public:
    static QString tableKey() { return QStringLiteral("restaurant.table"); }
    static QString guestsKey() { return QStringLiteral("restaurant.guests"); }
    // Quantity (thousandths) of the line the kitchen has been told about.
    static QString sentKey() { return QStringLiteral("restaurant.sent"); }
    static constexpr int MaxGuests = 99;

    static QString tableOf(const Order &order);
    static int guestsOf(const Order &order);
    static qint64 sentOf(const OrderLine &line);
    static qint64 unsentOf(const OrderLine &line) { return line.quantity - sentOf(line); }
    static int unsentLines(const Order &order);

    // Table name -> the open order on it.
    static QHash<QString, QUuid> occupied(const OrderBook &book);
    // The open order on the table, or a new one bound to it with the guest count.
    static QUuid open(OrderBook *book, const QString &table, int guests, QString *error);
    // Marks every line's current quantity as sent; returns how many lines changed, -1 on error.
    static int sendToKitchen(OrderBook *book, const QUuid &orderUid, QString *error);
    static bool move(OrderBook *book, const QUuid &orderUid, const QString &table, QString *error);
    static bool setGuests(OrderBook *book, const QUuid &orderUid, int guests, QString *error);
};
