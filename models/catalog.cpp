#include "catalog.h"

#include "money.h"
#include "pricing.h"

#include <QRegularExpression>
#include <QSet>

Catalog::Catalog(QList<Product> products)
    : m_products(std::move(products))
{
    QSet<QString> seen;
    for (int i = 0; i < m_products.size(); ++i) {
        const Product &product = m_products.at(i);
        m_indexById.insert(product.id, i);
        if (!product.barcode.isEmpty())
            m_indexByBarcode.insert(product.barcode, i);
        if (product.enabled && !seen.contains(product.category)) {
            seen.insert(product.category);
            m_categories.append(product.category);
        }
    }
}

const Product *Catalog::byId(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_products.at(*it);
}

const Product *Catalog::byBarcode(const QString &barcode) const
{
    const auto it = m_indexByBarcode.constFind(barcode);
    return it == m_indexByBarcode.cend() ? nullptr : &m_products.at(*it);
}

namespace {

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

QString ProductRules::checkId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]{1,32}")));
    return pattern.match(id).hasMatch() ? QString() : tr("must be 1 to 32 letters, digits, '.', '_' or '-'");
}

QString ProductRules::checkName(const QString &name)
{
    if (name.isEmpty() || name.size() > 80)
        return tr("must be 1 to 80 characters");
    return hasControlCharacter(name) ? tr("must not contain line breaks or control characters") : QString();
}

QString ProductRules::checkCategory(const QString &category)
{
    if (category.isEmpty() || category.size() > 40)
        return tr("must be 1 to 40 characters");
    return hasControlCharacter(category) ? tr("must not contain line breaks or control characters") : QString();
}

QString ProductRules::readPrice(const QString &text, const QString &currency, qint64 *minorUnits)
{
    Money price;
    if (!Money::parse(text, currency, &price))
        return tr("not a price with at most %1 decimals: '%2'").arg(Money::precision(currency)).arg(text);
    if (price.isNegative() || price.minorUnits() > Pricing::MaxUnitPrice)
        return tr("must not be negative or absurdly large");
    *minorUnits = price.minorUnits();
    return {};
}

QString ProductRules::readTaxRate(const QString &text, int *basisPoints)
{
    qint64 rate = 0;
    if (!Decimal::parseScaled(text, 2, &rate) || rate < 0 || rate > Pricing::MaxTaxRate)
        return tr("must be a percentage from 0 to 100 with at most 2 decimals");
    *basisPoints = static_cast<int>(rate);
    return {};
}

QString ProductRules::checkBarcode(const QString &barcode)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{6,14}")));
    return barcode.isEmpty() || pattern.match(barcode).hasMatch() ? QString() : tr("must be empty or 6 to 14 digits");
}
