#include "ui/shell/ShortcutOverlay.h"

#include "ui/commands/CommandController.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

ShortcutOverlay::ShortcutOverlay(CommandController &commands, QWidget *parent)
    : QWidget(parent), m_commands(commands), m_content(new QLabel(this))
{
    setObjectName(u"shortcutOverlay"_s);
    setAccessibleName(tr("Keyboard shortcuts"));
    setFocusPolicy(Qt::StrongFocus);
    m_content->setObjectName(u"shortcutList"_s);
    m_content->setTextFormat(Qt::RichText);
    m_content->setProperty("role", u"overlay"_s);
    m_content->setAttribute(Qt::WA_StyledBackground);
    m_content->setMargin(20);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumWidth(900);
    scroll->setStyleSheet(u"QScrollArea { background: transparent; }"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 40, 60, 40);
    layout->addWidget(scroll, 0, Qt::AlignHCenter);
    parent->installEventFilter(this);
    hide();
}

void ShortcutOverlay::rebuild()
{
    QMap<QString, QList<Command *>> groups; // sorted headings
    for (Command *c : m_commands.commands()) {
        if (!c->action()->shortcut().isEmpty())
            groups[c->group()] << c;
    }
    QString html = u"<h2>%1</h2><table cellspacing='0' cellpadding='3'>"_s.arg(tr("Keyboard shortcuts"));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        html += u"<tr><td colspan='2'><h3>%1</h3></td></tr>"_s.arg(it.key().toHtmlEscaped());
        for (Command *c : it.value()) {
            html += u"<tr><td style='padding-right:24px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
                c->action()->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                c->action()->text().remove(u'&').toHtmlEscaped());
        }
    }
    html += u"</table><p>%1</p>"_s.arg(tr("Underlined letters in buttons and labels work with Alt. Esc closes."));
    m_content->setText(html);
}

QString ShortcutOverlay::text() const
{
    QTextDocument doc;
    doc.setHtml(m_content->text());
    return doc.toPlainText();
}

void ShortcutOverlay::toggle()
{
    if (isVisible()) {
        hide();
        return;
    }
    rebuild();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    setFocus();
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 110));
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *)
{
    hide();
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace panorama
