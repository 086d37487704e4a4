#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>

namespace ep {

// The office's retention policy (GDPR Art. 5(1)(e), storage limitation),
// kept in the database so that every window, command and colleague applies
// the same: each rule with its period in months, on or off.
// - ContactDetails: a participant's email, phone, street, postal code and
//   notes, and the needs, arrival, departure and notes of their
//   participations, once their last event (taken part in, organised or
//   hosted) ended that many months ago; contact people are kept.
// - HealthNeeds: dietary and accessibility needs of a participation, once
//   its event ended that many months ago.
// Names, organisations, functions, cities and countries stay for the
// statistics, and so do the consent's date and purpose, the evidence that
// the data was kept lawfully. Applying the policy anonymises in one
// transaction, bumps the rows' versions (a stale edit elsewhere cannot
// write the old values back), removes what the file keeps of them
// (ErasedTraces) and records in the privacy log when, which rule, how many
// people and by whom — not whose data.
class Retention final
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    enum class Rule
    {
        ContactDetails,
        HealthNeeds
    };

    struct Setting
    {
        Rule rule = Rule::ContactDetails;
        bool enabled = true;
        int months = 24;
        friend bool operator==(const Setting &, const Setting &) = default;
    };

    struct DuePerson
    {
        int personId = 0;
        QString name;         // "Dr. Jürgen Müller"
        QString organisation; // short name, else name; may be empty
        QDate lastEvent;      // the end of the event that makes it due
    };

    struct Due
    {
        Setting setting;
        QList<DuePerson> people; // by last name
    };

    struct Applied
    {
        QSqlError error;                    // valid: nothing was changed
        QList<std::pair<Rule, int>> people; // how many people each rule anonymised
        QString leftover;                   // ErasedTraces::remove()'s
        bool ok() const { return !error.isValid(); }
    };

    static QList<Setting> policy(const QSqlDatabase &db, QSqlError *error = nullptr);
    static QSqlError setPolicy(const QSqlDatabase &db, const QList<Setting> &settings);

    // What the enabled rules make due on `today`, rule by rule.
    static QList<Due> due(const QSqlDatabase &db, QDate today, QSqlError *error = nullptr);
    // Anonymises what is due on `today`, as due() finds it in the
    // transaction (what others wrote meanwhile counts).
    static Applied apply(const QSqlDatabase &db, QDate today);

    // "Contact details of participants" and what the rule does, with its
    // period: for the dialog, the command line and the log.
    static QString ruleName(Rule rule);
    static QString ruleDescription(const Setting &setting);
    static QString ruleCode(Rule rule); // "contact_details", as stored

    // Schema version 15: the rules' table with the default policy (24 and
    // 3 months).
    static QStringList schemaStatements();
};

} // namespace ep
