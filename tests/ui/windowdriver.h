#pragma once

#include "mainwindow.h"
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
