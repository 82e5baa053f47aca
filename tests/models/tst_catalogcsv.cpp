#include "catalogcsv.h"
#include "pricing.h"

#include <QFile>
#include <QTest>

namespace {

const QByteArray Header = "id,name,category,price,tax_rate,barcode\n";
const QByteArray GoodRow = "A,Apple,Fruit,1.00,7,\n";

QString describe(const Product &p)
{
    return QStringList{p.id, p.name, p.category, QString::number(p.unitPrice), QString::number(p.taxRate),
                       p.barcode}
        .join(QLatin1Char('|'));
}

QStringList describe(const QList<Product> &products)
{
    QStringList out;
    for (const Product &p : products)
        out.append(describe(p));
    return out;
}

Product product(const QString &id, const QString &name, const QString &category, qint64 price, int taxRate,
                const QString &barcode = QString())
{
    Product p;
    p.id = id;
    p.name = name;
    p.category = category;
    p.unitPrice = price;
    p.taxRate = taxRate;
    p.barcode = barcode;
    return p;
}

QString issuesText(const CatalogImport &import)
{
    QStringList out;
    for (const CsvIssue &issue : import.issues)
        out.append(issue.toString());
    return out.join(QLatin1String("; "));
}

}

class TestCatalogCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goodFile();
    void goodFileWithBarcodesReorderedColumns();
    void fieldLimitsAccepted();
    void badInput_data();
    void badInput();
    void issueToString();
    void allBadRowsReported();
    void allHeaderProblemsReported();
    void tooManyProducts();
    void tooLarge();
    void writeThenParse_data();
    void writeThenParse();
    void parseWriteParse();
    void demoCatalog();
    void missingFile();
};

void TestCatalogCsv::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(":/catalog/demo_catalog.csv")));
}

void TestCatalogCsv::goodFile()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "ID, Name ,category,PRICE,tax_rate\r\n"
                           "ESP,Espresso,Coffee,2.20,19\r\n"
                           "CRO,\"Croissant, butter\",Bakery,1.80,7\r\n"
                           "QUO,\"The \"\"Big\"\" One\",Snacks,4.5,19\r\n"
                           "TWO,\"Two, lines\",Bakery,0.99,7\r\n"
                           "WAT, Still water ,Soft drinks,1,7.5\r\n"
                           "\"EMP\",\"Empty barcode\",\"Snacks\",\"0\",\"0\"\r\n"
                           "\r\n";

    const CatalogImport import = CatalogCsv::parse(csv, QStringLiteral("EUR"));
    QVERIFY2(import.ok(), qPrintable(issuesText(import)));
    QCOMPARE(describe(import.catalog.products()),
             QStringList({QStringLiteral("ESP|Espresso|Coffee|220|1900|"),
                          QStringLiteral("CRO|Croissant, butter|Bakery|180|700|"),
                          QStringLiteral("QUO|The \"Big\" One|Snacks|450|1900|"),
                          QStringLiteral("TWO|Two, lines|Bakery|99|700|"),
                          QStringLiteral("WAT|Still water|Soft drinks|100|750|"),
                          QStringLiteral("EMP|Empty barcode|Snacks|0|0|")}));
    QCOMPARE(import.catalog.categories(),
             QStringList({QStringLiteral("Coffee"), QStringLiteral("Bakery"), QStringLiteral("Snacks"),
                          QStringLiteral("Soft drinks")}));
    const Product *quoted = import.catalog.byId(QStringLiteral("QUO"));
    QVERIFY(quoted);
    QCOMPARE(quoted->name, QStringLiteral("The \"Big\" One"));
    QVERIFY(!import.catalog.byId(QStringLiteral("ID")));
}

