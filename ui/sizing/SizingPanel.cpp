#include "ui/sizing/SizingPanel.h"

#include "core/domain/CustomerRepository.h"
#include "core/sizing/SizingError.h"
#include "core/sync/LocalEditor.h"
#include "ui/AgentSession.h"
#include "ui/Clock.h"
#include "ui/common/Views.h"
#include "ui/settings/Theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QDoubleSpinBox *measureBox(const QString &name, const QString &accessible, double max, bool optional, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setDecimals(1);
    box->setRange(0, max);
    box->setSingleStep(1);
    box->setSuffix(name == u"sizingWeight"_s ? u" kg"_s : u" cm"_s);
    box->setSpecialValueText(optional ? SizingPanel::tr("— (estimate)") : SizingPanel::tr("— (ask)"));
    box->setKeyboardTracking(true);
    return box;
}

std::optional<double> optionalValue(const QDoubleSpinBox *box)
{
    return box->value() > 0 ? std::optional<double>(box->value()) : std::nullopt;
}

void setOptional(QDoubleSpinBox *box, std::optional<double> value)
{
    box->setValue(value.value_or(0));
}

bool sameMeasure(std::optional<double> a, std::optional<double> b)
{
    return a.has_value() == b.has_value() && (!a || std::abs(*a - *b) < 0.05);
}

QJsonValue measureJson(std::optional<double> v)
{
    return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(QJsonValue::Null);
}

} // namespace

