#include "tablecontrol.h"

#include "extension.h"
#include "floorplan.h"
#include "orderbook.h"
#include "restaurantextension.h"
#include "shareddocuments.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QPushButton>

TableControl::TableControl(ExtensionContext *context, RestaurantExtension *restaurant, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_restaurant(restaurant)
    , m_table(new QPushButton(this))
    , m_guests(new QPushButton(this))
    , m_send(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("tableButton"));
    m_guests->setObjectName(QStringLiteral("guestsButton"));
    m_send->setObjectName(QStringLiteral("sendToKitchenButton"));
    for (QPushButton *button : {m_table, m_guests, m_send}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(40);
        layout->addWidget(button, 1);
    }
    connect(m_table, &QPushButton::clicked, this, &TableControl::moveOrder);
    connect(m_guests, &QPushButton::clicked, this, &TableControl::changeGuests);
    connect(m_send, &QPushButton::clicked, this, &TableControl::sendToKitchen);
    OrderBook *book = context->book();
    connect(context, &ExtensionContext::currentOrderChanged, this, &TableControl::refresh);
    connect(book, &OrderBook::orderChanged, this, [this](const QUuid &uid) {
        if (uid == m_context->currentOrder())
            refresh();
    });
    refresh();
}

void TableControl::refresh()
{
    const Order *order = m_context->book()->order(m_context->currentOrder());
    const QString table = order ? Tables::tableOf(*order) : QString();
    m_table->setText(table.isEmpty() ? tr("Table…") : tr("Table %1…").arg(table));
    m_table->setToolTip(tr("Bind the order to a table or move it to another one"));
    const int guests = order ? Tables::guestsOf(*order) : 0;
    m_guests->setText(guests > 0 ? tr("%n guest(s)…", nullptr, guests) : tr("Guests…"));
    const int unsent = order ? Tables::unsentLines(*order) : 0;
    m_send->setText(unsent > 0                  ? tr("Send to kitchen (%1)").arg(unsent)
                         : order && !order->isEmpty() ? tr("All sent to kitchen")
                                                      : tr("Send to kitchen"));
    m_send->setEnabled(unsent > 0);
    // A counter sale has no guests and never goes to the kitchen.
    m_guests->setVisible(!table.isEmpty());
    m_send->setVisible(!table.isEmpty());
}

void TableControl::moveOrder()
{
    OrderBook *book = m_context->book();
    const QUuid orderUid = m_context->currentOrder();
    if (!m_context->mayChange(orderUid))
        return;
    FloorPlan plan;
    QString error;
    if (!FloorPlan::fromJson(m_context->sharedDocuments()->value(FloorPlan::documentKey()), &plan, &error)
        || plan.isEmpty()) {
        m_context->showMessage(tr("There are no tables yet: a manager sets up the floors in the settings."));
        return;
    }
    const QHash<QString, QUuid> occupied = Tables::occupied(*book);
    QStringList free;
    for (const QString &table : plan.allTables()) {
        if (!occupied.contains(table))
            free << table;
    }
    if (free.isEmpty()) {
        m_context->showMessage(tr("Every table is occupied."));
        return;
    }
    QString table = free.first();
    if (!m_context->askChoice(tr("Move order"), tr("Move the order to table:"), free, &table))
        return;
    if (!Tables::move(book, orderUid, table, &error))
        m_context->showMessage(error);
}

void TableControl::changeGuests()
{
    OrderBook *book = m_context->book();
    const QUuid orderUid = m_context->currentOrder();
    if (!m_context->mayChange(orderUid))
        return;
    const Order *order = book->order(orderUid);
    int guests = qMax(1, Tables::guestsOf(*order));
    QString error;
    if (m_context->askNumber(tr("Guests"), tr("Number of guests:"), 1, Tables::MaxGuests, &guests)
        && !Tables::setGuests(book, orderUid, guests, &error))
        m_context->showMessage(error);
}

void TableControl::sendToKitchen()
{
    m_restaurant->sendToKitchen(m_context, m_context->currentOrder());
}
