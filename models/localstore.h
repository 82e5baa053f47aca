#pragma once

#include "catalog.h"
#include "order.h"
#include "sqlmigration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

struct CashSession
{
    qint64 id = 0;
    QString cashier;
    QDateTime openedAt;
    QDateTime closedAt; // invalid while the session is open
    qint64 openingFloat = 0; // cash in the drawer when it opened, minor units
    std::optional<qint64> countedCash; // counted at the close
};

// Cash put into the drawer (positive) or taken out (negative) during a session.
struct CashMove
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 amount = 0;
    QString reason;
    QString user;
    QDateTime at;
};

// One batch of operations waiting for the sync server (docs/protocol.md, POST /v1/push).
struct OutboxEntry
{
    qint64 id = 0;
    QString opId;
    QUuid orderUid;
    qint64 baseRevision = 0;
    QByteArray ops; // the "ops" array as compact JSON
    QString user;
};

// What of an order to write; the header row is always written.
struct OrderWrite
{
    const Order *order = nullptr;
    QList<QUuid> upsertLines;
    QList<QUuid> deleteLines;
    bool allLines = false;
    bool payments = false;
};

// The terminal's local SQLite store (WAL): settings, catalog, sessions, orders.
// One instance owns one connection and is used from one thread.
class LocalStore final
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)

public:
    LocalStore();
    ~LocalStore();
    Q_DISABLE_COPY_MOVE(LocalStore)

    // Creates the file or upgrades it to the current schema; refuses a newer one.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const;

    static int currentSchemaVersion();
    static const QList<Migration> &migrations();

    // A consistent copy of the whole store in a new file (SqlSupport::backupTo).
    bool backupTo(const QString &path);

    // Runs work in one transaction (joins an enclosing one); commits when it returns true.
    bool transaction(const std::function<bool()> &work);

    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool setSetting(const QString &key, const QString &value);
    bool removeSetting(const QString &key);

    // Returns the counter's next value (starting at 1) and stores it.
    bool nextCounter(const QString &name, qint64 *value);
    bool resetCounter(const QString &name);

    bool replaceCatalog(const Catalog &catalog);
    bool loadCatalog(Catalog *catalog);
    // Adds a product at the end (no previousId) or changes the one with previousId.
    bool saveProduct(const Product &product, const QString &previousId);

    bool openSession(const QString &cashier, qint64 openingFloat, CashSession *session);
    bool currentSession(std::optional<CashSession> *session);
    bool closeSession(qint64 sessionId, const QDateTime &closedAt, std::optional<qint64> countedCash);
    bool loadSession(qint64 sessionId, CashSession *session);
    bool addCashMove(CashMove *move);
    bool loadCashMoves(qint64 sessionId, QList<CashMove> *moves);

    // A change the sync server did not take (a refusal or a conflict), kept for the manager.
    struct RefusedChange
    {
        QDateTime at;
        QUuid orderUid;
        QString order;   // the order's ticket or reference when it was refused
        QString what;    // the operations, e.g. "set_line quantity, add_line"
        int status = 0;
        QString why;     // the server's message
    };
    // Keeps the newest MaxRefusedChanges.
    bool addRefusedChange(const RefusedChange &change);
    bool loadRefusedChanges(QList<RefusedChange> *changes); // newest first
    static constexpr int MaxRefusedChanges = 500;

    // A receipt this terminal issued for a payment the server refused: the number stays
    // taken (receipts run without gaps) and the money goes back to the customer.
    struct VoidedReceipt
    {
        QString number;
        QUuid orderUid;
        QString order;  // the order's ticket or reference
        qint64 sessionId = 0;
        QDateTime at;
        qint64 total = 0;
        qint64 refund = 0; // what the customer paid, net of change
        QString why;       // the server's message
    };
    bool addVoidedReceipt(const VoidedReceipt &receipt);
    bool loadVoidedReceipts(qint64 sessionId, QList<VoidedReceipt> *receipts); // in number order

    // Reports waiting for the sync server (POST /v1/cash-reports), oldest first.
    bool appendReport(const QByteArray &body, qint64 *id);
    bool loadReports(QList<std::pair<qint64, QByteArray>> *reports);
    bool removeReport(qint64 id);

    bool writeOrder(const OrderWrite &write);
    bool deleteOrder(const QUuid &uid);
    bool loadOpenOrders(QList<Order> *orders);
    bool loadOrder(const QUuid &uid, Order *order);
    // Like loadOrder, but an unknown order is not an error.
    bool findOrder(const QUuid &uid, std::optional<Order> *order);
    // Paid and cancelled orders finalized in the session.
    bool loadFinalOrders(qint64 sessionId, QList<Order> *orders);

    // The sync outbox, oldest first; entries leave it only when the server answered.
    bool appendOutbox(OutboxEntry *entry);
    // Entries after afterId, of one order when orderUid is given.
    bool loadOutbox(QList<OutboxEntry> *entries, qint64 afterId = 0, const QUuid &orderUid = QUuid());
    int outboxSize();
    bool removeOutbox(const QString &opId);

private:
    bool fail(const QString &message);
    bool loadOrders(const QString &where, const QVariantList &values, QList<Order> *orders);

    QString m_connectionName;
    QString m_lastError;
    int m_transactionDepth = 0;
};
