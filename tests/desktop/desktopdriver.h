#pragma once

// Drives the real programs as a cashier would, for the desktop tests: an Xvfb screen,
// tandem-pos processes on it tapped and typed at through xdotool, and what they hold
// read back from their UI maps (--ui-map), their SQLite stores and a real tandem-syncd.
// Every wait polls for a state with a deadline; the only sleeps are the gaps a cashier
// leaves between taps.

#include "../e2e/syncdprocess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPoint>
#include <QProcess>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>
#include <memory>

#ifndef TANDEM_POS
#error "TANDEM_POS must name the tandem-pos binary"
#endif

namespace Desktop {

// Two busy cores, a sanitized build and a screen that repaints on its own timer: generous,
// never part of a verdict (a terminal restarted after kill -9 under ASan took over 20 s).
constexpr int WaitMs = 60000;
// A terminal retries over a window that doubles up to 30 s, chosen at random.
constexpr int ReconnectMs = 70000;

// Each terminal's window; Bar at the left of the screen, Terrace beside it.
extern const QSize WindowSize;

quint16 freePort();

// One named widget as the UI map reports it, in screen coordinates.
struct Widget
{
    QString window;
    QString name;
    QString text;
    QRect rect;
    bool enabled = false;
    bool current = false;

    bool isNull() const { return name.isEmpty(); }
};

struct Window
{
    QString title;
    QString className;
    bool modal = false;
    QList<Widget> widgets;
};

// A terminal's screen as its UI map file last said.
class Screen
{
public:
    static Screen read(const QString &mapPath);

    bool hasWindow(const QString &title) const;
    bool hasWindowOfClass(const QString &className) const;
    // The first widget of that name, in any window or in the one titled `window`.
    Widget widget(const QString &name, const QString &window = {}) const;
    bool shows(const QString &name) const { return !widget(name).isNull(); }
    QString text(const QString &name) const { return widget(name).text; }
    QList<Widget> widgetsStartingWith(const QString &prefix) const;
    // Every text a window shows, one per line: what a cashier can read in a dialog.
    QString textsOf(const QString &windowTitle) const;
    // Windows and widgets in a few lines, for failure messages.
    QString describe() const;

private:
    QList<Window> m_windows;
};

// An Xvfb server on a display number of its own, and xdotool aimed at it.
class XServer final
{
    Q_DISABLE_COPY_MOVE(XServer)

public:
    XServer() = default;
    ~XServer();

    // Fails (never skips) when Xvfb or xdotool is missing.
    bool start();
    QString lastError() const { return m_lastError; }
    QString display() const { return m_display; }

    // One xdotool invocation; chained commands inside it keep their real gaps.
    bool xdotool(const QStringList &arguments, QByteArray *out = nullptr);
    // The X window of process `pid` titled `title`; 0 when it has none on screen.
    qulonglong window(qint64 pid, const QString &title);

private:
    QProcess m_process;
    QString m_xdotool;
    QString m_display;
    QString m_lastError;
};

// A tap on a named widget and the gap before the next one.
struct Tap
{
    QString name;
    int gapMs = 0;
};

struct TillSetup
{
    QString name;
    QString code;
    QString cashier;
    QByteArray token;
    QPoint origin;
    // ADDRESS:PORT: the terminal hosts the server there (--host-sync) instead of using a token.
    QString hostSync;
};

struct StoredLine
{
    QString productId;
    qint64 quantity = 0;
};

// An order as a store or the server holds it, reduced to what the scenarios judge.
struct OrderFacts
{
    QUuid uid;
    QString state;
    bool abandoned = false;
    QString receiptNumber;
    int ticket = 0;
    QString table;
    QList<StoredLine> lines;
    int payments = 0;

    static OrderFacts fromServer(const QJsonObject &order);
    qint64 quantityOf(const QString &productId) const;
    qint64 items() const;
    QString describe() const;
};

QString describe(const QList<OrderFacts> &orders);
const OrderFacts *find(const QList<OrderFacts> &orders, const QUuid &uid);
QList<OrderFacts> openAtTable(const QList<OrderFacts> &orders, const QString &table);

// A terminal's SQLite store, opened read-only (the terminal may still be running).
struct StoreContents
{
    QList<OrderFacts> orders;
    int outbox = 0;
};
bool readStore(const QString &path, StoreContents *contents, QString *error);

// One tandem-pos process with its own profile, window position and UI map.
class Till final
{
    Q_DISABLE_COPY_MOVE(Till)

public:
    Till(XServer *x, const QString &profile, const TillSetup &setup, quint16 serverPort);
    ~Till();

