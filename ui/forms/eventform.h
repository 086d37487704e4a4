#pragma once

#include "documents/documentrequest.h"
#include "domain/event.h"
#include "forms/participantloader.h"
#include "forms/recordform.h"

class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QPushButton;

namespace ep {

struct WaitingListMoves;

class DateField;

class AgendaEditor;
class LogoField;
class LocalizedTextEdit;
class OrganisationComboBox;
class ParticipantsEditor;
class PersonListEdit;
class VocabularyComboBox;

// A study visit, webinar or workshop in three tabs: its details, its agenda
// and its participants. All three are written together by Save.
class EventForm final : public RecordForm
{
    Q_OBJECT

public:
    enum Tab
    {
        DetailsTab,
        AgendaTab,
        ParticipantsTab
    };

    explicit EventForm(const Workspace &workspace, QWidget *parent = nullptr);

    Area area() const override { return Area::Events; }
    void showRecord(int id) override;
    bool isModified() const override;
    bool save() override;
    RemovalImpact impactOfRemoving(int id) const override;
    bool remove(int id) override;
    QString recordName(int id) const override;
    QString storedStamp() const override;
    void reloadChoices() override;
    QWidget *firstField() const override;
    // The tabs and Documents beside them, then the Details fields.
    QList<QWidget *> tabStops() const override;

    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *documentsButton() const { return m_documents; }
    AgendaEditor *agendaEditor() const { return m_agenda; }
    ParticipantsEditor *participantsEditor() const { return m_participants; }
    // Up to this many participants are read with the event; more are read
    // apart (ParticipantLoader) while the form shows the rest.
    static constexpr int participantsReadAtOnce = 2000;
    // Whether the participants are still being read apart.
    bool isReadingParticipants() const;
    // Waits for the participants being read, and shows them.
    void finishReadingParticipants();

signals:
    // The user asked to import participants of the event `eventId` from a spreadsheet.
    void importParticipantsRequested(int eventId);
    // The user asked for a document of the stored event `eventId`.
    void documentRequested(int eventId, ep::DocumentKind kind);

protected:
    void retranslate() override;

private:
    QWidget *makeDetailsTab();
    void updateTabTitles();
    void fillTopics(const QList<int> &checked);
    QList<int> checkedTopics() const;
    Event entered() const;
    void showIssues(const FieldIssues &issues);
    FieldIssues withDateProblems(FieldIssues issues, bool shownOnly) const;
    void showDateIssues();
    // Says who went to the waiting list or moved up from it in a save.
    void tellWaitingListMoves(const WaitingListMoves &moves, int capacity);
    // The stored event's participants: read at once, or started apart.
    void readParticipants();
    void showParticipantsRead(const ParticipantLoader::Result &result);

    Event m_stored;
    QTabWidget *m_tabs;
    VocabularyComboBox *m_kind;
    LocalizedTextEdit *m_title;
    LocalizedTextEdit *m_description;
    DateField *m_startDate;
    DateField *m_endDate;
    QLineEdit *m_venueCity;
    QLineEdit *m_venueAddress;
    QLineEdit *m_onlinePlatform;
    QLineEdit *m_onlineLink;
    OrganisationComboBox *m_host;
    PersonListEdit *m_organisers;
    QListWidget *m_topics;
    QLineEdit *m_languages;
    QLineEdit *m_interpretation;
    QSpinBox *m_capacity;
    VocabularyComboBox *m_status;
    QLineEdit *m_fundingProgramme;
    QLineEdit *m_projectNumber;
    LogoField *m_fundingLogo;
    QPushButton *m_documents;
    AgendaEditor *m_agenda;
    ParticipantsEditor *m_participants;
    ParticipantLoader *m_loader;
};

} // namespace ep
