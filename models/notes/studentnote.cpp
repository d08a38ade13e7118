#include "studentnote.h"

namespace dashboard::notes {

QString flagToString(NoteFlag flag)
{
    switch (flag) {
    case NoteFlag::FollowUp:
        return QStringLiteral("FOLLOW_UP");
    case NoteFlag::Concern:
        return QStringLiteral("CONCERN");
    case NoteFlag::Praise:
        return QStringLiteral("PRAISE");
    case NoteFlag::None:
        break;
    }
    return QString();
}

NoteFlag flagFromString(const QString &text)
{
    if (text == u"FOLLOW_UP")
        return NoteFlag::FollowUp;
    if (text == u"CONCERN")
        return NoteFlag::Concern;
    if (text == u"PRAISE")
        return NoteFlag::Praise;
    return NoteFlag::None;
}

} // namespace dashboard::notes
