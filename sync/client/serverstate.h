#pragma once

#include <QString>
#include <QUuid>

#include <functional>

class LocalStore;
class OrderBook;
struct Order;

// Brings the server's version of an order into the book. The terminal's own batches
// still waiting in the outbox are laid over it first, so a burst of local edits never
// flickers back while the server catches up.
class ServerState final
{
public:
    ServerState(LocalStore *store, OrderBook *book);

    // False when the book kept its own version (older news) or on a store failure.
    // appliedOpId names the batch that produced this version (an event's or a push
    // answer's op_id): it and this terminal's earlier batches are in it already.
    bool adopt(const Order &server, const QString &appliedOpId = QString());
    // The answer to this terminal's own pay or cancel (appliedOpId) refused it: why.
    bool adoptRefusedClose(const Order &server, const QString &appliedOpId, const QString &why);
    QString lastError() const { return m_lastError; }
    // A batch of the order left the outbox: with none left, nothing needs the marker.
    void batchAnswered(const QUuid &orderUid);

    // The server's order with this terminal's pending batches for it applied. Per order,
    // the store keeps this terminal's newest batch the server is known to have applied
    // (seen in an echo or an answer): it stays in the outbox until its answer, but is
    // never laid over a later version again, also after a restart.
    Order withPendingBatches(const Order &server, const QString &appliedOpId = QString());

private:
    static QString appliedKeyOf(const QUuid &orderUid);
    bool take(const Order &server, const QString &appliedOpId, const std::function<bool(const Order &)> &adopt);

    LocalStore *m_store;
    OrderBook *m_book;
    QString m_lastError;
};
