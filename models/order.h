#pragma once

#include "money.h"
#include "pricing.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUuid>

// Who did something: the cashier and the terminal they were at.
struct Actor
{
    QString user;
    QString terminal;
    bool operator==(const Actor &other) const { return user == other.user && terminal == other.terminal; }
    bool operator!=(const Actor &other) const { return !(*this == other); }
};

struct OrderLine
{
    QUuid uid;
    int position = 0;
    QString productId;
    QString productName;
    qint64 unitPrice = 0; // minor units, tax included
    int taxRate = 0;      // basis points
    qint64 quantity = 0;  // thousandths; negative for a return
    int discount = 0;     // basis points
    Actor createdBy;
    Actor changedBy;
    QJsonObject extensions; // fields added by extensions, kept and passed on untouched

    Pricing::LineAmounts amounts() const
    {
        return Pricing::lineAmounts(unitPrice, quantity, discount, taxRate);
    }
};

// Other: a method the shop set up (a voucher), named by its id and name.
enum class PaymentMethod { Cash, Card, Other };

struct Payment
{
    Payment() = default;
    Payment(const QUuid &uid, PaymentMethod method, qint64 amount)
        : uid(uid)
        , method(method)
        , amount(amount)
    {
    }

    QUuid uid;
    PaymentMethod method = PaymentMethod::Cash;
    qint64 amount = 0;   // minor units tendered
    QString otherId;     // Other: "voucher"
    QString otherName;   // Other: "Voucher", as printed
    bool givesChange = false; // Other: an overpayment comes back in cash

    // "cash", "card" or the other method's id: what the wire and the store call it.
    QString key() const;
    // Cash always; another method only when the shop said so.
    bool returnsChange() const { return method == PaymentMethod::Cash || (method == PaymentMethod::Other && givesChange); }
    // Sets the method from its key; false for one that is neither cash, card nor a valid id.
    bool setKey(const QString &key);
    static bool isOtherId(const QString &id);
};

enum class OrderState { Open, Paid, Cancelled };

struct TaxSummary
{
    int rate = 0;
    qint64 base = 0; // total without tax
    qint64 tax = 0;
};

struct Order
{
    QUuid uid;
    // The order's own reference from its creating terminal ("BAR/12"): known offline,
    // shown until the order has a ticket or a receipt number.
    QString receiptReference;
    int ticketNumber = 0; // the server's (or, with sync off, this terminal's); 0 until given: "New"
    // The paying terminal's receipt number ("BAR-000042"), given in issue order when paid.
    QString receiptNumber;
    OrderState state = OrderState::Open;
    bool abandoned = false; // left open when its session closed
    QString currency;
    QString customerName;
    Actor createdBy;
    Actor changedBy;
    QDateTime createdAt;
    QDateTime changedAt;
    qint64 sessionId = 0;
    qint64 changeGiven = 0; // cash handed back, minor units
    qint64 revision = 0;    // the sync server's revision; 0 for an order it has not seen
    bool published = false; // journaled for the sync server (then its changes are too)
    QJsonObject extensions;
    QList<OrderLine> lines;
    QList<Payment> payments;

    bool isFinal() const { return state != OrderState::Open; }
    bool isEmpty() const { return lines.isEmpty(); }
    int lineIndex(const QUuid &lineUid) const;
    qint64 total() const;
    qint64 taxTotal() const;
    // The line totals add up to at most Pricing::MaxOrderAmount in magnitude.
    bool amountsWithinLimit() const;
    qint64 paidTotal() const;
    QList<TaxSummary> taxSummary() const;

    static QString stateKey(OrderState state);
    static bool stateFromKey(const QString &key, OrderState *out);
};

struct PaymentBalance
{
    qint64 paid = 0;
    qint64 remaining = 0; // still to pay; 0 once covered
    qint64 change = 0;    // to hand back; only ever from cash
    bool covered = false;
    bool changeExceedsCash = false;
    bool canValidate() const { return covered && !changeExceedsCash; }
};

PaymentBalance paymentBalance(qint64 total, const QList<Payment> &payments);

Q_DECLARE_METATYPE(Order)

// Tax lines keyed by rate, added up over several orders.
void accumulateTaxes(QMap<int, TaxSummary> *byRate, const Order &order);
