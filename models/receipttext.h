#pragma once

class ExtensionRegistry;

#include <QCoreApplication>
#include <QLocale>
#include <QString>

struct Order;

struct ReceiptHeader
{
    QString shopName;
    QString terminalName;
    QString cashier;
};

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
};
