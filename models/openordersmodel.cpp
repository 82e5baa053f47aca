#include "openordersmodel.h"

#include "extensionregistry.h"
#include "money.h"
#include "orderbook.h"

#include <QLocale>

OpenOrdersModel::OpenOrdersModel(OrderBook *book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(book)
    , m_uids(book->orderUids())
{
    connect(book, &OrderBook::orderAdded, this, &OpenOrdersModel::onOrderAdded);
    connect(book, &OrderBook::orderChanged, this, &OpenOrdersModel::onOrderChanged);
    connect(book, &OrderBook::orderRemoved, this, &OpenOrdersModel::onOrderRemoved);
}

int OpenOrdersModel::rowOf(const QUuid &uid) const
{
    return m_uids.indexOf(uid);
}

QUuid OpenOrdersModel::uidAt(int row) const
{
    return row >= 0 && row < m_uids.size() ? m_uids.at(row) : QUuid();
}

void OpenOrdersModel::onOrderAdded(const QUuid &uid)
{
    if (m_uids.contains(uid))
        return;
    const int row = m_book->orderUids().indexOf(uid);
    const int at = row < 0 || row > m_uids.size() ? m_uids.size() : row;
    beginInsertRows(QModelIndex(), at, at);
    m_uids.insert(at, uid);
    endInsertRows();
}

void OpenOrdersModel::onOrderChanged(const QUuid &uid)
{
    const int row = rowOf(uid);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

void OpenOrdersModel::onOrderRemoved(const QUuid &uid)
{
    const int row = rowOf(uid);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_uids.removeAt(row);
    endRemoveRows();
}

int OpenOrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_uids.size();
}

QVariant OpenOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order *order = m_book->order(m_uids.at(index.row()));
    if (!order)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QString number = order->ticketNumber > 0 ? tr("#%1").arg(order->ticketNumber) : tr("New");
        if (const ExtensionRegistry *extensions = m_book->extensions()) {
            const QStringList tags = extensions->orderTags(*order);
            if (!tags.isEmpty())
                number = tr("%1 · %2").arg(number, tags.join(QLatin1Char(' ')));
        }
        // Orders started on another terminal say where they came from.
        if (!order->createdBy.terminal.isEmpty() && order->createdBy.terminal != m_book->context().actor.terminal)
            return tr("%1 · %2").arg(number, order->createdBy.terminal);
        return number;
    }
    case Qt::ToolTipRole:
        return tr("%1 · %n line(s) · %2", nullptr, order->lines.size())
            .arg(order->receiptReference, Money(order->total(), order->currency).toString(QLocale()));
    case OrderUidRole:
        return order->uid;
    case TicketNumberRole:
        return order->ticketNumber;
    case TotalRole:
        return order->total();
    case LineCountRole:
        return static_cast<int>(order->lines.size());
    default:
        return {};
    }
}
