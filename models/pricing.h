#pragma once

#include <QtGlobal>

// Quantities are integer thousandths, discounts and tax rates integer basis points.
namespace Pricing {

constexpr qint64 QuantityScale = 1000;
constexpr int BasisPoints = 10000;
constexpr qint64 MaxQuantity = 1000000 * QuantityScale;
constexpr qint64 MaxUnitPrice = 100000000000LL;
constexpr int MaxTaxRate = BasisPoints;
// The most an order's line totals may add up to in magnitude (docs/protocol.md 6), so
// that sums over orders, sessions and reports stay far inside qint64.
constexpr qint64 MaxOrderAmount = 10'000'000'000'000LL;

struct LineAmounts
{
    qint64 total = 0; // after discount, tax included; the one rounding of the line
    qint64 tax = 0;   // the tax contained in total
};

// Unit prices include tax. A negative quantity is a return line and yields
// exactly the negation of the matching sale line.
LineAmounts lineAmounts(qint64 unitPrice, qint64 quantity, int discount, int taxRate);

// a + b held at the bounds of qint64 instead of overflowing: money summed over inputs
// that passed their limits never reaches them, and nothing summed is undefined.
qint64 addMoney(qint64 a, qint64 b);

}
