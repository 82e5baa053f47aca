#include "pricing.h"

#include "money.h"

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

}
