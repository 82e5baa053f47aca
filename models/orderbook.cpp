#include "orderbook.h"

#include "extensionregistry.h"
#include "localstore.h"
#include "product.h"

#include <QRegularExpression>

namespace {
const QString ReferenceCounter = QStringLiteral("order_reference");
const QString ReceiptCounter = QStringLiteral("receipt");
}

OrderBook::OrderBook(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void OrderBook::setContext(const Context &context)
{
    const bool sessionChanged = (context.sessionId == 0) != (m_context.sessionId == 0);
    m_context = context;
    if (sessionChanged)
        emit editabilityChanged();
}

bool OrderBook::load()
{
    QList<Order> orders;
    if (!m_store->loadOpenOrders(&orders))
        return fail(m_store->lastError());
    m_uids.clear();
    m_orders.clear();
    for (const Order &order : std::as_const(orders)) {
        m_uids.append(order.uid);
        m_orders.insert(order.uid, order);
    }
    return true;
}

const Order *OrderBook::order(const QUuid &uid) const
{
    const auto it = m_orders.constFind(uid);
    return it == m_orders.cend() ? nullptr : &*it;
}

void OrderBook::setServerReachable(bool reachable)
{
    if (reachable == m_serverReachable)
        return;
    m_serverReachable = reachable;
    emit editabilityChanged();
}

QString OrderBook::whyReadOnly(const QUuid &uid) const
{
    const Order *found = order(uid);
    if (!found)
        return tr("The order is no longer open.");
    if (m_context.sessionId == 0)
        return tr("No session is open: the next cashier opens one first.");
    if (!m_serverReachable && found->published && found->revision > 0)
        return tr("Offline: this order is on the server and stays read-only until the connection returns. "
                  "New orders can be created and paid.");
    return {};
}

bool OrderBook::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

QUuid OrderBook::createOrder()
{
    Order order;
    order.uid = QUuid::createUuid();
    order.currency = m_context.currency;
    order.createdBy = m_context.actor;
    order.changedBy = m_context.actor;
    order.createdAt = QDateTime::currentDateTimeUtc();
    order.changedAt = order.createdAt;
    order.sessionId = m_context.sessionId;
    const bool stored = m_store->transaction([&] {
        qint64 counter = 0;
        if (!m_store->nextCounter(ReferenceCounter, &counter))
            return false;
        order.receiptReference = QStringLiteral("%1/%2").arg(m_context.terminalCode).arg(counter);
        return m_store->writeOrder({&order, {}, {}, true, true});
    });
    if (!stored) {
        fail(m_store->lastError());
        return {};
    }
    m_uids.append(order.uid);
    m_orders.insert(order.uid, order);
    emit orderAdded(order.uid);
    return order.uid;
}

bool OrderBook::edit(const QUuid &orderUid, const OrderEdit &description, const Edit &change)
{
    const QString readOnly = whyReadOnly(orderUid);
    if (!readOnly.isEmpty())
        return fail(readOnly);
    const auto it = m_orders.constFind(orderUid);
    Order changed = *it;
    OrderWrite write;
    write.order = &changed;
    const bool accepted = m_store->transaction([&] {
        if (!change(changed, write))
            return false;
        if (!changed.amountsWithinLimit())
            return fail(tr("The order would come to more than the largest amount one order may have."));
        // Without a server this terminal numbers its own tickets; with one, a number it
        // made up could be the server's for another order, so only the server numbers.
        if (!m_journal && changed.ticketNumber == 0 && !changed.lines.isEmpty()) {
            qint64 ticket = 0;
            if (!m_store->nextCounter(ticketCounter(), &ticket))
                return false;
            changed.ticketNumber = static_cast<int>(ticket);
        }
        changed.changedBy = m_context.actor;
        changed.changedAt = QDateTime::currentDateTimeUtc();
        // An order reaches the server with its first line or claim; from then on every change does.
        if (m_journal && (it->published || !changed.lines.isEmpty() || description.unique)) {
            OrderEdit journaled = description;
            if (m_extensions)
                journaled.uniqueKeys = m_extensions->uniqueOrderKeys();
            const bool recorded = m_extensions
                ? m_journal->record(m_extensions->exportOrder(*it), m_extensions->exportOrder(changed), journaled)
                : m_journal->record(*it, changed, journaled);
            if (!recorded)
                return false;
            changed.published = true;
        }
        return m_store->writeOrder(write);
    });
    if (!accepted) {
        if (m_lastError.isEmpty())
            fail(m_store->lastError());
        return false;
    }
    if (changed.isFinal()) {
        m_orders.remove(orderUid);
        removeFromBook(orderUid);
        emit orderFinalized(changed);
    } else {
        m_orders.insert(orderUid, changed);
        emit orderChanged(orderUid);
    }
    return true;
}

bool OrderBook::editLine(const QUuid &orderUid, const OrderEdit &description,
                         const std::function<bool(OrderLine &)> &change)
{
    m_lastError.clear();
    const QUuid lineUid = description.lineUid;
    return edit(orderUid, description, [&](Order &order, OrderWrite &write) {
        const int index = order.lineIndex(lineUid);
        if (index < 0)
            return fail(tr("The line is no longer in the order."));
        OrderLine &line = order.lines[index];
        if (!change(line))
            return false;
        line.changedBy = m_context.actor;
        write.upsertLines.append(lineUid);
        return true;
    });
}

bool OrderBook::addProduct(const QUuid &orderUid, const Product &product, QUuid *lineUid)
{
    m_lastError.clear();
    OrderEdit description;
    return edit(orderUid, description, [&](Order &order, OrderWrite &write) {
        for (OrderLine &line : order.lines) {
            if (line.productId == product.id && line.unitPrice == product.unitPrice && line.discount == 0
                && line.quantity > 0 && line.quantity + Pricing::QuantityScale <= Pricing::MaxQuantity) {
                line.quantity += Pricing::QuantityScale;
                line.changedBy = m_context.actor;
                description = {OrderEdit::Kind::IncrementLine, line.uid, QStringLiteral("quantity")};
                write.upsertLines.append(line.uid);
                if (lineUid)
                    *lineUid = line.uid;
                return true;
            }
        }
        OrderLine line;
        line.uid = QUuid::createUuid();
        line.position = order.lines.isEmpty() ? 1 : order.lines.last().position + 1;
        line.productId = product.id;
        line.productName = product.name;
        line.unitPrice = product.unitPrice;
        line.taxRate = product.taxRate;
        line.quantity = Pricing::QuantityScale;
        line.createdBy = m_context.actor;
        line.changedBy = m_context.actor;
        order.lines.append(line);
        description = {OrderEdit::Kind::AddLine, line.uid, QString()};
        write.upsertLines.append(line.uid);
        if (lineUid)
            *lineUid = line.uid;
        return true;
    });
}

bool OrderBook::setQuantity(const QUuid &orderUid, const QUuid &lineUid, qint64 quantity)
{
    if (quantity < -Pricing::MaxQuantity || quantity > Pricing::MaxQuantity)
        return fail(tr("The quantity is out of range."));
    return editLine(orderUid, {OrderEdit::Kind::SetLineField, lineUid, QStringLiteral("quantity")}, [&](OrderLine &line) {
        line.quantity = quantity;
        return true;
    });
}

bool OrderBook::setDiscount(const QUuid &orderUid, const QUuid &lineUid, int discount)
{
    if (discount < 0 || discount > Pricing::BasisPoints)
        return fail(tr("A discount must be between 0 and 100 %."));
    return editLine(orderUid, {OrderEdit::Kind::SetLineField, lineUid, QStringLiteral("discount")}, [&](OrderLine &line) {
        line.discount = discount;
        return true;
    });
}

bool OrderBook::setUnitPrice(const QUuid &orderUid, const QUuid &lineUid, qint64 unitPrice)
{
    if (unitPrice < 0 || unitPrice > Pricing::MaxUnitPrice)
        return fail(tr("The price is out of range."));
    return editLine(orderUid, {OrderEdit::Kind::SetLineField, lineUid, QStringLiteral("unit_price")}, [&](OrderLine &line) {
        line.unitPrice = unitPrice;
        return true;
    });
}

bool OrderBook::removeLine(const QUuid &orderUid, const QUuid &lineUid)
{
    m_lastError.clear();
    return edit(orderUid, {OrderEdit::Kind::RemoveLine, lineUid, QString()}, [&](Order &order, OrderWrite &write) {
        const int index = order.lineIndex(lineUid);
        if (index < 0)
            return fail(tr("The line is no longer in the order."));
        order.lines.removeAt(index);
        write.deleteLines.append(lineUid);
        return true;
    });
}

bool OrderBook::setCustomerName(const QUuid &orderUid, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() > 80)
        return fail(tr("A customer name can have at most 80 characters."));
    m_lastError.clear();
    return edit(orderUid, {OrderEdit::Kind::SetCustomerName, QUuid(), QString()}, [&](Order &order, OrderWrite &) {
        order.customerName = trimmed;
        return true;
    });
}

