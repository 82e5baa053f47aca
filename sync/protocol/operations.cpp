#include "operations.h"

#include <QJsonDocument>

namespace Protocol {

namespace {

QString uidText(const QUuid &uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

void setExtension(QJsonObject *extensions, const QString &field, const QJsonValue &value)
{
    if (value.isNull())
        extensions->remove(extensionKey(field));
    else
        extensions->insert(extensionKey(field), value);
}

QString setLineField(OrderLine *line, const Operation &op)
{
    if (op.increment) {
        const qint64 quantity = line->quantity + op.delta;
        if (quantity < -Pricing::MaxQuantity || quantity > Pricing::MaxQuantity)
            return QStringLiteral("the quantity would be out of range");
        line->quantity = quantity;
    } else if (op.field == QLatin1String("quantity")) {
        line->quantity = static_cast<qint64>(op.value.toDouble());
    } else if (op.field == QLatin1String("discount")) {
        line->discount = op.value.toInt();
    } else if (op.field == QLatin1String("unit_price")) {
        line->unitPrice = static_cast<qint64>(op.value.toDouble());
    } else {
        setExtension(&line->extensions, op.field, op.value);
    }
    return {};
}

qsizetype extensionSize(const QJsonObject &extensions)
{
    return QJsonDocument(extensions).toJson(QJsonDocument::Compact).size();
}

} // namespace

QString applyOperation(Order *order, const Operation &op, const Actor &actor)
{
    if (op.kind != OpKind::Create && order->isFinal())
        return QStringLiteral("the order is %1 already").arg(Order::stateKey(order->state));
    switch (op.kind) {
    case OpKind::Create: {
        const QUuid uid = order->uid;
        const int ticket = order->ticketNumber;
        *order = op.order;
        order->uid = uid;
        order->ticketNumber = ticket;
        order->state = OrderState::Open;
        order->createdBy = actor;
        break;
    }
    case OpKind::Set:
        if (op.field == QLatin1String("customer_name"))
            order->customerName = op.value.toString();
        else
            setExtension(&order->extensions, op.field, op.value);
        break;
    case OpKind::AddLine: {
        if (order->lineIndex(op.line.uid) >= 0)
            return QStringLiteral("line %1 exists already").arg(uidText(op.line.uid));
        if (order->lines.size() >= limits().maxLinesPerOrder)
            return QStringLiteral("an order has at most %1 lines").arg(limits().maxLinesPerOrder);
        OrderLine line = op.line;
        line.createdBy = actor;
        line.changedBy = actor;
        line.position = order->lines.isEmpty() ? 1 : order->lines.last().position + 1;
        order->lines.append(line);
        break;
    }
    case OpKind::SetLine: {
        const int index = order->lineIndex(op.lineUid);
        if (index < 0)
            return QStringLiteral("the order has no line %1").arg(uidText(op.lineUid));
        OrderLine line = order->lines.at(index);
        const QString problem = setLineField(&line, op);
        if (!problem.isEmpty())
            return problem;
        line.changedBy = actor;
        order->lines[index] = line;
        break;
    }
    case OpKind::RemoveLine: {
        const int index = order->lineIndex(op.lineUid);
        if (index < 0)
            return QStringLiteral("the order has no line %1").arg(uidText(op.lineUid));
        order->lines.removeAt(index);
        break;
    }
    case OpKind::Pay: {
        if (order->lines.isEmpty())
            return QStringLiteral("an empty order cannot be paid");
        const PaymentBalance balance = paymentBalance(order->total(), op.payments);
        if (!balance.canValidate() || balance.change != op.changeGiven)
            return QStringLiteral("the payments must cover the total %1 with change %2 from cash only")
                .arg(order->total())
                .arg(balance.change);
        order->payments = op.payments;
        order->changeGiven = op.changeGiven;
        order->receiptNumber = op.receiptNumber;
        order->state = OrderState::Paid;
        break;
    }
    case OpKind::Cancel:
        order->state = OrderState::Cancelled;
        break;
    }
    order->changedBy = actor;
    return {};
}

QString checkOrder(const Order &order)
{
    const int maxExtension = limits().maxExtensionBytes;
    if (extensionSize(order.extensions) > maxExtension)
        return QStringLiteral("the order's ext would exceed %1 bytes").arg(maxExtension);
    for (const OrderLine &line : order.lines) {
        if (extensionSize(line.extensions) > maxExtension)
            return QStringLiteral("the ext of line %1 would exceed %2 bytes").arg(uidText(line.uid)).arg(maxExtension);
    }
    if (!order.amountsWithinLimit())
        return QStringLiteral("the order's line totals would add up to more than %1 minor units")
            .arg(Pricing::MaxOrderAmount);
    return {};
}

}
