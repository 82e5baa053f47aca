#include "orderwidget.h"

#include "extensionregistry.h"
#include "money.h"
#include "numpadwidget.h"
#include "orderbook.h"
#include "orderlinesmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The product cell also says who added the line and who changed it last.
class ProductCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString name = item.text;
        item.text.clear();
        QStyle *style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QRect area = option.rect.adjusted(6, 2, -4, -2);
        painter->save();
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        // A name too long for the column ends in "…", never cut mid-word ("0.3" for "0.33 l").
        painter->drawText(area, Qt::AlignLeft | Qt::AlignTop,
                          QFontMetrics(option.font).elidedText(name, Qt::ElideRight, area.width()));
        // Rows are taller while extensions run: their text gets the middle line.
        const QString extra = index.data(OrderLinesModel::ExtensionTextRole).toStringList().join(QStringLiteral(" · "));
        if (!extra.isEmpty()) {
            QFont italic = option.font;
            italic.setItalic(true);
            painter->setFont(italic);
            painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : QColor(0x1565c0));
            painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(italic).elidedText(extra, Qt::ElideRight, area.width()));
        }
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.8);
        painter->setFont(small);
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignBottom,
                          QFontMetrics(small).elidedText(index.data(OrderLinesModel::AttributionRole).toString(),
                                                         Qt::ElideRight, area.width()));
        painter->restore();
    }
};

} // namespace

