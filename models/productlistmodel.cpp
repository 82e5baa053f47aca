#include "productlistmodel.h"

#include "money.h"

#include <QLocale>

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ProductListModel::setCatalog(const Catalog &catalog, const QString &currency)
{
    beginResetModel();
    m_catalog = catalog;
    m_currency = currency;
    endResetModel();
}

const Product *ProductListModel::productAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_catalog.products().at(index.row());
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_catalog.size();
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    const Product *product = productAt(index);
    if (!product)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return product->name;
    case Qt::ToolTipRole:
        return product->barcode.isEmpty() ? product->name
                                          : QStringLiteral("%1\n%2").arg(product->name, product->barcode);
    case IdRole:
        return product->id;
    case CategoryRole:
        return product->category;
    case BarcodeRole:
        return product->barcode;
    case PriceRole:
        return product->unitPrice;
    case EnabledRole:
        return product->enabled;
    case PriceTextRole:
        return Money(product->unitPrice, m_currency).toString(QLocale());
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "productId");
    names.insert(CategoryRole, "category");
    names.insert(BarcodeRole, "barcode");
    names.insert(PriceRole, "price");
    names.insert(PriceTextRole, "priceText");
    names.insert(EnabledRole, "enabled");
    return names;
}

ProductFilterModel::ProductFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ProductFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void ProductFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool ProductFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A product taken off sale stays in the catalog, out of the grid.
    if (!index.data(ProductListModel::EnabledRole).toBool())
        return false;
    if (!m_category.isEmpty() && index.data(ProductListModel::CategoryRole).toString() != m_category)
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive)
        || index.data(ProductListModel::BarcodeRole).toString().startsWith(m_search)
        || index.data(ProductListModel::IdRole).toString().compare(m_search, Qt::CaseInsensitive) == 0;
}
