// Terminal-side sync costs, printed as one JSON object:
//  event_to_repaint_ms  an incoming event for a 200-line order: decode, adopt into the
//                       book and store, repaint the order's lines (median of runs);
//  catchup_ms           a terminal back from an outage with 5,000 missed events, from
//                       start() until its book and cursor have all of them (real
//                       tandem-syncd over loopback).
#include "localstore.h"
#include "mainwindow.h"
#include "orderbook.h"
#include "orderselector.h"
#include "orderwidget.h"
#include "prompts.h"
#include "protocol.h"
#include "serverstate.h"
#include "synccontroller.h"
#include "syncjournal.h"
#include "terminal.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int OrderLines = 200;
constexpr int RepaintRuns = 60;
constexpr int MissedEvents = 5000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

Order bigServerOrder()
{
    Order order;
    order.uid = QUuid::createUuid();
    order.receiptReference = QStringLiteral("TER-000001");
    order.ticketNumber = 1;
    order.currency = QStringLiteral("EUR");
    order.revision = 1;
    order.createdBy = {QStringLiteral("Bob"), QStringLiteral("Terrace")};
    order.changedBy = order.createdBy;
    order.createdAt = QDateTime::currentDateTimeUtc();
    order.changedAt = order.createdAt;
    for (int i = 0; i < OrderLines; ++i) {
        OrderLine line;
        line.uid = QUuid::createUuid();
        line.position = i + 1;
        line.productId = QStringLiteral("P%1").arg(i);
        line.productName = QStringLiteral("Product %1").arg(i);
        line.unitPrice = 100 + i;
        line.taxRate = 1900;
        line.quantity = 1000;
        line.createdBy = order.createdBy;
        line.changedBy = order.createdBy;
        order.lines.append(line);
    }
    return order;
}

double eventToRepaint(const QString &profile)
{
    Terminal terminal;
    if (!terminal.open(profile) || !terminal.openSession(QStringLiteral("Alice")))
        return -1;
    ServerState state(&terminal.store(), &terminal.orders());
    Order order = bigServerOrder();
    terminal.orders().adoptServerOrder(order);
    DialogPrompts prompts;
    MainWindow window(&terminal, &prompts);
    window.show();
    window.orderSelector()->setCurrentOrder(order.uid);
    QCoreApplication::processEvents();
    QTableView *lines = window.orderWidget()->linesView();
    QList<double> samples;
    for (int run = 0; run < RepaintRuns; ++run) {
        order.revision += 1;
        order.lines[run % OrderLines].quantity += 1000;
        const QByteArray event = QJsonDocument(QJsonObject{{QStringLiteral("seq"), run + 2},
                                                           {QStringLiteral("order"), Protocol::orderToJson(order)}})
                                     .toJson(QJsonDocument::Compact);
        QElapsedTimer timer;
        timer.start();
        Order received;
        QString error;
        Protocol::orderFromJson(QJsonDocument::fromJson(event).object().value(QStringLiteral("order")), &received, &error);
        state.adopt(received);
        lines->viewport()->repaint();
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    return median(samples);
}

QString runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TANDEM_SYNCD), arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

double catchUp(const QString &dir, QString *error)
{
    const QString db = dir + QStringLiteral("/syncd.sqlite");
    runCli({QStringLiteral("init"), QStringLiteral("--db"), db});
    runCli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Shop"), QStringLiteral("--db"), db});
    const QString barToken = runCli({QStringLiteral("terminal"), QStringLiteral("add"), QStringLiteral("--group"),
                                     QStringLiteral("Shop"), QStringLiteral("--name"), QStringLiteral("Bar"),
                                     QStringLiteral("--db"), db});
    const QString terraceToken = runCli({QStringLiteral("terminal"), QStringLiteral("add"), QStringLiteral("--group"),
                                         QStringLiteral("Shop"), QStringLiteral("--name"), QStringLiteral("Terrace"),
                                         QStringLiteral("--db"), db});
    QProcess server;
    server.start(QStringLiteral(TANDEM_SYNCD), {QStringLiteral("serve"), QStringLiteral("--db"), db,
                                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    server.waitForReadyRead(10000);
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"))
                                              .match(QString::fromUtf8(server.readLine()));
    if (!match.hasMatch()) {
        *error = QStringLiteral("tandem-syncd did not start");
        return -1;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));

    auto makeTerminal = [&](const QString &name, const QString &code) {
        auto store = std::make_unique<LocalStore>();
        store->open(dir + QLatin1Char('/') + name + QStringLiteral(".sqlite"));
        CashSession session;
        store->openSession(name, 0, &session);
        auto book = std::make_unique<OrderBook>(store.get());
        book->setContext({{name, name}, code, QStringLiteral("EUR"), session.id});
        return std::make_pair(std::move(store), std::move(book));
    };
    auto [barStore, barBook] = makeTerminal(QStringLiteral("Bar"), QStringLiteral("BAR"));
    auto [terraceStore, terraceBook] = makeTerminal(QStringLiteral("Terrace"), QStringLiteral("TER"));
    SyncJournal barJournal(barStore.get());
    barBook->setJournal(&barJournal);
    SyncController bar(barStore.get(), barBook.get(), nullptr);
    SyncController terrace(terraceStore.get(), terraceBook.get(), nullptr);
    SyncClient::Config config;
    config.servers = {url};
    config.instance = QStringLiteral("bench");
    config.token = barToken.toUtf8();
    bar.start(config);
    config.token = terraceToken.toUtf8();
    terrace.start(config);
    QElapsedTimer wait;
    wait.start();
    while ((bar.state() != SyncClient::State::Online || terrace.state() != SyncClient::State::Online)
           && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    terrace.stop();

    // The outage: Bar keeps selling, one event per tap.
    const Product product{QStringLiteral("COL"), QStringLiteral("Cola"), QStringLiteral("Drinks"), 250, 1900, QString()};
    QUuid order;
    for (int i = 0; i < MissedEvents; ++i) {
        if (i % 50 == 0)
            order = barBook->createOrder();
        barBook->addProduct(order, product);
    }
    wait.restart();
    while (bar.waitingBatches() > 0 && wait.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    // Everything the server logged while Terrace was away (Bar's own echoes included).
    const qint64 missed = qMax<qint64>(MissedEvents, barStore->setting(SyncController::cursorKey()).toLongLong());

    QElapsedTimer timer;
    timer.start();
    terrace.start(config);
    while (terraceStore->setting(SyncController::cursorKey(), QStringLiteral("0")).toLongLong() < missed
           && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double elapsed = timer.nsecsElapsed() / 1e6;
    if (terraceBook->orderUids().size() != MissedEvents / 50)
        *error = QStringLiteral("terrace has %1 orders").arg(terraceBook->orderUids().size());
    bar.stop();
    terrace.stop();
    server.terminate();
    server.waitForFinished(10000);
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const double repaint = eventToRepaint(dir.filePath(QStringLiteral("repaint")));
    QString error;
    const double catchup = catchUp(dir.path(), &error);
    if (repaint < 0 || catchup < 0 || !error.isEmpty()) {
        std::fprintf(stderr, "tandem-bench-sync failed: %s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject result{{QStringLiteral("event_to_repaint_ms"), repaint},
                             {QStringLiteral("order_lines"), OrderLines},
                             {QStringLiteral("catchup_ms"), catchup},
                             {QStringLiteral("missed_events"), MissedEvents},
                             {QStringLiteral("platform"), QGuiApplication::platformName()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
