#include "sessionhub.h"

#include "logging.h"
#include "operations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVariant>

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
    // Shared database: the newest event another server told of, and whether another server
    // wrote events since the group was read (its orders, run and documents may be old; a
    // change of its sessions has it read again).
    qint64 heardSeq = 0;
    bool stale = false;
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
    bool touched(const QString &key) const { return m_by.contains(key); }
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

QJsonObject documentToJson(const SharedDocument &document)
{
    return {{QStringLiteral("key"), document.key},
            {QStringLiteral("value"), document.value},
            {QStringLiteral("revision"), document.revision},
            {QStringLiteral("changed_by"), QJsonObject{{QStringLiteral("user"), document.changedBy.user},
                                                       {QStringLiteral("terminal"), document.changedBy.terminal}}},
            {QStringLiteral("changed_at"), document.changedAt.toString(Qt::ISODateWithMs)}};
}

// The conflict that rejects `op` (docs/protocol.md 4.3), if any.
std::optional<Rejection> conflict(const ChangesSince &since, const Order &order, int index, const Operation &op)
{
    Actor by;
    auto rejection = [&](const QString &reason, const QString &message) {
        return Rejection{index, &op, reason, message, by};
    };
    if (op.kind != OpKind::Create && order.isFinal()) {
        by = since.lastActor();
        return rejection(QStringLiteral("order_final"), QStringLiteral("the order is %1 already").arg(Order::stateKey(order.state)));
    }
    switch (op.kind) {
    case OpKind::Create:
    case OpKind::AddLine:
        return std::nullopt; // new things never conflict
    case OpKind::Set:
        if (since.touched(orderKey(op.field), &by))
            return rejection(QStringLiteral("field_changed"),
                             QStringLiteral("%1 (%2) changed the %3 first").arg(by.user, by.terminal, fieldLabel(op.field)));
        return std::nullopt;
    case OpKind::SetLine: {
        const int line = order.lineIndex(op.lineUid);
        if (line < 0) {
            if (since.touched(lineKey(op.lineUid), &by))
                return rejection(QStringLiteral("line_removed"),
                                 QStringLiteral("%1 (%2) removed the line first").arg(by.user, by.terminal));
            return std::nullopt;
        }
        if (!op.increment && since.touched(lineFieldKey(op.lineUid, op.field), &by))
            return rejection(QStringLiteral("line_changed"),
                             QStringLiteral("%1 (%2) changed the %3 of %4 first")
                                 .arg(by.user, by.terminal, fieldLabel(op.field), order.lines.at(line).productName));
        return std::nullopt;
    }
    case OpKind::RemoveLine: {
        const int line = order.lineIndex(op.lineUid);
        if (line >= 0 && since.touchedPrefix(lineKey(op.lineUid) + QLatin1Char(':'), &by))
            return rejection(QStringLiteral("line_changed"),
                             QStringLiteral("%1 (%2) changed %3 first").arg(by.user, by.terminal, order.lines.at(line).productName));
        return std::nullopt;
    }
    case OpKind::Pay:
    case OpKind::Cancel:
        if (since.any()) {
            by = since.lastActor();
            return rejection(QStringLiteral("order_changed"),
                             QStringLiteral("%1 (%2) changed the order first").arg(by.user, by.terminal));
        }
        return std::nullopt;
    }
    return std::nullopt;
}

// What an applied operation changed, as later batches' conflicts are judged by.
QString changeKey(const Operation &op)
{
    switch (op.kind) {
    case OpKind::Create:
        return orderKey(QStringLiteral("created"));
    case OpKind::Set:
        return orderKey(op.field);
    case OpKind::AddLine:
        return lineKey(op.line.uid);
    case OpKind::SetLine:
        return lineFieldKey(op.lineUid, op.field);
    case OpKind::RemoveLine:
        return lineKey(op.lineUid);
    case OpKind::Pay:
    case OpKind::Cancel:
        break;
    }
    return StateKey;
}

} // namespace