void TestCatalogCsv::goodFileWithBarcodesReorderedColumns()
{
    const QByteArray csv = "barcode,price,tax_rate,category,name,id\n"
                           "4006381333931,150,8,Drinks,Green tea,TEA\n"
                           ",300,10,Food,Onigiri,ONI\n"
                           "00012345,1200,10,Food,\"Bento, large\",BEN";

    const CatalogImport import = CatalogCsv::parse(csv, QStringLiteral("JPY"));
    QVERIFY2(import.ok(), qPrintable(issuesText(import)));
    QCOMPARE(describe(import.catalog.products()),
             QStringList({QStringLiteral("TEA|Green tea|Drinks|150|800|4006381333931"),
                          QStringLiteral("ONI|Onigiri|Food|300|1000|"),
                          QStringLiteral("BEN|Bento, large|Food|1200|1000|00012345")}));
    const Product *tea = import.catalog.byBarcode(QStringLiteral("4006381333931"));
    QVERIFY(tea);
    QCOMPARE(tea->id, QStringLiteral("TEA"));
    const Product *bento = import.catalog.byBarcode(QStringLiteral("00012345"));
    QVERIFY(bento);
    QCOMPARE(bento->id, QStringLiteral("BEN"));
    QVERIFY(!import.catalog.byBarcode(QStringLiteral("12345")));
    QVERIFY(!import.catalog.byBarcode(QString()));
}

void TestCatalogCsv::fieldLimitsAccepted()
{
    const QString id(32, QLatin1Char('I'));
    const QString name(80, QLatin1Char('n'));
    const QString category(40, QLatin1Char('c'));
    const QByteArray csv = Header
        + QStringLiteral("%1,%2,%3,1000000000.00,100,123456\n").arg(id, name, category).toUtf8()
        + "a.b_c-9,Ä name ünïcode €,Käse,0.01,0.01,12345678901234\n";

    const CatalogImport import = CatalogCsv::parse(csv, QStringLiteral("EUR"));
    QVERIFY2(import.ok(), qPrintable(issuesText(import)));
    QCOMPARE(describe(import.catalog.products()),
             QStringList({QStringList{id, name, category, QStringLiteral("100000000000"), QStringLiteral("10000"),
                                      QStringLiteral("123456")}
                              .join(QLatin1Char('|')),
                          QStringLiteral("a.b_c-9|Ä name ünïcode €|Käse|1|1|12345678901234")}));
}

