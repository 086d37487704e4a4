#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ep {

// A logo as documents print it — a funding programme's on sign-in sheets and
// badges, an organisation's on its letters: a preview, "Choose…" (PNG or
// JPEG) and "Remove". Holds the file's bytes.
class LogoField final : public QWidget
{
    Q_OBJECT

public:
    enum class Owner
    {
        FundingProgramme,
        Organisation,
    };
    explicit LogoField(Owner owner, QWidget *parent = nullptr);

    QByteArray logo() const { return m_logo; }
    void setLogo(const QByteArray &logo);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void retranslate();
    void showPreview();

    Owner m_owner;
    QByteArray m_logo;
    QLabel *m_preview;
    QPushButton *m_choose;
    QPushButton *m_remove;
};

} // namespace ep