SessionHub::SessionHub(ServerStore *store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
{
    // Servers sharing a PostgreSQL database tell each other which group changed.
    if (QSqlDriver *driver = store->listenForChanges())
        connect(driver, &QSqlDriver::notification, this, &SessionHub::onChangedElsewhere);
}

void SessionHub::onChangedElsewhere(const QString &, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (source == QSqlDriver::SelfSource)
        return;
    if (payload.toString() == QLatin1String(ServerStore::TerminalsChanged)) {
        m_store->forgetTerminals();
        return;
    }
    // "<group id>:<seq>" or "<group id>:<seq>:<event>" (ServerStore::listenForChanges).
    const QByteArray text = payload.toString().toUtf8();
    const qsizetype first = text.indexOf(':');
    const qsizetype second = text.indexOf(':', first + 1);
    bool groupOk = false;
    bool seqOk = false;
    const qint64 groupId = text.left(first).toLongLong(&groupOk);
    const qint64 seq = text.mid(first + 1, second < 0 ? -1 : second - first - 1).toLongLong(&seqOk);
    if (first < 0 || !groupOk || !seqOk)
        return;
    const QByteArray event = second < 0 ? QByteArray() : text.mid(second + 1);
    // The next event is taken from the notification, later ones are fetched when a poll asks:
    // a few rows instead of the whole group. A change told without its event (a session, a
    // run, an event too large to be told) has the group read again.
    if (const auto it = m_groups.find(groupId); it != m_groups.end()) {
        Group *g = it->get();
        if (event.isEmpty()) {
            m_groups.erase(it);
        } else if (seq == g->state.lastSeq + 1 && isEvent(event, seq)) {
            appendForeign(g, {event});
        } else if (seq > g->state.lastSeq) {
            g->heardSeq = qMax(g->heardSeq, seq);
            g->stale = true;
        }
    }
    emit eventsAppended(groupId, seq);
}

bool SessionHub::isEvent(const QByteArray &payload, qint64 seq)
{
    // Checked as the store checks the events it reads (ServerStore::events).
    QJsonObject event;
    QString problem;
    return !payload.isEmpty() && Protocol::parseJsonObject(payload, &event, &problem, Protocol::limits().maxBodyDepth - 2)
        && event.value(QStringLiteral("seq")).toInteger(-1) == seq;
}

// Events another server wrote, the next ones after the group's last: what the copy holds
// of orders, the run and documents may be older than they are now.
void SessionHub::appendForeign(Group *g, const QList<QByteArray> &payloads)
{
    g->stale = true;
    for (const QByteArray &payload : payloads) {
        if (g->recent.isEmpty())
            g->recentFirstSeq = g->state.lastSeq + 1;
        g->recent.append(payload);
        g->recentBytes += payload.size();
        g->state.retainedEventBytes += payload.size();
        ++g->state.lastSeq;
    }
    trimRecent(g);
}

void SessionHub::storeReconnected()
{
    m_groups.clear();
    if (QSqlDriver *driver = m_store->listenForChanges())
        connect(driver, &QSqlDriver::notification, this, &SessionHub::onChangedElsewhere, Qt::UniqueConnection);
}

SessionHub::Group *SessionHub::lockedGroup(qint64 groupId, bool wait)
{
    if (!m_store->isPostgres())
        return group(groupId);
    qint64 version = 0;
    qint64 lastSeq = 0;
    if (!m_store->lockGroup(groupId, &version, &lastSeq, wait))
        return nullptr;
    // Another server wrote the group since this one read it; or the copy's events are not
    // the log's (a notification forged by another database user): the next event written
    // must follow the log's last one.
    if (const auto it = m_groups.find(groupId);
        it != m_groups.end() && ((*it)->state.version != version || (lastSeq >= 0 && (*it)->state.lastSeq != lastSeq)))
        return reload(groupId);
    return group(groupId);
}

SessionHub::Group *SessionHub::freshGroup(qint64 groupId)
{
    if (const auto it = m_groups.constFind(groupId); it != m_groups.cend() && (*it)->stale)
        return reload(groupId);
    return group(groupId);
}

// The group read again; what the old copy knew of the event log (its newest events and their
// count) is kept and brought up to date, since counting it anew reads the whole log.
SessionHub::Group *SessionHub::reload(qint64 groupId)
{
    const std::shared_ptr<Group> previous = m_groups.take(groupId);
    if (!previous)
        return group(groupId);
    const std::shared_ptr<Group> loaded = load(groupId, false);
    if (!loaded)
        return nullptr;
    const qint64 lastSeq = loaded->state.lastSeq;
    loaded->state.lastSeq = previous->state.lastSeq;
    loaded->state.firstRetainedSeq = previous->state.firstRetainedSeq;
    loaded->state.retainedEventBytes = previous->state.retainedEventBytes;
    loaded->recent = previous->recent;
    loaded->recentBytes = previous->recentBytes;
    loaded->recentFirstSeq = previous->recentFirstSeq;
    loaded->heardSeq = previous->heardSeq;
    if (previous->state.lastSeq > lastSeq || !catchUp(loaded.get(), lastSeq))
        return group(groupId);
    loaded->stale = false; // its orders are those of the events it caught up with
    m_groups.insert(groupId, loaded);
    return loaded.get();
}

SessionHub::Group *SessionHub::groupUpTo(qint64 groupId, qint64 seq)
{
    Group *g = group(groupId);
    if (!g || !m_store->isPostgres() || qMax(g->heardSeq, seq) <= g->state.lastSeq || catchUp(g, qMax(g->heardSeq, seq)))
        return g;
    m_groups.remove(groupId);
    return group(groupId);
}

// Appends the events up to upTo that other servers wrote; false when the copy cannot follow
// (the log was pruned past it, a row was unreadable) or the database failed.
bool SessionHub::catchUp(Group *g, qint64 upTo)
{
    while (g->state.lastSeq < upTo) {
        QList<QByteArray> payloads;
        qint64 sentUpTo = 0;
        bool gap = false;
        if (!m_store->events(g->id, g->state.lastSeq, m_options.eventsPerAnswer, MaxAnswerBytes, &payloads, &sentUpTo, &gap)
            || gap || payloads.size() != sentUpTo - g->state.lastSeq)
            return false;
        if (payloads.isEmpty()) {
            // Nothing newer committed (a terminal or a notification named a sequence number
            // from the future): not asked for again.
            g->heardSeq = g->state.lastSeq;
            return true;
        }
        appendForeign(g, payloads);
    }
    return true;
}

void SessionHub::noteVersion(qint64 groupId)
{
    if (const auto it = m_groups.find(groupId); it != m_groups.end())
        (*it)->state.version = m_store->groupVersion(groupId);
}

HubReply SessionHub::writeGroup(qint64 groupId, const std::function<HubReply(Group *)> &work)
{
    if (!m_store->isPostgres()) {
        Group *g = group(groupId);
        return g ? work(g) : storeFailure();
    }
    beginGroupCommit();
    Group *g = lockedGroup(groupId);
    const HubReply answer = g ? work(g) : storeFailure();
    if (answer.status >= 500)
        m_groups.remove(groupId);
    else
        noteVersion(groupId);
    return endGroupCommit() ? answer : storeFailure();
}

SessionHub::~SessionHub() = default;

SessionHub::Group *SessionHub::group(qint64 groupId)
{
    if (const auto it = m_groups.constFind(groupId); it != m_groups.cend())
        return it->get();
    auto loaded = load(groupId, true);
    if (!loaded)
        return nullptr;
    m_groups.insert(groupId, loaded);
    return loaded.get();
}

std::shared_ptr<SessionHub::Group> SessionHub::load(qint64 groupId, bool countEvents)
{
    auto loaded = std::make_shared<Group>();
    loaded->id = groupId;
    if (!m_store->loadGroupState(groupId, &loaded->state, countEvents))
        return nullptr;
    for (const StoredOrder &order : std::as_const(loaded->state.openOrders))
        loaded->orders.insert(order.order.uid, order);
    loaded->state.openOrders.clear();
    loaded->recentFirstSeq = loaded->state.lastSeq + 1;
    return loaded;
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
    qCCritical(lcServerStore, "storage failure: %s", qPrintable(m_store->lastError()));
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
    group->state.lastSeq = seq;
    retain(group, seq, payload.size());
    trimRecent(group);
}

void SessionHub::trimRecent(Group *group)
{
    // Nothing older than the retained log is ever served from the cache (410 comes first).
    const qint64 keep = qMin<qint64>(RecentEvents, m_options.retainedEvents);
    while (group->recent.size() > 1
           && (group->recent.size() > keep || group->recentBytes > RecentBytes
               || group->recentFirstSeq < group->state.firstRetainedSeq)) {
        group->recentBytes -= group->recent.first().size();
        group->recent.removeFirst();
        ++group->recentFirstSeq;
    }
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
    qCCritical(lcServerStore, "storage failure: %s", qPrintable(m_store->lastError()));
    // What was applied in memory was not stored: start again from the database.
    m_groups.clear();
    return false;
}

HubReply SessionHub::push(const TerminalIdentity &terminal, const Protocol::Batch &batch)
{
    m_store->beginBatch();
    Group *locked = lockedGroup(terminal.groupId, false);
    if (!locked && m_store->lockWasBusy()) {
        m_store->endBatch(false);
        return HubReply{0, {}};
    }
    HubReply answer = locked ? applyBatch(terminal, batch) : storeFailure();
    // A fresh 409 carries the order already; a replayed one was filled in by resolve().
    if (answer.status >= 400 && answer.status < 500 && answer.status != 409)
        answer = withCurrentOrder(answer, terminal.groupId, batch.orderUid);
    if (!m_store->endBatch(answer.status < 500) && answer.status < 500)
        answer = storeFailure();
    // A failed write may have counted up a version its rollback took back again.
    if (answer.status >= 500)
        m_groups.remove(terminal.groupId);
    else
        noteVersion(terminal.groupId);
    return answer;
}

// A refused batch leaves the terminal with a state the server never had: the answer
// carries the order as the server has it now, when it has it (a replayed 409 too, whose
// stored order may be old), so the terminal shows the truth.
HubReply SessionHub::withCurrentOrder(const HubReply &refusal, qint64 groupId, const QUuid &orderUid)
{
    Group *g = freshGroup(groupId);
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

// One push on its way through the steps of docs/protocol.md 4.1.
struct SessionHub::PushWork
{
    PushWork(const TerminalIdentity &terminal, const Protocol::Batch &batch)
        : terminal(terminal)
        , batch(batch)
        , opId(uidText(batch.opId))
        , actor{batch.user, terminal.terminalName}
        , sender(QString::number(terminal.terminalId) + QLatin1Char('/') + batch.instance)
    {
    }

    const TerminalIdentity &terminal;
    const Protocol::Batch &batch;
    const QString opId;
    const Actor actor;
    const QString sender; // the terminal and instance, as the order's change records name them
    Group *group = nullptr;
    const StoredOrder *before = nullptr; // the order as it is open now (in the group); none for a create
    StoredOrder working;               // the order as the batch leaves it
    QList<Rejection> rejections;
    QStringList keys; // what the batch changed, for later conflicts
    bool drewTicket = false;
    QList<int> uniqueSets;
    QJsonArray skipped;
};

HubReply SessionHub::applyBatch(const TerminalIdentity &terminal, const Protocol::Batch &batch)
{
    PushWork push(terminal, batch);
    if (const std::optional<HubReply> answer = resolve(&push))
        return *answer;
    if (const std::optional<HubReply> refusal = applyOperations(&push))
        return *refusal;
    settleClaims(&push);
    if (const std::optional<HubReply> answer = answerUnchanged(&push))
        return *answer;
    return commit(&push);
}

// Steps 4 and 5: a batch answered before, an order that is closed, unknown or already
// there, and a base revision from the future are answered without applying anything.
std::optional<HubReply> SessionHub::resolve(PushWork *push)
{
    push->group = group(push->terminal.groupId);
    if (!push->group)
        return storeFailure();
    const qint64 groupId = push->terminal.groupId;
    int storedStatus = 0;
    QByteArray storedResponse;
    bool seen = false;
    if (!m_store->findOp(groupId, push->opId, &storedStatus, &storedResponse, &seen))
        return storeFailure();
    if (seen) {
        // A 409 repeated is the same rejection of the order as it is now.
        const HubReply stored{storedStatus, storedResponse};
        return storedStatus == 409 ? withCurrentOrder(stored, groupId, push->batch.orderUid) : stored;
    }

    const Protocol::Batch &batch = push->batch;
    const bool creates = batch.ops.first().kind == OpKind::Create;
    const auto live = push->group->orders.constFind(batch.orderUid);
    if (live == push->group->orders.cend()) {
        std::optional<StoredOrder> archived;
        if (!m_store->loadOrder(groupId, batch.orderUid, &archived))
            return storeFailure();
        if (archived)
            return closedOrder(push, archived->order);
        if (!creates)
            return fail(404, QStringLiteral("unknown_order"),
                        QStringLiteral("order %1 is not known to the server; push its create first").arg(uidText(batch.orderUid)));
        push->working.order.uid = batch.orderUid;
        return std::nullopt;
    }
    if (creates)
        return fail(422, QStringLiteral("invalid"), QStringLiteral("ops[0]: order %1 exists already").arg(uidText(batch.orderUid)));
    if (batch.baseRevision > live->order.revision)
        return fail(422, QStringLiteral("invalid"),
                    QStringLiteral("base_revision %1 is ahead of the order's revision %2")
                        .arg(batch.baseRevision).arg(live->order.revision));
    push->before = &*live;
    push->working = *live;
    return std::nullopt;
}

// A batch for an order that is paid, cancelled or archived: 409, remembered.
HubReply SessionHub::closedOrder(PushWork *push, const Order &archived)
{
    const QByteArray body = compact({
        {QStringLiteral("error"), QStringLiteral("conflict")},
        {QStringLiteral("message"), QStringLiteral("the order is %1 and cannot change")
                                        .arg(archived.abandoned ? QStringLiteral("archived") : Order::stateKey(archived.state))},
        {QStringLiteral("rejected"), QJsonArray{QJsonObject{
                                         {QStringLiteral("index"), 0},
                                         {QStringLiteral("op"), Protocol::opName(push->batch.ops.first().kind)},
                                         {QStringLiteral("reason"), QStringLiteral("order_final")},
                                         {QStringLiteral("message"), QStringLiteral("the order is closed")},
                                         {QStringLiteral("by"), QJsonObject{{QStringLiteral("user"), archived.changedBy.user},
                                                                            {QStringLiteral("terminal"), archived.changedBy.terminal}}}}}},
        {QStringLiteral("order"), Protocol::orderToJson(archived)},
    });
    if (!m_store->recordOp(push->terminal.groupId, push->opId, 409, body))
        return storeFailure();
    return {409, body};
}

// Step 6: each operation is judged against what others changed since the batch's base
// revision (a conflict rejects it), then applied by the rules both sides share.
std::optional<HubReply> SessionHub::applyOperations(PushWork *push)
{
    const ChangesSince since(push->working, push->batch.baseRevision, push->sender);
    const bool finalAtStart = push->working.order.isFinal();
    Order &order = push->working.order;
    for (int i = 0; i < push->batch.ops.size(); ++i) {
        const Operation &op = push->batch.ops.at(i);
        if (order.isFinal() && !finalAtStart)
            return fail(422, QStringLiteral("invalid"),
                        QStringLiteral("ops[%1]: nothing can follow pay or cancel in a batch").arg(i));
        if (const std::optional<Rejection> rejection = conflict(since, order, i, op)) {
            push->rejections.append(*rejection);
            continue;
        }
        // Removed by someone else already: what was asked for holds.
        if (op.kind == OpKind::RemoveLine && order.lineIndex(op.lineUid) < 0 && since.touched(lineKey(op.lineUid)))
            continue;
        const QString problem = Protocol::applyOperation(&order, op, push->actor);
        if (!problem.isEmpty())
            return fail(422, QStringLiteral("invalid"), QStringLiteral("ops[%1]: %2").arg(i).arg(problem));
        push->keys << changeKey(op);
        if (op.kind == OpKind::Create)
            push->drewTicket = true;
        if (op.kind == OpKind::Set && op.unique)
            push->uniqueSets << i;
    }
    return std::nullopt;
}

// A unique value binds only an order that stays open. One another open order holds
// is not taken: the order keeps its value from before, the rest of the batch applies.
void SessionHub::settleClaims(PushWork *push)
{
    Order &order = push->working.order;
    if (order.isFinal())
        return;
    for (const int i : std::as_const(push->uniqueSets)) {
        const Operation &op = push->batch.ops.at(i);
        const QString key = Protocol::extensionKey(op.field);
        if (order.extensions.value(key) != op.value)
            continue; // a later set of the batch replaced it
        for (auto it = push->group->orders.cbegin(); it != push->group->orders.cend(); ++it) {
            const Order &other = it->order;
            if (other.uid == order.uid || other.isFinal() || other.extensions.value(key) != op.value)
                continue;
            const QJsonValue before = push->before ? push->before->order.extensions.value(key) : QJsonValue();
            if (before.isUndefined() || before.isNull())
                order.extensions.remove(key);
            else
                order.extensions.insert(key, before);
            push->keys.removeAll(orderKey(op.field));
            push->skipped.append(QJsonObject{
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

// Steps 7 to 10: a rejected batch (409), an order past its limits (422) and a batch
// that changed nothing (200, no event) are answered here.
std::optional<HubReply> SessionHub::answerUnchanged(PushWork *push)
{
    const qint64 groupId = push->terminal.groupId;
    if (!push->rejections.isEmpty()) {
        QJsonArray rejected;
        for (const Rejection &rejection : std::as_const(push->rejections)) {
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
            {QStringLiteral("message"), push->rejections.first().message},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("order"), Protocol::orderToJson(push->before ? push->before->order : push->working.order)},
        });
        if (!m_store->recordOp(groupId, push->opId, 409, body))
            return storeFailure();
        return HubReply{409, body};
    }
    const QString problem = Protocol::checkOrder(push->working.order);
    if (!problem.isEmpty())
        return fail(422, QStringLiteral("invalid"), problem);
    if (!push->keys.isEmpty())
        return std::nullopt;
    // Everything asked for holds already (a line removed by someone else): nothing to publish.
    QJsonObject answer{
        {QStringLiteral("result"), QStringLiteral("applied")},
        {QStringLiteral("revision"), push->working.order.revision},
        {QStringLiteral("seq"), push->group->state.lastSeq},
        {QStringLiteral("order"), Protocol::orderToJson(push->before ? push->before->order : push->working.order)},
    };
    if (!push->skipped.isEmpty())
        answer.insert(QStringLiteral("skipped"), push->skipped);
    const QByteArray body = compact(answer);
    if (!m_store->recordOp(groupId, push->opId, 200, body))
        return storeFailure();
    return HubReply{200, body};
}

// Steps 11 and 12: the new revision, its ticket for a create, the event and the op_id
// record in one durable transaction; then the memory follows.
HubReply SessionHub::commit(PushWork *push)
{
    Group *g = push->group;
    StoredOrder &working = push->working;
    if (push->drewTicket) {
        if (!ensureRun(g))
            return storeFailure();
        working.order.ticketNumber = g->state.run->nextTicket;
        working.runId = g->state.run->id;
    }
    Order &order = working.order;
    order.revision += 1;
    order.changedBy = push->actor;
    order.changedAt = QDateTime::currentDateTimeUtc();
    const qint64 seq = g->state.lastSeq + 1;
    BatchCommit commit;
    commit.groupId = push->terminal.groupId;
    commit.order = &working;
    commit.change = {order.revision, push->keys, push->actor, push->sender};
    working.changes.append(commit.change);
    commit.seq = seq;
    commit.orderJson = compact(Protocol::orderToJson(order));
    commit.eventPayload = eventPayload(seq, commit.orderJson, push->terminal, push->batch.instance, push->opId);
    commit.opId = push->opId;
    commit.response = "{\"order\":" + commit.orderJson + ",\"result\":\"applied\",\"revision\":"
        + QByteArray::number(order.revision) + ",\"seq\":" + QByteArray::number(seq)
        + (push->skipped.isEmpty() ? QByteArray() : ",\"skipped\":" + QJsonDocument(push->skipped).toJson(QJsonDocument::Compact))
        + '}';
    if (push->drewTicket) {
        RunRecord run = *g->state.run;
        run.nextTicket += 1;
        commit.run = run;
    }
    if (!m_store->commitBatch(commit))
        return storeFailure();
    if (push->drewTicket)
        g->state.run->nextTicket += 1;
    if (order.isFinal())
        g->orders.remove(order.uid);
    else
        g->orders.insert(order.uid, working);
    remember(g, seq, commit.eventPayload);
    emit eventsAppended(push->terminal.groupId, seq);
    return {200, commit.response};
}

SessionHub::Events SessionHub::events(qint64 groupId, qint64 after)
{
    Events result;
    // The terminal may have heard of newer events through another server.
    Group *g = groupUpTo(groupId, after);
    if (!g) {
        result.reply = storeFailure();
        return result;
    }
    const qint64 last = g->state.lastSeq;
    const auto resync = [after](qint64 lastSeq) {
        return HubReply{410, compact({{QStringLiteral("error"), QStringLiteral("resync")},
                                      {QStringLiteral("message"), QStringLiteral("events after %1 are not retained; "
                                                                                 "load a snapshot").arg(after)},
                                      {QStringLiteral("last_seq"), lastSeq}})};
    };
    if (after > last || after < g->state.firstRetainedSeq - 1) {
        result.reply = resync(last);
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
    } else {
        bool gap = false;
        if (!m_store->events(groupId, after, m_options.eventsPerAnswer, MaxAnswerBytes, &payloads, &sentUpTo, &gap)) {
            result.reply = storeFailure();
            return result;
        }
        // Another server pruned the log since this one read the group: never skip events.
        if (gap) {
            m_groups.remove(groupId);
            result.reply = resync(last);
            return result;
        }
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
    Group *g = freshGroup(groupId);
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
    return writeGroup(terminal.groupId, [&](Group *g) -> HubReply {
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
    });
}

HubReply SessionHub::openSession(const TerminalIdentity &terminal, const QString &instance)
{
    return writeGroup(terminal.groupId, [&](Group *g) -> HubReply {
        if (!ensureRun(g) || !m_store->setSession(terminal.groupId, terminal.terminalId, instance, true))
            return storeFailure();
        const QString key = QString::number(terminal.terminalId) + QLatin1Char('/') + instance;
        if (!g->state.sessions.contains(key))
            g->state.sessions.append(key);
        return {200, compact({{QStringLiteral("run"), g->state.run->id},
                              {QStringLiteral("next_ticket"), g->state.run->nextTicket},
                              {QStringLiteral("last_seq"), g->state.lastSeq},
                              {QStringLiteral("open_sessions"), int(g->state.sessions.size())}})};
    });
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
        qCInfo(lcServerHub, "group %lld: closing the session of terminal %lld (%s), instance %s: %s",
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
    return writeGroup(terminal.groupId, [&](Group *g) -> HubReply {
        if (!m_store->setSession(terminal.groupId, terminal.terminalId, instance, false))
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
    });
}

HubReply SessionHub::storeCashReport(const TerminalIdentity &terminal, const Protocol::CashReport &report)
{
    return writeGroup(terminal.groupId, [&](Group *g) -> HubReply {
        bool known = false;
        if (!m_store->addCashReport(terminal.groupId, terminal.terminalId, g->state.run ? g->state.run->id : 0, report, &known))
            return storeFailure();
        return {200, compact({{QStringLiteral("result"), known ? QStringLiteral("known") : QStringLiteral("stored")}})};
    });
}

HubReply SessionHub::sessions(const TerminalIdentity &terminal, const QString &instance)
{
    Group *g = freshGroup(terminal.groupId);
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
    Group *g = groupUpTo(groupId, 0);
    return g ? g->state.lastSeq : 0;
}
