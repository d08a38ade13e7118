#include "csvexport.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QRegularExpression>

namespace dashboard::ui::csv {

QString field(const QString &text)
{
    QString value = text;
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?%?$"));
    if (!value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+') || value.front() == QLatin1Char('-')
            || value.front() == QLatin1Char('@') || value.front() == QLatin1Char('\t') || value.front() == QLatin1Char('\r'))
        && !number.match(value).hasMatch()) {
        value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
                       || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char(';'))
                       || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

bool write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice *device)
{
    const QString lineEnd = QStringLiteral("\r\n");
    auto line = [&columns](auto &&cellText) {
        QStringList cells;
        cells.reserve(columns.size());
        for (const int column : columns)
            cells << field(cellText(column));
        return cells.join(QLatin1Char(','));
    };
    QByteArray out("\xEF\xBB\xBF");
    out += line([&model](int column) { return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(); }).toUtf8();
    out += lineEnd.toUtf8();
    for (int row = 0; row < model.rowCount(); ++row) {
        out += line([&model, row](int column) { return model.data(model.index(row, column), Qt::DisplayRole).toString(); }).toUtf8();
        out += lineEnd.toUtf8();
    }
    return device->write(out) == out.size();
}

} // namespace dashboard::ui::csv
