#pragma once

#include <QString>
#include <QtGlobal>

struct Product
{
    QString id;
    QString name;
    QString category;
    qint64 unitPrice = 0; // minor units, tax included
    int taxRate = 0;      // basis points
    QString barcode;
    bool enabled = true; // false: kept in the catalog but not on sale
};
