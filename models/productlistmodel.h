#pragma once

#include "catalog.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

class ProductListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        BarcodeRole,
        PriceRole, // qint64 minor units
        PriceTextRole,
        EnabledRole, // bool: on sale
    };

    explicit ProductListModel(QObject *parent = nullptr);

    void setCatalog(const Catalog &catalog, const QString &currency);
    const Catalog &catalog() const { return m_catalog; }
    const Product *productAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Catalog m_catalog;
    QString m_currency;
};

// Products of one category (or all) whose name, id or barcode matches the search text.
class ProductFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductFilterModel)

public:
    explicit ProductFilterModel(QObject *parent = nullptr);

    void setCategory(const QString &category);
    QString category() const { return m_category; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_category;
    QString m_search;
};
