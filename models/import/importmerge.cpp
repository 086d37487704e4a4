// ImportWriter's matching with stored people: what a row fills in or
// replaces of a person found in the database.

#include "import/importwriter.h"

namespace ep {

// Fills in what `stored` lacks from `person`; replaces differing values only
// when the user chose so. True when anything changed.
bool ImportWriter::merge(Person &stored, qint64 &organisationId, const Person &person,
                         qint64 rowOrganisationId)
{
    bool changed = false;
    for (const FieldDescription *field : m_personColumns) {
        const QString &value = person.*field->personText;
        QString &storedValue = stored.*field->personText;
        const bool same = field->field == Field::Email
                              ? value.compare(storedValue, Qt::CaseInsensitive) == 0
                              : value == storedValue;
        if (value.isEmpty() || same)
            continue;
        if (storedValue.isEmpty() || m_settings.overwriteStoredValues) {
            if (!storedValue.isEmpty())
                ++m_report.storedValuesReplaced;
            storedValue = value;
            changed = true;
        } else {
            ++m_report.storedValuesKept;
        }
    }
    if (rowOrganisationId > 0 && rowOrganisationId != organisationId) {
        if (organisationId == 0 || m_settings.overwriteStoredValues) {
            if (organisationId != 0)
                ++m_report.storedValuesReplaced;
            organisationId = rowOrganisationId;
            changed = true;
        } else {
            ++m_report.storedValuesKept;
        }
    }
    return changed;
}

bool ImportWriter::updatePerson(qint64 id, const Person &person, qint64 organisationId)
{
    m_loadPerson.bind(1, id);
    if (!m_loadPerson.exec() || !m_loadPerson.next())
        return fail(m_loadPerson);
    Person stored;
    const int count = int(m_personColumns.size());
    for (int column = 0; column < count; ++column)
        stored.*m_personColumns[column]->personText = m_loadPerson.textColumn(column);
    qint64 storedOrganisation =
        m_loadPerson.isNullColumn(count) ? 0 : m_loadPerson.intColumn(count);
    const bool storedContact = m_loadPerson.intColumn(count + 1) != 0;
    m_loadPerson.finish();

    const bool contact = storedContact || m_settings.target == ImportTarget::Contacts;
    const bool changed = merge(stored, storedOrganisation, person, organisationId);
    if (!changed && contact == storedContact)
        return true;
    const int next = bindPerson(m_updatePerson, 1, stored, storedOrganisation, contact);
    m_updatePerson.bind(next, id);
    if (!m_updatePerson.exec())
        return fail(m_updatePerson);
    m_updatePerson.finish();
    return true;
}

} // namespace ep
