#include "receipttext.h"

#include "extensionregistry.h"
#include "money.h"
#include "order.h"

namespace {

QString amount(qint64 minor, const QString &currency, const QLocale &locale)
{
    return Money(minor, currency).toString(locale);
}

} // namespace

QString ReceiptText::methodName(const Payment &payment)
{
    switch (payment.method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Card:
        return tr("Card");
    case PaymentMethod::Other:
        return payment.otherName;
    }
    return {};
}

QString ReceiptText::centered(const QString &text)
{
    if (text.size() >= Width)
        return text;
    return QString((Width - text.size()) / 2, QLatin1Char(' ')) + text;
}

QString ReceiptText::columns(const QString &left, const QString &right)
{
    const int room = Width - right.size() - 1;
    QString head = left;
    if (head.size() > room)
        head = head.left(qMax(0, room - 1)) + QChar(0x2026);
    return head.leftJustified(room, QLatin1Char(' ')) + QLatin1Char(' ') + right;
}

QString ReceiptText::rule(QChar c)
{
    return QString(Width, c);
}

QString ReceiptText::percent(int basisPoints, const QLocale &locale)
{
    return Decimal::formatScaled(basisPoints, 2, 0, locale.decimalPoint().at(0)) + QStringLiteral(" %");
}

QString ReceiptText::quantity(qint64 thousandths, const QLocale &locale)
{
    return Decimal::formatScaled(thousandths, 3, 0, locale.decimalPoint().at(0));
}

QString ReceiptText::forOrder(const Order &order, const ReceiptHeader &header, const QLocale &locale,
                              const ExtensionRegistry *extensions)
{
    QStringList out;
    auto centeredLines = [&out](const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        for (const QString &line : text.split(QLatin1Char('\n')))
            out << centered(line.trimmed());
    };
    if (!header.shopName.isEmpty())
        out << centered(header.shopName);
    centeredLines(header.address);
    if (!header.taxId.isEmpty())
        out << centered(tr("Tax ID %1").arg(header.taxId));
    centeredLines(header.headerText);
    out << centered(header.terminalName);
    out << centered(locale.toString(order.changedAt.toLocalTime(), QLocale::ShortFormat));
    // The ticket is the server's: never guessed, so an offline sale says it follows.
    const QString number = order.receiptNumber.isEmpty() ? tr("Order %1").arg(order.receiptReference)
                                                         : tr("Receipt %1").arg(order.receiptNumber);
    if (order.ticketNumber > 0) {
        out << columns(number, tr("Ticket %1").arg(order.ticketNumber));
    } else {
        out << number;
        out << tr("Ticket number follows (order %1)").arg(order.receiptReference);
    }
    if (!header.cashier.isEmpty())
        out << tr("Served by %1").arg(header.cashier);
    if (!order.customerName.isEmpty())
        out << tr("Customer: %1").arg(order.customerName);
    if (extensions)
        out << extensions->orderText(order, ExtensionText::Receipt);
    out << rule();
    for (const OrderLine &line : order.lines) {
        const Pricing::LineAmounts amounts = line.amounts();
        out << columns(line.productName, amount(amounts.total, order.currency, locale));
        out << QStringLiteral("  %1 x %2").arg(quantity(line.quantity, locale),
                                               amount(line.unitPrice, order.currency, locale));
        if (line.discount != 0)
            out << QStringLiteral("  ") + tr("Discount %1").arg(percent(line.discount, locale));
        if (extensions) {
            const QStringList notes = extensions->lineText(line, ExtensionText::Receipt);
            for (const QString &text : notes)
                out << QStringLiteral("  ") + text;
        }
    }
    out << rule();
    out << columns(tr("TOTAL"), amount(order.total(), order.currency, locale));
    for (const Payment &payment : order.payments)
        out << columns(methodName(payment), amount(payment.amount, order.currency, locale));
    if (order.changeGiven != 0)
        out << columns(tr("Change"), amount(order.changeGiven, order.currency, locale));
    out << rule();
    for (const TaxSummary &tax : order.taxSummary()) {
        out << columns(tr("incl. tax %1 on %2").arg(percent(tax.rate, locale),
                                                   amount(tax.base, order.currency, locale)),
                       amount(tax.tax, order.currency, locale));
    }
    if (order.state == OrderState::Cancelled)
        out << centered(tr("CANCELLED"));
    if (!header.footerText.trimmed().isEmpty()) {
        out << QString();
        centeredLines(header.footerText);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
