#include "protocol.h"
#include "serverstore.h"
#include "sessionhub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Thousands of damaged pushes: none may crash the codec or the hub, and every
// refused one must leave the group's state as it was.
class TestMutatedPush : public QObject
{
    Q_OBJECT

private slots:
    void damagedBatchesNeverCrashOrChangeState();

private:
    QJsonValue mutate(const QJsonValue &value, int depth);
    QRandomGenerator m_random{20261127};
};

namespace {

QString uid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject validBatch(const QString &order, qint64 base, bool create)
{
    QJsonArray ops;
    if (create) {
        ops.append(QJsonObject{{"op", "create"}, {"receipt_reference", "BAR-1"}, {"currency", "EUR"},
                               {"created_at", "2026-11-27T10:00:00.000Z"}, {"ext", QJsonObject{{"table", 4}}}});
    }
    ops.append(QJsonObject{{"op", "add_line"},
                           {"line", QJsonObject{{"uid", uid()}, {"product_id", "COL"}, {"product_name", "Cola"},
                                                {"unit_price", 250}, {"tax_rate", 1900}, {"quantity", 1000},
                                                {"discount", 0}, {"ext", QJsonObject{{"note", "ice"}}}}}});
    ops.append(QJsonObject{{"op", "set"}, {"field", "customer_name"}, {"value", "Ann"}});
    return {{"op_id", uid()}, {"order", order}, {"base_revision", base}, {"instance", "bar-1"}, {"user", "Alice"},
            {"ops", ops}};
}

} // namespace

QJsonValue TestMutatedPush::mutate(const QJsonValue &value, int depth)
{
    const QList<QJsonValue> oddities{QJsonValue(), QJsonValue(true), QJsonValue(-1), QJsonValue(1.5), QJsonValue(1e300),
                                     QJsonValue(9007199254740993.0), QJsonValue(""), QJsonValue(QString(5000, 'x')),
                                     QJsonValue("ext:\n"), QJsonValue(QJsonArray()), QJsonValue(QJsonObject()),
                                     QJsonValue(QStringLiteral("\u0000\uFFFF")), QJsonValue(uid())};
    if (depth > 0 && (value.isObject() || value.isArray()) && m_random.bounded(3) != 0) {
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            const QStringList keys = object.keys();
            if (keys.isEmpty())
                return object;
            const QString key = keys.at(int(m_random.bounded(int(keys.size()))));
            switch (m_random.bounded(4)) {
            case 0:
                object.remove(key);
                break;
            case 1:
                object.insert(QStringLiteral("unexpected"), 1);
                break;
            default:
                object.insert(key, mutate(object.value(key), depth - 1));
            }
            return object;
        }
        QJsonArray array = value.toArray();
        if (array.isEmpty())
            return array;
        const int at = int(m_random.bounded(int(array.size())));
        if (m_random.bounded(4) == 0)
            array.append(array.at(at));
        else
            array.replace(at, mutate(array.at(at), depth - 1));
        return array;
    }
    return oddities.at(int(m_random.bounded(int(oddities.size()))));
}

void TestMutatedPush::damagedBatchesNeverCrashOrChangeState()
{
    QTemporaryDir dir;
    ServerStore store;
    QVERIFY(store.open(dir.filePath("s.sqlite")));
    GroupRecord group;
    QVERIFY(store.addGroup("Shop", &group));
    TerminalRecord record;
    QVERIFY(store.addTerminal(group.id, "Bar", "hash", &record));
    const TerminalIdentity bar{record.id, group.id, record.name};
    SessionHub hub(&store, {});

    const QString order = uid();
    Protocol::Batch first;
    QString error;
    QVERIFY2(Protocol::batchFromJson(validBatch(order, 0, true), &first, &error), qPrintable(error));
    QCOMPARE(hub.push(bar, first).status, 200);

    int decoded = 0;
    int applied = 0;
    for (int round = 0; round < 5000; ++round) {
        const bool create = round % 5 == 0;
        const QJsonObject valid = validBatch(create ? uid() : order, create ? 0 : 1, create);
        const QJsonValue damaged = mutate(valid, 4);
        const qint64 seqBefore = hub.lastSeq(group.id);
        const QByteArray snapshotBefore = hub.snapshot(group.id).body;
        Protocol::Batch batch;
        if (!Protocol::batchFromJson(damaged, &batch, &error)) {
            QVERIFY(!error.isEmpty());
            continue;
        }
        ++decoded;
        const HubReply reply = hub.push(bar, batch);
        QVERIFY2(reply.status == 200 || reply.status == 404 || reply.status == 409 || reply.status == 422,
                 reply.body.constData());
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        if (reply.status == 200) {
            ++applied;
            QCOMPARE(body.value("result").toString(), QStringLiteral("applied"));
            QVERIFY(hub.lastSeq(group.id) <= seqBefore + 1);
        } else {
            QVERIFY(!body.value("error").toString().isEmpty());
            QCOMPARE(hub.lastSeq(group.id), seqBefore);
            QCOMPARE(hub.snapshot(group.id).body, snapshotBefore);
        }
    }
    QVERIFY2(decoded > 100, qPrintable(QString::number(decoded)));
    QVERIFY2(applied > 10, qPrintable(QString::number(applied)));
    // The store still reloads after all of it.
    SessionHub reloaded(&store, {});
    QCOMPARE(reloaded.lastSeq(group.id), hub.lastSeq(group.id));
    QCOMPARE(reloaded.snapshot(group.id).body, hub.snapshot(group.id).body);
}

QTEST_GUILESS_MAIN(TestMutatedPush)
#include "tst_mutatedpush.moc"