void TestCatalogCsv::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("messagePart");

    const QString eur = QStringLiteral("EUR");
    const QString none;

    QTest::newRow("unknown column") << QByteArray("id,name,category,price,tax_rate,colour\nA,Apple,Fruit,1.00,7,red\n")
                                    << eur << 1 << "colour" << "unknown column";
    QTest::newRow("duplicate column") << QByteArray("id,name,category,price,tax_rate,name\nA,Apple,Fruit,1.00,7,Apple\n")
                                      << eur << 1 << "name" << "twice";
    QTest::newRow("missing required column") << QByteArray("id,name,category,tax_rate\nA,Apple,Fruit,7\n")
                                             << eur << 1 << "price" << "missing";
    QTest::newRow("missing column, header after blank lines")
        << QByteArray("\n\nid,name,category,price\nA,Apple,Fruit,1.00\n") << eur << 3 << "tax_rate" << "missing";

    QTest::newRow("too few fields") << Header + "A,Apple,Fruit,1.00,7\n" << eur << 2 << none << "5 fields";
    QTest::newRow("too many fields") << Header + GoodRow + "B,Banana,Fruit,0.50,7,,extra\n"
                                     << eur << 3 << none << "7 fields";
    QTest::newRow("single field") << Header + GoodRow + "B\n" << eur << 3 << none << "1 fields";

    QTest::newRow("id with space") << Header + "A 1,Apple,Fruit,1.00,7,\n" << eur << 2 << "id" << "";
    QTest::newRow("id empty") << Header + ",Apple,Fruit,1.00,7,\n" << eur << 2 << "id" << "";
    QTest::newRow("id too long") << Header + QByteArray(33, 'A') + ",Apple,Fruit,1.00,7,\n" << eur << 2 << "id" << "";
    QTest::newRow("id non-ASCII") << Header + "Ä,Apple,Fruit,1.00,7,\n" << eur << 2 << "id" << "";
    QTest::newRow("duplicate id") << Header + GoodRow + "B,Banana,Fruit,0.50,7,\n" + "A,Apricot,Fruit,2.00,7,\n"
                                  << eur << 4 << "id" << "line 2";

    QTest::newRow("empty name") << Header + "A,,Fruit,1.00,7,\n" << eur << 2 << "name" << "";
    QTest::newRow("blank name") << Header + "A,   ,Fruit,1.00,7,\n" << eur << 2 << "name" << "";
    QTest::newRow("name too long") << Header + "A," + QByteArray(81, 'n') + ",Fruit,1.00,7,\n" << eur << 2 << "name" << "80";
    QTest::newRow("empty category") << Header + "A,Apple,,1.00,7,\n" << eur << 2 << "category" << "";
    QTest::newRow("category too long") << Header + "A,Apple," + QByteArray(41, 'c') + ",1.00,7,\n"
                                       << eur << 2 << "category" << "40";

    QTest::newRow("price letters") << Header + "A,Apple,Fruit,abc,7,\n" << eur << 2 << "price" << "abc";
    QTest::newRow("price empty") << Header + "A,Apple,Fruit,,7,\n" << eur << 2 << "price" << "";
    QTest::newRow("price too many decimals") << Header + "A,Apple,Fruit,1.005,7,\n" << eur << 2 << "price" << "1.005";
    QTest::newRow("price negative") << Header + "A,Apple,Fruit,-1.00,7,\n" << eur << 2 << "price" << "negative";
    QTest::newRow("price decimal comma") << Header + "A,Apple,Fruit,\"1,50\",7,\n" << eur << 2 << "price" << "";
    QTest::newRow("price with symbol") << Header + "A,Apple,Fruit,€1.50,7,\n" << eur << 2 << "price" << "";
    QTest::newRow("price exponent") << Header + "A,Apple,Fruit,1e2,7,\n" << eur << 2 << "price" << "";
    QTest::newRow("price too large") << Header + "A,Apple,Fruit,1000000000.01,7,\n" << eur << 2 << "price" << "";
    QTest::newRow("yen price with decimals") << Header + "A,Apple,Fruit,150.5,8,\n" << QStringLiteral("JPY") << 2
                                             << "price" << "0 decimals";

    QTest::newRow("tax over 100") << Header + "A,Apple,Fruit,1.00,101,\n" << eur << 2 << "tax_rate" << "";
    QTest::newRow("tax 100.01") << Header + "A,Apple,Fruit,1.00,100.01,\n" << eur << 2 << "tax_rate" << "";
    QTest::newRow("tax negative") << Header + "A,Apple,Fruit,1.00,-7,\n" << eur << 2 << "tax_rate" << "";
    QTest::newRow("tax three decimals") << Header + "A,Apple,Fruit,1.00,7.125,\n" << eur << 2 << "tax_rate" << "";
    QTest::newRow("tax percent sign") << Header + "A,Apple,Fruit,1.00,19%,\n" << eur << 2 << "tax_rate" << "";
    QTest::newRow("tax empty") << Header + "A,Apple,Fruit,1.00,,\n" << eur << 2 << "tax_rate" << "";

    QTest::newRow("barcode letters") << Header + "A,Apple,Fruit,1.00,7,12345A78\n" << eur << 2 << "barcode" << "";
    QTest::newRow("barcode too short") << Header + "A,Apple,Fruit,1.00,7,12345\n" << eur << 2 << "barcode" << "";
    QTest::newRow("barcode too long") << Header + "A,Apple,Fruit,1.00,7,123456789012345\n" << eur << 2 << "barcode" << "";
    QTest::newRow("barcode with inner space") << Header + "A,Apple,Fruit,1.00,7,400638 1333931\n" << eur << 2 << "barcode" << "";
    QTest::newRow("duplicate barcode") << Header + "A,Apple,Fruit,1.00,7,4006381333931\n"
                                              + "B,Banana,Fruit,0.50,7,4006381333931\n"
                                       << eur << 3 << "barcode" << "line 2";

    QTest::newRow("unterminated quote") << Header + GoodRow + "B,\"Banana,Fruit,0.50,7,\n" << eur << 3 << none << "not closed";
    QTest::newRow("unterminated quote over lines") << Header + "A,\"Apple\nB,Banana,Fruit,0.50,7,\nC,Cherry,Fruit,1,7,\n"
                                                   << eur << 2 << none << "not closed";
    QTest::newRow("quote inside unquoted field") << Header + "A,Ap\"ple,Fruit,1.00,7,\n" << eur << 2 << none << "quote";
    QTest::newRow("quote after space") << Header + "A, \"Apple\",Fruit,1.00,7,\n" << eur << 2 << none << "quote";
    QTest::newRow("text after closing quote") << Header + GoodRow + "B,\"Banana\" split,Fruit,0.50,7,\n"
                                              << eur << 3 << none << "after a closing quote";
    QTest::newRow("two quoted parts") << Header + "A,\"Ap\"\"ple\"\"\"x,Fruit,1.00,7,\n" << eur << 2 << none << "after";

    QTest::newRow("line break in a name") << Header + "A,\"Two\nlines\",Fruit,1.00,7,\nB,Banana,Fruit,abc,7,\n"
                                          << eur << 2 << "name" << "line breaks";
    QTest::newRow("control character in a category") << Header + "A,Apple,Fr\x01uit,1.00,7,\n"
                                                      << eur << 2 << "category" << "control";
    QTest::newRow("quote error after quoted newline") << Header + "A,\"Two\nlines\",Fruit,1.00,7,\nB,Ba\"nana,Fruit,0.50,7,\n"
                                                      << eur << 4 << none << "quote";
    QTest::newRow("line count after blank line") << Header + GoodRow + "\n" + "B,Banana,Fruit,abc,7,\n"
                                                 << eur << 4 << "price" << "";
    QTest::newRow("line count with CRLF") << QByteArray("id,name,category,price,tax_rate,barcode\r\n"
                                                        "A,Apple,Fruit,1.00,7,\r\n\r\nB,Banana,Fruit,0.50,7,x\r\n")
                                          << eur << 4 << "barcode" << "";

    QTest::newRow("empty file") << QByteArray() << eur << 1 << none << "empty";
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << eur << 1 << none << "empty";
    QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << eur << 1 << none << "empty";
    QTest::newRow("header only") << Header << eur << 1 << none << "no products";
    QTest::newRow("header and blank lines") << Header + "\n\r\n" << eur << 1 << none << "no products";
    QTest::newRow("Latin-1 byte") << Header + "A,Caf\xE9,Drinks,1.00,7,\n" << eur << 0 << none << "UTF-8";
    QTest::newRow("truncated UTF-8 at end") << Header + "A,Caf\xC3" << eur << 0 << none << "UTF-8";
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEi\0d\0", 6) << eur << 0 << none << "UTF-8";
}

