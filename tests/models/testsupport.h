#pragma once

#include "order.h"
#include "product.h"

#include <QString>

namespace TestSupport {

inline Product product(const QString &id, qint64 price, int taxRate = 1900, const QString &category = QStringLiteral("Drinks"))
{
    Product p;
    p.id = id;
    p.name = QStringLiteral("Product ") + id;
    p.category = category;
    p.unitPrice = price;
    p.taxRate = taxRate;
    return p;
}

inline Payment payment(PaymentMethod method, qint64 amount)
{
    Payment p;
    p.method = method;
    p.amount = amount;
    return p;
}

}
