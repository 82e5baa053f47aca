#pragma once

#include "localstore.h"
#include "order.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QMap>

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
    QMap<PaymentMethod, qint64> byMethod; // net of change handed back
    QList<TaxSummary> taxes;
    struct Receipt
    {
        QString number;
        int ticket = 0; // 0 while the server has not numbered the order
        qint64 total = 0;
    };
    QList<Receipt> receipts; // in issue order

    qint64 taxTotal() const;
    static bool build(LocalStore &store, qint64 sessionId, const QString &currency, ClosingReport *report);
    QString text(const QString &terminalName, const QLocale &locale) const;
};
