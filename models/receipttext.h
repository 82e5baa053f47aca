#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class ExtensionRegistry;
struct Order;
struct Payment;
struct ReceiptHeader;

// Receipts as fixed-width text, the form a receipt printer takes and a PDF keeps.
class ReceiptText final
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptText)

public:
    static constexpr int Width = 42;

    // Enabled extensions add their text under the order's header and under each line.
    static QString forOrder(const Order &order, const ReceiptHeader &header, const QLocale &locale,
                            const ExtensionRegistry *extensions = nullptr);

    // Layout helpers shared with other printed reports.
    static QString centered(const QString &text);
    static QString columns(const QString &left, const QString &right);
    static QString rule(QChar c = QLatin1Char('-'));
    static QString percent(int basisPoints, const QLocale &locale);
    static QString quantity(qint64 thousandths, const QLocale &locale);
    // "Cash", "Card" or the name the shop gave its own method.
    static QString methodName(const Payment &payment);
};

// What a receipt says about the shop, above and below the order.
struct ReceiptHeader
{
    ReceiptHeader() = default;
    ReceiptHeader(const QString &shopName, const QString &terminalName, const QString &cashier)
        : shopName(shopName)
        , terminalName(terminalName)
        , cashier(cashier)
    {
    }

    QString shopName;
    QString terminalName;
    QString cashier;
    QString address;     // lines
    QString taxId;
    QString headerText;  // lines above the order
    QString footerText = ReceiptText::tr("Thank you!"); // lines at its end
};
