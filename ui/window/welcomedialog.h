#pragma once

#include <QDialog>

namespace ep {

// Shown on the very first start, before any database exists: start with the
// demo programme to look around, or with an empty database.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Demo,
        Empty
    };

    explicit WelcomeDialog(const QString &databasePath, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Demo;
};

} // namespace ep