OrderWidget::OrderWidget(OrderBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_lines(new OrderLinesModel(book, this))
    , m_view(new QTableView(this))
    , m_customer(new QLabel(this))
    , m_extensionText(new QLabel(this))
    , m_extensionRow(new QHBoxLayout)
    , m_total(new QLabel(this))
    , m_tax(new QLabel(this))
    , m_numpad(new NumpadWidget(true, this))
    , m_customerButton(new QPushButton(tr("Customer…"), this))
    , m_pay(new QPushButton(tr("Pay (F12)"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_view->setObjectName(QStringLiteral("orderLines"));
    m_view->setModel(m_lines);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(40);
    m_view->setItemDelegateForColumn(OrderLinesModel::ProductColumn, new ProductCellDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(OrderLinesModel::ProductColumn, QHeaderView::Stretch);
    for (int column = OrderLinesModel::QuantityColumn; column < OrderLinesModel::ColumnCount; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setStyleSheet(QStringLiteral("QTableView::item:selected { background: palette(highlight); "
                                         "color: palette(highlighted-text); }"));
    layout->addWidget(m_view, 1);

    m_customer->setObjectName(QStringLiteral("customerLabel"));
    layout->addWidget(m_customer);
    // Text from other terminals is shown as typed, never as markup.
    m_customer->setTextFormat(Qt::PlainText);
    m_extensionText->setTextFormat(Qt::PlainText);
    m_extensionText->setObjectName(QStringLiteral("orderExtensionText"));
    m_extensionText->setWordWrap(true);
    m_extensionText->setStyleSheet(QStringLiteral("QLabel { color: #1565c0; font-style: italic; }"));
    layout->addWidget(m_extensionText);
    auto *totals = new QHBoxLayout;
    m_tax->setObjectName(QStringLiteral("taxLabel"));
    m_total->setObjectName(QStringLiteral("totalLabel"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_total->setFont(big);
    totals->addWidget(m_tax, 1);
    totals->addWidget(m_total, 0, Qt::AlignRight);
    layout->addLayout(totals);

    layout->addWidget(m_numpad);
    layout->addLayout(m_extensionRow);
    auto *actions = new QHBoxLayout;
    m_customerButton->setObjectName(QStringLiteral("customerButton"));
    m_customerButton->setFocusPolicy(Qt::NoFocus);
    m_customerButton->setMinimumHeight(48);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setFocusPolicy(Qt::NoFocus);
    m_pay->setMinimumHeight(48);
    m_pay->setFont(big);
    actions->addWidget(m_customerButton, 1);
    actions->addWidget(m_pay, 2);
    layout->addLayout(actions);

    connect(m_pay, &QPushButton::clicked, this, &OrderWidget::payRequested);
    connect(m_customerButton, &QPushButton::clicked, this, &OrderWidget::customerRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrderWidget::restartInput);
    connect(m_numpad, &NumpadWidget::modeChanged, this, &OrderWidget::restartInput);
    connect(m_numpad, &NumpadWidget::digitPressed, this, [this](int digit) { apply(m_input.digit(digit)); });
    connect(m_numpad, &NumpadWidget::decimalPointPressed, this, [this] { apply(m_input.decimalPoint()); });
    connect(m_numpad, &NumpadWidget::backspacePressed, this, [this] { apply(m_input.backspace()); });
    connect(m_numpad, &NumpadWidget::signToggled, this, [this] { apply(m_input.toggleSign()); });
    // Number columns grow with the rows that change and are measured anew when rows go.
    connect(m_lines, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        widenNumberColumns(from.row(), to.row());
        refresh();
    });
    connect(m_lines, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        widenNumberColumns(first, last);
        refresh();
    });
    connect(m_lines, &QAbstractItemModel::rowsRemoved, this, [this] {
        fitNumberColumns();
        if (!m_view->currentIndex().isValid() && m_lines->rowCount() > 0)
            selectLine(m_lines->lineUidAt(m_lines->rowCount() - 1));
        refresh();
    });
    connect(m_lines, &QAbstractItemModel::modelReset, this, [this] {
        fitNumberColumns();
        refresh();
    });
    connect(book, &OrderBook::editabilityChanged, this, &OrderWidget::refresh);
    fitNumberColumns();
    // Order-level changes (the customer) touch no line.
    connect(book, &OrderBook::orderChanged, this, [this](const QUuid &uid) {
        if (uid == orderUid())
            refresh();
    });
    refresh();
}

void OrderWidget::setOrder(const QUuid &orderUid)
{
    m_lines->setOrder(orderUid);
    if (const Order *order = m_book->order(orderUid))
        m_input = NumpadInput(Money::precision(order->currency));
    if (m_lines->rowCount() > 0)
        selectLine(m_lines->lineUidAt(m_lines->rowCount() - 1));
    restartInput();
    refresh();
}

QUuid OrderWidget::orderUid() const
{
    return m_lines->orderUid();
}

void OrderWidget::selectLine(const QUuid &lineUid)
{
    const QModelIndex index = m_lines->indexOfLine(lineUid);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    restartInput();
}

QUuid OrderWidget::selectedLine() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_lines->lineUidAt(current.row()) : QUuid();
}

void OrderWidget::restartInput()
{
    const Order *order = m_book->order(orderUid());
    const int index = order ? order->lineIndex(selectedLine()) : -1;
    const NumpadInput::Mode mode = m_numpad->mode();
    if (index < 0) {
        m_input.start(mode, 0);
        return;
    }
    const OrderLine &line = order->lines.at(index);
    const qint64 value = mode == NumpadInput::Mode::Quantity ? line.quantity
        : mode == NumpadInput::Mode::Discount                ? line.discount
                                                             : line.unitPrice;
    m_input.start(mode, value);
}

void OrderWidget::apply(const NumpadInput::Outcome &outcome)
{
    const QUuid line = selectedLine();
    if (line.isNull() || outcome.action == NumpadInput::Action::None)
        return;
    const QString readOnly = m_book->whyReadOnly(orderUid());
    if (!readOnly.isEmpty()) {
        emit problem(readOnly);
        return;
    }
    bool done = true;
    if (outcome.action == NumpadInput::Action::RemoveLine) {
        done = m_book->removeLine(orderUid(), line);
        if (done)
            restartInput();
    } else {
        switch (m_input.mode()) {
        case NumpadInput::Mode::Quantity:
            done = m_book->setQuantity(orderUid(), line, outcome.value);
            break;
        case NumpadInput::Mode::Discount:
            done = m_book->setDiscount(orderUid(), line, static_cast<int>(outcome.value));
            break;
        case NumpadInput::Mode::Price:
            done = m_book->setUnitPrice(orderUid(), line, outcome.value);
            break;
        }
    }
    if (!done)
        emit problem(m_book->lastError());
}

void OrderWidget::setShowsExtensionText(bool shows)
{
    m_view->verticalHeader()->setDefaultSectionSize(shows ? 58 : 40);
}

void OrderWidget::addExtensionControl(QWidget *control)
{
    control->setParent(this);
    m_extensionControls.append(control);
    m_extensionRow->addWidget(control);
    refresh();
}

// Numbers are never cut: their columns are as wide as their widest text in the whole
// order, not only in the rows in view, and the product name gives way instead.
void OrderWidget::fitNumberColumns()
{
    for (int column = OrderLinesModel::QuantityColumn; column < OrderLinesModel::ColumnCount; ++column) {
        m_numberWidths[column - OrderLinesModel::QuantityColumn] = m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
            m_lines->headerData(column, Qt::Horizontal).toString()) + 2 * numberPadding();
    }
    widenNumberColumns(0, m_lines->rowCount() - 1);
}

int OrderWidget::numberPadding() const
{
    return 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 10;
}

void OrderWidget::widenNumberColumns(int firstRow, int lastRow)
{
    const QFontMetrics metrics(m_view->font());
    QHeaderView *header = m_view->horizontalHeader();
    int numbers = 0;
    for (int column = OrderLinesModel::QuantityColumn; column < OrderLinesModel::ColumnCount; ++column) {
        int &width = m_numberWidths[column - OrderLinesModel::QuantityColumn];
        for (int row = firstRow; row <= lastRow; ++row)
            width = qMax(width, metrics.horizontalAdvance(m_lines->index(row, column).data().toString()) + numberPadding());
        if (header->sectionSize(column) != width)
            header->resizeSection(column, width);
        numbers += width;
    }
    const int chrome = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    m_view->setMinimumWidth(numbers + chrome + metrics.horizontalAdvance(QString(8, QLatin1Char('M'))));
}

void OrderWidget::refresh()
{
    const Order *order = m_book->order(orderUid());
    const QLocale locale;
    // Without an order the total still says which money it counts.
    const QString currency = order ? order->currency : m_book->context().currency;
    m_total->setText(tr("Total %1").arg(Money(order ? order->total() : 0, currency).toString(locale)));
    m_tax->setText(tr("incl. tax %1").arg(Money(order ? order->taxTotal() : 0, currency).toString(locale)));
    m_customer->setText(order && !order->customerName.isEmpty() ? tr("Customer: %1").arg(order->customerName)
                                                                : QString());
    m_customer->setVisible(!m_customer->text().isEmpty());
    const QStringList extra = order && m_book->extensions()
        ? m_book->extensions()->orderText(*order, ExtensionText::OrderWidget)
        : QStringList();
    m_extensionText->setText(extra.join(QLatin1Char('\n')));
    m_extensionText->setVisible(!extra.isEmpty());
    const bool editable = order && m_book->isEditable(order->uid);
    for (QWidget *control : std::as_const(m_extensionControls))
        control->setEnabled(editable);
    m_pay->setEnabled(editable && !order->isEmpty());
    m_customerButton->setEnabled(editable);
    m_numpad->setEnabled(editable && !order->isEmpty());
}
