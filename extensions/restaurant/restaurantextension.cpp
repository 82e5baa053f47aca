#include "restaurantextension.h"

#include "floorplan.h"
#include "floorsettingspage.h"
#include "floorview.h"
#include "orderbook.h"
#include "pricing.h"
#include "shareddocuments.h"
#include "tables.h"
#include "tablecontrol.h"

#include <QLocale>
#include <QTimer>

QList<ExtensionField> RestaurantExtension::fields() const
{
    return {{ExtensionScope::Order, Tables::tableKey(), true},
            {ExtensionScope::Order, Tables::guestsKey()},
            {ExtensionScope::Line, Tables::sentKey()}};
}

QString RestaurantExtension::checkValue(ExtensionScope, const QString &key, const QJsonValue &value) const
{
    if (value.isNull())
        return {};
    if (key == Tables::tableKey()) {
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > FloorPlan::MaxNameLength)
            return tr("A table is named by 1 to %1 characters.").arg(FloorPlan::MaxNameLength);
    } else if (key == Tables::guestsKey()) {
        if (!value.isDouble() || value.toInteger(-1) < 1 || value.toInteger(-1) > Tables::MaxGuests)
            return tr("Guests must be a number from 1 to %1.").arg(Tables::MaxGuests);
    } else if (key == Tables::sentKey()) {
        const qint64 sent = value.toInteger(Pricing::MaxQuantity + 1);
        if (!value.isDouble() || sent < -Pricing::MaxQuantity || sent > Pricing::MaxQuantity)
            return tr("The quantity sent to the kitchen is out of range.");
    }
    return {};
}

QStringList RestaurantExtension::orderText(const Order &order, ExtensionText) const
{
    const QString table = Tables::tableOf(order);
    if (table.isEmpty())
        return {};
    const int guests = Tables::guestsOf(order);
    return {guests > 0 ? tr("Table %1 · %n guest(s)", nullptr, guests).arg(table) : tr("Table %1").arg(table)};
}

QStringList RestaurantExtension::lineText(const OrderLine &line, ExtensionText where) const
{
    if (where == ExtensionText::Receipt)
        return {};
    // Unsent lines say nothing: a counter sale never goes to the kitchen.
    if (Tables::sentOf(line) == 0)
        return {};
    if (Tables::unsentOf(line) != 0)
        return {tr("changed since sent")};
    return {tr("sent to kitchen")};
}

QString RestaurantExtension::orderTag(const Order &order) const
{
    const QString table = Tables::tableOf(order);
    return table.isEmpty() ? QString() : tr("Table %1").arg(table);
}

void RestaurantExtension::attach(ExtensionContext *context)
{
    OrderBook *book = context->book();
    connect(book, &OrderBook::claimRefused, context,
            [this, context](const QUuid &orderUid, const QString &key, const QJsonValue &value, const QUuid &holderUid,
                            bool newOrder) {
                if (key == Tables::tableKey())
                    onTableTaken(context, {orderUid, value.toString(), newOrder}, holderUid);
            });
    connect(book, &OrderBook::sameChangeMadeElsewhere, context,
            [this, context](const QUuid &orderUid, const QUuid &, const QString &key, const Actor &by) {
                onSameChange(context, orderUid, key, by);
            });
    connect(book, &OrderBook::orderRemoved, context, [this](const QUuid &uid) { m_lastSend.remove(uid); });
    // The server's answer can arrive before the holder's order does.
    connect(book, &OrderBook::orderAdded, context, [this, context](const QUuid &uid) {
        const QList<Refused> waiting = m_waitingForHolder.values(uid);
        m_waitingForHolder.remove(uid);
        for (const Refused &refused : waiting)
            onTableTaken(context, refused, uid);
    });
}

// Another terminal opened the table first (at the same moment, or while this one was
// offline): its order is the table's, so a newly opened order's lines join it.
void RestaurantExtension::onTableTaken(ExtensionContext *context, const Refused &refused, const QUuid &holderUid)
{
    OrderBook *book = context->book();
    const Order *order = book->order(refused.orderUid);
    if (!order)
        return; // paid or cancelled meanwhile: it stays on the server without the table
    const QString table = refused.table;
    if (!refused.newOrder) {
        context->showMessage(Tables::tableOf(*order).isEmpty()
                                 ? tr("Table %1 is taken by another order; this order was not moved there.").arg(table)
                                 : tr("Table %1 is taken by another order; this order stays at table %2.")
                                       .arg(table, Tables::tableOf(*order)));
        return;
    }
    const Order *holder = book->order(holderUid);
    if (!holder) {
        m_waitingForHolder.insert(holderUid, refused);
        QTimer::singleShot(HolderWaitMs, context, [this, context, holderUid, refused] {
            if (m_waitingForHolder.remove(holderUid, refused) > 0)
                context->showMessage(tr("Table %1 is taken by another order; this order has no table now.").arg(refused.table));
        });
        return;
    }
    if (Tables::tableOf(*holder) != table) {
        context->showMessage(tr("Table %1 is taken by another order; this order has no table now.").arg(table));
        return;
    }
    const bool wasShown = context->currentOrder() == refused.orderUid;
    if (!book->mergeInto(refused.orderUid, holderUid)) {
        context->showMessage(book->lastError());
        return;
    }
    if (wasShown || context->currentOrder().isNull())
        context->showOrder(holderUid);
    context->showMessage(tr("Table %1 was opened on another terminal at the same time; this terminal now works "
                            "on that order.").arg(table));
}

QWidget *RestaurantExtension::createOrderControl(ExtensionContext *context, QWidget *parent)
{
    return new TableControl(context, this, parent);
}

void RestaurantExtension::sendToKitchen(ExtensionContext *context, const QUuid &orderUid)
{
    if (!context->mayChange(orderUid))
        return;
    QString error;
    const int sent = Tables::sendToKitchen(context->book(), orderUid, &error);
    if (sent < 0) {
        context->showMessage(error);
        return;
    }
    m_lastSend.insert(orderUid, {sent, {}});
    context->showMessage(tr("%n line(s) sent to the kitchen.", nullptr, sent));
}

// Both terminals asked for the same: every line went to the kitchen once.
void RestaurantExtension::onSameChange(ExtensionContext *context, const QUuid &orderUid, const QString &key,
                                       const Actor &by)
{
    const auto it = m_lastSend.find(orderUid);
    if (key != Tables::sentKey() || it == m_lastSend.end())
        return;
    ++it->sentFirstBy[by.terminal];
    QStringList others;
    for (auto count = it->sentFirstBy.cbegin(); count != it->sentFirstBy.cend(); ++count)
        others << tr("%1 by %2").arg(count.value()).arg(count.key());
    context->showMessage(tr("All %n line(s) sent to the kitchen; %1.", nullptr, it->lines)
                             .arg(QLocale().createSeparatedList(others)));
}

QWidget *RestaurantExtension::createSettingsPage(ExtensionContext *context, QWidget *parent)
{
    return new FloorSettingsPage(context->sharedDocuments(), parent);
}

bool RestaurantExtension::saveSettingsPage(QWidget *page, QString *error)
{
    auto *floors = qobject_cast<FloorSettingsPage *>(page);
    return !floors || floors->save(error);
}

QWidget *RestaurantExtension::createStartScreen(ExtensionContext *context, QWidget *parent)
{
    return new FloorView(context, parent);
}