namespace {

bool isExtensionKey(const QString &key)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_.-]{0,63}")));
    return pattern.match(key).hasMatch();
}

void setExtension(QJsonObject *extensions, const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        extensions->remove(key);
    else
        extensions->insert(key, value);
}

} // namespace

bool OrderBook::setOrderExtension(const QUuid &orderUid, const QString &key, const QJsonValue &value)
{
    if (!isExtensionKey(key))
        return fail(tr("\"%1\" is not a valid extension key.").arg(key));
    OrderEdit description{OrderEdit::Kind::SetOrderExtension, QUuid(), key};
    if (m_extensions) {
        const QString problem = m_extensions->checkValue(ExtensionScope::Order, key, value);
        if (!problem.isEmpty())
            return fail(problem);
        const ExtensionField *field = m_extensions->field(ExtensionScope::Order, key);
        description.unique = field->uniqueAmongOpenOrders && !value.isNull() && !value.isUndefined();
    }
    m_lastError.clear();
    return edit(orderUid, description, [&](Order &order, OrderWrite &) {
        setExtension(&order.extensions, key, value);
        return true;
    });
}

bool OrderBook::setLineExtension(const QUuid &orderUid, const QUuid &lineUid, const QString &key,
                                 const QJsonValue &value)
{
    if (!isExtensionKey(key))
        return fail(tr("\"%1\" is not a valid extension key.").arg(key));
    if (m_extensions) {
        const QString problem = m_extensions->checkValue(ExtensionScope::Line, key, value);
        if (!problem.isEmpty())
            return fail(problem);
    }
    return editLine(orderUid, {OrderEdit::Kind::SetLineExtension, lineUid, key}, [&](OrderLine &line) {
        setExtension(&line.extensions, key, value);
        return true;
    });
}

