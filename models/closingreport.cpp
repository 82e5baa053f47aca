#include "closingreport.h"

#include "money.h"
#include "receipttext.h"

#include <QJsonArray>

qint64 ClosingReport::taxTotal() const
{
    qint64 sum = 0;
    for (const TaxSummary &tax : taxes)
        sum = Pricing::addMoney(sum, tax.tax);
    return sum;
}

qint64 ClosingReport::paidBy(const QString &key) const
{
    for (const MethodTotal &total : byMethod) {
        if (total.key == key)
            return total.amount;
    }
    return 0;
}

qint64 ClosingReport::expectedCash() const
{
    qint64 expected = Pricing::addMoney(session.openingFloat, cashSales());
    for (const CashMove &move : cashMoves)
        expected = Pricing::addMoney(expected, move.amount);
    return expected;
}

std::optional<qint64> ClosingReport::cashDifference() const
{
    if (!session.countedCash)
        return std::nullopt;
    return *session.countedCash - expectedCash();
}

QJsonObject ClosingReport::cashJson(const QString &instance) const
{
    QJsonArray moves;
    for (const CashMove &move : cashMoves) {
        moves.append(QJsonObject{{QStringLiteral("amount"), move.amount},
                                 {QStringLiteral("reason"), move.reason},
                                 {QStringLiteral("user"), move.user},
                                 {QStringLiteral("at"), move.at.toUTC().toString(Qt::ISODateWithMs)}});
    }
    QJsonObject json{{QStringLiteral("instance"), instance},
                     {QStringLiteral("session"), session.id},
                     {QStringLiteral("cashier"), session.cashier},
                     {QStringLiteral("opened_at"), session.openedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("closed_at"), session.closedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("currency"), currency},
                     {QStringLiteral("opening_float"), session.openingFloat},
                     {QStringLiteral("cash_sales"), cashSales()},
                     {QStringLiteral("moves"), moves},
                     {QStringLiteral("expected"), expectedCash()}};
    if (session.countedCash)
        json.insert(QStringLiteral("counted"), *session.countedCash);
    return json;
}

bool ClosingReport::build(LocalStore &store, qint64 sessionId, const QString &currency, ClosingReport *report)
{
    *report = ClosingReport();
    report->currency = currency;
    if (!store.loadSession(sessionId, &report->session) || !store.loadCashMoves(sessionId, &report->cashMoves)
        || !store.loadVoidedReceipts(sessionId, &report->voidedReceipts))
        return false;
    QList<Order> orders;
    if (!store.loadFinalOrders(sessionId, &orders))
        return false;
    QMap<int, TaxSummary> taxes;
    report->byMethod = {{QStringLiteral("cash"), tr("Cash"), 0}, {QStringLiteral("card"), tr("Card"), 0}};
    auto add = [report](const Payment &payment, qint64 amount) {
        for (MethodTotal &total : report->byMethod) {
            if (total.key == payment.key()) {
                total.amount = Pricing::addMoney(total.amount, amount);
                return;
            }
        }
        report->byMethod.append({payment.key(), payment.otherName, amount});
    };
    for (const Order &order : std::as_const(orders)) {
        if (order.state == OrderState::Cancelled) {
            if (order.abandoned)
                ++report->abandonedOrders;
            else
                ++report->cancelledOrders;
            continue;
        }
        ++report->paidOrders;
        report->salesTotal = Pricing::addMoney(report->salesTotal, order.total());
        report->receipts.append({order.receiptNumber, order.ticketNumber, order.total()});
        for (const Payment &payment : order.payments)
            add(payment, payment.amount);
        // Change comes out of the drawer, whatever was overpaid.
        report->byMethod.first().amount = Pricing::addMoney(report->byMethod.first().amount, -order.changeGiven);
        accumulateTaxes(&taxes, order);
    }
    report->taxes = taxes.values();
    // Numbers of one terminal have one width, so text order is issue order.
    std::sort(report->receipts.begin(), report->receipts.end(),
              [](const Receipt &a, const Receipt &b) { return a.number < b.number; });
    return true;
}

