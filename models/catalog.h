#pragma once

#include "product.h"

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
    // Categories in order of first appearance.
    QStringList categories() const { return m_categories; }
    const Product *byId(const QString &id) const;
    const Product *byBarcode(const QString &barcode) const;

private:
    QList<Product> m_products;
    QStringList m_categories;
    QHash<QString, int> m_indexById;
    QHash<QString, int> m_indexByBarcode;
};
