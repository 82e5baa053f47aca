#include "desktopdriver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <algorithm>

namespace Desktop {

const QSize WindowSize(960, 760);

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

namespace {

constexpr int PollMs = 50;
// How long a finger rests on the glass during a tap.
constexpr int HoldMs = 40;
QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
}

QString sleepArgument(int ms)
{
    return QString::number(ms / 1000.0, 'f', 3);
}

// xdotool commands for one tap and the pause after it. No --sync on the move: it waits
// forever when the pointer is already there, and X keeps the move before the press anyway.
QStringList tapAt(const QPoint &point, int gapMs = 0)
{
    QStringList arguments{QStringLiteral("mousemove"), QString::number(point.x()), QString::number(point.y()),
                          QStringLiteral("mousedown"), QStringLiteral("1"), QStringLiteral("sleep"),
                          sleepArgument(HoldMs), QStringLiteral("mouseup"), QStringLiteral("1")};
    if (gapMs > 0)
        arguments << QStringLiteral("sleep") << sleepArgument(gapMs);
    return arguments;
}

// xdotool matches titles with POSIX extended expressions.
QString posixEscaped(const QString &text)
{
    static const QString special = QStringLiteral(".[]()*+?{}|^$\\");
    QString out;
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString shortText(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text.size() > 80 ? text.left(77) + QStringLiteral("...") : text;
}

} // namespace

Screen Screen::read(const QString &mapPath)
{
    Screen screen;
    QFile file(mapPath);
    // The terminal replaces the file in one rename: it is whole or absent, never half written.
    if (!file.open(QIODevice::ReadOnly))
        return screen;
    const QJsonObject map = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &windowValue : map.value(QStringLiteral("windows")).toArray()) {
        const QJsonObject windowObject = windowValue.toObject();
        Window window;
        window.title = windowObject.value(QStringLiteral("title")).toString();
        window.className = windowObject.value(QStringLiteral("class")).toString();
        window.modal = windowObject.value(QStringLiteral("modal")).toBool();
        for (const QJsonValue &widgetValue : windowObject.value(QStringLiteral("widgets")).toArray()) {
            const QJsonObject object = widgetValue.toObject();
            Widget widget;
            widget.window = window.title;
            widget.name = object.value(QStringLiteral("name")).toString();
            widget.text = object.value(QStringLiteral("text")).toString();
            widget.rect = QRect(object.value(QStringLiteral("x")).toInt(), object.value(QStringLiteral("y")).toInt(),
                                object.value(QStringLiteral("w")).toInt(), object.value(QStringLiteral("h")).toInt());
            widget.enabled = object.value(QStringLiteral("enabled")).toBool();
            widget.current = object.value(QStringLiteral("current")).toBool();
            window.widgets.append(widget);
        }
        screen.m_windows.append(window);
    }
    return screen;
}

bool Screen::hasWindow(const QString &title) const
{
    return std::any_of(m_windows.cbegin(), m_windows.cend(),
                       [&](const Window &window) { return window.title == title; });
}

bool Screen::hasWindowOfClass(const QString &className) const
{
    return std::any_of(m_windows.cbegin(), m_windows.cend(),
                       [&](const Window &window) { return window.className == className; });
}

Widget Screen::widget(const QString &name, const QString &window) const
{
    for (const Window &each : m_windows) {
        if (!window.isEmpty() && each.title != window)
            continue;
        for (const Widget &widget : each.widgets) {
            if (widget.name == name)
                return widget;
        }
    }
    return {};
}

QList<Widget> Screen::widgetsStartingWith(const QString &prefix) const
{
    QList<Widget> out;
    for (const Window &window : m_windows) {
        for (const Widget &widget : window.widgets) {
            if (widget.name.startsWith(prefix))
                out.append(widget);
        }
    }
    return out;
}

