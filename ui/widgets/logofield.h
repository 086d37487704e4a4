#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ep {

// The logo of a funding programme, as the sign-in sheets print it: a preview,
// "Choose…" (PNG or JPEG) and "Remove". Holds the file's bytes.
class LogoField final : public QWidget
{
    Q_OBJECT

public:
    explicit LogoField(QWidget *parent = nullptr);

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

    QByteArray m_logo;
    QLabel *m_preview;
    QPushButton *m_choose;
    QPushButton *m_remove;
};

} // namespace ep
