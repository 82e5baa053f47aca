#pragma once

#include "localstore.h"
#include "order.h"
#include "orderbook.h"
#include "product.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

inline Product product(const QString &id, qint64 price, int taxRate = 1900, const QString &category = QStringLiteral("Drinks"))
{
    Product p;
    p.id = id;
    p.name = QStringLiteral("Product ") + id;
    p.category = category;
    p.unitPrice = price;
    p.taxRate = taxRate;
    return p;
}

// A store in a temporary folder with an open session and an order book on it,
// acting as Alice at the Bar.
struct BookFixture
{
    QTemporaryDir dir;
    LocalStore store;
    qint64 sessionId = 0;
    std::unique_ptr<OrderBook> book;

    bool open()
    {
        CashSession session;
        if (!store.open(dir.filePath(QStringLiteral("store.sqlite")))
            || !store.openSession(QStringLiteral("Alice"), 0, &session))
            return false;
        sessionId = session.id;
        book = std::make_unique<OrderBook>(&store);
        book->setContext({{QStringLiteral("Alice"), QStringLiteral("Bar")}, QStringLiteral("BAR"),
                          QStringLiteral("EUR"), sessionId});
        return true;
    }
};

// The journal of a terminal with sync on, keeping nothing: the book then behaves as
// one whose orders the group shares (the server numbers tickets, runs end there).
class AcceptingJournal final : public OrderJournal
{
public:
    bool record(const Order &, const Order &, const OrderEdit &) override { return true; }
};

inline Payment payment(PaymentMethod method, qint64 amount)
{
    Payment p;
    p.method = method;
    p.amount = amount;
    return p;
}

}
