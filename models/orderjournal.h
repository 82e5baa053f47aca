#pragma once

#include "order.h"

#include <QString>
#include <QStringList>
#include <QUuid>

// One cashier action on an order, as the sync journal needs to describe it.
struct OrderEdit
{
    // Publish changes nothing: it hands an order made while sync was off to the server.
    enum class Kind {
        AddLine,
        AddLines, // several at once: every line of `after` that `before` lacks
        IncrementLine,
        SetLineField,
        RemoveLine,
        SetCustomerName,
        SetOrderExtension,
        SetLineExtension,
        Pay,
        Cancel,
        Publish,
    };

    OrderEdit(Kind kind = Kind::AddLine, const QUuid &lineUid = QUuid(), const QString &field = QString())
        : kind(kind)
        , lineUid(lineUid)
        , field(field)
    {
    }

    Kind kind = Kind::AddLine;
    QUuid lineUid;
    QString field; // SetLineField: "quantity", "discount" or "unit_price"; Set*Extension: the key
    // SetOrderExtension of a field unique among open orders: the order is published
    // at once, even without lines, so the server can decide who holds the value.
    bool unique = false;
    // Order ext keys the server keeps unique among open orders: they travel as sets
    // the server can check, never inside an order's create.
    QStringList uniqueKeys;
};

// Told about every edit inside the edit's own store transaction, so what it writes
// (the sync outbox) commits or rolls back with the edit. Implemented outside models.
class OrderJournal
{
public:
    virtual ~OrderJournal() = default;
    // Returning false rolls the edit back. `before.published` says whether the order
    // was already journaled; the book marks `after` published once this returns true.
    virtual bool record(const Order &before, const Order &after, const OrderEdit &edit) = 0;
};
