// Writes sales into a store as fast as it can and reports each committed one on
// stdout; tst_storecrash kills it with SIGKILL in the middle of a transaction.
#include "localstore.h"
#include "orderbook.h"
#include "product.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_crash_writer STORE\n");
        return 2;
    }
    LocalStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    CashSession session;
    if (!store.openSession(QStringLiteral("Crash"), 0, &session))
        return 1;
    OrderBook book(&store);
    book.setContext({{QStringLiteral("Crash"), QStringLiteral("Till")}, QStringLiteral("T1"), QStringLiteral("EUR"),
                     session.id});
    Product cola{QStringLiteral("COL"), QStringLiteral("Cola"), QStringLiteral("Drinks"), 250, 1900, QString()};
    Product cake{QStringLiteral("CAK"), QStringLiteral("Cake"), QStringLiteral("Food"), 390, 700, QString()};
    for (int sale = 0;; ++sale) {
        const QUuid uid = book.createOrder();
        const Order *order = nullptr;
        const bool ok = !uid.isNull() && book.addProduct(uid, cola) && book.addProduct(uid, cola)
            && book.addProduct(uid, cake) && (order = book.order(uid))
            && book.pay(uid, {Payment{QUuid(), PaymentMethod::Cash, order->total()}});
        if (!ok)
            return 1;
        std::printf("PAID %s\n", qPrintable(uid.toString(QUuid::WithoutBraces)));
        std::fflush(stdout);
        if (sale == 30) {
            // A long transaction that never commits: the parent kills us inside it.
            store.transaction([&] {
                const QUuid open = book.createOrder();
                for (int i = 0; i < 100000; ++i) {
                    book.addProduct(open, Product{QStringLiteral("P%1").arg(i), QStringLiteral("Item"),
                                                  QStringLiteral("Food"), 100, 700, QString()});
                    if (i == 50) {
                        std::printf("IN_TRANSACTION %s\n", qPrintable(open.toString(QUuid::WithoutBraces)));
                        std::fflush(stdout);
                    }
                }
                QThread::sleep(60);
                return false;
            });
            return 1;
        }
    }
}
