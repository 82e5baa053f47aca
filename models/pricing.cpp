#include "pricing.h"

#include "money.h"

#include <limits>

namespace Pricing {

LineAmounts lineAmounts(qint64 unitPrice, qint64 quantity, int discount, int taxRate)
{
    const __int128 gross = static_cast<__int128>(unitPrice) * quantity * (BasisPoints - discount);
    LineAmounts amounts;
    amounts.total = Decimal::divRoundHalfAway(gross, static_cast<__int128>(QuantityScale) * BasisPoints);
    amounts.tax = Decimal::divRoundHalfAway(static_cast<__int128>(amounts.total) * taxRate,
                                            BasisPoints + taxRate);
    return amounts;
}

qint64 addMoney(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return a > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

}