    QString name() const { return m_setup.name; }
    QString lastError() const { return m_lastError; }
    QString storePath() const;
    QString profile() const { return m_profile; }

    // Starts the program and waits for its first screen, online.
    bool start();
    // Ctrl+Q, then a clean exit.
    bool quit();
    // kill -9: no chance to flush anything.
    void crash();

    Screen screen() const;
    bool waitUntil(const QString &what, const std::function<bool(const Screen &)> &done);
    // Waits for `done` and fails at once if `never` is seen on the way, or for `watchMs` after.
    bool waitWatching(const QString &what, const std::function<bool(const Screen &)> &done,
                      const QString &forbidden, const std::function<bool(const Screen &)> &never, int watchMs);
    bool waitForText(const QString &name, const QString &text);
    bool waitForStore(const QString &what, const std::function<bool(const StoreContents &)> &done,
                      int timeoutMs = WaitMs);

    // Taps the widget's centre once it is on screen (and enabled, unless told otherwise).
    bool tap(const QString &name, const QString &window = {}, bool mustBeEnabled = true);
    // Taps in one xdotool run, each followed by its own gap.
    bool tapQuickly(const QList<Tap> &taps);
    // Keys to the main window (xdotool names: "F12", "ctrl+q", "alt+s").
    bool press(const QStringList &keys);
    // Opens a menu by its Alt key and takes an item by its mnemonic.
    bool chooseMenuItem(const QString &menuKey, const QString &itemKey);
    // Waits for the dialog titled `title` (and showing `asking`, which tells apart dialogs of
    // the same title that follow each other), types `typed` into it and presses Return.
    bool answer(const QString &title, const QString &typed = {}, const QString &asking = {});
    // The X window of this terminal titled `title`, waited for; 0 when it never shows.
    qulonglong xWindow(const QString &title);

private:
    bool fail(const QString &message);
    bool failWithScreen(const QString &message, const Screen &screen);
    bool isRunning() const;
    bool stillRunning(const QString &what);

    XServer *m_x;
    QString m_profile;
    QString m_mapPath;
    TillSetup m_setup;
    quint16 m_serverPort;
    std::unique_ptr<QProcess> m_process;
    QString m_lastError;
};

// A shop: a real tandem-syncd on a port of its own with the demo floor plan, and its two
// terminals, Bar (left half of the screen) and Terrace (right half), not yet started.
class Shop final
{
    Q_DISABLE_COPY_MOVE(Shop)

public:
    explicit Shop(XServer *x);
    ~Shop();

    bool setUp();
    QString lastError() const { return m_lastError; }

    Till &bar() { return *m_bar; }
    Till &terrace() { return *m_terrace; }

    // kill -9 of the server; the terminals' connections break at once.
    void killServer();
    // The server again, on the same port the terminals know.
    bool restartServer();

    // On `till`: taps a free table, accepts the guest count, taps a product tile; then waits
    // for the server to hold the table's order with that product (`productId`).
    bool openTable(Till &till, const QString &table, const QString &tile, const QString &productId, OrderFacts *order);
    // Both terminals at the same moment, a few milliseconds apart: one xdotool run.
    bool tapOnBoth(const QString &name);
    bool answerOnBoth(const QString &title);

    bool openOrders(QList<OrderFacts> *orders);
    bool closedOrders(QList<OrderFacts> *orders);
    bool waitForOpenOrders(const QString &what, const std::function<bool(const QList<OrderFacts> &)> &done,
                           int timeoutMs = WaitMs);

private:
    bool fail(const QString &message);
    bool ordersFrom(const QByteArray &target, QList<OrderFacts> *orders);

    XServer *m_x;
    QTemporaryDir m_dir;
    SyncdTest::SyncdServer m_server;
    QList<SyncdTest::Terminal> m_tokens;
    quint16 m_port = 0;
    std::unique_ptr<Till> m_bar;
    std::unique_ptr<Till> m_terrace;
    QString m_lastError;
};

}