QString ClosingReport::text(const QString &terminalName, const QLocale &locale) const
{
    auto amount = [&](qint64 minor) { return Money(minor, currency).toString(locale); };
    QStringList out;
    out << ReceiptText::centered(tr("Closing report"));
    out << ReceiptText::centered(terminalName);
    out << ReceiptText::rule();
    out << ReceiptText::columns(tr("Session"), QString::number(session.id));
    out << ReceiptText::columns(tr("Cashier"), session.cashier);
    out << ReceiptText::columns(tr("Opened"), locale.toString(session.openedAt.toLocalTime(), QLocale::ShortFormat));
    if (session.closedAt.isValid())
        out << ReceiptText::columns(tr("Closed"), locale.toString(session.closedAt.toLocalTime(), QLocale::ShortFormat));
    out << ReceiptText::rule();
    out << ReceiptText::columns(tr("Paid orders"), QString::number(paidOrders));
    out << ReceiptText::columns(tr("Cancelled orders"), QString::number(cancelledOrders));
    switch (openOrdersFate) {
    case OpenOrdersFate::Abandoned:
        out << ReceiptText::columns(tr("Abandoned open orders"), QString::number(abandonedOrders));
        break;
    case OpenOrdersFate::StayOpen:
        out << ReceiptText::columns(tr("Orders kept open"), QString::number(openOrders.size()));
        out << QStringLiteral("  ") + tr("for %1").arg(keptOpenBy.join(QStringLiteral(", ")));
        break;
    case OpenOrdersFate::ArchivedWithRun:
        out << ReceiptText::columns(tr("Open orders here at the close"), QString::number(openOrders.size()));
        out << ReceiptText::columns(tr("Run ended: orders abandoned"), QString::number(archivedByServer));
        break;
    case OpenOrdersFate::ServerNotReached:
        out << ReceiptText::columns(tr("Open orders, left on the server"), QString::number(openOrders.size()));
        out << QStringLiteral("  ") + tr("(the server was not reached)");
        break;
    }
    for (const OpenOrder &open : openOrders) {
        QString name = open.ticket > 0 ? tr("#%1").arg(open.ticket) : open.reference;
        if (!open.tags.isEmpty())
            name += QStringLiteral(" ") + open.tags;
        out << ReceiptText::columns(QStringLiteral("  ") + name, amount(open.total));
    }
    out << ReceiptText::rule();
    for (const MethodTotal &total : byMethod)
        out << ReceiptText::columns(total.name, amount(total.amount));
    out << ReceiptText::columns(tr("Total sales"), amount(salesTotal));
    out << ReceiptText::rule();
    for (const TaxSummary &tax : taxes) {
        out << ReceiptText::columns(tr("Tax %1 on %2").arg(ReceiptText::percent(tax.rate, locale), amount(tax.base)),
                                    amount(tax.tax));
    }
    out << ReceiptText::columns(tr("Total tax"), amount(taxTotal()));
    out << ReceiptText::rule();
    out << tr("Cash control");
    out << ReceiptText::columns(tr("Opening float"), amount(session.openingFloat));
    out << ReceiptText::columns(tr("Cash sales"), amount(cashSales()));
    for (const CashMove &move : cashMoves) {
        const QString what = move.amount > 0 ? tr("In: %1").arg(move.reason) : tr("Out: %1").arg(move.reason);
        out << ReceiptText::columns(what, amount(move.amount));
    }
    out << ReceiptText::columns(tr("Expected in the drawer"), amount(expectedCash()));
    if (const std::optional<qint64> difference = cashDifference()) {
        out << ReceiptText::columns(tr("Counted"), amount(*session.countedCash));
        const QString verdict = *difference > 0 ? tr("Over") : *difference < 0 ? tr("Short") : tr("Even");
        out << ReceiptText::columns(verdict, amount(*difference));
    } else {
        out << ReceiptText::columns(tr("Counted"), tr("not counted"));
    }
    if (!receipts.isEmpty()) {
        out << ReceiptText::rule();
        out << tr("Receipts");
        for (const Receipt &receipt : receipts) {
            const QString ticket = receipt.ticket > 0 ? tr("ticket %1").arg(receipt.ticket) : tr("ticket follows");
            out << ReceiptText::columns(QStringLiteral("%1  %2").arg(receipt.number, ticket), amount(receipt.total));
        }
    }
    if (!voidedReceipts.isEmpty()) {
        out << ReceiptText::rule();
        out << tr("Voided receipts (money given back)");
        for (const LocalStore::VoidedReceipt &voided : voidedReceipts)
            out << ReceiptText::columns(QStringLiteral("%1  %2").arg(voided.number, voided.order), amount(voided.refund));
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
