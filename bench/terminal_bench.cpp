// Start-up time, memory and add-product latency of the terminal with a large
// catalog and many open orders. Prints one JSON object.
#include "extensionregistry.h"
#include "mainwindow.h"
#include "orderselector.h"
#include "orderwidget.h"
#include "prompts.h"
#include "restaurantextension.h"
#include "terminal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int CatalogSize = 10000;
constexpr int OpenOrders = 500;
constexpr int LinesPerOpenOrder = 3;
constexpr int BigOrderLines = 200;
constexpr int StartupRuns = 5;
constexpr int AddProductRuns = 60;

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const int index = std::min<int>(values.size() - 1, static_cast<int>(fraction * values.size()));
    return values.at(index);
}

Product benchProduct(int i)
{
    return Product{QStringLiteral("P%1").arg(i), QStringLiteral("Product %1").arg(i),
                   QStringLiteral("Category %1").arg(i % 12), 100 + (i % 900), i % 2 ? 1900 : 700,
                   QStringLiteral("%1").arg(4000000000000LL + i)};
}

bool prepareProfile(const QString &profile, QString *error)
{
    Terminal terminal;
    if (!terminal.open(profile) || !terminal.openSession(QStringLiteral("Bench"))) {
        *error = terminal.lastError();
        return false;
    }
    QList<Product> products;
    for (int i = 0; i < CatalogSize; ++i)
        products.append(benchProduct(i));
    if (!terminal.store().replaceCatalog(Catalog(products))) {
        *error = terminal.store().lastError();
        return false;
    }
    OrderBook &book = terminal.orders();
    const bool stored = terminal.store().transaction([&] {
        for (int order = 0; order < OpenOrders; ++order) {
            const QUuid uid = book.createOrder();
            for (int line = 0; line < LinesPerOpenOrder; ++line) {
                if (!book.addProduct(uid, products.at((order * 7 + line * 13) % CatalogSize)))
                    return false;
            }
        }
        return true;
    });
    if (!stored)
        *error = book.lastError();
    return stored;
}

// Child process: starts the terminal as tandem-pos does and reports when its window is shown.
int measureStartup(QApplication &app, const QString &profile)
{
    Q_UNUSED(app);
    Terminal terminal;
    if (!terminal.open(profile))
        return 1;
    DialogPrompts prompts;
    MainWindow window(&terminal, &prompts);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    QCoreApplication::processEvents();
    std::printf("shown %.2f\n", residentMegabytes());
    std::fflush(stdout);
    return 0;
}

// With `extensions`, the window runs them (the restaurant's start screen included).
QList<double> measureAddProduct(const QString &profile, ExtensionRegistry *extensions, QString *error)
{
    Terminal terminal;
    if (!terminal.open(profile)) {
        *error = terminal.lastError();
        return {};
    }
    OrderBook &book = terminal.orders();
    const QUuid big = book.createOrder();
    terminal.store().transaction([&] {
        for (int i = 0; i < BigOrderLines; ++i)
            book.addProduct(big, terminal.catalog().products().at(i));
        return true;
    });
    DialogPrompts prompts;
    MainWindow window(&terminal, &prompts, nullptr, extensions);
    window.show();
    if (window.extensionContext())
        window.extensionContext()->showOrder(big);
    window.orderSelector()->setCurrentOrder(big);
    QCoreApplication::processEvents();
    QTableView *lines = window.orderWidget()->linesView();
    QList<double> samples;
    QElapsedTimer timer;
    for (int i = 0; i < AddProductRuns; ++i) {
        const Product product = terminal.catalog().products().at(BigOrderLines + i);
        timer.start();
        window.addProduct(product);
        lines->viewport()->repaint();
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    if (book.order(big)->lines.size() != BigOrderLines + AddProductRuns)
        *error = QStringLiteral("lines were not added");
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption startupOption(QStringLiteral("startup"), QStringLiteral("Internal: one start-up run."),
                                           QStringLiteral("profile"));
    parser.addOption(startupOption);
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(startupOption))
        return measureStartup(app, parser.value(startupOption));

    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    QString error;
    if (!prepareProfile(profile, &error)) {
        std::fprintf(stderr, "cannot prepare the profile: %s\n", qPrintable(error));
        return 1;
    }

    QList<double> startup;
    QList<double> rss;
    for (int run = 0; run < StartupRuns; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--startup"), profile});
        QByteArray line;
        while (!line.contains('\n') && child.waitForReadyRead(30000))
            line += child.readAllStandardOutput();
        const double elapsed = timer.nsecsElapsed() / 1e6;
        child.waitForFinished(30000);
        if (!line.startsWith("shown ")) {
            std::fprintf(stderr, "start-up run %d failed\n", run);
            return 1;
        }
        startup.append(elapsed);
        rss.append(line.mid(6).trimmed().toDouble());
    }

    ExtensionRegistry extensions;
    extensions.add(std::make_unique<RestaurantExtension>());
    extensions.loadPlugins(QStringLiteral(TANDEM_PLUGIN_DIR));
    extensions.setEnabled({QStringLiteral("notes"), QStringLiteral("restaurant")});
    if (extensions.enabled().size() != 2)
        error = QStringLiteral("the notes plugin did not load: ") + extensions.problems().join(QLatin1Char(' '));
    // Alternated, so a warming cache or a busy neighbour weighs on both alike.
    QList<double> add;
    QList<double> addExtended;
    for (int round = 0; round < 2 && error.isEmpty(); ++round) {
        add += measureAddProduct(profile, nullptr, &error);
        if (error.isEmpty())
            addExtended += measureAddProduct(profile, &extensions, &error);
    }
    if (add.isEmpty() || addExtended.isEmpty() || !error.isEmpty()) {
        std::fprintf(stderr, "add-product run failed: %s\n", qPrintable(error));
        return 1;
    }

    QJsonObject result{
        {QStringLiteral("startup_ms"), percentile(startup, 0.5)},
        {QStringLiteral("startup_max_ms"), percentile(startup, 1.0)},
        {QStringLiteral("rss_mb"), percentile(rss, 0.5)},
        {QStringLiteral("add_product_ms"), percentile(add, 0.5)},
        {QStringLiteral("add_product_p95_ms"), percentile(add, 0.95)},
        {QStringLiteral("add_product_with_extensions_ms"), percentile(addExtended, 0.5)},
        {QStringLiteral("catalog_products"), CatalogSize},
        {QStringLiteral("open_orders"), OpenOrders},
        {QStringLiteral("order_lines"), BigOrderLines},
        {QStringLiteral("startup_runs"), StartupRuns},
        {QStringLiteral("add_product_runs"), int(add.size())},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
