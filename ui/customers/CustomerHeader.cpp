#include "ui/customers/CustomerHeader.h"

#include "models/Display.h"
#include "models/IdentitiesModel.h"
#include "ui/Clock.h"
#include "ui/common/Views.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QToolButton *revealButton(const QString &objectName, const QString &what, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(QCoreApplication::translate("panorama::CustomerHeader", "Reveal"));
    b->setAccessibleName(QCoreApplication::translate("panorama::CustomerHeader", "Reveal %1").arg(what));
    b->setAutoRaise(true);
    b->setProperty("role", u"link"_s);
    return b;
}

QString age(const QString &birthday)
{
    const QDate d = QDate::fromString(birthday, Qt::ISODate);
    if (!d.isValid())
        return {};
    const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::now()).date();
    int years = today.year() - d.year();
    if (today < d.addYears(years))
        --years;
    return QString::number(years);
}

} // namespace

CustomerHeader::CustomerHeader(QWidget *parent)
    : QWidget(parent), m_name(new QLabel(this)), m_tier(Views::badge({}, {}, this)), m_points(new QLabel(this)),
      m_merged(Views::badge({}, u"warning"_s, this)), m_phone(new QLabel(this)), m_email(new QLabel(this)),
      m_revealPhone(revealButton(u"revealPhoneButton"_s, tr("phone"), this)),
      m_revealEmail(revealButton(u"revealEmailButton"_s, tr("e-mail"), this)), m_facts(Views::muted({}, this)),
      m_figures(new QLabel(this))
{
    setObjectName(u"customerHeader"_s);
    setProperty("role", u"card"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_name->setObjectName(u"customerName"_s);
    m_name->setProperty("role", u"title"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tier->setObjectName(u"customerTier"_s);
    m_phone->setObjectName(u"customerPhone"_s);
    m_email->setObjectName(u"customerEmail"_s);
    for (QLabel *l : {m_phone, m_email, m_points, m_figures})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_name);
    top->addWidget(m_tier);
    top->addWidget(m_merged);
    top->addSpacing(12);
    top->addWidget(m_points);
    top->addStretch(1);
    top->addWidget(m_figures);

    auto *contacts = new QHBoxLayout;
    contacts->addWidget(Views::muted(tr("Phone"), this));
    contacts->addWidget(m_phone);
    contacts->addWidget(m_revealPhone);
    contacts->addSpacing(16);
    contacts->addWidget(Views::muted(tr("E-mail"), this));
    contacts->addWidget(m_email);
    contacts->addWidget(m_revealEmail);
    contacts->addSpacing(16);
    contacts->addWidget(m_facts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(contacts);

    connect(m_revealPhone, &QToolButton::clicked, this, [this] { Q_EMIT revealRequested(m_phoneIdentity.id); });
    connect(m_revealEmail, &QToolButton::clicked, this, [this] { Q_EMIT revealRequested(m_emailIdentity.id); });
}

void CustomerHeader::setCustomer(const CustomerSummary &s, const IdentityRecord &primaryPhone,
                                 const IdentityRecord &primaryEmail)
{
    m_phoneIdentity = primaryPhone;
    m_emailIdentity = primaryEmail;
    m_name->setText(s.displayName);
    Views::setBadge(m_tier, s.tier.isEmpty() ? tr("Not a member") : Display::vocabulary(s.tier),
                    s.tier.isEmpty() ? u"none"_s : s.tier);
    const QLocale locale;
    QString points;
    if (!s.tier.isEmpty()) {
        points = tr("%1 points").arg(locale.toString(s.points));
        if (!s.memberSince.isEmpty())
            points += u" · "_s + tr("member since %1").arg(s.memberSince);
        if (!s.advisorName.isEmpty())
            points += u" · "_s + tr("advisor %1").arg(s.advisorName);
    }
    m_points->setText(points);
    Views::setBadge(m_merged, s.mergedInto.isEmpty() ? QString() : tr("Merged into another record"), u"warning"_s);

    m_phone->setText(primaryPhone.value.isEmpty() ? tr("none") : primaryPhone.value);
    m_email->setText(primaryEmail.value.isEmpty() ? tr("none") : primaryEmail.value);
    m_revealPhone->setVisible(IdentitiesModel::looksMasked(primaryPhone.value));
    m_revealEmail->setVisible(IdentitiesModel::looksMasked(primaryEmail.value));

    QStringList facts;
    if (!s.gender.isEmpty() && s.gender != u"unknown"_s)
        facts << Display::vocabulary(s.gender);
    if (const QString a = age(s.birthday); !a.isEmpty())
        facts << tr("%1 years").arg(a);
    if (!s.city.isEmpty())
        facts << (s.province == s.city || s.province.isEmpty() ? s.city : s.province + u' ' + s.city);
    if (!s.language.isEmpty())
        facts << Display::vocabulary(s.language);
    if (!s.homeStoreName.isEmpty())
        facts << tr("home store %1").arg(s.homeStoreName);
    m_facts->setText(facts.join(u" · "_s));

    m_figures->setText(tr("%n order(s)", nullptr, int(s.orderCount)) + u" · "_s +
                       tr("%1 lifetime").arg(Display::money(s.lifetimeCents)) + u" · "_s +
                       tr("%n open ticket(s)", nullptr, int(s.openTickets)));
}

void CustomerHeader::showContact(const QString &identityId, const QString &value)
{
    if (identityId == m_phoneIdentity.id)
        m_phone->setText(value.isEmpty() ? m_phoneIdentity.value : value);
    if (identityId == m_emailIdentity.id)
        m_email->setText(value.isEmpty() ? m_emailIdentity.value : value);
}

void CustomerHeader::setRevealEnabled(bool enabled, const QString &why)
{
    for (QToolButton *b : {m_revealPhone, m_revealEmail}) {
        b->setEnabled(enabled);
        b->setToolTip(enabled ? tr("Reveal the full value with a reason (audited)") : why);
    }
}

} // namespace panorama