bool OrderBook::pay(const QUuid &orderUid, const QList<Payment> &payments)
{
    m_lastError.clear();
    return edit(orderUid, {OrderEdit::Kind::Pay, QUuid(), QString()}, [&](Order &order, OrderWrite &write) {
        if (order.lines.isEmpty())
            return fail(tr("There is nothing to pay."));
        const qint64 total = order.total();
        for (const Payment &payment : payments) {
            if (payment.amount == 0 || qAbs(payment.amount) > Pricing::MaxUnitPrice)
                return fail(tr("A payment amount is zero or out of range."));
            // Money flows one way per order: in for a sale, out for a return.
            if ((payment.amount < 0) != (total < 0))
                return fail(tr("A payment must have the sign of the total."));
        }
        const PaymentBalance balance = paymentBalance(total, payments);
        if (!balance.covered)
            return fail(tr("The payments do not cover the total."));
        if (balance.changeExceedsCash)
            return fail(tr("Change can only be given for cash and the methods that give change."));
        order.payments = payments;
        for (Payment &payment : order.payments) {
            if (payment.uid.isNull())
                payment.uid = QUuid::createUuid();
        }
        order.changeGiven = balance.change;
        order.state = OrderState::Paid;
        order.sessionId = m_context.sessionId;
        // Numbered in the payment's own transaction: consecutive in issue order, no gaps.
        qint64 receipt = 0;
        if (!m_store->nextCounter(ReceiptCounter, &receipt))
            return false;
        order.receiptNumber = QStringLiteral("%1-%2").arg(m_context.terminalCode).arg(receipt, 6, 10, QLatin1Char('0'));
        write.payments = true;
        return true;
    });
}

