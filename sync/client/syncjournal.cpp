#include "syncjournal.h"

#include "localstore.h"
#include "protocol.h"

#include <QJsonDocument>

using Protocol::OpKind;
using Protocol::Operation;

namespace {

Operation addLineOp(const OrderLine &line)
{
    Operation op;
    op.kind = OpKind::AddLine;
    op.line = line;
    return op;
}

const OrderLine *findLine(const Order &order, const QUuid &uid)
{
    const int index = order.lineIndex(uid);
    return index < 0 ? nullptr : &order.lines.at(index);
}

} // namespace

SyncJournal::SyncJournal(LocalStore *store)
    : m_store(store)
{
}

bool SyncJournal::record(const Order &before, const Order &after, const OrderEdit &edit)
{
    QList<Operation> ops;
    if (!before.published) {
        // Nothing to cancel on a server that never had the order.
        if (edit.kind == OrderEdit::Kind::Cancel)
            return true;
        Operation create;
        create.kind = OpKind::Create;
        create.order = before;
        QList<Operation> claims;
        for (const QString &key : edit.uniqueKeys) {
            const QJsonValue value = create.order.extensions.take(key);
            if (value.isUndefined() || value.isNull() || (edit.kind == OrderEdit::Kind::SetOrderExtension && edit.field == key))
                continue;
            Operation claim;
            claim.kind = OpKind::Set;
            claim.field = QStringLiteral("ext:") + key;
            claim.value = value;
            claim.unique = true;
            claims.append(claim);
        }
        ops.append(create);
        ops.append(claims);
        for (const OrderLine &line : before.lines)
            ops.append(addLineOp(line));
    }

    Operation op;
    switch (edit.kind) {
    case OrderEdit::Kind::AddLine: {
        const OrderLine *line = findLine(after, edit.lineUid);
        if (!line)
            return false;
        op = addLineOp(*line);
        break;
    }
    case OrderEdit::Kind::AddLines:
        for (const OrderLine &line : after.lines) {
            if (before.lineIndex(line.uid) < 0)
                ops.append(addLineOp(line));
        }
        break;
    case OrderEdit::Kind::IncrementLine:
    case OrderEdit::Kind::SetLineField: {
        const OrderLine *old = findLine(before, edit.lineUid);
        const OrderLine *line = findLine(after, edit.lineUid);
        if (!old || !line)
            return false;
        op.kind = OpKind::SetLine;
        op.lineUid = edit.lineUid;
        op.field = edit.field;
        if (edit.kind == OrderEdit::Kind::IncrementLine) {
            // Taps commute on the server: send what was added, not the total.
            op.increment = true;
            op.delta = line->quantity - old->quantity;
        } else if (edit.field == QLatin1String("quantity")) {
            op.value = line->quantity;
        } else if (edit.field == QLatin1String("discount")) {
            op.value = line->discount;
        } else {
            op.value = line->unitPrice;
        }
        break;
    }
    case OrderEdit::Kind::RemoveLine:
        op.kind = OpKind::RemoveLine;
        op.lineUid = edit.lineUid;
        break;
    case OrderEdit::Kind::SetCustomerName:
        op.kind = OpKind::Set;
        op.field = QStringLiteral("customer_name");
        op.value = after.customerName;
        break;
    case OrderEdit::Kind::SetOrderExtension:
        op.kind = OpKind::Set;
        op.field = QStringLiteral("ext:") + edit.field;
        op.value = after.extensions.contains(edit.field) ? after.extensions.value(edit.field) : QJsonValue();
        op.unique = edit.unique;
        break;
    case OrderEdit::Kind::SetLineExtension: {
        const OrderLine *line = findLine(after, edit.lineUid);
        if (!line)
            return false;
        op.kind = OpKind::SetLine;
        op.lineUid = edit.lineUid;
        op.field = QStringLiteral("ext:") + edit.field;
        op.value = line->extensions.contains(edit.field) ? line->extensions.value(edit.field) : QJsonValue();
        break;
    }
    case OrderEdit::Kind::Pay:
        op.kind = OpKind::Pay;
        op.payments = after.payments;
        op.changeGiven = after.changeGiven;
        op.receiptNumber = after.receiptNumber;
        break;
    case OrderEdit::Kind::Cancel:
        op.kind = OpKind::Cancel;
        break;
    case OrderEdit::Kind::Publish:
        break;
    }
    if (edit.kind != OrderEdit::Kind::Publish && edit.kind != OrderEdit::Kind::AddLines)
        ops.append(op);
    if (ops.isEmpty())
        return true;

    // A long order published at once goes in several batches: the protocol caps a
    // batch's operations, and added lines never conflict, so they rebase on the create.
    const int perBatch = Protocol::limits().maxOpsPerBatch;
    for (int first = 0; first < ops.size(); first += perBatch) {
        QJsonArray encoded;
        for (int i = first; i < qMin(int(ops.size()), first + perBatch); ++i)
            encoded.append(Protocol::operationToJson(ops.at(i)));
        OutboxEntry entry;
        entry.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.orderUid = after.uid;
        entry.baseRevision = before.revision;
        entry.ops = QJsonDocument(encoded).toJson(QJsonDocument::Compact);
        entry.user = after.changedBy.user;
        if (!m_store->appendOutbox(&entry))
            return false;
    }
    return true;
}

QJsonObject SyncJournal::batchBody(const OutboxEntry &entry, const QString &instance)
{
    return {
        {QStringLiteral("op_id"), entry.opId},
        {QStringLiteral("order"), entry.orderUid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("base_revision"), entry.baseRevision},
        {QStringLiteral("instance"), instance},
        {QStringLiteral("user"), entry.user},
        {QStringLiteral("ops"), QJsonDocument::fromJson(entry.ops).array()},
    };
}
