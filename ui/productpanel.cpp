#include "productpanel.h"

#include "flowlayout.h"
#include "productlistmodel.h"

#include <QAction>
#include <QButtonGroup>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

// Tiles share the grid's width: as many columns as fit at this width, no empty strip.
constexpr int MinTileWidth = 124;
constexpr int TileHeight = 76;

// "Orange juice 0.2 l" may wrap after "juice", never between "0.2" and "l".
QString tileName(QString name)
{
    static const QRegularExpression numberAndUnit(QStringLiteral("(?<=\\d) "));
    return name.replace(numberAndUnit, QString(QChar(0x00A0)));
}

class ProductTileDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect tile = option.rect.adjusted(3, 3, -3, -3);
        const bool enabled = option.state & QStyle::State_Enabled;
        const bool hovered = option.state & QStyle::State_MouseOver;
        const QPalette &palette = option.palette;
        painter->setPen(palette.color(QPalette::Mid));
        painter->setBrush(hovered && enabled ? palette.color(QPalette::Midlight) : palette.color(QPalette::Button));
        painter->drawRoundedRect(tile, 6, 6);
        painter->setPen(palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
        const QRect text = tile.adjusted(8, 6, -8, -6);
        const QRect nameArea = text.adjusted(0, 0, 0, -option.fontMetrics.height());
        const QString name = tileName(index.data().toString());
        // A long name takes a slightly smaller font before it would run into the price.
        QFont nameFont = option.font;
        nameFont.setBold(true);
        const qreal size = nameFont.pointSizeF();
        for (const qreal scale : {1.0, 0.9, 0.8}) {
            nameFont.setPointSizeF(size * scale);
            const QRect needed = QFontMetrics(nameFont).boundingRect(nameArea, Qt::AlignLeft | Qt::TextWordWrap, name);
            if (needed.height() <= nameArea.height() && needed.width() <= nameArea.width())
                break;
        }
        painter->setFont(nameFont);
        painter->drawText(nameArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name);
        painter->setFont(option.font);
        painter->drawText(text, Qt::AlignRight | Qt::AlignBottom, index.data(ProductListModel::PriceTextRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const auto *grid = qobject_cast<const QListView *>(option.widget);
        return grid ? grid->gridSize() : QSize(MinTileWidth, TileHeight);
    }
};

} // namespace

ProductPanel::ProductPanel(ProductListModel *products, QWidget *parent)
    : QWidget(parent)
    , m_products(products)
    , m_filter(new ProductFilterModel(this))
    , m_categories(new QButtonGroup(this))
    , m_search(new QLineEdit(this))
    , m_grid(new QListView(this))
{
    m_filter->setSourceModel(products);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Every category stays in reach: the bar wraps into a second row rather than scroll.
    auto *categoryHolder = new QWidget(this);
    categoryHolder->setObjectName(QStringLiteral("categoryBar"));
    QSizePolicy wrapping(QSizePolicy::Preferred, QSizePolicy::Preferred);
    wrapping.setHeightForWidth(true);
    categoryHolder->setSizePolicy(wrapping);
    m_categoryRow = new FlowLayout(categoryHolder);
    layout->addWidget(categoryHolder);

    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search products or scan a barcode (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_grid->setObjectName(QStringLiteral("productGrid"));
    m_grid->setModel(m_filter);
    m_grid->setItemDelegate(new ProductTileDelegate(m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setGridSize(QSize(MinTileWidth, TileHeight));
    m_grid->setWrapping(true);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setMouseTracking(true);
    m_grid->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_grid, 1);

    // Taps are counted from press and release: the view's clicked() skips the second of
    // two quick taps, which it takes for a double click.
    m_grid->viewport()->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ProductFilterModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &ProductPanel::onSearchReturn);
    connect(m_categories, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        m_filter->setCategory(button->property("category").toString());
    });
    connect(products, &QAbstractItemModel::modelReset, this, &ProductPanel::rebuildCategories);
    rebuildCategories();
}

bool ProductPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_grid->viewport())
        return QWidget::eventFilter(watched, event);
    const QEvent::Type type = event->type();
    if (type == QEvent::Resize) {
        // The view keeps room for its scroll bar even while it hides it, and a pixel to
        // spare, or the last column wraps to the next row.
        const int scrollBar = m_grid->verticalScrollBar()->isVisible()
            ? 0
            : m_grid->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_grid);
        const int width = m_grid->viewport()->width() - scrollBar - 2;
        const int columns = qMax(1, width / MinTileWidth);
        const QSize tile(width / columns, TileHeight);
        if (tile != m_grid->gridSize())
            m_grid->setGridSize(tile);
        return false;
    }
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonDblClick && type != QEvent::MouseButtonRelease)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QModelIndex tile = m_grid->indexAt(mouse->position().toPoint());
    if (type != QEvent::MouseButtonRelease) {
        m_pressedTile = tile;
        return false;
    }
    const QPersistentModelIndex pressed = std::exchange(m_pressedTile, QPersistentModelIndex());
    if (tile.isValid() && tile == pressed) {
        if (const Product *product = m_products->productAt(m_filter->mapToSource(tile)))
            emit productChosen(*product);
    }
    return false;
}

void ProductPanel::rebuildCategories()
{
    const QList<QAbstractButton *> old = m_categories->buttons();
    for (QAbstractButton *button : old) {
        m_categories->removeButton(button);
        delete button;
    }
    while (QLayoutItem *item = m_categoryRow->takeAt(0))
        delete item;
    QStringList categories = m_products->catalog().categories();
    categories.prepend(QString());
    for (const QString &category : std::as_const(categories)) {
        QString label = category;
        auto *button = new QPushButton(category.isEmpty() ? tr("All") : label.replace(QLatin1Char('&'), QLatin1String("&&")));
        button->setObjectName(category.isEmpty() ? QStringLiteral("category_all") : QStringLiteral("category_") + category);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setProperty("category", category);
        button->setMinimumHeight(44);
        button->setMinimumWidth(72);
        button->setChecked(category == m_filter->category());
        m_categories->addButton(button);
        m_categoryRow->addWidget(button);
    }
    if (!m_categories->checkedButton()) {
        m_filter->setCategory(QString());
        m_categories->buttons().first()->setChecked(true);
    }
}

void ProductPanel::setProductsEnabled(bool enabled)
{
    m_grid->setEnabled(enabled);
}

void ProductPanel::onSearchReturn()
{
    const QString text = m_search->text().trimmed();
    // A scan on a read-only order still reaches the terminal, which says why it is refused.
    if (text.isEmpty())
        return;
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+")));
    if (digits.match(text).hasMatch()) {
        if (const Product *product = m_products->catalog().byBarcode(text)) {
            m_search->clear();
            emit productChosen(*product);
        } else {
            m_search->selectAll();
            emit unknownBarcode(text);
        }
        return;
    }
    if (m_filter->rowCount() == 1) {
        if (const Product *product = m_products->productAt(m_filter->mapToSource(m_filter->index(0, 0)))) {
            m_search->clear();
            emit productChosen(*product);
        }
    }
}
