#include "extensionregistry.h"
#include "localstore.h"
#include "orderbook.h"
#include "receipttext.h"
#include "../models/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::product;

namespace {

// Stores its field trimmed in the payload and upper-cased when applied, so the
// chain's result shows which extension handled which key.
class ShoutExtension final : public Extension
{
public:
    explicit ShoutExtension(QString id)
        : m_id(std::move(id))
    {
    }
    QString id() const override { return m_id; }
    QString displayName() const override { return m_id; }
    QList<ExtensionField> fields() const override
    {
        return {{ExtensionScope::Order, m_id + QStringLiteral(".word")}, {ExtensionScope::Line, m_id + QStringLiteral(".word")}};
    }
    void exportFields(ExtensionScope, const QJsonObject &fields, QJsonObject *payload) const override
    {
        const QString key = m_id + QStringLiteral(".word");
        if (fields.contains(key))
            payload->insert(key, fields.value(key).toString().trimmed());
    }
    void applyFields(ExtensionScope, const QJsonObject &payload, QJsonObject *fields) const override
    {
        const QString key = m_id + QStringLiteral(".word");
        if (payload.contains(key))
            fields->insert(key, payload.value(key).toString().toUpper());
        else
            fields->remove(key);
    }
    QString checkValue(ExtensionScope, const QString &, const QJsonValue &value) const override
    {
        return value.isNull() || value.isString() ? QString() : QStringLiteral("words only");
    }
    QStringList lineText(const OrderLine &line, ExtensionText) const override
    {
        const QString word = line.extensions.value(m_id + QStringLiteral(".word")).toString();
        return word.isEmpty() ? QStringList() : QStringList{m_id + QStringLiteral(": ") + word};
    }

private:
    QString m_id;
};

class BadExtension final : public Extension
{
public:
    BadExtension(QString id, QList<ExtensionField> fields)
        : m_id(std::move(id))
        , m_fields(std::move(fields))
    {
    }
    QString id() const override { return m_id; }
    QString displayName() const override { return m_id; }
    QList<ExtensionField> fields() const override { return m_fields; }

private:
    QString m_id;
    QList<ExtensionField> m_fields;
};

std::unique_ptr<ExtensionRegistry> registryOf(const QStringList &ids)
{
    auto registry = std::make_unique<ExtensionRegistry>();
    for (const QString &id : ids) {
        if (!registry->add(std::make_unique<ShoutExtension>(id)))
            qFatal("not added");
    }
    return registry;
}

} // namespace

class TestExtensionRegistry : public QObject
{
    Q_OBJECT

private slots:
    void chainGivesTheSameResultInEitherLoadOrder();
    void unknownFieldsPassThroughUntouched();
    void malformedExtensionsAreRefused();
    void bookChecksValuesAndRefusesUndeclaredKeys();
    void disabledExtensionsFieldsBecomeUnknown();
    void textGoesToTheReceipt();
    void notesPluginLoadsFromAFolder();
    void pluginsChainInEitherLoadOrder();
    void brokenAndIncompatiblePluginsAreSkippedWithAMessage();
};

void TestExtensionRegistry::chainGivesTheSameResultInEitherLoadOrder()
{
    const QJsonObject stored{{"alpha.word", "  hi "}, {"beta.word", " yo"}, {"other.key", QJsonArray{1, 2}}};
    const QJsonObject payload{{"alpha.word", "hi"}, {"beta.word", "yo"}, {"other.key", QJsonArray{1, 2}}};
    const QJsonObject applied{{"alpha.word", "HI"}, {"beta.word", "YO"}, {"other.key", QJsonArray{1, 2}}};
    for (const QStringList &order : {QStringList{"alpha", "beta"}, QStringList{"beta", "alpha"}}) {
        const auto registry = registryOf(order);
        QCOMPARE(registry->exportPayload(ExtensionScope::Order, stored), payload);
        QCOMPARE(registry->applyPayload(ExtensionScope::Order, payload, {}), applied);
        QCOMPARE(registry->applyPayload(ExtensionScope::Line, payload, {}), applied);
    }
}

