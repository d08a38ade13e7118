#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace dashboard::ui::csv {

// One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space,
// with quotes doubled. Text a spreadsheet would run as a formula (=, +, -, @ first, not a
// number) gets a leading apostrophe, so a student's name cannot become a formula.
QString field(const QString &text);

// Writes the model's rows in their current order — header line first, then the DisplayRole
// text of the given columns, in that order — as UTF-8 with a byte-order mark (spreadsheet apps
// then read accents right) and CRLF line ends. Returns false when the device fails.
bool write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice *device);

} // namespace dashboard::ui::csv