SizingPanel::SizingPanel(AgentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_data(session.database()), m_who(new QLabel(this)),
      m_product(new QComboBox(this)), m_height(measureBox(u"sizingHeight"_s, tr("Height"), 250, false, this)),
      m_weight(measureBox(u"sizingWeight"_s, tr("Weight"), 300, false, this)),
      m_chest(measureBox(u"sizingChest"_s, tr("Chest or bust"), 200, true, this)),
      m_waist(measureBox(u"sizingWaist"_s, tr("Waist"), 200, true, this)),
      m_hips(measureBox(u"sizingHips"_s, tr("Hips"), 200, true, this)), m_age(new QSpinBox(this)),
      m_gender(new QComboBox(this)), m_fit(new QComboBox(this)),
      m_save(new QPushButton(tr("&Save measurements to the profile"), this)), m_size(new QLabel(this)),
      m_runnerUp(new QLabel(this)), m_confidence(Views::badge({}, {}, this)), m_explanation(new QLabel(this)),
      m_warnings(new QLabel(this)), m_distribution(Views::muted({}, this)), m_historyText(Views::muted({}, this))
{
    setObjectName(u"sizingPanel"_s);
    m_who->setObjectName(u"sizingCustomer"_s);
    m_who->setProperty("role", u"title"_s);
    m_product->setObjectName(u"sizingProduct"_s);
    m_product->setAccessibleName(tr("Product"));
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_product->setMinimumContentsLength(24);
    m_age->setObjectName(u"sizingAge"_s);
    m_age->setAccessibleName(tr("Age"));
    m_age->setRange(0, 110);
    m_age->setSpecialValueText(tr("— (unknown)"));
    m_gender->setObjectName(u"sizingGender"_s);
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->addItem(tr("Not given"), int(sizing::Gender::Unknown));
    m_gender->addItem(tr("Female"), int(sizing::Gender::Female));
    m_gender->addItem(tr("Male"), int(sizing::Gender::Male));
    m_fit->setObjectName(u"sizingFit"_s);
    m_fit->setAccessibleName(tr("Fit preference"));
    m_fit->addItem(tr("Slim"), int(sizing::FitPreference::Slim));
    m_fit->addItem(tr("Regular"), int(sizing::FitPreference::Regular));
    m_fit->addItem(tr("Loose"), int(sizing::FitPreference::Loose));
    m_fit->setCurrentIndex(1);
    m_save->setObjectName(u"sizingSave"_s);
    m_size->setObjectName(u"sizingSize"_s);
    m_size->setProperty("role", u"bigValue"_s);
    m_size->setStyleSheet(u"font-size: 40pt; font-weight: bold;"_s); // read across the desk
    m_size->setMinimumWidth(90);
    m_size->setAccessibleName(tr("Recommended size"));
    m_runnerUp->setObjectName(u"sizingRunnerUp"_s);
    m_confidence->setObjectName(u"sizingConfidence"_s);
    m_explanation->setObjectName(u"sizingExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warnings->setObjectName(u"sizingWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_distribution->setObjectName(u"sizingDistribution"_s);
    m_distribution->setWordWrap(true);
    m_historyText->setObjectName(u"sizingHistory"_s);
    m_historyText->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("&Chest / bust:"), m_chest);
    form->addRow(tr("W&aist:"), m_waist);
    form->addRow(tr("H&ips:"), m_hips);
    form->addRow(tr("A&ge:"), m_age);
    form->addRow(tr("Ge&nder:"), m_gender);
    form->addRow(tr("&Fit:"), m_fit);
    auto *inputs = new QWidget(this);
    inputs->setProperty("role", u"card"_s);
    inputs->setAttribute(Qt::WA_StyledBackground);
    auto *il = new QVBoxLayout(inputs);
    il->addWidget(Views::heading(tr("Body and product"), inputs));
    il->addLayout(form);
    il->addWidget(m_historyText);
    il->addStretch(1);
    il->addWidget(m_save, 0, Qt::AlignLeft);

    auto *answer = new QWidget(this);
    answer->setProperty("role", u"card"_s);
    answer->setAttribute(Qt::WA_StyledBackground);
    auto *al = new QVBoxLayout(answer);
    al->addWidget(Views::heading(tr("Recommendation"), answer));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size);
    auto *sideCol = new QVBoxLayout;
    sideCol->addWidget(m_confidence, 0, Qt::AlignLeft);
    sideCol->addWidget(m_runnerUp);
    sideCol->addStretch(1);
    sizeRow->addSpacing(16);
    sizeRow->addLayout(sideCol);
    sizeRow->addStretch(1);
    al->addLayout(sizeRow);
    al->addWidget(m_explanation);
    al->addWidget(m_warnings);
    al->addWidget(m_distribution);
    al->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(inputs, 2);
    columns->addWidget(answer, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_who);
    layout->addLayout(columns, 1);

    for (QDoubleSpinBox *box : {m_height, m_weight, m_chest, m_waist, m_hips})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SizingPanel::recompute);
    connect(m_age, &QSpinBox::valueChanged, this, &SizingPanel::recompute);
    for (QComboBox *box : {m_product, m_gender, m_fit})
        connect(box, &QComboBox::currentIndexChanged, this, &SizingPanel::recompute);
    connect(m_save, &QPushButton::clicked, this, &SizingPanel::saveMeasurements);
    connect(&m_session, &AgentSession::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(u"returns"_s) || tables.contains(u"order_items"_s))
            invalidateStoreData();
    });
    setCustomer({});
}

SizingPanel::~SizingPanel() = default;

void SizingPanel::invalidateStoreData()
{
    m_engine.reset();
}

void SizingPanel::setCustomer(const QString &customerId, const QString &productId)
{
    m_filling = true;
    m_customerId = customerId;
    m_profile = customerId.isEmpty() ? sizing::Body() : m_data.body(customerId, Clock::now());
    m_history = customerId.isEmpty() ? std::vector<sizing::PurchaseRecord>() : m_data.history(customerId);
    QString name;
    if (!customerId.isEmpty()) {
        if (const auto s = CustomerRepository(m_session.database()).summary(customerId))
            name = s->displayName;
    }
    m_who->setText(name.isEmpty() ? tr("Sizing for a caller without a customer record")
                                  : tr("Sizing for %1").arg(name));
    setBody(m_profile);
    int kept = 0, small = 0, large = 0;
    for (const sizing::PurchaseRecord &p : m_history) {
        kept += p.outcome == sizing::PurchaseOutcome::Kept;
        small += p.outcome == sizing::PurchaseOutcome::TooSmall;
        large += p.outcome == sizing::PurchaseOutcome::TooLarge;
    }
    m_historyText->setText(
        m_history.empty()
            ? tr("No purchase history: the answer rests on the body and the chart.")
            : tr("History: %1 kept, %2 returned too small, %3 returned too large.").arg(kept).arg(small).arg(large));
    fillProducts(productId);
    m_filling = false;
    recompute();
}