bool OrderBook::discard(const QUuid &orderUid)
{
    const QString readOnly = whyReadOnly(orderUid);
    if (!readOnly.isEmpty())
        return fail(readOnly);
    const Order *existing = order(orderUid);
    // An order the server never heard of can simply go; a published one is cancelled there too.
    if (existing->isEmpty() && !existing->published) {
        if (!m_store->deleteOrder(orderUid))
            return fail(m_store->lastError());
        removeFromBook(orderUid);
        m_orders.remove(orderUid);
        return true;
    }
    m_lastError.clear();
    return edit(orderUid, {OrderEdit::Kind::Cancel, QUuid(), QString()}, [&](Order &order, OrderWrite &) {
        order.state = OrderState::Cancelled;
        order.sessionId = m_context.sessionId;
        return true;
    });
}

bool OrderBook::publish(const QUuid &orderUid)
{
    m_lastError.clear();
    return edit(orderUid, {OrderEdit::Kind::Publish, QUuid(), QString()}, [](Order &order, OrderWrite &) {
        // The ticket it had while sync was off is the server's to give now.
        if (order.revision == 0)
            order.ticketNumber = 0;
        return true;
    });
}

bool OrderBook::closeSession(std::optional<qint64> countedCash)
{
    const bool shared = isShared();
    QList<QUuid> leaving;
    const bool stored = m_store->transaction([&] {
        for (const QUuid &uid : std::as_const(m_uids)) {
            Order order = m_orders.value(uid);
            if (shared && (!order.isEmpty() || order.published))
                continue;
            leaving.append(uid);
            if (order.isEmpty()) {
                if (!m_store->deleteOrder(uid))
                    return false;
                continue;
            }
            order.state = OrderState::Cancelled;
            order.abandoned = true;
            order.sessionId = m_context.sessionId;
            order.changedBy = m_context.actor;
            order.changedAt = QDateTime::currentDateTimeUtc();
            if (!m_store->writeOrder({&order, {}, {}, false, false}))
                return false;
        }
        return (shared || m_store->resetCounter(ticketCounter()))
            && m_store->closeSession(m_context.sessionId, QDateTime::currentDateTimeUtc(), countedCash);
    });
    if (!stored)
        return fail(m_store->lastError());
    for (const QUuid &uid : std::as_const(leaving)) {
        m_orders.remove(uid);
        removeFromBook(uid);
    }
    return true;
}

void OrderBook::removeFromBook(const QUuid &uid)
{
    if (m_uids.removeOne(uid))
        emit orderRemoved(uid);
}

