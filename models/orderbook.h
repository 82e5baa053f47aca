#pragma once

#include "localstore.h"
#include "order.h"
#include "orderjournal.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

class ExtensionRegistry;
struct OrderWrite;
struct Product;

// The open orders of this terminal. Every edit is committed to the local store
// before the book changes and its signals fire, so what a view shows is stored.
class OrderBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBook)

public:
    struct Context
    {
        Actor actor;
        QString terminalCode;
        QString currency;
        qint64 sessionId = 0;
    };

    explicit OrderBook(LocalStore *store, QObject *parent = nullptr);

    // Without a session (sessionId 0) no order may change.
    void setContext(const Context &context);
    // Every edit of an order with lines is then journaled in its own transaction.
    void setJournal(OrderJournal *journal) { m_journal = journal; }
    // Extension fields are then checked by, journaled through and adopted through
    // the registry's chain; without one any well-formed key is accepted as it is.
    void setExtensions(const ExtensionRegistry *extensions) { m_extensions = extensions; }
    const ExtensionRegistry *extensions() const { return m_extensions; }
    const Context &context() const { return m_context; }
    bool load();

    // Open orders, oldest first.
    const QList<QUuid> &orderUids() const { return m_uids; }
    const Order *order(const QUuid &uid) const;
    // While the sync server cannot be reached, orders it already has are read-only:
    // their truth is on the server. Orders it has not seen stay editable.
    void setServerReachable(bool reachable);
    // Whether the order may change, decided here for every path that would change it
    // (buttons, shortcuts, scanner, menus, extension controls): the reason it may not,
    // in words for the cashier, or an empty string.
    QString whyReadOnly(const QUuid &uid) const;
    bool isEditable(const QUuid &uid) const { return whyReadOnly(uid).isEmpty(); }
    QString lastError() const { return m_lastError; }

    QUuid createOrder();
    // Adds one unit, counted into an existing plain line of the same product.
    bool addProduct(const QUuid &orderUid, const Product &product, QUuid *lineUid = nullptr);
    bool setQuantity(const QUuid &orderUid, const QUuid &lineUid, qint64 quantity);
    bool setDiscount(const QUuid &orderUid, const QUuid &lineUid, int discount);
    bool setUnitPrice(const QUuid &orderUid, const QUuid &lineUid, qint64 unitPrice);
    bool removeLine(const QUuid &orderUid, const QUuid &lineUid);
    bool setCustomerName(const QUuid &orderUid, const QString &name);
    // Extension fields (a note, a table): a null value removes the key. Synced like
    // any other change; keys follow the protocol's extension-key rule.
    bool setOrderExtension(const QUuid &orderUid, const QString &key, const QJsonValue &value);
    bool setLineExtension(const QUuid &orderUid, const QUuid &lineUid, const QString &key, const QJsonValue &value);
    // Adds copies of the lines of `fromUid` to `toUid` and removes `fromUid`
    // (cancelled where the server has it): two tickets for one table become one.
    bool mergeInto(const QUuid &fromUid, const QUuid &toUid);
    // Payments must cover the total; change can only come out of cash.
    bool pay(const QUuid &orderUid, const QList<Payment> &payments);
    // An empty order is deleted, one with lines is kept as cancelled.
    bool discard(const QUuid &orderUid);
    // Ends this terminal's session. Alone (no journal), the terminal's run ends with it:
    // open orders are archived as abandoned and ticket numbers start again. With sync
    // the open orders are the group's and stay open, here too, until the server ends
    // the run; only empty orders the server never saw go.
    bool closeSession(std::optional<qint64> countedCash = std::nullopt);
    // Edits are journaled for a sync server: open orders are shared with a group.
    bool isShared() const { return m_journal != nullptr; }
    // Journals an order as it stands (see OrderJournal), e.g. when sync is switched on.
    bool publish(const QUuid &orderUid);
    // Takes the server's version of an order (own pending batches already laid over
    // it). An older revision than the book's is ignored, as is any word about an
    // order this terminal has closed itself but its ticket number; an order closed
    // elsewhere leaves the book (it is the other terminal's sale). Nothing is journaled.
    bool adoptServerOrder(Order order);
    // The server refused this terminal's own pay or cancel of the order (`why`): the
    // server's version stands. A receipt issued for it is voided (its number stays
    // taken); the order comes back open if the server has it open, and leaves this
    // terminal's records if it was closed elsewhere.
    bool adoptRefusedClose(Order server, const QString &why);
    // The server did not let the order take `value` for the unique field `key`:
    // order `holderUid` holds it. The order keeps its value from before. `newOrder`:
    // the claim came with the order's creation (opening a table, not moving to one).
    void refuseClaim(const QUuid &orderUid, const QString &key, const QJsonValue &value, const QUuid &holderUid,
                     bool newOrder)
    {
        emit claimRefused(orderUid, key, value, holderUid, newOrder);
    }

    // Another terminal set the extension field `key` (of line `lineUid`, or of the order
    // when null) to the very value this terminal set at the same time: nothing was lost.
    void reportSameChange(const QUuid &orderUid, const QUuid &lineUid, const QString &key, const Actor &by)
    {
        emit sameChangeMadeElsewhere(orderUid, lineUid, key, by);
    }

    static QString ticketCounter() { return QStringLiteral("ticket"); }

signals:
    void orderAdded(const QUuid &uid);
    void orderChanged(const QUuid &uid);
    // The order left the open book: paid, cancelled or deleted.
    void orderRemoved(const QUuid &uid);
    void orderFinalized(const Order &order);
    // Another terminal paid or cancelled an open order of this book, or its run ended;
    // `order` is the server's final version. Emitted just before orderRemoved().
    void orderClosedElsewhere(const Order &order);
    // The server refused the close of `local` (see adoptRefusedClose), saying why;
    // `server` is its version there; `voided` the receipt to take back, when paid here.
    void closeRefused(const Order &local, const Order &server, const QString &why,
                      const std::optional<LocalStore::VoidedReceipt> &voided);
    // The server numbered an order this terminal has already closed (paid offline).
    void ticketNumbered(const QUuid &uid, int ticket);
    void editabilityChanged();
    void claimRefused(const QUuid &orderUid, const QString &key, const QJsonValue &value, const QUuid &holderUid,
                      bool newOrder);
    void sameChangeMadeElsewhere(const QUuid &orderUid, const QUuid &lineUid, const QString &key, const Actor &by);

private:
    using Edit = std::function<bool(Order &order, OrderWrite &write)>;
    bool edit(const QUuid &orderUid, const OrderEdit &description, const Edit &change);
    bool editLine(const QUuid &orderUid, const OrderEdit &description, const std::function<bool(OrderLine &)> &change);
    bool fail(const QString &message);
    void removeFromBook(const QUuid &uid);

    LocalStore *m_store;
    OrderJournal *m_journal = nullptr;
    const ExtensionRegistry *m_extensions = nullptr;
    bool m_serverReachable = true;
    Context m_context;
    QList<QUuid> m_uids;
    QHash<QUuid, Order> m_orders;
    QString m_lastError;
};