void SizingPanel::fillProducts(const QString &select)
{
    const QSignalBlocker block(m_product);
    m_product->clear();
    const QList<SizingProduct> products = m_data.productsFor(m_customerId);
    for (const SizingProduct &p : products) {
        QString text;
        if (p.id.startsWith(u"preset:"_s))
            text = p.name == u"women"_s ? tr("Store chart: women") : tr("Store chart: men");
        else if (p.lastSize.isEmpty())
            text = u"%1 · %2"_s.arg(p.brand, p.name);
        else
            text = tr("%1 · %2 (bought %3)").arg(p.brand, p.name, p.lastSize);
        m_product->addItem(text, p.id);
    }
    int index = select.isEmpty() ? -1 : m_product->findData(select);
    if (index < 0 && !select.isEmpty()) {
        // A product outside the customer's history (another customer's order line, a ticket's order).
        if (m_data.chart(select)) {
            m_product->insertItem(0, tr("Product %1").arg(select), select);
            index = 0;
        }
    }
    if (index < 0 && m_profile.gender == sizing::Gender::Male && products.first().id.startsWith(u"preset:"_s))
        index = m_product->findData(u"preset:men"_s); // no sized purchase yet: the store's chart for him
    m_product->setCurrentIndex(std::max(index, 0));
}

QString SizingPanel::productId() const
{
    return m_product->currentData().toString();
}

sizing::Body SizingPanel::body() const
{
    sizing::Body b;
    b.heightCm = m_height->value();
    b.weightKg = m_weight->value();
    b.chestCm = optionalValue(m_chest);
    b.waistCm = optionalValue(m_waist);
    b.hipsCm = optionalValue(m_hips);
    if (m_age->value() > 0)
        b.ageYears = m_age->value();
    b.gender = sizing::Gender(m_gender->currentData().toInt());
    b.fit = sizing::FitPreference(m_fit->currentData().toInt());
    return b;
}

void SizingPanel::setBody(const sizing::Body &b)
{
    const bool was = m_filling;
    m_filling = true;
    m_height->setValue(b.heightCm);
    m_weight->setValue(b.weightKg);
    setOptional(m_chest, b.chestCm);
    setOptional(m_waist, b.waistCm);
    setOptional(m_hips, b.hipsCm);
    m_age->setValue(b.ageYears ? int(*b.ageYears) : 0);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(int(b.gender))));
    m_fit->setCurrentIndex(std::max(0, m_fit->findData(int(b.fit))));
    m_filling = was;
    if (!m_filling)
        recompute();
}

void SizingPanel::recompute()
{
    if (m_filling)
        return;
    m_result.reset();
    m_error.clear();
    const sizing::Body b = body();
    QString chartError;
    const auto chart = m_data.chart(productId(), &chartError);
    if (b.heightCm <= 0 || b.weightKg <= 0) {
        m_error = tr("Ask for height and weight: they are needed for every recommendation.");
    } else if (!chart) {
        m_error = tr("This product has no usable size chart (%1).").arg(chartError);
    } else {
        if (!m_engine) {
            m_engine = std::make_unique<sizing::SizeRecommender>();
            m_engine->setOffsets(m_data.storeOffsets());
        }
        sizing::SizeRequest request;
        request.body = b;
        request.chart = *chart;
        request.history = m_history;
        // The sentence is read out to the customer: in the workstation's language.
        request.language = sizing::parseLanguage(tr("en", "language code of the size advice: en or zh-CN"))
                               .value_or(sizing::Language::English);
        request.today = QDateTime::fromMSecsSinceEpoch(Clock::now()).date();
        try {
            m_result = m_engine->recommend(request);
        } catch (const sizing::SizingError &e) {
            m_error = e.message();
        }
    }
    showResult();
    updateSave();
    Q_EMIT recomputed();
}

