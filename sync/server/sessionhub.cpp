#include "sessionhub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using Protocol::Operation;
using Protocol::OpKind;

struct SessionHub::Group
{
    qint64 id = 0;
    GroupState state;
    QHash<QUuid, StoredOrder> orders;
    // The newest event payloads, so most polls are answered without the database.
    QList<QByteArray> recent;
    qint64 recentBytes = 0;
    qint64 recentFirstSeq = 1;
};

namespace {

constexpr int RecentEvents = 2048;
constexpr qint64 RecentBytes = 8 * 1024 * 1024;
// A poll answer stops adding events past this size; "more" tells the terminal to come back.
constexpr qint64 MaxAnswerBytes = 256 * 1024;

QString uidText(const QUuid &uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A string as a JSON literal, quoted and escaped.
QByteArray jsonString(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QString orderKey(const QString &field)
{
    return QStringLiteral("o:") + field;
}

QString lineKey(const QUuid &line)
{
    return QStringLiteral("l:") + uidText(line);
}

QString lineFieldKey(const QUuid &line, const QString &field)
{
    return lineKey(line) + QLatin1Char(':') + field;
}

const QString StateKey = QStringLiteral("state");

// What changed an order since a batch's base revision, not counting the sender's own changes.
class ChangesSince
{
public:
    ChangesSince(const StoredOrder &order, qint64 base, const QString &instance)
    {
        for (const ChangeRecord &change : order.changes) {
            if (change.revision <= base || change.instance == instance)
                continue;
            m_any = true;
            m_lastActor = change.actor;
            for (const QString &key : change.keys)
                m_by.insert(key, change.actor);
        }
    }

    bool any() const { return m_any; }
    Actor lastActor() const { return m_lastActor; }
    bool touched(const QString &key, Actor *by) const
    {
        const auto it = m_by.constFind(key);
        if (it == m_by.cend())
            return false;
        *by = *it;
        return true;
    }
    bool touchedPrefix(const QString &prefix, Actor *by) const
    {
        for (auto it = m_by.cbegin(); it != m_by.cend(); ++it) {
            if (it.key().startsWith(prefix)) {
                *by = it.value();
                return true;
            }
        }
        return false;
    }

private:
    bool m_any = false;
    Actor m_lastActor;
    QHash<QString, Actor> m_by;
};

struct Rejection
{
    int index = 0;
    const Operation *op = nullptr;
    QString reason;
    QString message;
    Actor by;
};

QString fieldLabel(const QString &field)
{
    if (Protocol::isExtensionField(field))
        return Protocol::extensionKey(field);
    return QString(field).replace(QLatin1Char('_'), QLatin1Char(' '));
}

bool applyField(OrderLine *line, const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("quantity"))
        line->quantity = static_cast<qint64>(value.toDouble());
    else if (field == QLatin1String("discount"))
        line->discount = value.toInt();
    else if (field == QLatin1String("unit_price"))
        line->unitPrice = static_cast<qint64>(value.toDouble());
    else if (Protocol::isExtensionField(field)) {
        if (value.isNull())
            line->extensions.remove(Protocol::extensionKey(field));
        else
            line->extensions.insert(Protocol::extensionKey(field), value);
    } else
        return false;
    return true;
}

QJsonObject documentToJson(const SharedDocument &document)
{
    return {{QStringLiteral("key"), document.key},
            {QStringLiteral("value"), document.value},
            {QStringLiteral("revision"), document.revision},
            {QStringLiteral("changed_by"), QJsonObject{{QStringLiteral("user"), document.changedBy.user},
                                                       {QStringLiteral("terminal"), document.changedBy.terminal}}},
            {QStringLiteral("changed_at"), document.changedAt.toString(Qt::ISODateWithMs)}};
}

} // namespace

SessionHub::SessionHub(ServerStore *store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
{
}

SessionHub::~SessionHub() = default;

SessionHub::Group *SessionHub::group(qint64 groupId)
{
    if (const auto it = m_groups.constFind(groupId); it != m_groups.cend())
        return it->get();
    auto loaded = std::make_shared<Group>();
    loaded->id = groupId;
    if (!m_store->loadGroupState(groupId, &loaded->state))
        return nullptr;
    for (const StoredOrder &order : std::as_const(loaded->state.openOrders))
        loaded->orders.insert(order.order.uid, order);
    loaded->state.openOrders.clear();
    loaded->recentFirstSeq = loaded->state.lastSeq + 1;
    m_groups.insert(groupId, loaded);
    return loaded.get();
}

bool SessionHub::ensureRun(Group *group)
{
    if (group->state.run)
        return true;
    RunRecord run;
    if (!m_store->startRun(group->id, &run))
        return false;
    group->state.run = run;
    return true;
}

HubReply SessionHub::fail(int status, const QString &code, const QString &message)
{
    return {status, compact(Protocol::errorBody(code, message))};
}

HubReply SessionHub::storeFailure()
{
    qWarning("tandem-syncd: storage failure: %s", qPrintable(m_store->lastError()));
    return fail(500, QStringLiteral("storage"), QStringLiteral("the server could not store the change"));
}

// Built by concatenation: the order's JSON is serialised once per change and reused.
QByteArray SessionHub::eventPayload(qint64 seq, const QByteArray &orderJson, const TerminalIdentity &origin,
                                    const QString &instance, const QString &opId) const
{
    const QByteArray originJson = compact({{QStringLiteral("terminal_id"), origin.terminalId},
                                           {QStringLiteral("terminal"), origin.terminalName},
                                           {QStringLiteral("instance"), instance}});
    return "{\"op_id\":" + jsonString(opId) + ",\"order\":" + orderJson
        + ",\"origin\":" + originJson + ",\"seq\":" + QByteArray::number(seq) + '}';
}

void SessionHub::remember(Group *group, qint64 seq, const QByteArray &payload)
{
    if (group->recent.isEmpty())
        group->recentFirstSeq = seq;
    group->recent.append(payload);
    group->recentBytes += payload.size();
    while (group->recent.size() > 1 && (group->recent.size() > RecentEvents || group->recentBytes > RecentBytes)) {
        group->recentBytes -= group->recent.first().size();
        group->recent.removeFirst();
        ++group->recentFirstSeq;
    }
    group->state.lastSeq = seq;
    retain(group, seq, payload.size());
}

// The event log is bounded by count and by bytes; it is pruned in steps so that it is
// not rewritten on every push.
void SessionHub::retain(Group *group, qint64 seq, qint64 payloadBytes)
{
    GroupState &state = group->state;
    state.retainedEventBytes += payloadBytes;
    const qint64 keepFrom = seq - m_options.retainedEvents + 1;
    if (keepFrom - state.firstRetainedSeq >= qMin<qint64>(256, m_options.retainedEvents)) {
        if (m_store->pruneEvents(group->id, keepFrom))
            state.firstRetainedSeq = keepFrom;
        m_store->pruneEventsToBytes(group->id, m_options.retainedEventBytes, &state.firstRetainedSeq,
                                    &state.retainedEventBytes);
    }
    if (state.retainedEventBytes > m_options.retainedEventBytes)
        m_store->pruneEventsToBytes(group->id, m_options.retainedEventBytes * 9 / 10, &state.firstRetainedSeq,
                                    &state.retainedEventBytes);
}

void SessionHub::beginGroupCommit()
{
    m_store->beginGroup();
}

bool SessionHub::endGroupCommit()
{
    if (m_store->commitGroup())
        return true;
    qWarning("tandem-syncd: storage failure: %s", qPrintable(m_store->lastError()));
    // What was applied in memory was not stored: start again from the database.
    m_groups.clear();
    return false;
}

HubReply SessionHub::push(const TerminalIdentity &terminal, const Protocol::Batch &batch)
{
    const HubReply answer = applyBatch(terminal, batch);
    if (answer.status < 400 || answer.status >= 500 || answer.status == 409)
        return answer;
    return withCurrentOrder(answer, terminal.groupId, batch.orderUid);
}

// A refused batch leaves the terminal with a state the server never had: the answer
// carries the order as the server has it, when it has it, so the terminal shows the truth.
HubReply SessionHub::withCurrentOrder(const HubReply &refusal, qint64 groupId, const QUuid &orderUid)
{
    Group *g = group(groupId);
    if (!g)
        return refusal;
    std::optional<StoredOrder> stored;
    if (const auto live = g->orders.constFind(orderUid); live != g->orders.cend())
        stored = *live;
    else if (!m_store->loadOrder(groupId, orderUid, &stored))
        return refusal;
    if (!stored)
        return refusal;
    QJsonObject body = QJsonDocument::fromJson(refusal.body).object();
    body.insert(QStringLiteral("order"), Protocol::orderToJson(stored->order));
    return {refusal.status, compact(body)};
}

HubReply SessionHub::applyBatch(const TerminalIdentity &terminal, const Protocol::Batch &batch)
{
    Group *g = group(terminal.groupId);
    if (!g)
        return storeFailure();
    const QString opId = uidText(batch.opId);
    int storedStatus = 0;
    QByteArray storedResponse;
    bool seen = false;
    if (!m_store->findOp(terminal.groupId, opId, &storedStatus, &storedResponse, &seen))
        return storeFailure();
    if (seen)
        return {storedStatus, storedResponse};

    const Actor actor{batch.user, terminal.terminalName};
    const bool creates = batch.ops.first().kind == OpKind::Create;
    auto live = g->orders.constFind(batch.orderUid);
    if (live == g->orders.cend()) {
        std::optional<StoredOrder> archived;
        if (!m_store->loadOrder(terminal.groupId, batch.orderUid, &archived))
            return storeFailure();
        if (archived) {
            const QByteArray body = compact({
                {QStringLiteral("error"), QStringLiteral("conflict")},
                {QStringLiteral("message"), QStringLiteral("the order is %1 and cannot change")
                                                .arg(archived->order.abandoned ? QStringLiteral("archived")
                                                                               : Order::stateKey(archived->order.state))},
                {QStringLiteral("rejected"), QJsonArray{QJsonObject{
                                                 {QStringLiteral("index"), 0},
                                                 {QStringLiteral("op"), Protocol::opName(batch.ops.first().kind)},
                                                 {QStringLiteral("reason"), QStringLiteral("order_final")},
                                                 {QStringLiteral("message"), QStringLiteral("the order is closed")},
                                                 {QStringLiteral("by"), QJsonObject{{QStringLiteral("user"), archived->order.changedBy.user},
                                                                                    {QStringLiteral("terminal"), archived->order.changedBy.terminal}}}}}},
                {QStringLiteral("order"), Protocol::orderToJson(archived->order)},
            });
            if (!m_store->recordOp(terminal.groupId, opId, 409, body))
                return storeFailure();
            return {409, body};
        }
        if (!creates)
            return fail(404, QStringLiteral("unknown_order"),
                        QStringLiteral("order %1 is not known to the server; push its create first").arg(uidText(batch.orderUid)));
    } else if (creates) {
        return fail(422, QStringLiteral("invalid"), QStringLiteral("ops[0]: order %1 exists already").arg(uidText(batch.orderUid)));
    }

    StoredOrder working;
    if (live != g->orders.cend()) {
        working = *live;
        if (batch.baseRevision > working.order.revision)
            return fail(422, QStringLiteral("invalid"),
                        QStringLiteral("base_revision %1 is ahead of the order's revision %2")
                            .arg(batch.baseRevision).arg(working.order.revision));
    }
    const QString sender = QString::number(terminal.terminalId) + QLatin1Char('/') + batch.instance;
    const ChangesSince since(working, batch.baseRevision, sender);
    QList<Rejection> rejections;
    QStringList keys;
    auto reject = [&](int index, const Operation &op, const QString &reason, const QString &message, const Actor &by) {
        rejections.append({index, &op, reason, message, by});
    };
    bool drewTicket = false;
    const bool finalAtStart = working.order.isFinal();
    QList<int> uniqueSets;

    for (int i = 0; i < batch.ops.size(); ++i) {
        const Operation &op = batch.ops.at(i);
        Order &order = working.order;
        Actor by;
        if (order.isFinal() && !finalAtStart)
            return fail(422, QStringLiteral("invalid"),
                        QStringLiteral("ops[%1]: nothing can follow pay or cancel in a batch").arg(i));
        if (op.kind != OpKind::Create && order.isFinal()) {
            reject(i, op, QStringLiteral("order_final"),
                   QStringLiteral("the order is %1 already").arg(Order::stateKey(order.state)), since.lastActor());
            continue;
        }
        switch (op.kind) {
        case OpKind::Create: {
            order = op.order;
            order.uid = batch.orderUid;
            order.state = OrderState::Open;
            order.createdBy = actor;
            drewTicket = true;
            keys << orderKey(QStringLiteral("created"));
            break;
        }
        case OpKind::Set:
            if (since.touched(orderKey(op.field), &by)) {
                reject(i, op, QStringLiteral("field_changed"),
                       QStringLiteral("%1 (%2) changed the %3 first").arg(by.user, by.terminal, fieldLabel(op.field)), by);
                break;
            }
            if (op.unique)
                uniqueSets << i;
            if (op.field == QLatin1String("customer_name"))
                order.customerName = op.value.toString();
            else if (op.value.isNull())
                order.extensions.remove(Protocol::extensionKey(op.field));
            else
                order.extensions.insert(Protocol::extensionKey(op.field), op.value);
            keys << orderKey(op.field);
            break;
        case OpKind::AddLine: {
            if (order.lineIndex(op.line.uid) >= 0)
                return fail(422, QStringLiteral("invalid"), QStringLiteral("ops[%1]: line %2 exists already").arg(i).arg(uidText(op.line.uid)));
            if (order.lines.size() >= Protocol::limits().maxLinesPerOrder)
                return fail(422, QStringLiteral("invalid"), QStringLiteral("ops[%1]: an order has at most %2 lines")
                                                               .arg(i).arg(Protocol::limits().maxLinesPerOrder));
            OrderLine line = op.line;
            line.createdBy = actor;
            line.changedBy = actor;
            line.position = order.lines.isEmpty() ? 1 : order.lines.last().position + 1;
            order.lines.append(line);
            keys << lineKey(line.uid);
            break;
        }
        case OpKind::SetLine: {
            const int index = order.lineIndex(op.lineUid);
            if (index < 0) {
                if (since.touched(lineKey(op.lineUid), &by)) {
                    reject(i, op, QStringLiteral("line_removed"),
                           QStringLiteral("%1 (%2) removed the line first").arg(by.user, by.terminal), by);
                    break;
                }
                return fail(422, QStringLiteral("invalid"), QStringLiteral("ops[%1]: the order has no line %2").arg(i).arg(uidText(op.lineUid)));
            }
            OrderLine &line = order.lines[index];
            if (op.increment) {
                const qint64 quantity = line.quantity + op.delta;
                if (quantity < -Pricing::MaxQuantity || quantity > Pricing::MaxQuantity)
                    return fail(422, QStringLiteral("invalid"), QStringLiteral("ops[%1]: the quantity would be out of range").arg(i));
                line.quantity = quantity;
            } else {
                if (since.touched(lineFieldKey(op.lineUid, op.field), &by)) {
                    reject(i, op, QStringLiteral("line_changed"),
                           QStringLiteral("%1 (%2) changed the %3 of %4 first")
                               .arg(by.user, by.terminal, fieldLabel(op.field), line.productName), by);
                    break;
                }
                applyField(&line, op.field, op.value);
            }
            line.changedBy = actor;
            keys << lineFieldKey(op.lineUid, op.field);
            break;
        }
        case OpKind::RemoveLine: {
            const int index = order.lineIndex(op.lineUid);
            if (index < 0) {
                if (since.touched(lineKey(op.lineUid), &by))
                    break; // removed by someone else already: what was asked for holds
                return fail(422, QStringLiteral("invalid"), QStringLiteral("ops[%1]: the order has no line %2").arg(i).arg(uidText(op.lineUid)));
            }
            if (since.touchedPrefix(lineKey(op.lineUid) + QLatin1Char(':'), &by)) {
                reject(i, op, QStringLiteral("line_changed"),
                       QStringLiteral("%1 (%2) changed %3 first").arg(by.user, by.terminal, order.lines.at(index).productName), by);
                break;
            }
            order.lines.removeAt(index);
            keys << lineKey(op.lineUid);
            break;
        }
        case OpKind::Pay:
        case OpKind::Cancel: {
            if (since.any()) {
                by = since.lastActor();
                reject(i, op, QStringLiteral("order_changed"),
                       QStringLiteral("%1 (%2) changed the order first").arg(by.user, by.terminal), by);
                break;
            }
            if (op.kind == OpKind::Pay) {
                if (order.lines.isEmpty())
                    return fail(422, QStringLiteral("invalid"), QStringLiteral("ops[%1]: an empty order cannot be paid").arg(i));
                const PaymentBalance balance = paymentBalance(order.total(), op.payments);
                if (!balance.canValidate() || balance.change != op.changeGiven)
                    return fail(422, QStringLiteral("invalid"),
                                QStringLiteral("ops[%1]: the payments must cover the total %2 with change %3 from cash only")
                                    .arg(i).arg(order.total()).arg(balance.change));
                order.payments = op.payments;
                order.changeGiven = op.changeGiven;
                order.receiptNumber = op.receiptNumber;
                order.state = OrderState::Paid;
            } else {
                order.state = OrderState::Cancelled;
            }
            keys << StateKey;
            break;
        }
        }
    }

    // A unique value binds only an order that stays open. One another open order holds
    // is not taken: the order keeps its value from before, the rest of the batch applies.
    QJsonArray skipped;
    if (!working.order.isFinal()) {
        for (const int i : std::as_const(uniqueSets)) {
            const Operation &op = batch.ops.at(i);
            const QString key = Protocol::extensionKey(op.field);
            if (working.order.extensions.value(key) != op.value)
                continue; // a later set of the batch replaced it
            for (auto it = g->orders.cbegin(); it != g->orders.cend(); ++it) {
                const Order &other = it->order;
                if (other.uid == batch.orderUid || other.isFinal() || other.extensions.value(key) != op.value)
                    continue;
                const QJsonValue before = live != g->orders.cend() ? live->order.extensions.value(key) : QJsonValue();
                if (before.isUndefined() || before.isNull())
                    working.order.extensions.remove(key);
                else
                    working.order.extensions.insert(key, before);
                keys.removeAll(orderKey(op.field));
                skipped.append(QJsonObject{
                    {QStringLiteral("index"), i},
                    {QStringLiteral("op"), Protocol::opName(op.kind)},
                    {QStringLiteral("field"), op.field},
                    {QStringLiteral("value"), op.value},
                    {QStringLiteral("reason"), QStringLiteral("taken")},
                    {QStringLiteral("holder"), uidText(other.uid)},
                    {QStringLiteral("message"),
                     QStringLiteral("%1 is held by order %2, last changed by %3 (%4)")
                         .arg(key, other.ticketNumber > 0 ? QStringLiteral("#%1").arg(other.ticketNumber) : other.receiptReference,
                              other.changedBy.user, other.changedBy.terminal)},
                    {QStringLiteral("by"), QJsonObject{{QStringLiteral("user"), other.changedBy.user},
                                                       {QStringLiteral("terminal"), other.changedBy.terminal}}},
                });
                break;
            }
        }
    }

    if (!rejections.isEmpty()) {
        QJsonArray rejected;
        for (const Rejection &rejection : std::as_const(rejections)) {
            QJsonObject item{{QStringLiteral("index"), rejection.index},
                             {QStringLiteral("op"), Protocol::opName(rejection.op->kind)},
                             {QStringLiteral("reason"), rejection.reason},
                             {QStringLiteral("message"), rejection.message},
                             {QStringLiteral("by"), QJsonObject{{QStringLiteral("user"), rejection.by.user},
                                                                {QStringLiteral("terminal"), rejection.by.terminal}}}};
            if (!rejection.op->lineUid.isNull())
                item.insert(QStringLiteral("line"), uidText(rejection.op->lineUid));
            if (!rejection.op->field.isEmpty())
                item.insert(QStringLiteral("field"), rejection.op->field);
            rejected.append(item);
        }
        const QByteArray body = compact({
            {QStringLiteral("error"), QStringLiteral("conflict")},
            {QStringLiteral("message"), rejections.first().message},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("order"), Protocol::orderToJson(live != g->orders.cend() ? live->order : working.order)},
        });
        if (!m_store->recordOp(terminal.groupId, opId, 409, body))
            return storeFailure();
        return {409, body};
    }

    const int maxExtension = Protocol::limits().maxExtensionBytes;
    auto extensionSize = [](const QJsonObject &ext) { return QJsonDocument(ext).toJson(QJsonDocument::Compact).size(); };
    if (extensionSize(working.order.extensions) > maxExtension)
        return fail(422, QStringLiteral("invalid"), QStringLiteral("the order's ext would exceed %1 bytes").arg(maxExtension));
    for (const OrderLine &line : std::as_const(working.order.lines)) {
        if (extensionSize(line.extensions) > maxExtension)
            return fail(422, QStringLiteral("invalid"), QStringLiteral("the ext of line %1 would exceed %2 bytes")
                                                           .arg(uidText(line.uid)).arg(maxExtension));
    }
    if (!working.order.amountsWithinLimit())
        return fail(422, QStringLiteral("invalid"), QStringLiteral("the order's line totals would add up to more than %1 "
                                                                   "minor units")
                                                       .arg(Pricing::MaxOrderAmount));

    if (keys.isEmpty()) {
        // Everything asked for holds already (a line removed by someone else): nothing to publish.
        QJsonObject answer{
            {QStringLiteral("result"), QStringLiteral("applied")},
            {QStringLiteral("revision"), working.order.revision},
            {QStringLiteral("seq"), g->state.lastSeq},
            {QStringLiteral("order"), Protocol::orderToJson(working.order)},
        };
        if (!skipped.isEmpty())
            answer.insert(QStringLiteral("skipped"), skipped);
        const QByteArray body = compact(answer);
        if (!m_store->recordOp(terminal.groupId, opId, 200, body))
            return storeFailure();
        return {200, body};
    }

    if (drewTicket) {
        if (!ensureRun(g))
            return storeFailure();
        working.order.ticketNumber = g->state.run->nextTicket;
        working.runId = g->state.run->id;
    }
    Order &order = working.order;
    order.revision += 1;
    order.changedBy = actor;
    order.changedAt = QDateTime::currentDateTimeUtc();
    const qint64 seq = g->state.lastSeq + 1;
    BatchCommit commit;
    commit.groupId = terminal.groupId;
    commit.order = &working;
    commit.change = {order.revision, keys, actor, sender};
    working.changes.append(commit.change);
    commit.seq = seq;
    commit.orderJson = compact(Protocol::orderToJson(order));
    commit.eventPayload = eventPayload(seq, commit.orderJson, terminal, batch.instance, opId);
    commit.opId = opId;
    commit.response = "{\"order\":" + commit.orderJson + ",\"result\":\"applied\",\"revision\":"
        + QByteArray::number(order.revision) + ",\"seq\":" + QByteArray::number(seq)
        + (skipped.isEmpty() ? QByteArray() : ",\"skipped\":" + QJsonDocument(skipped).toJson(QJsonDocument::Compact)) + '}';
    if (drewTicket) {
        RunRecord run = *g->state.run;
        run.nextTicket += 1;
        commit.run = run;
    }
    if (!m_store->commitBatch(commit))
        return storeFailure();
    if (drewTicket)
        g->state.run->nextTicket += 1;
    if (order.isFinal())
        g->orders.remove(order.uid);
    else
        g->orders.insert(order.uid, working);
    remember(g, seq, commit.eventPayload);
    emit eventsAppended(terminal.groupId, seq);
    return {200, commit.response};
}

SessionHub::Events SessionHub::events(qint64 groupId, qint64 after)
{
    Events result;
    Group *g = group(groupId);
    if (!g) {
        result.reply = storeFailure();
        return result;
    }
    const qint64 last = g->state.lastSeq;
    if (after > last || after < g->state.firstRetainedSeq - 1) {
        result.reply = {410, compact({{QStringLiteral("error"), QStringLiteral("resync")},
                                      {QStringLiteral("message"), QStringLiteral("events after %1 are not retained; "
                                                                                 "load a snapshot").arg(after)},
                                      {QStringLiteral("last_seq"), last}})};
        return result;
    }
    if (after == last) {
        result.hold = true;
        return result;
    }
    QList<QByteArray> payloads;
    qint64 sentUpTo = after;
    if (after + 1 >= g->recentFirstSeq && !g->recent.isEmpty()) {
        const int from = int(after + 1 - g->recentFirstSeq);
        const int available = int(g->recent.size()) - from;
        qint64 bytes = 0;
        int count = 0;
        while (count < available && count < m_options.eventsPerAnswer
               && (count == 0 || bytes + g->recent.at(from + count).size() <= MaxAnswerBytes)) {
            bytes += g->recent.at(from + count).size();
            ++count;
        }
        payloads = g->recent.mid(from, count);
        sentUpTo = after + count;
    } else if (!m_store->events(groupId, after, m_options.eventsPerAnswer, MaxAnswerBytes, &payloads, &sentUpTo)) {
        result.reply = storeFailure();
        return result;
    }
    QByteArray body = QByteArrayLiteral("{\"events\":[");
    for (int i = 0; i < payloads.size(); ++i) {
        if (i > 0)
            body += ',';
        body += payloads.at(i);
    }
    body += "],\"last_seq\":" + QByteArray::number(sentUpTo) + ",\"more\":"
        + (sentUpTo < last ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) + '}';
    result.reply = {200, body};
    return result;
}

HubReply SessionHub::snapshot(qint64 groupId)
{
    Group *g = group(groupId);
    if (!g)
        return storeFailure();
    QList<const StoredOrder *> orders;
    for (const StoredOrder &order : std::as_const(g->orders))
        orders.append(&order);
    std::sort(orders.begin(), orders.end(), [](const StoredOrder *a, const StoredOrder *b) {
        return a->order.ticketNumber < b->order.ticketNumber;
    });
    QJsonArray list;
    for (const StoredOrder *order : std::as_const(orders))
        list.append(Protocol::orderToJson(order->order));
    QJsonArray documents;
    for (const SharedDocument &document : std::as_const(g->state.documents))
        documents.append(documentToJson(document));
    return {200, compact({
                     {QStringLiteral("run"), g->state.run ? g->state.run->id : 0},
                     {QStringLiteral("next_ticket"), g->state.run ? g->state.run->nextTicket : 1},
                     {QStringLiteral("last_seq"), g->state.lastSeq},
                     {QStringLiteral("orders"), list},
                     {QStringLiteral("documents"), documents},
                 })};
}

HubReply SessionHub::putDocument(const TerminalIdentity &terminal, const Protocol::DocumentChange &change)
{
    Group *g = group(terminal.groupId);
    if (!g)
        return storeFailure();
    const SharedDocument current = g->state.documents.value(change.key);
    if (change.baseRevision != current.revision) {
        QJsonObject body = Protocol::errorBody(
            QStringLiteral("conflict"),
            current.revision == 0 ? QStringLiteral("there is no document %1 yet").arg(change.key)
                                  : QStringLiteral("%1 (%2) changed %3 first")
                                        .arg(current.changedBy.user, current.changedBy.terminal, change.key));
        if (current.revision > 0)
            body.insert(QStringLiteral("document"), documentToJson(current));
        return {409, compact(body)};
    }
    SharedDocument next;
    next.key = change.key;
    next.value = change.value;
    next.revision = current.revision + 1;
    next.changedBy = {change.user, terminal.terminalName};
    next.changedAt = QDateTime::currentDateTimeUtc();
    const qint64 seq = g->state.lastSeq + 1;
    const QJsonObject document = documentToJson(next);
    const QByteArray payload = compact({
        {QStringLiteral("document"), document},
        {QStringLiteral("origin"), QJsonObject{{QStringLiteral("terminal_id"), terminal.terminalId},
                                               {QStringLiteral("terminal"), terminal.terminalName},
                                               {QStringLiteral("instance"), change.instance}}},
        {QStringLiteral("seq"), seq},
    });
    if (!m_store->commitDocument(terminal.groupId, next, seq, payload))
        return storeFailure();
    g->state.documents.insert(next.key, next);
    remember(g, seq, payload);
    emit eventsAppended(terminal.groupId, seq);
    return {200, compact({{QStringLiteral("result"), QStringLiteral("applied")},
                          {QStringLiteral("seq"), seq},
                          {QStringLiteral("document"), document}})};
}

HubReply SessionHub::openSession(const TerminalIdentity &terminal, const QString &instance)
{
    Group *g = group(terminal.groupId);
    if (!g || !ensureRun(g) || !m_store->setSession(terminal.groupId, terminal.terminalId, instance, true))
        return storeFailure();
    const QString key = QString::number(terminal.terminalId) + QLatin1Char('/') + instance;
    if (!g->state.sessions.contains(key))
        g->state.sessions.append(key);
    return {200, compact({{QStringLiteral("run"), g->state.run->id},
                          {QStringLiteral("next_ticket"), g->state.run->nextTicket},
                          {QStringLiteral("last_seq"), g->state.lastSeq},
                          {QStringLiteral("open_sessions"), int(g->state.sessions.size())}})};
}

HubReply SessionHub::closeSession(const TerminalIdentity &terminal, const QString &instance)
{
    return endSession(terminal, instance, QString());
}

void SessionHub::heard(const TerminalIdentity &terminal, const QString &instance)
{
    // Stored at most once a minute per session (expiry counts in hours), or more often for a short expiry.
    const qint64 TouchEveryMs = qMin<qint64>(60 * 1000, m_options.sessionExpirySeconds * 1000 / 4);
    Group *g = group(terminal.groupId);
    const QString session = QString::number(terminal.terminalId) + QLatin1Char('/') + instance;
    if (!g || !g->state.sessions.contains(session))
        return;
    const QString key = QString::number(terminal.groupId) + QLatin1Char('/') + session;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastTouch.value(key) < TouchEveryMs)
        return;
    if (m_store->touchSession(terminal.groupId, terminal.terminalId, instance))
        m_lastTouch.insert(key, now);
}