void TestExtensionRegistry::unknownFieldsPassThroughUntouched()
{
    const auto registry = registryOf({"alpha"});
    const QJsonObject foreign{{"tips.amount", 250}, {"loyalty.card", QJsonObject{{"id", "C-9"}, {"points", 12}}}};
    QCOMPARE(registry->exportPayload(ExtensionScope::Order, foreign), foreign);
    QCOMPARE(registry->applyPayload(ExtensionScope::Order, foreign, {{"alpha.word", "KEEP?"}}), foreign);

    // A whole order: the line keeps its unknown key, this registry's key is applied.
    Order incoming;
    OrderLine line;
    line.uid = QUuid::createUuid();
    line.extensions = {{"alpha.word", "x"}, {"tips.split", 3}};
    incoming.lines << line;
    incoming.extensions = foreign;
    registry->applyOrder(&incoming, nullptr);
    QCOMPARE(incoming.extensions, foreign);
    QCOMPARE(incoming.lines.first().extensions, (QJsonObject{{"alpha.word", "X"}, {"tips.split", 3}}));
}

void TestExtensionRegistry::malformedExtensionsAreRefused()
{
    ExtensionRegistry registry;
    QVERIFY(registry.add(std::make_unique<ShoutExtension>("alpha")));
    QVERIFY(!registry.add(std::make_unique<ShoutExtension>("alpha")));
    QVERIFY2(registry.problems().last().contains("loaded already"), qPrintable(registry.problems().last()));
    QVERIFY(!registry.add(std::make_unique<BadExtension>("Bad Id", QList<ExtensionField>{})));
    QVERIFY(registry.problems().last().contains("not a valid extension id"));
    QVERIFY(!registry.add(std::make_unique<BadExtension>("gamma", QList<ExtensionField>{{ExtensionScope::Order, "alpha.word"}})));
    QVERIFY(registry.problems().last().contains("must start with \"gamma.\""));
    QVERIFY(!registry.add(std::make_unique<BadExtension>(
        "delta", QList<ExtensionField>{{ExtensionScope::Line, "delta.seat", true}})));
    QVERIFY(registry.problems().last().contains("only order fields can be unique"));
    QCOMPARE(registry.all().size(), 1);
}

void TestExtensionRegistry::bookChecksValuesAndRefusesUndeclaredKeys()
{
    TestSupport::BookFixture fixture;
    QVERIFY(fixture.open());
    const auto registry = registryOf({"alpha"});
    fixture.book->setExtensions(registry.get());
    const QUuid uid = fixture.book->createOrder();
    QUuid line;
    QVERIFY(fixture.book->addProduct(uid, product("COL", 250), &line));
    QVERIFY(!fixture.book->setLineExtension(uid, line, "alpha.word", 42));
    QCOMPARE(fixture.book->lastError(), QStringLiteral("words only"));
    QVERIFY(!fixture.book->setOrderExtension(uid, "tips.amount", 5));
    QVERIFY(fixture.book->lastError().contains("No enabled extension declares"));
    QVERIFY(fixture.book->order(uid)->extensions.isEmpty());
    QVERIFY(fixture.book->setLineExtension(uid, line, "alpha.word", "fine"));
    QCOMPARE(fixture.book->order(uid)->lines.first().extensions.value("alpha.word").toString(), QStringLiteral("fine"));
}

void TestExtensionRegistry::disabledExtensionsFieldsBecomeUnknown()
{
    const auto registry = registryOf({"alpha", "beta"});
    registry->setEnabled({"beta"});
    QCOMPARE(registry->enabledIds(), QStringList{"beta"});
    const QJsonObject payload{{"alpha.word", "hi"}, {"beta.word", "yo"}};
    QCOMPARE(registry->applyPayload(ExtensionScope::Order, payload, {}),
             (QJsonObject{{"alpha.word", "hi"}, {"beta.word", "YO"}}));
    QVERIFY(!registry->field(ExtensionScope::Order, "alpha.word"));
}

void TestExtensionRegistry::textGoesToTheReceipt()
{
    const auto registry = registryOf({"alpha"});
    Order order;
    order.currency = "EUR";
    order.receiptReference = "BAR-000001";
    OrderLine line;
    line.productName = "Cola";
    line.unitPrice = 250;
    line.quantity = 1000;
    line.extensions = {{"alpha.word", "LOUD"}};
    order.lines << line;
    const QString text = ReceiptText::forOrder(order, {"Shop", "Bar", "Alice"}, QLocale(QLocale::English), registry.get());
    QVERIFY2(text.contains("  alpha: LOUD\n"), qPrintable(text));
}

