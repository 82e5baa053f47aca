#include "money.h"

#include <QLocale>

namespace {

QString padded(const QLocale &locale, qint64 value, int digits)
{
    QString text = locale.toString(value);
    while (text.size() < digits * locale.zeroDigit().size())
        text.prepend(locale.zeroDigit());
    return text;
}

// Every group of three digits, each after the locale's separator.
QString groupedInThrees(const QLocale &locale, qint64 value)
{
    if (value < 1000)
        return locale.toString(value);
    return groupedInThrees(locale, value / 1000) + locale.groupSeparator() + padded(locale, value % 1000, 3);
}

// Languages that leave four-digit numbers ungrouped (Spanish: 1234, 12.345) group all
// the digits of longer ones (1.234.567); Qt 6.4 also leaves the highest group alone
// when it has one digit and writes 1234.567.
QString wholeUnits(const QLocale &locale, qint64 value)
{
    const QString text = locale.toString(value);
    const bool groupsFourDigits = locale.toString(1000).contains(locale.groupSeparator());
    if (value < 10000 || groupsFourDigits || (locale.numberOptions() & QLocale::OmitGroupSeparator))
        return text;
    return groupedInThrees(locale, value);
}

}

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minor(minorUnits)
    , m_currency(currency)
{
}

int Money::precision(const QString &currency)
{
    static const QStringList zeroDecimals{QStringLiteral("JPY"), QStringLiteral("KRW"),
                                          QStringLiteral("ISK"), QStringLiteral("HUF")};
    return zeroDecimals.contains(currency) ? 0 : 2;
}

QString Money::symbol(const QString &currency)
{
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("JPY"))
        return QStringLiteral("¥");
    return currency;
}

QString Money::toString(const QLocale &locale) const
{
    const int decimals = precision(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 absolute = m_minor < 0 ? -m_minor : m_minor;
    QString text = wholeUnits(locale, absolute / scale);
    if (decimals > 0)
        text += locale.decimalPoint() + padded(locale, absolute % scale, decimals);
    if (m_minor < 0)
        text.prepend(locale.negativeSign());
    return text + QLatin1Char(' ') + symbol(m_currency);
}

QString Money::toPlainString() const
{
    const int decimals = precision(m_currency);
    return Decimal::formatScaled(m_minor, decimals, decimals);
}

bool Money::parse(const QString &text, const QString &currency, Money *out)
{
    qint64 minor = 0;
    if (!Decimal::parseScaled(text, precision(currency), &minor))
        return false;
    *out = Money(minor, currency);
    return true;
}

Money &Money::operator+=(const Money &other)
{
    m_minor += other.m_minor;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    m_minor -= other.m_minor;
    return *this;
}

bool Money::operator==(const Money &other) const
{
    return m_minor == other.m_minor && m_currency == other.m_currency;
}

namespace Decimal {

bool parseScaled(const QString &input, int decimals, qint64 *out)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > 24)
        return false;
    int pos = 0;
    bool negative = false;
    if (text[0] == QLatin1Char('-') || text[0] == QLatin1Char('+')) {
        negative = text[0] == QLatin1Char('-');
        ++pos;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
        whole = whole * 10 + (text[pos].unicode() - '0');
        if (++wholeDigits > 15)
            return false;
        ++pos;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < text.size() && text[pos] == QLatin1Char('.')) {
        ++pos;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
            if (++fractionDigits > decimals)
                return false;
            fraction = fraction * 10 + (text[pos].unicode() - '0');
            ++pos;
        }
        if (fractionDigits == 0)
            return false;
    }
    if (pos != text.size() || (wholeDigits == 0 && fractionDigits == 0))
        return false;
    for (int i = fractionDigits; i < decimals; ++i)
        fraction *= 10;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 value = whole * scale + fraction;
    *out = negative ? -value : value;
    return true;
}

QString formatScaled(qint64 value, int decimals, int minDecimals, QChar decimalPoint)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 absolute = value < 0 ? -value : value;
    QString text = QString::number(absolute / scale);
    QString fraction = QString::number(absolute % scale).rightJustified(decimals, QLatin1Char('0'));
    while (fraction.size() > minDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += decimalPoint + fraction;
    return value < 0 ? QLatin1Char('-') + text : text;
}

qint64 divRoundHalfAway(__int128 num, __int128 den)
{
    Q_ASSERT(den != 0);
    const bool negative = (num < 0) != (den < 0);
    const __int128 n = num < 0 ? -num : num;
    const __int128 d = den < 0 ? -den : den;
    const __int128 q = (n + d / 2) / d;
    return static_cast<qint64>(negative ? -q : q);
}

}
