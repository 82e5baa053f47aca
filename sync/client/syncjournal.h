#pragma once

#include "orderjournal.h"

#include <QJsonArray>
#include <QJsonObject>

class LocalStore;
struct OutboxEntry;

// Turns each cashier edit into a protocol v1 operation batch in the local outbox,
// in the edit's own transaction. An order's first journaled edit also carries its
// create and the lines it had, so orders made while sync was off or offline reach
// the server whole.
class SyncJournal final : public OrderJournal
{
public:
    explicit SyncJournal(LocalStore *store);

    bool record(const Order &before, const Order &after, const OrderEdit &edit) override;

    // The push body for an outbox entry (docs/protocol.md, POST /v1/push).
    static QJsonObject batchBody(const OutboxEntry &entry, const QString &instance);

private:
    LocalStore *m_store;
};