QString Screen::textsOf(const QString &windowTitle) const
{
    QStringList texts;
    for (const Window &window : m_windows) {
        if (window.title != windowTitle)
            continue;
        for (const Widget &widget : window.widgets) {
            if (!widget.text.isEmpty())
                texts << widget.text;
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QString Screen::describe() const
{
    if (m_windows.isEmpty())
        return QStringLiteral("(no UI map yet)");
    QStringList out;
    for (const Window &window : m_windows) {
        out << QStringLiteral("window \"%1\" (%2%3):").arg(window.title, window.className,
                                                          window.modal ? QStringLiteral(", modal") : QString());
        int keys = 0;
        for (const Widget &widget : window.widgets) {
            // Tiles and keys say nothing a failure needs, beyond whether they are there.
            static const QRegularExpression tileOrKey(QStringLiteral("^(product:|numpad_|category_|key_)"));
            if (widget.name.contains(tileOrKey)) {
                ++keys;
                continue;
            }
            out << QStringLiteral("  %1%2%3%4")
                       .arg(widget.name, widget.enabled ? QString() : QStringLiteral(" (disabled)"),
                            widget.text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(shortText(widget.text)),
                            widget.current ? QStringLiteral(" (current)") : QString());
        }
        if (keys > 0)
            out << QStringLiteral("  and %1 product tiles and keys").arg(keys);
    }
    return out.join(QLatin1Char('\n'));
}

XServer::~XServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool XServer::start()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    m_xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    QStringList missing;
    if (xvfb.isEmpty())
        missing << QStringLiteral("Xvfb (Debian package xvfb)");
    if (m_xdotool.isEmpty())
        missing << QStringLiteral("xdotool");
    if (!missing.isEmpty()) {
        m_lastError = QStringLiteral("The desktop tests drive the real terminals on an Xvfb screen through xdotool, "
                                     "and %1 cannot be found. ./tandem.sh test installs them; by hand: "
                                     "apt-get install xvfb xdotool")
                          .arg(missing.join(QStringLiteral(" and ")));
        return false;
    }
    // -displayfd: the server takes the first free display number and says which, so
    // parallel test runs and a desktop session never collide.
    m_process.setProgram(xvfb);
    m_process.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                            QStringLiteral("0"), QStringLiteral("1920x1080x24"), QStringLiteral("-nolisten"),
                            QStringLiteral("tcp")});
    m_process.start();
    if (!m_process.waitForStarted(WaitMs)) {
        m_lastError = QStringLiteral("cannot start Xvfb: ") + m_process.errorString();
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(WaitMs);
    while (!out.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        out += m_process.readAllStandardOutput();
    }
    bool ok = false;
    const int number = out.trimmed().toInt(&ok);
    if (!ok) {
        m_lastError = QStringLiteral("Xvfb did not tell its display number; it said: ")
            + QString::fromLocal8Bit(out + m_process.readAllStandardError());
        return false;
    }
    m_display = QStringLiteral(":%1").arg(number);
    if (!xdotool({QStringLiteral("getmouselocation")})) {
        m_lastError = QStringLiteral("xdotool cannot reach Xvfb on %1: %2").arg(m_display, m_lastError);
        return false;
    }
    return true;
}

bool XServer::xdotool(const QStringList &arguments, QByteArray *out)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    process.setProcessEnvironment(environment);
    process.start(m_xdotool, arguments);
    if (!process.waitForFinished(WaitMs)) {
        process.kill();
        process.waitForFinished(WaitMs);
        m_lastError = QStringLiteral("xdotool %1 did not finish in %2")
                          .arg(arguments.join(QLatin1Char(' ')), seconds(WaitMs));
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lastError = QStringLiteral("xdotool %1 failed (exit %2): %3")
                          .arg(arguments.join(QLatin1Char(' ')))
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

qulonglong XServer::window(qint64 pid, const QString &title)
{
    // Qt names a window "<title> — <application display name>" on X11.
    const QString pattern = QLatin1Char('^') + posixEscaped(title) + QStringLiteral("( [^ ]+ Tandem POS)?$");
    QByteArray out;
    // Without --all, xdotool takes windows matching the pid OR the name.
    if (!xdotool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"),
                  QStringLiteral("--pid"), QString::number(pid), QStringLiteral("--name"), pattern},
                 &out))
        return 0;
    const QList<QByteArray> ids = out.trimmed().split('\n');
    return ids.last().trimmed().toULongLong();
}

