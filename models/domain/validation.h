#pragma once

#include "domain/event.h"
#include "domain/organisation.h"
#include "domain/person.h"
#include "domain/site.h"
#include "domain/texthygiene.h"
#include "domain/topic.h"

#include <QCoreApplication>

namespace ep {

// One problem with what the user entered: which field, and what is wrong in
// one translated sentence. Forms show the message beside the field.
struct FieldIssue
{
    // What the issue is about: the record itself, or one of an event's
    // agenda items or participants.
    enum class Scope
    {
        Record,
        AgendaItem,
        Participant
    };

    QString field; // a member name of the validated struct, e.g. "email", "endDate"
    QString message;
    Scope scope = Scope::Record;
    int row = -1; // for agenda items and participants: their index in the event

    friend bool operator==(const FieldIssue &, const FieldIssue &) = default;
};
using FieldIssues = QList<FieldIssue>;

// The rules about data that the database cannot state by itself, checked
// before anything is written, the same for the window and the command line.
class Validation final
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    // Bounds that keep the work on a record in proportion (README
    // "Decisions"): an event lasts at most a year, a leap year's 366 days —
    // longer is a typo in a year, which would otherwise make a sign-in sheet
    // of thousands of pages; a one-line text takes 300 characters (a long
    // title with its subtitle has 200), a web address 2,000 (an online
    // meeting's link with its tokens), a text of several lines (notes,
    // descriptions) 20,000 — some ten printed pages.
    static constexpr int maxEventDays = 366;
    static constexpr qsizetype maxLineLength = 300;
    static constexpr qsizetype maxLinkLength = 2000;
    static constexpr qsizetype maxTextLength = 20000;
    static qsizetype maxLength(TextLines lines)
    {
        return lines == TextLines::One ? maxLineLength : maxTextLength;
    }
    // Why `text` is too long for a field of `limit` characters; empty when it fits.
    static QString lengthProblem(const QString &text, qsizetype limit);
    // Why `text` cannot be stored as it is: it holds a control character
    // (domain/texthygiene.h); empty when it holds none.
    static QString controlProblem(const QString &text, TextLines lines);

    static bool isEmailShaped(const QString &email);
    static bool isWebAddress(const QString &text);

    static FieldIssues check(const Organisation &organisation);
    static FieldIssues check(const Person &person);
    static FieldIssues check(const Topic &topic);
    static FieldIssues check(const Site &site);

    // The details, every agenda item (as checkAgendaItem() would) and every
    // participation.
    static FieldIssues check(const Event &event);

    // An agenda item within its event: on one of the event's days, start
    // before end, not overlapping another item of `event`'s agenda on that day
    // (the item itself, by id or at `ownIndex`, is skipped).
    static FieldIssues checkAgendaItem(const AgendaItem &item, const Event &event,
                                       int ownIndex = -1);
    static FieldIssues checkParticipation(const Participation &participation);

private:
    // Overlaps with the items of `event` other than the one at `ownIndex`;
    // with `onlyEarlier`, only items before it, so that checking a whole
    // agenda names each overlapping pair once.
    static FieldIssues checkOverlap(const AgendaItem &item, const Event &event, int ownIndex,
                                    bool onlyEarlier);
    static FieldIssues checkAgendaItemAlone(const AgendaItem &item, const Event &event,
                                            int ownIndex);
};

} // namespace ep
