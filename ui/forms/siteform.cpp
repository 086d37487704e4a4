#include "forms/siteform.h"

#include "domain/maplink.h"
#include "domain/validation.h"
#include "storage/siterepository.h"
#include "widgets/coordinateedit.h"
#include "widgets/historyview.h"
#include "widgets/localizedtextedit.h"
#include "widgets/openingdaysedit.h"
#include "widgets/organisationcombobox.h"
#include "widgets/personfield.h"
#include "widgets/vocabularycombobox.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ep {

SiteForm::SiteForm(const Workspace &workspace, QWidget *parent)
    : RecordForm(workspace, parent)
    , m_name(new LocalizedTextEdit(LocalizedTextEdit::Lines::Single, this))
    , m_kind(new VocabularyComboBox(Vocabulary::SiteKind, this))
    , m_street(new QLineEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_latitude(new CoordinateEdit(51.4671, this))
    , m_longitude(new CoordinateEdit(7.2851, this))
    , m_description(new LocalizedTextEdit(LocalizedTextEdit::Lines::Multiple, this))
    , m_host(new OrganisationComboBox(workspace.db, this))
    , m_contact(new PersonField(workspace, this))
    , m_accessibility(new LocalizedTextEdit(LocalizedTextEdit::Lines::Multiple, this))
    , m_historyLabel(new QLabel(this))
    , m_history(new HistoryView(HistoryView::Detail::Day, this))
    , m_showOnMap(new QPushButton(this))
    , m_openingDays(new OpeningDaysEdit(this))
{
    setObjectName(QStringLiteral("siteForm"));
    m_latitude->setObjectName(QStringLiteral("latitude"));
    m_longitude->setObjectName(QStringLiteral("longitude"));
    m_accessibility->setObjectName(QStringLiteral("accessibility"));
    m_accessibility->setOptional(true);
    m_description->setOptional(true);
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(QStringLiteral("DE, PL …"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    QFormLayout *form = makeScrollingForm(outer);
    addRow(form, QT_TR_NOOP("&Name"), m_name, QStringLiteral("name"));
    addRow(form, QT_TR_NOOP("&Kind"), m_kind);
    addRow(form, QT_TR_NOOP("&Street"), m_street);
    addRow(form, QT_TR_NOOP("&Postal code"), m_postalCode);
    addRow(form, QT_TR_NOOP("Cit&y"), m_city);
    addRow(form, QT_TR_NOOP("Coun&try"), m_country);
    addRow(form, QT_TR_NOOP("&Latitude"), m_latitude, QStringLiteral("latitude"));
    addRow(form, QT_TR_NOOP("L&ongitude"), m_longitude, QStringLiteral("longitude"));
    addRow(form, QT_TR_NOOP("&Description"), m_description);
    addRow(form, QT_TR_NOOP("&Host organisation"), m_host);
    addRow(form, QT_TR_NOOP("On-site &contact"), m_contact);
    addRow(form, QT_TR_NOOP("&Accessibility"), m_accessibility);
    m_openingDays->setObjectName(QStringLiteral("openingDays"));
    addRow(form, QT_TR_NOOP("Open on &weekdays"), m_openingDays);
    // Below the longitude: a message about the pair, not one of them.
    form->insertRow(8, QString(), m_issues.labelFor(QStringLiteral("coordinates"), this));
    m_issues.tie(QStringLiteral("coordinates"), m_latitude);
    m_issues.tie(QStringLiteral("coordinates"), m_longitude);
    // The coordinates as entered, saved or not: to check them on the map.
    m_showOnMap->setObjectName(QStringLiteral("showOnMap"));
    form->insertRow(9, QString(), m_showOnMap);
    connect(m_showOnMap, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(openStreetMapLink(*m_latitude->value(), *m_longitude->value()));
    });
    for (CoordinateEdit *edit : {m_latitude, m_longitude})
        connect(edit, &QLineEdit::textChanged, this, &SiteForm::updateMapButton);
    m_historyLabel->setBuddy(m_history);
    form->addRow(m_historyLabel);
    form->addRow(m_history);
    connect(m_history, &HistoryView::eventActivated, this,
            [this](int eventId) { emit openRequested(Area::Events, eventId); });
    retranslate();
    showRecord(0);
}

void SiteForm::updateMapButton()
{
    const std::optional<double> latitude = m_latitude->value();
    const std::optional<double> longitude = m_longitude->value();
    m_showOnMap->setEnabled(latitude && longitude && !std::isnan(*latitude) &&
                            !std::isnan(*longitude));
}

void SiteForm::retranslate()
{
    m_showOnMap->setText(tr("Show on &Map"));
    m_showOnMap->setToolTip(tr("Opens OpenStreetMap in the browser at these coordinates"));
    m_historyLabel->setText(tr("<b>Visits</b>"));
}

QWidget *SiteForm::firstField() const
{
    return m_name->editor(Language::German);
}

void SiteForm::reloadChoices()
{
    const bool modified = isModified();
    m_host->reload();
    if (!modified) {
        m_host->setOrganisationId(m_stored.hostOrganisationId);
        m_contact->setPersonId(m_stored.contactPersonId);
    }
}

void SiteForm::showRecord(int id)
{
    SiteRepository repository(m_workspace.db);
    m_stored = repository.load(id).value_or(Site{});
    setRecordId(m_stored.id);
    m_name->setText(m_stored.name);
    m_kind->setCode(m_stored.kind);
    m_street->setText(m_stored.street);
    m_postalCode->setText(m_stored.postalCode);
    m_city->setText(m_stored.city);
    m_country->setText(m_stored.country);
    m_latitude->setValue(m_stored.latitude);
    m_longitude->setValue(m_stored.longitude);
    updateMapButton();
    m_description->setText(m_stored.description);
    m_host->reload();
    m_host->setOrganisationId(m_stored.hostOrganisationId);
    m_contact->setPersonId(m_stored.contactPersonId);
    m_accessibility->setText(m_stored.accessibility);
    m_openingDays->setDays(m_stored.openingDays);
    m_history->setLinks(m_stored.id ? repository.visits(m_stored.id) : QList<EventLink>{});
    m_historyLabel->setVisible(m_stored.id != 0);
    m_history->setVisible(m_stored.id != 0);
    m_issues.clear();
    emit modifiedChanged();
}

Site SiteForm::entered() const
{
    Site site;
    site.id = m_stored.id;
    site.version = m_stored.version;
    site.name = m_name->text();
    site.kind = m_kind->code();
    site.street = m_street->text().trimmed();
    site.postalCode = m_postalCode->text().trimmed();
    site.city = m_city->text().trimmed();
    site.country = m_country->text().trimmed().toUpper();
    site.latitude = m_latitude->value();
    site.longitude = m_longitude->value();
    site.description = m_description->text();
    site.hostOrganisationId = m_host->organisationId();
    site.contactPersonId = m_contact->personId();
    site.accessibility = m_accessibility->text();
    site.openingDays = m_openingDays->days();
    return site;
}

bool SiteForm::isModified() const
{
    return entered() != m_stored;
}

bool SiteForm::save()
{
    const Site site = entered();
    const QString name = site.name.text(languageOfLocale());
    const QString text =
        site.id == 0 ? tr("New site \"%1\"").arg(name) : tr("Edit site \"%1\"").arg(name);
    return saveRecord<SiteRepository>(site, m_stored, Validation::check(site), text);
}

RemovalImpact SiteForm::impactOfRemoving(int id) const
{
    return SiteRepository(m_workspace.db).impactOfRemoving(id);
}

bool SiteForm::remove(int id)
{
    return removeRecord<SiteRepository>(id, m_stored.version,
                                        tr("Delete site \"%1\"").arg(recordName(id)));
}

QString SiteForm::recordName(int id) const
{
    return SiteRepository(m_workspace.db).load(id).value_or(Site{}).name.text(languageOfLocale());
}

QString SiteForm::storedStamp() const
{
    return SiteRepository(m_workspace.db).stamp(recordId());
}

} // namespace ep
