#include "models/QuickReplyText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {
const QRegularExpression &variablePattern()
{
    static const QRegularExpression re(uR"(\{\{\s*([a-z_]+(?:\.[a-z_]+)*)\s*\}\})"_s);
    return re;
}
} // namespace

QStringList QuickReplyText::variables(const QString &body)
{
    QStringList out;
    auto it = variablePattern().globalMatch(body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

QString QuickReplyText::expand(const QString &body, const Values &values)
{
    QString out;
    qsizetype last = 0;
    auto it = variablePattern().globalMatch(body);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(body).mid(last, m.capturedStart() - last);
        const QString value = values.value(m.captured(1));
        out += value.isEmpty() ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    out += QStringView(body).mid(last);
    return out;
}

QStringList QuickReplyText::missing(const QString &body, const Values &values)
{
    QStringList out;
    for (const QString &v : variables(body)) {
        if (values.value(v).isEmpty())
            out << v;
    }
    return out;
}

} // namespace panorama