OrderFacts OrderFacts::fromServer(const QJsonObject &order)
{
    OrderFacts facts;
    facts.uid = QUuid::fromString(order.value(QStringLiteral("uid")).toString());
    facts.state = order.value(QStringLiteral("state")).toString();
    facts.abandoned = order.value(QStringLiteral("abandoned")).toBool();
    facts.receiptNumber = order.value(QStringLiteral("receipt_number")).toString();
    facts.ticket = order.value(QStringLiteral("ticket")).toInt();
    facts.table = order.value(QStringLiteral("ext")).toObject().value(QStringLiteral("restaurant.table")).toString();
    for (const QJsonValue &line : order.value(QStringLiteral("lines")).toArray()) {
        facts.lines.append({line.toObject().value(QStringLiteral("product_id")).toString(),
                            line.toObject().value(QStringLiteral("quantity")).toInteger()});
    }
    facts.payments = int(order.value(QStringLiteral("payments")).toArray().size());
    return facts;
}

qint64 OrderFacts::quantityOf(const QString &productId) const
{
    qint64 sum = 0;
    for (const StoredLine &line : lines) {
        if (line.productId == productId)
            sum += line.quantity;
    }
    return sum;
}

qint64 OrderFacts::items() const
{
    qint64 sum = 0;
    for (const StoredLine &line : lines)
        sum += line.quantity;
    return sum;
}

QString OrderFacts::describe() const
{
    QStringList lineTexts;
    for (const StoredLine &line : lines)
        lineTexts << QStringLiteral("%1 x%2").arg(line.productId).arg(line.quantity);
    return QStringLiteral("%1 %2%3 ticket %4 receipt \"%5\" table \"%6\" lines [%7] payments %8")
        .arg(uid.toString(QUuid::WithoutBraces).left(8), state, abandoned ? QStringLiteral(" (abandoned)") : QString())
        .arg(ticket)
        .arg(receiptNumber, table, lineTexts.join(QStringLiteral(", ")))
        .arg(payments);
}

QString describe(const QList<OrderFacts> &orders)
{
    if (orders.isEmpty())
        return QStringLiteral("(no orders)");
    QStringList out;
    for (const OrderFacts &order : orders)
        out << order.describe();
    return out.join(QLatin1Char('\n'));
}

const OrderFacts *find(const QList<OrderFacts> &orders, const QUuid &uid)
{
    for (const OrderFacts &order : orders) {
        if (order.uid == uid)
            return &order;
    }
    return nullptr;
}

QList<OrderFacts> openAtTable(const QList<OrderFacts> &orders, const QString &table)
{
    QList<OrderFacts> out;
    for (const OrderFacts &order : orders) {
        if (order.state == QLatin1String("open") && order.table == table)
            out.append(order);
    }
    return out;
}

namespace {

bool readTables(QSqlDatabase &db, StoreContents *contents, QString *error)
{
    QSqlQuery orders(db);
    QSqlQuery lines(db);
    QSqlQuery payments(db);
    QSqlQuery outbox(db);
    const auto run = [&](QSqlQuery &query, const QString &sql) {
        if (query.exec(sql))
            return true;
        *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
        return false;
    };
    if (!run(orders, QStringLiteral("SELECT uid, state, abandoned, receipt_number, ticket_number, extensions "
                                    "FROM orders ORDER BY rowid"))
        || !run(lines, QStringLiteral("SELECT order_uid, product_id, quantity FROM order_lines "
                                      "ORDER BY order_uid, position"))
        || !run(payments, QStringLiteral("SELECT order_uid, COUNT(*) FROM payments GROUP BY order_uid"))
        || !run(outbox, QStringLiteral("SELECT COUNT(*) FROM outbox")))
        return false;
    while (orders.next()) {
        OrderFacts order;
        order.uid = QUuid::fromString(orders.value(0).toString());
        order.state = orders.value(1).toString();
        order.abandoned = orders.value(2).toBool();
        order.receiptNumber = orders.value(3).toString();
        order.ticket = orders.value(4).toInt();
        const QJsonObject extensions = QJsonDocument::fromJson(orders.value(5).toString().toUtf8()).object();
        order.table = extensions.value(QStringLiteral("restaurant.table")).toString();
        contents->orders.append(order);
    }
    const auto orderOf = [&](const QVariant &uid) -> OrderFacts * {
        const QUuid wanted = QUuid::fromString(uid.toString());
        for (OrderFacts &order : contents->orders) {
            if (order.uid == wanted)
                return &order;
        }
        return nullptr;
    };
    while (lines.next()) {
        if (OrderFacts *order = orderOf(lines.value(0)))
            order->lines.append({lines.value(1).toString(), lines.value(2).toLongLong()});
    }
    while (payments.next()) {
        if (OrderFacts *order = orderOf(payments.value(0)))
            order->payments = payments.value(1).toInt();
    }
    if (outbox.next())
        contents->outbox = outbox.value(0).toInt();
    return true;
}

} // namespace

