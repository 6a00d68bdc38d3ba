#pragma once

#include "models/QuickReplyText.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTextBrowser;

namespace panorama {

class Database;
class QuickRepliesModel;

// Picks a quick reply (macro) by typing part of its title or text, previews it with the ticket's variables
// filled in (customer name, order number, agent, ...), and hands back the text. Unknown variables stay visible.
class QuickReplyPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickReplyPicker)
public:
    QuickReplyPicker(Database &db, const QString &language, QuickReplyText::Values values, QWidget *parent = nullptr);

    QString text() const; // the chosen reply, expanded
    QString chosenSlug() const;

private:
    void loadLanguage();
    void preview();

    Database &m_db;
    QuickReplyText::Values m_values;
    QuickRepliesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_language;
    QLineEdit *m_filter;
    QListView *m_list;
    QTextBrowser *m_preview;
    QLabel *m_missing;
};

} // namespace panorama
