#include "window/persondatadialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ep {

PersonDataDialog::PersonDataDialog(const QString &personName, const QString &personLanguages,
                                   QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("personDataDialog"));
    setWindowTitle(tr("Export Person's Data"));
    m_format->setObjectName(QStringLiteral("format"));
    m_language->setObjectName(QStringLiteral("language"));
    m_format->addItem(tr("PDF, for the person to read"));
    m_format->addItem(tr("JSON, for a machine"));
    for (const Language language : allLanguages)
        m_language->addItem(endonym(language), int(language));
    // The person's own language where their record names one of the three.
    Language chosen = languageOfLocale();
    for (const QString &code : personLanguages.split(u',', Qt::SkipEmptyParts)) {
        if (const std::optional<Language> named = languageFromCode(code.trimmed().toLower())) {
            chosen = *named;
            break;
        }
    }
    m_language->setCurrentIndex(m_language->findData(int(chosen)));
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_language->setEnabled(index == 0); });

    auto *intro = new QLabel(tr("Everything the planner holds about %1: the record with the "
                                "legal basis and consent, every participation with its needs, "
                                "the events organised and the items hosted. The file is readable "
                                "by you alone; hand it to the person securely.")
                                 .arg(personName),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Form:"), m_format);
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Save As…"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool PersonDataDialog::pdf() const
{
    return m_format->currentIndex() == 0;
}

Language PersonDataDialog::language() const
{
    return Language(m_language->currentData().toInt());
}

} // namespace ep
