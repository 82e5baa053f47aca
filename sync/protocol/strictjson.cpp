#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSet>

// QJsonDocument::fromJson is more lenient than RFC 8259 (raw control characters in
// strings, "1.", the last of two equal keys wins) and nests up to 1,024 levels, so a
// body is first checked against the grammar here, then read by Qt.
namespace Protocol {

namespace {

class Checker final
{
public:
    Checker(const QByteArray &text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    {
    }

    bool document(QString *problem)
    {
        skipSpace();
        const bool ok = value(0) && (skipSpace(), atEnd() || fail(QStringLiteral("text after the JSON value")));
        if (!ok)
            *problem = QStringLiteral("%1 at offset %2").arg(m_problem).arg(m_at);
        return ok;
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_at); }

    bool fail(const QString &problem)
    {
        m_problem = problem;
        return false;
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    bool literal(const char *word)
    {
        const QByteArrayView expected(word);
        if (QByteArrayView(m_text).sliced(m_at).startsWith(expected)) {
            m_at += expected.size();
            return true;
        }
        return fail(QStringLiteral("an unknown literal"));
    }

    bool value(int depth)
    {
        switch (peek()) {
        case '{': return object(depth + 1);
        case '[': return array(depth + 1);
        case '"': return string(nullptr);
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }

    bool nest(int depth)
    {
        return depth <= m_maxDepth || fail(QStringLiteral("arrays and objects nested deeper than %1 levels").arg(m_maxDepth));
    }

    bool object(int depth)
    {
        if (!nest(depth))
            return false;
        ++m_at;
        skipSpace();
        if (peek() == '}') {
            ++m_at;
            return true;
        }
        QSet<QString> keys;
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return fail(QStringLiteral("an object key must be a string"));
            QString key;
            const qsizetype keyAt = m_at;
            if (!string(&key))
                return false;
            if (keys.contains(key)) {
                m_at = keyAt;
                return fail(QStringLiteral("the key \"%1\" appears twice").arg(key.left(64)));
            }
            keys.insert(key);
            skipSpace();
            if (peek() != ':')
                return fail(QStringLiteral("a ':' is missing after an object key"));
            ++m_at;
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            if (peek() == '}') {
                ++m_at;
                return true;
            }
            return fail(QStringLiteral("a ',' or '}' is missing in an object"));
        }
    }

    bool array(int depth)
    {
        if (!nest(depth))
            return false;
        ++m_at;
        skipSpace();
        if (peek() == ']') {
            ++m_at;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            if (peek() == ']') {
                ++m_at;
                return true;
            }
            return fail(QStringLiteral("a ',' or ']' is missing in an array"));
        }
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // A string; its text is decoded only where it is needed (object keys compare decoded,
    // as UTF-16, so that an escaped surrogate pair equals the character written as UTF-8).
    bool string(QString *decoded)
    {
        ++m_at;
        qsizetype run = m_at; // start of the bytes since the last escape
        auto flush = [&] {
            if (decoded)
                decoded->append(QString::fromUtf8(QByteArrayView(m_text).sliced(run, m_at - run)));
        };
        if (decoded)
            decoded->clear();
        for (;;) {
            if (atEnd())
                return fail(QStringLiteral("a string is not closed"));
            const char c = m_text.at(m_at);
            if (c == '"') {
                flush();
                ++m_at;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(QStringLiteral("a control character inside a string must be escaped"));
            if (c != '\\') {
                ++m_at;
                continue;
            }
            flush();
            const char escape = m_at + 1 < m_text.size() ? m_text.at(m_at + 1) : '\0';
            m_at += 2;
            if (escape == 'u') {
                if (m_at + 4 > m_text.size())
                    return fail(QStringLiteral("a \\u escape needs four hex digits"));
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(m_text.at(m_at + i));
                    if (digit < 0)
                        return fail(QStringLiteral("a \\u escape needs four hex digits"));
                    unit = char16_t(unit * 16 + digit);
                }
                m_at += 4;
                if (decoded)
                    decoded->append(QChar(unit));
            } else if (QByteArrayView("\"\\/bfnrt").contains(escape) && escape != '\0') {
                if (decoded) {
                    static const QHash<char, QChar> controls{{'b', u'\b'}, {'f', u'\f'}, {'n', u'\n'}, {'r', u'\r'},
                                                             {'t', u'\t'}};
                    decoded->append(controls.value(escape, QLatin1Char(escape)));
                }
            } else {
                m_at -= 2;
                return fail(QStringLiteral("an unknown escape in a string"));
            }
            run = m_at;
        }
    }

    bool digits()
    {
        const qsizetype start = m_at;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_at;
        return m_at > start;
    }

    bool number()
    {
        const qsizetype start = m_at;
        if (peek() == '-')
            ++m_at;
        if (peek() == '0') {
            ++m_at;
        } else if (!(peek() >= '1' && peek() <= '9') || !digits()) {
            m_at = start;
            return fail(QStringLiteral("a value is expected"));
        }
        if (peek() == '.') {
            ++m_at;
            if (!digits())
                return fail(QStringLiteral("a number needs digits after its decimal point"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            if (!digits())
                return fail(QStringLiteral("a number needs digits in its exponent"));
        }
        return true;
    }

    const QByteArray &m_text;
    int m_maxDepth;
    qsizetype m_at = 0;
    QString m_problem;
};

} // namespace

bool parseJsonObject(const QByteArray &bytes, QJsonObject *object, QString *error, int maxDepth)
{
    QString problem;
    if (!Checker(bytes, maxDepth).document(&problem)) {
        *error = QStringLiteral("the body is not JSON: ") + problem;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the body is not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the body must be a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

int jsonDepth(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            deepest = qMax(deepest, jsonDepth(item));
        return deepest + 1;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = qMax(deepest, jsonDepth(it.value()));
        return deepest + 1;
    }
    return 0;
}

}
