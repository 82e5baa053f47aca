#pragma once

#include "localstore.h"
#include "order.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>

#include <optional>

// What a session sold, as the manager reads it when closing.
struct ClosingReport
{
    Q_DECLARE_TR_FUNCTIONS(ClosingReport)

public:
    CashSession session;
    QString currency;
    int paidOrders = 0;
    int cancelledOrders = 0;
    int abandonedOrders = 0;
    qint64 salesTotal = 0;
    struct MethodTotal
    {
        QString key; // "cash", "card" or another method's id
        QString name;
        qint64 amount = 0;
    };
    QList<MethodTotal> byMethod; // cash first, net of change handed back
    qint64 paidBy(const QString &key) const;
    QList<TaxSummary> taxes;
    struct Receipt
    {
        QString number;
        int ticket = 0; // 0 while the server has not numbered the order
        qint64 total = 0;
    };
    QList<Receipt> receipts; // in issue order
    // Receipts the server refused (the order was changed or closed elsewhere first);
    // their money went back, so neither their sales nor their cash count.
    QList<LocalStore::VoidedReceipt> voidedReceipts;

    // Orders still open when the session closed, and what became of them.
    struct OpenOrder
    {
        int ticket = 0;
        QString reference;
        QString tags; // what extensions call it: "Table 3"
        qint64 total = 0;
    };
    enum class OpenOrdersFate {
        Abandoned,        // this terminal alone: archived with its run
        StayOpen,         // other terminals keep the group's run going
        ArchivedWithRun,  // this close ended the group's run: the server archived them
        ServerNotReached, // they stay open on the server, which learns of the close later
    };
    QList<OpenOrder> openOrders;
    OpenOrdersFate openOrdersFate = OpenOrdersFate::Abandoned;
    QStringList keptOpenBy;     // StayOpen: the terminals still selling
    int archivedByServer = 0;   // ArchivedWithRun: the group's orders the run end archived

    // Cash control: what the drawer should hold, and what was counted in it.
    QList<CashMove> cashMoves;
    qint64 cashSales() const { return paidBy(QStringLiteral("cash")); }
    qint64 expectedCash() const;
    // Counted minus expected: over when positive, short when negative; none before counting.
    std::optional<qint64> cashDifference() const;
    // The report as the sync server keeps it (POST /v1/cash-reports, docs/protocol.md 2.11).
    QJsonObject cashJson(const QString &instance) const;

    qint64 taxTotal() const;
    static bool build(LocalStore &store, qint64 sessionId, const QString &currency, ClosingReport *report);
    QString text(const QString &terminalName, const QLocale &locale) const;
};
