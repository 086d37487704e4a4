#include "storage/messagetemplates.h"

namespace ep {

// The texts a database starts with (schema version 19). They are data, not
// translations: every officer may rewrite them, and an upgrade writes the
// same texts whatever the program's language. Polish business mail greets
// without the name, which would need the vocative.
QList<MessageTemplate> MessageTemplates::defaultTemplates()
{
    using enum MessageKind;
    using enum Language;
    return {
        {Invitation, German, QStringLiteral("Einladung: {event}, {dates}"),
         QStringLiteral("Guten Tag {name},\n\n"
                        "wir laden Sie herzlich zu „{event}“ ein.\n\n"
                        "Termin: {dates}\n"
                        "Ort: {place}\n\n"
                        "Bitte teilen Sie uns mit einer Antwort auf diese Nachricht mit, ob Sie "
                        "teilnehmen, und nennen Sie uns Wünsche zur Verpflegung oder zur "
                        "Barrierefreiheit, damit wir sie einplanen können.\n\n"
                        "Mit freundlichen Grüßen\n"
                        "{organiser}\n")},
        {Invitation, Polish, QStringLiteral("Zaproszenie: {event}, {dates}"),
         QStringLiteral("Dzień dobry,\n\n"
                        "serdecznie zapraszamy na „{event}”.\n\n"
                        "Termin: {dates}\n"
                        "Miejsce: {place}\n\n"
                        "Prosimy o odpowiedź na tę wiadomość z informacją, czy weźmie Pani/Pan "
                        "udział, oraz o podanie potrzeb dotyczących wyżywienia lub dostępności, "
                        "abyśmy mogli je uwzględnić.\n\n"
                        "Z poważaniem\n"
                        "{organiser}\n")},
        {Invitation, English, QStringLiteral("Invitation: {event}, {dates}"),
         QStringLiteral("Dear {name},\n\n"
                        "we would like to invite you to \"{event}\".\n\n"
                        "Dates: {dates}\n"
                        "Place: {place}\n\n"
                        "Please reply to this message to let us know whether you will take "
                        "part, and tell us about any dietary or accessibility needs so that we "
                        "can plan for them.\n\n"
                        "Kind regards\n"
                        "{organiser}\n")},
        {Confirmation, German, QStringLiteral("Ihre Teilnahme ist bestätigt: {event}"),
         QStringLiteral("Guten Tag {name},\n\n"
                        "vielen Dank für Ihre Anmeldung. Ihre Teilnahme an „{event}“ ist "
                        "bestätigt.\n\n"
                        "Termin: {dates}\n"
                        "Ihre Anreise: {arrival}\n"
                        "Ihre Abreise: {departure}\n"
                        "Hotel: {hotel}\n\n"
                        "Sollte sich etwas ändern, geben Sie uns bitte Bescheid.\n\n"
                        "Mit freundlichen Grüßen\n"
                        "{organiser}\n")},
        {Confirmation, Polish, QStringLiteral("Potwierdzenie udziału: {event}"),
         QStringLiteral("Dzień dobry,\n\n"
                        "dziękujemy za rejestrację. Potwierdzamy udział w „{event}” "
                        "({name}).\n\n"
                        "Termin: {dates}\n"
                        "Przyjazd: {arrival}\n"
                        "Wyjazd: {departure}\n"
                        "Hotel: {hotel}\n\n"
                        "W razie zmian prosimy o wiadomość.\n\n"
                        "Z poważaniem\n"
                        "{organiser}\n")},
        {Confirmation, English, QStringLiteral("Your place is confirmed: {event}"),
         QStringLiteral("Dear {name},\n\n"
                        "thank you for registering. Your place at \"{event}\" is confirmed.\n\n"
                        "Dates: {dates}\n"
                        "Your arrival: {arrival}\n"
                        "Your departure: {departure}\n"
                        "Hotel: {hotel}\n\n"
                        "If anything changes, please let us know.\n\n"
                        "Kind regards\n"
                        "{organiser}\n")},
        {PracticalInformation, German, QStringLiteral("Praktische Hinweise: {event}"),
         QStringLiteral("Guten Tag {name},\n\n"
                        "bald beginnt „{event}“ ({dates}). Hier das Wichtigste:\n\n"
                        "Treffpunkt: {meeting_point}\n"
                        "Ort: {place}\n"
                        "Hotel: {hotel}\n"
                        "Ihre Anreise: {arrival}\n"
                        "Ihre Abreise: {departure}\n\n"
                        "Das Programm hängt als Kalenderdatei an; Ihr Kalender kann es "
                        "übernehmen.\n\n"
                        "Bei Fragen antworten Sie einfach auf diese Nachricht.\n\n"
                        "Mit freundlichen Grüßen\n"
                        "{organiser}\n")},
        {PracticalInformation, Polish, QStringLiteral("Informacje praktyczne: {event}"),
         QStringLiteral("Dzień dobry,\n\n"
                        "wkrótce rozpoczyna się „{event}” ({dates}). Najważniejsze "
                        "informacje:\n\n"
                        "Miejsce zbiórki: {meeting_point}\n"
                        "Miejsce: {place}\n"
                        "Hotel: {hotel}\n"
                        "Przyjazd: {arrival}\n"
                        "Wyjazd: {departure}\n\n"
                        "Program znajduje się w załączniku jako plik kalendarza.\n\n"
                        "W razie pytań prosimy o odpowiedź na tę wiadomość.\n\n"
                        "Z poważaniem\n"
                        "{organiser}\n")},
        {PracticalInformation, English, QStringLiteral("Practical information: {event}"),
         QStringLiteral("Dear {name},\n\n"
                        "\"{event}\" begins soon ({dates}). Here is what you need:\n\n"
                        "Meeting point: {meeting_point}\n"
                        "Place: {place}\n"
                        "Hotel: {hotel}\n"
                        "Your arrival: {arrival}\n"
                        "Your departure: {departure}\n\n"
                        "The programme is attached as a calendar file that your calendar can "
                        "import.\n\n"
                        "If you have questions, just reply to this message.\n\n"
                        "Kind regards\n"
                        "{organiser}\n")},
    };
}

} // namespace ep
