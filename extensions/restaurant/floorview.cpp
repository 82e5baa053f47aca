#include "floorview.h"

#include "extension.h"
#include "floorplan.h"
#include "money.h"
#include "orderbook.h"
#include "shareddocuments.h"
#include "tables.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
constexpr int Columns = 5;
}

FloorView::FloorView(ExtensionContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_hint(new QLabel(this))
    , m_floors(new QTabWidget(this))
{
    setObjectName(QStringLiteral("floorView"));
    setWindowTitle(tr("Floor plan"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Tables"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    top->addWidget(title, 1);
    auto *counter = new QPushButton(tr("Counter sale"), this);
    counter->setObjectName(QStringLiteral("counterSaleButton"));
    counter->setMinimumHeight(48);
    counter->setToolTip(tr("An order without a table"));
    top->addWidget(counter);
    layout->addLayout(top);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_floors->setObjectName(QStringLiteral("floors"));
    m_floors->setStyleSheet(QStringLiteral(
        "QPushButton { background: #e8f5e9; border: 1px solid #9e9e9e; border-radius: 8px; font-size: 13pt; }"
        "QPushButton[occupied=\"true\"] { background: #ffe0b2; }"));
    layout->addWidget(m_floors, 1);

    connect(counter, &QPushButton::clicked, this, [this] {
        // An untouched counter order is reused rather than piling up empty tabs.
        OrderBook *book = m_context->book();
        for (const QUuid &uid : book->orderUids()) {
            const Order *order = book->order(uid);
            if (order->isEmpty() && !order->published && Tables::tableOf(*order).isEmpty()) {
                m_context->showOrder(uid);
                return;
            }
        }
        const QUuid uid = book->createOrder();
        if (uid.isNull())
            m_context->showMessage(m_context->book()->lastError());
        else
            m_context->showOrder(uid);
    });
    OrderBook *book = context->book();
    for (auto signal : {&OrderBook::orderAdded, &OrderBook::orderChanged, &OrderBook::orderRemoved})
        connect(book, signal, this, &FloorView::refresh);
    connect(context->sharedDocuments(), &SharedDocuments::changed, this, [this](const QString &key) {
        if (key == FloorPlan::documentKey())
            rebuild();
    });
    rebuild();
}

void FloorView::rebuild()
{
    const int current = m_floors->currentIndex();
    while (m_floors->count() > 0) {
        QWidget *page = m_floors->widget(0);
        m_floors->removeTab(0);
        delete page;
    }
    m_buttons.clear();
    FloorPlan plan;
    QString error;
    const QJsonValue document = m_context->sharedDocuments()->value(FloorPlan::documentKey());
    if (document.isUndefined() || document.isNull()) {
        m_hint->setText(tr("No floors yet: a manager adds them in Settings → Restaurant."));
    } else if (!FloorPlan::fromJson(document, &plan, &error)) {
        m_hint->setText(tr("The shared floor plan cannot be read: %1").arg(error));
    } else {
        m_hint->clear();
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
    for (const FloorPlan::Floor &floor : std::as_const(plan.floors)) {
        auto *page = new QWidget(m_floors);
        auto *grid = new QGridLayout(page);
        grid->setSpacing(12);
        for (int i = 0; i < floor.tables.size(); ++i) {
            const QString table = floor.tables.at(i);
            auto *button = new QPushButton(page);
            button->setObjectName(QStringLiteral("table:") + table);
            button->setMinimumSize(140, 90);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
            button->setProperty("occupied", false);
            connect(button, &QPushButton::clicked, this, [this, table] { openTable(table); });
            grid->addWidget(button, i / Columns, i % Columns);
            m_buttons.insert(table, button);
        }
        grid->setRowStretch(grid->rowCount(), 1);
        m_floors->addTab(page, floor.name);
    }
    if (current >= 0 && current < m_floors->count())
        m_floors->setCurrentIndex(current);
    refresh();
}

void FloorView::refresh()
{
    const OrderBook *book = m_context->book();
    const QHash<QString, QUuid> occupied = Tables::occupied(*book);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const Order *order = book->order(occupied.value(it.key()));
        QString state = tr("Free");
        if (order) {
            const QString ticket = order->ticketNumber > 0 ? tr("#%1").arg(order->ticketNumber) : tr("New");
            const int guests = Tables::guestsOf(*order);
            state = guests > 0 ? tr("%1 · %n guest(s)", nullptr, guests).arg(ticket) : ticket;
            state += QLatin1Char('\n') + Money(order->total(), order->currency).toString(QLocale());
            if (Tables::unsentLines(*order) > 0)
                state += QLatin1Char('\n') + tr("%n unsent", nullptr, Tables::unsentLines(*order));
            if (!order->createdBy.terminal.isEmpty())
                state += QLatin1Char('\n') + order->createdBy.terminal;
        }
        QPushButton *button = it.value();
        button->setText(it.key() + QLatin1Char('\n') + state);
        // Every edit of any order lands here: restyle only a table whose state changed.
        if (button->property("occupied").toBool() != (order != nullptr)) {
            button->setProperty("occupied", order != nullptr);
            button->style()->unpolish(button);
            button->style()->polish(button);
        }
    }
}

void FloorView::openTable(const QString &table)
{
    OrderBook *book = m_context->book();
    const QUuid existing = Tables::occupied(*book).value(table);
    if (!existing.isNull()) {
        m_context->showOrder(existing);
        return;
    }
    int guests = 2;
    if (!m_context->askNumber(tr("Table %1").arg(table), tr("Number of guests:"), 1, Tables::MaxGuests, &guests))
        return;
    QString error;
    const QUuid uid = Tables::open(book, table, guests, &error);
    if (uid.isNull())
        m_context->showMessage(error);
    else
        m_context->showOrder(uid);
}
