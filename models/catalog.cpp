#include "catalog.h"

#include <QSet>

Catalog::Catalog(QList<Product> products)
    : m_products(std::move(products))
{
    QSet<QString> seen;
    for (int i = 0; i < m_products.size(); ++i) {
        const Product &product = m_products.at(i);
        m_indexById.insert(product.id, i);
        if (!product.barcode.isEmpty())
            m_indexByBarcode.insert(product.barcode, i);
        if (!seen.contains(product.category)) {
            seen.insert(product.category);
            m_categories.append(product.category);
        }
    }
}

const Product *Catalog::byId(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_products.at(*it);
}

const Product *Catalog::byBarcode(const QString &barcode) const
{
    const auto it = m_indexByBarcode.constFind(barcode);
    return it == m_indexByBarcode.cend() ? nullptr : &m_products.at(*it);
}
