#include "domain/vocabulary.h"

#include "domain/documentlanguage.h"

#include <QCoreApplication>

#include <span>

namespace ep {
namespace {

struct Term
{
    const char *code;
    struct
    {
        const char *source;
        const char *disambiguation;
    } label;
};

// QT_TRANSLATE_NOOP3 marks the labels for lupdate; they are translated in
// vocabularyLabel(), at the time they are shown.
constexpr Term eventKinds[] = {
    {"study_visit", QT_TRANSLATE_NOOP3("Vocabulary", "Study visit", "kind of event")},
    {"webinar", QT_TRANSLATE_NOOP3("Vocabulary", "Webinar", "kind of event")},
    {"workshop", QT_TRANSLATE_NOOP3("Vocabulary", "Workshop", "kind of event")},
};

constexpr Term eventStatuses[] = {
    {"planned", QT_TRANSLATE_NOOP3("Vocabulary", "Planned", "status of an event")},
    {"confirmed", QT_TRANSLATE_NOOP3("Vocabulary", "Confirmed", "status of an event")},
    {"held", QT_TRANSLATE_NOOP3("Vocabulary", "Held", "status of an event")},
    {"cancelled", QT_TRANSLATE_NOOP3("Vocabulary", "Cancelled", "status of an event")},
};

constexpr Term agendaItemKinds[] = {
    {"site_visit", QT_TRANSLATE_NOOP3("Vocabulary", "Site visit", "kind of agenda item")},
    {"talk", QT_TRANSLATE_NOOP3("Vocabulary", "Talk", "kind of agenda item")},
    {"discussion", QT_TRANSLATE_NOOP3("Vocabulary", "Discussion", "kind of agenda item")},
    {"travel", QT_TRANSLATE_NOOP3("Vocabulary", "Travel", "kind of agenda item")},
    {"meal", QT_TRANSLATE_NOOP3("Vocabulary", "Meal", "kind of agenda item")},
    {"break", QT_TRANSLATE_NOOP3("Vocabulary", "Break", "kind of agenda item")},
};

constexpr Term participantRoles[] = {
    {"delegate", QT_TRANSLATE_NOOP3("Vocabulary", "Delegate", "role of a participant")},
    {"speaker", QT_TRANSLATE_NOOP3("Vocabulary", "Speaker", "role of a participant")},
    {"host", QT_TRANSLATE_NOOP3("Vocabulary", "Host", "role of a participant")},
    {"interpreter", QT_TRANSLATE_NOOP3("Vocabulary", "Interpreter", "role of a participant")},
    {"organiser", QT_TRANSLATE_NOOP3("Vocabulary", "Organiser", "role of a participant")},
};

constexpr Term participantStatuses[] = {
    {"invited", QT_TRANSLATE_NOOP3("Vocabulary", "Invited", "status of a participant")},
    {"registered", QT_TRANSLATE_NOOP3("Vocabulary", "Registered", "status of a participant")},
    {"confirmed", QT_TRANSLATE_NOOP3("Vocabulary", "Confirmed", "status of a participant")},
    {"waitlisted", QT_TRANSLATE_NOOP3("Vocabulary", "Waiting list", "status of a participant")},
    {"cancelled", QT_TRANSLATE_NOOP3("Vocabulary", "Cancelled", "status of a participant")},
    {"attended", QT_TRANSLATE_NOOP3("Vocabulary", "Attended", "status of a participant")},
    {"no_show", QT_TRANSLATE_NOOP3("Vocabulary", "No-show", "status of a participant")},
};

constexpr Term organisationKinds[] = {
    {"regional_association",
     QT_TRANSLATE_NOOP3("Vocabulary", "Regional association", "kind of organisation")},
    {"municipality", QT_TRANSLATE_NOOP3("Vocabulary", "Municipality", "kind of organisation")},
    {"public_authority",
     QT_TRANSLATE_NOOP3("Vocabulary", "Public authority", "kind of organisation")},
    {"development_agency",
     QT_TRANSLATE_NOOP3("Vocabulary", "Development agency", "kind of organisation")},
    {"company", QT_TRANSLATE_NOOP3("Vocabulary", "Company", "kind of organisation")},
    {"university", QT_TRANSLATE_NOOP3("Vocabulary", "University", "kind of organisation")},
    {"research_institute",
     QT_TRANSLATE_NOOP3("Vocabulary", "Research institute", "kind of organisation")},
    {"ngo", QT_TRANSLATE_NOOP3("Vocabulary", "NGO", "kind of organisation")},
    {"other", QT_TRANSLATE_NOOP3("Vocabulary", "Other", "kind of organisation")},
};

constexpr Term siteKinds[] = {
    {"industrial_heritage",
     QT_TRANSLATE_NOOP3("Vocabulary", "Industrial heritage", "kind of site")},
    {"business_park", QT_TRANSLATE_NOOP3("Vocabulary", "Business park", "kind of site")},
    {"park", QT_TRANSLATE_NOOP3("Vocabulary", "Park", "kind of site")},
    {"cultural_venue", QT_TRANSLATE_NOOP3("Vocabulary", "Cultural venue", "kind of site")},
    {"housing_estate", QT_TRANSLATE_NOOP3("Vocabulary", "Housing estate", "kind of site")},
    {"water_body", QT_TRANSLATE_NOOP3("Vocabulary", "Lake or river", "kind of site")},
    {"office", QT_TRANSLATE_NOOP3("Vocabulary", "Office", "kind of site")},
    {"other", QT_TRANSLATE_NOOP3("Vocabulary", "Other", "kind of site")},
};

// The GDPR's own words for them (Art. 6(1)); the codes are stored, and
// schema version 12 lists them in its CHECK.
constexpr Term legalBases[] = {
    {"consent", QT_TRANSLATE_NOOP3("Vocabulary", "Consent", "legal basis, GDPR Art. 6(1)(a)")},
    {"contract", QT_TRANSLATE_NOOP3("Vocabulary", "Contract", "legal basis, GDPR Art. 6(1)(b)")},
    {"legal_obligation",
     QT_TRANSLATE_NOOP3("Vocabulary", "Legal obligation", "legal basis, GDPR Art. 6(1)(c)")},
    {"vital_interests",
     QT_TRANSLATE_NOOP3("Vocabulary", "Vital interests", "legal basis, GDPR Art. 6(1)(d)")},
    {"public_task", QT_TRANSLATE_NOOP3("Vocabulary", "Task in the public interest",
                                       "legal basis, GDPR Art. 6(1)(e)")},
    {"legitimate_interests",
     QT_TRANSLATE_NOOP3("Vocabulary", "Legitimate interests", "legal basis, GDPR Art. 6(1)(f)")},
};

std::span<const Term> termsOf(Vocabulary vocabulary)
{
    switch (vocabulary) {
    case Vocabulary::EventKind:
        return eventKinds;
    case Vocabulary::EventStatus:
        return eventStatuses;
    case Vocabulary::AgendaItemKind:
        return agendaItemKinds;
    case Vocabulary::ParticipantRole:
        return participantRoles;
    case Vocabulary::ParticipantStatus:
        return participantStatuses;
    case Vocabulary::OrganisationKind:
        return organisationKinds;
    case Vocabulary::SiteKind:
        return siteKinds;
    case Vocabulary::LegalBasis:
        break;
    }
    return legalBases;
}

} // namespace

const QStringList &comingStatuses()
{
    static const QStringList statuses{QStringLiteral("registered"), QStringLiteral("confirmed"),
                                      QStringLiteral("attended")};
    return statuses;
}

QStringList vocabularyCodes(Vocabulary vocabulary)
{
    QStringList codes;
    for (const Term &term : termsOf(vocabulary))
        codes.append(QLatin1String(term.code));
    return codes;
}

bool vocabularyContains(Vocabulary vocabulary, const QString &code)
{
    for (const Term &term : termsOf(vocabulary)) {
        if (code == QLatin1String(term.code))
            return true;
    }
    return false;
}

QString vocabularyLabel(Vocabulary vocabulary, const QString &code)
{
    for (const Term &term : termsOf(vocabulary)) {
        if (code == QLatin1String(term.code))
            return QCoreApplication::translate("Vocabulary", term.label.source,
                                               term.label.disambiguation);
    }
    return code;
}

QString vocabularyLabel(Vocabulary vocabulary, const QString &code,
                        const DocumentLanguage &language)
{
    for (const Term &term : termsOf(vocabulary)) {
        if (code == QLatin1String(term.code))
            return language.translate("Vocabulary", term.label.source, term.label.disambiguation);
    }
    return code;
}

} // namespace ep