bool readStore(const QString &path, StoreContents *contents, QString *error)
{
    *contents = {};
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("no store at ") + path;
        return false;
    }
    const QString connection = QStringLiteral("desktop-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Read-only, so a running terminal's store is never touched; it may be writing.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        } else if (!db.transaction()) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, db.lastError().text());
        } else {
            // One read transaction: orders, lines and payments of the same moment.
            ok = readTables(db, contents, error);
            db.rollback();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

Till::Till(XServer *x, const QString &profile, const TillSetup &setup, quint16 serverPort)
    : m_x(x)
    , m_profile(profile)
    , m_mapPath(profile + QStringLiteral(".uimap.json"))
    , m_setup(setup)
    , m_serverPort(serverPort)
{
}

Till::~Till()
{
    crash();
}

QString Till::storePath() const
{
    return QDir(m_profile).filePath(QStringLiteral("terminal.sqlite"));
}

bool Till::isRunning() const
{
    if (!m_process)
        return false;
    // Without an event loop the child's end is only noticed when asked for.
    if (m_process->state() == QProcess::Running)
        m_process->waitForFinished(0);
    return m_process->state() == QProcess::Running;
}

bool Till::start()
{
    crash();
    // A map left by the last run would describe a screen that is gone.
    QFile::remove(m_mapPath);
    // Its own home: nothing from the machine's desktop session or an earlier run leaks in.
    const QString home = m_profile + QStringLiteral(".home");
    const QString runtime = home + QStringLiteral("/runtime");
    for (const QString &dir : {runtime, home + QStringLiteral("/config"), home + QStringLiteral("/data"),
                               home + QStringLiteral("/cache")}) {
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("cannot create ") + dir);
    }
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_x->display());
    // The test itself runs offscreen; the terminal draws on Xvfb so that xdotool can tap it.
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    // English texts and C number formats, whatever the machine's locale.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("SESSION_MANAGER"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    m_process->setProgram(QStringLiteral(TANDEM_POS));
    const QStringList sync = m_setup.hostSync.isEmpty()
        ? QStringList{QStringLiteral("--sync-server"), QStringLiteral("http://127.0.0.1:%1").arg(m_serverPort),
                      QStringLiteral("--sync-token"), QString::fromLatin1(m_setup.token)}
        : QStringList{QStringLiteral("--host-sync"), m_setup.hostSync};
    m_process->setArguments(QStringList{QStringLiteral("--profile"), m_profile, QStringLiteral("--terminal-name"),
                                        m_setup.name, QStringLiteral("--terminal-code"), m_setup.code,
                                        QStringLiteral("--cashier"), m_setup.cashier, QStringLiteral("--extensions"),
                                        QStringLiteral("notes,restaurant")}
                            + sync
                            + QStringList{QStringLiteral("--ui-map"), m_mapPath, QStringLiteral("-qwindowgeometry"),
                                          QStringLiteral("%1x%2+%3+%4")
                                              .arg(WindowSize.width())
                                              .arg(WindowSize.height())
                                              .arg(m_setup.origin.x())
                                              .arg(m_setup.origin.y())});
    m_process->start();
    if (!m_process->waitForStarted(WaitMs))
        return fail(QStringLiteral("cannot start tandem-pos: ") + m_process->errorString());
    const auto ready = [](const Screen &screen) {
        return (screen.shows(QStringLiteral("floorView")) || screen.shows(QStringLiteral("salePage")))
            && screen.text(QStringLiteral("connectionIndicator")) == QLatin1String("Online");
    };
    return waitUntil(QStringLiteral("its first screen, online"), ready);
}

bool Till::quit()
{
    if (!press({QStringLiteral("ctrl+q")}))
        return false;
    if (!m_process->waitForFinished(WaitMs)) {
        const Screen last = screen();
        crash();
        return failWithScreen(QStringLiteral("did not quit within %1 of Ctrl+Q").arg(seconds(WaitMs)), last);
    }
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0)
        return fail(QStringLiteral("quit with exit code %1%2")
                        .arg(m_process->exitCode())
                        .arg(m_process->exitStatus() == QProcess::CrashExit ? QStringLiteral(" (crashed)")
                                                                             : QString()));
    return true;
}