void SizingPanel::showResult()
{
    if (!m_result) {
        m_size->setText(u"—"_s);
        m_runnerUp->clear();
        Views::setBadge(m_confidence, {}, {});
        m_explanation->setText(m_error);
        m_warnings->clear();
        m_distribution->clear();
        return;
    }
    const sizing::Recommendation &r = *m_result;
    m_size->setText(r.size);
    m_runnerUp->setText(r.runnerUp.isEmpty() ? QString() : tr("Runner-up: %1").arg(r.runnerUp));
    const int percent = int(std::lround(r.confidence * 100));
    Views::setBadge(m_confidence, tr("Confidence %1 %").arg(percent),
                    r.confidence >= 0.6   ? u"ok"_s
                    : r.confidence >= 0.4 ? u"warning"_s
                                          : u"danger"_s);
    m_confidence->setAccessibleName(tr("Confidence %1 percent").arg(percent));
    m_explanation->setText(r.explanation);
    QString warnings;
    for (const sizing::SizeWarning &w : r.warnings)
        warnings += u"<p style='margin:2px 0'><span style='color:%1'>▲</span> %2</p>"_s.arg(Theme::warning().name(),
                                                                                            w.text.toHtmlEscaped());
    m_warnings->setText(warnings);
    m_warnings->setVisible(!warnings.isEmpty());
    QStringList parts;
    for (const sizing::SizeProbability &p : r.distribution)
        parts << u"%1 %2 %"_s.arg(p.size).arg(int(std::lround(p.probability * 100)));
    m_distribution->setText(tr("Likelihood per size: %1").arg(parts.join(u" · "_s)));
}

QJsonObject SizingPanel::changedMeasurements() const
{
    QJsonObject fields;
    if (m_customerId.isEmpty())
        return fields;
    const sizing::Body b = body();
    auto required = [](double v) { return v > 0 ? std::optional<double>(v) : std::nullopt; };
    const std::pair<const char *, std::pair<std::optional<double>, std::optional<double>>> measures[] = {
        {"height_cm", {required(b.heightCm), required(m_profile.heightCm)}},
        {"weight_kg", {required(b.weightKg), required(m_profile.weightKg)}},
        {"chest_cm", {b.chestCm, m_profile.chestCm}},
        {"waist_cm", {b.waistCm, m_profile.waistCm}},
        {"hips_cm", {b.hipsCm, m_profile.hipsCm}}};
    for (const auto &[key, values] : measures) {
        if (!sameMeasure(values.first, values.second))
            fields.insert(QLatin1StringView(key), measureJson(values.first));
    }
    if (b.fit != m_profile.fit)
        fields.insert(u"fit_preference"_s, sizing::fitKey(b.fit));
    return fields;
}

void SizingPanel::updateSave()
{
    const bool changed = !changedMeasurements().isEmpty();
    m_save->setEnabled(changed);
    m_save->setToolTip(m_customerId.isEmpty() ? tr("Open the customer first: there is no profile to save to.")
                       : changed              ? tr("Saves the changed measurements to the customer's profile.")
                                              : tr("The profile already holds these measurements."));
}

void SizingPanel::saveMeasurements()
{
    const QJsonObject fields = changedMeasurements();
    if (fields.isEmpty())
        return;
    m_save->setEnabled(false);
    QPointer<SizingPanel> self(this);
    const QString customer = m_customerId;
    m_session.editCache(
        [customer, fields](Database &db) { return LocalEditor(db).setCustomerMeasurements(customer, fields); },
        {u"customers"_s},
        [self, customer](const QString &, const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                Q_EMIT self->message(tr("Measurements not saved: %1").arg(error));
                self->updateSave();
                return;
            }
            if (customer == self->m_customerId)
                self->m_profile = self->m_data.body(customer, Clock::now());
            self->updateSave();
            Q_EMIT self->message(self->m_session.isOnline()
                                     ? tr("Measurements saved to the profile; sending to the server.")
                                     : tr("Measurements saved to the profile; they will sync when you are online."));
        });
}

} // namespace panorama
