#include "models/MergeSuggestionsModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace panorama {

MergeSuggestionsModel::MergeSuggestionsModel(QObject *parent) : RecordListModel(parent) {}

QString MergeSuggestionsModel::evidenceText(const QString &evidence)
{
    static const QRegularExpression re(uR"(^(\w+) (.*) \((\w+), (\w+)\)$)"_s);
    const auto m = re.match(evidence);
    if (!m.hasMatch())
        return evidence;
    return u"%1 %2 (%3, %4)"_s.arg(Display::vocabulary(m.captured(1)), m.captured(2),
                                   Display::vocabulary(m.captured(3)), Display::vocabulary(m.captured(4)));
}

int MergeSuggestionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeSuggestionsModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const MergeSuggestion &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.otherCustomerId;
    if (role == RawRole)
        return index.column() == Customer ? QVariant(s.otherName) : QVariant(s.evidence);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Customer:
        return s.otherName;
    case Evidence: {
        QStringList parts;
        for (const QString &e : s.evidence)
            parts << evidenceText(e);
        return parts.join(role == Qt::ToolTipRole ? u"\n"_s : u"; "_s);
    }
    default:
        return {};
    }
}

QVariant MergeSuggestionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer:
        return tr("Possible duplicate");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace panorama