void Till::crash()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(WaitMs);
}

Screen Till::screen() const
{
    return Screen::read(m_mapPath);
}

bool Till::waitUntil(const QString &what, const std::function<bool(const Screen &)> &done)
{
    const QDeadlineTimer deadline(WaitMs);
    for (;;) {
        const Screen now = screen();
        if (done(now))
            return true;
        if (!stillRunning(what))
            return false;
        if (deadline.hasExpired())
            return failWithScreen(QStringLiteral("waited %1 for %2").arg(seconds(WaitMs), what), now);
        QThread::msleep(PollMs);
    }
}

bool Till::waitWatching(const QString &what, const std::function<bool(const Screen &)> &done, const QString &forbidden,
                        const std::function<bool(const Screen &)> &never, int watchMs)
{
    QDeadlineTimer deadline(WaitMs);
    bool reached = false;
    for (;;) {
        const Screen now = screen();
        if (never(now))
            return failWithScreen(QStringLiteral("showed %1 while waiting for %2").arg(forbidden, what), now);
        if (!reached && done(now)) {
            reached = true;
            // The map is rewritten every ~100 ms: several of them must show nothing forbidden either.
            deadline.setRemainingTime(watchMs);
        }
        if (!stillRunning(what))
            return false;
        if (deadline.hasExpired())
            return reached || failWithScreen(QStringLiteral("waited %1 for %2").arg(seconds(WaitMs), what), now);
        QThread::msleep(PollMs);
    }
}

bool Till::waitForText(const QString &name, const QString &text)
{
    return waitUntil(QStringLiteral("%1 to say \"%2\"").arg(name, text),
                     [&](const Screen &screen) { return screen.text(name) == text; });
}

bool Till::waitForStore(const QString &what, const std::function<bool(const StoreContents &)> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        StoreContents contents;
        QString error;
        const bool read = readStore(storePath(), &contents, &error);
        if (read && done(contents))
            return true;
        if (deadline.hasExpired()) {
            qWarning("%s's store after %s: %s", qUtf8Printable(m_setup.name), qUtf8Printable(seconds(timeoutMs)),
                     qUtf8Printable(read ? Desktop::describe(contents.orders) : error));
            return fail(QStringLiteral("waited %1 for its store to hold %2 (what it holds is in the log above)")
                            .arg(seconds(timeoutMs), what));
        }
        QThread::msleep(PollMs);
    }
}

bool Till::tap(const QString &name, const QString &window, bool mustBeEnabled)
{
    Widget target;
    const auto ready = [&](const Screen &screen) {
        target = screen.widget(name, window);
        return !target.isNull() && (target.enabled || !mustBeEnabled);
    };
    if (!waitUntil(name + (mustBeEnabled ? QStringLiteral(" to be on screen and enabled")
                                         : QStringLiteral(" to be on screen")),
                   ready))
        return false;
    return m_x->xdotool(tapAt(target.rect.center())) || fail(m_x->lastError());
}

bool Till::tapQuickly(const QList<Tap> &taps)
{
    QStringList arguments;
    const auto allReady = [&](const Screen &screen) {
        arguments.clear();
        for (const Tap &tap : taps) {
            const Widget widget = screen.widget(tap.name);
            if (widget.isNull() || !widget.enabled)
                return false;
            arguments << tapAt(widget.rect.center(), tap.gapMs);
        }
        return true;
    };
    if (!waitUntil(QStringLiteral("every tile of the burst to be on screen and enabled"), allReady))
        return false;
    return m_x->xdotool(arguments) || fail(m_x->lastError());
}

bool Till::press(const QStringList &keys)
{
    const qulonglong main = xWindow(m_setup.name);
    if (main == 0)
        return false;
    // Without a window manager the keys go wherever the X input focus is.
    if (!m_x->xdotool(QStringList{QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::number(main),
                                  QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("80")}
                      + keys))
        return fail(m_x->lastError());
    return true;
}

bool Till::chooseMenuItem(const QString &menuKey, const QString &itemKey)
{
    if (!press({menuKey}))
        return false;
    if (!waitUntil(QStringLiteral("the menu opened by %1").arg(menuKey),
                   [](const Screen &screen) { return screen.hasWindowOfClass(QStringLiteral("QMenu")); }))
        return false;
    // The open menu holds the keyboard; focusing the main window again could close it.
    if (!m_x->xdotool({QStringLiteral("key"), itemKey}))
        return fail(m_x->lastError());
    return true;
}