bool OrderBook::adoptServerOrder(Order order)
{
    const auto it = m_orders.constFind(order.uid);
    const bool known = it != m_orders.cend();
    if (known && order.revision < it->revision)
        return false;
    if (!known) {
        std::optional<Order> local;
        if (!m_store->findOrder(order.uid, &local))
            return fail(m_store->lastError());
        // Late news of an order already closed here must not bring it back, but the
        // ticket the server gave it is the one to show and report from now on.
        if (local && local->isFinal()) {
            if (order.ticketNumber <= 0 || local->ticketNumber == order.ticketNumber)
                return false;
            local->ticketNumber = order.ticketNumber;
            if (!m_store->writeOrder({&*local, {}, {}, false, false}))
                return fail(m_store->lastError());
            emit ticketNumbered(order.uid, order.ticketNumber);
            return true;
        }
    }
    order.published = true;
    if (m_extensions)
        m_extensions->applyOrder(&order, known ? &*it : nullptr);
    if (order.isFinal()) {
        if (!known)
            return false;
        if (!m_store->deleteOrder(order.uid))
            return fail(m_store->lastError());
        // Screens showing it leave before it goes, so none falls through to another order.
        emit orderClosedElsewhere(order);
        m_orders.remove(order.uid);
        removeFromBook(order.uid);
        return true;
    }
    order.sessionId = known ? it->sessionId : m_context.sessionId;
    if (!m_store->writeOrder({&order, {}, {}, true, true}))
        return fail(m_store->lastError());
    m_orders.insert(order.uid, order);
    if (known) {
        emit orderChanged(order.uid);
    } else {
        m_uids.append(order.uid);
        emit orderAdded(order.uid);
    }
    return true;
}

bool OrderBook::adoptRefusedClose(Order server, const QString &why)
{
    std::optional<Order> local;
    if (!m_store->findOrder(server.uid, &local))
        return fail(m_store->lastError());
    if (!local || !local->isFinal() || local->abandoned)
        return adoptServerOrder(server);
    std::optional<LocalStore::VoidedReceipt> voided;
    if (local->state == OrderState::Paid) {
        voided = LocalStore::VoidedReceipt{local->receiptNumber,
                                           local->uid,
                                           local->ticketNumber > 0 ? tr("#%1").arg(local->ticketNumber)
                                                                   : local->receiptReference,
                                           local->sessionId,
                                           QDateTime::currentDateTimeUtc(),
                                           local->total(),
                                           Pricing::addMoney(local->paidTotal(), -local->changeGiven),
                                           why};
    }
    server.published = true;
    if (m_extensions)
        m_extensions->applyOrder(&server, nullptr);
    server.sessionId = m_context.sessionId;
    const bool reopens = !server.isFinal();
    const bool stored = m_store->transaction([&] {
        if (voided && !m_store->addVoidedReceipt(*voided))
            return false;
        // Closed elsewhere, the order is the other terminal's record, as if never closed here.
        return reopens ? m_store->writeOrder({&server, {}, {}, true, true}) : m_store->deleteOrder(server.uid);
    });
    if (!stored)
        return fail(m_store->lastError());
    if (reopens) {
        m_orders.insert(server.uid, server);
        m_uids.append(server.uid);
        emit orderAdded(server.uid);
    }
    emit closeRefused(*local, server, why, voided);
    return true;
}

bool OrderBook::mergeInto(const QUuid &fromUid, const QUuid &toUid)
{
    if (fromUid == toUid)
        return fail(tr("An order cannot join itself."));
    // Both must change, or lines could end up charged twice.
    for (const QUuid &uid : {fromUid, toUid}) {
        const QString readOnly = whyReadOnly(uid);
        if (!readOnly.isEmpty())
            return fail(readOnly);
    }
    const Order *from = order(fromUid);
    const QList<OrderLine> lines = from->lines;
    // One edit, so the lines arrive all together or not at all.
    m_lastError.clear();
    const bool added = lines.isEmpty() || edit(toUid, {OrderEdit::Kind::AddLines, QUuid(), QString()},
                                                [&](Order &target, OrderWrite &write) {
        for (const OrderLine &source : lines) {
            OrderLine line = source;
            line.uid = QUuid::createUuid();
            line.position = target.lines.isEmpty() ? 1 : target.lines.last().position + 1;
            line.changedBy = m_context.actor;
            target.lines.append(line);
            write.upsertLines.append(line.uid);
        }
        return true;
    });
    if (!added)
        return false;
    from = order(fromUid);
    if (!from)
        return true; // closed meanwhile by the server
    if (from->published)
        return discard(fromUid);
    if (!m_store->deleteOrder(fromUid))
        return fail(m_store->lastError());
    m_orders.remove(fromUid);
    removeFromBook(fromUid);
    return true;
}
