#include "ui/routing/RoutingStrip.h"

#include "core/sync/SyncProtocol.h"
#include "models/Display.h"
#include "ui/AgentSession.h"
#include "ui/common/Views.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama {

RoutingStrip::RoutingStrip(AgentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_data(session.database()), m_confidence(Views::badge({}, {}, this)),
      m_explanation(Views::muted({}, this)), m_correct(new QToolButton(this)), m_suggestion(new QToolButton(this))
{
    setObjectName(u"routingStrip"_s);
    m_confidence->setObjectName(u"routingConfidence"_s);
    m_explanation->setObjectName(u"routingExplanation"_s);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setWordWrap(true);
    m_correct->setObjectName(u"routingCorrect"_s);
    m_correct->setText(tr("Correct category"));
    m_correct->setToolTip(tr("Sets the right category; the server's classifier learns from it."));
    m_correct->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_correct);
    menu->setObjectName(u"routingCategoryMenu"_s);
    for (const QString &c : SyncProtocol::ticketCategories()) {
        QAction *a = menu->addAction(Display::vocabulary(c));
        a->setData(c);
        a->setObjectName(u"category:"_s + c);
    }
    connect(menu, &QMenu::triggered, this, [this](QAction *a) { correctCategory(a->data().toString()); });
    m_correct->setMenu(menu);

    m_suggestion->setObjectName(u"routingSuggestion"_s);
    m_suggestion->setText(tr("Use suggested answer"));
    m_suggestion->hide();
    connect(m_suggestion, &QToolButton::clicked, this, [this] { Q_EMIT insertRequested(m_view.suggestion); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Views::muted(tr("Routing:"), this));
    layout->addWidget(m_confidence);
    layout->addWidget(m_explanation, 1);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_correct);
}

void RoutingStrip::setTicket(const TicketRecord &ticket)
{
    m_ticketId = ticket.id;
    m_view = m_data.view(ticket, tr("en", "language of routing explanations: en or zh") == u"zh"_s);
    const RoutingView &v = m_view;
    if (v.source == u"agent"_s) {
        Views::setBadge(m_confidence, tr("set by an agent"), u"ok"_s);
    } else if (v.manualTriage) {
        Views::setBadge(m_confidence, tr("manual triage"), u"warning"_s);
    } else if (v.confidence > 0) {
        Views::setBadge(m_confidence, tr("confidence %1").arg(v.confidence, 0, 'f', 2),
                        v.confidence >= 0.7 ? u"ok"_s : u"warning"_s);
    } else {
        Views::setBadge(m_confidence, {}, {});
    }
    QString text = v.summary;
    if (v.source == u"local"_s) {
        text = v.category != ticket.category
                   ? tr("Computed here: the model says %1. %2").arg(Display::vocabulary(v.category), v.summary)
                   : tr("Computed here: %1").arg(v.summary);
    }
    m_explanation->setText(text);
    m_explanation->setToolTip(v.steps.join(u'\n'));
    m_suggestion->setVisible(!v.suggestion.isEmpty());
    m_suggestion->setToolTip(v.suggestionTitle.isEmpty() ? v.suggestion
                                                         : u"%1\n\n%2"_s.arg(v.suggestionTitle, v.suggestion));
    for (QAction *a : m_correct->menu()->actions()) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == ticket.category);
    }
}

void RoutingStrip::correctCategory(const QString &category)
{
    if (m_ticketId.isEmpty())
        return;
    QPointer<RoutingStrip> self(this);
    const QString ticket = m_ticketId;
    m_session.editCache(
        [ticket, category](Database &db) { return RoutingData::correctCategory(db, ticket, category); }, {u"tickets"_s},
        [self, category](const QString &, const QString &error) {
            if (!self)
                return;
            Q_EMIT self->message(error.isEmpty() ? tr("Category set to %1; the server keeps it as a training example.")
                                                       .arg(Display::vocabulary(category))
                                                 : tr("Category not changed: %1").arg(error));
        });
}

} // namespace panorama