void TestCatalogCsv::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, currency);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, messagePart);

    const CatalogImport import = CatalogCsv::parse(csv, currency);
    QVERIFY(!import.ok());
    QVERIFY(!import.issues.isEmpty());
    QVERIFY(import.catalog.isEmpty());
    QCOMPARE(import.catalog.size(), 0);
    QVERIFY(import.catalog.categories().isEmpty());

    const CsvIssue &first = import.issues.first();
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QVERIFY(!first.message.isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(first.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(first.message));
}

void TestCatalogCsv::issueToString()
{
    const CatalogImport import =
        CatalogCsv::parse(Header + GoodRow + "B,Banana,Fruit,0.50,7,\nA,Apricot,Fruit,2.00,7,\nC,Cherry\n",
                          QStringLiteral("EUR"));
    QCOMPARE(import.issues.size(), 2);
    QCOMPARE(import.issues.at(0).toString(), QStringLiteral("line 4, column id: duplicate id, first used on line 2"));
    QCOMPARE(import.issues.at(1).toString(), QStringLiteral("line 5: 2 fields where the header has 6"));
}

void TestCatalogCsv::allBadRowsReported()
{
    const QByteArray csv = Header
        + "A,Apple,Fruit,1.00,7,\n"
          "B,,Fruit,abc,7,\n"
          "C,Cherry,Fruit,2.00,7,\n"
          "D,Date,Fruit,2.00,150,\n"
          "E,Elder\n"
          "A,Again,Fruit,1.00,7,123\n"
          "F,Fig,,1.00,7,\n";

    const CatalogImport import = CatalogCsv::parse(csv, QStringLiteral("EUR"));
    QVERIFY(!import.ok());
    QVERIFY(import.catalog.isEmpty());

    QStringList found;
    for (const CsvIssue &issue : import.issues)
        found.append(QStringLiteral("%1:%2").arg(issue.line).arg(issue.column));
    QCOMPARE(found, QStringList({QStringLiteral("3:name"), QStringLiteral("3:price"), QStringLiteral("5:tax_rate"),
                                 QStringLiteral("6:"), QStringLiteral("7:id"), QStringLiteral("7:barcode"),
                                 QStringLiteral("8:category")}));
}

