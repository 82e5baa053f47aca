#include "order.h"

#include <QRegularExpression>

QString Payment::key() const
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Other:
        return otherId;
    }
    return {};
}

bool Payment::setKey(const QString &key)
{
    if (key == QLatin1String("cash")) {
        method = PaymentMethod::Cash;
    } else if (key == QLatin1String("card")) {
        method = PaymentMethod::Card;
    } else if (isOtherId(key)) {
        method = PaymentMethod::Other;
        otherId = key;
    } else {
        return false;
    }
    return true;
}

bool Payment::isOtherId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_-]{0,31}")));
    return pattern.match(id).hasMatch() && id != QLatin1String("cash") && id != QLatin1String("card");
}

int Order::lineIndex(const QUuid &lineUid) const
{
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).uid == lineUid)
            return i;
    }
    return -1;
}

qint64 Order::total() const
{
    qint64 sum = 0;
    for (const OrderLine &line : lines)
        sum = Pricing::addMoney(sum, line.amounts().total);
    return sum;
}

qint64 Order::taxTotal() const
{
    qint64 sum = 0;
    for (const OrderLine &line : lines)
        sum = Pricing::addMoney(sum, line.amounts().tax);
    return sum;
}

bool Order::amountsWithinLimit() const
{
    qint64 magnitude = 0;
    for (const OrderLine &line : lines) {
        magnitude = Pricing::addMoney(magnitude, qAbs(line.amounts().total));
        if (magnitude > Pricing::MaxOrderAmount)
            return false;
    }
    return true;
}

qint64 Order::paidTotal() const
{
    qint64 sum = 0;
    for (const Payment &payment : payments)
        sum = Pricing::addMoney(sum, payment.amount);
    return sum;
}

QList<TaxSummary> Order::taxSummary() const
{
    QMap<int, TaxSummary> byRate;
    accumulateTaxes(&byRate, *this);
    return byRate.values();
}

QString Order::stateKey(OrderState state)
{
    switch (state) {
    case OrderState::Open:
        return QStringLiteral("open");
    case OrderState::Paid:
        return QStringLiteral("paid");
    case OrderState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool Order::stateFromKey(const QString &key, OrderState *out)
{
    if (key == QLatin1String("open"))
        *out = OrderState::Open;
    else if (key == QLatin1String("paid"))
        *out = OrderState::Paid;
    else if (key == QLatin1String("cancelled"))
        *out = OrderState::Cancelled;
    else
        return false;
    return true;
}

void accumulateTaxes(QMap<int, TaxSummary> *byRate, const Order &order)
{
    for (const OrderLine &line : order.lines) {
        const Pricing::LineAmounts amounts = line.amounts();
        TaxSummary &summary = (*byRate)[line.taxRate];
        summary.rate = line.taxRate;
        summary.tax = Pricing::addMoney(summary.tax, amounts.tax);
        summary.base = Pricing::addMoney(summary.base, amounts.total - amounts.tax);
    }
}

PaymentBalance paymentBalance(qint64 total, const QList<Payment> &payments)
{
    PaymentBalance balance;
    qint64 cash = 0;
    for (const Payment &payment : payments) {
        balance.paid = Pricing::addMoney(balance.paid, payment.amount);
        if (payment.returnsChange())
            cash = Pricing::addMoney(cash, payment.amount);
    }
    balance.covered = balance.paid >= total;
    balance.remaining = balance.covered ? 0 : total - balance.paid;
    balance.change = balance.covered ? balance.paid - total : 0;
    balance.changeExceedsCash = balance.change > 0 && balance.change > cash;
    return balance;
}
