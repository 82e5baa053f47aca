#pragma once

#include "mainwindow.h"
#include "order.h"
#include "productpanel.h"

#include <QAbstractItemModel>
#include <QListView>
#include <QPointingDevice>
#include <QTest>
#include <QWindow>

// How a cashier's finger reaches the screen.
enum class Input { Mouse, Touch };

// One tap on `widget` at `pos`, `gapMs` after the previous tap, delivered through the
// window system as a real screen delivers it: a second tap on the same spot within the
// double-click interval arrives as a double click. QTest alone moves its clock past that
// interval after every click, which hides exactly the taps a busy cashier makes.
inline void tap(QWidget *widget, QPoint pos = QPoint(), int gapMs = 50, Input input = Input::Mouse)
{
    if (pos.isNull())
        pos = widget->rect().center();
    QWindow *window = widget->window()->windowHandle();
    const QPoint at = window->mapFromGlobal(widget->mapToGlobal(pos));
    if (input == Input::Touch) {
        static QPointingDevice *const finger = QTest::createTouchDevice();
        // Touch events carry the real clock, so the gap is waited for.
        QTest::qWait(gapMs);
        QTest::touchEvent(window, finger).press(0, at, window);
        QTest::touchEvent(window, finger).release(0, at, window);
        return;
    }
    QTest::mousePress(window, Qt::LeftButton, {}, at, gapMs);
    QTest::mouseRelease(window, Qt::LeftButton, {}, at, 1);
    QTest::lastMouseTimestamp -= QTest::mouseDoubleClickInterval;
}

// Taps the product tile with this name; false when there is none.
inline bool tapProduct(MainWindow *window, const QString &name, int gapMs = 50, Input input = Input::Mouse)
{
    QListView *grid = window->productPanel()->grid();
    const QModelIndexList found = grid->model()->match(grid->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                       Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    // A cashier taps what is on screen: the grid as laid out for its current width.
    grid->doItemsLayout();
    grid->scrollTo(found.first());
    tap(grid->viewport(), grid->visualRect(found.first()).center(), gapMs, input);
    return true;
}

inline bool clickProduct(MainWindow *window, const QString &name)
{
    return tapProduct(window, name);
}

// An order Bob made on the Terrace, as the server sends it: its ticket, one unit of one product.
inline Order terraceOrder(int ticket, const QString &productId, const QString &productName, qint64 unitPrice)
{
    Order order;
    order.uid = QUuid::createUuid();
    order.receiptReference = QStringLiteral("TER/%1").arg(ticket);
    order.ticketNumber = ticket;
    order.currency = QStringLiteral("EUR");
    order.revision = 3;
    order.createdBy = {QStringLiteral("Bob"), QStringLiteral("Terrace")};
    order.changedBy = order.createdBy;
    order.createdAt = QDateTime::currentDateTimeUtc();
    order.changedAt = order.createdAt;
    OrderLine line;
    line.uid = QUuid::createUuid();
    line.productId = productId;
    line.productName = productName;
    line.unitPrice = unitPrice;
    line.taxRate = 1900;
    line.quantity = 1000;
    line.createdBy = order.createdBy;
    line.changedBy = order.createdBy;
    order.lines = {line};
    return order;
}
