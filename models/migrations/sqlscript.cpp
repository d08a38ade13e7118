#include "sqlscript.h"

namespace dashboard::migrations {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// At text[i] == '$': returns the dollar-quote tag ("$$" or "$name$"), or an empty string
// when this '$' is not the start of one (e.g. a positional parameter $1).
QString dollarTagAt(const QString &text, qsizetype i)
{
    qsizetype j = i + 1;
    if (j < text.size() && text[j].isDigit())
        return {};
    while (j < text.size() && isIdentifierChar(text[j]))
        ++j;
    if (j < text.size() && text[j] == QLatin1Char('$'))
        return text.mid(i, j - i + 1);
    return {};
}

bool isBlankOrComment(const QString &statement)
{
    // Called on accumulated text from which comments were already excluded.
    for (QChar c : statement) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

QList<SqlStatement> SqlScript::split(const QString &script)
{
    QList<SqlStatement> statements;
    QString current;
    int currentLine = 0;
    int line = 1;
    const qsizetype n = script.size();

    auto append = [&](QChar c) {
        if (currentLine == 0 && !c.isSpace())
            currentLine = line;
        current.append(c);
    };
    auto finish = [&] {
        if (!isBlankOrComment(current))
            statements.append({current.trimmed(), currentLine});
        current.clear();
        currentLine = 0;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();

        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            // Line comment: dropped, but the newline is kept so positions stay on their lines.
            while (i < n && script[i] != QLatin1Char('\n'))
                ++i;
            if (i < n) {
                current.append(QLatin1Char('\n'));
                ++line;
            }
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            int depth = 0;
            while (i < n) {
                if (script[i] == QLatin1Char('/') && i + 1 < n && script[i + 1] == QLatin1Char('*')) {
                    ++depth;
                    ++i;
                } else if (script[i] == QLatin1Char('*') && i + 1 < n && script[i + 1] == QLatin1Char('/')) {
                    --depth;
                    ++i;
                    if (depth == 0)
                        break;
                } else if (script[i] == QLatin1Char('\n')) {
                    current.append(QLatin1Char('\n'));
                    ++line;
                }
                ++i;
            }
            current.append(QLatin1Char(' '));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // E'...' strings treat backslash as an escape; '' and "" double the quote.
            const bool backslashEscapes = c == QLatin1Char('\'') && !current.isEmpty()
                                          && (current.back() == QLatin1Char('E') || current.back() == QLatin1Char('e'))
                                          && (current.size() < 2 || !isIdentifierChar(current[current.size() - 2]));
            append(c);
            ++i;
            while (i < n) {
                const QChar q = script[i];
                append(q);
                if (q == QLatin1Char('\n'))
                    ++line;
                if (backslashEscapes && q == QLatin1Char('\\') && i + 1 < n) {
                    append(script[++i]);
                } else if (q == c) {
                    if (i + 1 < n && script[i + 1] == c)
                        append(script[++i]);
                    else
                        break;
                }
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('$') && (current.isEmpty() || !isIdentifierChar(current.back()))) {
            const QString tag = dollarTagAt(script, i);
            if (!tag.isEmpty()) {
                const qsizetype end = script.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? n : end + tag.size();
                for (qsizetype k = i; k < stop; ++k) {
                    append(script[k]);
                    if (script[k] == QLatin1Char('\n'))
                        ++line;
                }
                i = stop - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            finish();
            continue;
        }
        if (c == QLatin1Char('\n'))
            ++line;
        append(c);
    }
    finish();
    return statements;
}

int SqlScript::lineOfPosition(const SqlStatement &statement, int position)
{
    // The statement text was trimmed: its first character is on statement.line.
    int line = statement.line;
    const int limit = std::min<int>(position - 1, statement.text.size());
    for (int i = 0; i < limit; ++i) {
        if (statement.text[i] == QLatin1Char('\n'))
            ++line;
    }
    return line;
}

} // namespace dashboard::migrations
