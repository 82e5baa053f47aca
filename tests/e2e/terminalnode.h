#pragma once

#include "localstore.h"
#include "orderbook.h"
#include "product.h"
#include "shareddocuments.h"
#include "synccontroller.h"
#include "syncdprocess.h"
#include "syncjournal.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Terminals for end-to-end tests: each its own store, order book and sync
// controller in this process, talking to a real tandem-syncd.
namespace SyncdTest {

using namespace Qt::StringLiterals;

inline Product product(const QString &id, qint64 price)
{
    return Product{id, QStringLiteral("Product ") + id, QStringLiteral("Drinks"), price, 1900, QString()};
}

struct TerminalNode
{
    TerminalNode(const QString &name, const QString &code, const QString &user)
    {
        if (!store.open(dir.filePath(QStringLiteral("terminal.sqlite"))))
            qFatal("cannot open the store");
        CashSession session;
        store.openSession(user, 0, &session);
        book.setContext({{user, name}, code, QStringLiteral("EUR"), session.id});
        book.setJournal(&journal);
        controller = std::make_unique<SyncController>(&store, &book, &documents);
        documents.setPublisher([this](const QString &key, const QJsonValue &value, qint64 base, QString *error) {
            return controller->publishDocument(key, value, base, error);
        });
    }

    void connectTo(quint16 port, const QByteArray &token, const QString &instance)
    {
        SyncClient::Config config;
        config.servers = {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))};
        config.token = token;
        config.instance = instance;
        config.heartbeatMs = 1000;
        config.retryWindowMs = 500;
        config.retryWindowMaxMs = 2000;
        controller->start(config);
    }

    const Order *only() const
    {
        return book.orderUids().size() == 1 ? book.order(book.orderUids().first()) : nullptr;
    }

    QTemporaryDir dir;
    LocalStore store;
    OrderBook book{&store};
    SharedDocuments documents{&store};
    SyncJournal journal{&store};
    std::unique_ptr<SyncController> controller;
};

inline bool waitOnline(TerminalNode &node)
{
    return QTest::qWaitFor([&] { return node.controller->state() == SyncClient::State::Online; }, 10000);
}

// A server with two terminals, Bar and Terrace, both online.
struct Shop
{
    bool open()
    {
        return server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &tokens) && server.start({u"--heartbeat"_s, u"1"_s})
            && (bar.connectTo(server.port(), tokens.at(0).token, u"bar-1"_s), true)
            && (terrace.connectTo(server.port(), tokens.at(1).token, u"terrace-1"_s), true) && waitOnline(bar)
            && waitOnline(terrace);
    }

    SyncdServer server;
    QList<Terminal> tokens;
    TerminalNode bar{u"Bar"_s, u"BAR"_s, u"Alice"_s};
    TerminalNode terrace{u"Terrace"_s, u"TER"_s, u"Bob"_s};
};

}