void TestCatalogCsv::allHeaderProblemsReported()
{
    const CatalogImport import = CatalogCsv::parse("id,ID,colour,name\nA,A,red,Apple\n", QStringLiteral("EUR"));
    QVERIFY(import.catalog.isEmpty());

    QStringList found;
    for (const CsvIssue &issue : import.issues) {
        QCOMPARE(issue.line, 1);
        found.append(issue.column);
    }
    QCOMPARE(found, QStringList({QStringLiteral("id"), QStringLiteral("colour"), QStringLiteral("category"),
                                 QStringLiteral("price"), QStringLiteral("tax_rate")}));
}

void TestCatalogCsv::tooManyProducts()
{
    QByteArray csv = Header;
    csv.reserve(csv.size() + (CatalogCsv::MaxProducts + 1) * 24);
    for (int i = 0; i <= CatalogCsv::MaxProducts; ++i)
        csv += "P" + QByteArray::number(i) + ",Name,Cat,1.00,7,\n";

    const CatalogImport import = CatalogCsv::parse(csv, QStringLiteral("EUR"));
    QVERIFY(!import.ok());
    QVERIFY(import.catalog.isEmpty());
    QCOMPARE(import.issues.size(), 1);
    QCOMPARE(import.issues.first().line, CatalogCsv::MaxProducts + 2);
}

void TestCatalogCsv::tooLarge()
{
    QByteArray csv = Header + GoodRow;
    csv.append(QByteArray(CatalogCsv::MaxFileBytes, '\n'));

    const CatalogImport import = CatalogCsv::parse(csv, QStringLiteral("EUR"));
    QVERIFY(!import.ok());
    QVERIFY(import.catalog.isEmpty());
    QCOMPARE(import.issues.size(), 1);
    QCOMPARE(import.issues.first().line, 0);
    QVERIFY(import.issues.first().message.contains(QLatin1String("16 MiB")));
}

void TestCatalogCsv::writeThenParse_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<Product>>("products");

    QTest::newRow("euros") << QStringLiteral("EUR")
                           << QList<Product>{
                                  product(QStringLiteral("ESP"), QStringLiteral("Espresso"), QStringLiteral("Coffee"), 220, 1900),
                                  product(QStringLiteral("CRO"), QStringLiteral("Croissant, butter"), QStringLiteral("Bakery"), 180, 700,
                                          QStringLiteral("4006381333931")),
                                  product(QStringLiteral("QUO"), QStringLiteral("The \"Big\" One"), QStringLiteral("Snacks, \"salty\""),
                                          5, 1950),
                                  product(QStringLiteral("TWO"), QStringLiteral("Two, lines"), QStringLiteral("Bakery"), 0, 0,
                                          QStringLiteral("000123")),
                                  product(QStringLiteral("u.n-i_c"), QStringLiteral("Käse € ünïcode"), QStringLiteral("Käse"),
                                          Pricing::MaxUnitPrice, Pricing::MaxTaxRate, QStringLiteral("12345678901234")),
                                  product(QStringLiteral("Q1"), QStringLiteral("\"\""), QStringLiteral(","), 1234567, 1),
                              };
    QTest::newRow("yen") << QStringLiteral("JPY")
                         << QList<Product>{
                                product(QStringLiteral("TEA"), QStringLiteral("Green tea"), QStringLiteral("Drinks"), 150, 800),
                                product(QStringLiteral("BEN"), QStringLiteral("Bento, large"), QStringLiteral("Food"), 1200, 1000,
                                        QStringLiteral("4901234567894")),
                            };
}

