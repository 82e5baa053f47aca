#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QButtonGroup;
class FlowLayout;
class QLineEdit;
class QListView;
class ProductFilterModel;
class ProductListModel;
struct Product;

// Categories, a search field that also takes barcode-scanner input, and the product grid.
class ProductPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductPanel)

public:
    explicit ProductPanel(ProductListModel *products, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *grid() const { return m_grid; }
    void rebuildCategories();
    void setProductsEnabled(bool enabled);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void productChosen(const Product &product);
    void unknownBarcode(const QString &barcode);

private:
    void onSearchReturn();

    ProductListModel *m_products;
    ProductFilterModel *m_filter;
    FlowLayout *m_categoryRow;
    QButtonGroup *m_categories;
    QLineEdit *m_search;
    QListView *m_grid;
    QPersistentModelIndex m_pressedTile;
};
