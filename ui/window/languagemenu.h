#pragma once

#include <QMenu>

class QActionGroup;

namespace ep {

// Switches the window's language while it runs: the system's, German, Polish
// or English. Every open window retranslates at once (each widget handles
// QEvent::LanguageChange); the choice is remembered for the next start.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The action of "de", "pl", "en", or "" for the system's language.
    QAction *action(const QString &code) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(const QString &code);
    void retranslate();

    QActionGroup *m_group;
};

} // namespace ep