int SessionHub::closeStaleSessions()
{
    QList<SessionRecord> sessions;
    if (!m_store->sessionRecords(&sessions))
        return 0;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-m_options.sessionExpirySeconds);
    int closed = 0;
    for (const SessionRecord &session : std::as_const(sessions)) {
        QString reason;
        if (session.closeRequested)
            reason = QStringLiteral("closed by the operator");
        else if (session.lastHeardAt.isValid() && session.lastHeardAt < cutoff)
            reason = QStringLiteral("not heard from since %1").arg(session.lastHeardAt.toString(Qt::ISODateWithMs));
        if (reason.isEmpty())
            continue;
        qInfo("tandem-syncd: group %lld: closing the session of terminal %lld (%s), instance %s: %s",
              session.groupId, session.terminalId, qPrintable(session.terminal), qPrintable(session.instance),
              qPrintable(reason));
        const HubReply answer = endSession({session.terminalId, session.groupId, session.terminal}, session.instance, reason);
        if (answer.status == 200)
            ++closed;
    }
    return closed;
}

HubReply SessionHub::endSession(const TerminalIdentity &terminal, const QString &instance, const QString &reason)
{
    Group *g = group(terminal.groupId);
    if (!g || !m_store->setSession(terminal.groupId, terminal.terminalId, instance, false))
        return storeFailure();
    m_lastTouch.remove(QString::number(terminal.groupId) + QLatin1Char('/') + QString::number(terminal.terminalId)
                       + QLatin1Char('/') + instance);
    const bool wasOpen = g->state.sessions.removeAll(QString::number(terminal.terminalId) + QLatin1Char('/') + instance) > 0;
    // A session the server ends leaves a trace in the event log, for the terminals and the operator.
    if (wasOpen && !reason.isEmpty()) {
        const qint64 seq = g->state.lastSeq + 1;
        const QByteArray payload = compact({{QStringLiteral("seq"), seq},
                                            {QStringLiteral("session"),
                                             QJsonObject{{QStringLiteral("terminal_id"), terminal.terminalId},
                                                         {QStringLiteral("terminal"), terminal.terminalName},
                                                         {QStringLiteral("instance"), instance},
                                                         {QStringLiteral("closed_by"), QStringLiteral("tandem-syncd")},
                                                         {QStringLiteral("reason"), reason}}}});
        if (!m_store->appendEvent(terminal.groupId, seq, payload))
            return storeFailure();
        g->state.lastSeq = seq;
        remember(g, seq, payload);
        emit eventsAppended(terminal.groupId, seq);
    }
    const bool endsRun = wasOpen && g->state.sessions.isEmpty() && g->state.run;
    if (!endsRun)
        return {200, compact({{QStringLiteral("run_ended"), false},
                              {QStringLiteral("open_sessions"), int(g->state.sessions.size())}})};

    QList<StoredOrder> archived;
    QList<BatchCommit> commits;
    qint64 seq = g->state.lastSeq;
    const Actor actor{QStringLiteral("tandem-syncd"), terminal.terminalName};
    for (const StoredOrder &live : std::as_const(g->orders))
        archived.append(live);
    std::sort(archived.begin(), archived.end(), [](const StoredOrder &a, const StoredOrder &b) {
        return a.order.ticketNumber < b.order.ticketNumber;
    });
    for (StoredOrder &stored : archived) {
        stored.order.state = OrderState::Cancelled;
        stored.order.abandoned = true;
        stored.order.revision += 1;
        stored.order.changedBy = actor;
        stored.order.changedAt = QDateTime::currentDateTimeUtc();
    }
    for (const StoredOrder &stored : std::as_const(archived)) {
        BatchCommit commit;
        commit.groupId = terminal.groupId;
        commit.order = &stored;
        commit.change = {stored.order.revision, {StateKey}, actor, QString()};
        commit.seq = ++seq;
        commit.orderJson = compact(Protocol::orderToJson(stored.order));
        commit.eventPayload = eventPayload(commit.seq, commit.orderJson, terminal, QString(), QString());
        commits.append(commit);
    }
    const qint64 runId = g->state.run->id;
    if (!m_store->endRun(terminal.groupId, runId, commits))
        return storeFailure();
    g->orders.clear();
    g->state.run.reset();
    for (const BatchCommit &commit : std::as_const(commits))
        remember(g, commit.seq, commit.eventPayload);
    if (!commits.isEmpty())
        emit eventsAppended(terminal.groupId, seq);
    return {200, compact({{QStringLiteral("run_ended"), true},
                          {QStringLiteral("run"), runId},
                          {QStringLiteral("abandoned_orders"), int(archived.size())},
                          {QStringLiteral("open_sessions"), 0}})};
}

