#include "serverstate.h"

#include "localstore.h"
#include "orderbook.h"
#include "operations.h"
#include "syncjournal.h"

#include <algorithm>

ServerState::ServerState(LocalStore *store, OrderBook *book)
    : m_store(store)
    , m_book(book)
{
}

Order ServerState::withPendingBatches(const Order &server, const QString &appliedOpId)
{
    Order merged = server;
    QList<OutboxEntry> outbox;
    if (!m_store->loadOutbox(&outbox, 0, server.uid)) {
        m_lastError = m_store->lastError();
        return merged;
    }
    QList<OutboxEntry> pending;
    // Kept in the store: a restart between an echo and its answer must not forget it.
    const QString appliedKey = appliedKeyOf(server.uid);
    const QString knownApplied = m_store->setting(appliedKey);
    QString newestApplied;
    for (const OutboxEntry &entry : std::as_const(outbox)) {
        if (entry.orderUid != server.uid)
            continue;
        // Batches go out in order: everything up to the applied one is in the server's version.
        if (entry.opId == appliedOpId || entry.opId == knownApplied) {
            pending.clear();
            newestApplied = entry.opId;
        } else {
            pending.append(entry);
        }
    }
    if (newestApplied.isEmpty() && !knownApplied.isEmpty())
        m_store->removeSetting(appliedKey);
    else if (newestApplied != knownApplied)
        m_store->setSetting(appliedKey, newestApplied);
    const QString terminal = m_book->context().actor.terminal;
    for (const OutboxEntry &entry : std::as_const(pending)) {
        Protocol::Batch batch;
        QString error;
        if (!Protocol::batchFromJson(SyncJournal::batchBody(entry, QStringLiteral("local")), &batch, &error))
            break;
        for (const Protocol::Operation &op : std::as_const(batch.ops)) {
            // The server's version exists, so its create is in it already.
            if (op.kind == Protocol::OpKind::Create)
                continue;
            // The server's rules: what cannot apply there (a line removed meanwhile) is skipped.
            Protocol::applyOperation(&merged, op, {entry.user, terminal});
        }
    }
    return merged;
}

QString ServerState::appliedKeyOf(const QUuid &orderUid)
{
    return QStringLiteral("sync.applied.") + orderUid.toString(QUuid::WithoutBraces);
}

void ServerState::batchAnswered(const QUuid &orderUid)
{
    QList<OutboxEntry> outbox;
    if (m_store->loadOutbox(&outbox, 0, orderUid)
        && std::none_of(outbox.cbegin(), outbox.cend(), [&](const OutboxEntry &e) { return e.orderUid == orderUid; }))
        m_store->removeSetting(appliedKeyOf(orderUid));
}

bool ServerState::adopt(const Order &server, const QString &appliedOpId)
{
    return take(server, appliedOpId, [this](const Order &merged) { return m_book->adoptServerOrder(merged); });
}

bool ServerState::adoptRefusedClose(const Order &server, const QString &appliedOpId, const QString &why)
{
    return take(server, appliedOpId, [&](const Order &merged) { return m_book->adoptRefusedClose(merged, why); });
}

bool ServerState::take(const Order &server, const QString &appliedOpId, const std::function<bool(const Order &)> &adopt)
{
    m_lastError.clear();
    const Order merged = withPendingBatches(server, appliedOpId);
    if (!m_lastError.isEmpty())
        return false;
    if (!adopt(merged)) {
        m_lastError = m_book->lastError();
        return false;
    }
    return true;
}