void TestCatalogCsv::writeThenParse()
{
    QFETCH(QString, currency);
    QFETCH(QList<Product>, products);

    const Catalog original(products);
    const QByteArray csv = CatalogCsv::write(original, currency);
    QVERIFY(csv.startsWith("id,name,category,price,tax_rate,barcode\n"));

    const CatalogImport import = CatalogCsv::parse(csv, currency);
    QVERIFY2(import.ok(), qPrintable(issuesText(import) + QLatin1Char('\n') + QString::fromUtf8(csv)));
    QCOMPARE(describe(import.catalog.products()), describe(original.products()));
    QCOMPARE(import.catalog.categories(), original.categories());
    QCOMPARE(CatalogCsv::write(import.catalog, currency), csv);
}

void TestCatalogCsv::parseWriteParse()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "name,id,category,tax_rate,price,barcode\r\n"
                           "\"Croissant, butter\",CRO,Bakery,7,1.8,\r\n"
                           "\"The \"\"Big\"\" One\",QUO,Snacks,19.5,4.50,4006381333931\r\n";
    const CatalogImport first = CatalogCsv::parse(csv, QStringLiteral("EUR"));
    QVERIFY2(first.ok(), qPrintable(issuesText(first)));

    const QByteArray written = CatalogCsv::write(first.catalog, QStringLiteral("EUR"));
    QCOMPARE(written, QByteArray("id,name,category,price,tax_rate,barcode\n"
                                 "CRO,\"Croissant, butter\",Bakery,1.80,7,\n"
                                 "QUO,\"The \"\"Big\"\" One\",Snacks,4.50,19.5,4006381333931\n"));
    const CatalogImport second = CatalogCsv::parse(written, QStringLiteral("EUR"));
    QVERIFY2(second.ok(), qPrintable(issuesText(second)));
    QCOMPARE(describe(second.catalog.products()), describe(first.catalog.products()));
}

void TestCatalogCsv::demoCatalog()
{
    const CatalogImport import = CatalogCsv::readFile(QStringLiteral(":/catalog/demo_catalog.csv"), QStringLiteral("EUR"));
    QVERIFY2(import.ok(), qPrintable(issuesText(import)));
    QVERIFY2(import.catalog.size() >= 40, qPrintable(QString::number(import.catalog.size())));
    QVERIFY(import.catalog.categories().size() >= 4);

    int withBarcode = 0;
    for (const Product &p : import.catalog.products()) {
        QVERIFY(!p.id.isEmpty());
        QVERIFY(!p.name.isEmpty());
        QVERIFY(p.unitPrice > 0);
        QVERIFY(p.taxRate >= 0 && p.taxRate <= Pricing::MaxTaxRate);
        QCOMPARE(import.catalog.byId(p.id), &p);
        if (!p.barcode.isEmpty()) {
            ++withBarcode;
            QCOMPARE(import.catalog.byBarcode(p.barcode), &p);
        }
    }
    QVERIFY2(withBarcode >= 5, qPrintable(QString::number(withBarcode)));
}

void TestCatalogCsv::missingFile()
{
    const CatalogImport import = CatalogCsv::readFile(QStringLiteral(":/catalog/no_such_file.csv"), QStringLiteral("EUR"));
    QVERIFY(!import.ok());
    QVERIFY(import.catalog.isEmpty());
    QCOMPARE(import.issues.size(), 1);
    QCOMPARE(import.issues.first().line, 0);
    QVERIFY(import.issues.first().message.contains(QLatin1String("no_such_file.csv")));
}

QTEST_GUILESS_MAIN(TestCatalogCsv)
#include "tst_catalogcsv.moc"
