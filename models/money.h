#pragma once

#include <QString>
#include <QtGlobal>

class QLocale;

// An exact amount of money: an integer count of the currency's minor units.
class Money final
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Decimal places of the currency's minor unit (2 for EUR, 0 for JPY).
    static int precision(const QString &currency);
    static QString symbol(const QString &currency);

    QString toString(const QLocale &locale) const;
    // Plain form without symbol or grouping, e.g. "-12.50"; what the CSV import reads.
    QString toPlainString() const;
    // Strict decimal parsing: "12", "12.5", "-0.05"; no exponent, no grouping.
    static bool parse(const QString &text, const QString &currency, Money *out);

    Money operator+(const Money &other) const { return Money(m_minor + other.m_minor, m_currency); }
    Money operator-(const Money &other) const { return Money(m_minor - other.m_minor, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    bool operator==(const Money &other) const;
    bool operator!=(const Money &other) const { return !(*this == other); }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

namespace Decimal {
// Parses a decimal with at most `decimals` fraction digits into an integer scaled
// by 10^decimals ("2.5" with 3 decimals gives 2500). Rejects anything else.
bool parseScaled(const QString &text, int decimals, qint64 *out);
// Formats an integer scaled by 10^decimals; trailing zeros of the fraction are kept
// up to `minDecimals`.
QString formatScaled(qint64 value, int decimals, int minDecimals, QChar decimalPoint = QLatin1Char('.'));
// Integer division of num by den, rounded half away from zero.
qint64 divRoundHalfAway(__int128 num, __int128 den);
}