void TestExtensionRegistry::notesPluginLoadsFromAFolder()
{
    QTemporaryDir folder;
    QVERIFY(QFile::copy(NOTES_PLUGIN, folder.filePath("tandem-notes.so")));
    ExtensionRegistry registry;
    registry.loadPlugins(folder.path());
    QVERIFY2(registry.problems().isEmpty(), qPrintable(registry.problems().join('\n')));
    Extension *notes = registry.find("notes");
    QVERIFY(notes);
    QCOMPARE(notes->fields().size(), 2);
    QVERIFY(registry.field(ExtensionScope::Line, "notes.text"));
    QVERIFY(!registry.checkValue(ExtensionScope::Line, "notes.text", QString(201, 'x')).isEmpty());
    QVERIFY(registry.checkValue(ExtensionScope::Line, "notes.text", "no ice").isEmpty());
    OrderLine line;
    line.extensions = {{"notes.text", "no ice"}};
    QCOMPARE(registry.lineText(line, ExtensionText::Receipt), QStringList{"Note: no ice"});
}

void TestExtensionRegistry::pluginsChainInEitherLoadOrder()
{
    // Plugins load in file name order: the notes plugin first, then the other way round.
    const QJsonObject payload{{"notes.text", "birthday"}, {"loyalty.card", "12345678"}, {"tips.amount", 300}};
    QList<QStringList> loaded;
    for (const auto &[first, second] : {std::pair{"1-notes.so", "2-loyalty.so"}, std::pair{"2-notes.so", "1-loyalty.so"}}) {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(NOTES_PLUGIN, folder.filePath(first)));
        QVERIFY(QFile::copy(LOYALTY_PLUGIN, folder.filePath(second)));
        ExtensionRegistry registry;
        registry.loadPlugins(folder.path());
        QVERIFY2(registry.problems().isEmpty(), qPrintable(registry.problems().join('\n')));
        QStringList ids;
        for (Extension *extension : registry.all())
            ids << extension->id();
        loaded << ids;
        QCOMPARE(registry.exportPayload(ExtensionScope::Order, payload), payload);
        QCOMPARE(registry.applyPayload(ExtensionScope::Order, payload, {{"notes.text", "old"}}), payload);
        Order order;
        order.extensions = payload;
        QCOMPARE(registry.orderText(order, ExtensionText::Receipt).size(), 2);
        QVERIFY(!registry.checkValue(ExtensionScope::Order, "loyalty.card", "12ab").isEmpty());
    }
    QCOMPARE(loaded.at(0), (QStringList{"notes", "loyalty"}));
    QCOMPARE(loaded.at(1), (QStringList{"loyalty", "notes"}));
}

void TestExtensionRegistry::brokenAndIncompatiblePluginsAreSkippedWithAMessage()
{
    QTemporaryDir folder;
    QFile broken(folder.filePath("libbroken.so"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("this is not a shared library");
    broken.close();
    QVERIFY(QFile::copy(OLDAPI_PLUGIN, folder.filePath("oldapi.so")));
    QVERIFY(QFile::copy(NOTES_PLUGIN, folder.filePath("notes-a.so")));
    QVERIFY(QFile::copy(NOTES_PLUGIN, folder.filePath("notes-b.so")));
    QFile readme(folder.filePath("README.txt"));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.close();

    ExtensionRegistry registry;
    registry.loadPlugins(folder.path());
    const QStringList problems = registry.problems();
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).startsWith("libbroken.so: not a Qt plugin"), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith("notes-b.so: an extension \"notes\" is loaded already"), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).startsWith("oldapi.so: built for extension API 0, this terminal needs 1"),
             qPrintable(problems.at(2)));
    QCOMPARE(registry.all().size(), 1);
    QVERIFY(registry.find("notes"));
}

QTEST_GUILESS_MAIN(TestExtensionRegistry)
#include "tst_extensionregistry.moc"
