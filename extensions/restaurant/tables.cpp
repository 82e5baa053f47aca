#include "tables.h"

#include "orderbook.h"

QString Tables::tableOf(const Order &order)
{
    return order.extensions.value(tableKey()).toString();
}

int Tables::guestsOf(const Order &order)
{
    return order.extensions.value(guestsKey()).toInt();
}

qint64 Tables::sentOf(const OrderLine &line)
{
    return line.extensions.value(sentKey()).toInteger();
}

int Tables::unsentLines(const Order &order)
{
    int count = 0;
    for (const OrderLine &line : order.lines) {
        if (unsentOf(line) != 0)
            ++count;
    }
    return count;
}

QHash<QString, QUuid> Tables::occupied(const OrderBook &book)
{
    QHash<QString, QUuid> out;
    for (const QUuid &uid : book.orderUids()) {
        const QString table = tableOf(*book.order(uid));
        if (!table.isEmpty())
            out.insert(table, uid);
    }
    return out;
}

QUuid Tables::open(OrderBook *book, const QString &table, int guests, QString *error)
{
    const QUuid existing = occupied(*book).value(table);
    if (!existing.isNull())
        return existing;
    const QUuid uid = book->createOrder();
    // Guests first: the table claim then publishes the order with both.
    if (uid.isNull() || !book->setOrderExtension(uid, guestsKey(), guests)
        || !book->setOrderExtension(uid, tableKey(), table)) {
        *error = book->lastError();
        if (!uid.isNull())
            book->discard(uid);
        return {};
    }
    return uid;
}

int Tables::sendToKitchen(OrderBook *book, const QUuid &orderUid, QString *error)
{
    const Order *order = book->order(orderUid);
    if (!order) {
        *error = tr("The order is no longer open.");
        return -1;
    }
    QList<OrderLine> toSend;
    for (const OrderLine &line : order->lines) {
        if (unsentOf(line) != 0)
            toSend << line;
    }
    for (const OrderLine &line : std::as_const(toSend)) {
        if (!book->setLineExtension(orderUid, line.uid, sentKey(), line.quantity)) {
            *error = book->lastError();
            return -1;
        }
    }
    return int(toSend.size());
}

bool Tables::move(OrderBook *book, const QUuid &orderUid, const QString &table, QString *error)
{
    const QUuid holder = occupied(*book).value(table);
    if (!holder.isNull() && holder != orderUid) {
        const Order *other = book->order(holder);
        *error = tr("Table %1 already has order %2.")
                     .arg(table, other->ticketNumber > 0 ? QStringLiteral("#%1").arg(other->ticketNumber)
                                                         : other->receiptReference);
        return false;
    }
    if (!book->setOrderExtension(orderUid, tableKey(), table)) {
        *error = book->lastError();
        return false;
    }
    return true;
}

bool Tables::setGuests(OrderBook *book, const QUuid &orderUid, int guests, QString *error)
{
    if (!book->setOrderExtension(orderUid, guestsKey(), guests)) {
        *error = book->lastError();
        return false;
    }
    return true;
}
