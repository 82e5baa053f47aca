#include "orderlinesmodel.h"

#include "money.h"
#include "extensionregistry.h"
#include "orderbook.h"
#include "receipttext.h"

#include <QHash>
#include <QLocale>

namespace {

bool sameContent(const OrderLine &a, const OrderLine &b)
{
    return a.productId == b.productId && a.productName == b.productName && a.unitPrice == b.unitPrice && a.quantity == b.quantity
        && a.discount == b.discount && a.taxRate == b.taxRate && a.createdBy == b.createdBy
        && a.changedBy == b.changedBy && a.extensions == b.extensions;
}

} // namespace

OrderLinesModel::OrderLinesModel(OrderBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    connect(book, &OrderBook::orderChanged, this, &OrderLinesModel::onOrderChanged);
    connect(book, &OrderBook::orderRemoved, this, &OrderLinesModel::onOrderRemoved);
}

void OrderLinesModel::setOrder(const QUuid &orderUid)
{
    beginResetModel();
    m_orderUid = orderUid;
    const Order *order = m_book->order(orderUid);
    m_lines = order ? order->lines : QList<OrderLine>();
    m_currency = order ? order->currency : QString();
    endResetModel();
}

QModelIndex OrderLinesModel::indexOfLine(const QUuid &lineUid, int column) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).uid == lineUid)
            return index(row, column);
    }
    return {};
}

QUuid OrderLinesModel::lineUidAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).uid : QUuid();
}

void OrderLinesModel::onOrderChanged(const QUuid &uid)
{
    if (uid != m_orderUid)
        return;
    if (const Order *order = m_book->order(uid))
        applyLines(order->lines);
}

void OrderLinesModel::onOrderRemoved(const QUuid &uid)
{
    if (uid == m_orderUid)
        setOrder(QUuid());
}

// Turns the old rows into the new ones with row-level signals, so a view keeps its
// selection and scroll position; falls back to a reset when lines were reordered.
void OrderLinesModel::applyLines(const QList<OrderLine> &lines)
{
    QHash<QUuid, int> newIndex;
    for (int i = 0; i < lines.size(); ++i)
        newIndex.insert(lines.at(i).uid, i);

    for (int row = m_lines.size() - 1; row >= 0; --row) {
        if (!newIndex.contains(m_lines.at(row).uid)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_lines.removeAt(row);
            endRemoveRows();
        }
    }
    QHash<QUuid, int> oldIndex;
    for (int i = 0; i < m_lines.size(); ++i)
        oldIndex.insert(m_lines.at(i).uid, i);
    int previous = -1;
    for (const OrderLine &line : lines) {
        const int at = oldIndex.value(line.uid, -1);
        if (at < 0)
            continue;
        if (at < previous) {
            beginResetModel();
            m_lines = lines;
            endResetModel();
            return;
        }
        previous = at;
    }
    for (int i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines.at(i);
        if (i < m_lines.size() && m_lines.at(i).uid == line.uid) {
            if (!sameContent(m_lines.at(i), line)) {
                m_lines[i] = line;
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows(QModelIndex(), i, i);
        m_lines.insert(i, line);
        endInsertRows();
    }
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_lines.size();
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderLinesModel::attribution(const OrderLine &line)
{
    QString text = tr("added by %1 (%2)").arg(line.createdBy.user, line.createdBy.terminal);
    if (line.changedBy != line.createdBy)
        text += tr(", edited by %1 (%2)").arg(line.changedBy.user, line.changedBy.terminal);
    return text;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLine &line = m_lines.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return line.productName;
        case QuantityColumn:
            return ReceiptText::quantity(line.quantity, locale);
        case UnitPriceColumn:
            return Money(line.unitPrice, m_currency).toString(locale);
        case DiscountColumn:
            return line.discount == 0 ? QString() : ReceiptText::percent(line.discount, locale);
        case TotalColumn:
            return Money(line.amounts().total, m_currency).toString(locale);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ProductColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case AttributionRole:
        return attribution(line);
    case ExtensionTextRole:
        return m_book->extensions() ? m_book->extensions()->lineText(line, ExtensionText::OrderWidget) : QStringList();
    case LineUidRole:
        return line.uid;
    default:
        return {};
    }
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Price");
    case DiscountColumn:
        return tr("Disc.");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}