bool Till::answer(const QString &title, const QString &typed, const QString &asking)
{
    const auto shown = [&](const Screen &screen) {
        return screen.hasWindow(title) && screen.textsOf(title).contains(asking);
    };
    if (!waitUntil(QStringLiteral("the dialog \"%1\" asking \"%2\"").arg(title, asking), shown))
        return false;
    const qulonglong dialog = xWindow(title);
    if (dialog == 0)
        return false;
    QStringList arguments{QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::number(dialog)};
    // "type" takes every argument after it as text: Return needs an xdotool run of its own.
    if (!typed.isEmpty())
        arguments << QStringLiteral("type") << QStringLiteral("--delay") << QStringLiteral("40") << typed;
    if (!m_x->xdotool(arguments) || !m_x->xdotool({QStringLiteral("key"), QStringLiteral("Return")}))
        return fail(m_x->lastError());
    return true;
}

qulonglong Till::xWindow(const QString &title)
{
    const QDeadlineTimer deadline(WaitMs);
    for (;;) {
        if (!stillRunning(QStringLiteral("its window \"%1\"").arg(title)))
            return 0;
        // The map can name a window a moment before X has mapped it.
        if (const qulonglong id = m_x->window(m_process->processId(), title))
            return id;
        if (deadline.hasExpired()) {
            failWithScreen(QStringLiteral("has no X window titled \"%1\" after %2").arg(title, seconds(WaitMs)),
                           screen());
            return 0;
        }
        QThread::msleep(PollMs);
    }
}

bool Till::fail(const QString &message)
{
    m_lastError = m_setup.name + QLatin1Char(' ') + message;
    return false;
}

bool Till::failWithScreen(const QString &message, const Screen &screen)
{
    // A test failure's message is cut at about a thousand characters: the screen goes to the log whole.
    qWarning("%s %s; its screen:\n%s", qUtf8Printable(m_setup.name), qUtf8Printable(message),
             qUtf8Printable(screen.describe()));
    return fail(message + QStringLiteral(" (its screen is in the log above)"));
}

bool Till::stillRunning(const QString &what)
{
    if (isRunning())
        return true;
    if (!m_process)
        return fail(QStringLiteral("was never started, so there is no ") + what);
    // After a crash QProcess gives the signal as the exit code.
    const QString end = m_process->exitStatus() == QProcess::CrashExit
        ? QStringLiteral("crashed (signal %1)").arg(m_process->exitCode())
        : QStringLiteral("exited with code %1").arg(m_process->exitCode());
    return fail(QStringLiteral("%1 while waiting for %2").arg(end, what));
}

Shop::Shop(XServer *x)
    : m_x(x)
{
}

Shop::~Shop()
{
    m_bar.reset();
    m_terrace.reset();
    m_server.kill();
}

bool Shop::setUp()
{
    if (!m_dir.isValid() || !m_server.isValid())
        return fail(QStringLiteral("no temporary directory"));
    if (!m_server.setUp(QStringLiteral("Main Street"), {QStringLiteral("Bar"), QStringLiteral("Terrace")}, &m_tokens))
        return fail(m_server.lastError());
    // The terminals keep the server's address: a restarted server must come back on it.
    m_port = freePort();
    if (m_port == 0)
        return fail(QStringLiteral("no free loopback port"));
    if (!restartServer())
        return false;
    const QByteArray floors =
        R"({"key":"restaurant.floors","base_revision":0,"instance":"test-setup","user":"Manager",)"
        R"("value":{"floors":[{"name":"Main room","tables":["1","2","3","4"]}]}})";
    const SyncdTest::HttpResponse answer = m_server.post("/v1/documents", m_tokens.at(0).token, floors);
    if (answer.status != 200)
        return fail(QStringLiteral("the floor plan was refused: ") + QString::fromUtf8(answer.describe()));
    const TillSetup bar{QStringLiteral("Bar"), QStringLiteral("BAR"), QStringLiteral("Alice"), m_tokens.at(0).token,
                        QPoint(0, 0), {}};
    m_bar = std::make_unique<Till>(m_x, m_dir.filePath(QStringLiteral("bar")), bar, m_port);
    const TillSetup terrace{QStringLiteral("Terrace"), QStringLiteral("TER"), QStringLiteral("Bob"),
                            m_tokens.at(1).token, QPoint(WindowSize.width(), 0), {}};
    m_terrace = std::make_unique<Till>(m_x, m_dir.filePath(QStringLiteral("terrace")), terrace, m_port);
    return true;
}

