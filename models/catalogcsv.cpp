#include "catalogcsv.h"

#include "money.h"
#include "pricing.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace {

struct Record
{
    int line = 0;
    QStringList fields;
};

// Splits RFC 4180 text into records; returns false with *issue set on a quoting error.
bool splitRecords(const QString &text, QList<Record> *records, CsvIssue *issue)
{
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank)
            records->append(current);
        current = Record();
        current.line = line;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                *issue = {line, QString(), CatalogCsv::tr("a quote inside an unquoted field")};
                return false;
            }
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            if (fieldWasQuoted) {
                *issue = {line, QString(), CatalogCsv::tr("text after a closing quote")};
                return false;
            }
            field += c;
        }
    }
    if (inQuotes) {
        *issue = {current.line, QString(), CatalogCsv::tr("a quoted field is not closed")};
        return false;
    }
    endRecord();
    return true;
}

const QString ColId = QStringLiteral("id");
const QString ColName = QStringLiteral("name");
const QString ColCategory = QStringLiteral("category");
const QString ColPrice = QStringLiteral("price");
const QString ColTax = QStringLiteral("tax_rate");
const QString ColBarcode = QStringLiteral("barcode");

} // namespace

QString CsvIssue::toString() const
{
    if (column.isEmpty())
        return CatalogCsv::tr("line %1: %2").arg(line).arg(message);
    return CatalogCsv::tr("line %1, column %2: %3").arg(line).arg(column, message);
}

CatalogImport CatalogCsv::readFile(const QString &path, const QString &currency)
{
    CatalogImport result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues.append({0, QString(), tr("cannot open %1: %2").arg(path, file.errorString())});
        return result;
    }
    if (file.size() > MaxFileBytes) {
        result.issues.append({0, QString(), tr("the file is larger than %1 MiB").arg(MaxFileBytes / (1024 * 1024))});
        return result;
    }
    return parse(file.readAll(), currency);
}

CatalogImport CatalogCsv::parse(const QByteArray &data, const QString &currency)
{
    CatalogImport result;
    auto fail = [&result](int line, const QString &column, const QString &message) {
        result.issues.append({line, column, message});
    };
    if (data.size() > MaxFileBytes) {
        fail(0, QString(), tr("the file is larger than %1 MiB").arg(MaxFileBytes / (1024 * 1024)));
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        fail(0, QString(), tr("the file is not UTF-8 text"));
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<Record> records;
    CsvIssue quoting;
    if (!splitRecords(text, &records, &quoting)) {
        result.issues.append(quoting);
        return result;
    }
    if (records.isEmpty()) {
        fail(1, QString(), tr("the file is empty; expected a header row"));
        return result;
    }

    const Record header = records.takeFirst();
    const QStringList known{ColId, ColName, ColCategory, ColPrice, ColTax, ColBarcode};
    QHash<QString, int> columnIndex;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!known.contains(name))
            fail(header.line, name, tr("unknown column; expected id, name, category, price, tax_rate, barcode"));
        else if (columnIndex.contains(name))
            fail(header.line, name, tr("column appears twice"));
        else
            columnIndex.insert(name, i);
    }
    for (const QString &required : {ColId, ColName, ColCategory, ColPrice, ColTax}) {
        if (!columnIndex.contains(required))
            fail(header.line, required, tr("required column is missing"));
    }
    if (!result.issues.isEmpty())
        return result;
    if (records.size() > MaxProducts) {
        fail(records.at(MaxProducts).line, QString(), tr("more than %1 products").arg(MaxProducts));
        return result;
    }

    QHash<QString, int> idLines;
    QHash<QString, int> barcodeLines;
    QList<Product> products;
    products.reserve(records.size());
    for (const Record &record : std::as_const(records)) {
        if (record.fields.size() != header.fields.size()) {
            fail(record.line, QString(), tr("%1 fields where the header has %2")
                                             .arg(record.fields.size()).arg(header.fields.size()));
            continue;
        }
        auto value = [&](const QString &column) {
            const int index = columnIndex.value(column, -1);
            return index < 0 ? QString() : record.fields.at(index).trimmed();
        };
        auto check = [&](const QString &column, const QString &problem) {
            if (!problem.isEmpty())
                fail(record.line, column, problem);
            return problem.isEmpty();
        };
        Product product;
        product.id = value(ColId);
        if (check(ColId, ProductRules::checkId(product.id))) {
            if (idLines.contains(product.id))
                fail(record.line, ColId, tr("duplicate id, first used on line %1").arg(idLines.value(product.id)));
            else
                idLines.insert(product.id, record.line);
        }
        product.name = value(ColName);
        check(ColName, ProductRules::checkName(product.name));
        product.category = value(ColCategory);
        check(ColCategory, ProductRules::checkCategory(product.category));
        check(ColPrice, ProductRules::readPrice(value(ColPrice), currency, &product.unitPrice));
        check(ColTax, ProductRules::readTaxRate(value(ColTax), &product.taxRate));
        product.barcode = value(ColBarcode);
        if (!product.barcode.isEmpty() && check(ColBarcode, ProductRules::checkBarcode(product.barcode))) {
            if (barcodeLines.contains(product.barcode))
                fail(record.line, ColBarcode, tr("duplicate barcode, first used on line %1")
                                                  .arg(barcodeLines.value(product.barcode)));
            else
                barcodeLines.insert(product.barcode, record.line);
        }
        products.append(product);
    }
    if (products.isEmpty() && result.issues.isEmpty())
        fail(header.line, QString(), tr("the file has a header but no products"));
    if (result.issues.isEmpty())
        result.catalog = Catalog(std::move(products));
    return result;
}

QByteArray CatalogCsv::write(const Catalog &catalog, const QString &currency)
{
    auto quoted = [](const QString &field) {
        if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
            && !field.contains(QLatin1Char('\n')))
            return field;
        QString escaped = field;
        escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    };
    QString out = QStringLiteral("id,name,category,price,tax_rate,barcode\n");
    for (const Product &p : catalog.products()) {
        out += quoted(p.id) + QLatin1Char(',') + quoted(p.name) + QLatin1Char(',') + quoted(p.category)
            + QLatin1Char(',') + Money(p.unitPrice, currency).toPlainString() + QLatin1Char(',')
            + Decimal::formatScaled(p.taxRate, 2, 0) + QLatin1Char(',') + p.barcode + QLatin1Char('\n');
    }
    return out.toUtf8();
}