HubReply SessionHub::storeCashReport(const TerminalIdentity &terminal, const Protocol::CashReport &report)
{
    Group *g = group(terminal.groupId);
    bool known = false;
    if (!g || !m_store->addCashReport(terminal.groupId, terminal.terminalId, g->state.run ? g->state.run->id : 0, report, &known))
        return storeFailure();
    return {200, compact({{QStringLiteral("result"), known ? QStringLiteral("known") : QStringLiteral("stored")}})};
}

HubReply SessionHub::sessions(const TerminalIdentity &terminal, const QString &instance)
{
    Group *g = group(terminal.groupId);
    if (!g)
        return storeFailure();
    QJsonArray list;
    for (const QString &key : std::as_const(g->state.sessions)) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const qint64 terminalId = key.left(slash).toLongLong();
        std::optional<TerminalRecord> record;
        if (!m_store->terminalById(terminalId, &record))
            return storeFailure();
        list.append(QJsonObject{{QStringLiteral("terminal_id"), terminalId},
                                {QStringLiteral("terminal"), record ? record->name : QString()},
                                {QStringLiteral("instance"), key.mid(slash + 1)}});
    }
    const bool yoursOpen = g->state.sessions.contains(QString::number(terminal.terminalId) + QLatin1Char('/') + instance);
    return {200, compact({{QStringLiteral("run"), g->state.run ? g->state.run->id : 0},
                          {QStringLiteral("open_orders"), int(g->orders.size())},
                          {QStringLiteral("sessions"), list},
                          {QStringLiteral("yours_open"), yoursOpen},
                          {QStringLiteral("closing_ends_run"),
                           yoursOpen && g->state.sessions.size() == 1 && g->state.run.has_value()}})};
}

qint64 SessionHub::lastSeq(qint64 groupId)
{
    Group *g = group(groupId);
    return g ? g->state.lastSeq : 0;
}
