#pragma once

#include "product.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

// The products a terminal sells, in display order, with lookups by id and barcode.
class Catalog final
{
public:
    Catalog() = default;
    explicit Catalog(QList<Product> products);

    const QList<Product> &products() const { return m_products; }
    int size() const { return m_products.size(); }
    bool isEmpty() const { return m_products.isEmpty(); }
    // Categories of the products on sale, in order of first appearance.
    QStringList categories() const { return m_categories; }
    const Product *byId(const QString &id) const;
    const Product *byBarcode(const QString &barcode) const;

private:
    QList<Product> m_products;
    QStringList m_categories;
    QHash<QString, int> m_indexById;
    QHash<QString, int> m_indexByBarcode;
};

// The rules every product follows, whether it comes from a CSV import or the product
// editor: each check answers why a value is wrong, or an empty string.
class ProductRules final
{
    Q_DECLARE_TR_FUNCTIONS(ProductRules)

public:
    static QString checkId(const QString &id);
    static QString checkName(const QString &name);
    static QString checkCategory(const QString &category);
    // Reads a price such as "2.50" into minor units.
    static QString readPrice(const QString &text, const QString &currency, qint64 *minorUnits);
    // Reads a percentage such as "19" or "7.5" into basis points.
    static QString readTaxRate(const QString &text, int *basisPoints);
    static QString checkBarcode(const QString &barcode);
};