void Shop::killServer()
{
    m_server.kill();
}

bool Shop::restartServer()
{
    // The last --listen wins over the SyncdServer's own random port.
    if (!m_server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}))
        return fail(m_server.lastError());
    if (m_server.port() != m_port)
        return fail(QStringLiteral("tandem-syncd listens on %1 instead of %2").arg(m_server.port()).arg(m_port));
    return true;
}

bool Shop::openTable(Till &till, const QString &table, const QString &tile, const QString &productId,
                     OrderFacts *order)
{
    if (!till.tap(QStringLiteral("table:") + table) || !till.answer(QStringLiteral("Table ") + table)
        || !till.tap(tile))
        return fail(till.lastError());
    *order = {};
    return waitForOpenOrders(QStringLiteral("table %1's order with %2").arg(table, productId),
                             [&](const QList<OrderFacts> &orders) {
                                 const QList<OrderFacts> atTable = openAtTable(orders, table);
                                 if (atTable.size() == 1 && atTable.first().quantityOf(productId) > 0)
                                     *order = atTable.first();
                                 return !order->uid.isNull();
                             });
}

bool Shop::tapOnBoth(const QString &name)
{
    QStringList arguments;
    for (Till *till : {m_bar.get(), m_terrace.get()}) {
        Widget target;
        const auto ready = [&](const Screen &screen) {
            target = screen.widget(name);
            return !target.isNull() && target.enabled;
        };
        if (!till->waitUntil(name + QStringLiteral(" to be on screen and enabled"), ready))
            return fail(till->lastError());
        arguments << tapAt(target.rect.center());
    }
    return m_x->xdotool(arguments) || fail(m_x->lastError());
}

bool Shop::answerOnBoth(const QString &title)
{
    QStringList arguments;
    for (Till *till : {m_bar.get(), m_terrace.get()}) {
        if (!till->waitUntil(QStringLiteral("the dialog \"%1\"").arg(title),
                             [&](const Screen &screen) { return screen.hasWindow(title); }))
            return fail(till->lastError());
        const qulonglong dialog = till->xWindow(title);
        if (dialog == 0)
            return fail(till->lastError());
        arguments << QStringLiteral("windowfocus") << QStringLiteral("--sync") << QString::number(dialog)
                  << QStringLiteral("key") << QStringLiteral("Return");
    }
    return m_x->xdotool(arguments) || fail(m_x->lastError());
}

bool Shop::openOrders(QList<OrderFacts> *orders)
{
    return ordersFrom("/v1/snapshot", orders);
}

bool Shop::closedOrders(QList<OrderFacts> *orders)
{
    return ordersFrom("/v1/orders", orders);
}

bool Shop::waitForOpenOrders(const QString &what, const std::function<bool(const QList<OrderFacts> &)> &done,
                             int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        QList<OrderFacts> orders;
        const bool read = openOrders(&orders);
        if (read && done(orders))
            return true;
        if (deadline.hasExpired()) {
            qWarning("the server's open orders after %s: %s", qUtf8Printable(seconds(timeoutMs)),
                     qUtf8Printable(read ? describe(orders) : m_lastError));
            return fail(QStringLiteral("waited %1 for the server to hold %2 (what it holds is in the log above)")
                            .arg(seconds(timeoutMs), what));
        }
        QThread::msleep(PollMs * 2);
    }
}

bool Shop::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool Shop::ordersFrom(const QByteArray &target, QList<OrderFacts> *orders)
{
    orders->clear();
    const SyncdTest::HttpResponse answer = m_server.get(target, m_tokens.at(0).token);
    if (answer.status != 200 || !answer.isJsonObject)
        return fail(QStringLiteral("GET %1: %2")
                        .arg(QString::fromLatin1(target), QString::fromUtf8(answer.describe())));
    for (const QJsonValue &order : answer.json.value(QStringLiteral("orders")).toArray())
        orders->append(OrderFacts::fromServer(order.toObject()));
    return true;
}

}
