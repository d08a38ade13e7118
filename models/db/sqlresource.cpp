#include "sqlresource.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QStringList>

namespace dashboard::db {

QString sqlResource(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(path);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/sql/%1.sql").arg(path));
    QString text;
    if (file.open(QIODevice::ReadOnly)) {
        QStringList lines;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines << line;
        }
        text = lines.join(QLatin1Char('\n')).trimmed();
    } else {
        qWarning("the SQL resource sql/%s.sql is missing from the build", qPrintable(path));
    }
    cache.insert(path, text);
    return text;
}

} // namespace dashboard::db
