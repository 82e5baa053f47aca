#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct CsvIssue
{
    int line = 0;   // 1-based line of the file where the record starts
    QString column; // header name, or empty when the whole record is at fault
    QString message;
    QString toString() const;
};

struct CatalogImport
{
    Catalog catalog;
    QList<CsvIssue> issues;
    bool ok() const { return issues.isEmpty(); }
};

// Reads a product catalog from CSV (RFC 4180, UTF-8, header row). Columns: id, name,
// category, price, tax_rate and the optional barcode; see docs/user-guide.md.
// A catalog is returned only when every row is valid.
class CatalogCsv final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCsv)

public:
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    static constexpr int MaxProducts = 100000;

    static CatalogImport parse(const QByteArray &data, const QString &currency);
    static CatalogImport readFile(const QString &path, const QString &currency);
    static QByteArray write(const Catalog &catalog, const QString &currency);
};
